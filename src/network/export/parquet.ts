/**
 * The dyad-window table (table.ts) as a Parquet file, written by DuckDB (an
 * in-memory instance, so the store itself is never written to).
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Networks } from '../build.ts';
import { DYAD_COLUMNS, dyadTable } from './table.ts';

export async function writeParquet(nets: Networks, path: string): Promise<number> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    // Dates go in as text and are cast on the way out (the appender does not cast).
    await con.run(`CREATE TABLE dyads (${DYAD_COLUMNS.map((c) => `${c.name} ${c.type === 'DATE' ? 'VARCHAR' : c.type}`).join(', ')})`);
    const rows = dyadTable(nets);
    const app = await con.createAppender('dyads');
    for (const row of rows) {
      for (const [i, v] of row.entries()) {
        const t = DYAD_COLUMNS[i].type;
        if (v === null) app.appendNull();
        else if (t === 'VARCHAR' || t === 'DATE') app.appendVarchar(String(v));
        else if (t === 'DOUBLE') app.appendDouble(Number(v));
        else if (t === 'INTEGER') app.appendInteger(Number(v));
        else app.appendBigInt(BigInt(v));
      }
      app.endRow();
    }
    app.closeSync();
    const select = DYAD_COLUMNS.map((c) => (c.type === 'DATE' ? `CAST(${c.name} AS DATE) AS ${c.name}` : c.name)).join(', ');
    await con.run(`COPY (SELECT ${select} FROM dyads) TO '${path.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
    return rows.length;
  } finally {
    con.closeSync();
    db.closeSync();
  }
}
