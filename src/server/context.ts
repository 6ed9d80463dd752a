/**
 * What every route module receives: the dataset, cached balance reports, and
 * the limits the server enforces.
 */
import type { Dataset, Level, Network } from './dataset.ts';
import { Lru } from './cache.ts';
import { report } from './analysis.ts';
import { HttpError } from './errors.ts';

export interface Limits {
  /** Largest JSON body accepted by POST endpoints other than /api/code (bytes). */
  body: number;
  /** Largest text accepted by POST /api/code (characters), and its body cap (bytes). */
  codeText: number;
  codeBody: number;
}

export const DEFAULT_LIMITS: Limits = { body: 64 * 1024, codeText: 100_000, codeBody: 512 * 1024 };

export interface ServerContext {
  dataset: Dataset;
  limits: Limits;
  /** The network of a window, or a 404 naming the window. */
  network(window: string, level: Level): Promise<Network>;
  /** The balance report of a window (cached per dataset version). */
  balance(window: string, level: Level): Promise<any>;
  /** The report if it has already been computed, else null (never starts the computation). */
  balanceIfReady(window: string, level: Level): any | null;
  /** Forget cached reports (after new text was stored). */
  invalidate(): void;
}

export function createContext(dataset: Dataset, limits: Partial<Limits> = {}): ServerContext {
  const reports = new Lru<any>(256);
  const network = async (window: string, level: Level) => {
    const net = await dataset.network(window, level);
    if (!net) throw new HttpError(404, `window: no window '${window}' in this database (see /api/windows)`);
    return net;
  };
  return {
    dataset,
    limits: { ...DEFAULT_LIMITS, ...limits },
    network,
    balance: (window, level) => reports.get(`${window}|${level}`, async () => report((await network(window, level)).edges)),
    balanceIfReady: (window, level) => reports.peek(`${window}|${level}`) ?? null,
    invalidate: () => reports.clear(),
  };
}
