// Small statistics helpers for the reports.

/** Pearson's correlation of two equally long series; null when either does not vary (or fewer than 2 points). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  if (n < 2 || ys.length !== n) return null;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i] - mx;
    const dy = ys[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Share of `part` in `whole`, null for an empty whole (shown as "—", never as 0%). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A learner is a user within a workspace/server: the same id on two servers is two learners. */
export const learnerKey = (r: { scope: string; user: string }) => `${r.scope}\u0000${r.user}`;
