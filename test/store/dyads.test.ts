/**
 * Dyads and event export over hand-built events: counts (negated, denied,
 * hypothetical and predicted left out but reported), sign, contested, country
 * roll-up, evidence of both kinds, date bounds; events by actor and their export
 * through COPY read back with DuckDB.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import { storeDocuments } from '../../src/store/write.ts';
import { dyads, dyadSign, isContested } from '../../src/store/dyads.ts';
import { events, exportEvents, streamEvents } from '../../src/store/query.ts';
import { coded } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-dyads-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

const docs = [
  coded('s0\ns1\ns2\ns3\ns4\ns5', '2014-06-01', [
    ['USAGOV', 'IRNGOV', '040', 1], ['IRN', 'USA', '042', 1], ['USA', 'IRNMIL', '190', 4],
    ['IRNGOV', 'USA', '111', 3], ['USA', 'IRN', '036', 1, { modality: 'hypothetical' }], ['USA', 'IRN', '040', 1, { negated: true }],
  ]),
  coded('t0\nt1\nt2\nt3', '2014-07-01', [
    ['USA', 'ISIS', '190', 4], ['ISIS', 'IRQGOV', '190', 4], ['IRN', 'IRQ', '070', 2], ['USA', 'ISIS', '195', 4, { modality: 'predicted' }],
    ['ISIS', 'USA', '036', 1], ['USAMIL', 'ISIS', '193', 4],
  ]),
  coded('u0\nu1', '2015-01-01', [['IRNGOV', 'IRNMIL', '040', 1], ['SAU', 'USA', '051', 1, { denied: true }]]),
];

test('sign and contested rules', () => {
  assert.equal(dyadSign(0, 0), 0);
  assert.equal(dyadSign(3, 2), 0, '60/40 is not a majority beyond the band');
  assert.equal(dyadSign(7, 3), 1);
  assert.equal(dyadSign(1, 5), -1);
  assert.equal(isContested(2, 2), true);
  assert.equal(isContested(1, 1), false, 'one of each is too few');
  assert.equal(isContested(2, 7), false, '2 of 9 is under 25 %');
  assert.equal(isContested(3, 9), true);
});

test('country-level dyads roll sub-actors up, count only asserted events, keep non-state codes', async () => {
  const store = await openStore(join(dir, 'd.duckdb'));
  try {
    await storeDocuments(store, docs);
    const list = await dyads(store, { level: 'country' });
    const by = new Map(list.map((d) => [`${d.a}-${d.b}`, d]));
    assert.deepEqual([...by.keys()].sort(), ['IRN-IRQ', 'IRN-USA', 'IRQ-ISIS', 'ISIS-USA', 'SAU-USA'], 'IRNGOV–IRNMIL is within Iran and left out');
    const usIrn = by.get('IRN-USA')!;
    assert.deepEqual([usIrn.cooperative, usIrn.hostile, usIrn.negated, usIrn.hypothetical, usIrn.events, usIrn.sign, usIrn.contested], [2, 2, 1, 1, 6, 0, true]);
    assert.equal(usIrn.aName, 'Iran');
    assert.equal(usIrn.bName, 'United States');
    assert.deepEqual(usIrn.evidence.slice(0, 2).map((e) => e.kind).sort(), ['cooperative', 'hostile'], 'both kinds show first');
    const negated = usIrn.evidence.find((e) => e.negated)!;
    assert.equal(negated.counted, false);
    assert.equal(negated.sentence, 's5');
    assert.equal(negated.date, '2014-06-01');
    assert.equal(negated.doc, docs[0].document.id);
    const isis = by.get('ISIS-USA')!;
    assert.deepEqual([isis.cooperative, isis.hostile, isis.hypothetical, isis.sign, isis.contested], [1, 2, 1, -1, false]);
    assert.equal(isis.evidence[0].kind, 'hostile', 'the majority kind comes first');
    assert.deepEqual([by.get('IRN-IRQ')!.cooperative, by.get('IRN-IRQ')!.sign], [1, 1]);
    assert.deepEqual([by.get('SAU-USA')!.cooperative, by.get('SAU-USA')!.negated, by.get('SAU-USA')!.sign], [0, 1, 0], 'a denied event is not counted');
    assert.equal(list[0].a + list[0].b, 'IRNUSA', 'most counted events first');

    const actor = await dyads(store, { level: 'actor' });
    assert.ok(actor.some((d) => d.a === 'IRNGOV' && d.b === 'USAGOV'));
    assert.ok(actor.some((d) => d.a === 'IRNGOV' && d.b === 'IRNMIL'), 'actor level keeps dyads within a state');

    const mid = await dyads(store, { level: 'country', from: '2014-06-15', to: '2014-12-31', evidence: 1 });
    assert.deepEqual(mid.map((d) => `${d.a}-${d.b}`).sort(), ['IRN-IRQ', 'IRQ-ISIS', 'ISIS-USA']);
    assert.ok(mid.every((d) => d.evidence.length === 1));
  } finally {
    store.close();
  }
});

test('the two directions of a mutual act count once, two acts of one sentence twice', async () => {
  const store = await openStore(join(dir, 'mutual.duckdb'));
  try {
    const one = { sentenceIndex: 0, verbSpan: { start: 5, end: 9 } };
    await storeDocuments(store, [coded('m0', '2014-06-01', [
      // "Iran and Iraq cooperated": one act, told both ways
      ['IRN', 'IRQ', '060', 2, one], ['IRQ', 'IRN', '060', 2, one],
      // another act of the same sentence (another verb), and one in a second document
      ['IRNGOV', 'IRQ', '040', 1, { sentenceIndex: 0, verbSpan: { start: 20, end: 24 } }],
    ]), coded('n0', '2014-06-02', [['IRQ', 'IRN', '060', 2]])]);
    const d = (await dyads(store, { level: 'country' })).find((x) => x.a === 'IRN' && x.b === 'IRQ')!;
    assert.deepEqual([d.cooperative, d.events], [3, 4], 'one mutual act, one meeting, one act elsewhere; four stored events');
  } finally {
    store.close();
  }
});

test('events by actor (a state matches its sub-actors) and export to CSV, JSON lines and Parquet', async () => {
  const store = await openStore(join(dir, 'e.duckdb'));
  try {
    await storeDocuments(store, docs);
    const irn = await events(store, { actor: 'IRN' });
    assert.equal(irn.length, 8);
    assert.ok(irn.every((e) => String(e.source).startsWith('IRN') || String(e.target).startsWith('IRN')));
    assert.equal((await events(store, { actor: 'IRNMIL' })).length, 2);
    assert.equal((await events(store, { from: '2015-01-01' })).length, 2);
    const first = irn[0];
    assert.equal(first.sentence, 's0');
    assert.equal(first.date, '2014-06-01');

    for (const format of ['csv', 'jsonl', 'parquet'] as const) {
      const out = join(dir, `ev.${format}`);
      const n = await exportEvents(store, { actor: "IRN' OR 1=1 --" }, format, out);
      assert.equal(n, 0, 'parameters are quoted, not injected');
      assert.equal(await exportEvents(store, { actor: 'IRN' }, format, out), 8);
      const reader = format === 'csv' ? 'read_csv_auto' : format === 'jsonl' ? 'read_json_auto' : 'read_parquet';
      const back = (await store.con.runAndReadAll(`SELECT source, target, code, sentence FROM ${reader}('${out}') ORDER BY date, sentence`)).getRowObjectsJS();
      assert.equal(back.length, 8, format);
      assert.equal(String(back[0].code).padStart(3, '0'), '040');
    }
    let csv = '';
    const rows = await streamEvents(store, { actor: 'ISIS' }, 'csv', (c) => { csv += c; });
    assert.equal(rows, 5);
    assert.equal(csv.trim().split('\n').length, 6);
    assert.match(csv.split('\n')[0], /^id,origin,doc,date,source,target/);
    assert.ok(readFileSync(join(dir, 'ev.csv'), 'utf8').startsWith('id,origin,doc,date'));
  } finally {
    store.close();
  }
});
