/**
 * `entente import dyads`: the aggregate the printed query produces, saved as CSV
 * or Parquet (as a user would from BigQuery), loads into dyad_windows and gives
 * the same networks as the built-in path; re-import adds nothing; bad rows are
 * reported with FILE:LINE.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import gdelt from '../../src/store/importers/gdelt.ts';
import dyads from '../../src/store/importers/dyads.ts';
import { buildNetworks, networkSql } from '../../src/network/build.ts';
import { toCsv } from '../../src/network/export/csv.ts';
import { memoryStore, tempDir } from './fixture.ts';
import { needsShared, shared } from '../shared.ts';

const SAMPLE = 'data/events/gdelt2_20191024143000.export.CSV';
const edgeKey = (e: { a: string; b: string; sign: number; events: number; sources: number }) => `${e.a}|${e.b}|${e.sign}|${e.events}|${e.sources}`;

test('the printed query’s result, saved as CSV and Parquet, imports as the same networks', needsShared(SAMPLE), async () => {
  const t = tempDir();
  const src = await memoryStore();
  await gdelt.run(src, [shared(SAMPLE)!], { json: true });
  const opts = { dedup: 'sources' as const, level: 'country' as const };
  const builtIn = await buildNetworks(src, opts);
  const sql = networkSql(opts, { dialect: 'duckdb' });
  const csv = join(t.dir, 'agg.csv'), pq = join(t.dir, 'agg.parquet'), own = join(t.dir, 'export.csv');
  await src.con.run(`COPY (${sql}) TO '${csv}' (FORMAT csv, HEADER)`);
  await src.con.run(`COPY (${sql}) TO '${pq}' (FORMAT parquet)`);
  writeFileSync(own, toCsv(builtIn));
  src.close();
  const total = builtIn.windows.reduce((s, w) => s + w.edges.length, 0);

  for (const file of [csv, pq, own]) {
    const dst = await memoryStore();
    const sum = await dyads.run(dst, [file], { json: true });
    assert.equal(sum.files[0].error, undefined, String(sum.files[0].error));
    assert.equal(sum.inserted, total, `${file}: rows`);
    const again = await dyads.run(dst, [file], { json: true });
    assert.equal(again.inserted, 0, 're-import adds nothing');
    const nets = await buildNetworks(dst, { input: 'dyads' });
    assert.equal(nets.dedup, 'sources');
    assert.equal(nets.level, 'country');
    assert.deepEqual(nets.windows.map((w) => w.id), builtIn.windows.map((w) => w.id));
    nets.windows.forEach((w, i) => {
      assert.deepEqual(w.edges.map(edgeKey), builtIn.windows[i].edges.map(edgeKey), `${file} window ${w.id}`);
      assert.deepEqual(w.nodes.map((n) => n.code), builtIn.windows[i].nodes.map((n) => n.code));
    });
    const row = await dst.con.runAndReadAll(`SELECT file, row_number FROM dyad_windows ORDER BY row_number LIMIT 1`);
    // CSV rows are numbered by physical line (header = line 1), Parquet rows from 1
    assert.deepEqual(row.getRows()[0].map(String), [file, file.endsWith('.parquet') ? '1' : '2']);
    dst.close();
  }
  t.cleanup();
});

test('bad aggregate rows stop the file with FILE:LINE, or are skipped with skipBad; stored rows stay', async () => {
  const t = tempDir();
  const good = join(t.dir, 'good.csv'), bad = join(t.dir, 'bad.csv'), wrong = join(t.dir, 'wrong.csv');
  const header = 'window_from,window_to,a,b,events,cooperative,hostile,dedup,level';
  writeFileSync(good, `${header}\n2014-06-01,2014-06-30,USA,IRQ,3,3,0,daily,country\n`);
  writeFileSync(bad, `${header}\n2014-07-01,2014-07-31,USA,IRN,2,1,1,daily,country\n2014-07-01,2014-07-31,USA,SYR,two,1,1,daily,country\n2014-13-01,2014-07-31,IRN,SYR,2,2,0,daily,country\n`);
  writeFileSync(wrong, 'from,to,x\n1,2,3\n');
  const store = await memoryStore();
  assert.equal((await dyads.run(store, [good], { json: true })).inserted, 1);
  const strict = await dyads.run(store, [bad], { json: true });
  // the query stops at a bad row (DuckDB reads in parallel: not necessarily the first)
  assert.match(strict.files[0].error!, /bad\.csv:(3: events "two" is not an integer|4: window_from "2014-13-01" is not a date YYYY-MM-DD)$/);
  const wr = await dyads.run(store, [wrong], { json: true });
  assert.match(wr.files[0].error!, /wrong\.csv:1: missing column\(s\) window_from, window_to, a, b, events, cooperative, hostile/);
  let n = await store.con.runAndReadAll('SELECT count(*) FROM dyad_windows');
  assert.equal(Number(n.getRows()[0][0]), 1, 'nothing of the bad file stored, the good row kept');
  const skip = await dyads.run(store, [bad], { json: true, skipBad: true });
  assert.deepEqual(skip.problems.map((p) => [p.line, p.message]), [[3, 'events "two" is not an integer'], [4, 'window_from "2014-13-01" is not a date YYYY-MM-DD']]);
  assert.equal(skip.inserted, 1);
  n = await store.con.runAndReadAll(`SELECT a, b, row_number FROM dyad_windows WHERE window_from = DATE '2014-07-01'`);
  assert.deepEqual(n.getRows().map((r) => r.map(String)), [['IRN', 'USA', '2']], 'stored undirected (a < b) with its line');
  store.close();
  t.cleanup();
});
