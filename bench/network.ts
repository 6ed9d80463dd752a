/**
 * Network benchmark: the event → dyad-window aggregation (src/network/sql.ts,
 * run by DuckDB) on ~1,000,000 GDELT 2.0 events: the 2,111-row sample imported
 * once, then copied with fresh ids and dates spread over 12 months. Times
 * buildNetworks (monthly, country level) for each de-duplication filter, a
 * weekly and a sliding window, and the polarity contradictions; prints rows/s
 * and writes bench/results/network.json. Run: npx tsx bench/network.ts [--rows N]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/db.ts';
import gdelt from '../src/store/importers/gdelt.ts';
import { buildNetworks, type NetworkOptions } from '../src/network/build.ts';
import { findContradictions } from '../src/network/contradictions.ts';
import { ROOT, shared } from '../test/shared.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '1000000' } } });
const target = Math.max(10_000, Math.min(5_000_000, Number(values.rows)));
const sample = shared('data/events/gdelt2_20191024143000.export.CSV');
if (!sample) {
  console.error('bench/network: ../shared/data/events/gdelt2_20191024143000.export.CSV is absent');
  process.exit(1);
}
const store = await openStore(':memory:');
await gdelt.run(store, [sample], { json: true });
const copies = Math.ceil(target / 2111) - 1;
// copy k keeps the row's actors, codes and URL; date moved by k mod 365 days, so that windows fill up
await store.con.run(`INSERT INTO events (id, origin, date, source, target, source_name, target_name, code, root, goldstein, quad, file, row_number, url, mentions, sources)
  SELECT e.id || ':' || k, origin, date + CAST(k % 365 AS INTEGER), source, target, source_name, target_name, code, root, goldstein, quad, file, row_number, url, mentions, sources
  FROM events e, range(1, ${copies + 1}) r(k)`);
const rows = Number((await store.con.runAndReadAll('SELECT count(*) FROM events')).getRows()[0][0]);
console.log(`bench/network: ${rows.toLocaleString('en')} events`);

const results: Record<string, { seconds: number; rowsPerSec: number; windows: number; dyads: number; events: number }> = {};
async function time(label: string, opts: NetworkOptions) {
  const t0 = performance.now();
  const nets = await buildNetworks(store, opts);
  const seconds = (performance.now() - t0) / 1000;
  const dyads = nets.windows.reduce((s, w) => s + w.edges.length, 0);
  const events = nets.windows.reduce((s, w) => s + w.edges.reduce((t, e) => t + e.events, 0), 0);
  results[label] = { seconds, rowsPerSec: rows / seconds, windows: nets.windows.length, dyads, events };
  console.log(`${label.padEnd(34)} ${seconds.toFixed(2).padStart(6)} s ${Math.round(rows / seconds).toLocaleString('en').padStart(12)} rows/s  ${nets.windows.length} windows, ${dyads} dyad-windows, ${events} events counted`);
}
await time('month country dedup none', { dedup: 'none' });
await time('month country dedup daily', { dedup: 'daily' });
await time('month country dedup sources', { dedup: 'sources' });
await time('week actor dedup daily', { window: 'week', level: 'actor' });
await time('3month step month country daily', { window: '3month', step: 'month' });
const t0 = performance.now();
const contra = await findContradictions(store, { kinds: ['polarity'], limit: 200 });
const cs = (performance.now() - t0) / 1000;
console.log(`${'contradictions (polarity, 200)'.padEnd(34)} ${cs.toFixed(2).padStart(6)} s  ${contra.length} pairs`);
const peak = process.resourceUsage().maxRSS / 1024;
console.log(`peak RSS ${peak.toFixed(0)} MB`);
store.close();
mkdirSync(ROOT + 'bench/results', { recursive: true });
writeFileSync(ROOT + 'bench/results/network.json', JSON.stringify({ date: new Date().toISOString(), rows, results, contradictions: { seconds: cs, pairs: contra.length }, peakRssMB: peak }, null, 2) + '\n');
