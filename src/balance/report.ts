/**
 * The balance report of a signed graph: triangle census and balance ratios
 * (triads.ts; Cartwright & Harary 1956, Davis 1967) with their significance against the
 * sign-shuffle null model (null-model.ts), the frustration index with its colouring
 * (frustration.ts; Harary 1959, Aref, Mason & Wilson 2020), blocs by the Doreian–Mrvar
 * criterion (blocs.ts), the tense edges (tension.ts) and balance predictions for pairs
 * (predict.ts).
 *
 * Disconnected graphs are handled per connected component: the frustration index is
 * additive over components (a colouring of each is independent), so each component with
 * a cycle is solved on its own (largest first, sharing the time limit) and the values,
 * lower bounds and colourings are combined; trees and isolated nodes are balanced
 * (frustration 0, coloured by a traversal). An empty graph gives a valid empty report.
 *
 * The shape is the one the server (src/server/routes/balance.ts) and web UI consume:
 * nodes, edges, triangles {ppp, ppn, pnn, nnn}, balanceRatio, nullModel {z, p},
 * frustration {value, optimal, lowerBound, seconds, method}, blocs (string[][], largest
 * first), tension [{a, b, sign, balanced, unbalanced, frustrated}] ranked, predictions
 * [{a, b, sign, observed, probability, for, against}]; plus the fields documented below.
 */
import { adjacency, type SignedGraph } from './graph.ts';
import { components, inducedSubgraph } from './edges.ts';
import { triads, type Census } from './triads.ts';
import { nullModel, type NullModelResult } from './null-model.ts';
import { blocs as findBlocs, criterion } from './blocs.ts';
import { tension as rankTension, type TenseEdge } from './tension.ts';
import { predictPairs, type Prediction } from './predict.ts';
import { frustration as solveFrustration } from './frustration.ts';
import type { FrustrationResult } from './frustration/types.ts';

export interface BalanceOptions {
  /** Exact frustration (MILP); passed to the frustration solver (its default when absent). */
  exact?: boolean;
  /** Seconds for the frustration solver over all components (default 10). */
  timeLimit?: number;
  /** Number of blocs; when absent chosen by the Doreian–Mrvar criterion over k = 1..5 (graphs up to 200k edges; larger: the two sides of the colouring). */
  blocs?: number;
  /** Pairs to predict. */
  predict?: [string, string][];
  /** Null-model samples (default 200, fewer on graphs with millions of triangles; 0: none). */
  nullSamples?: number;
  seed?: number;
  /** Most tense edges listed (default 1000). */
  tensionLimit?: number;
  onProgress?: (info: { phase: string; detail?: string }) => void;
}

export interface FrustrationSummary {
  value: number;
  optimal: boolean;
  lowerBound: number;
  gap: number;
  seconds: number;
  method: string;
  /** Components solved (with a cycle). */
  components: number;
}

export interface BalanceReport {
  nodes: number;
  edges: number;
  positive: number;
  negative: number;
  components: number;
  triangles: Census;
  /** Strict balance ratio (ppp + pnn) / T; null without triangles. */
  balanceRatio: number | null;
  /** Weak balance (clusterability) ratio (T − ppn) / T. */
  weakBalanceRatio: number | null;
  nullModel: NullModelResult | null;
  frustration: FrustrationSummary;
  /** 1 − L / (m/2): normalised line index of balance (Aref & Wilson 2018); null without edges. */
  normalizedBalance: number | null;
  /** Node labels of the two sides of the best colouring. */
  sides: [string[], string[]];
  blocs: string[][];
  blocCriterion: { k: number; P: number; alpha: number; negativeInside: number; positiveBetween: number; byK: { k: number; P: number }[] };
  tension: Omit<TenseEdge, 'edge'>[];
  predictions: Prediction[];
  seconds: number;
}

/** The best two-colouring and its frustration, per component, combined. */
export async function frustrationByComponent(
  g: SignedGraph,
  opts: { exact?: boolean; timeLimit?: number; seed?: number; onProgress?: BalanceOptions['onProgress'] } = {},
): Promise<{ summary: FrustrationSummary; colour: Int8Array; frustrated: Uint8Array; componentCount: number }> {
  const n = g.labels.length, m = g.u.length;
  const colour = new Int8Array(n).fill(1), frustrated = new Uint8Array(m);
  const summary: FrustrationSummary = { value: 0, optimal: true, lowerBound: 0, gap: 0, seconds: 0, method: 'none (no cycle)', components: 0 };
  if (m === 0) return { summary, colour, frustrated, componentCount: n };
  const { comp, sizes } = components(g);
  const edgesOf = new Int32Array(sizes.length);
  for (let e = 0; e < m; e++) edgesOf[comp[g.u[e]]]++;
  const cyclic = sizes.map((_, c) => c).filter((c) => edgesOf[c] >= sizes[c]);
  const limit = opts.timeLimit ?? 10;
  const deadline = performance.now() + limit * 1000;
  const methods = new Set<string>();
  const t0 = performance.now();
  const run = async (sub: SignedGraph, remaining: number): Promise<FrustrationResult> => solveFrustration(sub, {
    exact: opts.exact, timeLimit: remaining, seed: opts.seed,
    onProgress: opts.onProgress ? (i) => opts.onProgress!({ phase: `frustration ${i.phase}`, detail: `value ${i.value}, bound ${i.lowerBound}` }) : undefined,
  });
  if (cyclic.length === 1 && sizes[cyclic[0]] === n) {
    const r = await run(g, limit);
    colour.set(r.colour); frustrated.set(r.frustrated);
    Object.assign(summary, { value: r.value, optimal: r.optimal, lowerBound: r.lowerBound, components: 1 });
    methods.add(r.method);
  } else {
    for (const [i, c] of cyclic.entries()) {
      const keep = Uint8Array.from(comp, (x) => (x === c ? 1 : 0));
      const sub = inducedSubgraph(g, keep);
      // share the remaining time by component size, at least 0.2 s each
      const left = Math.max(0.2, (deadline - performance.now()) / 1000);
      const rest = cyclic.slice(i).reduce((s, x) => s + edgesOf[x], 0);
      const r = await run(sub.graph, Math.max(0.2, (left * edgesOf[c]) / rest));
      sub.nodes.forEach((old, k) => (colour[old] = r.colour[k]));
      sub.edges.forEach((old, k) => (frustrated[old] = r.frustrated[k]));
      summary.value += r.value;
      summary.lowerBound += r.lowerBound;
      summary.optimal &&= r.optimal;
      summary.components++;
      methods.add(r.method);
    }
  }
  // trees and the parts outside cyclic components: colour by traversal, nothing frustrated
  if (cyclic.length < sizes.length) {
    const inCyclic = new Uint8Array(sizes.length);
    for (const c of cyclic) inCyclic[c] = 1;
    const { off, nbr, eid } = adjacency(g);
    const seen = new Uint8Array(n);
    const stack: number[] = [];
    for (let s = 0; s < n; s++) {
      if (seen[s] || inCyclic[comp[s]]) continue;
      seen[s] = 1; colour[s] = 1; stack.push(s);
      while (stack.length) {
        const x = stack.pop()!;
        for (let k = off[x]; k < off[x + 1]; k++) {
          const y = nbr[k];
          if (!seen[y]) { seen[y] = 1; colour[y] = (colour[x] * g.sign[eid[k]]) as 1 | -1; stack.push(y); }
        }
      }
    }
  }
  summary.seconds = (performance.now() - t0) / 1000;
  summary.method = methods.size ? [...methods].join('; ') : 'none (no cycle)';
  summary.gap = (summary.value - summary.lowerBound) / Math.max(summary.value, 1);
  return { summary, colour, frustrated, componentCount: sizes.length };
}

function emptyReport(g: SignedGraph, opts: BalanceOptions, t0: number): BalanceReport {
  return {
    nodes: g.labels.length, edges: 0, positive: 0, negative: 0, components: g.labels.length,
    triangles: { ppp: 0, ppn: 0, pnn: 0, nnn: 0 }, balanceRatio: null, weakBalanceRatio: null, nullModel: null,
    frustration: { value: 0, optimal: true, lowerBound: 0, gap: 0, seconds: 0, method: 'none (no edges)', components: 0 },
    normalizedBalance: null, sides: [g.labels.slice(), []],
    blocs: g.labels.length ? [g.labels.slice()] : [],
    blocCriterion: { k: g.labels.length ? 1 : 0, P: 0, alpha: 0.5, negativeInside: 0, positiveBetween: 0, byK: [] },
    tension: [], predictions: predictPairs(g, opts.predict ?? []), seconds: (performance.now() - t0) / 1000,
  };
}

/** Up to this many signed edges, callers that let entente choose use the exact frustration solver (with a proof); the heuristic beyond. */
export const EXACT_EDGE_LIMIT = 3000;

export async function balanceReport(g: SignedGraph, opts: BalanceOptions = {}): Promise<BalanceReport> {
  const t0 = performance.now();
  const n = g.labels.length, m = g.u.length;
  const progress = opts.onProgress ?? (() => {});
  if (m === 0) return emptyReport(g, opts, t0);
  let positive = 0;
  for (let e = 0; e < m; e++) if (g.sign[e] > 0) positive++;

  progress({ phase: 'triangles' });
  const tri = triads(g, { list: (opts.nullSamples ?? 1) > 0 });
  let nm: NullModelResult | null = null;
  if (tri.total > 0 && (opts.nullSamples ?? 1) > 0) {
    const samples = opts.nullSamples ?? Math.max(20, Math.min(200, Math.floor(5e7 / tri.total)));
    progress({ phase: 'null model', detail: `${samples} sign shuffles` });
    nm = nullModel(g, { samples, seed: opts.seed ?? 1, list: tri.list });
  }
  tri.list = undefined;

  progress({ phase: 'frustration' });
  const fr = await frustrationByComponent(g, { exact: opts.exact, timeLimit: opts.timeLimit, seed: opts.seed, onProgress: opts.onProgress });

  progress({ phase: 'blocs' });
  let bl;
  if (opts.blocs === undefined && m > 200_000) {
    const member = Int32Array.from(fr.colour, (c) => (c > 0 ? 0 : 1));
    const crit = criterion(g, member);
    const groups = [g.labels.filter((_, i) => member[i] === 0), g.labels.filter((_, i) => member[i] === 1)].filter((x) => x.length).sort((a, b) => b.length - a.length);
    bl = { groups, k: groups.length, P: crit.P, alpha: 0.5, negativeInside: crit.negativeInside, positiveBetween: crit.positiveBetween, byK: [{ k: 2, P: crit.P }] };
  } else {
    bl = findBlocs(g, { k: opts.blocs, seed: opts.seed, initial: [fr.colour] });
  }

  progress({ phase: 'tension' });
  const tense = rankTension(g, tri, fr.frustrated, { limit: opts.tensionLimit ?? 1000 }).map(({ edge, ...rest }) => (void edge, rest));
  const predictions = predictPairs(g, opts.predict ?? []);

  return {
    nodes: n, edges: m, positive, negative: m - positive, components: fr.componentCount,
    triangles: tri.triangles, balanceRatio: tri.balanceRatio, weakBalanceRatio: tri.weakBalanceRatio,
    nullModel: nm,
    frustration: fr.summary,
    normalizedBalance: 1 - fr.summary.value / (m / 2),
    sides: [g.labels.filter((_, i) => fr.colour[i] > 0), g.labels.filter((_, i) => fr.colour[i] < 0)],
    blocs: bl.groups,
    blocCriterion: { k: bl.k, P: bl.P, alpha: bl.alpha, negativeInside: bl.negativeInside, positiveBetween: bl.positiveBetween, byK: bl.byK },
    tension: tense,
    predictions,
    seconds: (performance.now() - t0) / 1000,
  };
}
