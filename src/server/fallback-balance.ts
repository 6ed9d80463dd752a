/**
 * A small balance report the server uses only while src/balance/report.ts is
 * absent from the checkout, so the UI's balance panel still works. Same report
 * shape as the balance engine, computed simply:
 * - triangle census and balance ratio (Cartwright & Harary 1956): the share of
 *   triangles with an even number of negative edges;
 * - frustration (line index of balance, Harary 1959): node-flip local search from
 *   seeded random two-colourings (best of 32 restarts), then iterated local search
 *   (perturb a neighbourhood, descend, keep; 30–500 ms), with a lower bound from
 *   greedily packed edge-disjoint unbalanced triangles; proven optimal when they meet;
 * - blocs: the two sides of the best colouring; tension: balanced and unbalanced
 *   triangles through each edge; prediction for a pair: the product of the signs
 *   through every common neighbour ("the enemy of my enemy").
 */
import type { SignedEdge } from '../model/types.ts';

export function fallbackReport(edgesIn: SignedEdge[], predict: [string, string][] = []): any {
  const t0 = performance.now();
  const edges = edgesIn.filter((e) => e.sign !== 0);
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const id = (s: string) => ids.get(s) ?? (ids.set(s, labels.length), labels.push(s), labels.length - 1);
  const u: number[] = [], v: number[] = [], sg: number[] = [];
  for (const e of edges) (u.push(id(e.a)), v.push(id(e.b)), sg.push(e.sign));
  const n = labels.length, m = u.length;
  const adj: Map<number, number>[] = Array.from({ length: n }, () => new Map()); // neighbour → edge index
  for (let e = 0; e < m; e++) (adj[u[e]].set(v[e], e), adj[v[e]].set(u[e], e));

  // triangles (each once: x < y < z), per-edge balanced/unbalanced counts
  const census = { ppp: 0, ppn: 0, pnn: 0, nnn: 0 };
  const good = new Int32Array(m), bad = new Int32Array(m);
  const unbalancedTriangles: [number, number, number][] = [];
  for (let e = 0; e < m; e++) {
    const x = Math.min(u[e], v[e]), y = Math.max(u[e], v[e]);
    const [small, big] = adj[x].size < adj[y].size ? [x, y] : [y, x];
    for (const [z, e1] of adj[small]) {
      if (z <= y) continue;
      const e2 = adj[big].get(z);
      if (e2 === undefined) continue;
      const negs = [e, e1, e2].filter((k) => sg[k] < 0).length;
      (census as any)[['ppp', 'ppn', 'pnn', 'nnn'][negs]]++;
      const balanced = negs % 2 === 0;
      for (const k of [e, e1, e2]) (balanced ? good : bad)[k]++;
      if (!balanced) unbalancedTriangles.push([e, e1, e2]);
    }
  }
  const tri = census.ppp + census.ppn + census.pnn + census.nnn;

  // lower bound: edge-disjoint unbalanced triangles each need one of their edges changed
  const used = new Uint8Array(m);
  let lower = 0;
  for (const t of unbalancedTriangles) if (!used[t[0]] && !used[t[1]] && !used[t[2]]) (lower++, (used[t[0]] = used[t[1]] = used[t[2]] = 1));

  // frustration by local search
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const frustrated = (c: Int8Array, e: number) => (sg[e] > 0) !== (c[u[e]] === c[v[e]]);
  const descend = (c: Int8Array) => {
    for (let pass = 0, improved = true; improved && pass < 100; pass++) {
      improved = false;
      for (let x = 0; x < n; x++) {
        let gain = 0;
        for (const [, e] of adj[x]) gain += frustrated(c, e) ? 1 : -1;
        if (gain > 0) (c[x] = -c[x] as 1 | -1), (improved = true);
      }
    }
    let val = 0;
    for (let e = 0; e < m; e++) if (frustrated(c, e)) val++;
    return val;
  };
  let best: Int8Array | null = null, bestVal = Infinity;
  for (let r = 0; r < (m > 20000 ? 4 : 32) && bestVal > lower; r++) {
    const c = Int8Array.from({ length: n }, () => (rnd() < 0.5 ? 1 : -1));
    const val = descend(c);
    if (val < bestVal) (bestVal = val), (best = c);
  }
  // iterated local search: perturb a few nodes of the best colouring, descend, keep improvements
  // (0.2 ms per edge, 30–500 ms; stops early once the lower bound is met)
  const deadline = performance.now() + Math.min(500, Math.max(30, m * 0.2));
  while (best && bestVal > lower && performance.now() < deadline) {
    const c = best.slice();
    const k = Math.max(2, Math.round(n * 0.03));
    for (let j = 0; j < k; j++) {
      const x = Math.floor(rnd() * n);
      c[x] = -c[x] as 1 | -1;
      for (const [y] of adj[x]) if (rnd() < 0.5) c[y] = -c[y] as 1 | -1;
    }
    const val = descend(c);
    if (val <= bestVal) (bestVal = val), (best = c);
  }
  const colour = best ?? new Int8Array(n).fill(1);
  const value = m ? bestVal : 0;

  const blocs = [labels.filter((_, i) => colour[i] > 0), labels.filter((_, i) => colour[i] < 0)].filter((b) => b.length).sort((a, b) => b.length - a.length);
  const tension = Array.from({ length: m }, (_, e) => ({ a: edges[e].a, b: edges[e].b, sign: sg[e], balanced: good[e], unbalanced: bad[e], frustrated: frustrated(colour, e) }))
    .filter((t) => t.unbalanced > 0 || t.frustrated)
    .sort((p, q) => q.unbalanced - p.unbalanced || Number(q.frustrated) - Number(p.frustrated) || p.a.localeCompare(q.a));
  const predictions = predict.map(([a, b]) => {
    const ia = ids.get(a), ib = ids.get(b);
    const triads: { third: string; signs: [number, number]; product: number }[] = [];
    if (ia !== undefined && ib !== undefined)
      for (const [z, e1] of adj[ia]) {
        const e2 = adj[ib].get(z);
        if (e2 !== undefined) triads.push({ third: labels[z], signs: [sg[e1], sg[e2]], product: sg[e1] * sg[e2] });
      }
    const plus = triads.filter((t) => t.product > 0), minus = triads.filter((t) => t.product < 0);
    const sign = plus.length > minus.length ? 1 : minus.length > plus.length ? -1 : 0;
    const e = ia !== undefined && ib !== undefined ? adj[ia].get(ib) : undefined;
    return {
      a, b, sign, observed: e === undefined ? null : sg[e],
      probability: triads.length ? (Math.max(plus.length, minus.length) + 1) / (triads.length + 2) : 0.5,
      for: sign >= 0 ? plus : minus, against: sign >= 0 ? minus : plus,
    };
  });
  return {
    nodes: n, edges: m, triangles: census, balanceRatio: tri ? (census.ppp + census.pnn) / tri : null, nullModel: null,
    frustration: { value, optimal: value === lower, lowerBound: lower, seconds: (performance.now() - t0) / 1000, method: 'local search (server fallback)' },
    blocs, tension, predictions,
  };
}
