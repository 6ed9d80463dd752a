/**
 * Round 56: constructions found by coding the project's own sentences on what states say they will and will not do
 * (bench/accuracy/NOTES.md, round 56). Own sentences; each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, show } from './coding.ts';

test('an act ruled out with no refusal code of its own is not done', () => {
  const text = 'The White House ruled out sending ground troops back to Iraq.';
  const evs = events(text).filter((e) => e.code === '154');
  assert.ok(evs.length > 0 && evs.every((e) => e.negated && e.modality === 'intended'), show(text));
  const open = 'The White House has not ruled out sending ground troops back to Iraq.';
  assert.ok(events(open).some((e) => e.code === '154' && !e.negated && e.modality === 'hypothetical'), show(open));
  // left alone: one whose refusal has a code is that refusal, made
  codedAs([['Germany ruled out sending weapons to Ukraine.', 'DEU', 'UKR', '122']], (t) => events(t).every((e) => !e.negated));
});

test('a helper named after "with the help of" or "thanks to" is no target', () => {
  const text = 'Kurdish peshmerga retook the dam with the help of American air strikes.';
  assert.ok(!events(text).some((e) => e.target === 'USA'), show(text));
  const thanks = 'Syrian troops retook Aleppo thanks to Russian air power.';
  assert.ok(!events(thanks).some((e) => e.target === 'RUS'), show(thanks));
  // left alone: the one retaken from
  codedAs([['Iraqi forces recaptured Tikrit from ISIS with the support of Iranian advisers.', 'IRQMIL', 'ISIS', '192']]);
});

test('being open to talks with a party is an intent to negotiate', () => {
  codedAs([
    ['Kerry said the United States was open to discussions with Iran on Iraq.', 'USA', 'IRN', '036'],
    ['Iran remains open to talks with Saudi Arabia.', 'IRN', 'SAU', '036'],
  ]);
  // left alone: open to anything else
  const text = 'The border with Turkey was open to traffic.';
  assert.equal(events(text).length, 0, show(text));
});
