import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DuckDBInstance } from '@duckdb/node-api';
import { confidenceOf, confidenceSql, netShare, signOf, signSql } from '../../src/network/sign.ts';

test('sign rule: net cooperation share outside the neutral band', () => {
  assert.equal(signOf(3, 0), 1);
  assert.equal(signOf(0, 2), -1);
  assert.equal(signOf(3, 2), 0); // net 0.2: on the band edge is neutral
  assert.equal(signOf(4, 2), 1); // net 0.333
  assert.equal(signOf(2, 4), -1);
  assert.equal(signOf(5, 5), 0);
  assert.equal(signOf(0, 0), 0);
  assert.equal(signOf(3, 2, 0.1), 1); // a narrower band signs it
  assert.equal(signOf(1, 0.5), 1); // a hypothetical conflict (weight 0.5) against one cooperation: net 1/3
  assert.equal(netShare(1, 3), -0.5);
});

test('confidence grows with events, sources and agreement', () => {
  assert.equal(confidenceOf(1, 0, 1, 1), 0.5);
  assert.ok(confidenceOf(4, 0, 4, 4) > confidenceOf(4, 0, 4, 1));
  assert.ok(confidenceOf(4, 0, 4, 2) > confidenceOf(3, 1, 4, 2));
  assert.ok(Math.abs(confidenceOf(4, 0, 4, 4) - (1 - 0.5 ** 4)) < 1e-12);
  assert.equal(confidenceOf(0, 0, 2, 1), 0);
  // a neutral dyad is most confident when evenly split
  assert.ok(confidenceOf(5, 5, 10, 3) > confidenceOf(5, 4, 9, 3));
});

test('the SQL form of the rule computes what the TypeScript form does', async () => {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const grid: [number, number, number, number][] = [];
  for (const c of [0, 0.5, 1, 2, 3, 4, 7.5]) for (const h of [0, 0.5, 1, 2, 3]) for (const n of [1, 3]) for (const s of [1, 2]) grid.push([c, h, n, s]);
  const values = grid.map((g) => `(${g.map((x) => x.toFixed(1)).join(', ')})`).join(', ');
  for (const band of [0, 0.2, 0.5]) {
    const r = await con.runAndReadAll(`SELECT c, h, ${signSql('c', 'h', band)} AS sign, ${confidenceSql('c', 'h', 'n', 's', band)} AS conf FROM (VALUES ${values}) AS v(c, h, n, s)`);
    const rows = r.getRowObjectsJson() as { sign: number; conf: number }[];
    rows.forEach((row, i) => {
      const [c, h, n, s] = grid[i];
      assert.equal(Number(row.sign), signOf(c, h, band), `sign(${c}, ${h}) band ${band}`);
      assert.ok(Math.abs(Number(row.conf) - confidenceOf(c, h, n, s, band)) < 1e-12, `confidence(${c}, ${h}, ${n}, ${s}) band ${band}`);
    });
  }
  con.closeSync();
  db.closeSync();
});
