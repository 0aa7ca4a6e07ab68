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
    lines.push(reply.text.slice(0, cut), citation, reply.text.slice(cut + 2));
  } else {
    lines.push(reply.text);
    if (citation) lines.push(citation);
  }
  if (!FIELDS_IN_TEXT.has(reply.kind)) for (const f of reply.fields ?? []) lines.push(`  ${f.label}: ${f.value}`);

  // Quiz choices are keyed by the numbers already printed; the remaining buttons follow.
  const keyed = quiz ? [...choices, ...actions.filter((a) => a.group !== 'choices')] : actions;
  const key = (i: number) => (opts.letters && !quiz ? LETTERS[i] ?? String(i + 1) : String(i + 1));
  const related = keyed.map((a, i) => ({ a, i })).filter(({ a }) => a.group === 'related');
  const rest = keyed.map((a, i) => ({ a, i })).filter(({ a }) => a.group !== 'related' && a.group !== 'choices');
  if (related.length) {
    lines.push(reply.lang === 'ko' ? '관련 섹션:' : 'Related sections:');
    for (const { a, i } of related) lines.push(`  [${key(i)}] ${a.label}`);
  }
  for (const { a, i } of rest) lines.push(`  [${key(i)}] ${a.label}`);
  return { text: lines.join('\n'), keyed, quiz };
}
