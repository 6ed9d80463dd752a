/**
 * `entente events`: list or export stored events (CSV, JSON lines, Parquet), with
 * their evidence sentence and document title. Files are written by DuckDB's COPY;
 * standard output gets CSV or JSON lines streamed row by row.
 */
import { existsSync } from 'node:fs';
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse, isoDate } from '../args.ts';

const usage = `Usage: entente events [--db FILE] [--actor CODE] [--from DATE] [--to DATE] [--format csv|jsonl|parquet] [--out FILE]

Lists stored events: id, origin, doc, date, source, target, names, CAMEO code and
root, Goldstein weight, quad class, PLOVER, negated, denied, modality, claimant,
confidence, sentence index and offsets (sentence, source, target, verb), the
sentence, the document's title and URL, and for imported events the file and row.

  --db FILE       database (default ./entente.duckdb)
  --actor CODE    events with this actor as source or target; a state's code also
                  matches its sub-actors (--actor IRN matches IRNGOV, IRNMIL)
  --from, --to    inclusive date bounds YYYY-MM-DD
  --format F      csv (default), jsonl or parquet (parquet needs --out)
  --out FILE      write to FILE (default standard output)`;

const command: Command = {
  summary: 'list or export stored events (csv, jsonl, parquet)',
  usage,
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, actor: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, false);
    const format = values.format ?? (values.out?.endsWith('.parquet') ? 'parquet' : values.out?.match(/\.jsonl?$/) ? 'jsonl' : 'csv');
    if (format !== 'csv' && format !== 'jsonl' && format !== 'parquet') throw new UsageError(`--format must be csv, jsonl or parquet, got ${JSON.stringify(format)}`);
    if (format === 'parquet' && !values.out) throw new UsageError('--format parquet needs --out FILE');
    const from = isoDate(values.from, 'from');
    const to = isoDate(values.to, 'to');
    const actor = values.actor?.trim().toUpperCase();
    if (actor !== undefined && !/^[A-Z0-9+_.-]{2,}$/.test(actor)) throw new UsageError(`--actor must be an actor code such as USA or IRNGOV, got ${JSON.stringify(values.actor)}`);
    const { openStore, DEFAULT_DB } = await import('../../store/db.ts');
    const { exportEvents, streamEvents } = await import('../../store/query.ts');
    const db = values.db ?? DEFAULT_DB;
    if (!existsSync(db)) throw new Error(`${db}: no such database (run entente ingest first)`);
    const store = await openStore(db, { readOnly: true });
    try {
      const q = { actor, from, to };
      if (values.out) {
        const n = await exportEvents(store, q, format, values.out);
        console.error(`entente events: ${n} events → ${values.out} (${format})`);
      } else {
        await streamEvents(store, q, format as 'csv' | 'jsonl', (chunk) => new Promise<void>((resolve, reject) => {
          process.stdout.write(chunk, (e) => (e ? reject(e) : resolve()));
        }));
      }
    } finally {
      store.close();
    }
    return 0;
  },
};
export default command;
