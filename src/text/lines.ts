// Lines of a byte stream as the batch CLI contract defines them: split on `\n` only (a `\r`
// inside a line is data, e.g. inside a JSON string's whitespace), a trailing `\r` dropped, and a
// byte-order mark at the start of a line ignored. Lines are yielded as soon as their `\n` arrives,
// grouped by the chunk they came in, so a caller can answer them while the writer keeps the stream
// open and write a chunk's answers at once (one write instead of one per line).
import { StringDecoder } from 'node:string_decoder';

const BOM = '\uFEFF';

function clean(line: string): string {
  const l = line.endsWith('\r') ? line.slice(0, -1) : line;
  return l.startsWith(BOM) ? l.slice(1) : l;
}

export async function* readLineBatches(input: AsyncIterable<Buffer | string>): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    rest += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const end = rest.lastIndexOf('\n');
    if (end < 0) continue;
    const lines = rest.slice(0, end).split('\n').map(clean);
    rest = rest.slice(end + 1);
    yield lines;
  }
  rest += decoder.end();
  // A last line without its `\n` still counts; an input ending in `\n` has no extra empty line.
  if (rest) yield [clean(rest)];
}
