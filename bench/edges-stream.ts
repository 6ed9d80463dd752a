/**
 * Streaming input benchmark: a generated 10-million-line signed edge list (2,000
 * nodes, ≤ 40,000 distinct pairs, so nearly every line merges into a pair already
 * seen) read by readEdgeList (src/balance/edges.ts); prints time, lines per second and
 * peak RSS growth, which stays bounded by the merged graph, not the file.
 *
 *   npx tsx bench/edges-stream.ts [LINES]
 */
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const lines = Number(process.argv[2] ?? 10_000_000);
const p = join(tmpdir(), `entente-stream-${process.pid}.csv`);
const fd = openSync(p, 'w');
writeSync(fd, 'source,target,weight\n');
let s = 12345;
const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
for (let done = 0; done < lines; done += 100_000) {
  let buf = '';
  for (let i = 0; i < Math.min(100_000, lines - done); i++) {
    const a = Math.floor(rnd() * 200), b = 200 + Math.floor(rnd() * 200) * 9 + (a % 9);
    buf += `node${a},node${b},${(a + b) % 7 === 0 ? -1 : 1}\n`;
  }
  writeSync(fd, buf);
}
closeSync(fd);
const size = statSync(p).size;
// read in a fresh process so that its peak RSS reflects the reader alone
const child = (read: boolean) => {
  const code = `import { readEdgeList } from ${JSON.stringify(new URL('../src/balance/edges.ts', import.meta.url).href)};
const t0 = performance.now();
const r = ${read ? `await readEdgeList(${JSON.stringify(p)})` : 'null'};
console.log(JSON.stringify({ summary: r?.summary ?? null, secs: (performance.now() - t0) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024 }));`;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8', cwd: fileURLToPath(new URL('..', import.meta.url)) });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout.trim().split('\n').pop()!);
};
const idle = child(false), run = child(true);
rmSync(p);
const r = run.summary;
console.log(`${r.records} records (${(size / 2 ** 20).toFixed(0)} MB) → ${r.nodes} nodes, ${r.edges} edges in ${run.secs.toFixed(1)} s (${(r.records / run.secs / 1e6).toFixed(2)} M lines/s); peak RSS ${run.maxRssMB.toFixed(0)} MB (process without reading: ${idle.maxRssMB.toFixed(0)} MB)`);
