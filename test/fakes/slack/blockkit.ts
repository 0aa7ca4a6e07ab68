// Block Kit limits as Slack enforces them (invalid_blocks), written independently of the
// renderer so the fake server and the property tests can reject what Slack would reject.
// https://docs.slack.dev/reference/block-kit/blocks

/** Returns the list of problems with a message's blocks; [] when Slack would accept it. */
export function blockKitProblems(blocks: unknown, fallbackText?: unknown): string[] {
  const p: string[] = [];
  if (fallbackText !== undefined && typeof fallbackText === 'string' && fallbackText.length > 40_000) p.push('text > 40000');
  if (blocks === undefined) return p;
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > 50) p.push(`${blocks.length} blocks > 50`);
  const actionIds = new Set<string>();
  const textObj = (t: any, where: string, max: number, type?: 'plain_text' | 'mrkdwn') => {
    if (!t || typeof t.text !== 'string') return p.push(`${where}: missing text`);
    if (type && t.type !== type) p.push(`${where}: type ${t.type} != ${type}`);
    if (t.text.length < 1) p.push(`${where}: empty text`);
    if (t.text.length > max) p.push(`${where}: ${t.text.length} chars > ${max}`);
  };
  blocks.forEach((b: any, i: number) => {
    const at = `block ${i} (${b?.type})`;
    if (b?.block_id !== undefined && String(b.block_id).length > 255) p.push(`${at}: block_id > 255`);
    switch (b?.type) {
      case 'header':
        textObj(b.text, at, 150, 'plain_text');
        break;
      case 'section':
        if (!b.text && !b.fields) p.push(`${at}: needs text or fields`);
        if (b.text) textObj(b.text, at, 3000);
        if (b.fields) {
          if (!Array.isArray(b.fields) || b.fields.length > 10) p.push(`${at}: fields > 10`);
          for (const f of b.fields ?? []) textObj(f, `${at} field`, 2000);
        }
        break;
      case 'context':
        if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > 10) p.push(`${at}: 1..10 elements`);
        for (const e of b.elements ?? []) if (e.type !== 'image') textObj(e, `${at} element`, 3000);
        break;
      case 'divider':
        break;
      case 'actions':
        if (!Array.isArray(b.elements) || b.elements.length < 1 || b.elements.length > 25) p.push(`${at}: 1..25 elements (got ${b.elements?.length})`);
        for (const e of b.elements ?? []) {
          if (e.type !== 'button') continue;
          textObj(e.text, `${at} button`, 75, 'plain_text');
          if (typeof e.action_id !== 'string' || e.action_id.length < 1 || e.action_id.length > 255) p.push(`${at}: action_id length`);
          else if (actionIds.has(e.action_id)) p.push(`${at}: duplicate action_id ${e.action_id}`);
          else actionIds.add(e.action_id);
          if (e.value !== undefined && (typeof e.value !== 'string' || e.value.length > 2000)) p.push(`${at}: value > 2000`);
          if (e.style !== undefined && e.style !== 'primary' && e.style !== 'danger') p.push(`${at}: bad style`);
        }
        break;
      default:
        p.push(`${at}: unexpected block type`);
    }
  });
  return p;
}
