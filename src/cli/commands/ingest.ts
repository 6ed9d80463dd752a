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

    const [{ openStore, DEFAULT_DB }, { withWriter }, { readDocuments, newStats }, { createCoder }] = await Promise.all([
      import('../../store/db.ts'), import('../../store/write.ts'), import('../../ingest/read.ts'), import('../../extract/coder.ts'),
    ]);
    const db = values.db ?? DEFAULT_DB;
    // the coder (dictionaries, wink model) loads when the first new document needs it
    let coderCache: ReturnType<typeof createCoder> | null = null;
    const coder = () => (coderCache ??= createCoder(values.actors?.length ? { actorFiles: values.actors } : {}));
    const store = await openStore(db);

    const problems: { file: string; line: number | null; message: string; fatal: boolean; warning: boolean }[] = [];
    let printed = 0;
    const bar = progress('ingest', 0, { quiet: json });
    const note = (p: (typeof problems)[number]) => {
      problems.push(p);
      if (json) return;
      if (printed < MAX_PRINTED) process.stderr.write(`${process.stderr.isTTY ? '\r\x1b[K' : ''}entente ingest: ${p.warning ? 'warning: ' : ''}${p.message}\n`);
      printed++;
    };
    const stats = newStats();
    let undated = 0;
    let summary;
    try {
      ({ summary } = await withWriter(store, async (w) => {
        const docs = readDocuments(positionals, {
          date,
          stats,
          onError: (e) => note({ file: e.file, line: e.line, message: e.message, fatal: e.fatal, warning: e.warning }),
          onProgress: (p) => bar.update(p.bytes, p.totalBytes),
        });
        for await (const doc of docs) {
          if (!doc.date) undated++;
          if (await w.has(doc.id)) {
            w.summary.duplicates++;
            continue;
          }
          let coded;
          try {
            if (!coderCache) w.addActors(coder().actors.actors());
            coded = coder().codeDocument(doc);
          } catch (e) {
            note({ file: doc.path ?? '-', line: doc.line ?? null, message: `${doc.path ?? '-'}${doc.line != null ? `:${doc.line}` : ''}: could not code the document: ${(e as Error).message}`, fatal: false, warning: false });
            continue;
          }
          await w.add({ document: doc, sentences: coded.sentences, events: coded.events });
        }
      }, { lookup: (code) => coder().actors.actor(code) }));
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
      files: stats.files,
      filesRead: stats.filesRead,
      documents: { read: stats.documents, new: summary.documents, duplicate: summary.duplicates, undated },
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
      if (undated) console.error(`entente ingest: ${undated} document${undated === 1 ? '' : 's'} without a date (no date field or date line); --date gives one`);
      console.log(`entente ingest: ${out.files} file${out.files === 1 ? '' : 's'}, ${stats.documents} document${stats.documents === 1 ? '' : 's'} read (${summary.documents} new, ${summary.duplicates} already stored), ${summary.sentences} sentences, ${summary.events} events → ${db} in ${seconds.toFixed(1)} s${errs}`);
    }
    if (stats.documents === 0) {
      if (!json) console.error('entente ingest: no document could be read');
      return 1;
    }
    return 0;
  },
};
export default command;
