/**
 * Round 62: ", and X and Y verb …" opens a clause whose subject is both actors; commitments met are no meeting
 * (bench/accuracy/NOTES.md, round 62). Own sentences; near cases the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, show } from './coding.ts';

test('after ", and", coordinated actors before a verb are the new clause\'s subject', () => {
  codedAs([
    ['Moscow signed a treaty with Crimea, and Washington and Brussels imposed sanctions on Russian officials.', 'USA', 'RUSGOV', '163'],
    ['Moscow signed a treaty with Crimea, and Washington and Brussels imposed sanctions on Russian officials.', 'EU', 'RUSGOV', '163'],
  ]);
  // left alone: actors coordinated as an object stay in their clause
  codedAs([['Tehran condemned Riyadh, and Bahrain and Kuwait recalled their envoys from Tehran.', 'IRN', 'SAU', '11']]);
});

test('commitments or obligations met are complied with, not a meeting', () => {
  const text = 'Inspectors confirmed that Tehran had met its commitments, and Washington and Brussels lifted sanctions.';
  assert.ok(!events(text).some((e) => e.code.startsWith('04')), show(text));
  // left alone: a meeting
  codedAs([['Rouhani met Putin in Sochi.', 'IRNGOV', 'RUSGOV', '04']]);
});
