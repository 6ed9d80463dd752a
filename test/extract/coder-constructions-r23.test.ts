/**
 * Round 23 (actor side): the actor codes and spans of the round-19 to round-22 lists and of the dev dumps. Each test
 * codes sentences written for this round and checks look-alikes that the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coder, mentions, mentionsOn, has, show } from './coding.ts';

/** Each mention as CODE:text. */
const spans = (text: string, date = '2014-06-30') =>
  coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => `${m.code}:${s.sentence.tokens.slice(m.first, m.last).map((t) => t.text).join(' ')}`));

test('the anti-balaka militias have a code of their own, apart from the Seleka they fought', () => {
  let text = 'Anti-balaka militias burned three villages near Bossangoa.';
  assert.ok(mentions(text).includes('ANTIBALAKA') && !mentions(text).includes('SELEKA'), spans(text).join(' | '));
  text = 'Fighting between Seleka rebels and anti-balaka gunmen spread to Bambari.';
  assert.ok(mentions(text).includes('ANTIBALAKA') && mentions(text).includes('SELEKA'), spans(text).join(' | '));
  text = 'Anti-Balaka fighters attacked Seleka positions in Bangui.';
  assert.ok(has(text, 'ANTIBALAKA', 'SELEKA', '19'), show(text));
  // left alone: Seleka by itself, and other anti- words
  text = 'Seleka rebels seized Bangui in March 2013.';
  assert.ok(mentions(text).includes('SELEKA') && !mentions(text).includes('ANTIBALAKA'), spans(text).join(' | '));
  text = 'Anti-government protesters marched through Bangui.';
  assert.ok(!mentions(text).includes('ANTIBALAKA'), spans(text).join(' | '));
});

test('the bare acronyms KLA and GIA are the armed groups only in a story that names Kosovo or Serbia, or Algeria', () => {
  let text = 'Serbian police clashed with KLA guerrillas near Pristina.';
  assert.ok(mentionsOn(text, '1998-07-01').includes('KLA'), spans(text, '1998-07-01').join(' | '));
  text = 'Serbia sent more troops to Kosovo. The KLA ambushed a police patrol there.';
  assert.ok(mentionsOn(text, '1998-07-01').includes('KLA'), spans(text, '1998-07-01').join(' | '));
  text = 'Algeria blamed the GIA for the massacre near Blida.';
  assert.ok(mentionsOn(text, '1997-09-01').includes('GIA'), spans(text, '1997-09-01').join(' | '));
  // left alone: the chip-equipment maker and the gem institute, in stories that name no such state
  text = 'KLA reported higher orders from chipmakers in Taiwan.';
  assert.ok(!mentions(text).includes('KLA'), spans(text).join(' | '));
  text = 'The GIA graded the diamond before the auction in Geneva.';
  assert.ok(!mentions(text).includes('GIA'), spans(text).join(' | '));
  // a group the text itself introduces with the same abbreviation keeps its own code (round 8)
  text = 'The Kenyan Liberation Army (KLA) has seized a border town. Kenya said the KLA had killed four policemen.';
  assert.ok(!mentions(text).includes('KLA'), spans(text).join(' | '));
});

test('a state\'s "Ministry of <portfolio>" keeps the portfolio\'s sector, as "<portfolio> Ministry" does', () => {
  let text = 'Japan paid for clinics run by the Kenyan Ministry of Health.';
  assert.ok(mentions(text).includes('KENHLH'), spans(text).join(' | '));
  text = "Kenya's Ministry of Health reported ten new cholera cases.";
  assert.ok(mentions(text).includes('KENHLH'), spans(text).join(' | '));
  text = 'The Peruvian Ministry of Mines and Energy cancelled the licence.';
  assert.deepEqual(spans(text), ['PERGOV:Peruvian Ministry of Mines and Energy']);
  // left alone: a lower-case portfolio, a portfolio followed by "of" (not a state's), a sector phrase of its own
  text = 'The Kenyan ministry of health opened two wards.';
  assert.ok(!mentions(text).includes('KENHLH'), spans(text).join(' | '));
  text = 'The Indian Ministry of External Affairs said Pakistan was to blame.';
  assert.ok(mentions(text).includes('INDGOV'), spans(text).join(' | '));
});
