/**
 * `entente network`: signed actor networks per time window from the stored
 * events, written as CSV/Parquet dyad-window tables, graphology JSON, GEXF or
 * GraphML; or `--print-sql` to print the aggregation query for DuckDB, BigQuery
 * or Spark (src/network/sql.ts).
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { isoDate, parse } from '../args.ts';
import { DEFAULT_DB, openStore } from '../../store/db.ts';
import { buildNetworks, networkSql, type NetworkOptions, type Networks } from '../../network/build.ts';
import { DEDUPS, DIALECTS, LEVELS, type Dedup, type Dialect, type Level } from '../../network/sql.ts';
import { toCsv } from '../../network/export/csv.ts';
import { toJson } from '../../network/export/json.ts';
import { toGexf } from '../../network/export/gexf.ts';
import { toGraphml } from '../../network/export/graphml.ts';
import { writeParquet } from '../../network/export/parquet.ts';
import { readGroups } from '../../network/groups.ts';

const FORMATS = ['csv', 'json', 'gexf', 'graphml', 'parquet'] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: entente network [--db FILE] [options] [--format F] [--out PATH]
       entente network --print-sql [--dialect duckdb|bigquery|spark] [options]

Build the signed actor network of each time window from the stored events
(cooperation +, conflict −) and write it out, or print the aggregation query.

Windows:
  --from DATE, --to DATE   only events dated in [from, to] (YYYY-MM-DD)
  --window W               day, week (ISO, from Monday), month (default), quarter, year, or
                           a count: 3month, 2week
  --step S                 sliding windows: a new window of length W every S (e.g. --window
                           3month --step month); default: tumbling (S = W)
  --ranges R               custom windows FROM:TO,FROM:TO (inclusive dates)
Actors and events:
  --level L                actor (full codes), country (default: IRNGOV → IRN; non-state
                           actors keep their code), groups (needs --groups)
  --groups FILE            CSV/TSV 'code,group' lines: an actor takes the group of its code,
                           else of its country, else keeps its country-level code
  --dedup D                none (every row: report counts), daily (default: one event per
                           date, source, target, code), sources (one per date, source, target,
                           code and outlet: counts distinct reporting sources)
  --include-negated        keep negated and denied events (default: left out)
  --hypothetical-weight X  weight of hypothetical and predicted events (default 0.5)
  --origin LIST            only events of these origins (text,gdelt,icews,...)
  --dyads                  read the dyad_windows table loaded by 'entente import dyads'
                           instead of aggregating events
Signs:
  --band B                 net cooperation share (c−h)/(c+h) within ±B is sign 0 (default 0.2)
  --weight sum|mean        edge weight: |sum| (default) or |mean| of the weighted Goldstein scores
Output:
  --format F               csv or parquet: one dyad-window table (all windows; columns
                           window_id, window_from, window_to, a, b, names, sign, weight, events,
                           q1..q4, cooperative, hostile, goldstein_sum/mean, sources, claimants,
                           net, confidence, dedup, level);
                           json: an array of graphology serialisations, one per window;
                           gexf, graphml: one file per window, named WINDOW.gexf/.graphml in
                           the --out directory (or stdout/--out FILE when there is one window)
                           Without --format: a summary per window.
  --out PATH               output file (csv, json, parquet) or directory (gexf, graphml)
  --json                   summary as JSON
SQL:
  --print-sql              print the event → dyad-window query and exit (no database needed)
  --dialect D              duckdb (default; reads entente's events table), bigquery (reads
                           gdelt-bq.gdeltv2.events), spark (reads a table gdelt_events with
                           GDELT's column names)
  --sql-input entente|gdelt  which columns the query reads (default by dialect)
  --table NAME             the table it reads
  Load the result with: entente import dyads FILE.csv|FILE.parquet; then entente network --dyads
  Sliding and custom windows in printed SQL need --from and --to (or --ranges).

  --db FILE                database (default ${DEFAULT_DB}), opened read-only`;

function summary(nets: Networks): string {
  const lines = [`dedup ${nets.dedup}, level ${nets.level}, window ${nets.window}, band ${nets.band}, weight ${nets.weight} Goldstein`];
  lines.push('window                   events  nodes  edges      +      −      0');
  for (const w of nets.windows) {
    const pos = w.edges.filter((e) => e.sign > 0).length, neg = w.edges.filter((e) => e.sign < 0).length;
    lines.push(`${w.id.padEnd(22)} ${String(w.events).padStart(8)} ${String(w.nodes.length).padStart(6)} ${String(w.edges.length).padStart(6)} ${String(pos).padStart(6)} ${String(neg).padStart(6)} ${String(w.edges.length - pos - neg).padStart(6)}`);
  }
  if (nets.windows.length === 0) lines.push('(no dated events in range)');
  return lines.join('\n');
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const command: Command = {
  summary: 'signed actor networks per time window (csv, json, gexf, graphml, parquet)',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      window: { type: 'string' },
      step: { type: 'string' },
      ranges: { type: 'string' },
      level: { type: 'string' },
      groups: { type: 'string' },
      dedup: { type: 'string' },
      'include-negated': { type: 'boolean' },
      'hypothetical-weight': { type: 'string' },
      origin: { type: 'string' },
      dyads: { type: 'boolean' },
      band: { type: 'string' },
      weight: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      'print-sql': { type: 'boolean' },
      dialect: { type: 'string' },
      'sql-input': { type: 'string' },
      table: { type: 'string' },
    }, false);
    void positionals;
    const num = (name: string, v: string | undefined) => {
      if (v === undefined) return undefined;
      const x = Number(v);
      if (v.trim() === '' || !Number.isFinite(x)) throw new UsageError(`--${name} must be a number, got ${JSON.stringify(v)}`);
      return x;
    };
    if (values.level !== undefined && !LEVELS.includes(values.level as Level)) throw new UsageError(`--level must be actor, country or groups, got ${JSON.stringify(values.level)}`);
    if (values.dedup !== undefined && !DEDUPS.includes(values.dedup as Dedup)) throw new UsageError(`--dedup must be none, daily or sources, got ${JSON.stringify(values.dedup)}`);
    if (values.level === 'groups' && !values.groups) throw new UsageError('--level groups needs --groups FILE');
    if (values.weight !== undefined && values.weight !== 'sum' && values.weight !== 'mean') throw new UsageError(`--weight must be sum or mean, got ${JSON.stringify(values.weight)}`);
    const opts: NetworkOptions = {
      from: isoDate(values.from, 'from'),
      to: isoDate(values.to, 'to'),
      window: values.window,
      step: values.step,
      ranges: values.ranges,
      level: values.level as Level | undefined,
      groups: values.groups ? readGroups(values.groups) : undefined,
      dedup: values.dedup as Dedup | undefined,
      includeNegated: values['include-negated'],
      hypotheticalWeight: num('hypothetical-weight', values['hypothetical-weight']),
      origins: values.origin?.split(',').map((s) => s.trim()).filter(Boolean),
      band: num('band', values.band),
      weight: values.weight as 'sum' | 'mean' | undefined,
      input: values.dyads ? 'dyads' : 'events',
    };

    if (values['print-sql']) {
      const dialect = (values.dialect ?? 'duckdb') as Dialect;
      if (!DIALECTS.includes(dialect)) throw new UsageError(`--dialect must be duckdb, bigquery or spark, got ${JSON.stringify(values.dialect)}`);
      const input = values['sql-input'];
      if (input !== undefined && input !== 'entente' && input !== 'gdelt') throw new UsageError(`--sql-input must be entente or gdelt, got ${JSON.stringify(input)}`);
      let sql: string;
      try {
        sql = networkSql(opts, { dialect, input, table: values.table });
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      process.stdout.write(sql);
      return 0;
    }
    if (values.dialect || values['sql-input'] || values.table) throw new UsageError('--dialect, --sql-input and --table go with --print-sql');

    const format = values.format as Format | undefined;
    if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}`);
    if (format === 'parquet' && !values.out) throw new UsageError('--format parquet needs --out FILE');

    const store = await openStore(values.db ?? DEFAULT_DB, { readOnly: true });
    let nets: Networks;
    try {
      try {
        nets = await buildNetworks(store, opts);
      } catch (e) {
        const m = (e as Error).message;
        if (/^--|windows .* need|cannot use/.test(m)) throw new UsageError(m);
        throw e;
      }
    } finally {
      store.close();
    }
    const dyads = nets.windows.reduce((s, w) => s + w.edges.length, 0);
    const note = (where: string) => console.error(`entente network: ${nets.windows.length} window(s), ${dyads} dyads (dedup ${nets.dedup}, level ${nets.level}, window ${nets.window}) → ${where}`);

    if (!format) {
      console.log(values.json ? JSON.stringify(nets, null, 1) : summary(nets));
      return 0;
    }
    if (format === 'csv' || format === 'json') {
      const text = format === 'csv' ? toCsv(nets) : toJson(nets);
      if (values.out) { writeFileSync(values.out, text); note(values.out); } else process.stdout.write(text);
      return 0;
    }
    if (format === 'parquet') {
      await writeParquet(nets, values.out!);
      note(values.out!);
      return 0;
    }
    const render = format === 'gexf' ? toGexf : toGraphml;
    const one = nets.windows.length === 1;
    if (!values.out) {
      if (!one) throw new UsageError(`${nets.windows.length} windows: give --out DIR for one ${format} file per window (or narrow with --from/--to)`);
      process.stdout.write(render(nets, nets.windows[0]));
      return 0;
    }
    if (one && !isDir(values.out) && values.out.toLowerCase().endsWith('.' + format)) {
      writeFileSync(values.out, render(nets, nets.windows[0]));
      note(values.out);
      return 0;
    }
    mkdirSync(values.out, { recursive: true });
    for (const w of nets.windows) writeFileSync(join(values.out, `${w.id}.${format}`), render(nets, w));
    note(`${values.out}/WINDOW.${format}`);
    return 0;
  },
};

export default command;
