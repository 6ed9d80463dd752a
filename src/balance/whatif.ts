/**
 * What-if: flip, add or remove edges and compare the balance before and after:
 * frustration index (Harary 1959; frustration.ts), strict balance ratio (Cartwright &
 * Harary 1956; triads.ts), triangle census and blocs (Doreian & Mrvar 1996; blocs.ts,
 * with the same number of blocs before and after so that memberships compare).
 *
 * Bloc membership changes: each bloc after is matched to the bloc before it shares most
 * members with (greedy, largest overlaps first, one to one); an actor moves when its bloc
 * after is not matched to its bloc before. Blocs with no match are numbered after the
 * blocs before.
 */
import type { SignedGraph } from './graph.ts';
import { balanceReport, type BalanceOptions, type BalanceReport } from './report.ts';
import { matchBlocs } from './bloc-match.ts';

export type Change =
  | { op: 'flip'; a: string; b: string }
  | { op: 'remove'; a: string; b: string }
  | { op: 'add'; a: string; b: string; sign: 1 | -1; weight?: number };

export interface WhatIfFigures {
  nodes: number;
  edges: number;
  frustration: BalanceReport['frustration'];
  balanceRatio: number | null;
  triangles: BalanceReport['triangles'];
  blocs: string[][];
}

export interface BlocMove {
  actor: string;
  /** Bloc index before (into before.blocs), null when the actor is new. */
  from: number | null;
  /** Matched bloc index (numbering of the blocs before; new blocs after them), null when gone. */
  to: number | null;
}

export interface WhatIfResult {
  changes: Change[];
  before: WhatIfFigures;
  after: WhatIfFigures;
  delta: { frustration: number; lowerBound: number; balanceRatio: number | null; triangles: number };
  blocMoves: BlocMove[];
  graph: SignedGraph;
}

/** Apply edits to a copy of the graph. Errors name the change that cannot apply. */
export function applyChanges(g: SignedGraph, changes: Change[]): SignedGraph {
  const labels = g.labels.slice();
  const index = new Map(labels.map((l, i) => [l, i] as [string, number]));
  const edges = new Map<number, { sign: number; weight: number }>();
  const N = 67108864;
  const key = (x: number, y: number) => Math.min(x, y) * N + Math.max(x, y);
  for (let e = 0; e < g.u.length; e++) edges.set(key(g.u[e], g.v[e]), { sign: g.sign[e], weight: g.weight[e] });
  const id = (s: string, create: boolean) => {
    let i = index.get(s);
    if (i === undefined && create) { i = labels.length; labels.push(s); index.set(s, i); }
    return i;
  };
  changes.forEach((c, n) => {
    const where = `change ${n + 1} (${c.op} ${c.a}–${c.b})`;
    if (c.a === c.b) throw new Error(`${where}: a self-loop is not an edge`);
    const ia = id(c.a, c.op === 'add'), ib = id(c.b, c.op === 'add');
    if (ia === undefined || ib === undefined) throw new Error(`${where}: unknown actor ${ia === undefined ? c.a : c.b}`);
    const k = key(ia, ib), cur = edges.get(k);
    if (c.op === 'add') {
      if (cur) throw new Error(`${where}: the edge exists (flip or remove it)`);
      if (c.sign !== 1 && c.sign !== -1) throw new Error(`${where}: sign must be 1 or -1`);
      edges.set(k, { sign: c.sign, weight: c.weight && c.weight > 0 ? c.weight : 1 });
    } else {
      if (!cur) throw new Error(`${where}: no such edge`);
      if (c.op === 'flip') cur.sign = -cur.sign; else edges.delete(k);
    }
  });
  const m = edges.size;
  const u = new Int32Array(m), v = new Int32Array(m), sign = new Int8Array(m), weight = new Float64Array(m);
  let e = 0;
  for (const [k, x] of edges) {
    u[e] = Math.floor(k / N); v[e] = k % N; sign[e] = x.sign; weight[e] = x.weight; e++;
  }
  return { labels, u, v, sign, weight };
}

/** Actors whose bloc changed (blocs as member lists). */
export function blocMoves(before: string[][], after: string[][]): BlocMove[] {
  const bOf = new Map<string, number>(), aOf = new Map<string, number>();
  before.forEach((b, i) => b.forEach((x) => bOf.set(x, i)));
  after.forEach((b, i) => b.forEach((x) => aOf.set(x, i)));
  const match = matchBlocs(before, after);
  let next = before.length;
  after.forEach((_, j) => { if (!match.has(j)) match.set(j, next++); });
  const moves: BlocMove[] = [];
  const actors = new Set([...bOf.keys(), ...aOf.keys()]);
  for (const x of [...actors].sort()) {
    const from = bOf.get(x) ?? null, j = aOf.get(x);
    const to = j === undefined ? null : match.get(j)!;
    if (from !== to) moves.push({ actor: x, from, to });
  }
  return moves;
}

const figures = (r: BalanceReport): WhatIfFigures => ({ nodes: r.nodes, edges: r.edges, frustration: r.frustration, balanceRatio: r.balanceRatio, triangles: r.triangles, blocs: r.blocs });
const total = (t: BalanceReport['triangles']) => t.ppp + t.ppn + t.pnn + t.nnn;

export async function whatIf(g: SignedGraph, changes: Change[], opts: BalanceOptions & { before?: BalanceReport } = {}): Promise<WhatIfResult> {
  const after = applyChanges(g, changes);
  const base: BalanceOptions = { ...opts, nullSamples: 0, predict: [] };
  const rb = opts.before ?? (await balanceReport(g, base));
  const ra = await balanceReport(after, { ...base, blocs: opts.blocs ?? (rb.blocCriterion.k || undefined) });
  return {
    changes,
    before: figures(rb),
    after: figures(ra),
    delta: {
      frustration: ra.frustration.value - rb.frustration.value,
      lowerBound: ra.frustration.lowerBound - rb.frustration.lowerBound,
      balanceRatio: ra.balanceRatio !== null && rb.balanceRatio !== null ? ra.balanceRatio - rb.balanceRatio : null,
      triangles: total(ra.triangles) - total(rb.triangles),
    },
    blocMoves: blocMoves(rb.blocs, ra.blocs),
    graph: after,
  };
}
