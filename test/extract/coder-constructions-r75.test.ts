/**
 * Round 75: tariffs on goods from a state, tariffs ordered or announced, sanctions rolled over, partnerships suspended and accession frozen, a
 * gerund after "talks on" or "a referendum on", and a cup won in sport (bench/accuracy/NOTES.md, round 75). Own sentences;
 * near cases the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedExactly as coded, codedOn, showOn } from './coding.ts';

test('a tariff on goods or imports from a state is aimed at that state; tariffs ordered and sanctions rolled over are imposed (163)', () => {
  for (const [text, date, s, t, code] of [
    ['Donald Trump announced a 20 percent tariff on goods from the European Union.', '2025-04-02', 'USAGOV', 'EU', '163'],
    ['Trump ordered tariffs of 25 percent on imports from Mexico and Canada.', '2025-02-01', 'USAGOV', 'MEX', '163'],
    ['Trump ordered 25 percent tariffs on Colombian goods in retaliation.', '2025-01-26', 'USAGOV', 'COL', '163'],
    ['Kosovo lifted the tariffs on goods from Serbia.', '2020-04-01', 'KSV', 'SRB', '085'],
    ['The European Union rolled over its sanctions on Moscow for another half year.', '2016-12-19', 'EU', 'RUS', '163'],
  ] as const) assert.ok(coded(text, date, s, t, code), showOn(text, date));
  // left alone: aid from a state is still no act on it, and a tariff threatened stays a threat
  const aid = 'Ukraine received aid from Japan.';
  assert.ok(!codedOn(aid, '2022-05-01').some((e) => e.source === 'UKR' && e.target === 'JPN' && e.code.startsWith('16')), showOn(aid, '2022-05-01'));
  assert.ok(coded('The European Union threatened tariffs on American goods.', '2018-03-02', 'EU', 'USA', '1312'), showOn('The European Union threatened tariffs on American goods.', '2018-03-02'));
});

test('a partnership suspended is relations cut (160), an accession process frozen is accession talks halted (164)', () => {
  for (const [text, date, s, t, code] of [
    ['The United States suspended its strategic partnership with Georgia.', '2024-12-02', 'USA', 'GEO', '160'],
    ['The European Union froze Georgia\'s accession process over the foreign influence law.', '2024-07-09', 'EU', 'GEO', '164'],
  ] as const) assert.ok(coded(text, date, s, t, code), showOn(text, date));
  // left alone: a partnership welcomed
  assert.ok(coded('The EU welcomed a partnership with Morocco.', '2021-04-01', 'EU', 'MAR', '051'), showOn('The EU welcomed a partnership with Morocco.', '2021-04-01'));
});

test('a gerund after "talks on" or "a referendum on" is a topic, no act of the subject', () => {
  for (const [text, date] of [
    ['Moldovans narrowly approved a referendum on joining the European Union.', '2024-10-21'],
    ['Georgia suspended talks on joining the European Union until 2028.', '2024-11-28'],
    ['Britain will hold a referendum on leaving the European Union.', '2016-02-20'],
  ] as const) assert.ok(!codedOn(text, date).some((e) => e.code === '060' || e.code === '161'), showOn(text, date));
  // left alone: a gerund of means, and a state joining
  assert.ok(coded('Russia put pressure on Belarus by cutting gas supplies.', '2017-01-01', 'RUS', 'BLR', '170'), showOn('Russia put pressure on Belarus by cutting gas supplies.', '2017-01-01'));
  assert.ok(coded('Montenegro formally joined NATO despite Russian objections.', '2017-06-05', 'MNE', 'NATO', '060'), showOn('Montenegro formally joined NATO despite Russian objections.', '2017-06-05'));
});

test('a cup, title or trophy won in sport is no defeat by force', () => {
  for (const [text, date] of [
    ['Argentina beat Brazil to win the Copa America.', '2021-07-10'],
    ['Italy beat England on penalties to win the trophy.', '2021-07-11'],
  ] as const) assert.ok(!codedOn(text, date).some((e) => e.code.startsWith('18') || e.code.startsWith('19')), showOn(text, date));
  // left alone: a war won
  assert.ok(coded('Russia beat Georgia in a five-day war.', '2008-08-20', 'RUS', 'GEO', '182'), showOn('Russia beat Georgia in a five-day war.', '2008-08-20'));
});
