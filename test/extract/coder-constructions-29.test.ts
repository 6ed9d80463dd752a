/**
 * Round 29 of the coder's constructions: a main verb's farther object. Each test codes the project's own sentences
 * and checks the construction, and the cases the rule must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, has, show } from './coding.ts';

const FAR_AID = 'Germany pledged more than forty million euros of new humanitarian assistance for the winter months to the Lebanese government.';

test('a main verb with no target within the usual gap takes its farther object, of another country', () => {
  // the recipient comes after a long object: nothing was coded
  let text = FAR_AID;
  assert.ok(has(text, 'DEU', 'LBNGOV', '03'), show(text));
  text = 'The United States handed over more than four million dollars worth of new medical equipment and medicines to the Ethiopian health ministry.';
  assert.ok(has(text, 'USA', 'ETHHLH', '07'), show(text));
  // left alone: a comma or another verb between, a place, or an actor of the source's own country
  text = 'Japan handed over the equipment to local workers, and China protested.';
  assert.ok(!events(text).some((e) => e.source === 'JPN' && e.target === 'CHN'), show(text));
  text = 'The Pentagon sent more surveillance drones over the region where Iran trains militias.';
  assert.ok(!events(text).some((e) => e.source === 'USAMIL' && e.target.startsWith('IRN')), show(text));
  text = 'Germany pledged more than forty million euros of new humanitarian assistance for the winter months to the camps in Lebanon.';
  assert.ok(!events(text).some((e) => e.source === 'DEU' && e.target.startsWith('LBN')), show(text));
  text = 'The Lebanese army pledged more than forty million euros of new humanitarian assistance for the winter months to the Lebanese government.';
  assert.ok(!events(text).some((e) => e.source === 'LBNMIL' && e.target === 'LBNGOV'), show(text));
});

test('a farther object is less sure than a near one', () => {
  const far = events(FAR_AID).find((e) => e.target === 'LBNGOV');
  const near = events('Germany pledged new humanitarian assistance to the Lebanese government.').find((e) => e.target === 'LBNGOV');
  assert.ok(far && near && far.confidence < near.confidence, `${far?.confidence} ${near?.confidence}`);
});
