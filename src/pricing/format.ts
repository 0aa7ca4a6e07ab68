// Number formatting shared by the cost table and the replies: people-formatted, plain text.


const MONEY2 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const MONEY4 = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 4 });
const ONE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const ZERO = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `$1,234.56`; sub-dollar rates keep up to 4 decimals (`$0.0416`). */
export function money(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const abs = Math.abs(n);
  const s = (abs !== 0 && abs < 1 ? MONEY4 : MONEY2).format(abs);
  return `${n < 0 && s !== '0.00' ? '-' : ''}$${s}`;
}

/** 0.643 → `64.3%`, 0.72 → `72%`. */
export function pct(fraction: number): string {
  if (!Number.isFinite(fraction)) return '—';
  const v = Math.round(fraction * 1000) / 10;
  return `${ONE.format(v)}%`;
}

/** 8760 → `8,760`; 1.5 → `1.5`. */
export function count(n: number, maxDigits = 1): string {
  return (maxDigits === 0 ? ZERO : maxDigits === 1 ? ONE : new Intl.NumberFormat('en-US', { maximumFractionDigits: maxDigits })).format(n);
}
