// What one extractor returns: its part of the factors (a value said to be absent is kept, e.g.
// `licensing: 'none'`, `compliance: false`, `interruptible: false`) and the keys it understood.
import type { FactorKey, Factors } from '../types.ts';

export type Part = Partial<Omit<Factors, 'understood'>> & { understood: FactorKey[] };

export function part(): Part {
  return { understood: [] };
}

/** Records an understood key once. */
export function marker(p: { understood: FactorKey[] }): (k: FactorKey) => void {
  return (k) => {
    if (!p.understood.includes(k)) p.understood.push(k);
  };
}

/** Adds a part to the factors read so far (later parts win on the same field). */
export function merge(f: Factors, p: Part): void {
  const { understood, ...values } = p;
  Object.assign(f, values);
  const u = marker(f);
  for (const k of understood) u(k);
}
