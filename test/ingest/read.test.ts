/**
 * The readers on each format, with fixtures the project wrote (test/fixtures/ingest):
 * plain text, HTML, JSONL, CSV, TSV, RSS, Atom, a directory tree and a feed served
 * over HTTP; content-hash ids; the date precedence record > date line > --date.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAll, newStats, type InputError } from '../../src/ingest/read.ts';
import { documentId } from '../../src/ingest/document.ts';
import { ROOT } from '../shared.ts';

const FIX = join(ROOT, 'test', 'fixtures', 'ingest');
const f = (name: string) => join(FIX, name);
const tmp = mkdtempSync(join(tmpdir(), 'entente-read-'));
test.after(() => rmSync(tmp, { recursive: true, force: true }));

async function read(paths: string[], date?: string) {
  const errors: InputError[] = [];
  const docs = await readAll(paths, { date, onError: (e) => errors.push(e) });
  return { docs, errors };
}

test('plain text: the whole text, its title line and date line', async () => {
  const { docs, errors } = await read([f('article.txt')]);
  assert.deepEqual(errors, []);
  assert.equal(docs.length, 1);
  const d = docs[0];
  assert.equal(d.date, '2015-03-14');
  assert.equal(d.title, 'Ankara and Moscow Trade Warnings Over Syria');
  assert.equal(d.text, readFileSync(f('article.txt'), 'utf8'), 'text kept as in the file, so offsets refer to it');
  assert.equal(d.id, documentId(d.text));
  assert.match(d.id, /^[0-9a-f]{32}$/);
});

test('JSONL: one document per record with id, title, date, url, source; blank lines skipped', async () => {
  const { docs, errors } = await read([f('articles.jsonl')], '2016-01-01');
  assert.deepEqual(errors, []);
  assert.deepEqual(docs.map((d) => [d.externalId, d.date, d.line]), [['r1', '2014-07-02', 1], ['r2', '2014-10-06', 2], ['r3', '2016-01-01', 3], ['r4', '2014-06-30', 5]]);
  assert.equal(docs[0].url, 'https://news.example/r1');
  assert.equal(docs[0].source, 'Example Wire');
  assert.equal(docs[0].title, 'Iraq thanks Iran for support');
  assert.equal(docs[0].text, 'Iraq thanked Iran on Wednesday for military support against the insurgents.');
});

test('CSV and TSV: quoted multi-line text, the record\'s first line, dates in other forms', async () => {
  const { docs, errors } = await read([f('articles.csv'), f('articles.tsv')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(docs.map((d) => [d.externalId, d.date, d.line, d.title]), [
    ['c1', '2015-02-11', 2, 'Tunisia and Libya agree on border crossings'],
    ['c2', '2015-02-12', 5, 'Oman mediates, again'],
    ['t1', null, 2, 'Tabs work too'],
  ]);
  assert.equal(docs[0].text, 'Tunisia and Libya agreed on Wednesday to reopen two border crossings.\n\nOfficials said trade would resume within a week.');
  assert.equal(docs[1].source, null, 'empty cell is no source');
});

test('RSS and Atom: items with title, link, date, guid; content:encoded preferred and read as text', async () => {
  const { docs, errors } = await read([f('feed.rss'), f('feed.atom')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(docs.map((d) => [d.title, d.date, d.url, d.source]), [
    ['Kuwait sends aid to Jordan', '2015-03-03', 'https://news.example/kuwait-aid', 'Example Middle East Desk'],
    ['Israel and Egypt discuss Gaza & Sinai', '2015-03-04', 'https://news.example/israel-egypt', 'Example Middle East Desk'],
    ['Pakistan and Afghanistan reopen crossing', '2015-04-01', 'https://news.example/torkham', 'Example Atom Desk'],
  ]);
  assert.equal(docs[0].text, 'Kuwait sent humanitarian aid to Jordan on Tuesday.\n\nThe shipment included food and medicine.');
  assert.equal(docs[1].text, 'Israeli and Egyptian officials met in Cairo to discuss security in Sinai.', 'escaped HTML in <description> becomes text');
  assert.equal(docs[2].externalId, 'urn:example:torkham');
  for (const d of docs) assert.doesNotMatch(d.text, /<|alert/);
});

test('directories are read recursively in name order, hidden files and READMEs skipped; every format found', async () => {
  const stats = newStats();
  const docs = await readAll([FIX], { stats, onError: (e) => assert.fail(e.message) });
  const files = [...new Set(docs.map((d) => d.path!.slice(FIX.length + 1)))];
  assert.deepEqual(files, ['article.txt', 'articles.csv', 'articles.jsonl', 'articles.tsv', 'feed.atom', 'feed.rss', 'nested/deeper/two.md', 'nested/one.txt', 'page.html']);
  assert.equal(stats.files, 9);
  assert.equal(stats.filesRead, 9);
  assert.equal(stats.documents, docs.length);
  assert.equal(docs.find((d) => d.path!.endsWith('two.md'))!.date, '2015-06-07');
  assert.ok(!docs.some((d) => d.text.includes('hidden file') || d.text.includes('notes about the fixtures')));
});

test('ids are content hashes of the normalised text: the same article in any format or spacing has one id', async () => {
  const text = 'Chad and Niger agreed to patrol their border together.';
  writeFileSync(join(tmp, 'a.txt'), `  ${text.replace(/ /g, '  ')}\r\n`);
  writeFileSync(join(tmp, 'b.jsonl'), JSON.stringify({ id: 'x', text }) + '\n');
  writeFileSync(join(tmp, 'c.csv'), `text\n"${text}"\n`);
  // NFC: "é" as one code point vs e + combining accent
  writeFileSync(join(tmp, 'd.txt'), 'Caf\u00e9 talks in Beirut.');
  writeFileSync(join(tmp, 'e.txt'), 'Cafe\u0301 talks in Beirut.');
  const { docs } = await read(['a.txt', 'b.jsonl', 'c.csv', 'd.txt', 'e.txt'].map((n) => join(tmp, n)));
  assert.equal(new Set(docs.slice(0, 3).map((d) => d.id)).size, 1);
  assert.equal(docs[0].id, documentId(text));
  assert.equal(docs[3].id, docs[4].id);
  assert.notEqual(docs[0].id, docs[3].id);
});

test('date precedence: the record\'s date, else the date line, else --date, else null', async () => {
  writeFileSync(join(tmp, 'p.jsonl'), [
    { text: 'June 1, 2015\nMali thanked France.', date: '2015-02-02' },
    { text: 'June 1, 2015\nMali thanked France again.' },
    { text: 'Mali thanked France once more.' },
  ].map((r) => JSON.stringify(r)).join('\n'));
  assert.deepEqual((await read([join(tmp, 'p.jsonl')], '2015-09-09')).docs.map((d) => d.date), ['2015-02-02', '2015-06-01', '2015-09-09']);
  assert.deepEqual((await read([join(tmp, 'p.jsonl')])).docs.map((d) => d.date), ['2015-02-02', '2015-06-01', null]);
});

test('a feed and a page fetched over http(s)', async () => {
  const server = createServer((req, res) => {
    if (req.url === '/feed') { res.writeHead(200, { 'content-type': 'application/rss+xml' }); res.end(readFileSync(f('feed.rss'))); }
    else if (req.url === '/page') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(readFileSync(f('page.html'))); }
    else { res.writeHead(404); res.end('no'); }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  try {
    const { docs, errors } = await read([`${base}/feed`, `${base}/page`, `${base}/missing`]);
    assert.deepEqual(docs.map((d) => d.title), ['Kuwait sends aid to Jordan', 'Israel and Egypt discuss Gaza & Sinai', 'Gulf states meet in Riyadh']);
    assert.equal(docs[2].url, `${base}/page`);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].message, `${base}/missing: cannot fetch: HTTP 404 Not Found`);
  } finally {
    server.close();
  }
});

test('without onError the first error is thrown, naming the file and line', async () => {
  writeFileSync(join(tmp, 'bad.jsonl'), '{"text":"Iran met Iraq."}\n{"title":"no text"}\n');
  await assert.rejects(readAll([join(tmp, 'bad.jsonl')]), (e: Error) => e.message === `${join(tmp, 'bad.jsonl')}:2: record has no "text" field`);
});

test('standard input (-): JSONL, CSV and text told apart by content; errors name "-"', async () => {
  const { spawnSync } = await import('node:child_process');
  const run = (input: string | Buffer) => spawnSync(process.execPath, ['--import', 'tsx', '-e', `
    const { readAll } = await import(${JSON.stringify(join(ROOT, 'src/ingest/read.ts'))});
    const errors = [];
    const docs = await readAll(['-'], { onError: (e) => errors.push(e.message) });
    console.log(JSON.stringify({ docs: docs.map((d) => [d.externalId, d.date, d.path, d.text]), errors }));
  `], { cwd: ROOT, input, encoding: 'utf8' });
  const parse = (r: ReturnType<typeof run>) => { assert.equal(r.status, 0, r.stderr); return JSON.parse(r.stdout); };
  assert.deepEqual(parse(run('{"id":"a","text":"Iran met Iraq.","date":"2014-01-02"}\n{bad\n')), { docs: [['a', '2014-01-02', '-', 'Iran met Iraq.']], errors: ['-:2: not valid JSON (Expected property name or \'}\' in JSON at position 1)'] });
  assert.deepEqual(parse(run('id,text\nb,"Syria met Jordan."\n')).docs, [['b', null, '-', 'Syria met Jordan.']]);
  assert.deepEqual(parse(run('June 3, 2015\nText about Chad.')).docs, [[null, '2015-06-03', '-', 'June 3, 2015\nText about Chad.']]);
  assert.deepEqual(parse(run(Buffer.from([0, 1, 2]))).errors, ['-: binary file (NUL byte at offset 0), not text']);
});
