/**
 * Signed actor networks per time window, from the events in a store.
 *
 * Library API (used by the CLI, the HTTP server and the balance series):
 *
 *   buildNetworks(store, opts) → Promise<Networks>
 *     { windows: [{ id, from, to, events, nodes: NetworkNode[], edges: NetworkEdge[] }],
 *       dedup, level, window, band, weight, includeNegated, hypotheticalWeight, input, sql }
 *     One entry per window that holds at least one event (custom ranges: every range).
 *     `edges` are SignedEdge (model/types.ts: a < b, sign, weight, cooperative,
 *     hostile, events, confidence) plus goldstein (weighted sum), goldsteinMean,
 *     q1..q4, sources (distinct outlets), claimants, net (cooperation share).
 *     Edges of sign 0 (ambivalent/neutral) are kept: drop them before balance.
 *   listWindows(store, opts) → Promise<{ id, from, to, events }[]>
 *     The windows that hold events (raw event rows, before de-duplication).
 *   dyadWindows(store, opts) → Promise<DyadWindow[]>
 *     The flat dyad-window table (what the CSV/Parquet exports hold).
 *   networkSql(opts, target) → string
 *     The aggregation query (sql.ts) for printing; explicit windows need from/to.
 *
 * Options (all optional): from, to (ISO dates, inclusive); window ('month',
 * '3month', 'week', …), step (sliding windows), ranges ('2014-06-01:2014-06-30,…');
 * level 'actor' | 'country' (default) | 'groups' with groups {code: group};
 * dedup 'none' | 'daily' (default) | 'sources'; band (sign.ts, default 0.2);
 * weight 'sum' (default) | 'mean' Goldstein; includeNegated (default false);
 * hypotheticalWeight (default 0.5); origins (e.g. ['text']); input 'events'
 * (default: aggregate the events table with the SQL of sql.ts) or 'dyads' (read
 * the `dyad_windows` table loaded by `entente import dyads`; its level and
 * de-duplication are whatever produced it, sign and confidence are recomputed
 * with this band).
 *
 * Events without a date are not in any window.
 */
import type { Store } from '../store/db.ts';
import type { SignedEdge } from '../model/types.ts';
import { countryTable } from '../model/countries.ts';
import { aggregationSql, DEDUPS, LEVELS, type AggregationOptions, type Dedup, type Level, type SqlTarget } from './sql.ts';
import { checkBand, confidenceOf, DEFAULT_BAND, DEFAULT_HYPOTHETICAL_WEIGHT, netShare, signOf } from './sign.ts';
import { describeSpec, isCalendarTumbling, makeWindow, unitWindow, windowsBetween, windowSpec, type Window } from './window.ts';

export interface NetworkOptions {
  from?: string;
  to?: string;
  window?: string;
  step?: string;
  ranges?: string | Window[];
  level?: Level;
  groups?: Record<string, string>;
  dedup?: Dedup;
  band?: number;
  weight?: 'sum' | 'mean';
  includeNegated?: boolean;
  hypotheticalWeight?: number;
  origins?: string[];
  input?: 'events' | 'dyads';
}

/** One row of the dyad-window table. */
export interface DyadWindow {
  window: string;
  from: string;
  to: string;
  a: string;
  b: string;
  events: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  cooperative: number;
  hostile: number;
  goldstein: number;
  goldsteinMean: number;
  weight: number;
  sources: number;
  claimants: string[];
  net: number;
  sign: 1 | -1 | 0;
  confidence: number;
  dedup: string;
  level: string;
}

export interface NetworkEdge extends SignedEdge {
  goldstein: number;
  goldsteinMean: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  sources: number;
  claimants: string[];
  net: number;
}

export interface NetworkNode {
  code: string;
  name: string;
  /** Events on the node's edges in this window (after de-duplication). */
  events: number;
  degree: number;
  positive: number;
  negative: number;
}

export interface NetworkWindow extends Window {
  /** Event rows dated in the window (before de-duplication and filters); input dyads: the sum of its dyads' events. */
  events: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface Networks {
  windows: NetworkWindow[];
  dedup: string;
  level: string;
  window: string;
  band: number;
  weight: 'sum' | 'mean';
  includeNegated: boolean;
  hypotheticalWeight: number;
  input: 'events' | 'dyads';
  /** The aggregation query that was run (input events). */
  sql: string | null;
}

/** Fill defaults and check values; throws Error with a one-line message on bad options. */
export function resolveOptions(opts: NetworkOptions): AggregationOptions & { input: 'events' | 'dyads' } {
  const level = opts.level ?? (opts.groups ? 'groups' : 'country');
  if (!LEVELS.includes(level)) throw new Error(`--level must be actor, country or groups, got ${JSON.stringify(level)}`);
  const dedup = opts.dedup ?? 'daily';
  if (!DEDUPS.includes(dedup)) throw new Error(`--dedup must be none, daily or sources, got ${JSON.stringify(dedup)}`);
  const weight = opts.weight ?? 'sum';
  if (weight !== 'sum' && weight !== 'mean') throw new Error(`--weight must be sum or mean, got ${JSON.stringify(weight)}`);
  const hypotheticalWeight = opts.hypotheticalWeight ?? DEFAULT_HYPOTHETICAL_WEIGHT;
  if (!(hypotheticalWeight >= 0 && hypotheticalWeight <= 1)) throw new Error(`--hypothetical-weight must be in [0, 1], got ${hypotheticalWeight}`);
  if (opts.from && opts.to && opts.from > opts.to) throw new Error(`--from ${opts.from} is after --to ${opts.to}`);
  const input = opts.input ?? 'events';
  if (input !== 'events' && input !== 'dyads') throw new Error(`input must be events or dyads, got ${JSON.stringify(input)}`);
  return {
    from: opts.from,
    to: opts.to,
    spec: windowSpec(opts),
    level,
    groups: opts.groups,
    dedup,
    band: checkBand(opts.band ?? DEFAULT_BAND),
    weight,
    includeNegated: opts.includeNegated ?? false,
    hypotheticalWeight,
    origins: opts.origins,
    input,
  };
}

async function rows(store: Store, sql: string, params?: (string | number)[]): Promise<Record<string, unknown>[]> {
  const r = await store.con.runAndReadAll(sql, params as never);
  return r.getRowObjectsJson() as Record<string, unknown>[];
}

const num = (x: unknown) => (x === null || x === undefined ? 0 : Number(x));

/** Event rows per date (raw rows, entente input), filtered by dates and origins. */
async function eventDates(store: Store, o: AggregationOptions): Promise<Map<string, number>> {
  const where = ['date IS NOT NULL'];
  const params: string[] = [];
  if (o.from) { params.push(o.from); where.push(`date >= $${params.length}::DATE`); }
  if (o.to) { params.push(o.to); where.push(`date <= $${params.length}::DATE`); }
  if (o.origins?.length) {
    where.push(`origin IN (${o.origins.map((x) => { params.push(x); return `$${params.length}`; }).join(', ')})`);
  }
  const out = new Map<string, number>();
  for (const r of await rows(store, `SELECT CAST(date AS VARCHAR) AS d, COUNT(*) AS n FROM events WHERE ${where.join(' AND ')} GROUP BY date ORDER BY date`, params)) {
    out.set(String(r.d), num(r.n));
  }
  return out;
}

/** Windows of the spec with their raw event counts (windows without events left out, except custom ranges). */
function countWindows(o: AggregationOptions, dates: Map<string, number>): (Window & { events: number })[] {
  if (dates.size === 0 && o.spec.kind !== 'ranges') return [];
  const list = [...dates.keys()];
  // windows start from --from when given (as in the printed SQL), else from the first event
  const first = o.from ?? list[0], last = o.to ?? list[list.length - 1];
  let ws: Window[];
  if (isCalendarTumbling(o.spec)) {
    const unit = o.spec.length.unit;
    const seen = new Map<string, Window>();
    for (const d of list) { const w = unitWindow(d, unit); seen.set(w.id, w); }
    ws = [...seen.values()];
  } else {
    ws = windowsBetween(o.spec, first ?? '0001-01-01', last ?? '0001-01-01');
  }
  const out = ws.map((w) => {
    let events = 0;
    for (const [d, n] of dates) if (d >= w.from && d <= w.to) events += n;
    return { ...w, events };
  });
  return o.spec.kind === 'ranges' ? out : out.filter((w) => w.events > 0);
}

/** Windows with raw event counts for resolved options (entente input); sets `o.windows` when the SQL needs a list. */
export async function resolveWindows(store: Store, o: AggregationOptions): Promise<(Window & { events: number })[]> {
  const windows = countWindows(o, await eventDates(store, o));
  if (!isCalendarTumbling(o.spec)) o.windows = windows;
  return windows;
}

/** The windows that hold events (see the file header). */
export async function listWindows(store: Store, opts: NetworkOptions = {}): Promise<(Window & { events: number })[]> {
  const o = resolveOptions(opts);
  if (o.input === 'dyads') {
    const ws = await dyadTableWindows(store, o);
    return ws.map((w) => ({ ...w, events: w.events }));
  }
  return countWindows(o, await eventDates(store, o));
}

/** The aggregation query for printing. Explicit windows are listed from --from to --to. */
export function networkSql(opts: NetworkOptions, target: SqlTarget): string {
  const o = resolveOptions(opts);
  if (!isCalendarTumbling(o.spec)) {
    if (o.spec.kind === 'ranges') o.windows = o.spec.ranges;
    else if (o.from && o.to) o.windows = windowsBetween(o.spec, o.from, o.to);
  }
  return aggregationSql(o, target);
}

function toDyad(r: Record<string, unknown>, band: number, recompute: boolean): DyadWindow {
  const from = String(r.window_from), to = String(r.window_to);
  const cooperative = num(r.cooperative), hostile = num(r.hostile);
  const events = num(r.events), sources = num(r.sources);
  const claimants = r.claimants ? String(r.claimants).split('|').filter(Boolean) : [];
  return {
    window: makeWindow(from, to).id,
    from,
    to,
    a: String(r.a),
    b: String(r.b),
    events,
    q1: num(r.q1),
    q2: num(r.q2),
    q3: num(r.q3),
    q4: num(r.q4),
    cooperative,
    hostile,
    goldstein: num(r.goldstein_sum),
    goldsteinMean: num(r.goldstein_mean),
    weight: num(r.weight),
    sources,
    claimants,
    net: recompute ? netShare(cooperative, hostile) : num(r.net),
    sign: recompute ? signOf(cooperative, hostile, band) : (num(r.sign) as 1 | -1 | 0),
    confidence: recompute ? confidenceOf(cooperative, hostile, events, sources, band) : num(r.confidence),
    dedup: String(r.dedup ?? ''),
    level: String(r.level ?? ''),
  };
}

async function dyadTableWindows(store: Store, o: AggregationOptions): Promise<(Window & { events: number })[]> {
  const { where, params } = dyadWhere(o);
  const rs = await rows(store, `SELECT CAST(window_from AS VARCHAR) AS f, CAST(window_to AS VARCHAR) AS t, SUM(events) AS n FROM dyad_windows ${where} GROUP BY 1, 2 ORDER BY 1, 2`, params);
  return rs.map((r) => ({ ...makeWindow(String(r.f), String(r.t)), events: num(r.n) }));
}

function dyadWhere(o: AggregationOptions): { where: string; params: string[] } {
  const conds: string[] = [];
  const params: string[] = [];
  if (o.from) { params.push(o.from); conds.push(`window_to >= $${params.length}::DATE`); }
  if (o.to) { params.push(o.to); conds.push(`window_from <= $${params.length}::DATE`); }
  return { where: conds.length ? `WHERE ${conds.join(' AND ')}` : '', params };
}

/** Run the aggregation and return the dyad-window table, plus the windows and the SQL that was run. */
async function aggregate(store: Store, o: ReturnType<typeof resolveOptions>): Promise<{ dyads: DyadWindow[]; windows: (Window & { events: number })[]; sql: string | null }> {
  if (o.input === 'dyads') {
    const { where, params } = dyadWhere(o);
    const rs = await rows(store, `SELECT * EXCLUDE (window_from, window_to), CAST(window_from AS VARCHAR) AS window_from, CAST(window_to AS VARCHAR) AS window_to FROM dyad_windows ${where} ORDER BY window_from, window_to, a, b`, params);
    return { dyads: rs.map((r) => toDyad(r, o.band, true)), windows: await dyadTableWindows(store, o), sql: null };
  }
  const windows = await resolveWindows(store, o);
  if (windows.length === 0) return { dyads: [], windows, sql: null };
  const sql = aggregationSql(o, { dialect: 'duckdb', input: 'entente' });
  const rs = await rows(store, `SELECT * EXCLUDE (window_from, window_to), CAST(window_from AS VARCHAR) AS window_from, CAST(window_to AS VARCHAR) AS window_to FROM (\n${sql}\n) ORDER BY window_from, window_to, a, b`);
  return { dyads: rs.map((r) => toDyad(r, o.band, false)), windows, sql };
}

/** The flat dyad-window table for these options. */
export async function dyadWindows(store: Store, opts: NetworkOptions = {}): Promise<DyadWindow[]> {
  return (await aggregate(store, resolveOptions(opts))).dyads;
}

/** Display names: the actor vocabulary, then the country table, then names carried by imported events. */
async function actorNames(store: Store, codes: Set<string>, level: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (codes.size === 0) return names;
  try {
    for (const r of await rows(store, `SELECT code, name FROM actors WHERE name IS NOT NULL AND name <> ''`)) {
      if (codes.has(String(r.code))) names.set(String(r.code), String(r.name));
    }
  } catch { /* no actors table (e.g. a bare aggregate) */ }
  for (const c of codes) if (!names.has(c)) { const k = countryTable().get(c); if (k) names.set(c, k.name); }
  if (level === 'actor' && [...codes].some((c) => !names.has(c))) {
    try {
      for (const r of await rows(store, `SELECT source AS code, mode(source_name) AS name FROM events WHERE source_name IS NOT NULL AND source_name <> '' GROUP BY source`)) {
        const c = String(r.code);
        if (codes.has(c) && !names.has(c)) names.set(c, String(r.name));
      }
    } catch { /* events table absent */ }
  }
  return names;
}

function toEdge(d: DyadWindow): NetworkEdge {
  return {
    a: d.a, b: d.b, sign: d.sign, weight: d.weight,
    cooperative: d.cooperative, hostile: d.hostile, events: d.events, confidence: d.confidence,
    goldstein: d.goldstein, goldsteinMean: d.goldsteinMean,
    q1: d.q1, q2: d.q2, q3: d.q3, q4: d.q4,
    sources: d.sources, claimants: d.claimants, net: d.net,
  };
}

/** Signed networks, one per window (see the file header). */
export async function buildNetworks(store: Store, opts: NetworkOptions = {}): Promise<Networks> {
  const o = resolveOptions(opts);
  const { dyads, windows, sql } = await aggregate(store, o);
  const byWindow = new Map<string, DyadWindow[]>();
  const codes = new Set<string>();
  for (const d of dyads) {
    const k = d.from + '/' + d.to;
    let list = byWindow.get(k);
    if (!list) byWindow.set(k, (list = []));
    list.push(d);
    codes.add(d.a); codes.add(d.b);
  }
  const names = await actorNames(store, codes, o.level);
  const out: NetworkWindow[] = windows.map((w) => {
    const edges = (byWindow.get(w.from + '/' + w.to) ?? []).map(toEdge);
    const nodes = new Map<string, NetworkNode>();
    const node = (c: string) => {
      let n = nodes.get(c);
      if (!n) nodes.set(c, (n = { code: c, name: names.get(c) ?? c, events: 0, degree: 0, positive: 0, negative: 0 }));
      return n;
    };
    for (const e of edges) {
      for (const n of [node(e.a), node(e.b)]) {
        n.events += e.events;
        n.degree++;
        if (e.sign > 0) n.positive++;
        else if (e.sign < 0) n.negative++;
      }
    }
    return { ...w, nodes: [...nodes.values()].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)), edges };
  });
  const level = o.input === 'dyads' ? [...new Set(dyads.map((d) => d.level))].join(',') || 'unknown' : o.level;
  const dedup = o.input === 'dyads' ? [...new Set(dyads.map((d) => d.dedup))].join(',') || 'unknown' : o.dedup;
  return {
    windows: out,
    dedup,
    level,
    window: o.input === 'dyads' ? 'imported' : describeSpec(o.spec),
    band: o.band,
    weight: o.weight,
    includeNegated: o.includeNegated,
    hypotheticalWeight: o.hypotheticalWeight,
    input: o.input,
    sql,
  };
}
