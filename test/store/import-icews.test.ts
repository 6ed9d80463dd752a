import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openStore } from '../../src/store/db.ts';
import icews, { icewsActorCode } from '../../src/store/importers/icews.ts';
import { countryTable } from '../../src/model/countries.ts';
import { shared, needsShared } from '../shared.ts';

const ICEWS = 'data/events/icews_events.2018.sample.tab';

test('ICEWS sample: 3,705 events with file and line, names kept, countries mapped; re-import adds nothing', needsShared(ICEWS), async () => {
  const store = await openStore(':memory:');
  const path = shared(ICEWS)!;
  const s = await icews.run(store, [path], { json: true });
  assert.equal(s.files[0].error, undefined);
  assert.deepEqual([s.rows, s.inserted], [3705, 3705]);
  const lines = readFileSync(path, 'utf8').split('\n');
  const byName = new Map([...countryTable().values()].map((c) => [c.name, c.code]));
  let checked = 0;
  for (const n of [2, 3, 100, 1000, 2500, 3706]) {
    const c = lines[n - 1].split('\t');
    const r = (await store.con.runAndReadAll(`SELECT row_number, source_name, target_name, code, goldstein, strftime(date, '%Y-%m-%d'), source FROM events WHERE id = 'icews:${c[0]}'`)).getRows()[0];
    assert.deepEqual([Number(r[0]), r[1], r[2], r[3], r[4], r[5]], [n, c[2], c[8], c[6], Number(c[7]), c[1]]);
    if (byName.has(c[4])) {
      assert.ok(String(r[6]).startsWith(byName.get(c[4])!), `${c[2]} (${c[4]}) → ${r[6]}`);
      checked++;
    }
  }
  // every event from a country in countries.tsv carries that country's code
  const rows = (await store.con.runAndReadAll(`SELECT source, row_number FROM events`)).getRows();
  for (const [code, line] of rows) {
    const country = lines[Number(line) - 1].split('\t')[4];
    if (byName.has(country)) {
      assert.equal(String(code).slice(0, 3), byName.get(country), `line ${line}`);
      checked++;
    }
  }
  assert.ok(checked > 0);
  const again = await icews.run(store, [path], { json: true });
  assert.deepEqual([again.inserted, again.duplicates], [0, 3705]);
  store.close();
});

test('ICEWS actor codes: country + sector suffix, IGOs and regions by name, unidentified as empty', () => {
  const usa = [...countryTable().values()].find((c) => c.code === 'USA')!;
  assert.equal(icewsActorCode(usa.name, 'NA', usa.name), 'USA');
  assert.equal(icewsActorCode('Donald Trump', 'Executive,Executive Office,Government', usa.name), 'USAGOV');
  assert.equal(icewsActorCode('Military (United States)', 'Military,Government', usa.name), 'USAMIL');
  assert.equal(icewsActorCode('Police', 'Police,Government', 'Russian Federation'), 'RUSCOP');
  assert.equal(icewsActorCode('European Union', 'International Government Organization,Regional Diplomatic IGOs,Regional', 'NA'), 'IGOEUREEC');
  assert.equal(icewsActorCode('Africa', 'NA', 'NA'), 'AFR');
  assert.equal(icewsActorCode('Citizen (Africa)', 'General Population / Civilian / Social,Social', 'NA'), 'AFRCVL');
  assert.equal(icewsActorCode('Google', 'Business,Multinational Corporation,Social', 'NA'), 'MNC');
  assert.equal(icewsActorCode('Unspecified Actor', 'Unspecified', 'NA'), '');
});
