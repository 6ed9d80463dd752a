import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import phoenix, { PHOENIX_COLUMNS } from '../../src/store/importers/phoenix.ts';
import polecat, { POLECAT_COLUMNS } from '../../src/store/importers/polecat.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-phx-'));

// Fixtures written here, following the published column layouts; the events are made up.
function phoenixRow(v: Record<string, string>): string {
  return PHOENIX_COLUMNS.map((c) => v[c] ?? '').join('\t');
}

test('Phoenix: 26-column rows load with their codes, quad (0 → CAMEO rule), first URL; re-import adds nothing', async () => {
  const rows = [
    phoenixRow({ EventID: 'p1', Date: '20150301', Year: '2015', Month: '3', Day: '1', SourceActorFull: 'USAGOV', TargetActorFull: 'IRQGOV', EventCode: '042', EventRootCode: '04', QuadClass: '1', GoldsteinScore: '1.9', URLs: 'http://a.example/1;http://b.example/2', NewsSources: 'a;b' }),
    phoenixRow({ EventID: 'p2', Date: '20150302', Year: '2015', Month: '3', Day: '2', SourceActorFull: 'IRQMIL', TargetActorFull: 'ISI', EventCode: '190', EventRootCode: '19', QuadClass: '4', GoldsteinScore: '-10.0' }),
    phoenixRow({ EventID: 'p3', Date: '20150303', Year: '2015', Month: '3', Day: '3', SourceActorFull: 'IRN', TargetActorFull: 'USA', EventCode: '010', EventRootCode: '01', QuadClass: '0', GoldsteinScore: '0.0' }),
  ];
  const f = join(dir, 'events.full.20150303.txt');
  writeFileSync(f, rows.join('\n') + '\n');
  const store = await openStore(':memory:');
  const s = await phoenix.run(store, [f], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.equal(s.inserted, 3);
  const got = (await store.con.runAndReadAll(`SELECT id, source, target, code, quad, goldstein, url, sources, row_number, strftime(date, '%Y-%m-%d') FROM events ORDER BY id`)).getRows();
  assert.deepEqual(got[0], ['phoenix:p1', 'USAGOV', 'IRQGOV', '042', 1, 1.9, 'http://a.example/1', 2, 1n, '2015-03-01']);
  assert.equal(got[1][4], 4);
  assert.equal(got[2][4], 1, 'quad 0 (neutral) → quad class of 010');
  assert.equal((await phoenix.run(store, [f], { json: true })).inserted, 0);
  // 25 columns: FILE:LINE error, nothing stored
  const bad = join(dir, 'events.bad.txt');
  writeFileSync(bad, [rows[0].replace('p1', 'q1'), rows[1].replace('p2', 'q2').split('\t').slice(0, 25).join('\t')].join('\n') + '\n');
  const b = await phoenix.run(store, [bad], { json: true });
  assert.match(b.files[0].error ?? '', new RegExp(`^${bad}:2: Expected Number of Columns: 26 Found: 25`));
  assert.equal(Number((await store.con.runAndReadAll('SELECT count(*) FROM events')).getRows()[0][0]), 3);
  store.close();
});

function polecatRow(v: Record<string, string>, cols = POLECAT_COLUMNS): string {
  return cols.map((c) => v[c] ?? '').join('\t');
}

test('POLECAT: PLOVER types → CAMEO codes; extra header columns tolerated; stray-tab and bad rows reported with line and skipped', async () => {
  const header = [...POLECAT_COLUMNS, 'Unnamed: 40', ''].join('\t'); // extra header columns
  const ok1 = polecatRow({ 'Event ID': 'e1', 'Event Date': '2022-03-01', 'Event Type': 'consult', 'Event Mode': 'visit', Intensity: '1', 'Quad Code': 'VERBAL COOPERATION', 'Actor Name': 'Joe Biden', 'Actor Country': 'USA', 'Recipient Name': 'Olaf Scholz', 'Recipient Country': 'DEU', Version: '1.0' });
  const stray = polecatRow({ 'Event ID': 'e2', 'Event Date': '2022-03-01', 'Event Type': 'assault', 'Actor Name': 'Russian army', 'Actor Country': 'RUS', 'Recipient Name': 'Kharkiv', 'Recipient Country': 'UKR', 'Story People': 'a\tb' });
  const ok2 = polecatRow({ 'Event ID': 'e3', 'Event Date': '2022-03-02', 'Event Type': 'ASSAULT', Intensity: '-9', 'Quad Code': '4', 'Actor Name': 'Russian army', 'Actor Country': 'RUS', 'Recipient Name': 'Kyiv', 'Recipient Country': 'UKR' });
  const badType = polecatRow({ 'Event ID': 'e4', 'Event Date': '2022-03-02', 'Event Type': 'DANCE', 'Actor Name': 'x', 'Actor Country': 'FRA', 'Recipient Name': 'y', 'Recipient Country': 'ITA' });
  const ok3 = polecatRow({ 'Event ID': 'e5', 'Event Date': '2022-03-03', 'Event Type': 'sanction', 'Actor Name': 'European Union', 'Actor Country': '', 'Recipient Name': 'Russia', 'Recipient Country': 'RUS' });
  const f = join(dir, 'ngec_coded_all_2022-03-01.tsv');
  writeFileSync(f, [header, ok1, stray, ok2, badType, ok3].join('\n') + '\n');
  const store = await openStore(':memory:');
  const s = await polecat.run(store, [f], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.deepEqual([s.rows, s.inserted, s.skipped], [5, 3, 2]);
  assert.deepEqual(s.problems.map((p) => [p.file, p.line]), [[f, 3], [f, 5]]);
  assert.match(s.problems[0].message, /Expected Number of Columns/);
  assert.match(s.problems[1].message, /Event Type "DANCE" is not a PLOVER event type/);
  const got = (await store.con.runAndReadAll(`SELECT id, source, target, source_name, code, quad, goldstein, plover_event, plover_mode, row_number FROM events ORDER BY id`)).getRows();
  assert.deepEqual(got.map((r) => [r[0], Number(r[9])]), [['polecat:e1', 2], ['polecat:e3', 4], ['polecat:e5', 6]], 'rows keep their own lines');
  assert.deepEqual(got[0].slice(1, 9), ['USA', 'DEU', 'Joe Biden', '042', 1, 1, 'CONSULT', 'visit']);
  assert.equal(got[1][5], 4);
  assert.equal(got[1][6], -9);
  assert.equal(String(got[1][4]).slice(0, 2) >= '18', true, 'ASSAULT is a CAMEO 18-20 code');
  assert.equal(got[2][1], '', 'no country: actor not identified, name kept');
  assert.equal(got[2][5], 4, 'SANCTION is material conflict (quad of its CAMEO code)');
  assert.equal((await polecat.run(store, [f], { json: true })).inserted, 0);
  store.close();
});
