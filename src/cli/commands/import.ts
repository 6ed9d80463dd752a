/**
 * `entente import FORMAT FILE...`: load event datasets into the database.
 * Dispatches to `src/store/importers/FORMAT.ts`, which default-exports an
 * `Importer` (see importers/common.ts).
 */
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse } from '../args.ts';
import { progress } from '../progress.ts';
import { DEFAULT_DB, openStore } from '../../store/db.ts';
import type { Importer, ImportSummary } from '../../store/importers/common.ts';

const FORMATS: Record<string, () => Promise<{ default: Importer }>> = {
  gdelt: () => import('../../store/importers/gdelt.ts'),
  icews: () => import('../../store/importers/icews.ts'),
  phoenix: () => import('../../store/importers/phoenix.ts'),
  polecat: () => import('../../store/importers/polecat.ts'),
  cow: () => import('../../store/importers/cow.ts'),
  dyads: () => import('../../store/importers/dyads.ts'),
};

const usage = `Usage: entente import FORMAT FILE... [--db FILE] [--json] [--skip-bad] [--encoding utf-8|latin-1]

Import event datasets into the events table (one table for imported and text-coded events).

Formats:
  gdelt     GDELT 2.0 events (61 columns), 1.0 events (58, or 57 without SOURCEURL; mixed widths
            allowed), GDELT 2.0 mentions (16 columns, or CSV with header); plain or .zip as shipped
  icews     ICEWS event files (20 tab-separated columns with header); actor names and countries
            mapped to entente codes, names kept
  phoenix   Phoenix event data (26 tab-separated columns)
  polecat   POLECAT/PLOVER weekly TSV (header); malformed rows are always reported and skipped
  cow       Correlates of War: alliance dyad files (v4.1) → cooperation; MID participant files
            (MIDB, with the MIDA dispute file optional) → conflict between opposite sides
  dyads     dyad-window aggregates (CSV/Parquet) from \`entente network --print-sql\`

Each file is imported in its own transaction. Re-importing a file adds nothing (events keep their
dataset's own id). Every row records its source file and line.

Options:
  --db FILE         database (default ${DEFAULT_DB})
  --json            print the summary as JSON on stdout (no progress bar)
  --skip-bad        report each bad row (FILE:LINE: what) and skip it; default: the first bad row
                    stops that file, which is then not stored at all (other files are)
  --encoding ENC    utf-8 (default) or latin-1; bytes that are not valid in it stop the file

Exit status: 0 when every file was imported, 1 when some file could not be, 2 on usage errors.`;

function text(s: ImportSummary): string {
  const lines: string[] = [];
  for (const f of s.files) {
    if (!f.error) lines.push(`${f.file}: ${f.kind}: ${f.rows} rows, ${f.inserted} new, ${f.duplicates} already stored${f.skipped ? `, ${f.skipped} bad rows skipped` : ''}`);
  }
  lines.push(`${s.format}: ${s.files.length} file(s), ${s.rows} rows, ${s.inserted} new rows, ${s.duplicates} already stored, ${s.skipped} skipped, ${s.actorsAdded} new actors, ${s.seconds.toFixed(1)} s`);
  return lines.join('\n');
}

const command: Command = {
  summary: 'import event datasets: gdelt, icews, phoenix, polecat, cow, dyads',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      json: { type: 'boolean' },
      'skip-bad': { type: 'boolean' },
      encoding: { type: 'string' },
    });
    const [format, ...files] = positionals;
    if (!format) throw new UsageError('missing FORMAT');
    const load = FORMATS[format];
    if (!load) throw new UsageError(`unknown format '${format}' (one of: ${Object.keys(FORMATS).join(', ')})`);
    if (!files.length) throw new UsageError('missing FILE');
    const encoding = values.encoding ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'latin-1') throw new UsageError(`--encoding must be utf-8 or latin-1, got ${JSON.stringify(encoding)}`);
    let importer: Importer;
    try {
      importer = (await load()).default;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') throw new UsageError(`format '${format}' is not available yet`);
      throw e;
    }
    const json = !!values.json;
    const store = await openStore(values.db ?? DEFAULT_DB);
    let bar: ReturnType<typeof progress> | null = null;
    let barFile = '';
    try {
      const summary = await importer.run(store, files, {
        json,
        skipBad: !!values['skip-bad'],
        encoding,
        onProgress: ({ file, done, total }) => {
          if (file !== barFile) {
            bar?.finish();
            barFile = file;
            bar = progress(`import ${file.split('/').pop()}`, total, { quiet: json });
          }
          bar!.update(done, total);
        },
        onProblem: json ? undefined : (p) => console.error(`skipped ${p.file}:${p.line}: ${p.message}`),
      });
      (bar as ReturnType<typeof progress> | null)?.finish();
      if (json) console.log(JSON.stringify(summary, null, 2));
      else {
        for (const f of summary.files) if (f.error) console.error(`entente import: ${f.error}`);
        console.log(text(summary));
      }
      return summary.files.some((f) => f.error) ? 1 : 0;
    } finally {
      store.close();
    }
  },
};

export default command;
