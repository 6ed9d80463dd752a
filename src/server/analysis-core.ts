/**
 * One balance report for a list of signed edges: the balance engine
 * (src/balance/report.ts on src/balance/edges.ts's graph) when it is part of
 * the checkout, else the server's fallback (fallback-balance.ts). Runs in the
 * balance worker (balance-worker.mjs), so the HTTP server never blocks on it.
 */
import type { SignedEdge } from '../model/types.ts';
import { fallbackReport } from './fallback-balance.ts';

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

export async function computeReport(edges: SignedEdge[], opts: ReportOptions = {}): Promise<any> {
  const signed = edges.filter((e) => e.sign !== 0);
  const eng = await balanceEngine();
  if (!eng) return fallbackReport(signed, opts.predict ?? []);
  return eng.balanceReport(eng.fromSignedEdges(signed), {
    exact: signed.length <= 3000,
    timeLimit: opts.timeLimit ?? 3,
    predict: opts.predict ?? [],
  });
}
