/**
 * Start the API and UI on a database (or an edge-list file): the one function
 * `entente serve`, `entente demo`, the tests and the benchmarks call.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../store/db.ts';
import { createApp, listen, type Running } from './app.ts';
import type { Limits } from './context.ts';
import type { Dataset } from './dataset.ts';
import { storeDataset } from './store-dataset.ts';
import { stopBalanceWorker } from './analysis.ts';
import { edgesDataset, readWindowEdges } from './edges-dataset.ts';

export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface StartOptions {
  db?: string;
  /** Serve a `window,from,to,sign` edge-list file instead of a database. */
  edges?: string;
  host?: string;
  port?: number;
  period?: string;
  limits?: Partial<Limits>;
  webRoot?: string | null;
}

export interface Started extends Running {
  dataset: Dataset;
  store: Store | null;
  stop(): Promise<void>;
}

const isLoopback = (h: string) => h === '127.0.0.1' || h === 'localhost' || h === '::1' || h.startsWith('127.');

export async function startServer(opts: StartOptions): Promise<Started> {
  let store: Store | null = null;
  let dataset: Dataset;
  if (opts.edges) {
    dataset = edgesDataset(opts.edges, readWindowEdges(opts.edges));
  } else {
    store = await openStore(opts.db);
    dataset = await storeDataset(store, { period: opts.period });
  }
  const host = opts.host ?? '127.0.0.1';
  const webRoot = opts.webRoot !== undefined ? opts.webRoot : existsSync(WEB_DIST + 'index.html') ? WEB_DIST : null;
  const { app } = createApp(dataset, { webRoot, limits: opts.limits, allowedHosts: isLoopback(host) ? undefined : [] });
  const running = await listen(app, host, opts.port ?? 0);
  // warm up: the layout over all windows is computed once, before the address is
  // given out, so that the first page load does not wait for it
  await Promise.resolve(app.request('/api/layout?level=country', { headers: { host: '127.0.0.1' } })).catch(() => {});
  return {
    ...running,
    dataset,
    store,
    async stop() {
      await running.close();
      stopBalanceWorker();
      store?.close();
    },
  };
}
