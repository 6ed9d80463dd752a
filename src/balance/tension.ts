/**
 * Tension: for every edge, the balanced and unbalanced triangles it closes
 * (Cartwright & Harary 1956: a triangle is balanced when the product of its signs is
 * positive) and whether it is frustrated in the best two-colouring found (Harary 1959:
 * a positive edge between the two sides or a negative edge within one).
 *
 * Ranking, most tense first:
 * 1. more unbalanced triangles;
 * 2. on equal unbalanced counts, more balanced triangles: the edge is *contested*, its
 *    triads pull both ways (an edge with 1 unbalanced and 2 balanced triangles sits in
 *    more argued-over triads than one with 1 unbalanced only);
 * 3. frustrated in the colouring first;
 * 4. larger weight; then labels, for a deterministic order.
 * Edges with no unbalanced triangle that are not frustrated carry no tension and are
 * left out.
 */
import type { SignedGraph } from './graph.ts';

export interface TenseEdge {
  a: string;
  b: string;
  sign: number;
  weight: number;
  balanced: number;
  unbalanced: number;
  frustrated: boolean;
  /** Both balanced and unbalanced triangles through the edge. */
  contested: boolean;
  /** Edge index in the graph. */
  edge: number;
}

export function tension(
  g: SignedGraph,
  counts: { balanced: Int32Array; unbalanced: Int32Array },
  frustrated: Uint8Array | null,
  opts: { limit?: number; all?: boolean } = {},
): TenseEdge[] {
  const m = g.u.length;
  const idx: number[] = [];
  for (let e = 0; e < m; e++) if (opts.all || counts.unbalanced[e] > 0 || (frustrated && frustrated[e])) idx.push(e);
  const fr = (e: number) => (frustrated && frustrated[e] ? 1 : 0);
  idx.sort((x, y) =>
    counts.unbalanced[y] - counts.unbalanced[x] ||
    counts.balanced[y] - counts.balanced[x] ||
    fr(y) - fr(x) ||
    g.weight[y] - g.weight[x] ||
    (g.labels[g.u[x]] < g.labels[g.u[y]] ? -1 : g.labels[g.u[x]] > g.labels[g.u[y]] ? 1 : 0) ||
    (g.labels[g.v[x]] < g.labels[g.v[y]] ? -1 : g.labels[g.v[x]] > g.labels[g.v[y]] ? 1 : 0) ||
    x - y,
  );
  const out = opts.limit !== undefined ? idx.slice(0, opts.limit) : idx;
  return out.map((e) => ({
    a: g.labels[g.u[e]],
    b: g.labels[g.v[e]],
    sign: g.sign[e],
    weight: g.weight[e],
    balanced: counts.balanced[e],
    unbalanced: counts.unbalanced[e],
    frustrated: fr(e) === 1,
    contested: counts.balanced[e] > 0 && counts.unbalanced[e] > 0,
    edge: e,
  }));
}
