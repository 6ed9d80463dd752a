/**
 * Signed triangle census and balance ratios (src/balance/triads.ts) against hand
 * counts and the reference values in ../shared/data/signed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromEdges } from '../../src/balance/graph.ts';
import { readEdgeList, largestComponent, fromSignedEdges } from '../../src/balance/edges.ts';
import { triads } from '../../src/balance/triads.ts';
import { needsShared, shared } from '../shared.ts';

test('census, ratios and per-edge counts on a small hand-counted graph', () => {
  // K4 on a,b,c,d with a–d negative; plus triangle c,d,e all negative
  const g = fromEdges([
    { a: 'a', b: 'b', sign: 1 }, { a: 'a', b: 'c', sign: 1 }, { a: 'b', b: 'c', sign: 1 },
    { a: 'a', b: 'd', sign: -1 }, { a: 'b', b: 'd', sign: 1 }, { a: 'c', b: 'd', sign: -1 },
    { a: 'c', b: 'e', sign: -1 }, { a: 'd', b: 'e', sign: -1 },
  ]);
  const r = triads(g, { list: true });
  // abc +++, abd ++−, acd +−−, bcd ++−, cde −−−
  assert.deepEqual(r.triangles, { ppp: 1, ppn: 2, pnn: 1, nnn: 1 });
  assert.equal(r.total, 5);
  assert.equal(r.balanceRatio, 2 / 5);
  assert.equal(r.weakBalanceRatio, 3 / 5);
  const e = (x: string, y: string) => [...g.u].findIndex((_, k) => new Set([g.labels[g.u[k]], g.labels[g.v[k]]]).size === 2 && [x, y].includes(g.labels[g.u[k]]) && [x, y].includes(g.labels[g.v[k]]));
  assert.equal(r.unbalanced[e('c', 'd')], 2); // bcd, cde
  assert.equal(r.balanced[e('c', 'd')], 1); // acd
  assert.equal(r.balanced[e('a', 'b')], 1);
  assert.equal(r.unbalanced[e('a', 'b')], 1);
  assert.equal(r.list!.length, 15);
  const empty = triads(fromEdges([{ a: 'x', b: 'y', sign: -1 }]));
  assert.equal(empty.total, 0);
  assert.equal(empty.balanceRatio, null);
});

test('tribes: 68 triangles, balance ratio 59/68 = 0.8676471', { ...needsShared('data/signed/highland_tribes_gahuku_gama.csv') }, async () => {
  const g = (await readEdgeList(shared('data/signed/highland_tribes_gahuku_gama.csv')!)).graph;
  const r = triads(g);
  assert.equal(r.total, 68);
  assert.equal(r.triangles.ppp + r.triangles.pnn, 59);
  assert.ok(Math.abs(r.balanceRatio! - 0.8676471) < 1e-7);
  const net = (await readEdgeList(shared('data/signed/pajek_sigdata/GAMA.NET')!)).graph;
  assert.deepEqual(triads(net).triangles, r.triangles);
});

const refRows = () => {
  const [head, ...rows] = readFileSync(shared('data/signed/reference_values.csv')!, 'utf8').trim().split('\n');
  const cols = head.split(',');
  return rows.map((l) => Object.fromEntries(l.split(',').map((x, i) => [cols[i], x])));
};

test('STRANKE and Sampson T2/T3/T4: triangle counts and balance ratios of reference_values.csv', { ...needsShared('data/signed/reference_values.csv') }, async () => {
  let checked = 0;
  for (const row of refRows()) {
    if (!/STRANKE|SAM_AFF/.test(row.file)) continue;
    const g = (await readEdgeList(shared(`data/signed/${row.file}`)!, { ambivalent: 'keep' })).graph;
    assert.equal(g.u.length, Number(row.m), row.file);
    const r = triads(g);
    assert.equal(r.total, Number(row.triangles), row.file);
    assert.ok(Math.abs(r.balanceRatio! - Number(row.balanced_triangle_ratio)) < 5e-5, `${row.file}: ${r.balanceRatio} vs ${row.balanced_triangle_ratio}`);
    checked++;
  }
  assert.equal(checked, 4);
});

test('Correlates of War: all 51 windows equal cow_reference_values.csv (n, m, negatives, triangles, ratio)', { ...needsShared('data/signed/cow_reference_values.csv') }, () => {
  const byWindow = new Map<string, { a: string; b: string; sign: 1 | -1 }[]>();
  const [, ...lines] = readFileSync(shared('data/signed/cow_signed_windows_1946_1999.csv')!, 'utf8').trim().split('\n');
  for (const l of lines) {
    const [w, a, b, s] = l.split(',');
    if (!byWindow.has(w)) byWindow.set(w, []);
    byWindow.get(w)!.push({ a, b, sign: Number(s) > 0 ? 1 : -1 });
  }
  const [, ...ref] = readFileSync(shared('data/signed/cow_reference_values.csv')!, 'utf8').trim().split('\n');
  assert.equal(ref.length, 51);
  for (const row of ref) {
    const [w, n, m, neg, , tri, ratio] = row.split(',');
    const g = fromSignedEdges(byWindow.get(w)!.map((e) => ({ ...e, weight: 1, cooperative: 0, hostile: 0, events: 1, confidence: 1 })));
    assert.equal(g.labels.length, Number(n), w);
    assert.equal(g.u.length, Number(m), w);
    assert.equal(g.sign.filter((s) => s < 0).length, Number(neg), w);
    const r = triads(g);
    assert.equal(r.total, Number(tri), w);
    assert.ok(Math.abs(r.balanceRatio! - Number(ratio)) < 5e-5, `${w}: ${r.balanceRatio} vs ${ratio}`);
  }
});

test('wiki-Elec LCC: 457,103 triangles, ratio 0.8029, enumerated in well under a second', { ...needsShared('data/signed/wiki_elec_edges.csv'), timeout: 30_000 }, async () => {
  const g = largestComponent((await readEdgeList(shared('data/signed/wiki_elec_edges.csv')!)).graph);
  assert.equal(g.u.length, 105093);
  const t0 = performance.now();
  const r = triads(g);
  const ms = performance.now() - t0;
  console.log(`# wiki-Elec LCC triangles in ${ms.toFixed(0)} ms`);
  assert.equal(r.total, 457103);
  assert.ok(Math.abs(r.balanceRatio! - 0.8029) < 5e-5);
  assert.ok(ms < 1000, `${ms} ms`);
});
