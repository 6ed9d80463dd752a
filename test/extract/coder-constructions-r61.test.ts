/**
 * Round 61: "its embassy", "its diplomats" in a clause of time or reason belong to the main clause's subject
 * (bench/accuracy/NOTES.md, round 61). Own sentences; a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, show } from './coding.ts';

test('"its" mission or people after "after" or "because" are the main subject\'s', () => {
  codedAs([
    ['Riyadh severed relations with Tehran after protesters stormed its embassy in Tehran.', 'IRNCVL', 'SAU', '1'],
    ['London expelled two Russian diplomats because Moscow had expelled its diplomats.', 'RUS', 'GBR', '161'],
  ]);
  // left alone: "its" in a main clause is the subject's own
  const own = 'Moscow recalled its diplomats from London.';
  assert.ok(!events(own).some((e) => e.source === 'RUS' && e.target === 'RUS'), show(own));
  codedAs([['Moscow recalled its diplomats from London.', 'RUS', 'GBR', '161']]);
});
