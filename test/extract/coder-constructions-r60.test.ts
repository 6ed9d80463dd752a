/**
 * Round 60: sanctions by law and by finance (bench/accuracy/NOTES.md, round 60). Own sentences; each test has a near
 * case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, show } from './coding.ts';

test('a gerund after a law its subject signs or passes is that subject\'s act', () => {
  codedAs([
    ['Obama signed a bill imposing new sanctions on North Korea.', 'USAGOV', 'PRK', '163'],
    ['Putin signed a decree banning imports of food from the European Union.', 'RUSGOV', 'EU', '163'],
  ]);
  // left alone: a law someone is only asked to review is not that one's act
  const text = 'Activists urged the Kenyan government to review a law banning protests near parliament.';
  assert.ok(!events(text).some((e) => e.source.startsWith('KEN') && e.code.startsWith('17') && e.modality === 'asserted'), show(text));
});

test('banks cut off from SWIFT and a cap on a state\'s oil price are sanctions', () => {
  codedAs([
    ['Brussels and Washington agreed to cut several Russian banks off from the SWIFT payment system.', 'EU', 'RUSBUS', '163'],
    ['The G7 agreed to cap the price of Russian oil.', 'G7', 'RUS', '163'],
  ], (text) => !events(text).some((e) => e.code === '030'));
  // left alone: gas cut off
  codedAs([['Russia cut off gas to Poland.', 'RUS', 'POL', '163']]);
});
