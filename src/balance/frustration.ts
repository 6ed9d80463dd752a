/**
 * Frustration index (line index of balance): the least number of edges of a signed
 * graph that are frustrated — positive between the two groups or negative inside one —
 * over all two-colourings of the nodes; equivalently the least number of sign changes
 * (or deletions) that make the graph balanced (Harary 1959). Exact values by mixed-
 * integer programming as in Aref, Mason & Wilson (2018/2020), "Computing the line index
 * of balance using linear programming optimisation" and "A modeling and computational
 * study of the frustration index in signed networks"; fast upper bounds by local search
 * in the spirit of Doreian & Mrvar's relocation heuristics.
 *
 * `frustration(g, { exact: true })` runs the MILP (HiGHS, within `timeLimit` seconds,
 * returning the best colouring and a proven lower bound if the limit is reached);
 * otherwise the heuristic runs.
 */
import type { SignedGraph } from './graph.ts';
import type { FrustrationOptions, FrustrationResult } from './frustration/types.ts';
import { frustrationHeuristic } from './frustration/heuristic.ts';
import { frustrationExact } from './frustration/exact.ts';

export type { FrustrationOptions, FrustrationResult } from './frustration/types.ts';
export { frustrationHeuristic } from './frustration/heuristic.ts';
export { frustrationExact } from './frustration/exact.ts';

export async function frustration(g: SignedGraph, opts: FrustrationOptions = {}): Promise<FrustrationResult> {
  return opts.exact ? frustrationExact(g, opts) : frustrationHeuristic(g, opts);
}
