/**
 * `entente balance --edges FILE`: the structural balance report of a signed edge list
 * (src/balance/report.ts on src/balance/edges.ts's graph): triangle census and balance
 * ratio with its null model, frustration (proven optimal or with its gap), blocs, the
 * most tense edges and predictions for pairs; readable or JSON.
 * Without --edges (with --db), the balance series over time windows of the stored
 * events (./balance-series.ts).
 */
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse } from '../args.ts';
import { progress } from '../progress.ts';
import { runSeries, seriesUsage } from './balance-series.ts';
import { largestComponent, readEdgeList, type InputSummary } from '../../balance/edges.ts';
import { balanceReport, type BalanceReport } from '../../balance/report.ts';

const usage = `Usage: entente balance --edges FILE [--exact] [--time-limit S] [--blocs K] [--predict A,B]...
                      [--largest-component] [--ambivalent keep|drop] [--top N] [--null-samples N]
                      [--seed N] [--json]
       entente balance --db FILE [options]     (balance over time windows; see below)

Structural balance of a signed network read from an edge list: CSV/TSV/whitespace with
a header (from,to,sign or source,target,weight, …) or without (first three columns), or
Pajek .NET. Directed or repeated records are merged per unordered pair: the sign of the
summed values; pairs whose records disagree in sign are dropped (default) or kept with
the sign of their sum (--ambivalent keep); self-loops are skipped; all counted.

  --edges FILE          the edge list
  --exact               exact frustration index (MILP with HiGHS); default: the heuristic
  --time-limit S        seconds for the frustration solver (default 10); on the limit the
                        best colouring is reported with its lower bound and gap
  --blocs K             number of blocs (default: chosen by the Doreian–Mrvar criterion)
  --predict A,B         the sign balance predicts for the pair A,B with the triads for and
                        against (repeatable)
  --largest-component   analyse the largest connected component only
  --ambivalent R        drop (default) or keep pairs with records of both signs
  --top N               tense edges shown (default 10; JSON: up to 1000)
  --null-samples N      sign shuffles of the null model (default 200, fewer on large graphs)
  --seed N              seed of the null model, blocs and heuristic (default 1)
  --json                the report as JSON: nodes, edges, triangles, balanceRatio, nullModel,
                        frustration, blocs, tension, predictions, input, …

${seriesUsage}`;

const sgn = (s: number) => (s > 0 ? '+' : s < 0 ? '−' : '0');
const fmt = (x: number | null | undefined, d = 3) => (x === null || x === undefined ? '-' : x.toFixed(d));

export function formatReport(file: string, input: InputSummary, r: BalanceReport, opts: { top: number; lcc: boolean }): string {
  const L: string[] = [];
  L.push(`${file}${opts.lcc ? ' (largest component)' : ''}: ${r.nodes} nodes, ${r.edges} edges (${r.positive} +, ${r.negative} −), ${r.components} component${r.components === 1 ? '' : 's'}`);
  const notes = [`${input.records} records`];
  if (input.selfLoops) notes.push(`${input.selfLoops} self-loops skipped`);
  if (input.merged) notes.push(`${input.merged} merged into existing pairs (${input.reciprocalPairs} reciprocal)`);
  if (input.ambivalentPairs) notes.push(`${input.ambivalentPairs} ambivalent pairs ${input.ambivalentRule === 'drop' ? 'dropped' : `kept by the sign of their sum (${input.ambivalentKept})`}`);
  if (input.zeroSumPairs) notes.push(`${input.zeroSumPairs} pairs summing to 0 dropped`);
  if (input.zeroRecords) notes.push(`${input.zeroRecords} zero records ignored`);
  L.push(`input: ${notes.join(', ')}`);
  const t = r.triangles, T = t.ppp + t.ppn + t.pnn + t.nnn;
  L.push(`triangles: ${T} (+++ ${t.ppp}, ++− ${t.ppn}, +−− ${t.pnn}, −−− ${t.nnn})`);
  if (r.balanceRatio === null) L.push('balance ratio: - (no triangles)');
  else {
    const nm = r.nullModel;
    const nullText = nm && nm.mean !== null ? `; null model (${nm.samples} sign shuffles): ${fmt(nm.mean)} ± ${fmt(nm.sd)}, z = ${fmt(nm.z, 2)}, p = ${nm.p!.toPrecision(2)}` : '';
    L.push(`balance ratio: ${fmt(r.balanceRatio, 4)} (weak ${fmt(r.weakBalanceRatio, 4)})${nullText}`);
  }
  const f = r.frustration;
  const status = f.optimal ? 'proven optimal' : `not proven: lower bound ${f.lowerBound}, gap ${(f.gap * 100).toFixed(1)} %`;
  L.push(`frustration: ${f.value} (${status}; ${f.seconds.toFixed(2)} s; ${f.method})${r.normalizedBalance !== null ? `, normalised balance ${fmt(r.normalizedBalance)}` : ''}`);
  const bc = r.blocCriterion;
  L.push(`blocs: ${bc.k} (Doreian–Mrvar P = ${bc.P}, α = ${bc.alpha}: ${bc.negativeInside} negative inside, ${bc.positiveBetween} positive between)`);
  r.blocs.forEach((b, i) => {
    const shown = b.length > 30 ? `${b.slice(0, 30).join(' ')} … (+${b.length - 30})` : b.join(' ');
    L.push(`  ${i + 1}. [${b.length}] ${shown}`);
  });
  if (r.tension.length) {
    L.push(`most tense edges (unbalanced / balanced triangles; * frustrated):`);
    const w = Math.max(...r.tension.slice(0, opts.top).map((x) => `${x.a} – ${x.b}`.length));
    for (const x of r.tension.slice(0, opts.top)) L.push(`  ${`${x.a} – ${x.b}`.padEnd(w)}  ${sgn(x.sign)}  ${x.unbalanced} / ${x.balanced}${x.frustrated ? '  *' : ''}`);
  } else L.push('tension: none (every triangle balanced, no frustrated edge)');
  for (const p of r.predictions) {
    const known = !p.known.a ? ` (${p.a} is not in the graph)` : !p.known.b ? ` (${p.b} is not in the graph)` : '';
    const obs = p.observed === null ? 'no edge' : `observed ${sgn(p.observed)}`;
    L.push(`prediction ${p.a} – ${p.b}: ${p.sign === 0 ? 'no majority' : `balance predicts ${sgn(p.sign)}`} (p = ${p.probability.toFixed(2)}; ${obs})${known}`);
    const tri = (xs: typeof p.plus) => xs.map((x) => `${x.third} (${sgn(x.signs[0])}${sgn(x.signs[1])})`).join(', ') || '-';
    L.push(`  for +: ${tri(p.plus)}`);
    L.push(`  for −: ${tri(p.minus)}`);
  }
  return L.join('\n');
}

const command: Command = {
  summary: 'structural balance: triads, frustration, blocs, tension, predictions',
  usage,
  async run(argv) {
    if (!argv.includes('--edges') && !argv.some((a) => a.startsWith('--edges='))) return runSeries(argv);
    const { values } = parse(argv, {
      edges: { type: 'string' },
      db: { type: 'string' },
      exact: { type: 'boolean' },
      'time-limit': { type: 'string' },
      blocs: { type: 'string' },
      predict: { type: 'string', multiple: true },
      'largest-component': { type: 'boolean' },
      ambivalent: { type: 'string' },
      top: { type: 'string' },
      'null-samples': { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean' },
    }, false);
    if (values.db) throw new UsageError('give either --edges FILE or --db FILE, not both');
    const file = values.edges!;
    if (!file) throw new UsageError('--edges needs a file');
    const int = (name: string, v: string | undefined, min: number) => {
      if (v === undefined) return undefined;
      const x = Number(v);
      if (!/^\s*\d+\s*$/.test(v) || x < min) throw new UsageError(`--${name} must be an integer ≥ ${min}, got ${JSON.stringify(v)}`);
      return x;
    };
    let timeLimit: number | undefined;
    if (values['time-limit'] !== undefined) {
      timeLimit = Number(values['time-limit']);
      if (values['time-limit'].trim() === '' || !Number.isFinite(timeLimit) || timeLimit <= 0) throw new UsageError(`--time-limit must be a positive number of seconds, got ${JSON.stringify(values['time-limit'])}`);
    }
    const k = int('blocs', values.blocs, 1);
    const top = int('top', values.top, 0) ?? 10;
    const nullSamples = int('null-samples', values['null-samples'], 0);
    const seed = int('seed', values.seed, 0);
    const amb = values.ambivalent ?? 'drop';
    if (amb !== 'drop' && amb !== 'keep') throw new UsageError(`--ambivalent must be keep or drop, got ${JSON.stringify(amb)}`);
    const predict = (values.predict ?? []).map((p) => {
      const parts = p.split(',').map((s) => s.trim());
      if (parts.length !== 2 || !parts[0] || !parts[1]) throw new UsageError(`--predict takes A,B (two actors), got ${JSON.stringify(p)}`);
      return parts as [string, string];
    });

    const quiet = !!values.json;
    const bar = progress('reading', 0, { quiet });
    const read = await readEdgeList(file, { ambivalent: amb, onProgress: (i) => bar.update(i.bytes, i.totalBytes) });
    bar.finish();
    const g = values['largest-component'] ? largestComponent(read.graph) : read.graph;
    const show = !quiet && (process.stderr.isTTY || process.env.ENTENTE_PROGRESS === '1');
    const t0 = Date.now();
    let lastPhase = '';
    const report = await balanceReport(g, {
      exact: values.exact, timeLimit, blocs: k, predict, nullSamples, seed,
      tensionLimit: values.json ? 1000 : Math.max(top, 1),
      onProgress: show ? (i) => {
        if (i.phase === lastPhase || Date.now() - t0 < 1000) return;
        lastPhase = i.phase;
        process.stderr.write(`entente balance: ${i.phase}${i.detail ? ` (${i.detail})` : ''} after ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
      } : undefined,
    });
    if (values.json) console.log(JSON.stringify({ file, largestComponent: !!values['largest-component'], input: read.summary, ...report }, null, 1));
    else console.log(formatReport(file, read.summary, report, { top, lcc: !!values['largest-component'] }));
    return 0;
  },
};

export default command;
