import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/report/csv.ts';
import { csvRecords, parseCsv } from './csv-parse.ts';

describe('CSV writing', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const out = toCsv(['a', 'b'], [['x', 1]]);
    expect(out.startsWith('\ufeffa,b\r\n')).toBe(true);
    expect(out).toBe('\ufeffa,b\r\nx,1\r\n');
  });

  it('quotes commas, quotes and line breaks, and they read back unchanged', () => {
    const tricky = ['쉼표, 있음', 'say "hi"', 'two\nlines', 'crlf\r\nline', ' padded ', '한글 그대로'];
    const out = toCsv(['v'], tricky.map((t) => [t]));
    expect(parseCsv(out.slice(1)).slice(1).map((r) => r[0])).toEqual(tricky);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell('a=b')).toBe('a=b');
    const [rec] = csvRecords(toCsv(['q', 'd'], [['=cmd|"/c calc"!A1', -1]]).slice(1));
    expect(rec).toEqual({ q: '\'=cmd|"/c calc"!A1', d: '-1' });
  });

  it('empty cells for null, undefined and non-finite numbers; booleans as words', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, Number.NaN, true]])).toBe('\ufeffa,b,c,d\r\n,,,true\r\n');
  });
});
