/**
 * Frustration index (line index of balance; Harary 1959; Aref, Mason & Wilson 2018/2020):
 * exact MILP and heuristic against published/computed oracles (Gahuku-Gama 7, Sampson
 * 16/17/12, Slovenian parties 2, COW windows from cow_reference_values.csv), against
 * brute force on random small graphs, and on edge cases (balanced, disconnected,
 * isolated nodes, time limit).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { shared, needsShared } from '../shared.ts';
import type { SignedGraph } from '../../src/balance/graph.ts';
import { frustration } from '../../src/balance/frustration.ts';
import { frustrationHeuristic, evaluateColouring, packingLowerBound, rng } from '../../src/balance/frustration/heuristic.ts';
import { frustrationExact, blocks } from '../../src/balance/frustration/exact.ts';
import type { FrustrationResult } from '../../src/balance/frustration/types.ts';

/** Undirected graph from rows (a, b, value): values on the same unordered pair are summed, sign kept, zero sums dropped. */
function graphFromRows(rows: [string, string, number][], extraNodes: string[] = []): SignedGraph {
  const id = new Map<string, number>(), labels: string[] = [];
  const ix = (s: string) => { let i = id.get(s); if (i === undefined) { i = labels.length; id.set(s, i); labels.push(s); } return i; };
  const sum = new Map<string, number>();
  for (const [a, b, w] of rows) {
    if (a === b) continue;
    const i = ix(a), j = ix(b);
    const key = i < j ? `${i} ${j}` : `${j} ${i}`;
    sum.set(key, (sum.get(key) ?? 0) + w);
  }
  for (const x of extraNodes) ix(x);
  const u: number[] = [], v: number[] = [], s: number[] = [];
  for (const [key, w] of sum) {
    if (w === 0) continue;
    const [a, b] = key.split(' ').map(Number);
    u.push(a); v.push(b); s.push(w > 0 ? 1 : -1);
  }
  return { labels, u: Int32Array.from(u), v: Int32Array.from(v), sign: Int8Array.from(s), weight: new Float64Array(u.length).fill(1) };
}

/** Minimal Pajek reader: *Vertices, then *Arcs / *Edges lines "i j w". */
function readPajek(file: string): SignedGraph {
  const rows: [string, string, number][] = [];
  let section = '';
  for (const raw of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('*')) { section = line.toLowerCase(); continue; }
    if (section.startsWith('*arcs') || section.startsWith('*edges')) {
      const [a, b, w] = line.split(/\s+/);
      rows.push([a, b, Number(w)]);
    }
  }
  return graphFromRows(rows);
}

function readCsv(file: string): [string, string, number][] {
  return readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter(Boolean).map((l) => { const f = l.split(','); return [f[0], f[1], Number(f[2])]; });
}

function bruteForce(g: SignedGraph): number {
  const n = g.labels.length;
  let best = Infinity;
  const c = new Int8Array(n);
  for (let mask = 0; mask < 1 << Math.max(0, n - 1); mask++) {
    for (let i = 0; i < n; i++) c[i] = i === 0 ? 1 : (mask >> (i - 1)) & 1 ? -1 : 1;
    best = Math.min(best, evaluateColouring(g, c).value);
  }
  return best;
}

function randomGraph(n: number, p: number, pNeg: number, seed: number): SignedGraph {
  const r = rng(seed);
  const rows: [string, string, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (r() < p) rows.push([`v${i}`, `v${j}`, r() < pNeg ? -1 : 1]);
  return graphFromRows(rows, Array.from({ length: n }, (_, i) => `v${i}`));
}

/** The result is internally consistent: colour gives `value`, `frustrated` marks exactly those edges. */
function assertConsistent(g: SignedGraph, r: FrustrationResult) {
  assert.equal(r.colour.length, g.labels.length);
  assert.ok(r.colour.every((c) => c === 1 || c === -1), 'colour is ±1');
  const ev = evaluateColouring(g, r.colour);
  assert.equal(ev.value, r.value, 'colouring yields the reported value');
  assert.deepEqual([...r.frustrated], [...ev.frustrated]);
  assert.ok(r.lowerBound <= r.value);
  assert.equal(r.optimal, r.optimal && r.lowerBound === r.value);
  assert.ok(Math.abs(r.gap - (r.value - r.lowerBound) / Math.max(r.value, 1)) < 1e-12);
}

test('Gahuku-Gama highland tribes: exact 7 (proven), heuristic 7', needsShared('data/signed/highland_tribes_gahuku_gama.csv'), async () => {
  const g = graphFromRows(readCsv(shared('data/signed/highland_tribes_gahuku_gama.csv')!));
  assert.equal(g.u.length, 58);
  const x = await frustration(g, { exact: true });
  assertConsistent(g, x);
  assert.equal(x.value, 7); assert.equal(x.optimal, true); assert.equal(x.lowerBound, 7);
  const h = await frustration(g);
  assertConsistent(g, h);
  assert.equal(h.value, 7);
  assert.match(h.method, /heuristic/);
});

for (const [file, expected] of [['GAMA.NET', 7], ['SAM_AFF2.NET', 16], ['SAM_AFF3.NET', 17], ['SAM_AFF4.NET', 12], ['STRANKE.NET', 2]] as const) {
  test(`Pajek ${file}: exact ${expected} proven, heuristic equal`, needsShared(`data/signed/pajek_sigdata/${file}`), async () => {
    const g = readPajek(shared(`data/signed/pajek_sigdata/${file}`)!);
    const x = await frustrationExact(g, { timeLimit: 10 });
    assertConsistent(g, x);
    assert.equal(x.value, expected); assert.ok(x.optimal);
    const h = frustrationHeuristic(g, { timeLimit: 2 });
    assertConsistent(g, h);
    assert.equal(h.value, expected);
  });
}

test('COW windows: exact equals the reference values (proven), heuristic equal', needsShared('data/signed/cow_signed_windows_1946_1999.csv'), async () => {
  const ref = new Map<string, number>();
  for (const l of readFileSync(shared('data/signed/cow_reference_values.csv')!, 'utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
    const f = l.split(','); ref.set(f[0], Number(f[7]));
  }
  const byWin = new Map<string, [string, string, number][]>();
  for (const l of readFileSync(shared('data/signed/cow_signed_windows_1946_1999.csv')!, 'utf8').split(/\r?\n/).slice(1).filter(Boolean)) {
    const [w, a, b, s] = l.split(',');
    if (!byWin.has(w)) byWin.set(w, []);
    byWin.get(w)!.push([a, b, Number(s)]);
  }
  // 46-49: 3 components; 89-92: 4 components; 51-54, 75-78, 77-80: need the MILP (packing bound not tight)
  for (const w of ['46-49', '51-54', '75-78', '77-80', '89-92']) {
    const g = graphFromRows(byWin.get(w)!);
    const x = await frustrationExact(g, { timeLimit: 20, seed: 3 });
    assertConsistent(g, x);
    assert.equal(x.value, ref.get(w), `window ${w}`);
    assert.ok(x.optimal, `window ${w} proven`);
    const h = frustrationHeuristic(g, { timeLimit: 2 });
    assertConsistent(g, h);
    assert.equal(h.value, ref.get(w), `heuristic, window ${w}`);
  }
});

test('random small graphs: exact and heuristic equal brute force', async () => {
  for (let s = 1; s <= 6; s++) {
    const g = randomGraph(16 + (s % 3), 0.45, 0.4, s);
    const bf = bruteForce(g);
    const x = await frustrationExact(g, { timeLimit: 10, seed: s });
    assertConsistent(g, x);
    assert.equal(x.value, bf, `exact, seed ${s}`); assert.ok(x.optimal);
    const h = frustrationHeuristic(g, { seed: s });
    assertConsistent(g, h);
    assert.equal(h.value, bf, `heuristic, seed ${s}`);
    assert.ok(packingLowerBound(g) <= bf, 'packing bound is a lower bound');
  }
});

test('a balanced graph has frustration 0 (both solvers, proven)', async () => {
  const r = rng(5);
  const side = Array.from({ length: 60 }, () => (r() < 0.4 ? -1 : 1));
  const rows: [string, string, number][] = [];
  for (let i = 0; i < 60; i++) for (let j = i + 1; j < 60; j++) if (r() < 0.2) rows.push([`n${i}`, `n${j}`, side[i] * side[j]]);
  const g = graphFromRows(rows);
  for (const res of [frustrationHeuristic(g), await frustrationExact(g)]) {
    assertConsistent(g, res);
    assert.equal(res.value, 0); assert.ok(res.optimal);
    // the colouring recovers the planted sides up to a global switch
    const idx = (lab: string) => Number(lab.slice(1));
    const flip = res.colour[0] * side[idx(g.labels[0])];
    assert.ok(g.labels.every((lab, i) => res.colour[i] * flip === side[idx(lab)]));
  }
});

test('disconnected graphs, isolated nodes, bridges and cut vertices', async () => {
  // two unbalanced triangles sharing node c (a cut vertex), a negative bridge to a
  // balanced square, a separate unbalanced triangle, a lone edge and an isolated node
  const rows: [string, string, number][] = [
    ['a', 'b', -1], ['b', 'c', -1], ['a', 'c', -1],
    ['c', 'd', 1], ['d', 'e', 1], ['c', 'e', -1],
    ['e', 'f', -1],
    ['f', 'g', 1], ['g', 'h', -1], ['h', 'i', 1], ['i', 'f', -1],
    ['p', 'q', 1], ['q', 'r', 1], ['p', 'r', -1],
    ['x', 'y', -1],
  ];
  const g = graphFromRows(rows, ['lonely']);
  const { count } = blocks(g);
  assert.equal(count, 6); // abc, cde, bridge ef, square fghi, pqr, lone edge xy (none for the isolated node)
  for (const res of [frustrationHeuristic(g), await frustrationExact(g)]) {
    assertConsistent(g, res);
    assert.equal(res.value, 3); assert.ok(res.optimal);
  }
  // empty graph
  const empty: SignedGraph = { labels: ['only'], u: new Int32Array(0), v: new Int32Array(0), sign: new Int8Array(0), weight: new Float64Array(0) };
  const e = await frustrationExact(empty);
  assert.equal(e.value, 0); assert.equal(e.colour.length, 1); assert.ok(e.optimal);
});

test('exact solver honours the time limit and reports a valid lower bound', async () => {
  // random sparse signed graph with random signs: far from balanced, not provable in 1 s
  const r = rng(11);
  const n = 600, rows: [string, string, number][] = [];
  for (let i = 0; i < n; i++) for (let k = 0; k < 4; k++) {
    const j = Math.floor(r() * n);
    if (j !== i) rows.push([`v${i}`, `v${j}`, r() < 0.5 ? 1 : -1]);
  }
  const g = graphFromRows(rows);
  const t = performance.now();
  const x = await frustrationExact(g, { timeLimit: 1 });
  const secs = (performance.now() - t) / 1000;
  assertConsistent(g, x);
  assert.equal(x.optimal, false);
  assert.ok(x.lowerBound < x.value && x.gap > 0);
  assert.ok(secs < 1 + 1.5, `took ${secs.toFixed(2)} s for a 1 s limit`);
  const h = frustrationHeuristic(g, { timeLimit: 0.3 });
  assert.ok(h.seconds < 0.3 + 0.5);
  assertConsistent(g, h);
});

test('heuristic is deterministic for a seed', () => {
  const g = randomGraph(80, 0.1, 0.5, 9);
  const a = frustrationHeuristic(g, { seed: 4 }), b = frustrationHeuristic(g, { seed: 4 });
  assert.equal(a.value, b.value);
  assert.deepEqual([...a.colour], [...b.colour]);
});
