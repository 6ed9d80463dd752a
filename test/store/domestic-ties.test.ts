/**
 * A domestic act coded from text (the source's country as an implicit target, no target span) is stored
 * and listed with the events, but ties no two actors: dyads and networks leave it out, at every level.
 * The text is the project's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-domestic-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const entente = (...args: string[]) => spawnSync(process.execPath, ['bin/entente.js', ...args], { cwd: ROOT, encoding: 'utf8' });

test('domestic acts are stored and listed, but are no dyad and no network edge', () => {
  const text = join(dir, 'nepal.txt');
  writeFileSync(text, 'Kathmandu, 2015-05-04\n\nThe Nepalese government declared a state of emergency on Monday. India sent aid to Nepal on Tuesday.\n');
  const db = join(dir, 'd.duckdb');
  const r = entente('ingest', text, '--db', db, '--date', '2015-05-04');
  assert.equal(r.status, 0, r.stderr);
  const evs = entente('events', '--db', db, '--format', 'jsonl').stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const domestic = evs.find((e) => e.source === 'NPLGOV' && e.target === 'NPL');
  assert.ok(domestic, `the domestic act is stored: ${evs.map((e) => `${e.source}>${e.target}:${e.code}`).join(' ')}`);
  assert.ok(evs.some((e) => e.source === 'IND' && e.target === 'NPL'), 'the tie between two states is stored');
  for (const level of ['actor', 'country']) {
    const ds = JSON.parse(entente('dyads', '--db', db, '--level', level, '--json').stdout);
    const pairs = ds.map((d: any) => `${d.a}-${d.b}`);
    assert.ok(pairs.includes('IND-NPL'), `${level}: ${pairs.join(' ')}`);
    assert.ok(!pairs.some((p: string) => p.includes('NPLGOV') || p === 'NPL-NPL'), `${level}: no dyad from the domestic act: ${pairs.join(' ')}`);
    const out = join(dir, `net-${level}.json`);
    const n = entente('network', '--db', db, '--level', level, '--format', 'json', '--out', out);
    assert.equal(n.status, 0, n.stderr);
    const net = readFileSync(out, 'utf8');
    assert.match(net, /"IND"/);
    assert.doesNotMatch(net, /NPLGOV/, `${level}: no edge from the domestic act`);
  }
});
