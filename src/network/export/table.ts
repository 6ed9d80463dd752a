/**
 * The dyad-window table that the CSV and Parquet exports hold: one row per
 * window and undirected dyad, the same columns as the aggregation query
 * (src/network/sql.ts) plus the window id and the actors' names. R:
 * `read.csv`/`arrow::read_parquet`; pandas: `read_csv`/`read_parquet`.
 */
import type { Networks } from '../build.ts';

export interface Column {
  name: string;
  /** DuckDB type, used for Parquet. */
  type: 'VARCHAR' | 'DATE' | 'BIGINT' | 'INTEGER' | 'DOUBLE';
}

export const DYAD_COLUMNS: Column[] = [
  { name: 'window_id', type: 'VARCHAR' },
  { name: 'window_from', type: 'DATE' },
  { name: 'window_to', type: 'DATE' },
  { name: 'a', type: 'VARCHAR' },
  { name: 'b', type: 'VARCHAR' },
  { name: 'a_name', type: 'VARCHAR' },
  { name: 'b_name', type: 'VARCHAR' },
  { name: 'sign', type: 'INTEGER' },
  { name: 'weight', type: 'DOUBLE' },
  { name: 'events', type: 'BIGINT' },
  { name: 'q1', type: 'BIGINT' },
  { name: 'q2', type: 'BIGINT' },
  { name: 'q3', type: 'BIGINT' },
  { name: 'q4', type: 'BIGINT' },
  { name: 'cooperative', type: 'DOUBLE' },
  { name: 'hostile', type: 'DOUBLE' },
  { name: 'goldstein_sum', type: 'DOUBLE' },
  { name: 'goldstein_mean', type: 'DOUBLE' },
  { name: 'sources', type: 'BIGINT' },
  { name: 'claimants', type: 'VARCHAR' },
  { name: 'net', type: 'DOUBLE' },
  { name: 'confidence', type: 'DOUBLE' },
  { name: 'dedup', type: 'VARCHAR' },
  { name: 'level', type: 'VARCHAR' },
];

export type Cell = string | number | null;

/** The rows of the table, in column order. */
export function dyadTable(nets: Networks): Cell[][] {
  const out: Cell[][] = [];
  for (const w of nets.windows) {
    const names = new Map(w.nodes.map((n) => [n.code, n.name]));
    for (const e of w.edges) {
      out.push([
        w.id, w.from, w.to, e.a, e.b, names.get(e.a) ?? e.a, names.get(e.b) ?? e.b,
        e.sign, e.weight, e.events, e.q1, e.q2, e.q3, e.q4, e.cooperative, e.hostile,
        e.goldstein, e.goldsteinMean, e.sources, e.claimants.length ? e.claimants.join('|') : null,
        e.net, e.confidence, nets.dedup, nets.level,
      ]);
    }
  }
  return out;
}
