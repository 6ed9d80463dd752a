/**
 * Balance over time: the balance report of each window's signed network, and
 * what changed between consecutive windows.
 *
 *   balanceSeries(nets, analyse) → Promise<SeriesPoint[]>
 *
 * `nets` comes from buildNetworks (build.ts); `analyse(edges)` runs the balance
 * engine on a window's signed edges (sign 0 edges are dropped first: balance is
 * defined on + and − ties) and returns its report (src/balance/report.ts:
 * balanceRatio, triangles, frustration {value, optimal, lowerBound, method},
 * blocs). Per window the series records those figures and, against the
 * previous window that has a network:
 * - signChanges: dyads present in both windows whose sign differs (+, −, or 0),
 * - blocMoves: actors present in both whose bloc changed. Bloc numbers are
 *   kept stable across the series: each window's blocs are matched to the
 *   previous window's by largest overlap of members (greedy), unmatched blocs
 *   get new numbers, so "bloc 2" means the same coalition from window to window.
 */
import type { NetworkEdge, Networks } from '../network/build.ts';
import { matchBlocs } from './bloc-match.ts';

export interface SeriesPoint {
  window: string;
  from: string;
  to: string;
  nodes: number;
  edges: number;
  positive: number;
  negative: number;
  neutral: number;
  triangles: { ppp: number; ppn: number; pnn: number; nnn: number } | null;
  balanceRatio: number | null;
  frustration: { value: number; optimal: boolean; lowerBound: number | null; method: string | null } | null;
  /** Blocs as member lists, numbered stably across the series (`blocIds[i]` is the number of `blocs[i]`). */
  blocs: string[][];
  blocIds: number[];
  /** Changes since the previous window that had a network (null for the first). */
  previous: string | null;
  signChanges: { a: string; b: string; from: -1 | 0 | 1; to: -1 | 0 | 1 }[];
  blocMoves: { actor: string; from: number; to: number }[];
  appeared: number;
  disappeared: number;
}

/** Blocs from a report: member lists, `{groups|members: [...]}`, or an `{assignment: {node: bloc}}` map. */
export function blocLists(blocs: unknown): string[][] {
  if (!blocs) return [];
  const b = blocs as Record<string, unknown>;
  const lists = Array.isArray(blocs) ? blocs : Array.isArray(b.groups) ? b.groups : Array.isArray(b.members) ? b.members : Array.isArray(b.blocs) ? b.blocs : null;
  if (lists) {
    return (lists as unknown[]).map((g) => {
      const m = Array.isArray(g) ? g : ((g as Record<string, unknown>)?.members ?? (g as Record<string, unknown>)?.nodes ?? []);
      return (m as unknown[]).map(String);
    }).filter((g) => g.length > 0);
  }
  const assignment = (b.assignment ?? b.colouring ?? b.coloring) as Record<string, unknown> | undefined;
  if (assignment && typeof assignment === 'object') {
    const byBloc = new Map<string, string[]>();
    for (const [node, k] of Object.entries(assignment)) {
      const key = String(k);
      if (!byBloc.has(key)) byBloc.set(key, []);
      byBloc.get(key)!.push(node);
    }
    return [...byBloc.values()];
  }
  return [];
}

/** Number the current blocs after the previous ones by greedy largest overlap. */
export function alignBlocs(prev: { blocs: string[][]; ids: number[] } | null, cur: string[][], next: { id: number }): number[] {
  const ids = new Array<number>(cur.length).fill(-1);
  if (prev) for (const [i, j] of matchBlocs(prev.blocs, cur)) ids[i] = prev.ids[j];
  for (let i = 0; i < ids.length; i++) if (ids[i] === -1) ids[i] = ++next.id;
  return ids;
}

const key = (e: { a: string; b: string }) => `${e.a}\u0000${e.b}`;

/** The series (see the file header). `analyse` gets the window's signed (±1) edges. */
export async function balanceSeries(nets: Networks, analyse: (edges: NetworkEdge[]) => Promise<unknown>, onWindow?: (done: number, total: number) => void): Promise<SeriesPoint[]> {
  const out: SeriesPoint[] = [];
  let prevEdges: Map<string, NetworkEdge> | null = null;
  let prevBlocs: { blocs: string[][]; ids: number[]; of: Map<string, number> } | null = null;
  let prevId: string | null = null;
  const counter = { id: 0 };
  let done = 0;
  for (const w of nets.windows) {
    const signed = w.edges.filter((e) => e.sign !== 0);
    const r = (signed.length > 0 ? await analyse(signed) : null) as Record<string, any> | null;
    const blocs = blocLists(r?.blocs);
    const ids = alignBlocs(prevBlocs, blocs, counter);
    const of = new Map<string, number>();
    blocs.forEach((g, i) => g.forEach((n) => of.set(n, ids[i])));
    const edges = new Map(w.edges.map((e) => [key(e), e]));
    const signChanges: SeriesPoint['signChanges'] = [];
    let appeared = 0, disappeared = 0;
    if (prevEdges) {
      for (const [k, e] of edges) {
        const p = prevEdges.get(k);
        if (!p) appeared++;
        else if (p.sign !== e.sign) signChanges.push({ a: e.a, b: e.b, from: p.sign, to: e.sign });
      }
      for (const k of prevEdges.keys()) if (!edges.has(k)) disappeared++;
    }
    const blocMoves: SeriesPoint['blocMoves'] = [];
    if (prevBlocs) for (const [n, b] of of) { const p = prevBlocs.of.get(n); if (p !== undefined && p !== b) blocMoves.push({ actor: n, from: p, to: b }); }
    blocMoves.sort((x, y) => (x.actor < y.actor ? -1 : 1));
    const f = r?.frustration;
    out.push({
      window: w.id, from: w.from, to: w.to,
      nodes: w.nodes.length, edges: w.edges.length,
      positive: w.edges.filter((e) => e.sign > 0).length,
      negative: w.edges.filter((e) => e.sign < 0).length,
      neutral: w.edges.filter((e) => e.sign === 0).length,
      triangles: r?.triangles ?? null,
      balanceRatio: typeof r?.balanceRatio === 'number' ? r.balanceRatio : null,
      frustration: f ? { value: Number(f.value), optimal: !!f.optimal, lowerBound: f.lowerBound ?? null, method: f.method ?? null } : null,
      blocs, blocIds: ids,
      previous: prevId, signChanges, blocMoves, appeared, disappeared,
    });
    prevEdges = edges;
    if (blocs.length) prevBlocs = { blocs, ids, of };
    prevId = w.id;
    onWindow?.(++done, nets.windows.length);
  }
  return out;
}
