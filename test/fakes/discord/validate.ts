// The checks real Discord applies to message bodies, autocomplete results and command
// registration (https://discord.com/developers/docs), so the fake rejects what Discord would.
// Lengths are counted in code points as Discord does.

const len = (s: unknown) => (typeof s === 'string' ? [...s].length : 0);

export function validateMessage(body: any, mode: 'create' | 'edit'): string[] {
  const e: string[] = [];
  if (!body || typeof body !== 'object') return ['body: must be an object'];
  if (body.content !== undefined && body.content !== null && len(body.content) > 2000) e.push(`content: ${len(body.content)} > 2000`);
  const embeds: any[] = body.embeds ?? [];
  if (embeds.length > 10) e.push(`embeds: ${embeds.length} > 10`);
  let total = 0;
  embeds.forEach((em, i) => {
    const at = `embeds[${i}]`;
    if (em.title !== undefined) {
      if (len(em.title) > 256) e.push(`${at}.title: ${len(em.title)} > 256`);
      if (len(em.title) === 0) e.push(`${at}.title: empty`);
    }
    if (em.description !== undefined) {
      if (len(em.description) > 4096) e.push(`${at}.description: ${len(em.description)} > 4096`);
      if (len(em.description) === 0) e.push(`${at}.description: empty`);
    }
    const fields: any[] = em.fields ?? [];
    if (fields.length > 25) e.push(`${at}.fields: ${fields.length} > 25`);
    fields.forEach((f, j) => {
      if (len(f.name) < 1 || len(f.name) > 256) e.push(`${at}.fields[${j}].name: length ${len(f.name)}`);
      if (len(f.value) < 1 || len(f.value) > 1024) e.push(`${at}.fields[${j}].value: length ${len(f.value)}`);
      total += len(f.name) + len(f.value);
    });
    if (em.footer?.text !== undefined && len(em.footer.text) > 2048) e.push(`${at}.footer.text > 2048`);
    if (em.author?.name !== undefined && len(em.author.name) > 256) e.push(`${at}.author.name > 256`);
    total += len(em.title) + len(em.description) + len(em.footer?.text) + len(em.author?.name);
    if (em.title === undefined && em.description === undefined && !fields.length && !em.footer && !em.image && !em.thumbnail && !em.author)
      e.push(`${at}: empty embed`);
  });
  if (total > 6000) e.push(`embeds: total ${total} > 6000`);
  const rows: any[] = body.components ?? [];
  if (rows.length > 5) e.push(`components: ${rows.length} rows > 5`);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    if (row.type !== 1) e.push(`components[${i}]: not an action row`);
    const items: any[] = row.components ?? [];
    if (items.length < 1 || items.length > 5) e.push(`components[${i}]: ${items.length} buttons (1-5)`);
    items.forEach((b, j) => {
      const at = `components[${i}].components[${j}]`;
      if (b.type !== 2) e.push(`${at}: not a button`);
      if (b.style !== 5 && b.style !== 6) {
        if (typeof b.custom_id !== 'string' || len(b.custom_id) < 1 || len(b.custom_id) > 100) e.push(`${at}.custom_id: length ${len(b.custom_id)}`);
        else if (ids.has(b.custom_id)) e.push(`${at}.custom_id: duplicate ${b.custom_id}`);
        else ids.add(b.custom_id);
      }
      if (b.label !== undefined && len(b.label) > 80) e.push(`${at}.label: ${len(b.label)} > 80`);
      if ((b.label === undefined || len(b.label) === 0) && !b.emoji) e.push(`${at}: needs a label or emoji`);
      if (![1, 2, 3, 4, 5, 6].includes(b.style)) e.push(`${at}.style: ${b.style}`);
    });
  });
  if (mode === 'create') {
    const hasContent = typeof body.content === 'string' && body.content.length > 0;
    if (!hasContent && !embeds.length && !rows.length && !body.attachments?.length && !body.sticker_ids?.length && !body.poll)
      e.push('Cannot send an empty message');
  }
  const am = body.allowed_mentions;
  if (am && Array.isArray(am.parse) && am.parse.includes('users') && Array.isArray(am.users) && am.users.length)
    e.push('allowed_mentions: parse users conflicts with users');
  return e;
}

export function validateChoices(choices: any): string[] {
  if (!Array.isArray(choices)) return ['choices: must be an array'];
  const e: string[] = [];
  if (choices.length > 25) e.push(`choices: ${choices.length} > 25`);
  choices.forEach((c, i) => {
    if (len(c?.name) < 1 || len(c?.name) > 100) e.push(`choices[${i}].name: length ${len(c?.name)}`);
    if (typeof c?.value === 'string' && len(c.value) > 100) e.push(`choices[${i}].value: length ${len(c.value)}`);
    if (c?.value === undefined || c?.value === null) e.push(`choices[${i}].value: missing`);
  });
  return e;
}

/** Locales Discord accepts in *_localizations. */
export const DISCORD_LOCALES = new Set([
  'id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'fi', 'sv-SE',
  'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko',
]);

const NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkLocalized(e: string[], at: string, map: any, max: number, isName: boolean) {
  if (map === undefined || map === null) return;
  for (const [locale, value] of Object.entries(map)) {
    if (!DISCORD_LOCALES.has(locale)) e.push(`${at}: unknown locale ${locale}`);
    if (typeof value !== 'string' || len(value) < 1 || len(value) > max) e.push(`${at}.${locale}: length`);
    else if (isName && (!NAME.test(value) || value !== value.toLowerCase())) e.push(`${at}.${locale}: invalid name ${value}`);
  }
}

function checkOptions(e: string[], at: string, options: any[] | undefined) {
  if (!options) return;
  if (options.length > 25) e.push(`${at}: ${options.length} options > 25`);
  let optionalSeen = false;
  const names = new Set<string>();
  options.forEach((o, i) => {
    const oat = `${at}[${i}]`;
    if (!NAME.test(o.name ?? '') || o.name !== o.name.toLowerCase()) e.push(`${oat}.name: invalid ${o.name}`);
    if (names.has(o.name)) e.push(`${oat}.name: duplicate`);
    names.add(o.name);
    if (len(o.description) < 1 || len(o.description) > 100) e.push(`${oat}.description: length`);
    checkLocalized(e, `${oat}.name_localizations`, o.name_localizations, 32, true);
    checkLocalized(e, `${oat}.description_localizations`, o.description_localizations, 100, false);
    if (o.required && optionalSeen) e.push(`${oat}: required options must come before optional ones`);
    if (!o.required) optionalSeen = true;
    if (o.autocomplete && o.choices?.length) e.push(`${oat}: autocomplete and choices are exclusive`);
    if (o.choices) {
      if (o.choices.length > 25) e.push(`${oat}.choices > 25`);
      o.choices.forEach((c: any, j: number) => {
        if (len(c.name) < 1 || len(c.name) > 100) e.push(`${oat}.choices[${j}].name: length`);
        checkLocalized(e, `${oat}.choices[${j}].name_localizations`, c.name_localizations, 100, false);
      });
    }
  });
}

export function validateCommands(body: any): string[] {
  if (!Array.isArray(body)) return ['body: must be an array of commands'];
  const e: string[] = [];
  const names = new Set<string>();
  body.forEach((c, i) => {
    const at = `[${i}]`;
    if (!NAME.test(c.name ?? '') || c.name !== c.name.toLowerCase()) e.push(`${at}.name: invalid ${c.name}`);
    if (names.has(c.name)) e.push(`${at}.name: duplicate ${c.name}`);
    names.add(c.name);
    if ((c.type ?? 1) === 1 && (len(c.description) < 1 || len(c.description) > 100)) e.push(`${at}.description: length`);
    checkLocalized(e, `${at}.name_localizations`, c.name_localizations, 32, true);
    checkLocalized(e, `${at}.description_localizations`, c.description_localizations, 100, false);
    checkOptions(e, `${at}.options`, c.options);
  });
  return e;
}
