import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, shared, needsShared } from '../shared.ts';

const G2 = 'data/events/gdelt2_20191024143000.export.CSV';
const entente = (...args: string[]) => spawnSync(process.execPath, ['bin/entente.js', ...args], { cwd: ROOT, encoding: 'utf8' });

test('entente import gdelt --json: summary on stdout, exit 0; a bad file: FILE:LINE on stderr, exit 1, database kept', needsShared(G2), () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
  const db = join(dir, 'x.duckdb');
  const r = entente('import', 'gdelt', shared(G2)!, '--db', db, '--json');
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.deepEqual([s.format, s.rows, s.inserted], ['gdelt', 2111, 2111]);
  const bad = join(dir, 'bad.export.CSV');
  const lines = readFileSync(shared(G2)!, 'utf8').split('\n');
  writeFileSync(bad, [lines[0].replace(/^\d+/, '1'), lines[1].split('\t').slice(0, 30).join('\t')].join('\n') + '\n');
  const b = entente('import', 'gdelt', bad, '--db', db);
  assert.equal(b.status, 1);
  assert.match(b.stderr, new RegExp(`^entente import: ${bad}:2: Expected Number of Columns: 61 Found: 30$`, 'm'));
  const again = entente('import', 'gdelt', shared(G2)!, '--db', db, '--json');
  assert.deepEqual([JSON.parse(again.stdout).inserted, JSON.parse(again.stdout).duplicates], [0, 2111], 'the 2,111 events are still there');
});

test('entente import: unknown format and missing file are usage errors (exit 2)', () => {
  const r = entente('import', 'acled', 'x.csv');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown format 'acled'/);
  assert.equal(entente('import', 'gdelt').status, 2);
});
