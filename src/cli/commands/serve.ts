/**
 * `entente serve`: the HTTP API and web UI on 127.0.0.1 (loopback unless --host says otherwise).
 */
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse } from '../args.ts';

const usage = `Usage: entente serve [--db FILE] [--port N] [--host 127.0.0.1] [--window quarter]

Serve the HTTP API (/api/…, see docs/api.md) and the web UI (web/dist, built by npm run build:web).

  --db FILE        database (default ./entente.duckdb)
  --edges FILE     serve a window,from,to,sign edge list instead of a database
  --port N         port (default 8080; 0 picks a free one)
  --host HOST      address to bind (default 127.0.0.1; anything else exposes the API to the network)
  --window PERIOD  week | month | quarter | year, or a count of them (6month); default quarter`;

export function port(value: string | undefined, dflt: number): number {
  if (value === undefined) return dflt;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port must be an integer 0–65535, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** A window length src/network understands: week, month, quarter, year, or N of them (3month). */
export function period(value: string | undefined, dflt: string): string {
  if (value === undefined) return dflt;
  if (!/^([1-9]\d{0,2})?(week|month|quarter|year)$/.test(value)) throw new UsageError(`--window must be week, month, quarter or year (optionally with a count: 3month), got ${JSON.stringify(value)}`);
  return value;
}

const serve: Command = {
  summary: 'HTTP API and web UI on 127.0.0.1',
  usage,
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, edges: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, window: { type: 'string' } }, false);
    const { startServer } = await import('../../server/start.ts');
    const host = values.host ?? '127.0.0.1';
    const s = await startServer({ db: values.db, edges: values.edges, host, port: port(values.port, 8080), period: period(values.window, 'quarter') });
    if (!['127.0.0.1', 'localhost', '::1'].includes(host)) console.error(`entente serve: warning: bound to ${host}; the API is reachable from the network`);
    console.log(`entente: serving ${s.dataset.name} at ${s.url}/`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await s.stop();
    return 0;
  },
};
export default serve;
