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
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  assert.deepEqual(summary.documents, { read: 3, new: 3, duplicate: 0 });
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
  assert.deepEqual(s.documents, { read: 3, new: 0, duplicate: 3 });
  assert.deepEqual([s.sentences, s.events], [0, 0]);
  assert.ok(first.events > 0);
  const ev = entente(['events', '--db', db, '--format', 'jsonl']);
  assert.equal(ev.stdout.trim().split('\n').length, first.events, 'the stored events are those of the first ingest');
});
