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

test('gold records tagged SRC/TAR are mutual: each party is a target of the other, an empty target does not match', needsShared(GSR), async () => {
  const { goldParties, targetMatches } = await import('../../src/cli/commands/eval.ts');
  const records = (JSON.parse(readFileSync(shared(GSR)!, 'utf8')) as any[]).filter((x) => x && typeof x.text === 'string' && x.event && x.event !== 'DOCUMENT');
  const mutual = records.filter((x) => String(x.textInfo?.markup ?? '').includes('SRC/TAR:'));
  assert.ok(mutual.length >= 10, `${mutual.length} mutual records`);
  for (const r of mutual) {
    const g = goldParties(r);
    assert.ok(g.mutual && g.sources.length >= 2, r.id);
    assert.deepEqual(g.targets, g.sources, r.id);
    const [a, b] = g.sources;
    if (a !== b) {
      assert.ok(targetMatches(g, a, b) && targetMatches(g, b, a), r.id);
      assert.ok(!targetMatches(g, a, a), `${r.id}: a party is not its own counterpart`);
    }
    assert.ok(!targetMatches(g, a, ''), `${r.id}: no target is not the other party`);
    assert.ok(!targetMatches(g, a, 'XXX'), r.id);
  }
  // a record without the tag keeps its target field; one with no target wants none
  const plain = records.find((x) => !String(x.textInfo?.markup ?? '').includes('SRC/TAR:') && Array.isArray(x.target) && x.target.length)!;
  const g = goldParties(plain);
  assert.ok(!g.mutual);
  assert.ok(targetMatches(g, g.sources[0], g.targets[0]) && !targetMatches(g, g.sources[0], ''));
  const none = records.find((x) => !String(x.textInfo?.markup ?? '').includes('SRC/TAR:') && !Array.isArray(x.target))!;
  assert.ok(targetMatches(goldParties(none), 'USA', ''));
});

const SPANS = 'data/gold/cameo_ner_train.txt';

test('eval scores source/target attachment on the span-labelled sentences; the spans are read from the CoNLL tags', needsShared(SPANS), async () => {
  const { readSpanSentences, runEval } = await import('../../src/cli/commands/eval.ts');
  // the parser, on a sentence of our own in the file's form
  const [x] = readSpanSentences('Iraqi B-S\ntroops I-S\nattacked O\nISIS B-T\nfighters I-T\n. O\n');
  assert.equal(x.text, 'Iraqi troops attacked ISIS fighters.');
  assert.equal(x.text.slice(...x.source!), 'Iraqi troops');
  assert.equal(x.text.slice(...x.target!), 'ISIS fighters');
  // the whole file: counts agree with each other, and the figures with an independent recount of the first sentences
  const r = runEval({ spans: shared(SPANS)!, limit: 80 }) as any;
  const at = r.attachment;
  assert.equal(at.sentences, 80);
  assert.ok(at.source.found <= at.source.gold && at.target.found <= at.target.gold && at.both.found <= at.sentences);
  assert.ok(at.both.found <= Math.min(at.source.found, at.target.found));
  const { createCoder } = await import('../../src/extract/coder.ts');
  const coder = createCoder();
  let both = 0;
  for (const s of readSpanSentences(readFileSync(shared(SPANS)!, 'utf8')).slice(0, 80)) {
    const evs = coder.codeText(s.text);
    const on = (a: { start: number; end: number } | null | undefined, g: [number, number] | null) => !!a && !!g && a.start < g[1] && g[0] < a.end;
    if (evs.some((e) => on(e.sourceSpan, s.source) && on(e.targetSpan, s.target))) both++;
  }
  assert.equal(at.both.found, both);
  // the CLI prints the section and writes it with the rest
  const c = spawnSync(process.execPath, ['bin/entente.js', 'eval', '--limit', '20', '--json'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(c.status, 0, c.stderr);
  assert.equal(JSON.parse(c.stdout).attachment.sentences, 20);
});
