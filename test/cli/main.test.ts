import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { ROOT } from '../shared.ts';

const entente = (...args: string[]) => spawnSync(process.execPath, ['bin/entente.js', ...args], { cwd: ROOT, encoding: 'utf8' });

test('entente --help lists every command', () => {
  const r = entente('--help');
  assert.equal(r.status, 0, r.stderr);
  for (const c of ['ingest', 'code', 'dyads', 'events', 'import', 'network', 'balance', 'contradictions', 'serve']) assert.match(r.stdout, new RegExp(`^  ${c} `, 'm'));
});

test('an unknown command exits 2 with a message', () => {
  const r = entente('frobnicate');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown command 'frobnicate'/);
});
