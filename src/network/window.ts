/**
 * Time windows for networks: calendar windows (day, ISO week from Monday, month,
 * quarter, year), multi-unit and sliding windows (`--window 3month --step month`), and
 * custom ranges (`--ranges 2014-06-01:2014-06-30,2014-07-01:2014-08-15`).
 *
 * Every window is a closed interval of ISO dates [from, to], both inclusive. Its
 * id is derived from the interval alone (`windowId`): `2014` for a calendar year,
 * `2014-06` for a calendar month, `2014-Q2` for a quarter, `2014-W23` for an ISO week, `2014-06-01` for a
 * day, `FROM..TO` for anything else — so the same window gets the same id whether
 * it came from the built-in path or from an aggregate imported with
 * `entente import dyads`.
 *
 * Tumbling windows of one calendar unit (the default, `--window month`) need no
 * window list: the SQL truncates each date to its unit, so the query runs on any
 * data range (`windowsInSql` false). Sliding windows, multi-unit windows and
 * custom ranges are an explicit list of intervals: the first window starts at
 * the data's first date truncated to the step's unit and windows follow every
 * step while they start on or before the last date.
 */

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year';
export const UNITS: readonly Unit[] = ['day', 'week', 'month', 'quarter', 'year'];

export interface Duration {
  size: number;
  unit: Unit;
}

export interface Window {
  id: string;
  /** First day, ISO `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

/** How to cut time: calendar windows of `size` units every `step`, or explicit ranges. */
export type WindowSpec =
  | { kind: 'calendar'; length: Duration; step: Duration }
  | { kind: 'ranges'; ranges: Window[] };

const DAY_MS = 86_400_000;

/** Parse `month`, `3month`, `2 weeks`, `90day`. */
export function parseDuration(text: string, what = 'window'): Duration {
  const m = /^\s*(\d+)?\s*(day|week|month|quarter|year)s?\s*$/i.exec(text);
  if (!m) throw new Error(`--${what} must be day, week, month, quarter or year, optionally with a count (3month), got ${JSON.stringify(text)}`);
  const size = m[1] === undefined ? 1 : Number(m[1]);
  if (!Number.isInteger(size) || size < 1 || size > 10_000) throw new Error(`--${what}: count must be a positive integer, got ${JSON.stringify(text)}`);
  return { size, unit: m[2].toLowerCase() as Unit };
}

export function formatDuration(d: Duration): string {
  return d.size === 1 ? d.unit : `${d.size}${d.unit}`;
}

/** True for a valid ISO calendar date `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.parse(s + 'T00:00:00Z');
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** Parse `FROM:TO,FROM:TO` (inclusive ISO dates). Ranges may overlap; they keep their order. */
export function parseRanges(text: string): Window[] {
  const out: Window[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^(\d{4}-\d{2}-\d{2})(?::|\.\.)(\d{4}-\d{2}-\d{2})$/.exec(part);
    if (!m || !isIsoDate(m[1]) || !isIsoDate(m[2])) throw new Error(`--ranges: ${JSON.stringify(part)} is not FROM:TO with dates YYYY-MM-DD`);
    if (m[1] > m[2]) throw new Error(`--ranges: ${part} ends before it starts`);
    out.push({ id: windowId(m[1], m[2]), from: m[1], to: m[2] });
  }
  if (out.length === 0) throw new Error('--ranges: no range given');
  return out;
}

/** Build a spec from command-line style options. */
export function windowSpec(opts: { window?: string; step?: string; ranges?: string | Window[] }): WindowSpec {
  if (opts.ranges !== undefined) {
    if (opts.step !== undefined) throw new Error('--step cannot be combined with --ranges');
    return { kind: 'ranges', ranges: typeof opts.ranges === 'string' ? parseRanges(opts.ranges) : opts.ranges };
  }
  const length = parseDuration(opts.window ?? 'month', 'window');
  const step = opts.step === undefined ? length : parseDuration(opts.step, 'step');
  return { kind: 'calendar', length, step };
}

/** Describe a spec for reports: `month`, `3month/month`, `ranges(2)`. */
export function describeSpec(spec: WindowSpec): string {
  if (spec.kind === 'ranges') return `ranges(${spec.ranges.map((r) => `${r.from}:${r.to}`).join(',')})`;
  const l = formatDuration(spec.length), s = formatDuration(spec.step);
  return l === s ? l : `${l} step ${s}`;
}

/** Tumbling windows of one calendar unit: computed in SQL by truncating dates, no list needed. */
export function isCalendarTumbling(spec: WindowSpec): spec is { kind: 'calendar'; length: Duration; step: Duration } {
  return spec.kind === 'calendar' && spec.length.size === 1 && spec.step.size === 1 && spec.length.unit === spec.step.unit;
}

// ---- date arithmetic on ISO strings (UTC) ----

function toMs(d: string): number {
  return Date.parse(d + 'T00:00:00Z');
}
function fromMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
export function addDays(d: string, n: number): string {
  return fromMs(toMs(d) + n * DAY_MS);
}

/** Start of the unit containing `d` (ISO weeks start on Monday). */
export function truncate(d: string, unit: Unit): string {
  switch (unit) {
    case 'day': return d;
    case 'week': {
      const dow = (new Date(toMs(d)).getUTCDay() + 6) % 7; // Monday = 0
      return addDays(d, -dow);
    }
    case 'month': return d.slice(0, 7) + '-01';
    case 'quarter': return d.slice(0, 5) + String(Math.floor((Number(d.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0') + '-01';
    case 'year': return d.slice(0, 4) + '-01-01';
  }
}

/** `d` plus `n` units; adding months or years to the 29th–31st clamps to the month's last day. */
export function add(d: string, n: number, unit: Unit): string {
  if (unit === 'day') return addDays(d, n);
  if (unit === 'week') return addDays(d, 7 * n);
  const y = Number(d.slice(0, 4)), m = Number(d.slice(5, 7)) - 1, day = Number(d.slice(8, 10));
  const months = y * 12 + m + (unit === 'month' ? n : unit === 'quarter' ? 3 * n : 12 * n);
  const ny = Math.floor(months / 12), nm = months - ny * 12;
  const last = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return fromMs(Date.UTC(ny, nm, Math.min(day, last)));
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(d: string): { year: number; week: number } {
  const t = new Date(toMs(d));
  const dow = (t.getUTCDay() + 6) % 7;
  const thursday = new Date(t.getTime() + (3 - dow) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  return { year, week: 1 + Math.floor((thursday.getTime() - jan1) / DAY_MS / 7) };
}

/** The id of the window [from, to] (see the file header). */
export function windowId(from: string, to: string): string {
  if (from === to) return from;
  if (from.endsWith('-01-01') && to === from.slice(0, 4) + '-12-31') return from.slice(0, 4);
  if (from.endsWith('-01') && to === addDays(add(from, 1, 'month'), -1)) return from.slice(0, 7);
  if (truncate(from, 'quarter') === from && to === addDays(add(from, 1, 'quarter'), -1)) return `${from.slice(0, 4)}-Q${(Number(from.slice(5, 7)) + 2) / 3}`;
  if (truncate(from, 'week') === from && to === addDays(from, 6)) {
    const w = isoWeek(from);
    return `${w.year}-W${String(w.week).padStart(2, '0')}`;
  }
  return `${from}..${to}`;
}

export function makeWindow(from: string, to: string): Window {
  return { id: windowId(from, to), from, to };
}

/** The calendar window of one unit containing `d`. */
export function unitWindow(d: string, unit: Unit): Window {
  const from = truncate(d, unit);
  return makeWindow(from, addDays(add(from, 1, unit), -1));
}

/**
 * The windows of a spec that can hold events dated between `first` and `last`
 * (inclusive). For ranges: the ranges themselves. Throws when the list would be
 * absurdly long (more than `max` windows).
 */
export function windowsBetween(spec: WindowSpec, first: string, last: string, max = 100_000): Window[] {
  if (spec.kind === 'ranges') return spec.ranges.slice();
  if (first > last) return [];
  const out: Window[] = [];
  const { length, step } = spec;
  for (let start = truncate(first, step.unit); start <= last; start = add(start, step.size, step.unit)) {
    const end = addDays(add(start, length.size, length.unit), -1);
    out.push(makeWindow(start, end));
    if (out.length > max) throw new Error(`more than ${max} windows between ${first} and ${last}: use a longer --window or --step`);
  }
  return out;
}
