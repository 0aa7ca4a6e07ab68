// A strict RFC 4180 reader for the tests (quoted fields, doubled quotes, CRLF records), so the
// exports are checked by parsing them, not by matching strings.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === '') (quoted = true), i++;
    else if (c === ',') row.push(cell), (cell = ''), i++;
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}: not RFC 4180`);
    else (cell += c), i++;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (cell !== '' || row.length) throw new Error('last record does not end with CRLF');
  return rows;
}

/** The records as objects keyed by the header row. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  for (const r of rows) if (r.length !== header.length) throw new Error(`a record has ${r.length} fields, the header ${header.length}`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
