/**
 * Round 68: ended wars, base-form verbs of a demand's that-clause, singular member nouns of armed groups, and halting
 * one's own strikes (bench/accuracy/NOTES.md, round 68). Own sentences; near cases the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedOn, hasOn as coded, showOn } from './coding.ts';

test('a war that is ended is no act of war', () => {
  for (const [text, date] of [
    ['Jordan and Israel signed a declaration ending the state of war between the two countries.', '1994-10-26'],
    ['The ceasefire ended eight years of war between Iran and Iraq.', '1988-08-20'],
    ['The United Nations called for an end to the war between Ethiopia and Eritrea.', '2000-05-17'],
  ] as const) assert.ok(!codedOn(text, date).some((e) => e.code.startsWith('19')), showOn(text, date));
  // left alone: a war that is not ended, and a war resumed after a truce ended
  assert.ok(coded('The war between Ethiopia and Eritrea killed tens of thousands.', '2000-05-17', 'ETH', 'ERI', '190'), showOn('The war between Ethiopia and Eritrea killed tens of thousands.', '2000-05-17'));
  const resumed = 'Israel ended the truce and resumed its war against Hamas.';
  assert.ok(coded(resumed, '2023-12-01', 'ISR', 'HAMAS', '190'), showOn(resumed, '2023-12-01'));
});

test("a base form that wink tags as an adjective or a noun is the verb of a demand's that-clause", () => {
  for (const [text, date, s, t, code] of [
    ['Lebanon demanded that Israel free Lebanese prisoners.', '2000-05-24', 'LBN', 'ISR', '10'],
    ['Britain insisted that Iran free the 15 sailors at once.', '2007-03-30', 'GBR', 'IRN', '10'],
    ['Lebanon demanded that Israel end its occupation of the Shebaa Farms.', '2000-06-01', 'LBN', 'ISR', '10'],
    ['President Bush demanded that the Taliban hand over Osama bin Laden.', '2001-09-20', 'USAGOV', 'TALIBAN', '10'],
  ] as const) assert.ok(coded(text, date, s, t, code), showOn(text, date));
  // left alone: the adjective of a copula
  const free = 'Lebanon said that Israel was free to leave.';
  assert.ok(!codedOn(free, '2000-06-01').some((e) => e.code.startsWith('08')), showOn(free, '2000-06-01'));
});

test("an armed group's plural member noun also names it in the singular", () => {
  for (const [text, date, s, t, code] of [
    ['Russia signed a ceasefire with Chechen rebel leaders.', '1996-08-30', 'RUS', 'RUSSEP', '057'],
    ['Chechen rebel commanders rejected the Russian offer.', '1996-08-01', 'RUSSEP', 'RUS', '12'],
    ['Tamil rebel leaders met Norwegian mediators in Oslo.', '2006-06-08', 'LTTE', 'NOR', '04'],
  ] as const) assert.ok(coded(text, date, s, t, code), showOn(text, date));
});

test("halting one's own strikes is de-escalation; halting another's advance stays force", () => {
  for (const [text, date, s, t] of [
    ['Russia urged NATO to halt its air strikes on Yugoslavia.', '1999-04-12', 'NATO', 'SRB'],
    ['Washington called on Ankara to stop its attacks on Kurdish fighters.', '2019-10-10', 'TUR', 'KRD'],
  ] as const) assert.ok(coded(text, date, s, t, '087') && !coded(text, date, s, t, '19'), showOn(text, date));
  const advance = 'Kurdish fighters halted the ISIS advance on Erbil.';
  assert.ok(coded(advance, '2014-08-10', 'KRD', 'ISIS', '190'), showOn(advance, '2014-08-10'));
});
