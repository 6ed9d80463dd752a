/**
 * Round 18 of the coder's constructions (data only: dictionaries/verbs/): verb phrasings whose code was missing or
 * wrong, each with the look-alikes the new rows must leave alone. Sentences written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, has, show } from './coding.ts';

test('pushing for a truce or a settlement is a demand, not a plain appeal', () => {
  let text = 'Norway is pushing for a ceasefire between the Yemeni government and the Houthis.';
  assert.ok(has(text, 'NOR', 'HOUTHI', '1056'), show(text));
  text = 'Egypt pushed for a lasting settlement between Israel and Hamas.';
  assert.ok(has(text, 'EGY', 'ISR', '107'), show(text));
  // left alone: pushing for talks stays an appeal
  text = 'Germany pushed for new talks with Iran.';
  assert.ok(has(text, 'DEU', 'IRN', '020'), show(text));
});

test('troops arriving to keep the peace or to hand out relief are no visit', () => {
  let text = 'Two hundred Nepalese peacekeepers arrived in Lebanon last week for peacekeeping duties.';
  assert.ok(has(text, 'NPLMIL', 'LBN', '074'), show(text));
  text = 'Indian army engineers arrived in Mozambique to help distribute food after the cyclone.';
  assert.ok(has(text, 'INDMIL', 'MOZ', '073'), show(text));
  // left alone: a minister arriving is a visit
  text = 'The Iranian foreign minister arrived in Iraq on Sunday.';
  assert.ok(has(text, 'IRNGOV', 'IRQ', '042'), show(text));
});

test('soldiers arriving to serve in a peacekeeping mission protect, not visit', () => {
  const text = 'Rwandan soldiers arrived in Bangui to serve in the peacekeeping mission.';
  assert.ok(has(text, 'RWAMIL', 'CAF', '074'), show(text));
});

test('letting an agency deliver relief is humanitarian access, an intent when promised', () => {
  let text = 'Syria allowed the Red Cross to bring aid into the besieged town.';
  assert.ok(has(text, 'SYR', 'ICRC', '0863'), show(text));
  text = 'Sudan will allow United Nations agencies to deliver food to Darfur.';
  assert.ok(has(text, 'SDN', 'UN', '0355'), show(text));
});

test('lobbies and activists mobilised rally support, troops mobilised are a show of force', () => {
  let text = 'Qatar mobilized student activists across Europe for the Palestinians.';
  assert.ok(has(text, 'QAT', 'PSE', '053'), show(text));
  assert.ok(!events(text).some((e) => e.code.startsWith('15')), show(text));
  // left alone: reservists mobilised on a border
  text = 'Armenia mobilized reservists on the border with Azerbaijan.';
  assert.ok(has(text, 'ARM', 'AZE', '154'), show(text));
});
