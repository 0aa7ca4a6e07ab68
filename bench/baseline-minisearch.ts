// The yardstick the issue names: a plain MiniSearch BM25 index over the same sections, reading
// the same JSON lines as `tutor ask --jsonl` and printing the top section. Only for `npm run bench`.
import MiniSearch from 'minisearch';
import { createInterface } from 'node:readline';
import { loadKnowledge } from '../src/content/load.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../src/tutor.ts';

const { sections } = loadKnowledge(DEFAULT_KNOWLEDGE_DIR);
const ms = new MiniSearch({ fields: ['title', 'aliases', 'body'], storeFields: ['title'] });
ms.addAll(sections.map((s) => ({ id: s.id, title: s.title, aliases: s.aliases.join(' '), body: s.body })));
const out: string[] = [];
for await (const line of createInterface({ input: process.stdin })) {
  const q = (JSON.parse(line) as { q: string }).q;
  const hit = ms.search(q, { fuzzy: 0.2, prefix: true })[0];
  out.push(JSON.stringify({ answered: !!hit, sectionId: hit?.id ?? null }));
}
process.stdout.write(out.join('\n') + '\n');
