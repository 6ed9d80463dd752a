/**
 * `entente ingest PATH...`: read articles (text, HTML, JSONL/CSV, RSS/Atom, directories,
 * URLs), code them into events and store documents, sentences, events and actors
 * in one transaction. Documents already stored (same content hash) are skipped
 * before coding. Unreadable inputs are reported one line each and skipped; the
 * exit status is 1 when no document could be read. A database failure rolls the
 * whole ingest back, leaving the database as it was.
 */
import { existsSync } from 'node:fs';
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import { progress } from '../progress.ts';

const usage = `Usage: entente ingest PATH... [--db FILE] [--date YYYY-MM-DD] [--actors FILE] [--json]

Reads articles from files, directories (recursively), http(s) URLs and standard
input (-), codes them into events and stores them in the database (default
./entente.duckdb).
Formats: plain text, HTML (main text only), JSON Lines / JSON / CSV / TSV with a
"text" column (and optionally id, title, date, url, source), RSS and Atom feeds.
A document's date is its record's date, else the date line at the top of its
text ("06/30/2014 04:29 pm ET", "June 30, 2014", "2014-06-30"), else --date.
Re-ingesting the same text adds nothing (documents are keyed by a content hash).
One article (a text or HTML file, a feed, a record) may be at most 10 MB.

  --db FILE      database file (default ./entente.duckdb)
  --date DATE    date for documents that carry none
  --actors FILE  an extra actor dictionary (TSV), used with the bundled ones (repeatable)
  --json         print a summary object on stdout instead of the progress bar and text

Exit status: 0 when documents were read (problems are reported on stderr), 1 when
none could be read or the database could not be written, 2 for bad arguments.`;

/** Problems printed on stderr before the rest are only counted. */
const MAX_PRINTED = 50;

const command: Command = {
  summary: 'read and code articles (text, HTML, JSONL/CSV, RSS) into the database',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, date: { type: 'string' }, actors: { type: 'string', multiple: true }, json: { type: 'boolean' } });
    if (positionals.length === 0) throw new UsageError('give at least one PATH (file, directory or URL)');
    const date = isoDate(values.date, 'date') ?? null;
    for (const f of values.actors ?? []) if (!existsSync(f)) throw new UsageError(`--actors ${f}: no such file`);
    const json = !!values.json;
    const t0 = Date.now();

    const [{ openStore, DEFAULT_DB }, { ingestPaths }] = await Promise.all([import('../../store/db.ts'), import('../../store/ingest.ts')]);
    const db = values.db ?? DEFAULT_DB;
    const store = await openStore(db);

    const problems: { file: string; line: number | null; message: string; warning: boolean }[] = [];
    let printed = 0;
    const bar = progress('ingest', 0, { quiet: json });
    let summary;
    try {
      summary = await ingestPaths(store, positionals, {
        date,
        actorFiles: values.actors,
        onError: (e) => {
          problems.push({ file: e.file, line: e.line, message: e.message, warning: e.warning });
          if (json) return;
          if (printed < MAX_PRINTED) process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}entente ingest: ${e.warning ? 'warning: ' : ''}${e.message}\n`);
          printed++;
        },
        onProgress: (p) => bar.update(p.bytes, p.totalBytes),
      });
    } catch (e) {
      bar.finish();
      store.close();
      throw new Error(`${db}: nothing stored, the database is as it was (${(e as Error).message.split('\n')[0]})`);
    }
    bar.finish();
    store.close();
    if (!json && printed > MAX_PRINTED) process.stderr.write(`entente ingest: … and ${printed - MAX_PRINTED} more problems\n`);

    const seconds = (Date.now() - t0) / 1000;
    const out = {
      db,
      files: summary.files,
      filesRead: summary.filesRead,
      documents: { read: summary.read, new: summary.documents, duplicate: summary.duplicates, undated: summary.undated },
      sentences: summary.sentences,
      events: summary.events,
      actors: summary.actors,
      errors: problems.filter((p) => !p.warning).map(({ file, line, message }) => ({ file, line, message })),
      warnings: problems.filter((p) => p.warning).map(({ file, line, message }) => ({ file, line, message })),
      seconds,
    };
    if (json) console.log(JSON.stringify(out, null, 2));
    else {
      const errs = out.errors.length ? `, ${out.errors.length} problem${out.errors.length === 1 ? '' : 's'}` : '';
      const undated = summary.undated;
      if (undated) console.error(`entente ingest: ${undated} document${undated === 1 ? '' : 's'} without a date (no date field or date line); --date gives one`);
      console.log(`entente ingest: ${out.files} file${out.files === 1 ? '' : 's'}, ${summary.read} document${summary.read === 1 ? '' : 's'} read (${summary.documents} new, ${summary.duplicates} already stored), ${summary.sentences} sentences, ${summary.events} events → ${db} in ${seconds.toFixed(1)} s${errs}`);
    }
    if (summary.read === 0) {
      if (!json) console.error('entente ingest: no document could be read');
      return 1;
    }
    return 0;
  },
};
export default command;
