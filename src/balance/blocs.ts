/**
 * Blocs: k-way partitioning of a signed graph by the Doreian–Mrvar criterion
 *
 *   P(C) = α · N_in + (1 − α) · P_between,
 *
 * the (weighted, or counted) negative edges inside clusters plus the positive edges
 * between them, α ∈ [0, 1] (default 0.5) (P. Doreian & A. Mrvar 1996, "A partitioning
 * approach to structural balance", Social Networks 18; 2009, "Partitioning signed
 * social networks", Social Networks 31). For k = 2 and α = 0.5, 2·P is the number of
 * frustrated edges of the two-colouring.
 *
 * Search: relocation local search (move a node to the cluster that lowers P most, until
 * no move improves), from many seeded random starts, plus given starts (the report
 * passes the frustration colouring for k = 2) and, for k ≥ 3, the best (k−1)-partition
 * with one cluster split at random. Clusters may empty, so at most k are reported.
 * k is given, or chosen by the criterion over k = 1..kmax: the smallest k reaching the
 * least P found.
 */
import { adjacency, type SignedGraph } from './graph.ts';
import { rng, shuffle } from './random.ts';

export interface BlocOptions {
  /** Number of clusters; when absent, chosen over 1..kmax. */
  k?: number;
  /** Largest k tried when k is absent (default 5, at most n). */
  kmax?: number;
  /** Weight of negative edges inside (default 0.5). */
  alpha?: number;
  /** Use edge weights instead of counts (default false). */
  weighted?: boolean;
  /** Random starts per k (default: 50 on small graphs, fewer on large ones). */
  starts?: number;
  seed?: number;
  /** Extra starting partitions (cluster index per node). */
  initial?: ArrayLike<number>[];
}

export interface BlocResult {
  /** Node labels by group, largest group first. */
  groups: string[][];
  /** Group index (into groups) per node. */
  membership: Int32Array;
  k: number;
  P: number;
  negativeInside: number;
  positiveBetween: number;
  alpha: number;
  /** The best P found for each k tried. */
  byK: { k: number; P: number }[];
}

/** P of a partition (membership per node). */
export function criterion(g: SignedGraph, member: ArrayLike<number>, alpha = 0.5, weighted = false): { P: number; negativeInside: number; positiveBetween: number } {
  let ni = 0, pb = 0;
  for (let e = 0; e < g.u.length; e++) {
    const w = weighted ? g.weight[e] : 1;
    const same = member[g.u[e]] === member[g.v[e]];
    if (g.sign[e] < 0 && same) ni += w;
    else if (g.sign[e] > 0 && !same) pb += w;
  }
  return { P: alpha * ni + (1 - alpha) * pb, negativeInside: ni, positiveBetween: pb };
}

export function blocs(g: SignedGraph, opts: BlocOptions = {}): BlocResult {
  const n = g.labels.length, m = g.u.length;
  const alpha = opts.alpha ?? 0.5, weighted = opts.weighted ?? false;
  if (alpha < 0 || alpha > 1) throw new Error(`alpha must be in [0, 1], got ${alpha}`);
  if (opts.k !== undefined && (!Number.isInteger(opts.k) || opts.k < 1)) throw new Error(`k must be a positive integer, got ${opts.k}`);
  const empty: BlocResult = { groups: [], membership: new Int32Array(0), k: 0, P: 0, negativeInside: 0, positiveBetween: 0, alpha, byK: [] };
  if (n === 0) return empty;
  const { off, nbr, eid } = adjacency(g);
  const r = rng(opts.seed ?? 1);
  const defaultStarts = Math.max(4, Math.min(50, Math.floor(1e6 / (n + 2 * m + 1))));
  const starts = opts.starts ?? defaultStarts;
  const order = Int32Array.from({ length: n }, (_, i) => i);

  /** Relocation local search in place; returns P. */
  const relocate = (c: Int32Array, k: number): number => {
    const posC = new Float64Array(k), negC = new Float64Array(k);
    const sign = g.sign, wt = g.weight;
    for (let pass = 0; pass < 1000; pass++) {
      let moved = false;
      shuffle(order, r);
      for (let oi = 0; oi < n; oi++) {
        const x = order[oi];
        for (let cl = 0; cl < k; cl++) { posC[cl] = 0; negC[cl] = 0; }
        let posTot = 0;
        for (let j = off[x], end = off[x + 1]; j < end; j++) {
          const e = eid[j], w = weighted ? wt[e] : 1, cy = c[nbr[j]];
          if (sign[e] > 0) { posC[cy] += w; posTot += w; } else negC[cy] += w;
        }
        const cur = c[x];
        let best = cur, bestCost = alpha * negC[cur] + (1 - alpha) * (posTot - posC[cur]);
        for (let cl = 0; cl < k; cl++) {
          const v = alpha * negC[cl] + (1 - alpha) * (posTot - posC[cl]);
          if (v < bestCost - 1e-12) { bestCost = v; best = cl; }
        }
        if (best !== cur) { c[x] = best; moved = true; }
      }
      if (!moved) break;
    }
    return criterion(g, c, alpha, weighted).P;
  };

  const solve = (k: number, seeds: ArrayLike<number>[]): { c: Int32Array; P: number } => {
    let best: Int32Array | null = null, bestP = Infinity;
    const tryStart = (c: Int32Array) => {
      const P = relocate(c, k);
      if (P < bestP - 1e-12) { bestP = P; best = c; }
    };
    for (const s of seeds) tryStart(Int32Array.from(s, (x) => Math.min(k - 1, Math.max(0, x))));
    for (let s = 0; s < starts && bestP > 0; s++) tryStart(Int32Array.from({ length: n }, () => Math.floor(r() * k)));
    return { c: best!, P: bestP };
  };

  const fromInitial = (k: number) => (opts.initial ?? []).filter((s) => s.length === n).map((s) => {
    // relabel arbitrary cluster ids (e.g. ±1 colours) to 0..k-1
    const ids = new Map<number, number>();
    return Int32Array.from({ length: n }, (_, i) => {
      const x = s[i];
      let id = ids.get(x);
      if (id === undefined) { id = ids.size % k; ids.set(x, id); }
      return id;
    });
  });

  let chosen: { c: Int32Array; P: number; k: number };
  const byK: { k: number; P: number }[] = [];
  if (opts.k !== undefined) {
    const k = Math.min(opts.k, n);
    const s = solve(k, fromInitial(k));
    chosen = { ...s, k };
    byK.push({ k, P: s.P });
  } else {
    const kmax = Math.max(1, Math.min(opts.kmax ?? 5, n));
    let prev: Int32Array | null = null;
    const results: { c: Int32Array; P: number; k: number }[] = [];
    for (let k = 1; k <= kmax; k++) {
      const seeds = fromInitial(k);
      if (prev) {
        // split one cluster of the best (k−1)-partition at random
        const split = Math.floor(r() * (k - 1));
        seeds.push(Int32Array.from(prev, (x) => (x === split && r() < 0.5 ? k - 1 : x)));
        seeds.push(prev.slice());
      }
      const s = k === 1 ? { c: new Int32Array(n), P: criterion(g, new Int32Array(n), alpha, weighted).P } : solve(k, seeds);
      results.push({ ...s, k });
      byK.push({ k, P: s.P });
      prev = s.c;
      if (s.P === 0) break;
    }
    const minP = Math.min(...results.map((x) => x.P));
    chosen = results.find((x) => x.P <= minP + 1e-9)!;
  }

  // groups: non-empty clusters, largest first (ties: first member's index)
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const l = members.get(chosen.c[i]);
    if (l) l.push(i); else members.set(chosen.c[i], [i]);
  }
  const lists = [...members.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  const membership = new Int32Array(n);
  lists.forEach((l, gi) => l.forEach((i) => (membership[i] = gi)));
  const crit = criterion(g, membership, alpha, weighted);
  return { groups: lists.map((l) => l.map((i) => g.labels[i])), membership, k: lists.length, P: crit.P, negativeInside: crit.negativeInside, positiveBetween: crit.positiveBetween, alpha, byK };
}
