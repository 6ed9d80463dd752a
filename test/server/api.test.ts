/**
 * The HTTP API against a real database (the GDELT 2.0 sample imported by
 * `entente import gdelt`) and the Correlates of War windows: behaviour on good
 * input, and 4xx with a clear message (never a 500 or a stack trace) on bad
 * input to every endpoint.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, needsShared, shared } from '../shared.ts';
import { openStore, type Store } from '../../src/store/db.ts';
import { storeDataset } from '../../src/server/store-dataset.ts';
import { createApp } from '../../src/server/app.ts';
import { resolveStatic } from '../../src/server/routes/static.ts';
import type { Hono } from 'hono';

const GDELT = 'data/events/gdelt2_20191024143000.export.CSV';
let dir: string;
let store: Store;
let app: Hono;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-api-'));
  const db = join(dir, 'g.duckdb');
  const file = shared(GDELT);
  if (file) {
    const r = spawnSync(process.execPath, ['bin/entente.js', 'import', 'gdelt', file, '--db', db], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
  store = await openStore(db);
  app = createApp(await storeDataset(store), { webRoot: join(ROOT, 'web', 'dist'), limits: { body: 4096, codeBody: 64 * 1024, codeText: 20_000 } }).app;
});

after(() => {
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const req = (path: string, init: RequestInit = {}) => app.request(`http://127.0.0.1${path}`, { ...init, headers: { host: '127.0.0.1:8080', ...(init.headers as Record<string, string>) } });
const json = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

/** A 4xx JSON answer whose message matches `message`, and no stack trace. */
async function rejects(path: string, status: number, message: RegExp, init?: RequestInit) {
  const r = await req(path, init);
  const text = await r.text();
  assert.equal(r.status, status, `${path}: expected ${status}, got ${r.status}: ${text.slice(0, 200)}`);
  assert.match(text, message, `${path}: message`);
  assert.doesNotMatch(text, /\bat .*\.(ts|js):\d+/, 'no stack trace');
  return text;
}

test('windows, network, dyad and actors on an imported GDELT sample', needsShared(GDELT), async () => {
  const w = await (await req('/api/windows')).json();
  assert.ok(w.windows.length >= 1);
  const busiest = w.windows.reduce((a: any, b: any) => (b.events > a.events ? b : a));
  assert.equal(busiest.id, '2019-Q4');
  const net = await (await req(`/api/network?window=${busiest.id}&level=country`)).json();
  assert.ok(net.nodes.length > 20 && net.edges.length > 20, `${net.nodes.length} nodes, ${net.edges.length} edges`);
  assert.ok(net.nodes.every((n: any) => n.id !== ''), 'no empty actor codes');
  assert.ok(net.edges.some((e: any) => e.sign === 1) && net.edges.some((e: any) => e.sign === -1), 'both signs');
  const e = net.edges.find((x: any) => x.a === 'RUS' || x.b === 'RUS') ?? net.edges[0];
  const d = await (await req(`/api/dyad?a=${e.a}&b=${e.b}&window=${busiest.id}`)).json();
  assert.equal(d.total, d.events.length);
  assert.ok(d.total >= e.events, `dyad lists every counted event (${d.total} ≥ ${e.events})`);
  assert.ok(d.events.every((x: any) => [x.source.slice(0, 3), x.target.slice(0, 3)].sort().join() === [e.a.slice(0, 3), e.b.slice(0, 3)].sort().join() || x.source === e.a || x.source === e.b));
  const a = await (await req('/api/actors?q=russia')).json();
  assert.equal(a.actors[0].code, 'RUS');
  const layout = await (await req('/api/layout?level=country')).json();
  assert.ok(net.nodes.every((n: any) => Array.isArray(layout.positions[n.id])), 'every node has a position');
  const actor = await (await req('/api/actor?code=USA')).json();
  assert.ok(actor.windows.some((x: any) => x.allies.length + x.adversaries.length > 0));
});

test('bad query parameters get 400 with the parameter named', async () => {
  await rejects('/api/network?window=../../etc/passwd', 400, /window: must be a window id/);
  await rejects('/api/network?window=2019-Q4&level=galaxy', 400, /level: must be 'actor' or 'country'/);
  await rejects('/api/network', 400, /window/);
  await rejects('/api/network?window=2019-Q4&window=2018-Q4', 400, /window: given more than once/);
  await rejects('/api/network?window=2019-Q4&evil=1', 400, /evil/);
  await rejects(`/api/network?window=${'9'.repeat(500)}`, 400, /window: too long/);
  await rejects('/api/windows?x=1', 400, /x/);
  await rejects('/api/dyad?a=USA&b=USA&window=2019-Q4', 400, /b: must differ from a/);
  await rejects('/api/dyad?a=%3Cscript%3E&b=USA&window=2019-Q4', 400, /a: must be an actor code/);
  await rejects('/api/dyad?a=USA&window=2019-Q4', 400, /b:/);
  await rejects('/api/dyad?a=USA&b=RUS&window=2019-Q4&limit=99999999999999', 400, /limit: must be an integer between 1 and 1000/);
  await rejects('/api/dyad?a=USA&b=RUS&window=2019-Q4&limit=-1', 400, /limit/);
  await rejects('/api/dyad?a=USA&b=RUS&window=2019-Q4&limit=1e308', 400, /limit/);
  await rejects('/api/balance?window=2019-Q4&a=USA', 400, /give both actors/);
  await rejects('/api/balance?window=2019-Q4&tension=1e999', 400, /tension/);
  await rejects(`/api/actors?q=${'x'.repeat(100)}`, 400, /q: too long/);
  await rejects('/api/actor?code=', 400, /code: must not be empty/);
  await rejects('/api/document?id=../../../etc/passwd', 400, /id: must be a document id/);
  await rejects('/api/document?id=%2Fetc%2Fpasswd', 400, /id: must be a document id/);
  await rejects('/api/contradictions?limit=0', 400, /limit/);
  await rejects('/api/timeline?level=1', 400, /level/);
});

test('unknown windows, actors, documents and endpoints get 404; wrong methods 405', async () => {
  await rejects('/api/network?window=1999-Q1', 404, /no window '1999-Q1'/);
  await rejects('/api/network?window=2019-13', 404, /no window/);
  await rejects('/api/dyad?a=USA&b=ZZZZZ&window=2019-Q4', shared(GDELT) ? 404 : 404, /(b: actor 'ZZZZZ' has no events|no window)/);
  await rejects('/api/balance?window=1999-Q1', 404, /no window/);
  await rejects('/api/actor?code=QQQQ', 404, /actor 'QQQQ' has no events/);
  await rejects('/api/document?id=deadbeef', 404, /no document 'deadbeef'/);
  await rejects('/api/contradictions?window=1999-Q1', 404, /no window/);
  await rejects('/api/frobnicate', 404, /no endpoint/);
  await rejects('/api/windows', 405, /no endpoint DELETE/, { method: 'DELETE' });
  await rejects('/api/code', 404, /no endpoint GET \/api\/code/);
});

test('POST bodies: type, JSON, schema and size are checked', async () => {
  await rejects('/api/code', 415, /must be JSON/, { method: 'POST', body: 'text=hello' });
  await rejects('/api/code', 400, /not valid JSON/, json('{"text": '));
  await rejects('/api/code', 400, /text/, json({ text: 5 }));
  await rejects('/api/code', 400, /text: must not be blank/, json({ text: '   ' }));
  await rejects('/api/code', 400, /date: must be YYYY-MM-DD/, json({ text: 'Iran condemned Saudi Arabia.', date: '26/03/2015' }));
  await rejects('/api/code', 400, /date: not a calendar date/, json({ text: 'Iran condemned Saudi Arabia.', date: '2015-13-45' }));
  await rejects('/api/code', 400, /store: must be true or false/, json({ text: 'Iran condemned Saudi Arabia.', store: 'yes' }));
  await rejects('/api/code', 400, /path|Unrecognized|unrecognized/, json({ text: 'x', path: '/etc/passwd' }));
  await rejects('/api/code', 413, /body too large \(at most 65536 bytes\)/, json({ text: 'a'.repeat(70_000) }));
  await rejects('/api/code', 413, /text: too long \(30000 characters; at most 20000\)/, json({ text: 'a '.repeat(15_000) }));
  await rejects('/api/whatif', 400, /op must be 'flip', 'remove' or 'add'/, json({ window: '2019-Q4', changes: [{ op: 'explode', a: 'USA', b: 'RUS' }] }));
  await rejects('/api/whatif', 400, /changes: give at least one change/, json({ window: '2019-Q4', changes: [] }));
  await rejects('/api/whatif', 400, /sign must be 1 or -1/, json({ window: '2019-Q4', changes: [{ op: 'add', a: 'USA', b: 'RUS', sign: 2 }] }));
  await rejects('/api/whatif', 400, /weight/, json({ window: '2019-Q4', changes: [{ op: 'add', a: 'USA', b: 'RUS', sign: 1, weight: 1e300 }] }));
  await rejects('/api/whatif', 413, /body too large/, json({ window: '2019-Q4', changes: Array.from({ length: 200 }, () => ({ op: 'flip', a: 'USA', b: 'RUS' })) }));
  await rejects('/api/whatif', 404, /no window/, json({ window: '1999-Q1', changes: [{ op: 'flip', a: 'USA', b: 'RUS' }] }));
  if (shared(GDELT)) await rejects('/api/whatif', 404, /changes.0.a: actor 'ZZZ' has no events/, json({ window: '2019-Q4', changes: [{ op: 'flip', a: 'ZZZ', b: 'RUS' }] }));
});

test('static files: traversal is impossible, the Host must be loopback', async () => {
  for (const p of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2f..%2fetc%2fpasswd', '/assets/..%5c..%5cpackage.json', '/%00', '/..%252f..%252fetc/passwd', '/%E0%A4%A']) {
    const r = await req(p);
    const t = await r.text();
    assert.ok(r.status === 400 || r.status === 404, `${p}: ${r.status}`);
    assert.doesNotMatch(t, /root:|"name": "entente"/, `${p} leaks nothing`);
  }
  assert.throws(() => resolveStatic('/srv/web', '/%2e%2e/secret'), /must not leave the web root/);
  assert.throws(() => resolveStatic('/srv/web', '/a\\..\\..\\b'), /invalid characters/);
  assert.equal(resolveStatic('/srv/web', '/'), '/srv/web/index.html');
  assert.equal(resolveStatic('/srv/web', '/assets/x.js'), '/srv/web/assets/x.js');
  const r = await app.request('http://evil.example/api/windows', { headers: { host: 'evil.example' } });
  assert.equal(r.status, 400);
  assert.match(await r.text(), /host: 'evil.example' is not served here/);
  const ok = await req('/api/windows');
  assert.equal(ok.headers.get('x-content-type-options'), 'nosniff');
  assert.match(ok.headers.get('content-security-policy') ?? '', /script-src 'self'/);
});

test('the page announces its first API calls as preloads, with the window named in the address encoded', async () => {
  const r = await req('/?window=2019-Q4');
  assert.equal(r.status, 200);
  const link = r.headers.get('link') ?? '';
  const urls = [...link.matchAll(/<([^>]*)>; rel=preload; as=fetch; crossorigin/g)].map((m) => m[1]);
  assert.deepEqual(urls, ['/api', '/api/windows', '/api/layout?level=country', '/api/network?window=2019-Q4&level=country']);
  // each preload is an endpoint that answers
  for (const u of urls.slice(0, 3)) assert.equal((await req(u)).status, 200, u);
  // a hostile window value cannot add a link or a header
  const evil = await req('/?window=' + encodeURIComponent('x>; rel=preload, </steal\r\nSet-Cookie: a=b'));
  const evilLink = evil.headers.get('link') ?? '';
  assert.equal([...evilLink.matchAll(/rel=preload/g)].length, 4);
  assert.match(evilLink, /window=x%3E%3B\+rel%3Dpreload%2C\+%3C%2Fsteal%0D%0ASet-Cookie%3A\+a%3Db&level=country/);
  assert.equal(evil.headers.get('set-cookie'), null);
  // no window: three preloads; assets get none
  assert.equal([...((await req('/')).headers.get('link') ?? '').matchAll(/rel=preload/g)].length, 3);
});
