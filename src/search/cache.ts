// One small bounded memo for the search's per-word look-ups (concepts, familiarity, typo fixes):
// words repeat across questions, and a full map is simply cleared rather than tracked as LRU.

/** Memoises `fn` by its string argument; at most `limit` entries are kept. */
export function memo<T>(fn: (key: string) => T, limit = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
