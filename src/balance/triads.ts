/**
 * Signed triangle census and balance ratios.
 *
 * A triangle (3-cycle) is balanced when the product of its three signs is positive
 * (+++ or +−−) and unbalanced otherwise (++− or −−−) (Cartwright & Harary 1956,
 * "Structural balance: a generalization of Heider's theory", Psychological Review 63).
 * - strict balance ratio: (ppp + pnn) / T, the share of balanced triangles;
 * - weak balance / clusterability ratio: (T − ppn) / T, the share of triangles that are
 *   not of the one type a clusterable graph cannot have, two positive edges and one
 *   negative (Davis 1967, "Clustering and structural balance in graphs", Human Relations 20).
 * Per edge: the balanced and unbalanced triangles it closes.
 *
 * Enumeration: each edge is oriented from the endpoint of lower (degree, index) to the
 * higher one; every triangle is then found exactly once as u→v, v→w, u→w by marking the
 * out-neighbours of u (Chiba & Nishizeki 1985; Schank & Wagner 2005 "forward" algorithm),
 * in O(m^1.5) time and typed arrays.
 */
import type { SignedGraph } from './graph.ts';

export interface Census {
  ppp: number;
  ppn: number;
  pnn: number;
  nnn: number;
}

export interface TriadResult {
  triangles: Census;
  total: number;
  /** (ppp + pnn) / T; null without triangles. */
  balanceRatio: number | null;
  /** (T − ppn) / T; null without triangles. */
  weakBalanceRatio: number | null;
  /** Per edge: balanced and unbalanced triangles through it. */
  balanced: Int32Array;
  unbalanced: Int32Array;
  /** With `list`: the triangles as edge-index triples (3 per triangle). */
  list?: Int32Array;
}

/** Oriented (out-) adjacency by degree order: out-neighbours and edge ids of each node. */
function oriented(g: SignedGraph): { off: Int32Array; nbr: Int32Array; eid: Int32Array } {
  const n = g.labels.length, m = g.u.length;
  const deg = new Int32Array(n);
  for (let e = 0; e < m; e++) { deg[g.u[e]]++; deg[g.v[e]]++; }
  const lower = (a: number, b: number) => deg[a] < deg[b] || (deg[a] === deg[b] && a < b);
  const off = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) off[(lower(g.u[e], g.v[e]) ? g.u[e] : g.v[e]) + 1]++;
  for (let i = 0; i < n; i++) off[i + 1] += off[i];
  const fill = off.slice(0, n);
  const nbr = new Int32Array(m), eid = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const a = g.u[e], b = g.v[e];
    const [s, t] = lower(a, b) ? [a, b] : [b, a];
    nbr[fill[s]] = t; eid[fill[s]++] = e;
  }
  return { off, nbr, eid };
}

/**
 * Call fn(e1, e2, e3) once per triangle, with e1 = uv, e2 = vw, e3 = uw. Returns the count.
 */
export function forEachTriangle(g: SignedGraph, fn: (e1: number, e2: number, e3: number) => void): number {
  const n = g.labels.length;
  const { off, nbr, eid } = oriented(g);
  const mark = new Int32Array(n).fill(-1); // mark[w] = edge id u→w while u is processed
  let count = 0;
  for (let u = 0; u < n; u++) {
    for (let k = off[u]; k < off[u + 1]; k++) mark[nbr[k]] = eid[k];
    for (let k = off[u]; k < off[u + 1]; k++) {
      const v = nbr[k], e1 = eid[k];
      for (let j = off[v]; j < off[v + 1]; j++) {
        const e3 = mark[nbr[j]];
        if (e3 >= 0) { fn(e1, eid[j], e3); count++; }
      }
    }
    for (let k = off[u]; k < off[u + 1]; k++) mark[nbr[k]] = -1;
  }
  return count;
}

/** The signed triangle census, balance ratios and per-edge counts; `list` keeps the triangles. */
export function triads(g: SignedGraph, opts: { list?: boolean } = {}): TriadResult {
  const m = g.u.length;
  const sign = g.sign;
  const balanced = new Int32Array(m), unbalanced = new Int32Array(m);
  const byNeg = [0, 0, 0, 0];
  let list: Int32Array | undefined = opts.list ? new Int32Array(3 * 1024) : undefined;
  let t = 0;
  forEachTriangle(g, (e1, e2, e3) => {
    const neg = (sign[e1] < 0 ? 1 : 0) + (sign[e2] < 0 ? 1 : 0) + (sign[e3] < 0 ? 1 : 0);
    byNeg[neg]++;
    const arr = (neg & 1) === 0 ? balanced : unbalanced;
    arr[e1]++; arr[e2]++; arr[e3]++;
    if (list) {
      if (3 * t + 3 > list.length) { const b = new Int32Array(list.length * 2); b.set(list); list = b; }
      list[3 * t] = e1; list[3 * t + 1] = e2; list[3 * t + 2] = e3;
    }
    t++;
  });
  const triangles: Census = { ppp: byNeg[0], ppn: byNeg[1], pnn: byNeg[2], nnn: byNeg[3] };
  return {
    triangles,
    total: t,
    balanceRatio: t ? (triangles.ppp + triangles.pnn) / t : null,
    weakBalanceRatio: t ? (t - triangles.ppn) / t : null,
    balanced,
    unbalanced,
    list: list ? list.slice(0, 3 * t) : undefined,
  };
}
