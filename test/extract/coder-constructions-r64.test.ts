/**
 * Round 64: a leader forced out by a body of his own state (bench/accuracy/NOTES.md, round 64). Own sentences; near cases
 * the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedOn, showOn } from './coding.ts';

test('an army or parliament ousting or removing its own leader is coercion (170)', () => {
  for (const [text, date, s, t] of [
    ["Sudan's army removed President Omar al-Bashir in April.", '2019-04-11', 'SDNMIL', 'SDNGOV'],
    ["The Egyptian military ousted President Mohamed Morsi.", '2013-07-03', 'EGYMIL', 'EGYGOV'],
  ] as const) assert.ok(codedOn(text, date).some((e) => e.source === s && e.target === t && e.code === '170'), showOn(text, date));
  // left alone: another state's wish to oust a leader, and a state that removes its own ambassador
  for (const [text, date] of [
    ['Washington wants to oust Assad.', '2014-06-30'],
    ['Damascus removed its ambassador from Amman.', '2014-06-30'],
  ] as const) assert.ok(!codedOn(text, date).some((e) => e.code === '170'), showOn(text, date));
});
