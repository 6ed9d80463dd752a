/**
 * `entente eval` on the gold files in ../shared: the PLOVER scores are computed on the coded events
 * (what `entente code` outputs), and again with source-only verb cues standing in; the two agree where
 * they must, and the events-only predictions are the records `entente code` codes an event for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT, needsShared, shared } from '../shared.ts';

const GSR = 'data/gold/PLOVER_GSR_CAMEO.json';

test('eval scores the coded events, and the cue fallback separately; events-only counts match entente code', needsShared(GSR), () => {
  const r = spawnSync(process.execPath, ['bin/entente.js', 'eval', '--limit', '60', '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const g = out.gsr, gc = out.gsrWithCues;
  assert.equal(g.sentences, 60);
  // the cue fallback only adds predictions without a target: targets and dyads are the same
  assert.deepEqual(g.target, gc.target);
  assert.deepEqual(g.dyad, gc.dyad);
  assert.ok(gc.event.predicted >= g.event.predicted && gc.event.tp >= g.event.tp);
  for (const s of [g.event, g.source, g.target, g.dyad, g.triple]) assert.ok(s.tp <= s.predicted && s.tp <= s.gold && s.f1 >= 0 && s.f1 <= 1);
  // independent count: the records `entente code` codes at least one event for
  const records = (JSON.parse(readFileSync(shared(GSR)!, 'utf8')) as any[]).filter((x) => x && typeof x.text === 'string' && x.event && x.event !== 'DOCUMENT').slice(0, 60);
  const input = records.map((x) => JSON.stringify({ id: x.id, text: x.text, date: '2000-01-01' })).join('\n') + '\n';
  const c = spawnSync(process.execPath, ['bin/entente.js', 'code', '-'], { cwd: ROOT, encoding: 'utf8', input });
  assert.equal(c.status, 0, c.stderr);
  const docs = new Set(c.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).doc));
  assert.equal(g.event.predicted, docs.size, 'one prediction per record with a coded event');
});
