/**
 * The balance engine (src/balance) applied to the networks the API serves:
 * one report per window and level, cached, and what-if edits (flip, add,
 * remove an edge) answered by re-running the report on the edited graph.
 */
import type { SignedEdge } from '../model/types.ts';
import type { Network } from './dataset.ts';
import { HttpError } from './errors.ts';
import { fallbackReport } from './fallback-balance.ts';

/** The parts of the balance engine the server uses (src/balance/report.ts, edges.ts). */
interface BalanceEngine {
  balanceReport(g: unknown, opts: Record<string, unknown>): Promise<any>;
  fromSignedEdges(edges: SignedEdge[]): unknown;
}

let engine: Promise<BalanceEngine | null> | null = null;

/** Load the balance engine once; null while it is not part of this checkout. */
export function balanceEngine(): Promise<BalanceEngine | null> {
  engine ??= (async () => {
    try {
      const reportPath = '../balance/report.ts';
      const edgesPath = '../balance/edges.ts';
      const [r, e] = await Promise.all([import(reportPath), import(edgesPath)]);
      return { balanceReport: r.balanceReport, fromSignedEdges: e.fromSignedEdges };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') console.error(`entente: balance engine failed to load: ${(err as Error).message}`);
      return null;
    }
  })();
  return engine;
}

export interface ReportOptions {
  predict?: [string, string][];
  /** Seconds the exact frustration solver may use before returning its best bound. */
  timeLimit?: number;
}

/** Signed (non-neutral) edges only: balance is defined on + and − ties. */
export const signedOnly = (edges: SignedEdge[]) => edges.filter((e) => e.sign !== 0);

export async function report(edges: SignedEdge[], opts: ReportOptions = {}): Promise<any> {
  const eng = await balanceEngine();
  if (!eng) return fallbackReport(edges, opts.predict ?? []);
  const signed = signedOnly(edges);
  const g = eng.fromSignedEdges(signed);
  return eng.balanceReport(g, {
    exact: signed.length <= 3000,
    timeLimit: opts.timeLimit ?? 3,
    predict: opts.predict ?? [],
  });
}

export type WhatIfChange =
  | { op: 'flip'; a: string; b: string }
  | { op: 'remove'; a: string; b: string }
  | { op: 'add'; a: string; b: string; sign: 1 | -1; weight?: number };

const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Apply edits to an edge list; unknown edges for flip/remove and existing ones for add are 4xx. */
export function applyChanges(edges: SignedEdge[], changes: WhatIfChange[]): SignedEdge[] {
  const byKey = new Map(edges.map((e) => [key(e.a, e.b), { ...e }]));
  for (const ch of changes) {
    if (ch.a === ch.b) throw new HttpError(400, `changes: ${ch.op} ${ch.a}–${ch.b} is a self-loop`);
    const k = key(ch.a, ch.b);
    const e = byKey.get(k);
    if (ch.op === 'add') {
      if (e && e.sign !== 0) throw new HttpError(409, `changes: edge ${ch.a}–${ch.b} already exists (use flip or remove)`);
      const [a, b] = ch.a < ch.b ? [ch.a, ch.b] : [ch.b, ch.a];
      byKey.set(k, { a, b, sign: ch.sign, weight: ch.weight ?? 1, cooperative: 0, hostile: 0, events: 0, confidence: 0 });
      continue;
    }
    if (!e || e.sign === 0) throw new HttpError(404, `changes: no signed edge ${ch.a}–${ch.b} in this window`);
    if (ch.op === 'flip') e.sign = e.sign === 1 ? -1 : 1;
    else byKey.delete(k);
  }
  return [...byKey.values()];
}

/** The summary of a report the what-if answer compares. */
export function brief(r: any) {
  return {
    balanceRatio: r?.balanceRatio ?? null,
    frustration: r?.frustration ? { value: r.frustration.value, optimal: r.frustration.optimal, lowerBound: r.frustration.lowerBound, method: r.frustration.method } : null,
    triangles: r?.triangles ?? null,
    blocs: r?.blocs ?? null,
  };
}

/** Nodes whose bloc changed between two reports (blocs as arrays of member lists or node→bloc maps). */
export function blocMoves(before: any, after: any): { node: string; from: number | null; to: number | null }[] {
  const asMap = (b: any): Map<string, number> => {
    const m = new Map<string, number>();
    if (!b) return m;
    const groups = Array.isArray(b) ? b : Array.isArray(b?.groups) ? b.groups : Array.isArray(b?.members) ? b.members : null;
    if (groups) groups.forEach((g: any, i: number) => (Array.isArray(g) ? g : g?.members ?? g?.nodes ?? []).forEach((n: string) => m.set(n, i)));
    else if (b?.assignment && typeof b.assignment === 'object') for (const [n, i] of Object.entries(b.assignment)) m.set(n, Number(i));
    return m;
  };
  const x = asMap(before), y = asMap(after);
  const out: { node: string; from: number | null; to: number | null }[] = [];
  for (const n of new Set([...x.keys(), ...y.keys()])) if (x.get(n) !== y.get(n)) out.push({ node: n, from: x.get(n) ?? null, to: y.get(n) ?? null });
  return out;
}

/** Network with only the edges of the report's interest: the graph we ran it on. */
export function edgesOf(net: Network): SignedEdge[] {
  return net.edges;
}
