/**
 * The sign of a dyad in a window, and how sure we are of it.
 *
 * Rule (net cooperation share with a neutral band):
 *   c = weighted cooperative events (quad classes 1–2), h = weighted hostile events (3–4),
 *   net = (c − h) / (c + h)                      (0 when c + h = 0)
 *   sign = +1 if net > band, −1 if net < −band, 0 otherwise (ambivalent or neutral).
 * Default band 0.2: a dyad needs a 60/40 majority of one kind to get a sign.
 * Event weights: asserted and intended events 1; hypothetical and predicted
 * events `hypotheticalWeight` (default 0.5); negated or denied events are left
 * out unless asked for (then weight 1, as coded).
 *
 * Confidence, in [0, 1] = agreement × support:
 *   agreement = (1 + |net|) / 2 for a signed dyad (the majority's share),
 *               1 − |net|       for a neutral one (how even the split is);
 *   support   = 1 − 0.5^√(events × sources): one event from one source gives 0.5,
 *               four events from four sources 0.94, and more sources count as much
 *               as more events.
 * c + h = 0 (only zero-weight events) gives sign 0 and confidence 0.
 *
 * The same rule is emitted as SQL by `signSql`/`confidenceSql` so that the
 * printed aggregation query (sql.ts) computes exactly what this file does.
 */

export const DEFAULT_BAND = 0.2;
export const DEFAULT_HYPOTHETICAL_WEIGHT = 0.5;

export function netShare(cooperative: number, hostile: number): number {
  const t = cooperative + hostile;
  return t > 0 ? (cooperative - hostile) / t : 0;
}

export function signOf(cooperative: number, hostile: number, band = DEFAULT_BAND): 1 | -1 | 0 {
  if (!(cooperative + hostile > 0)) return 0;
  const net = netShare(cooperative, hostile);
  return net > band ? 1 : net < -band ? -1 : 0;
}

export function confidenceOf(cooperative: number, hostile: number, events: number, sources: number, band = DEFAULT_BAND): number {
  if (!(cooperative + hostile > 0)) return 0;
  const net = netShare(cooperative, hostile);
  const sign = signOf(cooperative, hostile, band);
  const agreement = sign === 0 ? 1 - Math.abs(net) : (1 + Math.abs(net)) / 2;
  const support = 1 - Math.pow(0.5, Math.sqrt(events * sources));
  return agreement * support;
}

/** Check a band value from the command line or an API call. */
export function checkBand(band: number): number {
  if (!(band >= 0 && band < 1)) throw new Error(`--band must be in [0, 1), got ${band}`);
  return band;
}

/** SQL for net share, given SQL expressions for c and h (portable: DuckDB, BigQuery, Spark). */
export function netSql(c: string, h: string): string {
  return `CASE WHEN ${c} + ${h} > 0 THEN (${c} - ${h}) / (${c} + ${h}) ELSE 0.0 END`;
}

export function signSql(c: string, h: string, band: number): string {
  const net = `(${c} - ${h}) / (${c} + ${h})`;
  return `CASE WHEN NOT (${c} + ${h} > 0) THEN 0 WHEN ${net} > ${sqlNumber(band)} THEN 1 WHEN ${net} < ${sqlNumber(-band)} THEN -1 ELSE 0 END`;
}

export function confidenceSql(c: string, h: string, events: string, sources: string, band: number): string {
  const net = `(${c} - ${h}) / (${c} + ${h})`;
  const support = `(1 - POWER(0.5, SQRT(${events} * ${sources})))`;
  return `CASE WHEN NOT (${c} + ${h} > 0) THEN 0.0 ` +
    `WHEN ABS(${net}) > ${sqlNumber(band)} THEN (1 + ABS(${net})) / 2 * ${support} ` +
    `ELSE (1 - ABS(${net})) * ${support} END`;
}

/** A finite number as an SQL DOUBLE literal. */
export function sqlNumber(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not a finite number: ${x}`);
  const s = String(x);
  return /[.eE]/.test(s) ? s : s + '.0';
}
