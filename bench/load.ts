/**
 * Load benchmark: 100 concurrent clients on loopback for 30 s against the
 * network and evidence (dyad) endpoints of `entente serve`, run as its own
 * process. The database: the demo corpus coded by `entente demo --no-serve`
 * when the coder is available, plus the GDELT 2.0 sample from ../shared.
 * Each client loops (bounded by the deadline) over the windows' networks and
 * the dyads of their edges. Prints requests/s, errors and latency percentiles;
 * writes bench/results/load.json. Run: npx tsx bench/load.ts [--clients 100] [--seconds 30]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT, shared } from '../test/shared.ts';

const { values } = parseArgs({ options: { clients: { type: 'string', default: '100' }, seconds: { type: 'string', default: '30' } } });
const CLIENTS = Math.max(1, Math.min(1000, Number(values.clients)));
const SECONDS = Math.max(1, Math.min(600, Number(values.seconds)));

const dir = mkdtempSync(join(tmpdir(), 'entente-load-'));
const db = join(dir, 'load.duckdb');
const entente = (...args: string[]) => spawnSync(process.execPath, ['bin/entente.js', ...args], { cwd: ROOT, encoding: 'utf8' });
const sources: string[] = [];
const demo = entente('demo', '--no-serve', '--db', db);
if (demo.status === 0) sources.push('demo corpus');
else console.error(`bench/load: demo corpus not coded (${demo.stderr.trim().split('\n')[0]})`);
const gdelt = shared('data/events/gdelt2_20191024143000.export.CSV');
if (gdelt && entente('import', 'gdelt', gdelt, '--db', db).status === 0) sources.push('GDELT 2.0 sample');
if (!sources.length) {
  console.error('bench/load: no data (neither the coder nor ../shared is available)');
  process.exit(1);
}

const server = spawn(process.execPath, ['bin/entente.js', 'serve', '--db', db, '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise<string>((resolve, reject) => {
  let out = '';
  server.stdout!.on('data', (d) => {
    out += d;
    const m = out.match(/http:\/\/[^\s/]+/);
    if (m) resolve(m[0]);
  });
  server.once('exit', (c) => reject(new Error(`server exited with ${c}`)));
});

try {
  const get = async (path: string) => {
    const r = await fetch(base + path);
    if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<any>;
  };
  const { windows } = await get('/api/windows');
  const urls: { kind: 'network' | 'dyad'; path: string }[] = [];
  for (const w of windows) {
    for (const level of ['country', 'actor']) {
      urls.push({ kind: 'network', path: `/api/network?window=${encodeURIComponent(w.id)}&level=${level}` });
      const net = await get(`/api/network?window=${encodeURIComponent(w.id)}&level=${level}`);
      for (const e of net.edges.slice(0, 40)) urls.push({ kind: 'dyad', path: `/api/dyad?a=${encodeURIComponent(e.a)}&b=${encodeURIComponent(e.b)}&window=${encodeURIComponent(w.id)}&level=${level}` });
    }
  }
  console.log(`bench/load: ${sources.join(' + ')}; ${windows.length} windows, ${urls.length} distinct URLs; ${CLIENTS} clients for ${SECONDS} s`);

  const lat: Record<string, number[]> = { network: [], dyad: [] };
  let errors = 0, bytes = 0;
  const firstErrors: string[] = [];
  const deadline = performance.now() + SECONDS * 1000;
  const client = async (id: number) => {
    let i = id * 7;
    while (performance.now() < deadline) {
      const u = urls[i++ % urls.length];
      const t = performance.now();
      try {
        const r = await fetch(base + u.path);
        const body = await r.arrayBuffer();
        bytes += body.byteLength;
        if (r.status !== 200) throw new Error(`${r.status} ${u.path}`);
        lat[u.kind].push(performance.now() - t);
      } catch (e) {
        errors++;
        if (firstErrors.length < 5) firstErrors.push((e as Error).message);
      }
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
  const secs = (performance.now() - t0) / 1000;

  const pct = (xs: number[], p: number) => {
    if (!xs.length) return null;
    const s = [...xs].sort((a, b) => a - b);
    return +s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1);
  };
  const all = [...lat.network, ...lat.dyad];
  const summary = (xs: number[]) => ({ requests: xs.length, p50: pct(xs, 0.5), p95: pct(xs, 0.95), p99: pct(xs, 0.99), max: pct(xs, 1) });
  const result = {
    date: new Date().toISOString(), data: sources, clients: CLIENTS, seconds: +secs.toFixed(1), urls: urls.length,
    requests: all.length, errors, requestsPerSecond: +(all.length / secs).toFixed(0), megabytes: +(bytes / 1e6).toFixed(1),
    latencyMs: { all: summary(all), network: summary(lat.network), dyad: summary(lat.dyad) }, firstErrors,
  };
  console.log(`${result.requests} requests in ${result.seconds} s (${result.requestsPerSecond}/s), ${errors} errors`);
  for (const [k, v] of Object.entries(result.latencyMs)) console.log(`  ${k.padEnd(8)} ${String(v.requests).padStart(7)} requests  p50 ${v.p50} ms  p95 ${v.p95} ms  p99 ${v.p99} ms  max ${v.max} ms`);
  if (firstErrors.length) console.log('  first errors:', firstErrors);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/load.json'), JSON.stringify(result, null, 2) + '\n');
  console.log('wrote bench/results/load.json');
  if (errors) process.exitCode = 1;
} finally {
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
