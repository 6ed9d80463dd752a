/**
 * The printed aggregation query gives the same dyad-windows as the built-in
 * path: the DuckDB dialect as `entente network --print-sql` prints it, run on
 * the store; and the GDELT-column input run on the raw GDELT file against the
 * importer's rows. The BigQuery and Spark dialects are checked for the
 * dialect-specific pieces they must use.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import gdelt, { GDELT2_COLUMNS } from '../../src/store/importers/gdelt.ts';
import { dyadWindows, networkSql, type DyadWindow, type NetworkOptions } from '../../src/network/build.ts';
import type { Store } from '../../src/store/db.ts';
import { makeWindow } from '../../src/network/window.ts';
import { memoryStore } from './fixture.ts';
import { needsShared, shared, ROOT } from '../shared.ts';
import network from '../../src/cli/commands/network.ts';

const SAMPLE = 'data/events/gdelt2_20191024143000.export.CSV';

/** `entente network --print-sql ARGS`, run in-process (the command module, its stdout captured). */
async function printSql(args: string[]): Promise<string> {
  let out = '';
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => { out += chunk; return true; }) as typeof process.stdout.write;
  try {
    const code = await network.run(['--print-sql', ...args]);
    assert.equal(code, 0);
  } finally {
    process.stdout.write = write;
  }
  return out;
}

async function run(store: Store, sql: string): Promise<Record<string, unknown>[]> {
  const r = await store.con.runAndReadAll(`SELECT * EXCLUDE (window_from, window_to), CAST(window_from AS VARCHAR) AS window_from, CAST(window_to AS VARCHAR) AS window_to FROM (${sql})`);
  return r.getRowObjectsJson() as Record<string, unknown>[];
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Compare SQL result rows with the built-in dyad-windows, field by field. */
function assertSame(rows: Record<string, unknown>[], dyads: DyadWindow[], label: string) {
  assert.equal(rows.length, dyads.length, `${label}: row count`);
  assert.ok(rows.length > 0, `${label}: some rows`);
  rows.forEach((r, i) => {
    const d = dyads[i];
    const where = `${label} row ${i} (${d.window} ${d.a}-${d.b})`;
    assert.equal(makeWindow(String(r.window_from), String(r.window_to)).id, d.window, where);
    assert.equal(r.a, d.a, where);
    assert.equal(r.b, d.b, where);
    for (const [col, key] of [['events', 'events'], ['q1', 'q1'], ['q2', 'q2'], ['q3', 'q3'], ['q4', 'q4'], ['sources', 'sources'], ['sign', 'sign']] as const) {
      assert.equal(Number(r[col]), d[key], `${where} ${col}`);
    }
    for (const [col, key] of [['cooperative', 'cooperative'], ['hostile', 'hostile'], ['goldstein_sum', 'goldstein'], ['goldstein_mean', 'goldsteinMean'], ['weight', 'weight'], ['net', 'net'], ['confidence', 'confidence']] as const) {
      assert.ok(close(Number(r[col]), d[key]), `${where} ${col}: ${r[col]} vs ${d[key]}`);
    }
    assert.equal(r.dedup, d.dedup, where);
  });
}

test('the DuckDB query printed by entente network --print-sql equals the built-in path', needsShared(SAMPLE), async () => {
  const store = await memoryStore();
  await gdelt.run(store, [shared(SAMPLE)!], { json: true });
  const cases: [string[], NetworkOptions][] = [
    [['--dedup', 'none'], { dedup: 'none' }],
    [['--dedup', 'daily', '--level', 'actor'], { dedup: 'daily', level: 'actor' }],
    [['--dedup', 'sources', '--window', 'week', '--weight', 'mean', '--band', '0.5'], { dedup: 'sources', window: 'week', weight: 'mean', band: 0.5 }],
    [['--window', '2month', '--step', 'month', '--from', '2018-09-01', '--to', '2019-10-31'], { window: '2month', step: 'month', from: '2018-09-01', to: '2019-10-31' }],
  ];
  for (const [args, opts] of cases) {
    const sql = await printSql(args);
    assert.match(sql, /^-- entente: events -> signed dyad-windows \(dialect duckdb, input entente: events\)/);
    assertSame(await run(store, sql), await dyadWindows(store, opts), args.join(' '));
  }
  store.close();
});

test('the GDELT-column query on the raw GDELT file equals the built-in path on imported events', needsShared(SAMPLE), async () => {
  const store = await memoryStore();
  await gdelt.run(store, [shared(SAMPLE)!], { json: true });
  const types: Record<string, string> = { SQLDATE: 'INTEGER', GLOBALEVENTID: 'BIGINT', QuadClass: 'INTEGER', GoldsteinScale: 'DOUBLE' };
  const cols = GDELT2_COLUMNS.map((c) => `'${c}': '${types[c] ?? 'VARCHAR'}'`).join(', ');
  await store.con.run(`CREATE TABLE gdelt_events AS SELECT * FROM read_csv('${shared(SAMPLE)}', delim = '\t', header = false, quote = '', columns = {${cols}})`);
  for (const opts of [{ dedup: 'none' }, { dedup: 'daily' }, { dedup: 'sources', level: 'actor' }] as NetworkOptions[]) {
    const sql = networkSql(opts, { dialect: 'duckdb', input: 'gdelt', table: 'gdelt_events' });
    assertSame(await run(store, sql), await dyadWindows(store, opts), `gdelt input ${opts.dedup}`);
  }
  store.close();
});

test('BigQuery and Spark dialects read GDELT columns with their own date and string functions', async () => {
  const bq = await printSql(['--dialect', 'bigquery', '--dedup', 'sources', '--from', '2014-06-01', '--to', '2014-12-31']);
  assert.match(bq, /FROM `gdelt-bq\.gdeltv2\.events`/);
  assert.match(bq, /PARSE_DATE\('%Y%m%d', CAST\(SQLDATE AS STRING\)\)/);
  assert.match(bq, /SQLDATE >= 20140601/);
  assert.match(bq, /DATE_TRUNC\(event_date, MONTH\)/);
  assert.match(bq, /STRING_AGG\(DISTINCT claimant/);
  assert.match(bq, /GROUP BY window_from, window_to, event_date, s, t, code, outlet/);
  for (const col of ['Actor1Code', 'Actor2Code', 'EventCode', 'GoldsteinScale', 'QuadClass', 'SOURCEURL']) assert.ok(bq.includes(col), col);
  assert.doesNotMatch(bq, /\\/, 'no backslash escapes');
  const spark = await printSql(['--dialect', 'spark', '--window', '2week', '--step', 'week', '--from', '2014-06-01', '--to', '2014-06-30']);
  assert.match(spark, /FROM gdelt_events/);
  assert.match(spark, /to_date\(CAST\(SQLDATE AS STRING\), 'yyyyMMdd'\)/);
  assert.match(spark, /VALUES \(DATE '2014-05-26', DATE '2014-06-08'\)/);
  assert.match(spark, /collect_set\(claimant\)/);
  // balanced parentheses in every dialect
  for (const sql of [bq, spark, await printSql(['--dialect', 'duckdb'])]) {
    const body = sql.replace(/--.*$/gm, '').replace(/'[^']*'/g, "''");
    let depth = 0;
    for (const ch of body) { depth += ch === '(' ? 1 : ch === ')' ? -1 : 0; assert.ok(depth >= 0); }
    assert.equal(depth, 0);
  }
  // sliding windows need a date range when printed without a database
  await assert.rejects(printSql(['--window', '3month', '--step', 'month']), /need a date range/);
  // the installed command prints the same text as the module
  const cli = execFileSync(process.execPath, [ROOT + 'bin/entente.js', 'network', '--print-sql', '--dialect', 'bigquery', '--dedup', 'sources', '--from', '2014-06-01', '--to', '2014-12-31'], { encoding: 'utf8' });
  assert.equal(cli, bq);
});
