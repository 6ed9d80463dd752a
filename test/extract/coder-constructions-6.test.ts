/**
 * Round 6 of the coder's constructions (bench/accuracy/NOTES.md, "Round 6"): each test codes the project's own
 * sentences and checks the construction, and the cases the rule must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder } from '../../src/extract/coder.ts';

const coder = createCoder();
const events = (text: string) => coder.codeText(text, '2014-06-30');
const show = (text: string) => `${text}: ${events(text).map((x) => `${x.source}>${x.target}:${x.code}`).join(' ')}`;
const has = (text: string, source: string, target: string, root: string) =>
  events(text).some((e) => e.source === source && e.target === target && e.code.startsWith(root));

test('a place of the source\'s own state is where a domestic act happens: the state acts on itself', () => {
  // a town or region after a preposition of place
  let text = 'Kenya extended the curfew in Mombasa by two weeks.';
  assert.ok(has(text, 'KEN', 'KEN', '17'), show(text));
  text = 'Peru lifted the state of emergency in Cusco.';
  assert.ok(has(text, 'PER', 'PER', '081'), show(text));
  // a capital as the object of a material act
  text = 'Chilean truckers said they would blockade Santiago.';
  assert.ok(has(text, 'CHL', 'CHL', '13'), show(text));
  // the same act by a sector of the state was coded before, and still is
  text = 'The Kenyan police extended the curfew in Mombasa.';
  assert.ok(has(text, 'KENCOP', 'KEN', '17'), show(text));
  // left alone: a foreign place is the target as before; a named party comes before the place
  text = 'Kenya imposed a curfew on Somali refugees in Mombasa.';
  assert.ok(!events(text).some((e) => e.target === 'KEN'), show(text));
  // statements and meetings in one's own capital are no domestic acts
  text = 'Chile hosted talks with Peru in Santiago.';
  assert.ok(!events(text).some((e) => e.source === 'CHL' && e.target === 'CHL'), show(text));
  text = 'Chile praised Santiago.';
  assert.ok(!events(text).some((e) => e.source === 'CHL' && e.target === 'CHL'), show(text));
});
