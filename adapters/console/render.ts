// Reply → plain terminal text. Each screen shows one thing once: quiz choices are numbered in the
// question text, so only the other buttons are listed (numbered after the choices); the citation
// follows the text it backs (a quiz result's, before the next question); related sections and
// other buttons sit on their own lines; fields are left out where the text already says them.
import type { Action, Reply } from '../../src/reply.ts';
import { RESULT_RULE } from '../../src/quiz/replies.ts';

export interface ConsoleRender {
  text: string;
  /** The actions in the order of their keys (`1`, `2`… or `a`, `b`…). */
  keyed: Action[];
  /** True for a quiz message whose choices wait for an answer. */
  quiz: boolean;
}

/** Kinds whose text already contains every field (score, counts, times). */
const FIELDS_IN_TEXT = new Set<Reply['kind']>(['quiz-question', 'quiz-result', 'quiz-summary', 'stats']);
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const GROUP_ORDER: (Action['group'] | 'other')[] = ['choices', 'nav', 'related', 'other', 'feedback', 'share'];

/**
 * `letters`: key the buttons a, b, c… (used while a quiz waits, whose numbers answer the quiz).
 * Sharing to a channel means nothing in a terminal, so share buttons are left out.
 */
export function renderConsole(reply: Reply, opts: { letters?: boolean } = {}): ConsoleRender {
  const actions = (reply.actions ?? []).filter((a) => a.group !== 'share');
  const choices = actions.filter((a) => a.group === 'choices');
  const quiz = choices.length > 0;
  const lines: string[] = [];
  if (reply.title) lines.push(`== ${reply.title} ==`);
  const citation = reply.citation && `📖 ${reply.citation.label}${reply.citation.supplementary ? ' (보충 자료)' : ''}`;
  const rule = `\n\n${RESULT_RULE}\n`;
  const cut = reply.kind === 'quiz-result' || reply.kind === 'quiz-summary' ? reply.text.indexOf(rule) : -1;
  if (cut >= 0 && citation) {
    // The citation backs the result above the rule, not the next question below it.
    lines.push(reply.text.slice(0, cut), citation, reply.text.slice(cut + 1));
  } else {
    lines.push(reply.text);
    if (citation) lines.push(citation);
  }
  if (!FIELDS_IN_TEXT.has(reply.kind)) for (const f of reply.fields ?? []) lines.push(`  ${f.label}: ${f.value}`);

  // Keys follow the printed order: quiz choices (numbered in the text), the section, related sections, the rest.
  const rank = (a: Action) => GROUP_ORDER.indexOf(a.group ?? 'other');
  const keyed = [...actions].sort((a, b) => rank(a) - rank(b));
  const key = (i: number) => (opts.letters && !quiz ? LETTERS[i] ?? String(i + 1) : String(i + 1));
  keyed.forEach((a, i) => {
    if (a.group === 'choices') return;
    if (a.group === 'related' && keyed[i - 1]?.group !== 'related') lines.push(reply.lang === 'ko' ? '관련 섹션:' : 'Related sections:');
    lines.push(`  [${key(i)}] ${a.label}`);
  });
  return { text: lines.join('\n'), keyed, quiz };
}
