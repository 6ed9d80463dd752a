/**
 * Round 48: constructions from round 47's "For the code" list (bench/accuracy/NOTES.md, round 48). Own sentences on
 * real facts; each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, has, show } from './coding.ts';

test('coordinated states that fought in a war or side by side did not fight each other', () => {
  for (const text of [
    'Britain and France fought in both world wars.',
    'Canada and the United States fought in the Korean War.',
    'Australia and New Zealand fought together at Gallipoli.',
    'Britain and France fought side by side in Crimea.',
  ]) assert.ok(!events(text).some((e) => e.code.startsWith('19')), show(text));
  // left alone: coordinated states fighting over a matter, or in a year, fight each other
  codedAs([
    ['India and Pakistan fought over Kashmir in 1965.', 'IND', 'PAK', '190'],
    ['Armenia and Azerbaijan fought in 2020 over Nagorno-Karabakh.', 'AZE', 'ARM', '190'],
    ['Ethiopia and Eritrea fought a border war from 1998 to 2000.', 'ERI', 'ETH', '190'],
  ]);
});

test('"their troops" after coordinated states are those states\' forces, and a reciprocal act is each on the other', () => {
  codedAs([
    ['India and China are rivals, and their troops clashed in the Galwan Valley.', 'INDMIL', 'CHNMIL', '190'],
    ['India and China are rivals, and their troops clashed in the Galwan Valley.', 'CHNMIL', 'INDMIL', '190'],
    ['Armenia and Azerbaijan are old enemies, and their soldiers clashed along the border.', 'AZEMIL', 'ARMMIL', '190'],
  ]);
  // left alone: "their forces" with an object of their own attack it, not each other
  const text = 'Russia and Ukraine signed a ceasefire, but their forces attacked Syrian positions.';
  assert.ok(!has(text, 'RUSMIL', 'UKRMIL', '19') && !has(text, 'UKRMIL', 'RUSMIL', '19'), show(text));
  // nor a single state's troops
  const one = 'India is wary of China, and its troops patrol the border.';
  assert.ok(!events(one).some((e) => e.code.startsWith('19')), show(one));
});

test('a coercive noun after "be under" is its doer\'s act on the subject (under-nouns.tsv)', () => {
  codedAs([
    ['Qatar has been under a blockade by Saudi Arabia and the UAE since 2017.', 'SAU', 'QAT', '191'],
    ['Qatar has been under a blockade by Saudi Arabia and the UAE since 2017.', 'ARE', 'QAT', '191'],
    ['Venezuela remains under sanctions imposed by Washington.', 'USA', 'VEN', '163'],
    ['Cuba has lived under an American embargo for six decades.', 'USA', 'CUB', '163'],
    ['Yemen has been under a Saudi-led blockade since 2015.', 'SAU', 'YEM', '191'],
  ]);
  // left alone: no doer named, no event; and "under" a deal is no coercion
  for (const text of ['Iran is under sanctions.', 'Turkey is under pressure to release the pastor, Washington said.']) {
    assert.ok(!events(text).some((e) => e.code.startsWith('16') || e.code.startsWith('19')), show(text));
  }
});

test('the doers of a gerund after "join X in" are the joiner and X', () => {
  codedAs([
    ['Britain joined France and Germany in condemning Iran\'s breach of the deal.', 'GBR', 'IRN', '111'],
    ['Britain joined France and Germany in condemning Iran\'s breach of the deal.', 'DEU', 'IRN', '111'],
    ['Japan joined South Korea in criticising North Korea\'s missile test.', 'JPN', 'PRK', '111'],
  ]);
  // a "join" row whose words lie past "X in" is the act after "in", not joining it against X
  codedAs([
    ['Canada joined the United States in imposing sanctions on Russia.', 'USA', 'RUS', '163'],
    ['Australia joined the United States in air strikes against Islamic State.', 'AUS', 'ISIS', '195'],
  ], (text) => !events(text).some((e) => e.target === 'USA' && !e.code.startsWith('06')));
  // left alone: the rows of "join" with no actor and "in" before their words
  codedAs([['Canada joined the sanctions on Russia.', 'CAN', 'RUS', '163']]);
  // and "join" with no gerund after its object ("joined the talks with Iran in Vienna")
  const text = 'Britain joined the talks with Iran in Vienna.';
  assert.ok(!events(text).some((e) => e.code.startsWith('11')), show(text));
});

test('the object of a relative "which" with an actor subject is its antecedent', () => {
  codedAs([
    ['Hamas, which Israel and the United States regard as a terrorist group, governs Gaza.', 'ISR', 'HAMAS', '111'],
    ['Hamas, which Israel and the United States regard as a terrorist group, governs Gaza.', 'USA', 'HAMAS', '111'],
    ['Hezbollah, which Washington considers a terrorist organisation, sent fighters to Syria.', 'USA', 'HEZ', '111'],
    ['Iraq, which the United States invaded in 2003, held elections in 2005.', 'USA', 'IRQ', '190'],
  ]);
  // left alone: a relative whose pronoun is the subject, and one of speech ("which Israel says fired …")
  const text = 'Iran, which backs the Houthis, condemned the strikes.';
  assert.ok(has(text, 'IRN', 'HOUTHI', '051') && !events(text).some((e) => e.target === 'IRN'), show(text));
  const said = 'Hamas, which Israel says fired the rockets, denied the claim.';
  assert.ok(!events(said).some((e) => e.source === 'ISR' && e.target === 'HAMAS'), show(said));
});
