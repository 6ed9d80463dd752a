/**
 * Issue 4, what it must show, item 4: on the seed articles plus the demo corpus,
 * `entente contradictions` lists the Iran presence claim/denial pair with both
 * sentences: the Iraqi security official's claim that Iran has sent about 500
 * forces (seed 001) against Iran's statement that its forces have no presence in
 * Iraq (seed 000), June 2014; and the demo corpus's July pair (demo-10 against
 * demo-11). End to end through the CLI: ingest into a temporary database, then
 * contradictions --json.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, needsShared, shared } from '../shared.ts';
import { tempDir } from './fixture.ts';
import type { Contradiction } from '../../src/network/contradictions.ts';

const ingestReady = existsSync(join(ROOT, 'src/cli/commands/ingest.ts'));
const skip = !ingestReady ? 'the ingest command (src/cli/commands/ingest.ts) is not in this checkout yet' : needsShared('seeds/articles').skip;

const entente = (...args: string[]) => execFileSync(process.execPath, [join(ROOT, 'bin/entente.js'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

let t: ReturnType<typeof tempDir> | null = null;
let db = '';
before(() => {
  if (skip) return;
  t = tempDir();
  db = join(t.dir, 'e.duckdb');
  entente('ingest', shared('seeds/articles')!, '--db', db);
  entente('ingest', join(ROOT, 'corpus/demo'), '--db', db);
});
after(() => t?.cleanup());

const denials = () => JSON.parse(entente('contradictions', '--db', db, '--kind', 'denial', '--json')) as Contradiction[];

test("seeds: a claim of Iran's role in Iraq and Iran's denial, from different sources, with both sentences", { skip }, () => {
  const june = denials().filter((c) => c.a === 'IRN' && c.b === 'IRQ' && c.window === '2014-06');
  assert.ok(june.length > 0, 'no IRN–IRQ denial pair in June 2014');
  for (const c of june) {
    assert.ok(c.counter.negated || c.counter.denied);
    assert.ok(!c.claim.negated && !c.claim.denied && c.claim.modality === 'asserted');
    assert.equal(c.claim.polarity, c.counter.polarity);
    assert.ok(c.claim.sentence && c.counter.sentence, 'both evidence sentences');
    assert.ok(c.claim.doc !== c.counter.doc || (c.claim.claimant ?? '') !== (c.counter.claimant ?? ''), 'different sources');
    assert.ok(c.claim.date && c.counter.date && c.claim.date >= '2014-06-01' && c.counter.date <= '2014-06-30');
  }
  // Rouhani's denial (seed 001) against the US officials' claim in another article (seed 000)
  assert.ok(june.some((c) => /denies/.test(c.counter.sentence!) && c.claim.doc !== c.counter.doc));
  const text = entente('contradictions', '--db', db, '--kind', 'denial');
  assert.match(text, /2014-06 {2}IRN–IRQ {2}denial/);
  for (const c of june) assert.ok(text.includes(c.counter.sentence!.replace(/\s+/g, ' ').trim()));
});

// On failure the assertion message says which of the four sentences the coder missed.
test('seeds + demo corpus: the Iran presence claim ("500 forces") and its denial ("no presence in Iraq"), and the demo pair', { skip }, () => {
  const list = denials();
  const iranIraq = list.filter((c) => c.a === 'IRN' && c.b === 'IRQ');
  const seeds = iranIraq.find((c) => c.window === '2014-06' && /\b500\b/.test(c.claim.sentence ?? '') && /presence in Iraq/.test(c.counter.sentence ?? ''));
  const demo = iranIraq.find((c) => c.window === '2014-07' && /several hundred Revolutionary Guards/.test(c.claim.sentence ?? '') && /(present in Iraq|does not have troops in Iraq)/.test(c.counter.sentence ?? ''));
  // what the coder produced for the four sentences, to say which one is missing
  const coded = entente('events', '--db', db, '--actor', 'IRN', '--format', 'jsonl').split('\n').filter(Boolean).map((l) => JSON.parse(l)) as { source: string; target: string; code: string; negated: boolean; denied?: boolean; sentence?: string | null }[];
  const about = (re: RegExp) => coded.filter((e) => re.test(e.sentence ?? '') && e.source.startsWith('IRN') && e.target.startsWith('IRQ')).map((e) => `${e.source}→${e.target} ${e.code}${e.negated || e.denied ? ' negated/denied' : ''}`);
  const listed = iranIraq.map((c) => `  ${c.window}: ${c.claim.sentence}\n    <> ${c.counter.sentence}`).join('\n');
  assert.ok(seeds && demo, [
    `missing: ${[seeds ? null : 'seed pair (001 "500 forces" / 000 "no presence in Iraq")', demo ? null : 'demo pair (demo-10 / demo-11)'].filter(Boolean).join(', ')}`,
    `IRN→IRQ events coded from: seed 001 "500 forces": [${about(/\b500\b/).join(', ')}]; seed 000 "presence in Iraq": [${about(/presence in Iraq/).join(', ')}];`,
    `demo-10: [${about(/several hundred Revolutionary Guards/).join(', ')}]; demo-11: [${about(/(present in Iraq|does not have troops in Iraq)/).join(', ')}]`,
    `IRN–IRQ denials listed:\n${listed}`,
  ].join('\n'));
  assert.notEqual(seeds.claim.doc, seeds.counter.doc, 'claim and denial come from different articles');
  assert.equal(seeds.claim.date, '2014-06-25');
  assert.equal(seeds.counter.date, '2014-06-30');
  assert.equal(demo.claim.outlet, 'Tigris Daily');
  assert.equal(demo.counter.outlet, 'Gulf Wire');
  // the text report shows both sentences
  const text = entente('contradictions', '--db', db, '--kind', 'denial');
  assert.ok(text.includes(seeds.claim.sentence!.replace(/\s+/g, ' ').trim()));
  assert.ok(text.includes(seeds.counter.sentence!.replace(/\s+/g, ' ').trim()));
});
