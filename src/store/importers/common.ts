/**
 * What every event-dataset importer shares: the `Importer` interface the
 * `entente import FORMAT` command dispatches to, one transaction per file,
 * streaming checks of the raw bytes (UTF-8, line length, zip members), the
 * DuckDB `read_csv` → `INSERT OR IGNORE INTO events` pipeline with row
 * numbers, bad-row reporting as FILE:LINE, progress, the `imports` log and
 * new codes added to `actors`.
 *
 * Policy for bad input (documented in `entente import --help`):
 * - strict (default): the first bad row stops that file with `FILE:LINE: what`;
 *   none of the file is stored, earlier files and everything already in the
 *   database stay; the command exits 1.
 * - `skipBad` (`--skip-bad`; always on for POLECAT): each bad row is reported
 *   as `FILE:LINE: what` and skipped, the rest is stored.
 * - Bytes that are not UTF-8 and lines longer than `MAX_LINE_BYTES` are always
 *   errors (pass `encoding: 'latin-1'` for Latin-1 files).
 */
import { createReadStream, closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Unzip, UnzipInflate } from 'fflate';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../db.ts';
import { countryOf, countryTable, isStateActor } from '../../model/countries.ts';
import { quadClass, type QuadScheme } from '../../model/cameo.ts';

/** Options every importer accepts. */
export interface ImportOptions {
  /** The caller prints JSON: importers write nothing to stdout/stderr themselves. */
  json: boolean;
  /** Called a few times a second while a file is read: `done` of `total` data rows (estimated from bytes). */
  onProgress?: (p: { file: string; done: number; total: number }) => void;
  /** Report and skip bad rows instead of stopping the file at the first one. */
  skipBad?: boolean;
  /** Text encoding of the files (default utf-8). */
  encoding?: 'utf-8' | 'latin-1';
  /** Called for each bad row reported (also collected in the summary). */
  onProblem?: (p: RowProblem) => void;
}

/** A bad row, reported with where it is. */
export interface RowProblem {
  file: string;
  line: number;
  message: string;
}

/** What happened to one input file. */
export interface FileSummary {
  file: string;
  /** What the file held (`gdelt2-events`, `gdelt1-events`, `gdelt2-mentions`, `icews-events`, `cow-alliances`, …). */
  kind: string;
  /** Data rows in the file. */
  rows: number;
  /** Rows new to the database (0 on re-import). */
  inserted: number;
  /** Rows already stored (same id). */
  duplicates: number;
  /** Bad rows reported and skipped. */
  skipped: number;
  /** Set when the file could not be imported; nothing of it was stored. */
  error?: string;
}

export interface ImportSummary {
  format: string;
  files: FileSummary[];
  rows: number;
  inserted: number;
  duplicates: number;
  skipped: number;
  /** New codes added to the `actors` table. */
  actorsAdded: number;
  problems: RowProblem[];
  seconds: number;
}

/**
 * An importer: `src/store/importers/NAME.ts` default-exports one, and
 * `entente import NAME FILE...` runs it. `run` imports each file in its own
 * transaction, never throws for bad input (the summary's file entry carries
 * the error), and throws only when the database itself fails.
 */
export interface Importer {
  name: string;
  /** One line for `entente import --help`. */
  describe: string;
  run(store: Store, files: string[], opts: ImportOptions): Promise<ImportSummary>;
}

/** Bad input in a file: the message is `FILE:LINE: what` (or `FILE: what`). */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    what: string,
  ) {
    super(line == null ? `${file}: ${what}` : `${file}:${line}: ${what}`);
  }
}

/** Longest line accepted, in bytes. Event rows are a few hundred bytes; longer lines mean the wrong file. */
export const MAX_LINE_BYTES = 1 << 20;

/** Quote a string as an SQL literal. */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

// ---------------------------------------------------------------------------
// Raw-byte checks, streaming.

const EMPTY = Buffer.alloc(0);

/** Streaming check of text bytes: valid UTF-8 (unless Latin-1), no line over MAX_LINE_BYTES; counts lines. */
export class TextCheck {
  lines = 0;
  bytes = 0;
  private carry: Buffer = EMPTY;
  private partialLen = 0;
  constructor(
    readonly file: string,
    readonly encoding: 'utf-8' | 'latin-1' = 'utf-8',
    readonly maxLine = MAX_LINE_BYTES,
  ) {}

  push(chunk: Uint8Array): void {
    const buf = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.bytes += buf.length;
    // fast path: the chunk's complete lines checked in two calls; line by line only to locate a bad one
    let checkLines = false;
    if (this.encoding === 'utf-8') {
      const first = buf.indexOf(10);
      if (first >= 0) {
        const head = this.partialLen ? Buffer.concat([this.carry, buf.subarray(0, first)]) : buf.subarray(0, first);
        checkLines = !isUtf8(head) || !isUtf8(buf.subarray(first + 1, buf.lastIndexOf(10)));
      }
    }
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl < 0) break;
      const len = this.partialLen + (nl - start);
      if (len > this.maxLine) this.tooLong(this.lines + 1, len);
      if (checkLines) {
        const line = this.partialLen ? Buffer.concat([this.carry, buf.subarray(start, nl)]) : buf.subarray(start, nl);
        if (!isUtf8(line)) this.notUtf8(this.lines + 1, line);
      }
      this.lines++;
      if (this.partialLen) {
        this.partialLen = 0;
        this.carry = EMPTY;
      }
      start = nl + 1;
    }
    if (start < buf.length) {
      this.partialLen += buf.length - start;
      if (this.partialLen > this.maxLine) this.tooLong(this.lines + 1, this.partialLen);
      if (this.encoding === 'utf-8') this.carry = Buffer.concat([this.carry, buf.subarray(start)]);
    }
  }

  /** Call at end of input. */
  end(): void {
    if (this.partialLen > 0) {
      if (this.encoding === 'utf-8' && !isUtf8(this.carry)) this.notUtf8(this.lines + 1, this.carry);
      this.lines++;
    }
  }

  private tooLong(line: number, len: number): never {
    throw new InputError(this.file, line, `line longer than ${MAX_LINE_BYTES.toLocaleString('en')} bytes (${len.toLocaleString('en')}+): not a row of this format`);
  }

  private notUtf8(line: number, bytes: Buffer): never {
    let col = 0;
    while (col < bytes.length && isUtf8(bytes.subarray(0, col + 1))) col++;
    // col is the first byte that cannot start/continue valid UTF-8 (approximately: a truncated sequence at col is reported at col)
    throw new InputError(this.file, line, `bytes that are not UTF-8 near byte ${col + 1} (0x${bytes[col]?.toString(16) ?? '??'}); a Latin-1 file? re-run with --encoding latin-1`);
  }
}

/** A file ready for DuckDB: a plain path (zip members are extracted to a temp file), checked, with its line count. */
export interface PreparedFile {
  /** Name used in messages and stored in `events.file`. */
  name: string;
  /** Path DuckDB reads. */
  path: string;
  lines: number;
  bytes: number;
  cleanup(): void;
}

async function checkPlain(path: string, name: string, encoding: 'utf-8' | 'latin-1'): Promise<TextCheck> {
  const check = new TextCheck(name, encoding);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) check.push(chunk as Buffer);
  } finally {
    stream.destroy();
  }
  check.end();
  return check;
}

/** Extract the first member of a zip archive to a temp file, streaming, checking its text as it goes. */
async function extractZip(path: string, name: string, encoding: 'utf-8' | 'latin-1'): Promise<PreparedFile> {
  const dir = mkdtempSync(join(tmpdir(), 'entente-zip-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  let out: number | null = null;
  let member: string | null = null;
  let check: TextCheck | null = null;
  let finished = false;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (member !== null) return; // GDELT archives hold one file; further members are ignored
    member = file.name;
    check = new TextCheck(`${name}!${file.name}`, encoding);
    out = openSync(join(dir, 'member'), 'w');
    file.ondata = (err, data, final) => {
      if (failure) return;
      if (err) {
        failure = new InputError(name, null, `corrupt zip archive (${err.message})`);
        return;
      }
      try {
        check!.push(data);
        writeSync(out!, data);
        if (final) {
          check!.end();
          finished = true;
        }
      } catch (e) {
        failure = e as Error;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      try {
        unzip.push(chunk as Buffer);
      } catch (e) {
        throw new InputError(name, null, `corrupt zip archive (${(e as Error).message})`);
      }
      if (failure) throw failure;
    }
    try {
      unzip.push(new Uint8Array(0), true);
    } catch (e) {
      throw new InputError(name, null, `corrupt zip archive (${(e as Error).message})`);
    }
    if (failure) throw failure;
    if (member === null) throw new InputError(name, null, 'not a zip archive, or one with no file in it');
    if (!finished) throw new InputError(name, null, `truncated zip archive: ${member} ends early`);
  } catch (e) {
    stream.destroy();
    if (out !== null) closeSync(out);
    cleanup();
    throw e;
  }
  closeSync(out!);
  const c = check as unknown as TextCheck;
  return { name: `${name}!${member}`, path: join(dir, 'member'), lines: c.lines, bytes: c.bytes, cleanup };
}

/** Check a file (extracting it when it is a zip archive) so DuckDB can read it. Throws InputError. */
export async function prepareFile(file: string, opts: ImportOptions): Promise<PreparedFile> {
  const name = resolve(file);
  let size: number;
  try {
    const st = statSync(name);
    if (!st.isFile()) throw new InputError(file, null, 'not a file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, null, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const encoding = opts.encoding ?? 'utf-8';
  if (/\.zip$/i.test(file) || (await startsWith(name, [0x50, 0x4b, 0x03, 0x04]))) return extractZip(name, name, encoding);
  const check = await checkPlain(name, name, encoding);
  return { name, path: name, lines: check.lines, bytes: size, cleanup() {} };
}

async function startsWith(path: string, magic: number[]): Promise<boolean> {
  const stream = createReadStream(path, { start: 0, end: magic.length - 1 });
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  const head = Buffer.concat(parts);
  return magic.every((b, i) => head[i] === b);
}

/** The first line of a (checked) text file, without BOM and line ending. */
export async function firstLine(path: string): Promise<string> {
  const stream = createReadStream(path, { start: 0, end: 65535, encoding: 'utf8' });
  let text = '';
  for await (const c of stream) text += c;
  return text.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
}

// ---------------------------------------------------------------------------
// Running SQL with progress, and turning DuckDB errors into FILE:LINE messages.

/** Run `sql`, reporting progress of the current query; returns rows changed. */
export async function runWithProgress(con: DuckDBConnection, sql: string, report?: (fraction: number) => void): Promise<number> {
  if (!report) return (await con.run(sql)).rowsChanged;
  const timer = setInterval(() => {
    const p = con.progress;
    if (p.percentage >= 0) report(p.percentage / 100);
  }, 200);
  try {
    return (await con.run(sql)).rowsChanged;
  } finally {
    clearInterval(timer);
  }
}

/** True for errors after which DuckDB refuses further work (the import must stop). */
export function isFatal(e: unknown): boolean {
  return /^(INTERNAL|FATAL) Error/.test(String((e as Error)?.message ?? ''));
}

/**
 * Rewrite a DuckDB error raised while reading `file` as an InputError:
 * CSV errors carry `CSV Error on Line: N`; our own checks raise `ENTENTE:LINE:message`.
 */
export function toInputError(file: string, e: unknown, headerLines = 0): Error {
  const msg = String((e as Error)?.message ?? e);
  if (e instanceof InputError || isFatal(e)) return e as Error;
  const own = /ENTENTE:(\d+):([^\n]*)/.exec(msg);
  if (own) return new InputError(file, Number(own[1]), own[2].trim());
  const csv = /CSV Error on Line: (\d+)/.exec(msg);
  if (csv) {
    const lines = msg.split('\n').map((l) => l.trim());
    const what =
      lines.find((l) => /^Expected Number of Columns|^Maximum line size|^Error when converting|^Could not convert|^Value with unterminated quote|^Invalid unicode/.test(l)) ??
      lines.find((l) => l && !/^(Invalid Input Error|Conversion Error|Original Line|CSV Error on Line)/.test(l) && !l.startsWith('*')) ??
      'unreadable row';
    return new InputError(file, Number(csv[1]), what.replace(/^Error when converting column "(\w+)"\.?/, 'column $1:'));
  }
  if (/Conversion Error|Invalid Input Error|Could not convert/.test(msg)) return new InputError(file, null, msg.split('\n')[0]);
  return e as Error;
}

// ---------------------------------------------------------------------------
// The read_csv → events pipeline.

/** A check on each raw row: `bad` is an SQL condition over the raw columns, `message` an SQL string expression. */
export interface RowCheck {
  bad: string;
  message: string;
}

/** How to read one delimited file and what to insert from it. */
export interface CsvInsert {
  /** Table to insert into (default `events`). */
  table?: string;
  /** Raw columns in file order with DuckDB types. */
  columns: [name: string, type: string][];
  delim: string;
  /** Header lines to skip. */
  header: number;
  quote?: string;
  /** Allow rows with fewer columns (missing ones NULL). */
  nullPadding?: boolean;
  /** Target column → SQL expression over the raw columns and `_line` (the row's line number in the file). */
  select: Record<string, string>;
  checks: RowCheck[];
  /** Extra FROM-clause joins (temp lookup tables), appended after the raw source aliased `r`. */
  joins?: string;
  /**
   * Read whole lines and split them in SQL (for tolerant formats): a row with
   * another number of fields is a bad row reported with its exact line, and
   * empty fields are NULL. Needs an unquoted format.
   */
  splitLines?: boolean;
}

export interface InsertResult {
  rows: number;
  inserted: number;
  skipped: number;
}

let rejectCounter = 0;

/**
 * Insert rows read by DuckDB's CSV reader. Row numbers: `row_number() OVER ()`
 * on the reader's output, which DuckDB streams in file order; rows it rejects
 * (skip mode) are accounted for afterwards. Returns counts; throws InputError
 * (strict mode) at the first bad row.
 */
export async function insertCsv(store: Store, f: PreparedFile, spec: CsvInsert, opts: ImportOptions, problems: RowProblem[], report?: (fraction: number) => void): Promise<InsertResult> {
  const con = store.con;
  const table = spec.table ?? 'events';
  const skip = !!opts.skipBad;
  const rej = `entente_rejects_${process.pid}_${++rejectCounter}`;
  const colSpec = '{' + spec.columns.map(([n, t]) => `${sqlString(n)}: ${sqlString(t)}`).join(', ') + '}';
  const reader =
    `read_csv(${sqlString(f.path)}, delim=${sqlString(spec.delim)}, header=${spec.header > 0}, skip=${Math.max(0, spec.header - 1)}, ` +
    `quote=${sqlString(spec.quote ?? '')}, escape=${sqlString(spec.quote ?? '')}, columns=${colSpec}, auto_detect=false, ` +
    `max_line_size=${MAX_LINE_BYTES * 2}, null_padding=${!!spec.nullPadding}, encoding=${sqlString(opts.encoding ?? 'utf-8')}` +
    (skip ? `, store_rejects=true, rejects_table=${sqlString(rej)}, rejects_scan=${sqlString(rej + '_scan')}` : '') +
    ')';
  // `_line`: the physical line, assuming no rows rejected before it (fixed below in skip mode)
  // in skip mode lines are stored negated, then corrected for rejected rows and made positive
  let source = `(SELECT *, ${skip ? '-' : ''}(row_number() OVER () + ${spec.header})::BIGINT AS _line FROM ${reader}) r ${spec.joins ?? ''}`;
  if (spec.splitLines) {
    const lineReader =
      `read_csv(${sqlString(f.path)}, delim=${sqlString('\x1f')}, header=false, skip=${spec.header}, quote='', escape='', columns={'_text': 'VARCHAR'}, ` +
      `auto_detect=false, max_line_size=${MAX_LINE_BYTES * 2}, encoding=${sqlString(opts.encoding ?? 'utf-8')})`;
    const fields = spec.columns.map(([n, t], i) => `TRY_CAST(nullif(_f[${i + 1}], '') AS ${t}) AS "${n}"`).join(', ');
    source = `(SELECT ${fields}, len(_f) AS _nfields, _line FROM (SELECT string_split(_text, ${sqlString(spec.delim)}) AS _f, ${skip ? '-' : ''}(row_number() OVER () + ${spec.header})::BIGINT AS _line FROM ${lineReader})) r ${spec.joins ?? ''}`;
    spec = { ...spec, checks: [{ bad: `_nfields <> ${spec.columns.length}`, message: `'Expected Number of Columns: ${spec.columns.length} Found: ' || _nfields || ' (stray tab?)'` }, ...spec.checks] };
  }
  const anyBad = spec.checks.length ? spec.checks.map((c) => `(${c.bad})`).join(' OR ') : 'false';
  const where = skip
    ? `NOT coalesce(${anyBad}, false)`
    : spec.checks.length
      ? `CASE ${spec.checks.map((c) => `WHEN coalesce(${c.bad}, false) THEN error('ENTENTE:' || _line || ':' || (${c.message}))`).join(' ')} ELSE true END`
      : 'true';
  const cols = Object.keys(spec.select);
  const sql = `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) SELECT ${cols.map((c) => spec.select[c]).join(', ')} FROM ${source} WHERE ${where}`;
  let inserted: number;
  try {
    inserted = await runWithProgress(con, sql, report);
  } catch (e) {
    throw toInputError(f.name, e, spec.header);
  }
  const rows = Math.max(0, f.lines - spec.header);
  if (!skip) return { rows, inserted, skipped: 0 };

  // Skip mode: rows DuckDB's reader rejected, then rows our checks rejected (second pass).
  const bad = new Map<number, string>();
  try {
    const rr = spec.splitLines ? [] : (await con.runAndReadAll(`SELECT line, string_agg(DISTINCT error_type, '; ') AS t, min(error_message) AS m FROM ${rej} GROUP BY line ORDER BY line`)).getRows();
    const rejected: number[] = [];
    for (const [line, , m] of rr) {
      rejected.push(Number(line));
      bad.set(Number(line), String(m).split('\n')[0]);
    }
    await con.run(`DROP TABLE IF EXISTS ${rej}; DROP TABLE IF EXISTS ${rej + '_scan'}`);
    // a kept row counted n-th sits on line n + #{rejected lines before it}; rows of this run carry -n
    const shifts = rejected.map((line, i) => line - i - 1).join(', ');
    await con.run(
      `UPDATE ${table} SET row_number = -row_number + (SELECT count(*) FROM unnest([${shifts}]::BIGINT[]) s(v) WHERE s.v < -${table}.row_number) WHERE file = ${sqlString(f.name)} AND row_number < 0`,
    );
  } catch (e) {
    if (isFatal(e)) throw e;
    throw toInputError(f.name, e);
  }
  if (spec.checks.length) {
    const msg = `CASE ${spec.checks.map((c) => `WHEN coalesce(${c.bad}, false) THEN ${c.message}`).join(' ')} END`;
    // the same reader again, without storing rejects; lines are off by the rejected rows before them, corrected here
    const reader2 = reader.replace(/, store_rejects=true.*\)$/, ', ignore_errors=true)');
    const src2 = spec.splitLines ? source.replace(/-\(row_number\(\)/, '(row_number()') : `(SELECT *, (row_number() OVER () + ${spec.header})::BIGINT AS _line FROM ${reader2}) r ${spec.joins ?? ''}`;
    const rs = await con.runAndReadAll(`SELECT _line, ${msg} FROM ${src2} WHERE coalesce(${anyBad}, false) ORDER BY _line LIMIT 100000`);
    const rejected = [...bad.keys()].sort((a, b) => a - b);
    for (const [line, m] of rs.getRows()) {
      let l = Number(line);
      for (const r of rejected) if (r <= l) l++;
      bad.set(l, String(m));
    }
  }
  for (const [line, message] of [...bad].sort((a, b) => a[0] - b[0])) {
    const p = { file: f.name, line, message };
    problems.push(p);
    opts.onProblem?.(p);
  }
  return { rows, inserted, skipped: bad.size };
}

// ---------------------------------------------------------------------------
// Lookup tables for SQL joins.

/** Create (or replace) a temp table from rows, via the Appender. Columns are VARCHAR unless typed `name:TYPE`. */
export async function tempTable(con: DuckDBConnection, name: string, columns: string[], rows: (string | number | null)[][]): Promise<void> {
  const defs = columns.map((c) => {
    const [n, t] = c.split(':');
    return `${n} ${t ?? 'VARCHAR'}`;
  });
  await con.run(`CREATE OR REPLACE TEMP TABLE ${name} (${defs.join(', ')})`);
  if (!rows.length) return;
  const appender = await con.createAppender(name, 'main', 'temp');
  for (const row of rows) {
    row.forEach((v, i) => {
      const t = columns[i].split(':')[1] ?? 'VARCHAR';
      if (v === null || v === undefined) appender.appendNull();
      else if (t === 'VARCHAR') appender.appendVarchar(String(v));
      else if (t === 'DOUBLE') appender.appendDouble(Number(v));
      else if (t === 'INTEGER') appender.appendInteger(Number(v));
      else if (t === 'TINYINT') appender.appendTinyInt(Number(v));
      else appender.appendVarchar(String(v));
    });
    appender.endRow();
  }
  appender.closeSync();
}

/** Temp table `entente_quad(root, quad)`: the quad class of each CAMEO root under a convention (cameo.ts quadClass). */
export async function quadTable(con: DuckDBConnection, scheme: QuadScheme): Promise<void> {
  const rows: (string | number)[][] = [];
  for (let r = 1; r <= 20; r++) rows.push([String(r).padStart(2, '0'), quadClass(String(r).padStart(2, '0'), scheme)]);
  await tempTable(con, 'entente_quad', ['root', 'quad:TINYINT'], rows);
}

// ---------------------------------------------------------------------------
// Actors and the import log.

/** Add to `actors` every source/target code of this file's events not yet there; returns how many. */
export async function addActors(con: DuckDBConnection, file: string, table = 'events'): Promise<number> {
  const r = await con.runAndReadAll(`
    SELECT code, any_value(name) FROM (
      SELECT source AS code, source_name AS name FROM ${table} WHERE file = ${sqlString(file)}
      UNION ALL SELECT target, target_name FROM ${table} WHERE file = ${sqlString(file)}
    ) WHERE code <> '' AND code NOT IN (SELECT code FROM actors) GROUP BY code`);
  const rows = r.getRows();
  if (!rows.length) return 0;
  const countries = countryTable();
  const appender = await con.createAppender('actors');
  for (const [code, name] of rows) {
    const c = String(code);
    const state = isStateActor(c);
    const country = state ? countryOf(c) : null;
    appender.appendVarchar(c);
    if (state && c.length === 3) appender.appendVarchar(countries.get(c)!.name);
    else if (name != null) appender.appendVarchar(String(name));
    else appender.appendNull();
    if (country) appender.appendVarchar(country);
    else appender.appendNull();
    if (state && c.length > 3) appender.appendVarchar(c.slice(3));
    else appender.appendNull();
    appender.appendVarchar(state ? (c.length === 3 ? 'state' : 'institution') : c.startsWith('IGO') ? 'igo' : c.startsWith('NGO') ? 'ngo' : 'group');
    appender.endRow();
  }
  appender.closeSync();
  return rows.length;
}

/** Per-file import work: given the prepared file, insert its rows; return what it held and the counts. */
export type FileWork = (f: PreparedFile, report: (fraction: number) => void, problems: RowProblem[]) => Promise<InsertResult & { kind: string }>;

/**
 * Import each file in its own transaction: prepare (check/extract), run `work`,
 * add new actors, log it in `imports`, commit. A bad file is rolled back and
 * reported in its summary entry; the next file goes on.
 */
export async function importFiles(store: Store, format: string, files: string[], opts: ImportOptions, work: FileWork): Promise<ImportSummary> {
  const t0 = performance.now();
  const summary: ImportSummary = { format, files: [], rows: 0, inserted: 0, duplicates: 0, skipped: 0, actorsAdded: 0, problems: [], seconds: 0 };
  const con = store.con;
  // bounded memory whatever the file size: DuckDB spills beyond this (restored afterwards)
  const limit = String((await con.runAndReadAll(`SELECT current_setting('memory_limit')`)).getRows()[0][0]);
  await con.run(`SET memory_limit = '${IMPORT_MEMORY_LIMIT}'`);
  // query progress for the progress bar (DuckDB's own printing stays off)
  if (opts.onProgress) await con.run('SET enable_progress_bar = true; SET enable_progress_bar_print = false');
  try {
    for (const file of files) {
      const { entry, actors, problems } = await importFile(store, format, file, opts, work);
      summary.files.push(entry);
      summary.problems.push(...problems);
      summary.actorsAdded += actors;
      summary.rows += entry.rows;
      summary.inserted += entry.inserted;
      summary.duplicates += entry.duplicates;
      summary.skipped += entry.skipped;
    }
  } finally {
    await con.run(`SET memory_limit = ${sqlString(limit)}`);
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;
}

/** One file in one transaction; bad input ends up in `entry.error`, database failures are thrown. */
async function importFile(store: Store, format: string, file: string, opts: ImportOptions, work: FileWork): Promise<{ entry: FileSummary; actors: number; problems: RowProblem[] }> {
  const con = store.con;
  const entry: FileSummary = { file: resolve(file), kind: format, rows: 0, inserted: 0, duplicates: 0, skipped: 0 };
  const problems: RowProblem[] = [];
  let actors = 0;
  let f: PreparedFile | null = null;
  try {
    f = await prepareFile(file, opts);
    const prepared = f;
    entry.file = prepared.name;
    const total = Math.max(0, prepared.lines - 1);
    const report = (fraction: number) => opts.onProgress?.({ file: prepared.name, done: Math.round(fraction * total), total });
    await con.run('BEGIN TRANSACTION');
    try {
      const r = await work(prepared, report, problems);
      actors = await addActors(con, prepared.name);
      await con.run(
        `INSERT INTO imports (file, format, kind, bytes, rows_read, inserted, skipped) VALUES (${sqlString(prepared.name)}, ${sqlString(format)}, ${sqlString(r.kind)}, ${prepared.bytes}, ${r.rows}, ${r.inserted}, ${r.skipped})`,
      );
      await con.run('COMMIT');
      Object.assign(entry, { kind: r.kind, rows: r.rows, inserted: r.inserted, skipped: r.skipped, duplicates: Math.max(0, r.rows - r.inserted - r.skipped) });
      report(1);
    } catch (e) {
      if (!isFatal(e)) await con.run('ROLLBACK');
      throw e;
    }
  } catch (e) {
    if (isFatal(e)) throw new Error(`${entry.file}: the database engine failed (${String((e as Error).message).split('\n')[0]}); nothing of this file was stored`);
    if (e instanceof InputError) entry.error = e.message;
    else {
      const m = String((e as Error).message);
      if (!/^(Conversion|Invalid Input|Binder|Parser|IO) Error/.test(m)) throw e;
      entry.error = `${entry.file}: ${m.split('\n')[0]}`;
    }
    return { entry, actors: 0, problems: [] };
  } finally {
    f?.cleanup();
  }
  return { entry, actors, problems };
}

/** DuckDB's memory limit while importing (the process peaks a few hundred MB above it). */
export const IMPORT_MEMORY_LIMIT = '512MB';

/** File name without directories, for messages. */
export function shortName(path: string): string {
  return basename(path);
}
