/**
 * The balance engine (src/balance) applied to the networks the API serves:
 * reports are computed in a worker thread (balance-worker.mjs → analysis-core.ts)
 * so that a long exact solve never blocks the HTTP server; what-if edits (flip,
 * add, remove an edge) are answered by re-running the report on the edited graph.
 */
import type { SignedEdge } from '../model/types.ts';
import type { Network } from './dataset.ts';
import { Worker } from 'node:worker_threads';
import { HttpError } from './errors.ts';
import { computeReport, type ReportOptions } from './analysis-core.ts';
import { blocMoves as matchBlocMoves } from '../balance/whatif.ts';

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 0;
const pending = new Map<number, { resolve: (r: any) => void; reject: (e: Error) => void }>();

/** The balance worker, started on first use; it keeps the process alive only while reports are pending. */
function balanceWorker(): Worker | null {
  if (worker || workerFailed) return worker;
  try {
    worker = new Worker(new URL('./balance-worker.mjs', import.meta.url));
  } catch {
    workerFailed = true;
    return null;
  }
  worker.unref();
  worker.on('message', (m: { id?: number; report?: any; error?: string; status?: number }) => {
    if (m.id === undefined) return;
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (!pending.size) worker?.unref();
    if (m.error !== undefined) p.reject(m.status ? new HttpError(m.status as 400, m.error) : new Error(m.error));
    else p.resolve(m.report);
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
    worker = null;
  });
  return worker;
}

/** Stop the worker (servers call this when they stop). */
export function stopBalanceWorker(): void {
  void worker?.terminate();
  worker = null;
}

export type { ReportOptions };

/** The balance report of a list of edges, computed in the worker thread (in this thread if no worker can start). */
export function report(edges: SignedEdge[], opts: ReportOptions = {}): Promise<any> {
  const w = balanceWorker();
  if (!w) return computeReport(edges, opts);
  const id = nextId++;
  w.ref();
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, edges: edges.map((e) => ({ a: e.a, b: e.b, sign: e.sign, weight: e.weight, cooperative: e.cooperative, hostile: e.hostile, events: e.events, confidence: e.confidence })), opts });
  });
}

/** Signed (non-neutral) edges only: balance is defined on + and − ties. */
export const signedOnly = (edges: SignedEdge[]) => edges.filter((e) => e.sign !== 0);

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

/**
 * Nodes whose bloc changed between two reports: the balance package's matching
 * (src/balance/whatif.ts: blocs paired by largest overlap, so a renumbered bloc is
 * not a move), in the API's shape ({node, from, to}).
 */
export function blocMoves(before: string[][] | null | undefined, after: string[][] | null | undefined): { node: string; from: number | null; to: number | null }[] {
  return matchBlocMoves(before ?? [], after ?? []).map(({ actor, from, to }) => ({ node: actor, from, to }));
}

/** Network with only the edges of the report's interest: the graph we ran it on. */
export function edgesOf(net: Network): SignedEdge[] {
  return net.edges;
}
