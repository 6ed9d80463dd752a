/**
 * `entente balance --edges FILE` in a child process: JSON fields, readable report,
 * exit codes (2 usage, 1 bad file with a one-line FILE:LINE message).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-balance-cli-'));
const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/entente.js'), 'balance', ...args], { encoding: 'utf8', timeout: 60_000 });
const seedFile = join(dir, 'seed.csv');
writeFileSync(seedFile, 'from,to,sign\nUSA,ISIS,-1\nIRN,ISIS,-1\nIRQ,ISIS,-1\nUSA,IRQ,1\nIRN,IRQ,1\nUSA,SAU,1\nIRN,SAU,-1\nIRN,SYR,1\nUSA,IRN,-1\nUSA,USA,1\nX,Y,1\n');

test('--json: the report fields, seed network USA–IRN most tense and its prediction', () => {
  const r = run('--edges', seedFile, '--exact', '--predict', 'USA,IRN', '--json');
  assert.equal(r.status, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  for (const k of ['nodes', 'edges', 'triangles', 'balanceRatio', 'nullModel', 'frustration', 'blocs', 'tension', 'predictions', 'input']) assert.ok(k in j, k);
  for (const k of ['ppp', 'ppn', 'pnn', 'nnn']) assert.equal(typeof j.triangles[k], 'number');
  for (const k of ['z', 'p']) assert.ok(k in j.nullModel);
  for (const k of ['value', 'optimal', 'lowerBound', 'seconds', 'method']) assert.ok(k in j.frustration, k);
  assert.equal(j.nodes, 8);
  assert.equal(j.components, 2);
  assert.equal(j.input.selfLoops, 1);
  assert.equal(j.frustration.value, 2);
  assert.equal(j.frustration.optimal, true);
  assert.deepEqual([j.tension[0].a, j.tension[0].b].sort(), ['IRN', 'USA']);
  assert.deepEqual(j.predictions[0].for.map((t: any) => t.third), ['IRQ', 'ISIS']);
  assert.deepEqual(j.predictions[0].against.map((t: any) => t.third), ['SAU']);
});

test('readable report with --largest-component and --blocs', () => {
  const r = run('--edges', seedFile, '--largest-component', '--blocs', '2', '--predict', 'USA,IRN');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /6 nodes, 9 edges/);
  assert.match(r.stdout, /balance ratio: 0\.6000/);
  assert.match(r.stdout, /frustration: 2 \(/);
  assert.match(r.stdout, /blocs: 2 /);
  assert.match(r.stdout, /most tense edges[^\n]*\n {2}USA – IRN\s+−\s+2 \/ 1/);
  assert.match(r.stdout, /prediction USA – IRN: balance predicts \+ \(p = 0\.60; observed −\)\n {2}for \+: IRQ \(\+\+\), ISIS \(−−\)\n {2}for −: SAU \(\+−\)/);
});

test('exit codes: usage errors 2, bad files 1 with one FILE:LINE line', () => {
  for (const args of [['--edges', seedFile, '--blocs', 'x'], ['--edges', seedFile, '--predict', 'USA'], ['--edges', seedFile, '--ambivalent', 'maybe'], ['--edges', seedFile, '--time-limit', '-1'], ['--edges', seedFile, '--bogus'], ['--edges', seedFile, '--db', 'x.duckdb']]) {
    const r = run(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /Usage: entente balance/);
  }
  const bad = join(dir, 'bad.csv');
  writeFileSync(bad, 'source,target,weight\na,b,1\nb,c,enemy\n');
  const r = run('--edges', bad);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim(), `entente balance: ${bad}:3: unknown sign value "enemy" (expected a number or +/−)`);
  const empty = join(dir, 'empty.csv');
  writeFileSync(empty, '');
  const e = run('--edges', empty);
  assert.equal(e.status, 1);
  assert.match(e.stderr.trim(), /^entente balance: .*empty\.csv: empty file \(no edges\)$/);
  const missing = run('--edges', join(dir, 'nope.csv'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/);
});
