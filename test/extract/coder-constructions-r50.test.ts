/**
 * Round 50: a gerund that completes a noun ("the purpose of sending …") takes no subject from the verbs before it
 * (bench/accuracy/NOTES.md, round 50). Own sentences; a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, show } from './coding.ts';

test('a gerund after "of" and a noun says nothing of who does it', () => {
  const text = 'The Iranian foreign minister said the aim of sending warships was to threaten Iran.';
  assert.ok(!events(text).some((e) => e.source === 'IRNGOV' && e.target === 'IRN'), show(text));
  // left alone: a gerund after "of" and an actor is that actor's act, the accuser's claim
  codedAs([['Tehran accused Washington of sending warships to threaten Iran.', 'IRN', 'USA', '112']]);
});
