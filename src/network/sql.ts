/**
 * The event → dyad-window aggregation as ONE SQL query, in three dialects.
 *
 * DuckDB runs it locally on entente's `events` table (the built-in path of
 * build.ts runs exactly this text); `entente network --print-sql --dialect
 * bigquery|spark` prints the same query for the GDELT archive where it lives
 * (BigQuery `gdelt-bq.gdeltv2.events`, or a Spark/Trino table with GDELT's
 * column names), and `entente import dyads` loads its result back.
 *
 * Inputs. Either query first maps its input to one set of column aliases in the
 * CTE `ev` (event_date, src, tgt, code, goldstein, quad, neg, modality, claimant,
 * outlet); everything after `ev` is the same for every input:
 * - input `entente` (default for duckdb): tables `events` and `documents`.
 *   outlet = the document's source (outlet name), else the host of the event's
 *   or document's URL, else the document id, the import file, the origin.
 * - input `gdelt` (default for bigquery and spark): GDELT 2.0 event columns
 *   SQLDATE, Actor1Code, Actor2Code, EventCode, GoldsteinScale, QuadClass,
 *   SOURCEURL; outlet = host of SOURCEURL. GDELT has no negation or modality.
 *
 * Steps (CTEs): ev → rolled (actor level; weights; negated dropped) → binned
 * (time windows; self-loops dropped) → kept (de-duplication) → agg (counts and
 * Goldstein per undirected dyad and window) and prov (distinct outlets and
 * claimants, counted before de-duplication) → sign and confidence (sign.ts).
 *
 * De-duplication filters (column `dedup` of every row says which was used):
 * - `none`: every event row counts (the field's baseline; report counts).
 * - `daily`: one event per date, source, target and event code (the one-a-day
 *   filter), at the chosen actor level and keeping direction; the kept event has
 *   the group's mean Goldstein, its smallest quad class and largest weight.
 * - `sources`: one event per date, source, target, code and outlet: each outlet
 *   reporting a dyad's event on a day counts once (daily ≤ sources ≤ none).
 *
 * Output columns, one row per window and undirected dyad (a < b):
 *   window_from, window_to (DATE, inclusive), a, b, events (after de-duplication),
 *   q1..q4 (events by quad class), cooperative, hostile (weighted q1+q2, q3+q4),
 *   goldstein_sum, goldstein_mean (weighted), weight (|sum| or |mean| per
 *   option), sources (distinct outlets), claimants ('|'-joined, or NULL),
 *   net, sign, confidence (sign.ts), dedup, level.
 * Window ids are not in the SQL: they are a function of (window_from, window_to)
 * (window.ts `windowId`).
 */
import { countryTable } from '../model/countries.ts';
import { tieEventSql } from '../store/schema.ts';
import { confidenceSql, netSql, signSql, sqlNumber } from './sign.ts';
import { isCalendarTumbling, describeSpec, type Unit, type Window, type WindowSpec } from './window.ts';

export type Dialect = 'duckdb' | 'bigquery' | 'spark';
export const DIALECTS: readonly Dialect[] = ['duckdb', 'bigquery', 'spark'];
export type Input = 'entente' | 'gdelt';
export type Dedup = 'none' | 'daily' | 'sources';
export const DEDUPS: readonly Dedup[] = ['none', 'daily', 'sources'];
export type Level = 'actor' | 'country' | 'groups';
export const LEVELS: readonly Level[] = ['actor', 'country', 'groups'];

export interface AggregationOptions {
  /** Inclusive ISO date bounds on the events read. */
  from?: string;
  to?: string;
  spec: WindowSpec;
  /** The explicit window list; required unless the spec is tumbling calendar windows. */
  windows?: Window[];
  level: Level;
  /** For level `groups`: actor or country code → group name. Codes not listed keep their country-level code. */
  groups?: Record<string, string>;
  dedup: Dedup;
  band: number;
  weight: 'sum' | 'mean';
  includeNegated: boolean;
  hypotheticalWeight: number;
  /** Only events of these origins (entente input only). */
  origins?: string[];
}

export interface SqlTarget {
  dialect: Dialect;
  input?: Input;
  /** Table (or any relation) read by the query; defaults: entente → `events`; gdelt → `gdelt-bq.gdeltv2.events` (bigquery), `gdelt_events` (others). */
  table?: string;
}

/** Where the GDELT archive lives in BigQuery. */
export const BIGQUERY_GDELT = 'gdelt-bq.gdeltv2.events';

const SAFE = /^[A-Za-z0-9_ .:\/+-]*$/;

/** A string literal; refuses characters whose escaping differs between dialects. */
function lit(s: string): string {
  if (!SAFE.test(s)) throw new Error(`cannot use ${JSON.stringify(s)} in SQL: only letters, digits, space and _ . : / + - are allowed in codes and group names`);
  return `'${s}'`;
}

function dateLit(d: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`not an ISO date: ${JSON.stringify(d)}`);
  return `DATE '${d}'`;
}

/** The dialect-specific pieces; everything else is common SQL. */
interface DialectOps {
  string: string;
  double: string;
  int: string;
  host(x: string): string;
  truncate(x: string, unit: Unit): string;
  unitEnd(start: string, unit: Unit): string;
  windowsRelation(ws: Window[]): string;
  distinctJoin(x: string): string;
  gdeltDate(col: string): string;
  quoteTable(t: string): string;
}

// No backslashes: string-literal escaping of them differs between the dialects.
const HOST_RE = `'^[a-z][a-z0-9+.-]*://(?:www[.])?([^/:?#]+)'`;

const OPS: Record<Dialect, DialectOps> = {
  duckdb: {
    string: 'VARCHAR',
    double: 'DOUBLE',
    int: 'INTEGER',
    host: (x) => `NULLIF(regexp_extract(lower(${x}), ${HOST_RE}, 1), '')`,
    truncate: (x, u) => `CAST(date_trunc('${u}', ${x}) AS DATE)`,
    unitEnd: (s, u) => `CAST(${s} + INTERVAL ${u === 'quarter' ? '3 MONTH' : '1 ' + u.toUpperCase()} - INTERVAL 1 DAY AS DATE)`,
    windowsRelation: (ws) => `(VALUES ${ws.map((w) => `(${dateLit(w.from)}, ${dateLit(w.to)})`).join(', ')}) AS wins(window_from, window_to)`,
    distinctJoin: (x) => `string_agg(DISTINCT ${x}, '|' ORDER BY ${x})`,
    gdeltDate: (c) => `CAST(strptime(CAST(${c} AS VARCHAR), '%Y%m%d') AS DATE)`,
    quoteTable: (t) => t,
  },
  bigquery: {
    string: 'STRING',
    double: 'FLOAT64',
    int: 'INT64',
    host: (x) => `REGEXP_EXTRACT(LOWER(${x}), r${HOST_RE})`,
    truncate: (x, u) => `DATE_TRUNC(${x}, ${u === 'week' ? 'ISOWEEK' : u.toUpperCase()})`,
    unitEnd: (s, u) => `DATE_SUB(DATE_ADD(${s}, INTERVAL 1 ${u.toUpperCase()}), INTERVAL 1 DAY)`,
    windowsRelation: (ws) => `UNNEST([${ws.map((w) => `STRUCT(${dateLit(w.from)} AS window_from, ${dateLit(w.to)} AS window_to)`).join(', ')}]) AS wins`,
    distinctJoin: (x) => `STRING_AGG(DISTINCT ${x}, '|' ORDER BY ${x})`,
    gdeltDate: (c) => `PARSE_DATE('%Y%m%d', CAST(${c} AS STRING))`,
    quoteTable: (t) => (/^[\w.-]+$/.test(t) ? `\`${t}\`` : t),
  },
  spark: {
    string: 'STRING',
    double: 'DOUBLE',
    int: 'INT',
    host: (x) => `NULLIF(regexp_extract(lower(${x}), ${HOST_RE}, 1), '')`,
    truncate: (x, u) => (u === 'day' ? x : `CAST(date_trunc('${u.toUpperCase()}', ${x}) AS DATE)`),
    unitEnd: (s, u) => (u === 'day' ? s : u === 'week' ? `date_add(${s}, 6)` : `date_sub(add_months(${s}, ${u === 'year' ? 12 : u === 'quarter' ? 3 : 1}), 1)`),
    windowsRelation: (ws) => `VALUES ${ws.map((w) => `(${dateLit(w.from)}, ${dateLit(w.to)})`).join(', ')} AS wins(window_from, window_to)`,
    distinctJoin: (x) => `NULLIF(array_join(array_sort(collect_set(${x})), '|'), '')`,
    gdeltDate: (c) => `to_date(CAST(${c} AS STRING), 'yyyyMMdd')`,
    quoteTable: (t) => t,
  },
};

function inList(codes: Iterable<string>): string {
  return [...codes].map(lit).join(', ');
}

/** Country roll-up (countries.ts countryOf) as SQL. */
function countrySql(x: string): string {
  const codes = [...countryTable().keys()];
  if (codes.length === 0) return x;
  return `CASE WHEN SUBSTR(${x}, 1, 3) IN (${inList(codes)}) THEN SUBSTR(${x}, 1, 3) ELSE ${x} END`;
}

function levelSql(x: string, o: AggregationOptions): string {
  if (o.level === 'actor') return x;
  if (o.level === 'country') return countrySql(x);
  const groups = Object.entries(o.groups ?? {});
  if (groups.length === 0) throw new Error('level groups needs a groups table (--groups FILE)');
  const cases = groups.map(([code, g]) => `WHEN ${lit(code)} THEN ${lit(g)}`).join(' ');
  return `COALESCE(CASE ${x} ${cases} END, CASE ${countrySql(x)} ${cases} END, ${countrySql(x)})`;
}

function inputCte(o: AggregationOptions, t: Required<SqlTarget>, ops: DialectOps): string {
  if (t.input === 'entente') {
    const where = ['e.date IS NOT NULL', tieEventSql('e')];
    if (o.from) where.push(`e.date >= ${dateLit(o.from)}`);
    if (o.to) where.push(`e.date <= ${dateLit(o.to)}`);
    if (o.origins?.length) where.push(`e.origin IN (${inList(o.origins)})`);
    return `ev AS (  -- entente's events under the common aliases
  SELECT e.id AS event_id, e.date AS event_date, e.source AS src, e.target AS tgt, e.code AS code,
         COALESCE(e.goldstein, 0.0) AS goldstein, e.quad AS quad,
         (e.negated OR e.denied) AS neg, e.modality AS modality, e.claimant AS claimant,
         COALESCE(d.source, ${ops.host('COALESCE(e.url, d.url)')}, e.doc, e.file, e.origin) AS outlet
  FROM ${ops.quoteTable(t.table)} AS e LEFT JOIN documents AS d ON d.id = e.doc
  WHERE ${where.join('\n    AND ')}
)`;
  }
  const where = ['SQLDATE IS NOT NULL'];
  if (o.from) where.push(`SQLDATE >= ${o.from.replaceAll('-', '')}`);
  if (o.to) where.push(`SQLDATE <= ${o.to.replaceAll('-', '')}`);
  return `ev AS (  -- GDELT 2.0 event columns under the common aliases
  SELECT CAST(GLOBALEVENTID AS ${ops.string}) AS event_id, ${ops.gdeltDate('SQLDATE')} AS event_date, Actor1Code AS src, Actor2Code AS tgt,
         CAST(EventCode AS ${ops.string}) AS code, COALESCE(CAST(GoldsteinScale AS ${ops.double}), 0.0) AS goldstein,
         CAST(QuadClass AS ${ops.int}) AS quad, FALSE AS neg, 'asserted' AS modality,
         CAST(NULL AS ${ops.string}) AS claimant,
         COALESCE(${ops.host('SOURCEURL')}, 'unknown') AS outlet
  FROM ${ops.quoteTable(t.table)}
  WHERE ${where.join('\n    AND ')}
)`;
}

/**
 * The CTEs shared by the aggregation and by contradictions.ts: `ev` (input under
 * common aliases, with event_id), `rolled` (actor level, weight w, neg) and
 * `binned` (one row per event and window it falls in, self-loops dropped).
 */
export function baseCtes(o: AggregationOptions, target: SqlTarget): { ctes: string; dialect: Dialect; input: Input; table: string } {
  const dialect = target.dialect;
  const ops = OPS[dialect];
  if (!ops) throw new Error(`unknown SQL dialect ${JSON.stringify(dialect)} (duckdb, bigquery or spark)`);
  const input: Input = target.input ?? (dialect === 'duckdb' ? 'entente' : 'gdelt');
  const table = target.table ?? (input === 'entente' ? 'events' : dialect === 'bigquery' ? BIGQUERY_GDELT : 'gdelt_events');
  const t = { dialect, input, table };
  if (!(o.hypotheticalWeight >= 0 && o.hypotheticalWeight <= 1)) throw new Error(`hypothetical weight must be in [0, 1], got ${o.hypotheticalWeight}`);

  const tumbling = isCalendarTumbling(o.spec);
  let binned: string;
  if (tumbling) {
    const u = o.spec.kind === 'calendar' ? o.spec.length.unit : 'month';
    binned = `binned AS (  -- calendar ${u}s
  SELECT *, ${ops.unitEnd('window_from', u)} AS window_to
  FROM (SELECT *, ${ops.truncate('event_date', u)} AS window_from FROM rolled WHERE s <> t) AS r
)`;
  } else {
    const ws = o.windows ?? [];
    if (ws.length === 0) throw new Error(`windows ${describeSpec(o.spec)} need a date range: give --from and --to`);
    binned = `wins AS (SELECT * FROM ${ops.windowsRelation(ws)}),
binned AS (  -- explicit windows (sliding, multi-unit or custom ranges)
  SELECT r.*, wins.window_from, wins.window_to
  FROM rolled AS r JOIN wins ON r.event_date >= wins.window_from AND r.event_date <= wins.window_to
  WHERE r.s <> r.t
)`;
  }

  if (!['none', 'daily', 'sources'].includes(o.dedup)) throw new Error(`unknown de-duplication filter ${JSON.stringify(o.dedup)} (none, daily or sources)`);
  const hw = sqlNumber(o.hypotheticalWeight);
  const ctes = `${inputCte(o, t, ops)},
rolled AS (  -- actor level ${o.level}; modality weights; negated events ${o.includeNegated ? 'kept' : 'dropped'}
  SELECT event_id, event_date, ${levelSql('src', o)} AS s, ${levelSql('tgt', o)} AS t, code, goldstein, quad, neg, outlet, claimant,
         CASE WHEN modality IN ('hypothetical', 'predicted') THEN ${hw} ELSE 1.0 END AS w
  FROM ev
  WHERE src IS NOT NULL AND tgt IS NOT NULL AND src <> '' AND tgt <> '' AND quad BETWEEN 1 AND 4${o.includeNegated ? '' : ' AND NOT neg'}
),
${binned}`;
  return { ctes, dialect, input, table };
}

/** The aggregation query for these options, in a dialect. See the file header. */
export function aggregationSql(o: AggregationOptions, target: SqlTarget): string {
  const { ctes, dialect, input, table } = baseCtes(o, target);
  const ops = OPS[dialect];
  const keep = o.dedup === 'none'
    ? `kept AS (  -- dedup none: every row
  SELECT window_from, window_to, s, t, goldstein, quad, w FROM binned
)`
    : `kept AS (  -- dedup ${o.dedup}: one event per ${o.dedup === 'daily' ? 'date, source, target, code' : 'date, source, target, code, outlet'}
  SELECT window_from, window_to, s, t, AVG(goldstein) AS goldstein, MIN(quad) AS quad, MAX(w) AS w
  FROM binned
  GROUP BY window_from, window_to, event_date, s, t, code${o.dedup === 'sources' ? ', outlet' : ''}
)`;
  const c = 'agg.cooperative', h = 'agg.hostile';
  const mean = 'CASE WHEN agg.weight_sum > 0 THEN agg.goldstein_sum / agg.weight_sum ELSE 0.0 END';
  const header = [
    `-- entente: events -> signed dyad-windows (dialect ${dialect}, input ${input}: ${table})`,
    `-- window ${describeSpec(o.spec)}, level ${o.level}, dedup ${o.dedup}, band ${o.band}, weight ${o.weight} Goldstein,`,
    `-- negated/denied ${o.includeNegated ? 'included' : 'excluded'}, hypothetical/predicted weight ${o.hypotheticalWeight}` +
      (o.from || o.to ? `, dates ${o.from ?? '...'} to ${o.to ?? '...'}` : ''),
  ].join('\n');
  return `${header}
WITH ${ctes},
${keep},
agg AS (
  SELECT window_from, window_to, LEAST(s, t) AS a, GREATEST(s, t) AS b,
         COUNT(*) AS events,
         COUNT(CASE WHEN quad = 1 THEN 1 END) AS q1, COUNT(CASE WHEN quad = 2 THEN 1 END) AS q2,
         COUNT(CASE WHEN quad = 3 THEN 1 END) AS q3, COUNT(CASE WHEN quad = 4 THEN 1 END) AS q4,
         SUM(CASE WHEN quad <= 2 THEN w ELSE 0.0 END) AS cooperative,
         SUM(CASE WHEN quad >= 3 THEN w ELSE 0.0 END) AS hostile,
         SUM(w * goldstein) AS goldstein_sum, SUM(w) AS weight_sum
  FROM kept
  GROUP BY window_from, window_to, LEAST(s, t), GREATEST(s, t)
),
prov AS (  -- provenance, before de-duplication
  SELECT window_from, window_to, LEAST(s, t) AS a, GREATEST(s, t) AS b,
         COUNT(DISTINCT outlet) AS sources, ${ops.distinctJoin('claimant')} AS claimants
  FROM binned
  GROUP BY window_from, window_to, LEAST(s, t), GREATEST(s, t)
)
SELECT agg.window_from, agg.window_to, agg.a, agg.b, agg.events,
       agg.q1, agg.q2, agg.q3, agg.q4, agg.cooperative, agg.hostile,
       agg.goldstein_sum, ${mean} AS goldstein_mean,
       ABS(${o.weight === 'mean' ? mean : 'agg.goldstein_sum'}) AS weight,
       prov.sources, prov.claimants,
       ${netSql(c, h)} AS net,
       ${signSql(c, h, o.band)} AS sign,
       ${confidenceSql(c, h, 'agg.events', 'prov.sources', o.band)} AS confidence,
       ${lit(o.dedup)} AS dedup, ${lit(o.level)} AS level
FROM agg JOIN prov ON prov.window_from = agg.window_from AND prov.window_to = agg.window_to AND prov.a = agg.a AND prov.b = agg.b
ORDER BY agg.window_from, agg.window_to, agg.a, agg.b
`;
}
