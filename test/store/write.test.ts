/**
 * The store's writer: documents, sentences, events and actors appended in one
 * transaction; stored documents skipped (re-ingesting adds nothing); a failure
 * part-way leaves the database exactly as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/db.ts';
import { storeDocuments, withWriter } from '../../src/store/write.ts';
import { coded } from './fixture.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-write-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

async function counts(store: Store) {
  const r = await store.con.runAndReadAll(`SELECT (SELECT count(*) FROM documents) d, (SELECT count(*) FROM sentences) s, (SELECT count(*) FROM events) e, (SELECT count(*) FROM actors) a,
    (SELECT coalesce(sum(hash(id || coalesce(CAST(date AS VARCHAR), '') || text)), 0) FROM documents) h, (SELECT coalesce(sum(hash(id || source || target || code)), 0) FROM events) eh`);
  const o = r.getRowObjectsJS()[0];
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));
}

const A = coded('Iran attacked Iraq.\nThe US condemned Iran.', '2014-06-10', [['IRN', 'IRQ', '190', 4], ['USA', 'IRN', '111', 3]]);
const B = coded('Turkey met Russia.', '2015-01-02', [['TUR', 'RUS', '040', 1]]);

test('storeDocuments writes documents, sentences, events and derived actors; storing again adds nothing', async () => {
  const store = await openStore(join(dir, 'a.duckdb'));
  try {
    const s1 = await storeDocuments(store, [A, B], { actors: [{ code: 'IRN', name: 'Iran', country: 'IRN', kind: 'state' }] });
    assert.deepEqual(s1, { documents: 2, duplicates: 0, sentences: 3, events: 3, actors: 5 });
    const row = (await store.con.runAndReadAll(`SELECT id, strftime(date, '%Y-%m-%d') AS date, text FROM documents WHERE id = ?`, [A.document.id])).getRowObjectsJS()[0];
    assert.deepEqual(row, { id: A.document.id, date: '2014-06-10', text: A.document.text });
    const ev = (await store.con.runAndReadAll(`SELECT source, target, code, quad, negated, modality, sentence_idx, sent_start, sent_end, verb_start, strftime(date, '%Y-%m-%d') AS date FROM events WHERE doc = ? ORDER BY sentence_idx`, [A.document.id])).getRowObjectsJS();
    assert.deepEqual(ev.map((e) => [e.source, e.target, e.code, e.quad, e.negated, e.modality, e.sentence_idx, e.sent_start, e.sent_end, e.date]), [
      ['IRN', 'IRQ', '190', 4, false, 'asserted', 0, 0, 19, '2014-06-10'],
      ['USA', 'IRN', '111', 3, false, 'asserted', 1, 20, 42, '2014-06-10'],
    ]);
    const actors = (await store.con.runAndReadAll(`SELECT code, name, country, kind FROM actors ORDER BY code`)).getRowObjectsJS();
    assert.deepEqual(actors.map((a) => a.code), ['IRN', 'IRQ', 'RUS', 'TUR', 'USA']);
    assert.equal(actors.find((a) => a.code === 'IRQ')!.name, 'Iraq');

    const before = await counts(store);
    const s2 = await storeDocuments(store, [B, A, B]);
    assert.deepEqual(s2, { documents: 0, duplicates: 3, sentences: 0, events: 0, actors: 0 });
    assert.deepEqual(await counts(store), before);
  } finally {
    store.close();
  }
});

test('a failure part-way through an ingest rolls everything back; earlier data stays intact', async () => {
  const path = join(dir, 'b.duckdb');
  let store = await openStore(path);
  await storeDocuments(store, [A]);
  const before = await counts(store);
  const C = coded('Egypt praised Jordan.', '2015-02-02', [['EGY', 'JOR', '051', 1]]);

  // an exception in the middle of the work (a reader or coder failing)
  await assert.rejects(withWriter(store, async (w) => {
    await w.add(B);
    await w.add(C);
    throw new Error('disk on fire');
  }), /disk on fire/);
  assert.deepEqual(await counts(store), before);

  // a constraint violation when the appended rows are flushed (an event id the database already holds)
  const D = coded('Chad met Niger.', null, [['TCD', 'NER', '040', 1]]);
  const clash = { ...C, events: C.events.map((e) => ({ ...e, id: A.events[0].id })) };
  await assert.rejects(storeDocuments(store, [D, clash]), /constraint|duplicate/i);
  assert.deepEqual(await counts(store), before);

  // the database still works, and holds what it held, after reopening
  store.close();
  store = await openStore(path);
  try {
    assert.deepEqual(await counts(store), before);
    const s = await storeDocuments(store, [B]);
    assert.equal(s.documents, 1);
  } finally {
    store.close();
  }
});
