/**
 * Round 31: constructions that left a named counterpart unattached (see bench/accuracy/NOTES.md, round 31). Own
 * sentences on real facts; each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, noCode, show } from './coding.ts';

test('military units and armoured vehicles sent to a state: a show of force and military equipment', () => {
  codedAs([
    ['Russia sent armoured vehicles and a unit of paratroopers to Belarus.', 'RUS', 'BLR', '072'],
    ['Russia sent a unit of paratroopers to Kazakhstan.', 'RUS', 'KAZ', '154'],
    ['The United States dispatched B-52 bombers to Qatar.', 'USA', 'QAT', '154'],
    ['India sent military vehicles to Nepal.', 'IND', 'NPL', '072'],
  ]);
  // left alone: a letter sent is no force, and a medical unit sent is aid
  const text = 'Pakistan sent a letter to India.';
  assert.ok(!events(text).some((e) => /^(07|15)/.test(e.code)), show(text));
  codedAs([['Cuba sent a medical unit to Italy.', 'CUB', 'ITA', '07']], noCode('15'));
});
