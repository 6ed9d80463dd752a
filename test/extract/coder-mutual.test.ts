/**
 * Mutual events (dictionaries/verbs/mutual-codes.tsv, mutual-heads.tsv): coordinated actors who agree, meet or
 * cooperate with nobody else named act with each other; the project's own sentences, with the cases to leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, show } from './coding.ts';

const pair = (text: string, a: string, b: string, root: string) => {
  const ev = events(text);
  return ev.some((e) => e.source === a && e.target === b && e.code.startsWith(root)) && ev.some((e) => e.source === b && e.target === a && e.code.startsWith(root));
};

test('agreement verbs: coordinated parties agree with each other, whatever the object', () => {
  // "agreed to" + an infinitive with its own object: intent (03), each towards the other
  let text = 'Egypt and Jordan have agreed to hold joint naval drills next spring.';
  assert.ok(pair(text, 'EGY', 'JOR', '03'), show(text));
  // "agreed to a truce": mutual, not only the first party's
  text = 'Armenia and Azerbaijan agreed to a truce after a week of shelling.';
  assert.ok(pair(text, 'ARM', 'AZE', '03'), show(text));
  // "agreed on" a pact: an agreement (03), the signing is 057
  text = 'Chile and Peru agreed on a new fisheries pact on Tuesday.';
  assert.ok(pair(text, 'CHL', 'PER', '03'), show(text));
  text = 'Chile and Peru signed a new fisheries pact on Tuesday.';
  assert.ok(pair(text, 'CHL', 'PER', '057'), show(text));
});

test('mutual events leave alone: a named counterpart, "agree with", and other verbs with an object', () => {
  // a counterpart named: the agreement is with it, not between the subjects
  let text = 'Egypt and Jordan agreed to send aid to Syria.';
  let ev = events(text);
  assert.ok(!ev.some((e) => e.source === 'EGY' && e.target === 'JOR'), show(text));
  assert.ok(ev.some((e) => e.source === 'EGY' && e.target === 'SYR'), show(text));
  // "agree with" needs its counterpart after "with"
  text = 'Egypt and Jordan agreed with the proposal.';
  assert.ok(!events(text).some((e) => e.source === 'EGY' && e.target === 'JOR'), show(text));
  // only agreement verbs make an intent mutual: pledging funds together is no pledge to each other
  text = 'Japan, Norway and Canada have pledged funds for the rebuilding of the port.';
  assert.ok(!events(text).some((e) => ['JPN', 'NOR', 'CAN'].includes(e.source) && ['JPN', 'NOR', 'CAN'].includes(e.target)), show(text));
  // a conflict verb with an object of its own is not mutual
  text = 'Kenya and Uganda fought the rebels near the border.';
  assert.ok(!events(text).some((e) => e.source === 'KEN' && e.target === 'UGA'), show(text));
});
