/**
 * Domestic acts: a coded verb with a named source, no named target, a domestic matter as its object
 * (dictionaries/verbs/domestic.tsv), in a sentence that names no actor of another country, is the
 * source's country acting on itself; the target has no span. Example sentences are the project's own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../../src/extract/coder.ts';

const coder = createCoder();
const events = (text: string) => coder.codeText(text, '2014-06-30');

test('domestic acts: a state of emergency, a strike, a curfew are the country acting on itself, without a target span', () => {
  for (const [text, source, target] of [
    ['The Nepalese government declared a state of emergency on Friday.', 'NPLGOV', 'NPL'],
    ['Kenyan police lifted the curfew on Friday.', 'KENCOP', 'KEN'],
  ] as const) {
    const evs = events(text);
    const e = evs.find((x) => x.source === source);
    assert.ok(e, `${text}: ${evs.map((x) => `${x.source}>${x.target}:${x.code}`).join(' ')}`);
    assert.equal(e.target, target, text);
    assert.equal(e.targetSpan, null, `${text}: the target is not named in the text`);
    assert.ok(e.sourceSpan && e.verbSpan);
    assert.ok(e.confidence < 0.7, `${text}: an inferred target lowers the confidence (${e.confidence})`);
  }
});

test('domestic acts: not when another country is named, the object is no domestic matter, or the target is named', () => {
  // another state in the sentence could be the target
  assert.ok(!events('The Turkish government declared a state of emergency after the attacks from Syria.').some((e) => e.targetSpan === null));
  // the object is another party's act, not a domestic matter: no target is guessed
  assert.deepEqual(events('Turkish President Recep Tayyip Erdogan criticised the airdrop.').filter((e) => e.targetSpan === null), []);
  assert.deepEqual(events('Iraqi forces fought the militants near Samarra.').filter((e) => e.targetSpan === null), []);
  // a named target stays the target, with its span ("on Baghdad": Iraq, named by its capital)
  const curfew = events('The Iraqi government imposed a curfew on Baghdad.').find((e) => e.source === 'IRQGOV');
  assert.ok(curfew && curfew.target === 'IRQ' && curfew.targetSpan !== null);
  // a town of places.tsv names its state: "in Mombasa" is Kenya, with the town's span
  const mombasa = 'Kenyan police lifted the curfew in Mombasa.';
  const lifted = events(mombasa).find((e) => e.source === 'KENCOP');
  assert.ok(lifted && lifted.target === 'KEN' && lifted.targetSpan && mombasa.slice(lifted.targetSpan.start, lifted.targetSpan.end) === 'Mombasa');
  const named = events('Iran condemned the crackdown on protesters in Bahrain.');
  assert.ok(named.every((e) => e.targetSpan !== null), named.map((x) => `${x.source}>${x.target}:${x.code}`).join(' '));
});

test('domestic acts are coded the same by codeText (no cues) and analyse (with cues)', () => {
  const text = 'The Nepalese government declared a state of emergency on Friday.';
  const a = coder.analyse(text, '2014-06-30').flatMap((s) => s.events).map((e) => `${e.source}>${e.target}:${e.code}`);
  const b = events(text).map((e) => `${e.source}>${e.target}:${e.code}`);
  assert.deepEqual(a, b);
});

test("domestic acts: resigning, or refusing to, is an act on the leader's own country", () => {
  for (const [text, source, code] of [
    ['Georgian President Eduard Shevardnadze resigned on Sunday.', 'GEOGOV', '08'],
    ['Kenyan Vice-President Moody Awori declined to resign.', 'KENGOV', '12'],
  ] as const) {
    const e = events(text).find((x) => x.source === source);
    assert.ok(e && e.code.startsWith(code) && e.target === source.slice(0, 3) && e.targetSpan === null, `${text}: ${events(text).map((x) => `${x.source}>${x.target}:${x.code}`).join(' ')}`);
  }
  // left alone: a resignation demanded by another country names that country; no target is guessed
  assert.ok(!events('The United States urged Iraqi Prime Minister Nouri al-Maliki to resign.').some((e) => e.targetSpan === null));
});
