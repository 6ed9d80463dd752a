/**
 * The LHK-style sign predictor (src/balance/sign-predictor.ts): features on a hand-made
 * graph, logistic regression, AUC, and balanced 10-fold accuracy on Bitcoin Alpha.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auc, crossValidate, directedFromRecords, edgeFeatures, featureNames, fitLogistic, predictProbability } from '../../src/balance/sign-predictor.ts';
import { readEdgeList } from '../../src/balance/edges.ts';
import { needsShared, shared } from '../shared.ts';

test('features: degrees without the edge itself, embeddedness and the 16 directed triad types', () => {
  // nodes u=0, v=1, w=2, x=3: u→v +, u→w −, w→v −, v→x +, u→x +, x→u −, v→u −
  const g = directedFromRecords(4, [
    { a: 0, b: 1, value: 1 }, { a: 0, b: 2, value: -1 }, { a: 2, b: 1, value: -2 }, { a: 1, b: 3, value: 1 },
    { a: 0, b: 3, value: 1 }, { a: 3, b: 0, value: -1 }, { a: 1, b: 0, value: -1 }, { a: 1, b: 1, value: 5 },
  ]);
  assert.equal(g.src.length, 7); // self-loop dropped
  const names = featureNames(true, { reverse: true });
  const { X, dims, embeddedness } = edgeFeatures(g, { reverse: true });
  assert.equal(dims, names.length);
  const e = [...g.src].findIndex((s, i) => s === 0 && g.dst[i] === 1);
  const f = (name: string) => X[e * dims + names.indexOf(name)];
  assert.equal(f('dpos_out_u'), 1); // u→x + (u→v itself left out)
  assert.equal(f('dneg_out_u'), 1); // u→w −
  assert.equal(f('dpos_in_v'), 0);
  assert.equal(f('dneg_in_v'), 1); // w→v −
  assert.equal(embeddedness[e], 2); // w and x
  assert.equal(f('u->w- w->v-'), 1);
  assert.equal(f('u->w+ v->w+'), 1); // u→x +, v→x +
  assert.equal(f('w->u- v->w+'), 1); // x→u −, v→x +
  assert.equal(f('reverse_neg'), 1);
  assert.equal(f('reverse_pos'), 0);
  let triSum = 0;
  for (const n of names) if (n.includes(' ')) triSum += f(n);
  assert.equal(triSum, 3);
  assert.equal(featureNames(false).length, 10);
});

test('logistic regression separates a linear rule; AUC', () => {
  const n = 400, dims = 2;
  const X = new Float64Array(n * dims), y: number[] = [];
  let s = 7;
  const r = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let i = 0; i < n; i++) { X[2 * i] = r() * 10; X[2 * i + 1] = r(); y.push(X[2 * i] + (r() - 0.5) > 5 ? 1 : 0); }
  const rows = Array.from({ length: n }, (_, i) => i);
  const model = fitLogistic(X, dims, rows, y);
  let correct = 0;
  const scores = rows.map((i) => predictProbability(model, X, dims, i));
  rows.forEach((i) => { if ((scores[i] >= 0.5 ? 1 : 0) === y[i]) correct++; });
  assert.ok(correct / n > 0.9, `accuracy ${correct / n}`);
  assert.ok(model.w[0] > 1 && Math.abs(model.w[1]) < model.w[0] / 5);
  assert.equal(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1]), 0.75);
  assert.equal(auc([1, 1], [0, 1]), 0.5);
});

test('Bitcoin Alpha, balanced 10-fold: LHK baseline vs the extended model (≥ 0.85)', { ...needsShared('data/signed/soc-sign-bitcoinalpha.csv'), timeout: 60_000 }, async () => {
  const records: { a: number; b: number; value: number }[] = [];
  const read = await readEdgeList(shared('data/signed/soc-sign-bitcoinalpha.csv')!, { onRecord: (a, b, value) => records.push({ a, b, value }) });
  const g = directedFromRecords(read.graph.labels.length, records);
  const base = crossValidate(g, { seed: 1 });
  const ext = crossValidate(g, { seed: 1, transform: 'log', extra: true, context: true, reverse: true });
  assert.equal(base.negatives, base.positives);
  assert.ok(base.accuracy > 0.78 && base.accuracy < 0.88, `LHK ${base.accuracy}`);
  assert.ok(ext.accuracy >= 0.85, `extended ${ext.accuracy}`);
  assert.ok(ext.auc > 0.9);
  assert.deepEqual(crossValidate(g, { seed: 1 }), base); // deterministic
});
