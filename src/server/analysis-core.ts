/**
 * One balance report for a list of signed edges, from the balance engine
 * (src/balance/report.ts on the graph of src/balance/edges.ts). Runs in the
 * balance worker (balance-worker.mjs), so the HTTP server never blocks on it.
 */
import type { SignedEdge } from '../model/types.ts';
import { fromSignedEdges } from '../balance/edges.ts';
import { balanceReport, EXACT_EDGE_LIMIT, type BalanceReport } from '../balance/report.ts';

export interface ReportOptions {
  predict?: [string, string][];
  /** Seconds the exact frustration solver may use before returning its best bound. */
  timeLimit?: number;
}

export async function computeReport(edges: SignedEdge[], opts: ReportOptions = {}): Promise<BalanceReport> {
  const signed = edges.filter((e) => e.sign !== 0);
  return balanceReport(fromSignedEdges(signed), {
    exact: signed.length <= EXACT_EDGE_LIMIT,
    timeLimit: opts.timeLimit ?? 3,
    predict: opts.predict ?? [],
  });
}
