import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, needsShared, shared } from '../shared.ts';

const entente = (args: string[], input?: string) => spawnSync(process.execPath, ['bin/entente.js', 'code', ...args], { cwd: ROOT, encoding: 'utf8', input });
const dir = mkdtempSync(join(tmpdir(), 'entente-code-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('entente code prints one JSON event per line with the documented fields; doc is the record id', () => {
  const f = join(dir, 'in.jsonl');
  writeFileSync(f, [
    JSON.stringify({ id: 'a1', text: 'Iran attacked Iraq on Monday. The US condemned Iran.', date: '2014-01-02' }),
    JSON.stringify({ id: 'a2', text: 'Turkey and Russia held talks with Syria.' }),
  ].join('\n') + '\n');
  const r = entente([f, '--date', '2015-05-05']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  for (const k of ['doc', 'date', 'source', 'target', 'code', 'root', 'goldstein', 'quad', 'negated', 'modality', 'claimant', 'sentence', 'start', 'end']) assert.ok(k in rows[0], k);
  const a1 = rows.filter((x) => x.doc === 'a1');
  assert.deepEqual(a1.map((x) => `${x.source}>${x.target}:${x.root}`), ['IRN>IRQ:19', 'USA>IRN:11']);
  assert.equal(a1[0].date, '2014-01-02');
  const a2 = rows.filter((x) => x.doc === 'a2');
  assert.deepEqual(a2.map((x) => `${x.source}>${x.target}`).sort(), ['RUS>SYR', 'TUR>SYR']);
  assert.equal(a2[0].date, '2015-05-05', '--date fills in a missing date');
});

test('entente code reads standard input and a seed article with its date line', needsShared('seeds/articles/000_90d9bf252558f15b.txt'), () => {
  const r = entente([shared('seeds/articles/000_90d9bf252558f15b.txt')!]);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(rows.length > 5);
  assert.ok(rows.every((x) => x.date === '2014-06-30'));
  const s = entente(['-'], 'Israel was attacked by Hezbollah.');
  assert.equal(s.status, 0, s.stderr);
  assert.equal(JSON.parse(s.stdout).source, 'HEZ');
});

test('bad input: empty file, binary file, bad JSONL line, bad --date', () => {
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  let r = entente([empty]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /empty\.txt: no text to code/);
  const bin = join(dir, 'bin.dat');
  writeFileSync(bin, Buffer.from([0, 1, 2, 3, 0, 255]));
  r = entente([bin]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /bin\.dat: binary file/);
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, '{"id":"x","text":"Iran met Iraq."}\n{not json\n');
  r = entente([bad]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /bad\.jsonl:2: not valid JSON/);
  r = entente([empty, '--date', '2014-13-45']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--date must be a date/);
});
