import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { openStore, type Store } from '../../src/store/db.ts';
import gdelt from '../../src/store/importers/gdelt.ts';
import { shared, needsShared } from '../shared.ts';

const G2 = 'data/events/gdelt2_20191024143000.export.CSV';
const G1 = 'data/events/gdelt1_daily_20160728_sample.export.csv';
const MENTIONS = 'data/events/gdelt2_mentions_sample.csv';

async function rows(store: Store, sql: string) {
  return (await store.con.runAndReadAll(sql)).getRows();
}
const lines = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);

test('GDELT 2.0 sample: 2,111 events, each with its file and line; re-import adds nothing', needsShared(G2), async () => {
  const store = await openStore(':memory:');
  const path = shared(G2)!;
  const s = await gdelt.run(store, [path], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.equal(s.files[0].kind, 'gdelt2-events');
  assert.deepEqual([s.rows, s.inserted], [2111, 2111]);
  assert.equal(Number((await rows(store, `SELECT count(*) FROM events WHERE origin = 'gdelt' AND file = '${path}'`))[0][0]), 2111);
  // the row number is the line the event is on
  const text = lines(path);
  for (const n of [1, 2, 1000, 2111]) {
    const [id, , , , , a1, , , , , , , , , , a2] = text[n - 1].split('\t');
    const got = await rows(store, `SELECT row_number, source, target, url FROM events WHERE id = 'gdelt:${id}'`);
    assert.equal(Number(got[0][0]), n);
    assert.deepEqual([got[0][1], got[0][2]], [a1, a2]);
    assert.equal(got[0][3], text[n - 1].split('\t')[60]);
  }
  const again = await gdelt.run(store, [path], { json: true });
  assert.deepEqual([again.rows, again.inserted, again.duplicates], [2111, 0, 2111]);
  assert.equal(Number((await rows(store, 'SELECT count(*) FROM events'))[0][0]), 2111);
  // actor codes become actors
  const actors = await rows(store, `SELECT count(*) FROM actors WHERE code IN (SELECT source FROM events UNION SELECT target FROM events)`);
  const codes = await rows(store, `SELECT count(DISTINCT c) FROM (SELECT source c FROM events UNION SELECT target FROM events) WHERE c <> ''`);
  assert.equal(actors[0][0], codes[0][0]);
  store.close();
});

test('GDELT 1.0 sample: both widths load, 710 events, SOURCEURL only on 58-column rows', needsShared(G1), async () => {
  const store = await openStore(':memory:');
  const path = shared(G1)!;
  const s = await gdelt.run(store, [path], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.equal(s.files[0].kind, 'gdelt1-events');
  assert.equal(s.inserted, 710);
  const widths = lines(path).map((l) => l.split('\t').length);
  const withUrl = await rows(store, 'SELECT count(url), count(*) FROM events');
  assert.deepEqual(withUrl[0].map(Number), [widths.filter((w) => w === 58).length, 710]);
  // a 57-column row keeps its fields in place
  const i = widths.indexOf(57);
  const cells = lines(path)[i].split('\t');
  const r = await rows(store, `SELECT row_number, code, goldstein, strftime(date, '%Y%m%d') FROM events WHERE id = 'gdelt:${cells[0]}'`);
  assert.deepEqual([Number(r[0][0]), r[0][1], r[0][2], r[0][3]], [i + 1, cells[26], Number(cells[30]), cells[1]]);
  store.close();
});

test('GDELT 2.0 mentions: 1,635 rows keyed to events by GLOBALEVENTID; re-import adds nothing', needsShared(MENTIONS), async () => {
  const store = await openStore(':memory:');
  const path = shared(MENTIONS)!;
  const s = await gdelt.run(store, [path], { json: true });
  assert.equal(s.files[0].kind, 'gdelt2-mentions');
  assert.equal(s.inserted, 1635);
  assert.equal(Number((await rows(store, 'SELECT count(*) FROM mentions'))[0][0]), 1635);
  const again = await gdelt.run(store, [path], { json: true });
  assert.equal(again.inserted, 0);
  // join: an event stored with a mentioned id gets its mentions and offsets
  const first = lines(path)[1].split(',');
  await store.con.run(`INSERT INTO events (id, origin, source, target, code, root, goldstein, quad) VALUES ('gdelt:${first[0]}', 'gdelt', 'A', 'B', '040', '04', 1, 1)`);
  const j = await rows(store, `SELECT m.source_name, m.action_offset, m.row_number FROM events e JOIN mentions m ON m.event_id = e.id ORDER BY m.row_number LIMIT 1`);
  assert.deepEqual([j[0][0], j[0][1], Number(j[0][2])], [first[4], Number(first[9]), 2]);
  // source counts per event, from the mentions
  const all = lines(path).slice(1).map((l) => l.split(','));
  const mine = all.filter((c) => c[0] === first[0]);
  const mc = await rows(store, `SELECT mentions, sources FROM mention_counts WHERE event_id = 'gdelt:${first[0]}'`);
  assert.deepEqual(mc[0].map(Number), [mine.length, new Set(mine.map((c) => c[4])).size]);
  store.close();
});

test('GDELT zipped as GDELT ships it gives the same events as the plain file', needsShared(G2), async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-gdelt-'));
  const zip = join(dir, '20191024143000.export.CSV.zip');
  writeFileSync(zip, zipSync({ '20191024143000.export.CSV': readFileSync(shared(G2)!) }));
  const store = await openStore(':memory:');
  const s = await gdelt.run(store, [zip], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.equal(s.inserted, 2111);
  assert.equal(s.files[0].file, `${zip}!20191024143000.export.CSV`);
  const plain = await openStore(':memory:');
  await gdelt.run(plain, [shared(G2)!], { json: true });
  const ids = async (st: Store) => (await rows(st, 'SELECT id, row_number, code FROM events ORDER BY id')).map((r) => r.join()).join('\n');
  assert.equal(await ids(store), await ids(plain));
  store.close();
  plain.close();
});

test('GDELT 2.0 mentions as GDELT ships them (tab-separated, no header) load the same rows', needsShared(MENTIONS), async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-mentions-'));
  const tsv = join(dir, '20170701234500.mentions.CSV');
  const store = await openStore(':memory:');
  await store.con.run(`COPY (SELECT * FROM read_csv('${shared(MENTIONS)}', header=true, all_varchar=true)) TO '${tsv}' (DELIMITER '\t', HEADER false, QUOTE '')`);
  const s = await gdelt.run(store, [tsv], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.equal(s.files[0].kind, 'gdelt2-mentions');
  assert.equal(s.inserted, 1635);
  const csv = await openStore(':memory:');
  await gdelt.run(csv, [shared(MENTIONS)!], { json: true });
  const key = async (st: Store) => (await rows(st, 'SELECT event_id, identifier, sentence_id, actor1_offset, actor2_offset, action_offset, confidence, doc_tone FROM mentions ORDER BY ALL')).map((r) => r.join()).join('\n');
  assert.equal(await key(store), await key(csv));
  store.close();
  csv.close();
});
