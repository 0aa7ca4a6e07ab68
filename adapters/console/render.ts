// Reply → plain terminal text. Buttons become numbered options the user types.
import type { Action, Reply } from '../../src/reply.ts';

/** Renders a reply; `numbered` are the actions in the order their numbers were printed. */
export function renderConsole(reply: Reply): { text: string; numbered: Action[] } {
  const lines: string[] = [];
  if (reply.title) lines.push(`== ${reply.title} ==`);
  lines.push(reply.text);
  for (const f of reply.fields ?? []) lines.push(`  ${f.label}: ${f.value}`);
  if (reply.citation) lines.push(`📖 ${reply.citation.label}${reply.citation.supplementary ? ' (보충 자료)' : ''}`);
  const numbered = reply.actions ?? [];
  if (numbered.length) {
    lines.push(numbered.map((a, i) => `  [${i + 1}] ${a.label}`).join('\n'));
  }
  return { text: lines.join('\n'), numbered };
}
