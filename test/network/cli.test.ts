/**
 * The `entente network` and `entente contradictions` commands end to end on a
 * small database file: output files per format, usage errors with exit 2.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { openStore } from '../../src/store/db.ts';
import { ROOT } from '../shared.ts';
import { insertDocs, insertEvents, tempDir } from './fixture.ts';

const entente = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/entente.js'), ...args], { encoding: 'utf8' });

test('entente network writes each format; bad options exit 2 with the usage', async () => {
  const t = tempDir();
  const db = join(t.dir, 'n.duckdb');
  const store = await openStore(db);
  await insertDocs(store, [{ id: 'd1', date: '2014-06-02', source: 'Wire <&> "Daily"', sentences: ['One.', 'Two.'] }]);
  await store.con.run(`INSERT INTO actors (code, name, kind) VALUES ('XAA', 'Alpha & <Sons>', 'group')`);
  await insertEvents(store, [
    { date: '2014-06-02', source: 'XAA', target: 'USA', code: '057', quad: 1, goldstein: 8, doc: 'd1', sentence: 0, claimant: 'a "spokes<man>"' },
    { date: '2014-06-03', source: 'USA', target: 'IRQ', code: '190', quad: 4, goldstein: -10, doc: 'd1', sentence: 1 },
    { date: '2014-07-03', source: 'USA', target: 'IRQ', code: '057', quad: 1, goldstein: 8, doc: 'd1', sentence: 1 },
  ]);
  store.close();

  const gexf = join(t.dir, 'gexf');
  let r = entente('network', '--db', db, '--format', 'gexf', '--out', gexf);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(gexf).sort(), ['2014-06.gexf', '2014-07.gexf']);
  const june = readFileSync(join(gexf, '2014-06.gexf'), 'utf8');
  assert.equal(XMLValidator.validate(june), true);
  assert.ok(june.includes('label="Alpha &amp; &lt;Sons&gt;"'), 'untrusted names escaped');
  assert.ok(june.includes('value="a &quot;spokes&lt;man&gt;&quot;"'), 'claimants escaped');

  const one = join(t.dir, 'july.graphml');
  r = entente('network', '--db', db, '--format', 'graphml', '--from', '2014-07-01', '--out', one);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(XMLValidator.validate(readFileSync(one, 'utf8')), true);

  r = entente('network', '--db', db, '--format', 'csv', '--dedup', 'none', '--level', 'actor');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[1], /^2014-06,2014-06-01,2014-06-30,IRQ,USA,Iraq,United States,-1,10,1,/);
  assert.match(lines[2], /"a ""spokes<man>"""/);

  r = entente('network', '--db', db, '--format', 'json');
  assert.equal(JSON.parse(r.stdout).length, 2);

  r = entente('network', '--db', db);
  assert.match(r.stdout, /2014-06 +2 +3 +2 +1 +1 +0\n2014-07 +1 +2 +1 +1 +0 +0/);

  for (const [args, msg] of [
    [['--format', 'parquet'], /--format parquet needs --out FILE/],
    [['--format', 'gexf'], /2 windows: give --out DIR/],
    [['--dedup', 'weekly'], /--dedup must be none, daily or sources/],
    [['--window', 'fortnight'], /--window must be day, week, month, quarter or year/],
    [['--level', 'groups'], /--level groups needs --groups FILE/],
    [['--ranges', '2014-06-01:2014-05-01'], /--ranges: 2014-06-01:2014-05-01 ends before it starts/],
  ] as [string[], RegExp][]) {
    r = entente('network', '--db', db, ...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, msg);
    assert.match(r.stderr, /Usage: entente network/);
  }
  r = entente('network', '--db', join(t.dir, 'missing.duckdb'));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /missing\.duckdb: cannot open database/);

  r = entente('contradictions', '--db', db, '--json');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [], 'one document in one voice does not contradict itself');
  t.cleanup();
});
