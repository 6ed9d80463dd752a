/**
 * Correlates of War importer: alliances and militarized interstate disputes
 * as signed events between states, one event per dyad and year.
 *
 * - Alliance dyad files (COW Formal Alliances v4.1 `alliance_v4.1_by_dyad.csv`:
 *   ccode1, ccode2, state_name1/2, dyad_st_day/month/year, dyad_end_…,
 *   left/right_censor, defense, neutrality, nonaggression, entente, version):
 *   an alliance in force is cooperation, one event per year from start to end
 *   (a missing end year means in force to the last year the file mentions).
 *   Code 057 (sign formal agreement), its Goldstein weight.
 * - MID participant files (MIDB: dispnum, ccode, stabb, styear, endyear,
 *   sidea, hostlev): every pair of participants on opposite sides of a dispute
 *   is conflict, one event per year both took part; weight −2 × hostility
 *   level (1 no militarized action … 5 war → −2 … −10), the dispute's level
 *   from a MIDA dispute file given in the same run, else the higher of the
 *   two participants'. Code by level: 1 → 130, 2 → 138, 3 → 150, 4/5 → 190.
 *   A MIDA file alone stores nothing.
 * COW country codes become entente codes through dictionaries/cow-states.tsv.
 * Event ids: 'cow:ally:…' / 'cow:mid:DISPNUM:A-B:YEAR', stable across re-imports.
 */
import { readFileSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import { DICTIONARY_DIR, goldstein, quadClass } from '../../model/cameo.ts';
import { firstLine, importFiles, InputError, isFatal, sqlString, tempTable, toInputError, type Importer, type ImportOptions, type PreparedFile, type RowProblem } from './common.ts';

export interface CowState {
  ccode: number;
  abb: string;
  name: string;
  code: string;
  pajek: string | null;
}

let states: CowState[] | null = null;

/** The COW state list with entente codes (dictionaries/cow-states.tsv). */
export function cowStates(): CowState[] {
  if (states) return states;
  const out: CowState[] = [];
  let header = true;
  for (const line of readFileSync(DICTIONARY_DIR + 'cow-states.tsv', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const [ccode, abb, name, code, pajek] = line.split('\t');
    out.push({ ccode: Number(ccode), abb, name, code, pajek: pajek || null });
  }
  return (states = out);
}

export type CowKind = 'cow-alliances' | 'cow-mid-participants' | 'cow-mid-disputes';

/** What a COW file holds, from its header. */
export function detectCowKind(header: string, file: string): CowKind {
  const cols = new Set(header.split(',').map((c) => c.replace(/"/g, '').trim().toLowerCase()));
  if (cols.has('ccode1') && cols.has('ccode2') && cols.has('dyad_st_year')) return 'cow-alliances';
  const disp = cols.has('dispnum') || cols.has('dispnum3') || cols.has('dispnum4');
  if (disp && cols.has('ccode') && cols.has('sidea')) return 'cow-mid-participants';
  if (disp && cols.has('hostlev') && !cols.has('ccode')) return 'cow-mid-disputes';
  throw new InputError(file, 1, 'header is not a COW alliance dyad file (ccode1, ccode2, dyad_st_year, …), MID participant file (dispnum, ccode, sidea, …) or MID dispute file (dispnum, hostlev, …)');
}

const HOSTLEV_CODE: Record<number, string> = { 1: '130', 2: '138', 3: '150', 4: '190', 5: '190' };

async function lookups(con: DuckDBConnection): Promise<void> {
  await tempTable(con, 'entente_cow_state', ['ccode:INTEGER', 'code', 'name'], cowStates().map((s) => [s.ccode, s.code, s.name]));
  const codes = ['057', ...new Set(Object.values(HOSTLEV_CODE))];
  await tempTable(con, 'entente_cow_code', ['code', 'goldstein:DOUBLE', 'quad:TINYINT'], codes.map((c) => [c, goldstein(c), quadClass(c)]));
}

/** Load the raw file into a temp table with its line numbers (COW files are small: thousands of rows). */
async function loadRaw(con: DuckDBConnection, f: PreparedFile, opts: ImportOptions): Promise<void> {
  try {
    await con.run(
      `CREATE OR REPLACE TEMP TABLE entente_cow_raw AS SELECT *, (row_number() OVER () + 1)::BIGINT AS _line FROM read_csv(${sqlString(f.path)}, header=true, delim=',', quote='"', all_varchar=true, normalize_names=true, auto_detect=true, encoding=${sqlString(opts.encoding ?? 'utf-8')})`,
    );
  } catch (e) {
    throw toInputError(f.name, e);
  }
}

/** Find bad rows (SQL conditions → messages); strict: throw at the first, skip: report them all and return their lines. */
async function badRows(con: DuckDBConnection, f: PreparedFile, checks: [bad: string, message: string][], opts: ImportOptions, problems: RowProblem[]): Promise<number> {
  const msg = `CASE ${checks.map(([b, m]) => `WHEN coalesce(${b}, false) THEN ${m}`).join(' ')} END`;
  const any = checks.map(([b]) => `coalesce(${b}, false)`).join(' OR ');
  await con.run(`CREATE OR REPLACE TEMP TABLE entente_cow_bad AS SELECT _line, ${msg} AS message FROM entente_cow_raw r WHERE ${any}`);
  const rows = (await con.runAndReadAll(`SELECT _line, message FROM entente_cow_bad ORDER BY _line`)).getRows();
  if (rows.length && !opts.skipBad) throw new InputError(f.name, Number(rows[0][0]), String(rows[0][1]));
  for (const [line, message] of rows) {
    const p = { file: f.name, line: Number(line), message: String(message) };
    problems.push(p);
    opts.onProblem?.(p);
  }
  return rows.length;
}

const int = (c: string) => `try_cast(${c} AS INTEGER)`;
const notState = (c: string) => `${int(c)} NOT IN (SELECT ccode FROM entente_cow_state)`;

async function alliances(con: DuckDBConnection, f: PreparedFile, opts: ImportOptions, problems: RowProblem[]) {
  const cols = new Set((await con.runAndReadAll(`SELECT column_name FROM (DESCRIBE entente_cow_raw)`)).getRows().map((r) => String(r[0])));
  for (const c of ['ccode1', 'ccode2', 'dyad_st_year']) if (!cols.has(c)) throw new InputError(f.name, 1, `no column ${c}`);
  const col = (c: string) => (cols.has(c) ? c : 'NULL');
  const skipped = await badRows(
    con,
    f,
    [
      [`${int('ccode1')} IS NULL`, `'ccode1 ' || coalesce('"' || ccode1 || '"', 'missing') || ' is not a number'`],
      [`${int('ccode2')} IS NULL`, `'ccode2 ' || coalesce('"' || ccode2 || '"', 'missing') || ' is not a number'`],
      [notState('ccode1'), `'ccode1 ' || ccode1 || ' is not a COW state code'`],
      [notState('ccode2'), `'ccode2 ' || ccode2 || ' is not a COW state code'`],
      [`${int('dyad_st_year')} IS NULL`, `'dyad_st_year ' || coalesce('"' || dyad_st_year || '"', 'missing') || ' is not a year'`],
      [`${int(col('dyad_end_year'))} < ${int('dyad_st_year')}`, `'dyad_end_year ' || dyad_end_year || ' is before dyad_st_year ' || dyad_st_year`],
    ],
    opts,
    problems,
  );
  const key = cols.has('version4id') ? `version4id || ':'` : `''`;
  const st = int('dyad_st_year');
  const sql = `
    INSERT OR IGNORE INTO events (id, origin, date, source, target, source_name, target_name, code, root, goldstein, quad, confidence, file, row_number)
    WITH a AS (
      SELECT r.*, ${st} AS st,
        coalesce(${int(col('dyad_end_year'))}, (SELECT max(greatest(coalesce(${int(col('dyad_end_year'))}, 0), ${st})) FROM entente_cow_raw)) AS en,
        coalesce(${int(col('dyad_st_month'))}, 1) AS sm, coalesce(${int(col('dyad_st_day'))}, 1) AS sd
      FROM entente_cow_raw r WHERE _line NOT IN (SELECT _line FROM entente_cow_bad)
    )
    SELECT 'cow:ally:' || ${key} || ${int('ccode1')} || '-' || ${int('ccode2')} || ':' || st || '-' || sm || '-' || sd || ':' || y.year,
      'cow',
      CASE WHEN y.year = st THEN coalesce(try_cast(make_date(st, sm, sd) AS DATE), make_date(st, 1, 1)) ELSE make_date(y.year::INTEGER, 1, 1) END,
      s1.code, s2.code, coalesce(${col('state_name1')}, s1.name), coalesce(${col('state_name2')}, s2.name),
      c.code, left(c.code, 2), c.goldstein, c.quad, 1, ${sqlString(f.name)}, _line
    FROM a, unnest(range(a.st, a.en + 1)) AS y(year)
    JOIN entente_cow_state s1 ON s1.ccode = ${int('a.ccode1')}
    JOIN entente_cow_state s2 ON s2.ccode = ${int('a.ccode2')}
    JOIN entente_cow_code c ON c.code = '057'`;
  const inserted = (await con.run(sql)).rowsChanged;
  const rows = Number((await con.runAndReadAll('SELECT count(*) FROM entente_cow_raw')).getRows()[0][0]);
  return { rows, inserted, skipped };
}

async function participants(con: DuckDBConnection, f: PreparedFile, opts: ImportOptions, problems: RowProblem[]) {
  const cols = new Set((await con.runAndReadAll(`SELECT column_name FROM (DESCRIBE entente_cow_raw)`)).getRows().map((r) => String(r[0])));
  const disp = ['dispnum', 'dispnum3', 'dispnum4'].find((c) => cols.has(c))!;
  for (const c of ['ccode', 'sidea', 'styear']) if (!cols.has(c)) throw new InputError(f.name, 1, `no column ${c}`);
  const col = (c: string) => (cols.has(c) ? c : 'NULL');
  const skipped = await badRows(
    con,
    f,
    [
      [`${int(disp)} IS NULL`, `'${disp} ' || coalesce('"' || ${disp} || '"', 'missing') || ' is not a number'`],
      [`${int('ccode')} IS NULL`, `'ccode ' || coalesce('"' || ccode || '"', 'missing') || ' is not a number'`],
      [notState('ccode'), `'ccode ' || ccode || ' is not a COW state code'`],
      [`${int('sidea')} NOT IN (0, 1) OR ${int('sidea')} IS NULL`, `'sidea ' || coalesce('"' || sidea || '"', 'missing') || ' is not 0 or 1'`],
      [`${int('styear')} IS NULL`, `'styear ' || coalesce('"' || styear || '"', 'missing') || ' is not a year'`],
      [`${int(col('hostlev'))} NOT BETWEEN 1 AND 5`, `'hostlev ' || hostlev || ' is not 1-5'`],
    ],
    opts,
    problems,
  );
  const haveMida = (await con.runAndReadAll(`SELECT count(*) FROM duckdb_tables() WHERE table_name = 'entente_cow_mida' AND temporary`)).getRows()[0][0] !== 0n;
  const sql = `
    INSERT OR IGNORE INTO events (id, origin, date, source, target, source_name, target_name, code, root, goldstein, quad, confidence, file, row_number)
    WITH p AS (
      SELECT ${int(disp)} AS d, ${int('ccode')} AS cc, ${int('sidea')} AS side, ${int('styear')} AS st,
        coalesce(${int(col('endyear'))}, ${int('styear')}) AS en, ${int(col('hostlev'))} AS hl, _line
      FROM entente_cow_raw WHERE _line NOT IN (SELECT _line FROM entente_cow_bad)
    ), pairs AS (
      SELECT a.d, a.cc AS ca, b.cc AS cb, greatest(a.st, b.st) AS y0, greatest(least(a.en, b.en), greatest(a.st, b.st)) AS y1,
        coalesce(${haveMida ? '(SELECT max(m.hostlev) FROM entente_cow_mida m WHERE m.d = a.d)' : 'NULL'}, greatest(a.hl, b.hl), 1) AS hl, a._line
      FROM p a JOIN p b ON a.d = b.d AND a.side = 1 AND b.side = 0
    )
    SELECT 'cow:mid:' || pairs.d || ':' || ca || '-' || cb || ':' || y.year, 'cow', make_date(y.year::INTEGER, 1, 1),
      s1.code, s2.code, s1.name, s2.name,
      c.code, left(c.code, 2), -2 * pairs.hl, c.quad, 1, ${sqlString(f.name)}, pairs._line
    FROM pairs, unnest(range(y0, y1 + 1)) AS y(year)
    JOIN entente_cow_state s1 ON s1.ccode = ca
    JOIN entente_cow_state s2 ON s2.ccode = cb
    JOIN entente_cow_code c ON c.code = CASE pairs.hl ${Object.entries(HOSTLEV_CODE).map(([h, c]) => `WHEN ${h} THEN '${c}'`).join(' ')} END`;
  const inserted = (await con.run(sql)).rowsChanged;
  const rows = Number((await con.runAndReadAll('SELECT count(*) FROM entente_cow_raw')).getRows()[0][0]);
  return { rows, inserted, skipped };
}

async function disputes(con: DuckDBConnection, f: PreparedFile, opts: ImportOptions, problems: RowProblem[]) {
  const cols = new Set((await con.runAndReadAll(`SELECT column_name FROM (DESCRIBE entente_cow_raw)`)).getRows().map((r) => String(r[0])));
  const disp = ['dispnum', 'dispnum3', 'dispnum4'].find((c) => cols.has(c))!;
  const skipped = await badRows(
    con,
    f,
    [
      [`${int(disp)} IS NULL`, `'${disp} ' || coalesce('"' || ${disp} || '"', 'missing') || ' is not a number'`],
      [`${int('hostlev')} NOT BETWEEN 1 AND 5 OR ${int('hostlev')} IS NULL`, `'hostlev ' || coalesce('"' || hostlev || '"', 'missing') || ' is not 1-5'`],
    ],
    opts,
    problems,
  );
  await con.run(`CREATE TEMP TABLE IF NOT EXISTS entente_cow_mida (d INTEGER, hostlev INTEGER)`);
  await con.run(`INSERT INTO entente_cow_mida SELECT ${int(disp)}, ${int('hostlev')} FROM entente_cow_raw WHERE _line NOT IN (SELECT _line FROM entente_cow_bad)`);
  const rows = Number((await con.runAndReadAll('SELECT count(*) FROM entente_cow_raw')).getRows()[0][0]);
  return { rows, inserted: 0, skipped };
}

const cow: Importer = {
  name: 'cow',
  describe: 'Correlates of War alliance dyad files (v4.1) and MID participant (MIDB) / dispute (MIDA) files',
  async run(store, files, opts) {
    const con = store.con;
    // dispute files first, so participant files in the same run can use their hostility levels
    const kinds = new Map<string, CowKind | null>();
    for (const file of files) {
      try {
        kinds.set(file, detectCowKind(await firstLine(file), file));
      } catch {
        kinds.set(file, null);
      }
    }
    const ordered = [...files].sort((a, b) => Number(kinds.get(b) === 'cow-mid-disputes') - Number(kinds.get(a) === 'cow-mid-disputes'));
    await con.run('DROP TABLE IF EXISTS temp.entente_cow_mida');
    try {
      return await importFiles(store, 'cow', ordered, opts, async (f, report, problems) => {
        const kind = detectCowKind(await firstLine(f.path), f.name);
        await lookups(con);
        await loadRaw(con, f, opts);
        const r = kind === 'cow-alliances' ? await alliances(con, f, opts, problems) : kind === 'cow-mid-participants' ? await participants(con, f, opts, problems) : await disputes(con, f, opts, problems);
        report(1);
        return { kind, ...r };
      });
    } catch (e) {
      if (isFatal(e)) throw e;
      throw e;
    } finally {
      await con.run('DROP TABLE IF EXISTS temp.entente_cow_raw; DROP TABLE IF EXISTS temp.entente_cow_bad; DROP TABLE IF EXISTS temp.entente_cow_mida');
    }
  },
};

export default cow;
