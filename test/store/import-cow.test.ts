import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import cow, { cowStates } from '../../src/store/importers/cow.ts';
import { countryTable } from '../../src/model/countries.ts';
import { buildNetworks } from '../../src/network/build.ts';
import { shared, needsShared } from '../shared.ts';

const WINDOWS = 'data/signed/cow_signed_windows_1946_1999.csv';
const dir = mkdtempSync(join(tmpdir(), 'entente-cow-'));

/** The shared file's edges of one window: [a, b, sign] with its (Pajek) state abbreviations. */
function windowEdges(win: string): [string, string, number][] {
  return readFileSync(shared(WINDOWS)!, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.startsWith(win + ','))
    .map((l) => {
      const [, a, b, s] = l.trim().split(',');
      return [a, b, Number(s)];
    });
}

/**
 * COW-format files made from a window's edges: each + edge an alliance dyad in
 * force over the whole window, each − edge a MID with the two on opposite
 * sides in the window's second year (MIDA gives the dispute's level).
 */
function fixture(win: string) {
  const [y0, y1] = win.split('-').map((y) => 1900 + Number(y));
  const byPajek = new Map(cowStates().filter((s) => s.pajek).map((s) => [s.pajek!, s]));
  const edges = windowEdges(win);
  const ally = ['version4id,ccode1,state_name1,ccode2,state_name2,dyad_st_day,dyad_st_month,dyad_st_year,dyad_end_day,dyad_end_month,dyad_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente,version'];
  const midb = ['dispnum,stabb,ccode,stday,stmon,styear,endday,endmon,endyear,sidea,revstate,revtype1,revtype2,fatality,fatalpre,hiact,hostlev,orig,version'];
  const mida = ['dispnum,stday,stmon,styear,endday,endmon,endyear,outcome,settle,fatality,fatalpre,maxdur,mindur,hiact,hostlev,recip,numa,numb,ongo2010,version'];
  let n = 0;
  for (const [a, b, sign] of edges) {
    const sa = byPajek.get(a)!;
    const sb = byPajek.get(b)!;
    assert.ok(sa && sb, `${a} and ${b} have COW codes`);
    n++;
    if (sign > 0) ally.push([n, sa.ccode, `"${sa.name}"`, sb.ccode, `"${sb.name}"`, 15, 3, y0, 1, 6, y1, 0, 0, 1, 0, 0, 0, 4.1].join(','));
    else {
      midb.push([n, sa.abb, sa.ccode, 1, 5, y0 + 1, 30, 6, y0 + 1, 1, 1, 1, -9, 0, 0, 7, 3, 1, 4.1].join(','));
      midb.push([n, sb.abb, sb.ccode, 1, 5, y0 + 1, 30, 6, y0 + 1, 0, 0, 0, -9, 0, 0, 0, 1, 0, 4.1].join(','));
      mida.push([n, 1, 5, y0 + 1, 30, 6, y0 + 1, 6, 1, 0, 0, 60, 60, 7, 4, 0, 1, 1, 0, 4.1].join(','));
    }
  }
  const files = { ally: join(dir, `alliance_${win}_by_dyad.csv`), midb: join(dir, `MIDB_${win}.csv`), mida: join(dir, `MIDA_${win}.csv`) };
  writeFileSync(files.ally, ally.join('\n') + '\n');
  writeFileSync(files.midb, midb.join('\n') + '\n');
  writeFileSync(files.mida, mida.join('\n') + '\n');
  return { files, edges, y0, y1, byPajek };
}

for (const win of ['46-49', '70-73', '96-99']) {
  test(`COW alliances and MIDs reproduce the signed network of window ${win} exactly`, needsShared(WINDOWS), async () => {
    const { files, edges, y0, y1, byPajek } = fixture(win);
    const store = await openStore(':memory:');
    const s = await cow.run(store, [files.ally, files.midb, files.mida], { json: true });
    for (const f of s.files) assert.equal(f.error, undefined, f.error);
    assert.deepEqual(s.files.map((f) => f.kind).sort(), ['cow-alliances', 'cow-mid-disputes', 'cow-mid-participants']);
    // the window's signed network from the events: sign of the summed weights per unordered pair
    const got = (
      await store.con.runAndReadAll(`
        SELECT least(source, target) a, greatest(source, target) b, sign(sum(goldstein))::INTEGER s
        FROM events WHERE origin = 'cow' AND date BETWEEN DATE '${y0}-01-01' AND DATE '${y1}-12-31' GROUP BY ALL`)
    )
      .getRows()
      .map(([a, b, sg]) => `${a} ${b} ${sg}`)
      .sort();
    const code = (p: string) => byPajek.get(p)!.code;
    const nodes = new Set(edges.flatMap(([a, b]) => [a, b]));
    assert.equal(new Set([...nodes].map(code)).size, nodes.size, 'each state of the window has its own entente code');
    const want = edges.map(([a, b, sg]) => [code(a), code(b)].sort().join(' ') + ` ${sg}`).sort();
    assert.equal(got.length, want.length);
    assert.deepEqual(got, want);
    // and the same through the network builder (one custom window, actor level, every event counted)
    const nets = await buildNetworks(store, { ranges: `${y0}-01-01:${y1}-12-31`, level: 'actor', dedup: 'none', origins: ['cow'] });
    assert.equal(nets.windows.length, 1);
    const built = nets.windows[0].edges.map((e) => `${e.a} ${e.b} ${e.sign}`).sort();
    assert.deepEqual(built, want);
    // MIDA's dispute level is the weight: level 4 → −8
    const w = (await store.con.runAndReadAll(`SELECT DISTINCT goldstein FROM events WHERE id LIKE 'cow:mid:%'`)).getRows().map((r) => r[0]);
    if (edges.some(([, , sg]) => sg < 0)) assert.deepEqual(w, [-8]);
    // re-import adds nothing
    const again = await cow.run(store, [files.ally, files.midb, files.mida], { json: true });
    assert.equal(again.inserted, 0);
    store.close();
  });
}

test('COW: unknown country code and bad side are FILE:LINE errors; --skip-bad reports and skips', async () => {
  const f = join(dir, 'MIDB_bad.csv');
  writeFileSync(f, ['dispnum,stabb,ccode,styear,endyear,sidea,hostlev', '1,USA,2,1950,1950,1,4', '1,XXX,9999,1950,1950,0,4', '1,RUS,365,1950,1950,0,4', '1,UKG,200,1950,1950,2,4'].join('\n') + '\n');
  const store = await openStore(':memory:');
  const s = await cow.run(store, [f], { json: true });
  assert.equal(s.files[0].error, `${f}:3: ccode 9999 is not a COW state code`);
  assert.equal(Number((await store.con.runAndReadAll('SELECT count(*) FROM events')).getRows()[0][0]), 0);
  const k = await cow.run(store, [f], { json: true, skipBad: true });
  assert.deepEqual(k.problems.map((p) => p.line), [3, 5]);
  const ev = (await store.con.runAndReadAll(`SELECT source, target, row_number FROM events`)).getRows();
  assert.deepEqual(ev, [['USA', 'RUS', 2n]]);
  store.close();
});

test('COW state codes map to the same entente codes as countries.tsv where it has them', () => {
  const byCcode = new Map(cowStates().map((s) => [s.ccode, s]));
  for (const c of countryTable().values()) {
    if (c.cowCode == null) continue;
    const s = byCcode.get(c.cowCode);
    assert.ok(s, `${c.code}: COW code ${c.cowCode} is in cow-states.tsv`);
    assert.equal(s.code, c.code, `COW ${c.cowCode}`);
  }
});
