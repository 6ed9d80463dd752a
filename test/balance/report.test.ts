/**
 * The balance report (src/balance/report.ts), tension (tension.ts) and prediction
 * (predict.ts): the seed network of ../shared/seeds/expected.md, tribes, disconnected
 * and empty graphs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges } from '../../src/balance/graph.ts';
import { readEdgeList, fromSignedEdges } from '../../src/balance/edges.ts';
import { balanceReport } from '../../src/balance/report.ts';
import { predictPair } from '../../src/balance/predict.ts';
import { needsShared, shared } from '../shared.ts';

// the dyads of ../shared/seeds/expected.md (country level, mid-2014); USA–IRN contested
const SEED: [string, string, number][] = [
  ['USA', 'ISIS', -1], ['IRN', 'ISIS', -1], ['IRQ', 'ISIS', -1], ['USA', 'IRQ', 1],
  ['IRN', 'IRQ', 1], ['USA', 'SAU', 1], ['IRN', 'SAU', -1], ['IRN', 'SYR', 1],
];
const seed = (usaIrn: number) => fromEdges([...SEED, ['USA', 'IRN', usaIrn] as [string, string, number]].map(([a, b, sign]) => ({ a, b, sign })));

for (const s of [1, -1]) {
  test(`seed network with USA–IRN ${s > 0 ? '+' : '−'}: USA–IRN is the most tense edge; ISIS and IRQ argue for +, SAU for −`, async () => {
    const r = await balanceReport(seed(s), { predict: [['USA', 'IRN'], ['IRN', 'USA'], ['SYR', 'ISIS']], exact: true, timeLimit: 5 });
    const top = r.tension[0];
    assert.deepEqual([top.a, top.b].sort(), ['IRN', 'USA']);
    assert.equal(top.sign, s);
    assert.equal(top.unbalanced, s > 0 ? 1 : 2);
    assert.equal(top.balanced, s > 0 ? 2 : 1);
    assert.equal(r.frustration.value, s > 0 ? 1 : 2);
    assert.equal(r.frustration.optimal, true);
    const p = r.predictions[0];
    assert.equal(p.sign, 1);
    assert.equal(p.observed, s);
    assert.deepEqual(p.for.map((t) => t.third), ['IRQ', 'ISIS']);
    assert.deepEqual(p.against.map((t) => t.third), ['SAU']);
    assert.deepEqual(p.for.find((t) => t.third === 'ISIS')!.signs, [-1, -1]);
    assert.deepEqual(p.against[0].signs, [1, -1]);
    assert.equal(p.probability, 3 / 5);
    assert.deepEqual(r.predictions[1].for.map((t) => t.third), ['IRQ', 'ISIS']);
    // SYR–ISIS (no edge): through IRN, − · − … IRN–SYR +, IRN–ISIS − → predicts −
    assert.equal(r.predictions[2].sign, -1);
    assert.equal(r.predictions[2].observed, null);
    assert.deepEqual(r.predictions[2].for.map((t) => t.third), ['IRN']);
    // report shape the server and UI consume
    for (const k of ['nodes', 'edges', 'triangles', 'balanceRatio', 'nullModel', 'frustration', 'blocs', 'tension', 'predictions']) assert.ok(k in r, k);
    assert.equal(r.nodes, 6);
    assert.equal(r.edges, 9);
  });
}

test('prediction for unknown actors and pairs without common neighbours', () => {
  const g = seed(1);
  const p = predictPair(g, 'USA', 'RUS');
  assert.equal(p.sign, 0);
  assert.equal(p.probability, 0.5);
  assert.deepEqual(p.known, { a: true, b: false });
  assert.equal(predictPair(g, 'SYR', 'SAU').sign, -1); // via IRN: + · −
});

test('tribes report: ratio 0.8676471, frustration 7 proven, z > 0, three blocs', { ...needsShared('data/signed/highland_tribes_gahuku_gama.csv'), timeout: 60_000 }, async () => {
  const g = (await readEdgeList(shared('data/signed/highland_tribes_gahuku_gama.csv')!)).graph;
  const r = await balanceReport(g, { exact: true, timeLimit: 20 });
  assert.ok(Math.abs(r.balanceRatio! - 0.8676471) < 1e-7);
  assert.deepEqual(r.triangles, { ppp: 19, ppn: 2, pnn: 40, nnn: 7 });
  assert.equal(r.frustration.value, 7);
  assert.equal(r.frustration.optimal, true);
  assert.ok(r.nullModel!.z! > 0);
  assert.equal(r.blocs.length, 3);
  assert.equal(r.tension.filter((t) => t.frustrated).length, 7);
  // ranked: unbalanced counts never increase down the list
  for (let i = 1; i < r.tension.length; i++) assert.ok(r.tension[i].unbalanced <= r.tension[i - 1].unbalanced);
  const again = await balanceReport(g, { exact: true, timeLimit: 20 });
  assert.deepEqual(again.nullModel, r.nullModel);
});

test('disconnected graph: frustration is the sum over components; trees and isolated nodes are balanced', async () => {
  // two unbalanced triangles in separate components, a tree, and an isolated node
  const edges = [
    { a: 'a1', b: 'a2', sign: -1 }, { a: 'a2', b: 'a3', sign: -1 }, { a: 'a1', b: 'a3', sign: -1 },
    { a: 'b1', b: 'b2', sign: 1 }, { a: 'b2', b: 'b3', sign: 1 }, { a: 'b1', b: 'b3', sign: -1 },
    { a: 't1', b: 't2', sign: -1 }, { a: 't2', b: 't3', sign: 1 },
  ];
  const g = fromEdges(edges);
  g.labels.push('alone');
  for (const exact of [true, false]) {
    const r = await balanceReport(g, { exact, timeLimit: 5 });
    assert.equal(r.components, 4);
    assert.equal(r.frustration.value, 2);
    assert.equal(r.frustration.components, 2);
    assert.equal(r.tension.filter((t) => t.frustrated).length, 2);
    assert.equal(r.nodes, 10);
    assert.equal(r.blocs.flat().length, 10);
  }
});

test('empty graph and sign-0 edges only: a valid empty report', async () => {
  const r = await balanceReport(fromSignedEdges([{ a: 'X', b: 'Y', sign: 0, weight: 1, cooperative: 1, hostile: 1, events: 2, confidence: 0 }]), { predict: [['X', 'Y']] });
  assert.equal(r.nodes, 0);
  assert.equal(r.edges, 0);
  assert.equal(r.balanceRatio, null);
  assert.equal(r.frustration.value, 0);
  assert.deepEqual(r.blocs, []);
  assert.deepEqual(r.tension, []);
  assert.equal(r.predictions[0].sign, 0);
  assert.doesNotThrow(() => JSON.stringify(r));
});
