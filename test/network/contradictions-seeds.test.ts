/**
 * Issue 4, what it must show, item 4: on the seed articles plus the demo corpus,
 * `entente contradictions` lists the Iran presence claim/denial pair with both
 * sentences: the Iraqi security official's claim that Iran has sent about 500
 * forces (seed 001) against Iran's statement that its forces have no presence in
 * Iraq (seed 000), June 2014; and the demo corpus's July pair (demo-10 against
 * demo-11). End to end through the CLI: ingest into a temporary database, then
 * contradictions --json.
 */
import { test } from 'node:test';
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

test('seeds + demo corpus: the Iran presence claim and its denial, with both sentences', { skip }, async () => {
  const t = tempDir();
  const db = join(t.dir, 'e.duckdb');
  try {
    entente('ingest', shared('seeds/articles')!, '--db', db);
    entente('ingest', join(ROOT, 'corpus/demo'), '--db', db);
    const list = JSON.parse(entente('contradictions', '--db', db, '--kind', 'denial', '--json')) as Contradiction[];
    const iranIraq = list.filter((c) => c.a === 'IRN' && c.b === 'IRQ');
    const seeds = iranIraq.find((c) => c.window === '2014-06' && /\b500\b/.test(c.claim.sentence ?? '') && /presence in Iraq/.test(c.counter.sentence ?? ''));
    assert.ok(seeds, `seed pair (500 forces / no presence in Iraq) not listed; IRN–IRQ denials found:\n${iranIraq.map((c) => `${c.window}: ${c.claim.sentence} <> ${c.counter.sentence}`).join('\n')}`);
    assert.notEqual(seeds.claim.doc, seeds.counter.doc, 'claim and denial come from different articles');
    assert.equal(seeds.claim.date, '2014-06-25');
    assert.equal(seeds.counter.date, '2014-06-30');
    const demo = iranIraq.find((c) => c.window === '2014-07' && /several hundred Revolutionary Guards/.test(c.claim.sentence ?? '') && /(present in Iraq|does not have troops in Iraq)/.test(c.counter.sentence ?? ''));
    assert.ok(demo, 'demo pair (demo-10 claim / demo-11 denial) not listed');
    assert.equal(demo.claim.outlet, 'Tigris Daily');
    assert.equal(demo.counter.outlet, 'Gulf Wire');
    // the text report shows both sentences
    const text = entente('contradictions', '--db', db, '--kind', 'denial');
    assert.match(text, /2014-06 {2}IRN–IRQ {2}denial/);
    assert.ok(text.includes(seeds.claim.sentence!.replace(/\s+/g, ' ').trim()));
    assert.ok(text.includes(seeds.counter.sentence!.replace(/\s+/g, ' ').trim()));
  } finally {
    t.cleanup();
  }
});
