/**
 * Round 59: acts reported with a hedge ("reportedly", "is believed to have …") are attributed to someone unnamed, and the
 * perfect infinitive after a participle of report is read as the act (bench/accuracy/NOTES.md, round 59). Own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, show } from './coding.ts';

const claimed = (text: string, source: string, target: string) =>
  events(text).some((e) => e.source === source && e.target === target && e.claimant === 'unnamed' && !e.negated);

test('"reportedly", "allegedly" and "is believed/said/thought to have" attribute the act to someone unnamed', () => {
  for (const [text, s, t] of [
    ['Tehran reportedly sent troops to Syria last year.', 'IRN', 'SYR'],
    ['Tehran allegedly shipped drones to Russia.', 'IRN', 'RUS'],
    ['Tehran is believed to have sent troops to Syria.', 'IRN', 'SYR'],
    ['Tehran is said to have armed the Houthis.', 'IRN', 'HOUTHI'],
    ['Tehran is thought to have supplied drones to Russia.', 'IRN', 'RUS'],
  ] as const) assert.ok(claimed(text, s, t), show(text));
  // left alone: an act stated outright has no claimant, and a named reporter stays the claimant
  const plain = 'Tehran sent troops to Syria last year.';
  assert.ok(events(plain).some((e) => e.source === 'IRN' && e.target === 'SYR' && e.claimant === null), show(plain));
  const named = 'Tehran reportedly sent troops to Syria, Israel said.';
  assert.ok(events(named).some((e) => e.source === 'IRN' && e.target === 'SYR' && e.claimant === 'ISR'), show(named));
});
