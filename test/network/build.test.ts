import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildNetworks, dyadWindows, listWindows } from '../../src/network/build.ts';
import { readGroups } from '../../src/network/groups.ts';
import { insertEvents, memoryStore, tempDir, type Ev } from './fixture.ts';

// One June 2014 story reported several times, plus July events. Hand-computed expectations below.
const EVENTS: Ev[] = [
  // USA → IRQ "provide aid" on 2 June: two outlets, one of them twice; once by the sub-actor USAGOV
  { date: '2014-06-02', source: 'USAGOV', target: 'IRQ', code: '070', quad: 2, goldstein: 7, url: 'https://www.cnn.com/a1' },
  { date: '2014-06-02', source: 'USAGOV', target: 'IRQ', code: '070', quad: 2, goldstein: 7, url: 'https://cnn.com/a2' },
  { date: '2014-06-02', source: 'USA', target: 'IRQ', code: '070', quad: 2, goldstein: 7, url: 'http://bbc.co.uk/x' },
  // same dyad, other direction, next day: a different daily event
  { date: '2014-06-03', source: 'IRQ', target: 'USA', code: '043', quad: 1, goldstein: 2.8, url: 'http://bbc.co.uk/y' },
  // a predicted US strike on ISIS (weight 0.5) and an asserted one
  { date: '2014-06-10', source: 'USA', target: 'ISIS', code: '195', quad: 4, goldstein: -10, doc: 'd1', modality: 'predicted', claimant: 'analyst' },
  { date: '2014-06-11', source: 'USA', target: 'ISIS', code: '190', quad: 4, goldstein: -10, doc: 'd2' },
  // a negated cooperation (left out by default)
  { date: '2014-06-12', source: 'IRN', target: 'USA', code: '036', quad: 1, goldstein: 4, doc: 'd1', negated: true },
  // self-loop after country roll-up: IRNGOV → IRNMIL
  { date: '2014-06-12', source: 'IRNGOV', target: 'IRNMIL', code: '042', quad: 1, goldstein: 1.9, doc: 'd1' },
  // an actor missing, and an undated event: in no network
  { date: '2014-06-12', source: '', target: 'IRQ', code: '190', quad: 4, goldstein: -10, url: 'http://x.org/1' },
  { date: null, source: 'IRN', target: 'IRQ', code: '070', quad: 2, goldstein: 7, doc: 'd3' },
  // July: IRN–IRQ cooperation and conflict, two to one
  { date: '2014-07-01', source: 'IRN', target: 'IRQ', code: '070', quad: 2, goldstein: 7, doc: 'd4', claimant: 'Iraqi official' },
  { date: '2014-07-02', source: 'IRN', target: 'IRQ', code: '057', quad: 1, goldstein: 8, doc: 'd5' },
  { date: '2014-07-03', source: 'IRQ', target: 'IRN', code: '112', quad: 3, goldstein: -2, doc: 'd5' },
];

async function store() {
  const s = await memoryStore();
  await insertEvents(s, EVENTS);
  return s;
}

test('de-duplication: none counts rows, daily one per date-source-target-code, sources one per outlet', async () => {
  const s = await store();
  const get = async (dedup: 'none' | 'daily' | 'sources') => {
    const n = await buildNetworks(s, { dedup });
    assert.equal(n.dedup, dedup);
    return n.windows.find((w) => w.id === '2014-06')!.edges.find((e) => e.a === 'IRQ' && e.b === 'USA')!;
  };
  const none = await get('none'), daily = await get('daily'), sources = await get('sources');
  assert.equal(none.events, 4);
  assert.equal(daily.events, 2); // 2 June USA→IRQ 070 once, 3 June IRQ→USA 043 once
  assert.equal(sources.events, 3); // cnn.com and bbc.co.uk on 2 June, bbc.co.uk on 3 June
  for (const e of [none, daily, sources]) {
    assert.equal(e.sources, 2, 'distinct outlets: cnn.com, bbc.co.uk');
    assert.equal(e.sign, 1);
  }
  assert.deepEqual([none.q1, none.q2], [1, 3]);
  assert.equal(none.goldstein, 3 * 7 + 2.8);
  assert.equal(daily.goldstein, 7 + 2.8);
  s.close();
});

test('modality weights, negation, self-loops, missing actors and undated events', async () => {
  const s = await store();
  const n = await buildNetworks(s, { dedup: 'none' });
  assert.deepEqual(n.windows.map((w) => w.id), ['2014-06', '2014-07']);
  const june = n.windows[0];
  const isis = june.edges.find((e) => e.b === 'USA' && e.a === 'ISIS')!;
  assert.equal(isis.events, 2);
  assert.equal(isis.hostile, 1.5); // predicted strike weighs 0.5
  assert.equal(isis.goldstein, -15);
  assert.equal(isis.weight, 15);
  assert.deepEqual(isis.claimants, ['analyst']);
  assert.equal(isis.sign, -1);
  // negated IRN → USA is left out; IRNGOV–IRNMIL is a self-loop at country level; '' → IRQ has no source
  assert.deepEqual(june.edges.map((e) => `${e.a}-${e.b}`), ['IRQ-USA', 'ISIS-USA']);
  assert.deepEqual(june.nodes.map((x) => x.code), ['IRQ', 'ISIS', 'USA']);
  assert.equal(june.nodes.find((x) => x.code === 'USA')!.name, 'United States');
  assert.equal(june.nodes.find((x) => x.code === 'USA')!.events, 4 + 2);

  const withNeg = await buildNetworks(s, { dedup: 'none', includeNegated: true, hypotheticalWeight: 1 });
  const j2 = withNeg.windows[0];
  assert.ok(j2.edges.some((e) => e.a === 'IRN' && e.b === 'USA'), 'negated event included on request');
  assert.equal(j2.edges.find((e) => e.a === 'ISIS')!.hostile, 2);

  const actor = await buildNetworks(s, { dedup: 'none', level: 'actor' });
  assert.ok(actor.windows[0].edges.some((e) => e.a === 'IRNGOV' && e.b === 'IRNMIL'));
  assert.ok(actor.windows[0].edges.some((e) => e.a === 'IRQ' && e.b === 'USAGOV'));

  const july = n.windows[1].edges;
  assert.equal(july.length, 1);
  assert.equal(july[0].sign, 1); // 2 cooperative against 1 hostile: net 1/3 > 0.2
  assert.equal((await buildNetworks(s, { band: 0.5 })).windows[1].edges[0].sign, 0);
  assert.deepEqual(july[0].claimants, ['Iraqi official']);
  s.close();
});

test('windows: list, weeks, sliding, custom ranges and date bounds', async () => {
  const s = await store();
  assert.deepEqual((await listWindows(s)).map((w) => [w.id, w.events]), [['2014-06', 9], ['2014-07', 3]]);
  const weeks = await buildNetworks(s, { window: 'week', dedup: 'none' });
  assert.deepEqual(weeks.windows.map((w) => w.id), ['2014-W23', '2014-W24', '2014-W27']);
  const sliding = await buildNetworks(s, { window: '2month', step: 'month', dedup: 'none' });
  assert.deepEqual(sliding.windows.map((w) => w.id), ['2014-06-01..2014-07-31', '2014-07-01..2014-08-31']);
  assert.equal(sliding.windows[0].edges.length, 3);
  assert.equal(sliding.windows[1].edges.length, 1);
  const ranges = await buildNetworks(s, { ranges: '2014-06-01:2014-06-05,2014-06-10:2014-07-01,2015-01-01:2015-01-31' });
  assert.deepEqual(ranges.windows.map((w) => [w.id, w.edges.length]), [['2014-06-01..2014-06-05', 1], ['2014-06-10..2014-07-01', 2], ['2015-01', 0]]);
  const bounded = await buildNetworks(s, { from: '2014-06-03', to: '2014-06-30', dedup: 'none' });
  assert.equal(bounded.windows.length, 1);
  assert.equal(bounded.windows[0].edges.find((e) => e.b === 'USA' && e.a === 'IRQ')!.events, 1);
  s.close();
});

test('custom groups from a file', async () => {
  const s = await store();
  const t = tempDir();
  const f = join(t.dir, 'groups.csv');
  writeFileSync(f, 'code,group\n# the Western side\nUSA,WEST\nIRQ,AXIS\nIRN,AXIS\n');
  const groups = readGroups(f);
  const n = await dyadWindows(s, { groups, dedup: 'none' });
  // USAGOV → USA → WEST; ISIS keeps its code; IRN–IRQ becomes a self-loop inside AXIS
  assert.deepEqual(n.map((d) => `${d.window} ${d.a}-${d.b} ${d.level}`), ['2014-06 AXIS-WEST groups', '2014-06 ISIS-WEST groups']);
  writeFileSync(f, 'USA,WEST\nIRQ\n');
  assert.throws(() => readGroups(f), /groups\.csv:2: expected 'code,group'/);
  writeFileSync(f, "USA,WE'ST\n");
  assert.throws(() => readGroups(f), /groups\.csv:1: codes and group names/);
  t.cleanup();
  s.close();
});
