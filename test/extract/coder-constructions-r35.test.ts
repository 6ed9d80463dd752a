/**
 * Round 35: constructions from round 34's "For the code" (bench/accuracy/NOTES.md, round 35). Own sentences on real
 * facts; each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, noCode, show } from './coding.ts';

test('a dateline names where the story was filed, not an actor', () => {
  codedAs([
    ['ANKARA (Reuters) - Turkish warplanes struck Kurdish militant positions in northern Iraq on Sunday.', 'TURMIL', 'KRD', '19'],
    ['KABUL, Afghanistan (AP) — Taliban fighters attacked a police checkpoint in Kunduz province.', 'TALIBAN', 'AFG', '19'],
  ], (text) => !events(text).some((e) => e.source === 'TUR' || e.source === 'AFG'));
  // the dateline city is no source of the strike
  const text = 'BAGHDAD (AP) - Islamic State militants captured the city of Ramadi in May 2015.';
  assert.ok(!events(text).some((e) => e.source === 'IRQ'), show(text));
  // left alone: a capital standing for its government, and a spaced dash after a two-letter name
  codedAs([
    ['Ankara recalled its ambassador to Vienna in August 2016.', 'TUR', 'AUT', '16'],
    ['BEIJING accused the United States of bullying on Monday.', 'CHN', 'USA', '11'],
  ]);
});
