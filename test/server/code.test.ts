/**
 * POST /api/code through the real coder: spans relative to the evidence
 * sentence, storing makes the events appear in windows and networks, the same
 * text sent again adds nothing, and concurrent stores are serialised safely.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/db.ts';
import { storeDataset } from '../../src/server/store-dataset.ts';
import { createApp } from '../../src/server/app.ts';
import type { Hono } from 'hono';

let dir: string;
let store: Store;
let app: Hono;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-code-'));
  store = await openStore(join(dir, 'c.duckdb'));
  app = createApp(await storeDataset(store), { webRoot: null }).app;
});
after(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (body: unknown) => app.request('http://127.0.0.1/api/code', { method: 'POST', headers: { host: '127.0.0.1', 'content-type': 'application/json' }, body: JSON.stringify(body) });
const get = async (path: string) => (await app.request(`http://127.0.0.1${path}`, { headers: { host: '127.0.0.1' } })).json() as Promise<any>;

test('coding without storing: events with sentence-relative spans, nothing stored', async () => {
  const r = await post({ text: 'The talks were long. Turkey attacked ISIS fighters near Kobani on Monday.', date: '2014-10-06' });
  assert.equal(r.status, 200);
  const out = await r.json();
  assert.equal(out.stored, false);
  const e = out.events.find((x: any) => x.source === 'TUR');
  assert.ok(e, JSON.stringify(out.events));
  assert.equal(e.sentence, 'Turkey attacked ISIS fighters near Kobani on Monday.');
  assert.equal(e.sentence.slice(e.sourceSpan.start, e.sourceSpan.end), 'Turkey');
  assert.match(e.sentence.slice(e.verbSpan.start, e.verbSpan.end), /^attacked/);
  assert.ok(e.quad >= 3);
  assert.deepEqual((await get('/api/windows')).windows, []);
});

test('storing: the events appear in the network; the same text again adds nothing; concurrent stores are safe', async () => {
  const texts = Array.from({ length: 8 }, (_, i) => `Turkey attacked ISIS fighters near Kobani on day ${i + 1}. Iran praised Iraq for its resolve.`);
  const results = await Promise.all(texts.map((text, i) => Promise.resolve(post({ text, date: `2014-10-0${i + 1}`, store: true })).then(async (r: Response) => ({ status: r.status, body: await r.json() }))));
  for (const r of results) {
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.ok(r.body.added >= 2, `added ${r.body.added}`);
  }
  const again = await (await post({ text: texts[0], date: '2014-10-01', store: true })).json();
  assert.equal(again.added, 0);
  const w = (await get('/api/windows')).windows;
  assert.deepEqual(w.map((x: any) => x.id), ['2014-Q4']);
  const net = await get('/api/network?window=2014-Q4&level=country');
  const tur = net.edges.find((e: any) => [e.a, e.b].includes('TUR') && [e.a, e.b].some((x: string) => /IS/.test(x)));
  assert.ok(tur, JSON.stringify(net.edges));
  assert.equal(tur.sign, -1);
  const d = await get(`/api/dyad?a=${tur.a}&b=${tur.b}&window=2014-Q4`);
  assert.equal(d.total, 8);
  assert.ok(d.events.every((e: any) => e.docTitle === null && /^Turkey attacked/.test(e.sentence)));
  const doc = await get(`/api/document?id=${d.events[0].doc}`);
  assert.match(doc.text, /^Turkey attacked ISIS fighters near Kobani on day \d\./);
  assert.equal(doc.sentences.length, 2);
});
