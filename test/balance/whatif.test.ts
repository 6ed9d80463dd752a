/**
 * What-if edits (src/balance/whatif.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges } from '../../src/balance/graph.ts';
import { applyChanges, blocMoves, whatIf } from '../../src/balance/whatif.ts';

const SEED: [string, string, number][] = [
  ['USA', 'ISIS', -1], ['IRN', 'ISIS', -1], ['IRQ', 'ISIS', -1], ['USA', 'IRQ', 1],
  ['IRN', 'IRQ', 1], ['USA', 'SAU', 1], ['IRN', 'SAU', -1], ['IRN', 'SYR', 1], ['USA', 'IRN', -1],
];
const g = fromEdges(SEED.map(([a, b, sign]) => ({ a, b, sign })));

test('flipping USA–IRN to + lowers frustration from 2 to 1 and raises the balance ratio', async () => {
  const r = await whatIf(g, [{ op: 'flip', a: 'IRN', b: 'USA' }], { exact: true, timeLimit: 5 });
  assert.equal(r.before.frustration.value, 2);
  assert.equal(r.after.frustration.value, 1);
  assert.equal(r.delta.frustration, -1);
  // triangles: 5; unbalanced before: USA-IRN-ISIS, USA-IRN-IRQ; after: USA-IRN-SAU
  assert.equal(r.before.balanceRatio, 3 / 5);
  assert.equal(r.after.balanceRatio, 4 / 5);
  assert.ok(Math.abs(r.delta.balanceRatio! - 0.2) < 1e-12);
  assert.equal(r.delta.triangles, 0);
});

test('remove and add change the triangles; errors for missing edges and unknown actors', async () => {
  const r = await whatIf(g, [{ op: 'remove', a: 'USA', b: 'SAU' }, { op: 'add', a: 'SYR', b: 'ISIS', sign: -1 }], { exact: true });
  assert.equal(r.delta.triangles, -1 + 1); // USA-IRN-SAU gone, IRN-SYR-ISIS new
  assert.equal(r.after.edges, 9);
  assert.throws(() => applyChanges(g, [{ op: 'flip', a: 'USA', b: 'SYR' }]), /no such edge/);
  assert.throws(() => applyChanges(g, [{ op: 'remove', a: 'USA', b: 'RUS' }]), /unknown actor RUS/);
  assert.throws(() => applyChanges(g, [{ op: 'add', a: 'USA', b: 'IRN', sign: 1 }]), /edge exists/);
  const added = applyChanges(g, [{ op: 'add', a: 'RUS', b: 'SYR', sign: 1 }]);
  assert.equal(added.labels.length, 7);
  assert.equal(g.labels.length, 6); // the input is not modified
});

test('bloc moves: matched by overlap, only actors that changed are listed', () => {
  assert.deepEqual(blocMoves([['a', 'b', 'c'], ['d', 'e']], [['d', 'e', 'c'], ['a', 'b']]), [{ actor: 'c', from: 0, to: 1 }]);
  assert.deepEqual(blocMoves([['a', 'b']], [['a'], ['b'], ['z']]), [{ actor: 'b', from: 0, to: 1 }, { actor: 'z', from: null, to: 2 }]);
});
