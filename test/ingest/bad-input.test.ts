/**
 * Bad input (issue 2, item 4): an empty file, a binary file, a 50 MB single-line
 * file (as text, JSONL and CSV), invalid UTF-8, a CSV without a text column and
 * malformed RSS feeds. Each gives one line naming the file (and line where it
 * applies); `entente ingest` exits non-zero when nothing could be read, and the
 * database keeps exactly what it held.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAll, type InputError } from '../../src/ingest/read.ts';
import { openStore } from '../../src/store/db.ts';
import { ROOT } from '../shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const p = (name: string) => join(dir, name);

/** A file of `mb` megabytes on one line, written in pieces (the test holds no 50 MB string). */
function bigFile(name: string, mb: number, before = '', after = '') {
  const fd = openSync(p(name), 'w');
  writeSync(fd, before);
  const piece = 'Iran met Iraq. '.repeat(70_000); // ~1 MB
  for (let i = 0; i < mb; i++) writeSync(fd, piece);
  writeSync(fd, after);
  closeSync(fd);
}

writeFileSync(p('empty.txt'), '');
writeFileSync(p('blank.txt'), ' \n\t\n');
writeFileSync(p('blob.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0x00]));
writeFileSync(p('nul.txt'), Buffer.concat([Buffer.from('Iran met Iraq.\n'), Buffer.from([0, 0, 0])]));
writeFileSync(p('latin1.txt'), Buffer.concat([Buffer.from('Iran met Iraq on Monday.\nTurkey criticised Syria in Ankara; the caf'), Buffer.from([0xe9]), Buffer.from(' was closed.\n')]));
writeFileSync(p('latin1.jsonl'), Buffer.concat([Buffer.from('{"text":"Iran met Iraq."}\n{"text":"Syria and the caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
writeFileSync(p('notext.csv'), 'id,headline,body_html\n1,Iran meets Iraq,<p>Iran met Iraq.</p>\n');
writeFileSync(p('broken.rss'), '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>t</title>\n<item><title>a</title><description>Iran met Iraq.</description></itme>\n</channel></rss>\n');
writeFileSync(p('truncated.rss'), '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>t</title>\n<item><title>a</title>\n<description>Iran met');
writeFileSync(p('notfeed.xml'), '<?xml version="1.0"?>\n<catalog><book>Iran</book></catalog>\n');
bigFile('big.txt', 50);
bigFile('big.jsonl', 50, '{"text":"', '"}\n');
bigFile('big.csv', 50, 'text\n"', '"\n');

async function readOne(name: string) {
  const errors: InputError[] = [];
  const docs = await readAll([p(name)], { onError: (e) => errors.push(e) });
  return { docs, errors };
}

const FATAL: [string, RegExp][] = [
  ['empty.txt', /^.*empty\.txt: no text to code \(empty file\)$/],
  ['blank.txt', /^.*blank\.txt: no text to code \(empty file\)$/],
  ['blob.bin', /^.*blob\.bin: binary file \(NUL byte at offset 4\), not text$/],
  ['nul.txt', /^.*nul\.txt: binary file \(NUL byte at offset 15\), not text$/],
  ['notext.csv', /^.*notext\.csv:1: no "text" column \(header: id, headline, body_html\)$/],
  ['broken.rss', /^.*broken\.rss:4: malformed feed: <item> opened on line 3 is not closed$/],
  ['truncated.rss', /^.*truncated\.rss:4: malformed feed: <description> opened on line 4 is not closed$/],
  ['notfeed.xml', /^.*notfeed\.xml:2: not an RSS or Atom feed \(root element <catalog>\)$/],
  ['big.txt', /^.*big\.txt: file is 50\.\d MB, above the 10\.0 MB limit for one document/],
  ['big.jsonl', /^.*big\.jsonl:1: line is 50\.\d MB, above the 10\.0 MB limit for one record; skipped$/],
  ['big.csv', /^.*big\.csv:2: a record is above the 10\.0 MB limit for one record; stopped reading$/],
];

test('each bad file gives one error naming the file (and line) and no document', async () => {
  for (const [name, re] of FATAL) {
    const before = process.memoryUsage().rss;
    const { docs, errors } = await readOne(name);
    assert.equal(docs.length, 0, name);
    assert.equal(errors.length, 1, `${name}: ${errors.map((e) => e.message).join(' | ')}`);
    assert.match(errors[0].message, re);
    assert.ok(!errors[0].message.includes('\n'), 'one line');
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024, `${name}: memory stays bounded`);
  }
});

test('invalid UTF-8 is decoded with replacement characters and reported with its line as a warning', async () => {
  const t = await readOne('latin1.txt');
  assert.equal(t.docs.length, 1);
  assert.ok(t.docs[0].text.includes('caf\uFFFD was closed'));
  assert.deepEqual(t.errors.map((e) => [e.line, e.warning, e.message.replace(dir, '')]), [[2, true, '/latin1.txt:2: invalid UTF-8; decoded with replacement characters (U+FFFD)']]);
  const j = await readOne('latin1.jsonl');
  assert.equal(j.docs.length, 2);
  assert.deepEqual(j.errors.map((e) => [e.line, e.warning]), [[2, true]]);
});

const entente = (args: string[]) => spawnSync(process.execPath, ['bin/entente.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ENTENTE_PROGRESS: '0' } });

async function snapshot(db: string) {
  const store = await openStore(db, { readOnly: true });
  try {
    const r = await store.con.runAndReadAll(`SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM sentences) AS s, (SELECT count(*) FROM events) AS e,
      (SELECT coalesce(sum(hash(id || text)), 0) FROM documents) AS dh, (SELECT coalesce(sum(hash(id || source || target || code)), 0) FROM events) AS eh`);
    return JSON.stringify(r.getRowObjectsJS()[0], (_k, v) => (typeof v === 'bigint' ? String(v) : v));
  } finally {
    store.close();
  }
}

test('entente ingest: all bad files at once exit 1 with one line each, and the database keeps what it held', async () => {
  const db = p('kept.duckdb');
  const good = entente(['ingest', join(ROOT, 'test', 'fixtures', 'ingest', 'article.txt'), '--db', db]);
  assert.equal(good.status, 0, good.stderr);
  const before = await snapshot(db);
  assert.match(before, /"d":"1",/);

  const r = entente(['ingest', ...FATAL.map(([n]) => p(n)), '--db', db]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split('\n');
  for (const [name, re] of FATAL) {
    const hits = lines.filter((l) => l.includes(`/${name}`));
    assert.equal(hits.length, 1, `${name}: ${hits.join(' | ')}`);
    assert.match(hits[0].replace(/^entente ingest: /, ''), re);
  }
  assert.match(r.stderr, /no document could be read/);
  assert.equal(await snapshot(db), before);

  const js = entente(['ingest', p('empty.txt'), p('notext.csv'), '--db', db, '--json']);
  assert.equal(js.status, 1);
  const summary = JSON.parse(js.stdout);
  assert.deepEqual([summary.files, summary.documents, summary.events], [2, { read: 0, new: 0, duplicate: 0, undated: 0 }, 0]);
  assert.deepEqual(summary.errors.map((e: { line: number | null }) => e.line), [null, 1]);
  assert.equal(await snapshot(db), before);

  // good and bad together: the good is stored (exit 0), the bad reported, earlier data kept
  const mixed = entente(['ingest', p('blob.bin'), p('latin1.txt'), '--db', db, '--json']);
  assert.equal(mixed.status, 0, mixed.stderr);
  const m = JSON.parse(mixed.stdout);
  assert.equal(m.documents.new, 1);
  assert.equal(m.errors.length, 1);
  assert.equal(m.warnings[0].line, 2);
  const after = JSON.parse(await snapshot(db));
  assert.equal(after.d, "2");
});

test('a missing path and a database that cannot be opened are one-line errors', () => {
  const r = entente(['ingest', p('nope.txt'), '--db', p('x.duckdb')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /nope\.txt: no such file or directory/);
  const bad = entente(['ingest', join(ROOT, 'test', 'fixtures', 'ingest', 'article.txt'), '--db', p('blob.bin')]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /blob\.bin: cannot open database/);
});

test('an ingest killed part-way (SIGKILL, mid-transaction) leaves the database as it was', async () => {
  const db = p('killed.duckdb');
  const first = entente(['ingest', join(ROOT, 'test', 'fixtures', 'ingest', 'articles.jsonl'), '--db', db]);
  assert.equal(first.status, 0, first.stderr);
  const before = await snapshot(db);
  const lines: string[] = [];
  for (let i = 0; i < 40_000; i++) lines.push(JSON.stringify({ id: `k${i}`, text: `Report ${i}. Iran met Iraq in Baghdad on Monday. Turkey criticised Syria. Egypt praised Jordan for its help.` }));
  writeFileSync(p('many.jsonl'), lines.join('\n'));
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, ['bin/entente.js', 'ingest', p('many.jsonl'), '--db', db], { cwd: ROOT, env: { ...process.env, ENTENTE_PROGRESS: '1' } });
  // the progress bar appears after a second of work: the transaction is open and rows are being appended
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let killed = false;
  await new Promise<void>((resolve) => {
    child.stderr.on('data', (b: Buffer) => {
      if (!killed && b.toString().includes('ingest [')) {
        killed = true;
        child.kill('SIGKILL');
        resolve();
      }
    });
    void exited.then(() => resolve());
  });
  await exited;
  assert.ok(killed, 'the ingest was still running when killed');
  assert.equal(await snapshot(db), before);
  const again = entente(['ingest', join(ROOT, 'test', 'fixtures', 'ingest', 'article.txt'), '--db', db, '--json']);
  assert.equal(again.status, 0, again.stderr);
  assert.equal(JSON.parse(again.stdout).documents.new, 1, 'the database is usable afterwards');
});
