/**
 * Round 40: constructions from the "For the code" lists of rounds 36-39 (bench/accuracy/NOTES.md, round 40). Own
 * sentences on real facts; each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, noCode, show } from './coding.ts';

test('force or sanctions not ruled out are threatened; ruled out, the threat is negated', () => {
  codedAs([
    ['Washington has not ruled out military action against North Korea.', 'USA', 'PRK', '138'],
    ['Paris did not rule out air strikes on Syria after the chemical attack in Douma.', 'FRA', 'SYR', '138'],
    ['The Pentagon would not rule out a strike on Iran.', 'USAMIL', 'IRN', '138'],
    ['Ankara refused to rule out a new offensive against the Kurdistan Workers Party in Iraq.', 'TUR', 'PKK', '138'],
    ['London has not ruled out fresh sanctions against Moscow.', 'GBR', 'RUS', '1312'],
  ], (text) => events(text).every((e) => !e.negated));
  // left alone: force ruled out is no threat made, and talks not ruled out are no threat at all
  const ruled = 'Berlin ruled out military action against Iran.';
  assert.ok(events(ruled).every((e) => !e.code.startsWith('13') || e.negated), show(ruled));
  codedAs([['Tokyo has not ruled out talks with North Korea.', 'JPN', 'PRK', '125']], noCode('13'));
});
