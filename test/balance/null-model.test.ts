/**
 * Sign-shuffle null model of the balance ratio (src/balance/null-model.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges } from '../../src/balance/graph.ts';
import { readEdgeList } from '../../src/balance/edges.ts';
import { nullModel, normalUpper } from '../../src/balance/null-model.ts';
import { needsShared, shared } from '../shared.ts';

test('normal upper tail', () => {
  assert.ok(Math.abs(normalUpper(0) - 0.5) < 1e-7);
  assert.ok(Math.abs(normalUpper(1.959964) - 0.025) < 1e-6);
  assert.ok(Math.abs(normalUpper(-1) - 0.8413447) < 1e-6);
});

test('tribes: deterministic for a seed, different for another, z > 0 and small p', { ...needsShared('data/signed/highland_tribes_gahuku_gama.csv') }, async () => {
  const g = (await readEdgeList(shared('data/signed/highland_tribes_gahuku_gama.csv')!)).graph;
  const a = nullModel(g, { samples: 300, seed: 7 });
  const b = nullModel(g, { samples: 300, seed: 7 });
  const c = nullModel(g, { samples: 300, seed: 8 });
  assert.deepEqual(a, b);
  assert.notEqual(a.mean, c.mean);
  assert.ok(Math.abs(a.observed! - 59 / 68) < 1e-12);
  assert.ok(a.z! > 2, `z = ${a.z}`);
  assert.ok(a.p! < 0.05 && a.p! >= 1 / 301);
  assert.ok(a.mean! > 0.3 && a.mean! < 0.7, `mean ${a.mean}`);
  // signs are only permuted: the mean of the shuffled ratio is below the observed one
  assert.ok(a.mean! < a.observed!);
});

test('a graph whose signs are arranged against balance gets z < 0 and p near 1', () => {
  // a ring of all-negative triangles sharing a vertex, plus positive pendant-free triangles: the
  // observed ratio is the lowest achievable arrangement of these signs
  const edges: { a: string; b: string; sign: number }[] = [];
  for (let i = 0; i < 6; i++) {
    const x = `x${i}`, y = `y${i}`;
    edges.push({ a: 'hub', b: x, sign: -1 }, { a: 'hub', b: y, sign: -1 }, { a: x, b: y, sign: -1 });
  }
  for (let i = 0; i < 6; i++) {
    const x = `p${i}`, y = `q${i}`, z = `r${i}`;
    edges.push({ a: x, b: y, sign: 1 }, { a: y, b: z, sign: 1 }, { a: x, b: z, sign: -1 });
  }
  const g = fromEdges(edges);
  const r = nullModel(g, { samples: 200, seed: 3 });
  assert.equal(r.observed, 0);
  assert.ok(r.z! < 0);
  assert.ok(r.p! > 0.9);
  assert.deepEqual(nullModel(fromEdges([{ a: 'a', b: 'b', sign: 1 }])).z, null);
});
