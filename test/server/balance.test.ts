/**
 * Balance through the API on the Correlates of War windows (../shared/data/
 * signed): the report of a window matches the reference triangle count and
 * balance ratio, its frustration is at least the reference optimum (equal when
 * proven), a what-if flip changes it consistently, and a dyad's prediction
 * lists the triads on each side.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { needsShared, shared } from '../shared.ts';
import { edgesDataset, readWindowEdges } from '../../src/server/edges-dataset.ts';
import { createApp } from '../../src/server/app.ts';
import type { Hono } from 'hono';

const COW = 'data/signed/cow_signed_windows_1946_1999.csv';
const REF = 'data/signed/cow_reference_values.csv';
let app: Hono;

before(() => {
  const f = shared(COW);
  if (f) app = createApp(edgesDataset('cow', readWindowEdges(f)), { webRoot: null }).app;
});

const get = async (path: string) => {
  const r = await app.request(`http://127.0.0.1${path}`, { headers: { host: '127.0.0.1' } });
  return { status: r.status, body: (await r.json()) as any };
};
const post = async (path: string, body: unknown) => {
  const r = await app.request(`http://127.0.0.1${path}`, { method: 'POST', headers: { host: '127.0.0.1', 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: r.status, body: (await r.json()) as any };
};

test('COW 46-49: triangles, balance ratio and frustration against the reference values', { ...needsShared(REF), timeout: 60_000 }, async () => {
  const ref = readFileSync(shared(REF)!, 'utf8').split('\n').find((l) => l.startsWith('46-49,'))!.split(',');
  const [n, m, triangles, ratio, frustration] = [Number(ref[1]), Number(ref[2]), Number(ref[5]), Number(ref[6]), Number(ref[7])];
  const { status, body: r } = await get('/api/balance?window=46-49');
  assert.equal(status, 200, JSON.stringify(r));
  assert.equal(r.nodes, n);
  assert.equal(r.edges, m);
  const t = r.triangles;
  assert.equal(t.ppp + t.ppn + t.pnn + t.nnn, triangles);
  assert.ok(Math.abs(r.balanceRatio - ratio) < 1e-4, `ratio ${r.balanceRatio} vs ${ratio}`);
  assert.ok(r.frustration.value >= frustration, `frustration ${r.frustration.value} ≥ optimum ${frustration}`);
  if (r.frustration.optimal) assert.equal(r.frustration.value, frustration);
  assert.ok(r.frustration.lowerBound <= frustration);
  assert.ok(Array.isArray(r.tension) && r.tension.length > 0 && r.tension.length <= 15);

  // flipping a frustrated edge can lower frustration by at most one and never below the bound
  const tense = r.tension[0];
  const w = await post('/api/whatif', { window: '46-49', changes: [{ op: 'flip', a: tense.a ?? tense.source, b: tense.b ?? tense.target }] });
  assert.equal(w.status, 200, JSON.stringify(w.body));
  assert.equal(w.body.before.frustration.value, r.frustration.value);
  assert.ok(Math.abs(w.body.after.frustration.value - w.body.before.frustration.value) <= 1 || !w.body.after.frustration.optimal);
  assert.equal(typeof w.body.delta.balanceRatio, 'number');

  // prediction for a pair with common neighbours: the triads on each side
  const p = await get(`/api/balance?window=46-49&a=USA&b=RUS`);
  assert.equal(p.status, 200);
  const pred = p.body.predictions[0];
  assert.ok([1, -1, 0].includes(pred.sign));
  const forT = pred.for ?? pred.triadsFor ?? [], against = pred.against ?? pred.triadsAgainst ?? [];
  assert.ok(forT.length + against.length > 0, 'USA and RUS share neighbours in 46-49');
  assert.ok(forT.length >= against.length || pred.sign === 0);
});

test('what-if rejects edits that do not apply', needsShared(COW), async () => {
  assert.equal((await post('/api/whatif', { window: '46-49', changes: [{ op: 'flip', a: 'USA', b: 'NEP' }] })).status, 404);
  assert.equal((await post('/api/whatif', { window: '46-49', changes: [{ op: 'add', a: 'USA', b: 'CAN', sign: 1 }] })).status, 409);
  assert.equal((await post('/api/whatif', { window: '46-49', changes: [{ op: 'add', a: 'USA', b: 'USA', sign: 1 }] })).status, 400);
});
