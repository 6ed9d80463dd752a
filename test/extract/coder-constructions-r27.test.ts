/**
 * Round 27 of the coder's constructions: open items of the "For the code" lists of rounds 22, 24 and 26 (military
 * moves into and out of a state, a clash over a policy, a disaster's state of emergency, an appeal to a leader to
 * resign). Each test codes the project's own sentences and checks the change, and a case it must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedOn, events, has, hasOn, show, showOn } from './coding.ts';

test('a military subject withdrawing from a state pulls back from it (0874, the state the target)', () => {
  let text = 'Soviet troops withdrew from Afghanistan in February 1989.';
  assert.ok(has(text, 'RUSMIL', 'AFG', '0874'), show(text));
  text = 'American forces withdrew from Iraq at the end of 2011.';
  assert.ok(has(text, 'USAMIL', 'IRQ', '0874'), show(text));
  // leaving a state: "left", "began leaving"
  text = 'The last Soviet soldiers left Afghanistan in February 1989.';
  assert.ok(has(text, 'RUSMIL', 'AFG', '0874'), show(text));
  text = 'French troops began leaving Mali in 2022.';
  assert.ok(has(text, 'FRAMIL', 'MLI', '0874'), show(text));
  // left alone: a state leaving a contest or an international body, a civilian subject
  text = 'Ukraine withdrew from the Eurovision Song Contest in 2015.';
  assert.equal(events(text).length, 0, show(text));
  text = 'Britain withdrew from the European Union in January 2020.';
  assert.ok(!events(text).some((e) => e.code === '0874'), show(text));
  text = 'Aid workers withdrew from Afghanistan after the attack on Kabul.';
  assert.ok(!events(text).some((e) => e.code === '0874'), show(text));
  text = 'The Iranian foreign minister left Moscow for Beijing.';
  assert.equal(events(text).length, 0, show(text));
});

test('a military subject entering another state is force against it (190, as "invade")', () => {
  let text = 'Turkish troops entered northern Syria in October 2019.';
  assert.ok(has(text, 'TURMIL', 'SYR', '190'), show(text));
  text = 'Russian tanks entered Georgia in August 2008.';
  assert.ok(has(text, 'RUSMIL', 'GEO', '190'), show(text));
  // left alone: forces entering a town of their own state, civilians entering a state, entering talks
  text = 'Ukrainian soldiers entered Kherson in November 2022.';
  assert.ok(!events(text).some((e) => e.code === '190'), show(text));
  text = 'Chinese tourists entered Nepal through the Kerung crossing.';
  assert.equal(events(text).length, 0, show(text));
  text = 'Iran entered talks with the United States in 2013.';
  assert.ok(has(text, 'IRN', 'USA', '046'), show(text));
});

test('a clash over a matter of policy is a quarrel (110), not fighting', () => {
  let text = 'The United States and China clashed over trade policy in 2018.';
  assert.ok(has(text, 'USA', 'CHN', '110') && has(text, 'CHN', 'USA', '110'), show(text));
  assert.ok(!events(text).some((e) => e.code.startsWith('19')), show(text));
  text = 'Germany clashed with Italy over the budget rules of the eurozone.';
  assert.ok(has(text, 'DEU', 'ITA', '110') && !has(text, 'DEU', 'ITA', '190'), show(text));
  text = 'Lawmakers in Kenya clashed over the budget.';
  assert.ok(!events(text).some((e) => e.code.startsWith('19')), show(text));
  // left alone: a clash over land or a border, a clash "over the weekend"
  text = 'Armenian and Azerbaijani forces clashed over the disputed border in 2020.';
  assert.ok(has(text, 'ARMMIL', 'AZEMIL', '190'), show(text));
  text = 'India and Pakistan clashed over Kashmir.';
  assert.ok(has(text, 'IND', 'PAK', '190'), show(text));
  text = 'Israeli troops clashed with Palestinian protesters over the weekend.';
  assert.ok(events(text).some((e) => e.source === 'ISRMIL' && e.code === '190'), show(text));
});

test('a state of emergency declared for a natural disaster or an epidemic is no repression (1724)', () => {
  let text = 'The governor of Florida declared a state of emergency ahead of Hurricane Irma.';
  assert.ok(!events(text).some((e) => e.code === '1724'), show(text));
  text = 'Nepal declared a state of emergency after the earthquake of April 2015.';
  assert.ok(!events(text).some((e) => e.code === '1724'), show(text));
  // left alone: an emergency after unrest (also when protesters "stormed" or police "fired": verbs, no hazard), martial law
  text = 'Ethiopia declared a state of emergency in October 2016 after months of protests.';
  assert.ok(has(text, 'ETH', 'ETH', '1724'), show(text));
  text = 'Peru declared a state of emergency after protesters stormed the airport.';
  assert.ok(has(text, 'PER', 'PER', '1724'), show(text));
  text = 'Kenya declared a state of emergency after troops opened fire on protesters.';
  assert.ok(has(text, 'KEN', 'KEN', '1724'), show(text));
  text = 'Thailand declared martial law in May 2014 after months of street protests and floods.';
  assert.ok(has(text, 'THA', 'THA', '1724'), show(text));
});

test('an appeal to a named leader to resign is no resignation of his, even intended', () => {
  const date = '2019-01-25';
  let text = 'The opposition called on President Maduro to resign.';
  assert.ok(!codedOn(text, date).some((e) => e.code === '0831' || e.code.startsWith('08')), showOn(text, date));
  // left alone: the appeal by an actor (0241 to the leader), a resignation refused or made, a request to a body no actor names
  text = 'The United States called on President Maduro to resign.';
  assert.ok(hasOn(text, date, 'USA', 'VENGOV', '0241'), showOn(text, date));
  text = 'President Maduro refused to resign.';
  assert.ok(hasOn(text, date, 'VENGOV', 'VEN', '124'), showOn(text, date));
  text = 'Prime Minister Nouri al-Maliki asked parliament to declare a state of emergency.';
  assert.ok(has(text, 'IRQGOV', 'IRQ', '1724'), show(text));
});

test('protesters who burn a foreign embassy protest violently (145), as when they storm it', () => {
  let text = 'Iranian protesters set fire to the Saudi embassy in Tehran in January 2016.';
  assert.ok(has(text, 'IRNCVL', 'SAUGOV', '145') && !events(text).some((e) => e.code === '1712'), show(text));
  text = 'Protesters in Iraq burned the Iranian consulate in Najaf.';
  assert.ok(events(text).some((e) => e.target === 'IRNGOV' && e.code === '145'), show(text));
  // left alone: property destroyed by troops
  text = 'Israeli troops demolished Palestinian homes in Hebron.';
  assert.ok(events(text).some((e) => e.source === 'ISRMIL' && e.code === '1712'), show(text));
});

test('a headline verb whose only pattern is the bare verb, between the opening actor and another actor, is the verb', () => {
  let text = 'Russia vetoes UN resolution on Syria';
  assert.ok(has(text, 'RUS', 'UN', '129'), show(text));
  text = 'Chad sanctions Sudanese traders.';
  assert.ok(has(text, 'TCD', 'SDN', '163'), show(text));
  // left alone: the noun before a preposition and the sentence's own verb, a noun before the sentence's verb
  text = 'Russian vetoes at the UN anger Western diplomats.';
  assert.ok(!events(text).some((e) => e.code === '129'), show(text));
  text = 'Iran talks resume in Geneva.';
  assert.equal(events(text).length, 0, show(text));
});
