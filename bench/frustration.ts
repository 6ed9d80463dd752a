/**
 * Benchmark of the frustration index (line index of balance: the least number of
 * edges whose sign change makes a signed graph balanced — Harary 1959; computed as in
 * Aref, Mason & Wilson 2018/2020, "Computing the line index of balance using linear
 * programming optimisation" / "A modeling and computational study of the frustration
 * index in signed networks"), exact (HiGHS MILP) and heuristic, on:
 *   - the 51 Correlates-of-War windows (Doreian & Mrvar) with their reference values,
 *   - Bitcoin Alpha / Bitcoin OTC / wiki-Elec largest connected components,
 *   - the graphB+ sample graph,
 *   - a generated 1,000,000-edge graph with a planted 3-bloc structure and 5% flipped signs.
 * Data: ../shared/data/signed (see its README.md).
 *
 * Run: npx tsx bench/frustration.ts [--only cow,alpha,otc,wiki,graphb,planted] [--exact-limit s]
 * Writes bench/results/frustration.json.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SignedGraph } from '../src/balance/graph.ts';
import { frustrationHeuristic, evaluateColouring, rng } from '../src/balance/frustration/heuristic.ts';
import { frustrationExact } from '../src/balance/frustration/exact.ts';
import type { FrustrationResult } from '../src/balance/frustration/types.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.ENTENTE_SHARED ?? resolve(ROOT, '..', 'shared');
const DATA = resolve(SHARED, 'data/signed');

/** Build a graph from integer-indexed undirected edges (a ≠ b, each pair once). */
function build(n: number, labels: string[] | null, us: number[], vs: number[], ss: number[]): SignedGraph {
  const m = us.length;
  const u = new Int32Array(m), v = new Int32Array(m), sign = new Int8Array(m);
  for (let e = 0; e < m; e++) { u[e] = Math.min(us[e], vs[e]); v[e] = Math.max(us[e], vs[e]); sign[e] = ss[e] > 0 ? 1 : -1; }
  return { labels: labels ?? Array.from({ length: n }, (_, i) => String(i)), u, v, sign, weight: new Float64Array(m).fill(1) };
}

/**
 * Undirected signed graph from directed/duplicated rows: sign(value) per row, rows on the
 * same unordered pair merged; pairs with conflicting signs dropped; self-loops and zero
 * values dropped; optionally restricted to the largest connected component.
 */
export function pairsToGraph(rows: Iterable<[string, string, number]>, lcc: boolean): { g: SignedGraph; conflicts: number } {
  const id = new Map<string, number>();
  const labels: string[] = [];
  const pair = new Map<string, number>(); // key → sign (0 = conflicting)
  const ix = (s: string) => { let i = id.get(s); if (i === undefined) { i = labels.length; id.set(s, i); labels.push(s); } return i; };
  for (const [a, b, w] of rows) {
    if (a === b || !w) continue;
    const i = ix(a), j = ix(b);
    const key = i < j ? `${i},${j}` : `${j},${i}`;
    const s = w > 0 ? 1 : -1;
    const old = pair.get(key);
    if (old === undefined) pair.set(key, s);
    else if (old !== s) pair.set(key, 0);
  }
  let conflicts = 0;
  const us: number[] = [], vs: number[] = [], ss: number[] = [];
  for (const [key, s] of pair) {
    if (s === 0) { conflicts++; continue; }
    const c = key.indexOf(',');
    us.push(+key.slice(0, c)); vs.push(+key.slice(c + 1)); ss.push(s);
  }
  let g = build(labels.length, labels, us, vs, ss);
  if (lcc) g = largestComponent(g);
  return { g, conflicts };
}

export function largestComponent(g: SignedGraph): SignedGraph {
  const n = g.labels.length, m = g.u.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number) => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; };
  for (let e = 0; e < m; e++) { const a = find(g.u[e]), b = find(g.v[e]); if (a !== b) parent[a] = b; }
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[find(i)]++;
  let root = 0;
  for (let i = 0; i < n; i++) if (size[i] > size[root]) root = i;
  const map = new Int32Array(n).fill(-1);
  const labels: string[] = [];
  for (let i = 0; i < n; i++) if (find(i) === root) { map[i] = labels.length; labels.push(g.labels[i]); }
  const us: number[] = [], vs: number[] = [], ss: number[] = [];
  for (let e = 0; e < m; e++) if (map[g.u[e]] >= 0) { us.push(map[g.u[e]]); vs.push(map[g.v[e]]); ss.push(g.sign[e]); }
  return build(labels.length, labels, us, vs, ss);
}

function* csvRows(file: string, header: boolean, signCol = 2): Generator<[string, string, number]> {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  for (let k = header ? 1 : 0; k < lines.length; k++) {
    const line = lines[k].trim();
    if (!line) continue;
    const f = line.split(',').map((x) => x.trim());
    yield [f[0], f[1], Number(f[signCol])];
  }
}

export function loadCow(): Map<string, SignedGraph> {
  const byWin = new Map<string, [string, string, number][]>();
  for (const [w, a, b, s] of readFileSync(resolve(DATA, 'cow_signed_windows_1946_1999.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => l.split(','))) {
    if (!byWin.has(w)) byWin.set(w, []);
    byWin.get(w)!.push([a, b, Number(s)]);
  }
  const out = new Map<string, SignedGraph>();
  for (const [w, rows] of byWin) out.set(w, pairsToGraph(rows, false).g);
  return out;
}

/**
 * Planted 3-bloc graph: n nodes in blocs 0, 1, 2; m distinct random edges, positive inside
 * a bloc, blocs 0 and 1 allied (positive) and both hostile to bloc 2 (negative) — a
 * balanced structure, so the planted two-colouring frustrates exactly the flipped edges;
 * then a `flip` fraction of signs is flipped. (Three mutually hostile blocs would not be
 * balanced in Harary's sense: a two-colouring must then frustrate about a third of the
 * negative edges, and "≤ planted flips" would be unattainable.)
 */
export function planted(n: number, m: number, flip: number, seed: number): { g: SignedGraph; flips: number } {
  const rand = rng(seed);
  const bloc = new Int8Array(n);
  for (let i = 0; i < n; i++) bloc[i] = Math.floor(rand() * 3);
  const seen = new Set<number>();
  const u = new Int32Array(m), v = new Int32Array(m), sign = new Int8Array(m);
  let e = 0, flips = 0;
  while (e < m) {
    let a = Math.floor(rand() * n), b = Math.floor(rand() * n);
    if (a === b) continue;
    if (a > b) { const t = a; a = b; b = t; }
    const key = a * n + b;
    if (seen.has(key)) continue;
    seen.add(key);
    let s = (bloc[a] === 2) === (bloc[b] === 2) ? 1 : -1;
    if (rand() < flip) { s = -s; flips++; }
    u[e] = a; v[e] = b; sign[e] = s as -1 | 1; e++;
  }
  return { g: { labels: Array.from({ length: n }, (_, i) => `n${i}`), u, v, sign, weight: new Float64Array(m).fill(1) }, flips };
}

interface Row { graph: string; n: number; m: number; reference: string; method: string; value: number; lowerBound: number; proven: boolean; seconds: number; peakRssMB?: number; note?: string }

function check(g: SignedGraph, r: FrustrationResult) {
  const ev = evaluateColouring(g, r.colour);
  if (ev.value !== r.value) throw new Error(`colouring gives ${ev.value}, result says ${r.value}`);
}

async function main() {
  const args = process.argv.slice(2);
  const onlyArg = args.indexOf('--only');
  const only = onlyArg >= 0 ? new Set(args[onlyArg + 1].split(',')) : null;
  const el = args.indexOf('--exact-limit');
  const exactLimit = el >= 0 ? Number(args[el + 1]) : 600;
  const want = (k: string) => !only || only.has(k);
  if (!existsSync(DATA)) { console.log(`${DATA} is absent: third-party test data not available; nothing to benchmark`); return; }
  const rows: Row[] = [];
  const out = resolve(ROOT, 'bench/results/frustration.json');
  const prev: Row[] = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')).rows ?? [] : [];
  const push = (r: Row) => {
    rows.push(r);
    console.log([r.graph.padEnd(22), String(r.n).padStart(7), String(r.m).padStart(8), r.method.padEnd(9), String(r.value).padStart(7), String(r.lowerBound).padStart(7), (r.proven ? 'yes' : 'no').padEnd(4), r.seconds.toFixed(2).padStart(8), r.reference.padEnd(10), r.peakRssMB ? `${r.peakRssMB} MB` : '', r.note ?? ''].join(' '));
  };
  console.log(['graph'.padEnd(22), 'n'.padStart(7), 'm'.padStart(8), 'method'.padEnd(9), 'value'.padStart(7), 'lower'.padStart(7), 'opt?', 'seconds'.padStart(8), 'reference'].join(' '));

  const runBoth = async (name: string, g: SignedGraph, reference: string, heurLimit: number, exLimit: number, doExact = true) => {
    const h = frustrationHeuristic(g, { timeLimit: heurLimit, seed: 1 });
    check(g, h);
    push({ graph: name, n: g.labels.length, m: g.u.length, reference, method: 'heuristic', value: h.value, lowerBound: h.lowerBound, proven: h.optimal, seconds: h.seconds, note: h.optimal ? 'proven by cycle packing' : undefined });
    if (!doExact) return { h };
    const x = await frustrationExact(g, { timeLimit: exLimit, seed: 1 });
    check(g, x);
    push({ graph: name, n: g.labels.length, m: g.u.length, reference, method: 'exact', value: x.value, lowerBound: x.lowerBound, proven: x.optimal, seconds: x.seconds });
    return { h, x };
  };

  if (want('cow')) {
    const ref = new Map<string, number>();
    for (const l of readFileSync(resolve(DATA, 'cow_reference_values.csv'), 'utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
      const f = l.split(','); ref.set(f[0], Number(f[7]));
    }
    let ok = 0, heurOk = 0, tEx = 0, tH = 0;
    for (const [w, g] of loadCow()) {
      const { h, x } = await runBoth(`cow ${w}`, g, String(ref.get(w)), 1, 60);
      tEx += x!.seconds; tH += h.seconds;
      if (x!.optimal && x!.value === ref.get(w)) ok++;
      if (h.value === ref.get(w)) heurOk++;
    }
    console.log(`COW: exact proven and equal to reference in ${ok}/51 windows (total ${tEx.toFixed(1)} s); heuristic equal in ${heurOk}/51 (total ${tH.toFixed(1)} s)`);
  }
  if (want('alpha')) {
    const { g } = pairsToGraph(csvRows(resolve(DATA, 'soc-sign-bitcoinalpha.csv'), false), true);
    await runBoth('bitcoin-alpha LCC', g, '720', 1, exactLimit);
  }
  if (want('otc')) {
    const { g } = pairsToGraph(csvRows(resolve(DATA, 'soc-sign-bitcoinotc.csv'), false), true);
    await runBoth('bitcoin-otc LCC', g, '<=1298', 2, exactLimit);
  }
  if (want('wiki')) {
    const { g } = pairsToGraph(csvRows(resolve(DATA, 'wiki_elec_edges.csv'), true), true);
    await runBoth('wiki-elec LCC', g, '?', 5, exactLimit, args.includes('--wiki-exact'));
  }
  if (want('graphb')) {
    const { g } = pairsToGraph(csvRows(resolve(DATA, 'graphBplus_sample_graph.csv'), true), false);
    await runBoth('graphB+ sample', g, '928', 1, exactLimit);
  }
  if (want('planted')) {
    const { g, flips } = planted(100_000, 1_000_000, 0.05, 7);
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
    const t0 = performance.now();
    let bestAt = 0, bestV = Infinity;
    const h = frustrationHeuristic(g, { timeLimit: 30, seed: 1, onProgress: (i) => { if (i.value < bestV) { bestV = i.value; bestAt = (performance.now() - t0) / 1000; } } });
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss, Number(process.resourceUsage().maxRSS) * 1024);
    check(g, h);
    push({ graph: 'planted 3-bloc 1M', n: g.labels.length, m: g.u.length, reference: `flips ${flips}`, method: 'heuristic', value: h.value, lowerBound: h.lowerBound, proven: h.optimal, seconds: h.seconds, peakRssMB: Math.round(peak / 2 ** 20), note: `${h.value <= flips ? '<= planted flips' : 'ABOVE planted flips'}; best value first reached at ${bestAt.toFixed(1)} s` });
  }

  // merge with previous results for graphs not rerun
  const key = (r: Row) => `${r.graph}|${r.method}`;
  const keys = new Set(rows.map(key));
  const merged = [...prev.filter((r) => !keys.has(key(r))), ...rows];
  mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows: merged }, null, 2) + '\n');
  console.log(`wrote ${out}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
