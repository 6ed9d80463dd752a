/**
 * Dates of articles: record fields in their common forms, and the date line at the
 * top of a text — checked on the real seed articles (read from ../shared).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dateLine, parseDate } from '../../src/ingest/date.ts';
import { needsShared, shared } from '../shared.ts';

test('parseDate reads the date forms of records and feeds', () => {
  const cases: [unknown, string | null][] = [
    ['2014-06-30', '2014-06-30'],
    ['2014-06-30T23:59:00-05:00', '2014-06-30'],
    ['2014/6/3', '2014-06-03'],
    ['06/30/2014', '2014-06-30'],
    ['30/06/2014', '2014-06-30'],
    ['20140630', '2014-06-30'],
    [20140630, '2014-06-30'],
    ['June 30, 2014', '2014-06-30'],
    ['Jun. 30 2014', '2014-06-30'],
    ['30 June 2014', '2014-06-30'],
    ['Mon, 30 Jun 2014 23:30:00 -0800', '2014-06-30'],
    ['Friday, January 4, 2019', '2019-01-04'],
    ['2014-02-30', null],
    ['13/13/2014', null],
    ['yesterday', null],
    ['', null],
    [null, null],
    [{}, null],
  ];
  for (const [v, want] of cases) assert.equal(parseDate(v), want, JSON.stringify(v));
});

test('dateLine finds the date line at the top, not dates in running text', () => {
  assert.equal(dateLine('Published: 7 June 2015\n\nCyprus signed a deal.'), '2015-06-07');
  assert.equal(dateLine('\n\n2015-06-01\nGreece asked Germany for time.'), '2015-06-01');
  assert.equal(dateLine('The war began on June 30, 2014 and lasted.\nJune 30, 2014'), '2014-06-30', 'second line is a date line');
  assert.equal(dateLine('Relations have been frozen since 1979, when on 04/11/1979 the embassy fell.'), null);
  assert.equal(dateLine('Iran and Iraq met.\nThey talked.\nAgain.\nAnd again.\nAnd more.\nJune 30, 2014'), null, 'only the first five lines');
  assert.equal(dateLine(''), null);
});

const SEEDS = 'seeds/articles';
test('the date lines of the seed articles: 000 → 2014-06-30, 001 → 2014-06-25, 002 has none', needsShared(SEEDS), () => {
  const read = (name: string) => readFileSync(`${shared(SEEDS)}/${name}`, 'utf8');
  assert.equal(dateLine(read('000_90d9bf252558f15b.txt')), '2014-06-30');
  assert.equal(dateLine(read('001_8708b90140eb6404.txt')), '2014-06-25');
  assert.equal(dateLine(read('002_668638d6c8c7adcb.txt')), null);
});
