/**
 * Signed graph input (src/balance/edges.ts): formats, header detection, the merging
 * rule, bad input with FILE:LINE errors, components; the shared reference graphs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { components, fromGraphology, fromSignedEdges, largestComponent, readEdgeList } from '../../src/balance/edges.ts';
import { ROOT, needsShared, shared } from '../shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-edges-'));
let n = 0;
const file = (text: string, ext = 'csv') => { const p = join(dir, `f${n++}.${ext}`); writeFileSync(p, text); return p; };
const edgeSet = (g: { labels: string[]; u: Int32Array; v: Int32Array; sign: Int8Array }) =>
  [...g.u].map((_, e) => { const [a, b] = [g.labels[g.u[e]], g.labels[g.v[e]]].sort(); return `${a}|${b}|${g.sign[e]}`; }).sort();

test('header from,to,sign; source,target,weight; From Node ID style; headerless; TSV and whitespace', async () => {
  const expect = ['A|B|1', 'A|C|-1', 'B|C|-1'];
  for (const text of [
    'from,to,sign\nA,B,1\nB,C,-1\nA,C,-1\n',
    'Source,Target,Weight\nA,B,3\nB,C,-2\nA,C,-0.5\n',
    'From Node ID, To Node ID, Edge Weight\nA, B, 1\nB, C, -1\nA, C, -1\n',
    'A,B,1\nB,C,-1\nA,C,-1\n',
    'A,B,1,1407470400\nB,C,-1,1407470400\nA,C,-1,1407470400\n',
    'weight\tsource\ttarget\n1\tA\tB\n-1\tB\tC\n-1\tA\tC\n',
    '# comment\nA B +\nB  C -\nA C −1\n',
    '"from";"to";"sign"\nA;B;1\nB;C;-1\nA;C;-1\n',
  ]) {
    const r = await readEdgeList(file(text));
    assert.deepEqual(edgeSet(r.graph), expect, text);
  }
  const r = await readEdgeList(file('window,from,to,sign\n46-49,X,Y,-1\n'));
  assert.deepEqual(edgeSet(r.graph), ['X|Y|-1']);
  assert.deepEqual(r.summary.header, ['window', 'from', 'to', 'sign']);
});

test('merging rule: sign of summed weights; ambivalent pairs dropped by default or kept; duplicates and self-loops counted', async () => {
  const text = 'from,to,sign\nA,B,1\nB,A,1\nA,B,1\nC,D,2\nD,C,-1\nE,F,1\nF,E,-1\nG,G,1\nH,I,0\nA,C,-1\n';
  const d = await readEdgeList(file(text));
  assert.deepEqual(edgeSet(d.graph), ['A|B|1', 'A|C|-1']);
  assert.equal(d.graph.weight[0], 3);
  assert.equal(d.summary.selfLoops, 1);
  assert.equal(d.summary.zeroRecords, 1);
  assert.equal(d.summary.merged, 4); // A-B twice more, D-C, F-E
  assert.equal(d.summary.reciprocalPairs, 3);
  assert.equal(d.summary.ambivalentPairs, 2);
  assert.equal(d.summary.ambivalentDropped, 1); // C-D (E-F sums to 0)
  assert.equal(d.summary.zeroSumPairs, 1);
  const k = await readEdgeList(file(text), { ambivalent: 'keep' });
  assert.deepEqual(edgeSet(k.graph), ['A|B|1', 'A|C|-1', 'C|D|1']);
  assert.equal(k.summary.ambivalentKept, 1);
  assert.equal(k.summary.zeroSumPairs, 1);
});

test('bad input: unknown sign values name FILE:LINE; empty file; header only; missing sign column; missing file', async () => {
  const p = file('from,to,sign\nA,B,1\nB,C,friend\n');
  await assert.rejects(readEdgeList(p), (e: Error) => e.message.startsWith(`${p}:3:`) && /unknown sign value "friend"/.test(e.message));
  const q = file('A,B,1\nB,C,NaN\n');
  await assert.rejects(readEdgeList(q), new RegExp(`^Error: ${q}:2: unknown sign value`));
  const q2 = file('A,B,1\nB,C,\n');
  await assert.rejects(readEdgeList(q2), (e: Error) => e.message.startsWith(`${q2}:2:`));
  const e = file('');
  await assert.rejects(readEdgeList(e), /empty file/);
  await assert.rejects(readEdgeList(file('\n\n# nothing\n')), /empty file/);
  await assert.rejects(readEdgeList(file('from,to,sign\n')), /no edges/);
  await assert.rejects(readEdgeList(file('A,B\n')), /:1: expected at least 3 columns/);
  await assert.rejects(readEdgeList(join(dir, 'nope.csv')), /no such file/);
  const pj = file('*Vertices 2\n1 "a"\n2 "b"\n*Arcs\n1 2 x\n', 'net');
  await assert.rejects(readEdgeList(pj), new RegExp(`${pj}:5: unknown sign value`));
});

test('Pajek .NET: *Vertices with labels, *Arcs and *Edges, default weight 1', async () => {
  const p = file('*Vertices 4\r\n 1 "Alpha" 0.1 0.2 0.5\r\n 2 "Beta"\r\n 3 "Gamma"\r\n 4 "Delta"\r\n*Arcs\r\n 1 2 2 c Black\r\n 2 1 -1 c Red\r\n*Edges\r\n 2 3 -1\r\n 1 3\r\n', 'net');
  const r = await readEdgeList(p, { ambivalent: 'keep' });
  assert.equal(r.summary.format, 'pajek');
  assert.deepEqual(edgeSet(r.graph), ['Alpha|Beta|1', 'Alpha|Gamma|1', 'Beta|Gamma|-1']);
  assert.equal(r.graph.labels.length, 4);
  assert.equal(r.summary.isolated, 1);
});

test('graphology and signed edges', () => {
  const G = new DirectedGraph();
  G.mergeEdge('a', 'b', { sign: -1 });
  G.mergeEdge('b', 'a', { sign: -1, weight: 2 });
  G.mergeEdge('b', 'c', { weight: 0.5 });
  G.addNode('lonely');
  const r = fromGraphology(G);
  assert.deepEqual(edgeSet(r.graph), ['a|b|-1', 'b|c|1']);
  assert.equal(r.graph.weight[0], 3);
  assert.equal(r.graph.labels.length, 4);
  const bad = new UndirectedGraph();
  bad.mergeEdge('x', 'y', { sign: 'maybe' });
  assert.throws(() => fromGraphology(bad), /unknown sign value/);
  const g = fromSignedEdges([
    { a: 'USA', b: 'IRN', sign: 0, weight: 1, cooperative: 1, hostile: 1, events: 2, confidence: 0.1 },
    { a: 'USA', b: 'ISIS', sign: -1, weight: 4, cooperative: 0, hostile: 4, events: 4, confidence: 0.9 },
  ]);
  assert.deepEqual(edgeSet(g), ['ISIS|USA|-1']);
  assert.equal(g.weight[0], 4);
});

test('components and the largest component of a disconnected graph', async () => {
  const r = await readEdgeList(file('a,b,1\nb,c,-1\nx,y,1\nc,d,1\n'));
  const c = components(r.graph);
  assert.equal(c.count, 2);
  assert.deepEqual(c.sizes, [4, 2]);
  const l = largestComponent(r.graph);
  assert.deepEqual(l.labels.sort(), ['a', 'b', 'c', 'd']);
  assert.equal(l.u.length, 3);
});

test('shared data: tribes CSV and Pajek GAMA.NET give the same graph; reference sizes', { ...needsShared('data/signed/pajek_sigdata/GAMA.NET') }, async () => {
  const csv = await readEdgeList(shared('data/signed/highland_tribes_gahuku_gama.csv')!);
  const net = await readEdgeList(shared('data/signed/pajek_sigdata/GAMA.NET')!);
  const norm = (s: string[]) => s.map((x) => x.toUpperCase());
  assert.equal(csv.summary.edges, 58);
  assert.equal(csv.graph.sign.filter((s) => s < 0).length, 29);
  assert.deepEqual(norm(edgeSet(csv.graph)).sort(), norm(edgeSet(net.graph)).sort());
  assert.equal(net.summary.reciprocalPairs, 58);
  // Sampson T2: sign(w_ij + w_ji), drop 0 (ambivalent kept with the sign of the sum)
  const s2 = await readEdgeList(shared('data/signed/pajek_sigdata/SAM_AFF2.NET')!, { ambivalent: 'keep' });
  assert.equal(s2.summary.edges, 79);
  assert.equal(s2.graph.sign.filter((s) => s < 0).length, 39);
});

test('Bitcoin Alpha: headerless 4 columns, conflicting pairs dropped, LCC 3766 nodes / 13872 edges / 1151 negative', { ...needsShared('data/signed/soc-sign-bitcoinalpha.csv') }, async () => {
  const r = await readEdgeList(shared('data/signed/soc-sign-bitcoinalpha.csv')!);
  assert.equal(r.summary.ambivalentPairs, 248);
  const l = largestComponent(r.graph);
  assert.equal(l.labels.length, 3766);
  assert.equal(l.u.length, 13872);
  assert.equal(l.sign.filter((s) => s < 0).length, 1151);
});

test('a 3-million-line file streams in bounded memory (only the merged graph is kept)', { timeout: 60_000 }, async () => {
  // 3M records over 2,000 nodes and at most 40,000 distinct pairs: ~60 MB of text
  const p = join(dir, 'big.csv');
  const { openSync, writeSync, closeSync, statSync } = await import('node:fs');
  const fd = openSync(p, 'w');
  writeSync(fd, 'source,target,weight\n');
  let s = 12345;
  const rnd = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  const lines = 3_000_000;
  for (let chunk = 0; chunk < lines / 100_000; chunk++) {
    let buf = '';
    for (let i = 0; i < 100_000; i++) {
      const a = Math.floor(rnd() * 200), b = 200 + Math.floor(rnd() * 200) * 9 + (a % 9);
      buf += `node${a},node${b},${(a + b) % 7 === 0 ? -1 : 1}\n`;
    }
    writeSync(fd, buf);
  }
  closeSync(fd);
  const size = statSync(p).size;
  // Read it in a child process whose V8 heap is capped well below the file's size: a reader
  // that held the text (or its lines) would die with an out-of-memory error; a streaming one
  // keeps only the merged pairs. (In-process RSS readings are too noisy to test this.)
  const script = join(dir, 'read-big.mjs');
  writeFileSync(script, `import { readEdgeList } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/balance/edges.ts')).href)};
const t0 = performance.now();
const r = await readEdgeList(${JSON.stringify(p)});
console.log(JSON.stringify({ summary: r.summary, seconds: (performance.now() - t0) / 1000, peakMB: process.resourceUsage().maxRSS / 1024 }));`);
  const heapMB = 32;
  assert.ok(size / 2 ** 20 > 1.5 * heapMB, 'the file must be larger than the heap cap');
  const out = execFileSync(process.execPath, [`--max-old-space-size=${heapMB}`, '--import', 'tsx', script], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 20 });
  const r = JSON.parse(out.trim().split('\n').pop()!) as { summary: { records: number; edges: number; merged: number; ambivalentPairs: number }; seconds: number; peakMB: number };
  assert.equal(r.summary.records, lines);
  assert.ok(r.summary.edges <= 40_000 && r.summary.edges > 30_000, `${r.summary.edges} pairs`);
  assert.equal(r.summary.merged, lines - r.summary.edges);
  console.log(`# ${lines} lines (${(size / 2 ** 20).toFixed(0)} MB) in ${r.seconds.toFixed(1)} s with a ${heapMB} MB heap cap; peak RSS ${r.peakMB.toFixed(0)} MB`);
});
