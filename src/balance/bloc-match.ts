/**
 * Which bloc of one partition continues which bloc of another: pairs (after, before)
 * taken greedily by largest member overlap (ties by lower index), each bloc used at
 * most once. Used to number blocs stably across what-if edits and time windows, so
 * that a renumbered bloc is not reported as actors moving.
 */
export function matchBlocs(before: readonly string[][], after: readonly string[][]): Map<number, number> {
  const bOf = new Map<string, number>();
  before.forEach((b, i) => b.forEach((x) => bOf.set(x, i)));
  const overlap = new Map<number, number>(); // after * before.length + before → members in common
  after.forEach((a, j) => a.forEach((x) => {
    const i = bOf.get(x);
    if (i !== undefined) { const k = j * before.length + i; overlap.set(k, (overlap.get(k) ?? 0) + 1); }
  }));
  const pairs = [...overlap].map(([k, c]) => ({ j: Math.floor(k / before.length), i: k % before.length, c }))
    .sort((p, q) => q.c - p.c || p.j - q.j || p.i - q.i);
  const match = new Map<number, number>(), used = new Set<number>();
  for (const p of pairs) if (!match.has(p.j) && !used.has(p.i)) { match.set(p.j, p.i); used.add(p.i); }
  return match;
}
