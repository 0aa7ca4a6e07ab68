// CSV as RFC 4180 (CRLF line ends, quoted fields with doubled quotes), UTF-8 with a byte-order mark
// so Excel opens Korean text correctly. Text that a spreadsheet would run as a formula (starting
// with = + - @, or a tab/CR that some apps strip first) gets a leading apostrophe: students typed it.

export type Cell = string | number | boolean | null | undefined;

const BOM = '\ufeff';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell: numbers as numbers (a negative figure is not a formula), text neutralised and quoted as needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the header row, then one row per record. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** ISO 8601 UTC, as spreadsheets parse it. */
export const csvTime = (ms: number) => new Date(ms).toISOString();
