// Worker thread for balance reports: the exact frustration solver can run for
// seconds, and the HTTP server's event loop must stay free meanwhile. Loads the
// TypeScript sources through tsx, then answers {id, edges, opts} messages with
// {id, report} or {id, error}.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { computeReport } = await import('./analysis-core.ts');

parentPort.on('message', async ({ id, edges, opts }) => {
  try {
    parentPort.postMessage({ id, report: await computeReport(edges, opts) });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e), status: e?.status });
  }
});
parentPort.postMessage({ ready: true });
