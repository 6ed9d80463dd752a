/**
 * Opening an entente database and running work in a transaction.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.ts';

export const DEFAULT_DB = 'entente.duckdb';

export interface Store {
  path: string;
  instance: DuckDBInstance;
  con: DuckDBConnection;
  close(): void;
}

/** Open (creating if needed) a database file, or `:memory:`, and make sure the schema is there. */
export async function openStore(path: string = DEFAULT_DB, opts: { readOnly?: boolean } = {}): Promise<Store> {
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(path, opts.readOnly ? { access_mode: 'READ_ONLY' } : {});
  } catch (e) {
    throw new Error(`${path}: cannot open database: ${(e as Error).message}`);
  }
  const con = await instance.connect();
  if (!opts.readOnly) {
    await con.run(SCHEMA_SQL);
    const v = await con.runAndReadAll(`SELECT value FROM meta WHERE key = 'schema_version'`);
    const rows = v.getRows();
    if (rows.length === 0) {
      await con.run(`INSERT INTO meta VALUES ('schema_version', '${SCHEMA_VERSION}')`);
    } else if (Number(rows[0][0]) > SCHEMA_VERSION) {
      con.closeSync();
      throw new Error(`${path}: schema version ${rows[0][0]} is newer than this entente (${SCHEMA_VERSION})`);
    }
  }
  return {
    path,
    instance,
    con,
    close() {
      con.closeSync();
      instance.closeSync();
    },
  };
}

/** Run `work` in one transaction: all of it is stored, or (on any error) none of it. */
export async function transaction<T>(con: DuckDBConnection, work: () => Promise<T>): Promise<T> {
  await con.run('BEGIN TRANSACTION');
  try {
    const out = await work();
    await con.run('COMMIT');
    return out;
  } catch (e) {
    await con.run('ROLLBACK');
    throw e;
  }
}
