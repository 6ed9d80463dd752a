/**
 * Reading stored events for listing and export.
 *
 * `eventsQuery(opts)` is the SQL (with named parameters) selecting the events of an
 * actor (its own code, or any code that rolls up to it: `--actor IRN` includes
 * IRNGOV and IRNMIL) within inclusive date bounds, with the evidence sentence and
 * the document's title; `events()` reads them, `exportEvents()` writes them with
 * DuckDB's COPY (CSV, Parquet, JSON lines) or, for standard output, streams CSV
 * or JSON lines row by row.
 */
import type { Store } from './db.ts';
import { filterSql, levelSql, stateListSql } from './dyads.ts';

export interface EventQuery {
  actor?: string;
  from?: string;
  to?: string;
  origin?: string;
  limit?: number;
}

export type ExportFormat = 'csv' | 'jsonl' | 'parquet';

/** Columns of an exported event, in order. */
export const EVENT_COLUMNS = [
  'id', 'origin', 'doc', 'date', 'source', 'target', 'source_name', 'target_name', 'code', 'root', 'goldstein', 'quad',
  'plover_event', 'plover_mode', 'negated', 'denied', 'modality', 'claimant', 'confidence',
  'sentence_idx', 'sent_start', 'sent_end', 'src_start', 'src_end', 'tgt_start', 'tgt_end', 'verb_start', 'verb_end',
  'sentence', 'title', 'url', 'file', 'row_number',
];

export function eventsQuery(q: EventQuery = {}): { sql: string; params: Record<string, string> } {
  const { where, params } = filterSql(q);
  if (q.actor) {
    const states = stateListSql();
    where.push(`(e.source = $actor OR e.target = $actor OR ${levelSql('e.source', 'country', states)} = $actor OR ${levelSql('e.target', 'country', states)} = $actor)`);
    params.actor = q.actor;
  }
  const cols = EVENT_COLUMNS.map((c) => {
    if (c === 'date') return `strftime(e.date, '%Y-%m-%d') AS date`;
    if (c === 'quad') return 'CAST(e.quad AS INTEGER) AS quad';
    if (c === 'sentence') return 's.text AS sentence';
    if (c === 'title') return 'd.title AS title';
    if (c === 'url') return 'coalesce(e.url, d.url) AS url';
    return `e.${c}`;
  });
  const sql = `SELECT ${cols.join(', ')}
    FROM events e
    LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence_idx
    LEFT JOIN documents d ON d.id = e.doc
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY e.date NULLS LAST, e.doc, e.sentence_idx, e.id${q.limit ? ` LIMIT ${Math.floor(q.limit)}` : ''}`;
  return { sql, params };
}

/** Stored events as plain objects (small results: API, tests). */
export async function events(store: Store, q: EventQuery = {}): Promise<Record<string, unknown>[]> {
  const { sql, params } = eventsQuery(q);
  return (await store.con.runAndReadAll(sql, params)).getRowObjectsJS().map((r) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) o[k] = typeof v === 'bigint' ? Number(v) : v;
    return o;
  });
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** Inline the named parameters as SQL literals (COPY takes no parameters); values are quoted. */
function inline(sql: string, params: Record<string, string>): string {
  return sql.replace(/\$(\w+)/g, (m, k: string) => (k in params ? sqlString(params[k]) : m));
}

/** Write the events to a file with COPY; returns the number of rows written. */
export async function exportEvents(store: Store, q: EventQuery, format: ExportFormat, file: string): Promise<number> {
  const { sql, params } = eventsQuery(q);
  const opts = format === 'csv' ? '(FORMAT CSV, HEADER)' : format === 'parquet' ? '(FORMAT PARQUET, COMPRESSION ZSTD)' : '(FORMAT JSON)';
  const r = await store.con.run(`COPY (${inline(sql, params)}) TO ${sqlString(file)} ${opts}`);
  return Number(r.rowsChanged);
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = v instanceof Date ? v.toISOString() : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Stream the events as CSV or JSON lines to a writable (standard output); returns the row count. */
export async function streamEvents(store: Store, q: EventQuery, format: 'csv' | 'jsonl', write: (chunk: string) => Promise<void> | void): Promise<number> {
  const { sql, params } = eventsQuery(q);
  const result = await store.con.stream(sql, params);
  let n = 0;
  if (format === 'csv') await write(EVENT_COLUMNS.join(',') + '\n');
  for await (const rows of result.yieldRowObjectJs()) {
    let out = '';
    for (const r of rows) {
      if (format === 'csv') out += EVENT_COLUMNS.map((c) => csvCell(typeof r[c] === 'bigint' ? Number(r[c]) : r[c])).join(',') + '\n';
      else out += JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)) + '\n';
      n++;
    }
    if (out) await write(out);
  }
  return n;
}
