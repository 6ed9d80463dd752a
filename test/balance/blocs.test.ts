/**
 * Doreian–Mrvar blocs (src/balance/blocs.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges } from '../../src/balance/graph.ts';
import { readEdgeList } from '../../src/balance/edges.ts';
import { blocs, criterion } from '../../src/balance/blocs.ts';
import { needsShared, shared } from '../shared.ts';

const canon = (groups: string[][]) => groups.map((g) => [...g].sort().join(' ')).sort();

test('a planted 3-bloc graph is recovered and k = 3 chosen by the criterion', () => {
  const groups = [['a1', 'a2', 'a3', 'a4'], ['b1', 'b2', 'b3'], ['c1', 'c2', 'c3']];
  const edges: { a: string; b: string; sign: number }[] = [];
  const all = groups.flat();
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) {
    const same = groups.some((g) => g.includes(all[i]) && g.includes(all[j]));
    edges.push({ a: all[i], b: all[j], sign: same ? 1 : -1 });
  }
  const g = fromEdges(edges);
  const r = blocs(g, { seed: 5 });
  assert.equal(r.k, 3);
  assert.equal(r.P, 0);
  assert.deepEqual(canon(r.groups), canon(groups));
  assert.equal(r.groups[0].length, 4); // largest first
  assert.deepEqual(r.byK.map((x) => x.k), [1, 2, 3]);
  // k = 2 must put two blocs together: their 3·3 = 9 negative edges inside
  const two = blocs(g, { k: 2, seed: 5 });
  assert.equal(two.negativeInside, 9);
  assert.equal(criterion(g, two.membership).P, two.P);
  // deterministic
  assert.deepEqual(blocs(g, { seed: 5 }).groups, r.groups);
});

test('tribes: the three blocs of Read\'s Gahuku-Gama (Hage & Harary 1983; Doreian & Mrvar)', { ...needsShared('data/signed/highland_tribes_gahuku_gama.csv') }, async () => {
  const g = (await readEdgeList(shared('data/signed/highland_tribes_gahuku_gama.csv')!)).graph;
  const r = blocs(g, { seed: 1 });
  assert.equal(r.k, 3);
  assert.deepEqual(canon(r.groups), canon([
    ['Gavev', 'Kotun', 'Nagad', 'Gama'],
    ['Ove', 'Alika', 'Gahuk', 'Masil', 'Ukudz', 'Geham', 'Asaro'],
    ['Nagam', 'Notoh', 'Kohik', 'Uheto', 'Seuve'],
  ]));
  assert.equal(r.negativeInside, 0);
  assert.equal(r.positiveBetween, 2);
  // k = 2 with α = 0.5: 2·P is the frustration of the colouring, 7 for tribes
  assert.equal(2 * blocs(g, { k: 2, seed: 1 }).P, 7);
});

test('edge cases: empty graph, bad k and alpha', () => {
  const g = fromEdges([]);
  assert.equal(blocs(g).k, 0);
  const h = fromEdges([{ a: 'x', b: 'y', sign: -1 }]);
  assert.equal(blocs(h).k, 2);
  assert.throws(() => blocs(h, { k: 0 }), /k must be/);
  assert.throws(() => blocs(h, { alpha: 2 }), /alpha/);
});
