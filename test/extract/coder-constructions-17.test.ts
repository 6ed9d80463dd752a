/**
 * Round 17 (institutions only): parliaments, spy services, state news agencies and central banks known by their
 * own names. Each test codes the project's own sentences naming the new body, and look-alikes the new rows must
 * leave alone (a diet, a first name, a town, a basketball club, a region's acronym).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { has, mentions, show } from './coding.ts';

test('parliaments named on their own are their state legislature', () => {
  let text = 'The Riksdag voted to approve the treaty with Turkey.';
  assert.ok(mentions(text).includes('SWELEG'), show(text));
  text = 'The Sejm denounced Moscow over the drone incursions.';
  assert.ok(has(text, 'POLLEG', 'RUS', '11'), show(text));
  text = 'The Verkhovna Rada appealed to NATO for more air defence.';
  assert.ok(has(text, 'UKRLEG', 'NATO', '02'), show(text));
  text = 'The Lok Sabha adopted a motion criticising Pakistan.';
  assert.ok(mentions(text).includes('INDLEG'), show(text));
  assert.ok(!mentions(text).includes('LBY'), show(text));
  text = "The National People's Congress warned Taiwan against any move toward independence.";
  assert.ok(has(text, 'CHNLEG', 'TWN', '1'), show(text));
  assert.ok(!mentions(text).includes('USALEG'), show(text));
  text = 'The Storting approved a new aid package for Ukraine.';
  assert.ok(mentions(text).includes('NORLEG'), show(text));
  text = 'The Folketing sharply criticised Beijing.';
  assert.ok(mentions(text).includes('DNKLEG'), show(text));
  text = 'The Dáil passed a motion condemning Israel.';
  assert.ok(mentions(text).includes('IRLLEG'), show(text));
  text = 'The Congress of Deputies condemned Morocco over the border crossings.';
  assert.ok(has(text, 'ESPLEG', 'MAR', '11'), show(text));
  text = 'The National Diet approved new sanctions on Moscow.';
  assert.ok(mentions(text).includes('JPNLEG'), show(text));
});

test('look-alikes of the new parliaments stay uncoded', () => {
  let text = 'A balanced diet keeps soldiers fit, the doctors wrote.';
  assert.ok(!mentions(text).includes('JPNLEG'), show(text));
  text = 'Rada Petrovic met the Serbian president in Belgrade.';
  assert.ok(!mentions(text).includes('UKRLEG'), show(text));
  text = 'Cortes was flooded after the typhoon hit Surigao.';
  assert.ok(!mentions(text).includes('ESPLEG'), show(text));
});

test('intelligence services by their own names', () => {
  let text = 'The BND warned of Russian sabotage against rail lines.';
  assert.ok(mentions(text).includes('DEUSPY'), show(text));
  text = 'The DGSE accused Moscow of meddling in the vote.';
  assert.ok(has(text, 'FRASPY', 'RUS', '11'), show(text));
  text = 'ASIO said Chinese agents had approached local officials.';
  assert.ok(mentions(text).includes('AUSSPY'), show(text));
});

test('state news agencies are the media sector and only report what others do', () => {
  let text = 'Lavrov told TASS that Moscow would answer any new sanctions from Washington.';
  assert.ok(mentions(text).includes('RUSMED'), show(text));
  assert.ok(!has(text, 'RUSMED', 'USA', ''), show(text));
  assert.ok(!has(text, 'RUSGOV', 'RUSMED', ''), show(text));
  text = 'KCNA said Pyongyang condemned Washington for its joint drills with Seoul.';
  assert.ok(has(text, 'PRK', 'USA', '11'), show(text));
  assert.ok(!has(text, 'PRKMED', 'USA', ''), show(text));
  text = 'Syria condemned the Israeli raid, SANA reported.';
  assert.ok(mentions(text).includes('SYRMED'), show(text));
  assert.ok(!has(text, 'SYRMED', 'ISR', ''), show(text));
  text = 'Anadolu Agency reported that Turkish jets struck PKK positions.';
  assert.ok(has(text, 'TURMIL', 'PKK', '19'), show(text));
  // upper-case acronyms only: a spa, the tass of a name, the MENA region and a basketball club are no agencies
  text = 'The spa resort welcomed Saudi tourists.';
  assert.ok(!mentions(text).includes('SAUMED'), show(text));
  text = 'The MENA region faces a long drought.';
  assert.ok(mentions(text).length === 0, show(text));
  text = 'Anadolu Efes beat Real Madrid in Istanbul.';
  assert.ok(!mentions(text).includes('TURMED'), show(text));
});

test('central banks are their government', () => {
  let text = 'The Federal Reserve criticised Beijing over its currency.';
  assert.ok(has(text, 'USAGOV', 'CHN', '11'), show(text));
  text = 'The Central Bank of Iran accused Washington of waging economic war on Tehran.';
  assert.ok(has(text, 'IRNGOV', 'USA', '11'), show(text));
  text = "The People's Bank of China cut its lending rate.";
  assert.ok(mentions(text).includes('CHNGOV'), show(text));
  // "Fed" alone is left out: "Fed up" opens sentences
  text = 'Fed up with the delays, Iran rejected the offer.';
  assert.ok(!mentions(text).includes('USAGOV'), show(text));
});
