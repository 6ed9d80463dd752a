/**
 * Round 49: a reaction to an act of harm whose doer is not named is no act on its victim (bench/accuracy/NOTES.md,
 * round 49). Own sentences on real facts; each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, show } from './coding.ts';

test('condemning an attack, strikes or sanctions with no doer named is no hostility to their victim', () => {
  for (const text of [
    'Paris condemned the attack on Israel.',
    'Tehran condemned the sanctions on Venezuela.',
    'Amman denounced the attacks on Christians in Egypt.',
  ]) assert.ok(!events(text).some((e) => e.code.startsWith('11')), show(text));
  // left alone: with the doer named, the condemnation is aimed at the doer
  codedAs([
    ['Paris condemned the Hamas attack on Israel.', 'FRA', 'HAMAS', '111'],
    ['Islamabad condemned the Indian air strikes on Balakot.', 'PAK', 'IND', '111'],
  ]);
});

test('backing a blockade or strikes with no doer named is disapproval of their victim', () => {
  codedAs([['Cairo backed the blockade of Qatar.', 'EGY', 'QAT', '110']]);
  // left alone: backing a named doer's act supports the doer; welcoming sanctions stays round 30's disapproval
  codedAs([
    ['Washington supported the Saudi blockade of Qatar.', 'USA', 'SAU', '051'],
    ['London welcomed the sanctions on Iran.', 'GBR', 'IRN', '110'],
  ]);
});

test('its, their or our people "in" a state are not that state\'s own', () => {
  codedAs([['Ottawa condemned the detention of its citizens in China.', 'CAN', 'CHN', '111']], (text) => !events(text).some((e) => e.target === 'CHNCVL'));
  const text = 'Paris urged its citizens in Iran to leave the country.';
  assert.ok(!events(text).some((e) => e.target === 'IRNCVL'), show(text));
  // left alone: people "in" a state with no possessive are that state's
  codedAs([['Ottawa praised opposition activists in Venezuela.', 'CAN', 'VENOPP', '051']]);
});
