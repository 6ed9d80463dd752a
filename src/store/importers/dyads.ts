/**
 * `entente import dyads FILE...`: load the dyad-window aggregate that the query
 * of `entente network --print-sql` produces (run in BigQuery, Spark or DuckDB
 * and saved as CSV with a header, or as Parquet) into the `dyad_windows` table;
 * `entente network --dyads` and `entente balance --db … --dyads` analyse it.
 *
 * Columns are matched by name (case-insensitive), in any order. Required:
 * window_from, window_to (YYYY-MM-DD), a, b, events, cooperative, hostile.
 * Optional: q1..q4, goldstein_sum, goldstein_mean, weight, sources, claimants,
 * net, sign, confidence, dedup, level (missing dedup/level are stored as
 * 'unknown'); other columns (window_id, a_name, … of entente's own CSV export)
 * are ignored, so the export of `entente network --format csv|parquet` loads too.
 * Dyads are stored undirected (a, b sorted). Every row records its file and row.
 *
 * Bad rows (a date that is not a date, a missing actor, a non-numeric count,
 * a window ending before it starts, a = b) stop the file with FILE:LINE (or are
 * reported and skipped with --skip-bad); nothing of a stopped file is stored.
 * Re-importing adds nothing: the key is (window, a, b, dedup, level).
 */
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Store } from '../db.ts';
import {
  firstLine, importFiles, InputError, insertCsv, isFatal, sqlString, toInputError,
  type FileSummary, type Importer, type ImportOptions, type ImportSummary, type RowCheck, type RowProblem,
} from './common.ts';

const REQUIRED = ['window_from', 'window_to', 'a', 'b', 'events', 'cooperative', 'hostile'];
const INTS = ['events', 'q1', 'q2', 'q3', 'q4', 'sources', 'sign'];
const DOUBLES = ['cooperative', 'hostile', 'goldstein_sum', 'goldstein_mean', 'weight', 'net', 'confidence'];

/** Checks on raw (VARCHAR) columns, given which columns the file has. */
function checks(has: Set<string>, col: (n: string) => string): RowCheck[] {
  const out: RowCheck[] = [];
  for (const n of ['window_from', 'window_to']) {
    out.push({ bad: `try_strptime(${col(n)}, '%Y-%m-%d') IS NULL`, message: `'${n} ' || coalesce('"' || ${col(n)} || '"', 'missing') || ' is not a date YYYY-MM-DD'` });
  }
  out.push({ bad: `try_strptime(${col('window_to')}, '%Y-%m-%d') < try_strptime(${col('window_from')}, '%Y-%m-%d')`, message: `'window ends before it starts'` });
  for (const n of ['a', 'b']) out.push({ bad: `${col(n)} IS NULL OR trim(${col(n)}) = ''`, message: `'actor ${n} missing'` });
  out.push({ bad: `trim(${col('a')}) = trim(${col('b')})`, message: `'a and b are the same actor (' || ${col('a')} || ')'` });
  for (const n of INTS) if (has.has(n)) {
    const bad = n === 'events' ? `TRY_CAST(${col(n)} AS BIGINT) IS NULL` : `${col(n)} IS NOT NULL AND trim(${col(n)}) <> '' AND TRY_CAST(${col(n)} AS BIGINT) IS NULL`;
    out.push({ bad, message: `'${n} ' || coalesce('"' || ${col(n)} || '"', 'missing') || ' is not an integer'` });
  }
  for (const n of DOUBLES) if (has.has(n)) {
    const bad = n === 'cooperative' || n === 'hostile' ? `TRY_CAST(${col(n)} AS DOUBLE) IS NULL` : `${col(n)} IS NOT NULL AND trim(${col(n)}) <> '' AND TRY_CAST(${col(n)} AS DOUBLE) IS NULL`;
    out.push({ bad, message: `'${n} ' || coalesce('"' || ${col(n)} || '"', 'missing') || ' is not a number'` });
  }
  return out;
}

/** Target column → SQL over the raw columns (VARCHAR), `_line`, and the file name. */
function select(has: Set<string>, col: (n: string) => string, file: string): Record<string, string> {
  const num = (n: string, t: string) => (has.has(n) ? `TRY_CAST(NULLIF(trim(${col(n)}), '') AS ${t})` : 'NULL');
  const text = (n: string, dflt: string | null) => (has.has(n) ? `coalesce(NULLIF(trim(${col(n)}), ''), ${dflt === null ? 'NULL' : sqlString(dflt)})` : dflt === null ? 'NULL' : sqlString(dflt));
  return {
    window_from: `try_strptime(${col('window_from')}, '%Y-%m-%d')::DATE`,
    window_to: `try_strptime(${col('window_to')}, '%Y-%m-%d')::DATE`,
    a: `least(trim(${col('a')}), trim(${col('b')}))`,
    b: `greatest(trim(${col('a')}), trim(${col('b')}))`,
    events: num('events', 'BIGINT'),
    q1: num('q1', 'BIGINT'), q2: num('q2', 'BIGINT'), q3: num('q3', 'BIGINT'), q4: num('q4', 'BIGINT'),
    cooperative: num('cooperative', 'DOUBLE'),
    hostile: num('hostile', 'DOUBLE'),
    goldstein_sum: num('goldstein_sum', 'DOUBLE'),
    goldstein_mean: num('goldstein_mean', 'DOUBLE'),
    weight: num('weight', 'DOUBLE'),
    sources: num('sources', 'BIGINT'),
    claimants: text('claimants', null),
    net: num('net', 'DOUBLE'),
    sign: num('sign', 'INTEGER'),
    confidence: num('confidence', 'DOUBLE'),
    dedup: text('dedup', 'unknown'),
    level: text('level', 'unknown'),
    file: sqlString(file),
    row_number: '_line',
  };
}

function columnsOf(names: string[], file: string): Set<string> {
  const has = new Set(names.map((n) => n.toLowerCase()));
  const missing = REQUIRED.filter((n) => !has.has(n));
  if (missing.length) throw new InputError(file, 1, `missing column(s) ${missing.join(', ')}: not a dyad-window aggregate (see entente network --print-sql)`);
  return has;
}

/** Split a CSV header line (quotes allowed). */
function headerNames(line: string): string[] {
  const out: string[] = [];
  let cur = '', q = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false; else cur += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') { out.push(cur.trim()); cur = ''; } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

async function isParquet(file: string): Promise<boolean> {
  if (/\.parquet$/i.test(file)) return true;
  try {
    const stream = createReadStream(file, { start: 0, end: 3 });
    const parts: Buffer[] = [];
    for await (const c of stream) parts.push(c as Buffer);
    return Buffer.concat(parts).toString('latin1') === 'PAR1';
  } catch {
    return false;
  }
}

async function importCsv(store: Store, file: string, opts: ImportOptions): Promise<ImportSummary> {
  return importFiles(store, 'dyads', [file], opts, async (f, report, problems) => {
    const names = headerNames(await firstLine(f.path));
    const has = columnsOf(names, f.name);
    const col = (n: string) => `"${names.find((x) => x.toLowerCase() === n)!.replaceAll('"', '""')}"`;
    const columns: [string, string][] = names.map((n, i) => [n || `column${i}`, 'VARCHAR']);
    if (new Set(names.map((n) => n.toLowerCase())).size !== names.length) throw new InputError(f.name, 1, 'duplicate column names in the header');
    const r = await insertCsv(store, f, {
      table: 'dyad_windows', columns, delim: ',', header: 1, quote: '"',
      checks: checks(has, col), select: select(has, col, f.name),
    }, opts, problems, report);
    return { ...r, kind: 'dyad-windows-csv' };
  });
}

async function importParquet(store: Store, file: string, opts: ImportOptions): Promise<ImportSummary> {
  const t0 = performance.now();
  const name = resolve(file);
  const entry: FileSummary = { file: name, kind: 'dyad-windows-parquet', rows: 0, inserted: 0, duplicates: 0, skipped: 0 };
  const summary: ImportSummary = { format: 'dyads', files: [entry], rows: 0, inserted: 0, duplicates: 0, skipped: 0, actorsAdded: 0, problems: [], seconds: 0 };
  const con = store.con;
  const problems: RowProblem[] = [];
  try {
    let bytes = 0;
    try {
      bytes = statSync(name).size;
    } catch (e) {
      throw new InputError(file, null, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const rel = `read_parquet(${sqlString(name)})`;
    let names: string[];
    try {
      names = (await con.runAndReadAll(`SELECT * FROM ${rel} LIMIT 0`)).columnNames();
    } catch (e) {
      throw new InputError(name, null, `not a readable Parquet file (${String((e as Error).message).split('\n')[0]})`);
    }
    const has = columnsOf(names, name);
    const col = (n: string) => `CAST("${names.find((x) => x.toLowerCase() === n)!.replaceAll('"', '""')}" AS VARCHAR)`;
    const cs = checks(has, col);
    const sel = select(has, col, name);
    const rows = Number((await con.runAndReadAll(`SELECT count(*) FROM ${rel}`)).getRows()[0][0]);
    const source = `(SELECT *, row_number() OVER ()::BIGINT AS _line FROM ${rel}) r`;
    const anyBad = cs.map((c) => `(${c.bad})`).join(' OR ');
    await con.run('BEGIN TRANSACTION');
    try {
      if (opts.skipBad) {
        const bad = await con.runAndReadAll(`SELECT _line, CASE ${cs.map((c) => `WHEN coalesce(${c.bad}, false) THEN ${c.message}`).join(' ')} END FROM ${source} WHERE coalesce(${anyBad}, false) ORDER BY _line LIMIT 100000`);
        for (const [line, m] of bad.getRows()) {
          const p = { file: name, line: Number(line), message: String(m) };
          problems.push(p);
          opts.onProblem?.(p);
        }
      }
      const where = opts.skipBad
        ? `NOT coalesce(${anyBad}, false)`
        : `CASE ${cs.map((c) => `WHEN coalesce(${c.bad}, false) THEN error('ENTENTE:' || _line || ':' || (${c.message}))`).join(' ')} ELSE true END`;
      const cols = Object.keys(sel);
      let inserted: number;
      try {
        inserted = (await con.run(`INSERT OR IGNORE INTO dyad_windows (${cols.join(', ')}) SELECT ${cols.map((c) => sel[c]).join(', ')} FROM ${source} WHERE ${where}`)).rowsChanged;
      } catch (e) {
        throw toInputError(name, e);
      }
      await con.run(`INSERT INTO imports (file, format, kind, bytes, rows_read, inserted, skipped) VALUES (${sqlString(name)}, 'dyads', 'dyad-windows-parquet', ${bytes}, ${rows}, ${inserted}, ${problems.length})`);
      await con.run('COMMIT');
      Object.assign(entry, { rows, inserted, skipped: problems.length, duplicates: Math.max(0, rows - inserted - problems.length) });
      summary.problems.push(...problems);
      opts.onProgress?.({ file: name, done: rows, total: rows });
    } catch (e) {
      if (!isFatal(e)) await con.run('ROLLBACK');
      throw e;
    }
  } catch (e) {
    if (isFatal(e)) throw new Error(`${entry.file}: the database engine failed (${String((e as Error).message).split('\n')[0]}); nothing of this file was stored`);
    if (!(e instanceof InputError)) throw e;
    entry.error = e.message;
  }
  summary.rows = entry.rows;
  summary.inserted = entry.inserted;
  summary.duplicates = entry.duplicates;
  summary.skipped = entry.skipped;
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

const dyads: Importer = {
  name: 'dyads',
  describe: 'dyad-window aggregates (CSV with header, or Parquet) from the query of entente network --print-sql',
  async run(store, files, opts) {
    const t0 = performance.now();
    const total: ImportSummary = { format: 'dyads', files: [], rows: 0, inserted: 0, duplicates: 0, skipped: 0, actorsAdded: 0, problems: [], seconds: 0 };
    for (const file of files) {
      const s = (await isParquet(file)) ? await importParquet(store, file, opts) : await importCsv(store, file, opts);
      total.files.push(...s.files);
      total.problems.push(...s.problems);
      for (const k of ['rows', 'inserted', 'duplicates', 'skipped', 'actorsAdded'] as const) total[k] += s[k];
    }
    total.seconds = (performance.now() - t0) / 1000;
    return total;
  },
};

export default dyads;
