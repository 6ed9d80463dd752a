import { test } from 'node:test';
import assert from 'node:assert/strict';
import { add, isoWeek, parseDuration, parseRanges, truncate, unitWindow, windowId, windowsBetween, windowSpec } from '../../src/network/window.ts';

test('calendar truncation: ISO weeks start on Monday, quarters on Jan/Apr/Jul/Oct', () => {
  assert.equal(truncate('2014-06-13', 'week'), '2014-06-09'); // Friday → Monday
  assert.equal(truncate('2014-06-09', 'week'), '2014-06-09');
  assert.equal(truncate('2014-06-15', 'week'), '2014-06-09'); // Sunday belongs to the week before
  assert.equal(truncate('2014-08-31', 'quarter'), '2014-07-01');
  assert.equal(truncate('2014-12-31', 'year'), '2014-01-01');
  assert.equal(truncate('2014-02-28', 'month'), '2014-02-01');
});

test('adding months clamps to the end of the month', () => {
  assert.equal(add('2014-01-31', 1, 'month'), '2014-02-28');
  assert.equal(add('2016-01-31', 1, 'month'), '2016-02-29');
  assert.equal(add('2014-11-01', 3, 'month'), '2015-02-01');
  assert.equal(add('2014-10-01', 1, 'quarter'), '2015-01-01');
  assert.equal(add('2014-06-09', 2, 'week'), '2014-06-23');
});

test('window ids depend only on the interval', () => {
  assert.equal(windowId('2014-06-01', '2014-06-30'), '2014-06');
  assert.equal(windowId('2016-02-01', '2016-02-29'), '2016-02');
  assert.equal(windowId('2014-01-01', '2014-12-31'), '2014');
  assert.equal(windowId('2014-07-01', '2014-09-30'), '2014-Q3');
  assert.equal(windowId('2014-06-09', '2014-06-15'), '2014-W24');
  assert.equal(windowId('2014-06-09', '2014-06-09'), '2014-06-09');
  assert.equal(windowId('2014-06-01', '2014-06-29'), '2014-06-01..2014-06-29');
  // ISO week-numbering years differ from calendar years at the edges
  assert.deepEqual(isoWeek('2014-12-29'), { year: 2015, week: 1 });
  assert.deepEqual(isoWeek('2016-01-03'), { year: 2015, week: 53 });
  assert.equal(unitWindow('2014-12-31', 'week').id, '2015-W01');
});

test('durations and ranges parse, bad ones fail with the option name', () => {
  assert.deepEqual(parseDuration('month'), { size: 1, unit: 'month' });
  assert.deepEqual(parseDuration('3months'), { size: 3, unit: 'month' });
  assert.throws(() => parseDuration('fortnight'), /--window must be day, week, month/);
  assert.throws(() => parseDuration('0day', 'step'), /--step: count must be a positive integer/);
  const r = parseRanges('2014-06-01:2014-06-30, 2014-07-01:2014-08-15');
  assert.deepEqual(r.map((w) => w.id), ['2014-06', '2014-07-01..2014-08-15']);
  assert.throws(() => parseRanges('2014-06-30:2014-06-01'), /ends before it starts/);
  assert.throws(() => parseRanges('2014-02-30:2014-03-01'), /not FROM:TO/);
  assert.throws(() => windowSpec({ ranges: '2014-06-01:2014-06-30', step: 'week' }), /--step cannot be combined/);
});

test('sliding windows cover the data range step by step', () => {
  const spec = windowSpec({ window: '3month', step: 'month' });
  const ws = windowsBetween(spec, '2014-06-15', '2014-08-02');
  assert.deepEqual(ws.map((w) => [w.from, w.to]), [
    ['2014-06-01', '2014-08-31'],
    ['2014-07-01', '2014-09-30'],
    ['2014-08-01', '2014-10-31'],
  ]);
  assert.equal(ws[1].id, '2014-Q3');
  const weekly = windowsBetween(windowSpec({ window: '2week', step: 'week' }), '2014-06-11', '2014-06-20');
  assert.deepEqual(weekly.map((w) => w.from), ['2014-06-09', '2014-06-16']);
  assert.ok(weekly.every((w) => w.to === add(w.from, 13, 'day')));
  // tumbling months are one calendar month each
  const months = windowsBetween(windowSpec({ window: 'month' }), '2014-01-20', '2014-03-01');
  assert.deepEqual(months.map((w) => w.id), ['2014-01', '2014-02', '2014-03']);
});
