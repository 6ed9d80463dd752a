/**
 * `entente balance --db FILE --window month …`: the balance series. The
 * `balance` command delegates here when --db is given: each window's network
 * (src/network/build.ts) goes through the balance engine
 * (src/balance/report.ts balanceReport, via edges.ts fromSignedEdges), and the
 * series (src/balance/series.ts) is printed: ratio, frustration and whether it
 * is proven optimal, actors that changed bloc and dyads that changed sign
 * between consecutive windows.
 */
import { UsageError } from '../main.ts';
import { isoDate, parse } from '../args.ts';
import { progress } from '../progress.ts';
import { DEFAULT_DB, openStore } from '../../store/db.ts';
import { buildNetworks, type NetworkEdge, type Networks } from '../../network/build.ts';
import { balanceSeries, type SeriesPoint } from '../../balance/series.ts';
import { readGroups } from '../../network/groups.ts';
import type { Dedup, Level } from '../../network/sql.ts';
import { fromSignedEdges } from '../../balance/edges.ts';
import { balanceReport, EXACT_EDGE_LIMIT } from '../../balance/report.ts';

export const seriesUsage = `Usage: entente balance --db FILE [--window month] [--step S] [--ranges R] [--from DATE] [--to DATE]
                      [--level actor|country|groups] [--groups FILE] [--dedup none|daily|sources]
                      [--band B] [--origin LIST] [--dyads] [--exact] [--time-limit S] [--json]

Balance over time: runs the balance engine on the signed network of each time window
(edges of sign 0 left out) and prints the series: nodes, edges (+/−), balance ratio,
frustration (proven optimal or not), actors that changed bloc and dyads that changed
sign since the previous window. Window, actor-level, de-duplication and sign options
are those of 'entente network'.
  --exact          exact frustration (MILP) on every window; default: exact when the window
                   has at most 3000 signed edges, the heuristic otherwise
  --time-limit S   time limit of each exact run in seconds (default 10)
  --json           the series as JSON: [{window, from, to, nodes, edges, positive, negative,
                   neutral, triangles, balanceRatio, frustration, blocs, blocIds, previous,
                   signChanges, blocMoves, appeared, disappeared}]`;

const signChar = (s: number) => (s > 0 ? '+' : s < 0 ? '−' : '0');

export function formatSeries(nets: Networks, series: SeriesPoint[]): string {
  const lines = [`balance over time: window ${nets.window}, level ${nets.level}, dedup ${nets.dedup}, band ${nets.band}`];
  lines.push('window                  nodes  edges     +     −  triangles   ratio  frustration');
  for (const p of series) {
    const tri = p.triangles ? p.triangles.ppp + p.triangles.ppn + p.triangles.pnn + p.triangles.nnn : 0;
    const fr = p.frustration ? `${p.frustration.value}${p.frustration.optimal ? ' (proven)' : ` (≥ ${p.frustration.lowerBound ?? '?'})`}` : '-';
    lines.push(`${p.window.padEnd(22)} ${String(p.nodes).padStart(6)} ${String(p.edges).padStart(6)} ${String(p.positive).padStart(5)} ${String(p.negative).padStart(5)} ${String(tri).padStart(10)} ${p.balanceRatio === null ? '      -' : p.balanceRatio.toFixed(3).padStart(7)}  ${fr}`);
  }
  const changes: string[] = [];
  for (const p of series) {
    if (!p.previous) continue;
    const parts: string[] = [];
    if (p.signChanges.length) parts.push(`sign changes: ${p.signChanges.map((c) => `${c.a}–${c.b} ${signChar(c.from)}→${signChar(c.to)}`).join(', ')}`);
    if (p.blocMoves.length) parts.push(`bloc moves: ${p.blocMoves.map((m) => `${m.actor} ${m.from}→${m.to}`).join(', ')}`);
    parts.push(`${p.appeared} dyads new, ${p.disappeared} gone`);
    changes.push(`${p.previous} → ${p.window}: ${parts.join('; ')}`);
  }
  if (changes.length) lines.push('', 'changes between consecutive windows:', ...changes);
  const last = series[series.length - 1];
  if (last?.blocs.length) lines.push('', `blocs in ${last.window}: ${last.blocs.map((b, i) => `${last.blocIds[i]}: ${b.join(' ')}`).join(' | ')}`);
  return lines.join('\n');
}

/** Run the series command; returns the exit code. */
export async function runSeries(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    db: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    window: { type: 'string' },
    step: { type: 'string' },
    ranges: { type: 'string' },
    level: { type: 'string' },
    groups: { type: 'string' },
    dedup: { type: 'string' },
    band: { type: 'string' },
    origin: { type: 'string' },
    dyads: { type: 'boolean' },
    'include-negated': { type: 'boolean' },
    'hypothetical-weight': { type: 'string' },
    exact: { type: 'boolean' },
    'time-limit': { type: 'string' },
    json: { type: 'boolean' },
  }, false);
  const num = (name: string, v: string | undefined) => {
    if (v === undefined) return undefined;
    const x = Number(v);
    if (v.trim() === '' || !Number.isFinite(x)) throw new UsageError(`--${name} must be a number, got ${JSON.stringify(v)}`);
    return x;
  };
  if (values.level !== undefined && !['actor', 'country', 'groups'].includes(values.level)) throw new UsageError(`--level must be actor, country or groups, got ${JSON.stringify(values.level)}`);
  if (values.dedup !== undefined && !['none', 'daily', 'sources'].includes(values.dedup)) throw new UsageError(`--dedup must be none, daily or sources, got ${JSON.stringify(values.dedup)}`);
  if (values.level === 'groups' && !values.groups) throw new UsageError('--level groups needs --groups FILE');
  const timeLimit = num('time-limit', values['time-limit']) ?? 10;
  if (!(timeLimit > 0)) throw new UsageError('--time-limit must be positive');
  const store = await openStore(values.db ?? DEFAULT_DB, { readOnly: true });
  let nets: Networks;
  try {
    try {
      nets = await buildNetworks(store, {
        from: isoDate(values.from, 'from'),
        to: isoDate(values.to, 'to'),
        window: values.window,
        step: values.step,
        ranges: values.ranges,
        level: values.level as Level | undefined,
        groups: values.groups ? readGroups(values.groups) : undefined,
        dedup: values.dedup as Dedup | undefined,
        band: num('band', values.band),
        origins: values.origin?.split(',').map((s) => s.trim()).filter(Boolean),
        includeNegated: values['include-negated'],
        hypotheticalWeight: num('hypothetical-weight', values['hypothetical-weight']),
        input: values.dyads ? 'dyads' : 'events',
      });
    } catch (e) {
      const m = (e as Error).message;
      if (/^--|windows .* need/.test(m)) throw new UsageError(m);
      throw e;
    }
  } finally {
    store.close();
  }
  const bar = progress('balance', nets.windows.length, { quiet: !!values.json });
  const series = await balanceSeries(nets, (edges: NetworkEdge[]) =>
    balanceReport(fromSignedEdges(edges), { exact: values.exact || edges.length <= EXACT_EDGE_LIMIT, timeLimit }),
  (d, t) => bar.update(d, t));
  bar.finish();
  console.log(values.json ? JSON.stringify(series, null, 1) : formatSeries(nets, series));
  return 0;
}
