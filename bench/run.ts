// `npm run bench`: every benchmark of the project, printed as plain lines.
import { benchAnswer } from './answer.ts';

const suites: [string, () => Promise<string[]>][] = [['answers', benchAnswer]];
for (const extra of ['./quiz.ts', './pricing.ts']) {
  try {
    const mod = (await import(extra)) as Record<string, () => Promise<string[]>>;
    const fn = Object.values(mod).find((v) => typeof v === 'function');
    if (fn) suites.push([extra.replace(/^\.\/|\.ts$/g, ''), fn]);
  } catch {
    // not there yet
  }
}
for (const [name, run] of suites) {
  console.log(`## ${name}`);
  for (const line of await run()) console.log(`  ${line}`);
}
