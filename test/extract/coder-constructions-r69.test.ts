/**
 * Round 69: a capital taken is territory occupied, and attacks, strikes and killings ordered by a leader are the state's
 * acts (bench/accuracy/NOTES.md, round 69). Own sentences; near cases the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedExactly as coded, codedOn, showOn } from './coding.ts';

test('taking a capital is occupying territory (192), as taking a town is', () => {
  for (const [text, date, s, t] of [
    ['The Taliban captured Kabul.', '2021-08-15', 'TALIBAN', 'AFG'],
    ['American troops captured Baghdad.', '2003-04-09', 'USAMIL', 'IRQ'],
    ['Seleka rebels seized Bangui.', '2013-03-24', 'SELEKA', 'CAF'],
  ] as const) assert.ok(coded(text, date, s, t, '192'), showOn(text, date));
  // left alone: a town taken, and a capital named as a government
  assert.ok(coded('Russian forces captured Grozny.', '2000-02-06', 'RUSMIL', 'RUS', '192'), showOn('Russian forces captured Grozny.', '2000-02-06'));
  const seized = 'Kabul seized the assets of the former ministers.';
  assert.ok(!codedOn(seized, '2021-09-15').some((e) => e.code === '192'), showOn(seized, '2021-09-15'));
});

test('an attack, strikes or a killing ordered by a leader is the state’s act, not a demand', () => {
  for (const [text, date, s, t, code] of [
    ['Putin ordered an offensive against Ukraine.', '2022-02-24', 'RUSGOV', 'UKR', '190'],
    ['Trump ordered air strikes on a Syrian air base.', '2017-04-06', 'USAGOV', 'SYR', '195'],
    ['Trump ordered the killing of Qassem Soleimani.', '2020-01-02', 'USAGOV', 'IRNMIL', '186'],
    ['Putin ordered troops into eastern Ukraine.', '2022-02-21', 'RUSGOV', 'UKR', '154'],
    ['Trump ordered troops out of Germany.', '2020-06-15', 'USAGOV', 'DEU', '0874'],
  ] as const) assert.ok(coded(text, date, s, t, code) && !codedOn(text, date).some((e) => e.code === '100'), showOn(text, date));
  // left alone: an order to do something (the demand and the intended act), and an arrest ordered
  const infinitive = 'Putin ordered the army to attack Ukraine.';
  assert.ok(coded(infinitive, '2022-02-24', 'RUSGOV', 'UKR', '190') && codedOn(infinitive, '2022-02-24').some((e) => e.code === '190' && e.modality === 'intended'), showOn(infinitive, '2022-02-24'));
  const arrest = 'Erdogan ordered the arrest of the American pastor.';
  assert.ok(!codedOn(arrest, '2016-10-07').some((e) => e.code.startsWith('19')), showOn(arrest, '2016-10-07'));
});

test('strikes authorised are a threat of force; carriers sent are a show of force; rocketing is an air attack', () => {
  for (const [text, date, s, t, code] of [
    ['NATO authorised air strikes against Yugoslavia if it failed to withdraw from Kosovo.', '1998-10-13', 'NATO', 'SRB', '138'],
    ['The United States sent a second aircraft carrier towards Taiwan.', '1996-03-11', 'USA', 'TWN', '154'],
    ['Israeli helicopters rocketed Palestinian Authority buildings in Ramallah.', '2000-10-12', 'ISR', 'PSEGOV', '195'],
  ] as const) assert.ok(coded(text, date, s, t, code), showOn(text, date));
  const authorised = 'NATO authorised air strikes against Yugoslavia if it failed to withdraw from Kosovo.';
  assert.ok(!codedOn(authorised, '1998-10-13').some((e) => e.code === '195'), showOn(authorised, '1998-10-13'));
});

test("a subject's own state as the object before the pattern's words is no target", () => {
  for (const [text, date, s, t] of [
    ['President Trump withdrew the United States from the Iran nuclear deal.', '2018-05-08', 'USAGOV', 'IRN'],
    ['Trump pulled the United States out of the INF treaty with Russia.', '2019-02-01', 'USAGOV', 'RUS'],
  ] as const) assert.ok(coded(text, date, s, t, '160') && !codedOn(text, date).some((e) => e.target === 'USA'), showOn(text, date));
  // left alone: another actor of the same state as the object
  const accused = 'Kiir accused Machar of plotting a coup.';
  assert.ok(coded(accused, '2014-06-30', 'SSDGOV', 'SSDREB', '112'), showOn(accused, '2014-06-30'));
});
