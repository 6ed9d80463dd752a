/**
 * Issue 2, item 1: `entente ingest ../shared/seeds/articles` then
 * `entente dyads --level country --json` finds every dyad of
 * ../shared/seeds/expected.md (its table, read at test time) with the right sign,
 * reports USA–IRN as contested with evidence of both signs, and gives each dyad at
 * least one evidence sentence. Re-ingesting the seeds adds nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, needsShared, shared } from '../shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-seeds-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const entente = (args: string[]) => spawnSync(process.execPath, ['bin/entente.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ENTENTE_PROGRESS: '0' } });

interface Expected { a: string; b: string; sign: 1 | -1 | 'contested' }

/** The dyad table of expected.md: `| USA – ISIS | − | … |`. */
function expectedDyads(): Expected[] {
  const out: Expected[] = [];
  for (const line of readFileSync(shared('seeds/expected.md')!, 'utf8').split('\n')) {
    const m = /^\|\s*([A-Z+]{2,})\s*[–-]\s*([A-Z+]{2,})\s*\|\s*(−|-|\+|contested)\s*\|/.exec(line);
    if (m) out.push({ a: m[1], b: m[2], sign: m[3] === '+' ? 1 : m[3] === 'contested' ? 'contested' : -1 });
  }
  return out;
}

test('the seed articles give every expected dyad with its sign, USA–IRN contested, each with evidence', needsShared('seeds/expected.md'), () => {
  const expected = expectedDyads();
  assert.ok(expected.length >= 9, `expected.md table parsed (${expected.length} rows)`);
  const db = join(dir, 'seeds.duckdb');
  const ing = entente(['ingest', shared('seeds/articles')!, '--db', db, '--json']);
  assert.equal(ing.status, 0, ing.stderr);
  const summary = JSON.parse(ing.stdout);
  assert.deepEqual(summary.documents, { read: 3, new: 3, duplicate: 0, undated: 1 }, 'seed 002 carries no date line');
  assert.ok(summary.events > 0);

  const r = entente(['dyads', '--db', db, '--level', 'country', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const dyads = JSON.parse(r.stdout) as { a: string; b: string; sign: number; contested: boolean; cooperative: number; hostile: number; evidence: { kind: string; counted: boolean; sentence: string | null; doc: string }[] }[];
  const problems: string[] = [];
  for (const e of expected) {
    const [a, b] = [e.a, e.b].sort();
    const d = dyads.find((x) => x.a === a && x.b === b);
    if (!d) { problems.push(`${a}–${b}: missing`); continue; }
    if (e.sign === 'contested') {
      if (!d.contested) problems.push(`${a}–${b}: not contested (${d.cooperative} cooperative, ${d.hostile} hostile)`);
      for (const kind of ['cooperative', 'hostile']) if (!d.evidence.some((x) => x.kind === kind && x.counted && x.sentence)) problems.push(`${a}–${b}: no ${kind} evidence sentence`);
    } else if (d.sign !== e.sign) problems.push(`${a}–${b}: sign ${d.sign}, expected ${e.sign} (${d.cooperative} cooperative, ${d.hostile} hostile)`);
    if (!d.evidence.some((x) => x.sentence && x.doc)) problems.push(`${a}–${b}: no evidence sentence`);
  }
  assert.deepEqual(problems, []);
});

test('re-ingesting the seeds adds nothing', needsShared('seeds/articles'), () => {
  const db = join(dir, 'again.duckdb');
  const first = JSON.parse(entente(['ingest', shared('seeds/articles')!, '--db', db, '--json']).stdout);
  const again = entente(['ingest', shared('seeds/articles')!, '--db', db, '--json']);
  assert.equal(again.status, 0, again.stderr);
  const s = JSON.parse(again.stdout);
  assert.deepEqual(s.documents, { read: 3, new: 0, duplicate: 3, undated: 1 });
  assert.deepEqual([s.sentences, s.events], [0, 0]);
  assert.ok(first.events > 0);
  const ev = entente(['events', '--db', db, '--format', 'jsonl']);
  assert.equal(ev.stdout.trim().split('\n').length, first.events, 'the stored events are those of the first ingest');
});

test('entente ingest --actors FILE: a user actor is coded, stored in the vocabulary and shows in dyads', () => {
  const db = join(dir, 'actors.duckdb');
  const tsv = join(dir, 'my-actors.tsv');
  const text = join(dir, 'widgets.txt');
  writeFileSync(tsv, 'code\tname\tvariants\tkind\nWLF\tWidget Liberation Front\tWLF|Widget Front\tnonstate\n');
  writeFileSync(text, 'March 3, 2015\n\nThe Widget Liberation Front attacked Iraq on Monday. Iran condemned the Widget Front.\n');
  const r = entente(['ingest', text, '--db', db, '--actors', tsv, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const d = JSON.parse(entente(['dyads', '--db', db, '--level', 'country', '--json']).stdout) as { a: string; b: string; bName: string; hostile: number }[];
  const wlf = d.filter((x) => x.b === 'WLF' || x.a === 'WLF');
  assert.deepEqual(wlf.map((x) => `${x.a}-${x.b}`).sort(), ['IRN-WLF', 'IRQ-WLF']);
  assert.ok(wlf.every((x) => x.hostile >= 1));
  assert.equal(wlf[0].bName, 'Widget Liberation Front', 'the name comes from the stored vocabulary');
  const bad = entente(['ingest', text, '--db', db, '--actors', join(dir, 'missing.tsv')]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--actors .*missing\.tsv: no such file/);
});

test('entente dyads and events: readable table, options, bad arguments and a missing database', () => {
  const db = join(dir, 'cli.duckdb');
  const text = join(dir, 'cli.txt');
  writeFileSync(text, '2015-03-03\n\nIran attacked Iraq on Monday. The United States condemned Iran. Saudi Arabia praised the United States.\n');
  assert.equal(entente(['ingest', text, '--db', db]).status, 0);
  const t = entente(['dyads', '--db', db, '--level', 'country']);
  assert.equal(t.status, 0, t.stderr);
  const lines = t.stdout.split('\n');
  assert.match(lines[0], /^dyad\s+sign\s+coop\s+host\s+neg\s+hyp\s+contested\s+names/);
  assert.ok(lines.some((l) => /^IRN – IRQ\s+−\s+0\s+1\b/.test(l)), t.stdout);
  assert.ok(lines.some((l) => /^\s+2015-03-03 \[− \d+\] Iran attacked Iraq on Monday\./.test(l)), t.stdout);
  assert.match(entente(['dyads', '--db', db, '--from', '2016-01-01']).stdout, /^no dyads in /);
  assert.equal(entente(['dyads', '--db', db, '--level', 'planet']).status, 2);
  assert.equal(entente(['dyads', '--db', db, '--from', '2015-02-30x']).status, 2);
  const missing = entente(['dyads', '--db', join(dir, 'nope.duckdb')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.duckdb: no such database/);

  const csv = entente(['events', '--db', db, '--actor', 'irq']);
  assert.equal(csv.status, 0, csv.stderr);
  const rows = csv.stdout.trim().split('\n');
  assert.match(rows[0], /^id,origin,doc,date,source,target,/);
  assert.ok(rows.length >= 2 && rows.slice(1).every((r) => r.includes('IRQ')));
  assert.equal(entente(['events', '--db', db, '--format', 'parquet']).status, 2, 'parquet needs --out');
  const out = join(dir, 'ev.parquet');
  const pq = entente(['events', '--db', db, '--out', out]);
  assert.equal(pq.status, 0, pq.stderr);
  assert.match(pq.stderr, /events → .*ev\.parquet \(parquet\)/);
  assert.equal(readFileSync(out).subarray(0, 4).toString(), 'PAR1');
});
