/**
 * Issue item 3: GDELT 2.0 sample → monthly country network → GEXF and GraphML
 * that parse as valid XML with signs, graphology JSON that loads, and CSV /
 * Parquet dyad-window tables that DuckDB reads back with equal rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { UndirectedGraph } from 'graphology';
import { DuckDBInstance } from '@duckdb/node-api';
import gdelt from '../../src/store/importers/gdelt.ts';
import { buildNetworks, type Networks } from '../../src/network/build.ts';
import { toGexf } from '../../src/network/export/gexf.ts';
import { toGraphml } from '../../src/network/export/graphml.ts';
import { toJson } from '../../src/network/export/json.ts';
import { toCsv } from '../../src/network/export/csv.ts';
import { writeParquet } from '../../src/network/export/parquet.ts';
import { DYAD_COLUMNS, dyadTable } from '../../src/network/export/table.ts';
import { memoryStore, tempDir } from './fixture.ts';
import { needsShared, shared } from '../shared.ts';

const SAMPLE = 'data/events/gdelt2_20191024143000.export.CSV';

async function gdeltNetworks(dedup: 'none' | 'daily' | 'sources' = 'daily'): Promise<{ nets: Networks; rows: number }> {
  const store = await memoryStore();
  const summary = await gdelt.run(store, [shared(SAMPLE)!], { json: true });
  assert.equal(summary.inserted, 2111);
  const nets = await buildNetworks(store, { window: 'month', level: 'country', dedup });
  store.close();
  return { nets, rows: summary.inserted };
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

test('GDELT sample → monthly country networks → GEXF and GraphML parse as XML with signs', needsShared(SAMPLE), async () => {
  const { nets } = await gdeltNetworks();
  assert.deepEqual(nets.windows.map((w) => w.id), ['2018-10', '2019-09', '2019-10']);
  assert.equal(nets.dedup, 'daily');
  assert.equal(nets.level, 'country');
  const big = nets.windows[2];
  assert.ok(big.edges.length > 100, `${big.edges.length} dyads in 2019-10`);
  const signs = new Set(big.edges.map((e) => e.sign));
  assert.ok(signs.has(1) && signs.has(-1), 'both signs present');
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
  for (const w of nets.windows) {
    const gexf = toGexf(nets, w);
    assert.equal(XMLValidator.validate(gexf), true, `GEXF of ${w.id} is well-formed`);
    const g = parser.parse(gexf).gexf;
    assert.equal(g.version, '1.3');
    assert.equal(g.graph.defaultedgetype, 'undirected');
    assert.match(g.meta.description, /de-duplication daily/);
    const edges = asArray(g.graph.edges.edge);
    assert.equal(edges.length, w.edges.length);
    assert.equal(asArray(g.graph.nodes.node).length, w.nodes.length);
    edges.forEach((e: any, i: number) => {
      const sign = asArray(e.attvalues.attvalue).find((a: any) => a.for === 'sign');
      assert.equal(Number(sign.value), w.edges[i].sign);
      assert.equal(e.source, w.edges[i].a);
      assert.equal(Number(e.weight), w.edges[i].weight);
    });

    const graphml = toGraphml(nets, w);
    assert.equal(XMLValidator.validate(graphml), true, `GraphML of ${w.id} is well-formed`);
    const gm = parser.parse(graphml).graphml;
    const keys = asArray(gm.key);
    const signKey = keys.find((k: any) => k['attr.name'] === 'sign' && k.for === 'edge');
    assert.equal(signKey['attr.type'], 'int');
    const gedges = asArray(gm.graph.edge);
    assert.equal(gedges.length, w.edges.length);
    gedges.forEach((e: any, i: number) => {
      const d = asArray(e.data).find((x: any) => x.key === signKey.id);
      assert.equal(Number(d['#text']), w.edges[i].sign);
    });
    assert.equal(asArray(gm.graph.data).find((x: any) => x.key === 'g_dedup')['#text'], 'daily');
  }

  // graphology JSON: one serialised graph per window that graphology imports as is
  const json = JSON.parse(toJson(nets));
  assert.equal(json.length, 3);
  json.forEach((sg: any, i: number) => {
    const g = UndirectedGraph.from(sg);
    assert.equal(g.type, 'undirected');
    assert.equal(g.order, nets.windows[i].nodes.length);
    assert.equal(g.size, nets.windows[i].edges.length);
    assert.equal(g.getAttribute('window'), nets.windows[i].id);
    const e = nets.windows[i].edges[0];
    assert.equal(g.getEdgeAttribute(g.edge(e.a, e.b)!, 'sign'), e.sign);
  });
});

test('CSV and Parquet dyad-window tables read back by DuckDB with equal rows', needsShared(SAMPLE), async () => {
  const { nets } = await gdeltNetworks();
  const t = tempDir();
  const csv = join(t.dir, 'dyads.csv'), pq = join(t.dir, 'dyads.parquet');
  writeFileSync(csv, toCsv(nets));
  assert.equal(await writeParquet(nets, pq), nets.windows.reduce((s, w) => s + w.edges.length, 0));
  const expected = dyadTable(nets);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const names = DYAD_COLUMNS.map((c) => c.name);
  const cast = names.map((n, i) => (DYAD_COLUMNS[i].type === 'DATE' ? `CAST(${n} AS VARCHAR) AS ${n}` : n)).join(', ');
  for (const [label, rel] of [['csv', `read_csv('${csv}', header = true)`], ['parquet', `read_parquet('${pq}')`]]) {
    const r = await con.runAndReadAll(`SELECT ${cast} FROM ${rel}`);
    assert.deepEqual(r.columnNames(), names, `${label} columns`);
    const got = r.getRowsJson();
    assert.equal(got.length, expected.length, `${label} row count`);
    got.forEach((row, i) => {
      row.forEach((v, j) => {
        const want = expected[i][j];
        if (typeof want === 'number') assert.equal(Number(v), want, `${label} row ${i} ${names[j]}`);
        else assert.equal(v === null ? null : String(v), want, `${label} row ${i} ${names[j]}`);
      });
    });
  }
  con.closeSync();
  db.closeSync();
  t.cleanup();
});

test('de-duplication on GDELT: daily ≤ sources ≤ none, and daily removes duplicates', needsShared(SAMPLE), async () => {
  const total = (n: Networks) => n.windows.reduce((s, w) => s + w.edges.reduce((t, e) => t + e.events, 0), 0);
  const none = total((await gdeltNetworks('none')).nets);
  const daily = total((await gdeltNetworks('daily')).nets);
  const sources = total((await gdeltNetworks('sources')).nets);
  // rows with both actors and a date that are not self-loops at country level
  assert.ok(none > 1000 && none < 2111, `none ${none}`);
  assert.ok(daily < none, `daily ${daily} < none ${none}`);
  assert.ok(daily <= sources && sources <= none, `daily ${daily} ≤ sources ${sources} ≤ none ${none}`);
});
