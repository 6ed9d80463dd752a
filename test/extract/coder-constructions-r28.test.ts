/**
 * Round 28 (actor side): supporters of a government, troops in "the <demonym> state of <place>", and "Georgia" placed
 * by the document so far. Each test codes sentences written for this round and checks look-alikes that the change
 * must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coder } from './coding.ts';

/** Each mention as CODE:text. */
const spans = (text: string, date = '2019-06-30') =>
  coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => `${m.code}:${s.sentence.tokens.slice(m.first, m.last).map((t) => t.text).join(' ')}`));
/** Mentions of the document's last sentence. */
const lastCodes = (text: string, date = '2019-06-30') => coder.analyse(text, date, 'x').at(-1)!.mentions.map((m) => m.code);

test('supporters of a government or its sitting leader are that state\'s civilians, not the government', () => {
  const cases: [string, string, string][] = [
    ['Supporters of President Nicolas Maduro rallied outside the palace in Caracas.', '2019-02-02', 'VENCVL'],
    ['Followers of the Venezuelan government gathered in the capital.', '2019-02-02', 'VENCVL'],
    ['Supporters of President Evo Morales marched through La Paz.', '2018-05-01', 'BOLCVL'],
  ];
  for (const [text, date, code] of cases) {
    const cs = spans(text, date);
    assert.ok(cs.some((c) => c.startsWith(code + ':')) && !cs.some((c) => /^(VEN|BOL)(GOV|ELI):/.test(c)), `${text} → ${cs.join(' | ')}`);
  }
  // left alone: opponents stay the opposition, a state's supporters stay the state, the leader alone stays the government
  let text = 'Opponents of President Nicolas Maduro rallied in Caracas.';
  assert.ok(spans(text, '2019-02-02').some((c) => c.startsWith('VENOPP:')), spans(text, '2019-02-02').join(' | '));
  text = 'Supporters of Israel rallied in central London.';
  assert.ok(spans(text).some((c) => c === 'ISR:Israel'), spans(text).join(' | '));
  text = 'Supporters of former president Evo Morales blocked highways around La Paz.';
  assert.ok(spans(text, '2019-11-20').some((c) => c.startsWith('BOLELI:')), spans(text, '2019-11-20').join(' | '));
  text = 'President Nicolas Maduro addressed his supporters in Caracas.';
  assert.ok(spans(text, '2019-02-02').some((c) => c.startsWith('VENGOV:')), spans(text, '2019-02-02').join(' | '));
});

test('troops in "the <demonym> state of <its place>" are that state\'s military, one mention', () => {
  let text = 'Troops in the Indian state of Manipur shot dead three insurgents.';
  let cs = spans(text);
  assert.ok(cs.includes('INDMIL:Troops in the Indian state of Manipur'), cs.join(' | '));
  text = 'Soldiers in the Nigerian state of Borno repelled an attack on their base.';
  cs = spans(text);
  assert.ok(cs.some((c) => c.startsWith('NGAMIL:Soldiers in the Nigerian state of Borno')), cs.join(' | '));
  // left alone: troops in a country (often another state's), police in a state (round 26), a place of no state
  text = 'Troops in Afghanistan came under fire near the border.';
  cs = spans(text);
  assert.ok(!cs.some((c) => c.startsWith('AFGMIL')), cs.join(' | '));
  text = 'Police in the Indian state of Assam detained twelve people.';
  assert.ok(spans(text).includes('INDCOP:Police in the Indian state of Assam'), spans(text).join(' | '));
  text = 'Troops in the Indian state of Punjab searched the village.';
  assert.ok(!spans(text).some((c) => c.startsWith('INDMIL')), spans(text).join(' | '));
});

test('"Georgia" with no cue in its sentence is the US state when the document so far named US places and nothing of the Caucasus', () => {
  let doc = 'Voters in Ohio and Michigan went to the polls on Tuesday. The candidates then held a debate in Georgia.';
  assert.ok(lastCodes(doc).includes('USA') && !lastCodes(doc).includes('GEO'), spans(doc).join(' | '));
  doc = 'Flooding closed roads across Alabama. Rescue teams were also sent to Georgia.';
  assert.ok(lastCodes(doc).includes('USA') && !lastCodes(doc).includes('GEO'), spans(doc).join(' | '));
  // left alone: no US place before; a Caucasus state or word named before; the sentence's own Caucasus cue
  doc = 'The candidates held a debate in Georgia.';
  assert.ok(lastCodes(doc).includes('GEO'), spans(doc).join(' | '));
  doc = 'Voters in Ohio went to the polls. Protesters in Tbilisi demanded new elections. Observers were sent to Georgia.';
  assert.ok(lastCodes(doc).includes('GEO'), spans(doc).join(' | '));
  doc = 'A delegation from Texas visited Moscow. Russian officials later criticised Georgia.';
  assert.ok(lastCodes(doc).includes('GEO'), spans(doc).join(' | '));
  doc = 'Voters in Ohio went to the polls. Georgia accused the separatists in Abkhazia of shelling villages.';
  assert.ok(lastCodes(doc).includes('GEO'), spans(doc).join(' | '));
});
