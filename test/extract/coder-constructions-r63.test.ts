/**
 * Round 63: two regressions the session's own-sentence sweep found (bench/accuracy/NOTES.md, round 63). Own sentences;
 * each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, show } from './coding.ts';

test('support for a party after ", and" is no reaction to the act before', () => {
  const text = 'The two rivals fight by proxy in Yemen, where Tehran arms the Houthis and Riyadh backs the government.';
  assert.ok(!events(text).some((e) => e.source === 'SAU' && e.target === 'IRN'), show(text));
  // left alone: a reaction to "the move"
  codedAs([['Cairo opened the border crossing, and Hamas welcomed the move.', 'HAMAS', 'EGY', '051']]);
});

test('talks after a place visited "for" them are the visitor\'s', () => {
  codedAs([['The Greek prime minister visited Skopje for talks with his Macedonian counterpart.', 'GRCGOV', 'MKDGOV', '04']],
    (text) => !events(text).some((e) => e.source === 'MKD'));
  // left alone: the object that an accusation names does the act
  codedAs([['Washington accused Tehran of arming the Houthis.', 'USA', 'IRN', '112']]);
});
