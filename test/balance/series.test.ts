/**
 * The balance series bookkeeping (src/balance/series.ts): sign changes between
 * consecutive windows, and bloc numbers kept stable across windows. The
 * analyser here groups actors by positive ties (components), enough to check
 * the bookkeeping; the series with the balance engine is tested in
 * balance-series.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildNetworks, type NetworkEdge } from '../../src/network/build.ts';
import { alignBlocs, balanceSeries, blocLists } from '../../src/balance/series.ts';
import { insertEvents, memoryStore, type Ev } from '../network/fixture.ts';

const coop = (date: string, a: string, b: string): Ev => ({ date, source: a, target: b, code: '057', quad: 1, goldstein: 8, doc: `${date}${a}${b}` });
const fight = (date: string, a: string, b: string): Ev => ({ date, source: a, target: b, code: '190', quad: 4, goldstein: -10, doc: `${date}${a}${b}` });

/** Blocs = components of the positive ties. */
async function components(edges: NetworkEdge[]) {
  const parent = new Map<string, string>();
  const find = (x: string): string => { if (!parent.has(x)) parent.set(x, x); const p = parent.get(x)!; return p === x ? x : find(p); };
  for (const e of edges) { find(e.a); find(e.b); if (e.sign > 0) parent.set(find(e.a), find(e.b)); }
  const groups = new Map<string, string[]>();
  for (const x of [...parent.keys()].sort()) { const r = find(x); if (!groups.has(r)) groups.set(r, []); groups.get(r)!.push(x); }
  return { balanceRatio: 1, frustration: { value: 0, optimal: true, lowerBound: 0, method: 'test' }, blocs: [...groups.values()] };
}

test('sign changes and stable bloc numbers across windows', async () => {
  const s = await memoryStore();
  await insertEvents(s, [
    // June: USA+IRQ against ISIS; IRN+SYR
    coop('2014-06-02', 'USA', 'IRQ'), fight('2014-06-03', 'USA', 'ISIS'), fight('2014-06-03', 'IRQ', 'ISIS'), coop('2014-06-04', 'IRN', 'SYR'),
    // July: IRN joins IRQ; USA–IRQ turns hostile
    fight('2014-07-02', 'USA', 'IRQ'), fight('2014-07-03', 'USA', 'ISIS'), coop('2014-07-04', 'IRN', 'SYR'), coop('2014-07-05', 'IRN', 'IRQ'),
  ]);
  const nets = await buildNetworks(s);
  const series = await balanceSeries(nets, components);
  assert.deepEqual(series.map((p) => p.window), ['2014-06', '2014-07']);
  const [june, july] = series;
  assert.equal(june.previous, null);
  assert.deepEqual(june.blocs, [['IRN', 'SYR'], ['IRQ', 'USA'], ['ISIS']]);
  assert.deepEqual(june.blocIds, [1, 2, 3]);
  assert.equal(july.previous, '2014-06');
  assert.deepEqual(july.signChanges, [{ a: 'IRQ', b: 'USA', from: 1, to: -1 }]);
  assert.equal(july.appeared, 1); // IRN–IRQ
  assert.equal(july.disappeared, 1); // IRQ–ISIS
  // July blocs: {IRN, IRQ, SYR} keeps number 1 (largest overlap with June's {IRN, SYR}); USA alone keeps 2
  const ofActor = (p: typeof july, x: string) => p.blocIds[p.blocs.findIndex((b) => b.includes(x))];
  assert.equal(ofActor(july, 'SYR'), 1);
  assert.equal(ofActor(july, 'USA'), 2);
  assert.deepEqual(july.blocMoves, [{ actor: 'IRQ', from: 2, to: 1 }]);
  s.close();
});

test('bloc shapes and alignment', () => {
  assert.deepEqual(blocLists([['A', 'B'], ['C']]), [['A', 'B'], ['C']]);
  assert.deepEqual(blocLists({ groups: [{ members: ['A'] }, { members: ['B', 'C'] }] }), [['A'], ['B', 'C']]);
  assert.deepEqual(blocLists({ assignment: { A: 0, B: 1, C: 0 } }), [['A', 'C'], ['B']]);
  assert.deepEqual(blocLists(null), []);
  const counter = { id: 2 };
  // the previous bloc 2 overlaps most with the current second bloc; the first is new
  assert.deepEqual(alignBlocs({ blocs: [['A'], ['B', 'C', 'D']], ids: [1, 2] }, [['E', 'A'], ['C', 'D']], counter), [1, 2]);
  assert.deepEqual(alignBlocs({ blocs: [['A'], ['B', 'C', 'D']], ids: [1, 2] }, [['X'], ['C', 'D'], ['B']], counter), [3, 2, 4]);
});
