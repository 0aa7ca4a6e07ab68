// Number formatting shared by the cost table and the replies: people-formatted, plain text.

// Each formatter is made on first use: making one loads ICU data (~25 ms at start-up for four),
// which a process that only answers questions never needs.
const formats = new Map<string, Intl.NumberFormat>();
const format = (min: number, max: number) => {
  const key = `${min}-${max}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max })));
  return f;
};

/** `$1,234.56`; sub-dollar rates keep up to 4 decimals (`$0.0416`). */
export function money(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  const s = format(2, abs !== 0 && abs < 1 ? 4 : 2).format(abs);
  return `${n < 0 && s !== '0.00' ? '-' : ''}$${s}`;
}

/** 0.643 → `64.3%`, 0.72 → `72%`. */
export function pct(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const v = Math.round(fraction * 1000) / 10;
  return `${format(0, 1).format(v)}%`;
}

/** 8760 → `8,760`; 1.5 → `1.5`. */
export function count(n: number, maxDigits = 1): string {
  return format(0, maxDigits).format(n);
}
