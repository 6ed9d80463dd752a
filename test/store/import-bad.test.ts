import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { openStore, type Store } from '../../src/store/db.ts';
import gdelt from '../../src/store/importers/gdelt.ts';
import { shared, needsShared } from '../shared.ts';

// Bad input: a clear FILE:LINE error (or, with skipBad, the row reported and skipped);
// what the database already holds is never lost.
const G2 = 'data/events/gdelt2_20191024143000.export.CSV';
const opt = needsShared(G2);
const dir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
const sample = () => readFileSync(shared(G2)!, 'utf8').split('\n').filter(Boolean);

/** A database already holding the first 100 sample rows (from another file). */
async function seeded(): Promise<Store> {
  const store = await openStore(':memory:');
  const f = join(dir, `seed-${Math.random()}.csv`);
  writeFileSync(f, sample().slice(0, 100).join('\n') + '\n');
  const s = await gdelt.run(store, [f], { json: true });
  assert.equal(s.inserted, 100);
  return store;
}
const count = async (store: Store) => Number((await store.con.runAndReadAll('SELECT count(*) FROM events')).getRows()[0][0]);

/** Rows 101..110 of the sample, with row `bad` (1-based) replaced. */
function fileWith(name: string, bad: number, replace: (cells: string[]) => string | Buffer): string {
  const rows = sample().slice(100, 110);
  const parts: Buffer[] = rows.map((r, i) => {
    const out = i + 1 === bad ? replace(r.split('\t')) : r;
    return Buffer.concat([Buffer.isBuffer(out) ? out : Buffer.from(out), Buffer.from('\n')]);
  });
  const f = join(dir, name);
  writeFileSync(f, Buffer.concat(parts));
  return f;
}

async function expectError(f: string, pattern: RegExp, name = f) {
  const store = await seeded();
  const s = await gdelt.run(store, [f], { json: true });
  assert.ok(s.files[0].error, 'an error is reported');
  assert.ok(s.files[0].error!.startsWith(name), `error names the file: ${s.files[0].error}`);
  assert.match(s.files[0].error!, pattern);
  assert.equal(await count(store), 100, 'nothing stored from the bad file, nothing lost');
  store.close();
}

test('wrong column count: FILE:LINE error, nothing of the file stored; --skip-bad reports the row and keeps line numbers', opt, async () => {
  const f = fileWith('short.csv', 3, (c) => c.slice(0, 40).join('\t'));
  await expectError(f, /:3: Expected Number of Columns: 61 Found: 40/);
  const g = fileWith('long-row.csv', 5, (c) => [...c, 'extra'].join('\t'));
  await expectError(g, /:5: Expected Number of Columns: 61 Found: 62/);
  const store = await seeded();
  const s = await gdelt.run(store, [f], { json: true, skipBad: true });
  assert.equal(s.files[0].error, undefined);
  assert.deepEqual([s.inserted, s.skipped], [9, 1]);
  assert.equal(s.problems.length, 1);
  assert.equal(s.problems[0].file, f);
  assert.equal(s.problems[0].line, 3);
  const rows = sample().slice(100, 110);
  const line4 = (await store.con.runAndReadAll(`SELECT row_number FROM events WHERE id = 'gdelt:${rows[3].split('\t')[0]}'`)).getRows();
  assert.equal(Number(line4[0][0]), 4, 'rows after a skipped one keep their own line number');
  assert.equal(await count(store), 109);
  store.close();
});

test('unknown date format: FILE:LINE error naming the field and value', opt, async () => {
  const f = fileWith('date.csv', 7, (c) => ((c[1] = '2018-10-24'), c.join('\t')));
  await expectError(f, /:7: SQLDATE "2018-10-24" is not a date YYYYMMDD/);
  const store = await seeded();
  const s = await gdelt.run(store, [f], { json: true, skipBad: true });
  assert.deepEqual([s.inserted, s.skipped, s.problems[0]?.line], [9, 1, 7]);
  store.close();
});

test('a BOM at the start is ignored', opt, async () => {
  const rows = sample().slice(100, 110);
  const f = join(dir, 'bom.csv');
  writeFileSync(f, '\uFEFF' + rows.join('\n') + '\n');
  const store = await seeded();
  const s = await gdelt.run(store, [f], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.equal(s.inserted, 10);
  const r = (await store.con.runAndReadAll(`SELECT row_number FROM events WHERE id = 'gdelt:${rows[0].split('\t')[0]}'`)).getRows();
  assert.equal(Number(r[0][0]), 1);
  store.close();
});

test('Latin-1 bytes: FILE:LINE error with the fix; --encoding latin-1 reads them', opt, async () => {
  const f = fileWith('latin1.csv', 4, (c) => {
    c[6] = 'CAF\u00c9';
    return Buffer.from(c.join('\t'), 'latin1');
  });
  await expectError(f, /:4: bytes that are not UTF-8 .*--encoding latin-1/);
  const store = await seeded();
  const s = await gdelt.run(store, [f], { json: true, encoding: 'latin-1' });
  assert.equal(s.inserted, 10);
  const id = sample()[103].split('\t')[0];
  const r = (await store.con.runAndReadAll(`SELECT source_name FROM events WHERE id = 'gdelt:${id}'`)).getRows();
  assert.equal(r[0][0], 'CAF\u00c9');
  store.close();
});

test('a 10 MB line: FILE:LINE error', opt, async () => {
  const f = fileWith('huge.csv', 2, (c) => ((c[6] = 'X'.repeat(10_000_000)), c.join('\t')));
  await expectError(f, /:2: line longer than/);
});

test('truncated zip and zip holding junk: clear errors naming the archive', opt, async () => {
  const whole = zipSync({ 'a.export.CSV': Buffer.from(sample().slice(100, 110).join('\n') + '\n') });
  const truncated = join(dir, 'truncated.zip');
  writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  await expectError(truncated, /truncated zip|corrupt zip/);
  const junk = join(dir, 'junk.zip');
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  writeFileSync(junk, zipSync({ 'a.export.CSV': bytes }, { level: 0 }));
  await expectError(junk, /!a\.export\.CSV:1: bytes that are not UTF-8|not GDELT/);
  const notzip = join(dir, 'notzip.zip');
  writeFileSync(notzip, bytes);
  await expectError(notzip, /not a zip archive/);
});

test('a good file after a bad one in the same run is imported', opt, async () => {
  const bad = fileWith('bad-first.csv', 1, (c) => c.slice(0, 10).join('\t'));
  const good = join(dir, 'good.csv');
  writeFileSync(good, sample().slice(200, 210).join('\n') + '\n');
  const store = await seeded();
  const s = await gdelt.run(store, [bad, good], { json: true });
  assert.ok(s.files[0].error);
  assert.equal(s.files[1].error, undefined);
  assert.equal(await count(store), 110);
  store.close();
});
