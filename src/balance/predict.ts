/**
 * The sign structural balance predicts for a pair of actors (with or without an edge
 * between them): every common neighbour w closes a triad a–w–b, which is balanced
 * only when sign(a,b) = sign(a,w) · sign(w,b) ("the friend of my friend", "the enemy of
 * my enemy is my friend"; Heider 1946, Cartwright & Harary 1956). Each triad votes for
 * that product; the prediction is the majority sign (0 on a tie or without common
 * neighbours). The edge a–b itself, when present, is not used.
 *
 * Probability of the predicted sign: the Laplace-smoothed share of the triads that vote
 * for it, (k + 1) / (t + 2) for k of t votes (rule of succession), so 0.5 without any
 * triad; `positive` is the same for the + sign.
 */
import { adjacency, type Adjacency, type SignedGraph } from './graph.ts';

export interface Triad {
  third: string;
  /** Signs of a–third and third–b. */
  signs: [number, number];
  product: number;
}

export interface Prediction {
  a: string;
  b: string;
  /** Predicted sign: 1, −1 or 0 (tie, or no common neighbour). */
  sign: number;
  /** Sign of the observed edge a–b, null when there is none. */
  observed: number | null;
  /** Probability of the predicted sign (Laplace-smoothed vote share). */
  probability: number;
  /** Probability of a positive sign (Laplace-smoothed share of + votes). */
  positive: number;
  /** Triads arguing for the predicted sign (for +, when the vote ties) and against it. */
  for: Triad[];
  against: Triad[];
  /** The triads that argue for + and for −. */
  plus: Triad[];
  minus: Triad[];
  /** Whether both actors are in the graph. */
  known: { a: boolean; b: boolean };
}

export function predictPair(g: SignedGraph, a: string, b: string, ctx?: { adj?: Adjacency; index?: Map<string, number> }): Prediction {
  const adj = ctx?.adj ?? adjacency(g);
  const index = ctx?.index ?? new Map(g.labels.map((l, i) => [l, i]));
  const ia = index.get(a), ib = index.get(b);
  const plus: Triad[] = [], minus: Triad[] = [];
  let observed: number | null = null;
  if (ia !== undefined && ib !== undefined && ia !== ib) {
    const toB = new Map<number, number>();
    for (let k = adj.off[ib]; k < adj.off[ib + 1]; k++) toB.set(adj.nbr[k], adj.eid[k]);
    for (let k = adj.off[ia]; k < adj.off[ia + 1]; k++) {
      const w = adj.nbr[k];
      if (w === ib) { observed = g.sign[adj.eid[k]]; continue; }
      const e2 = toB.get(w);
      if (e2 === undefined) continue;
      const s1 = g.sign[adj.eid[k]], s2 = g.sign[e2];
      const t: Triad = { third: g.labels[w], signs: [s1, s2], product: s1 * s2 };
      (t.product > 0 ? plus : minus).push(t);
    }
  }
  const byName = (x: Triad, y: Triad) => (x.third < y.third ? -1 : x.third > y.third ? 1 : 0);
  plus.sort(byName); minus.sort(byName);
  const t = plus.length + minus.length;
  const sign = plus.length > minus.length ? 1 : minus.length > plus.length ? -1 : 0;
  return {
    a, b, sign, observed,
    probability: (Math.max(plus.length, minus.length) + 1) / (t + 2),
    positive: (plus.length + 1) / (t + 2),
    for: sign >= 0 ? plus : minus,
    against: sign >= 0 ? minus : plus,
    plus, minus,
    known: { a: ia !== undefined, b: ib !== undefined },
  };
}

/** Predictions for several pairs, sharing the adjacency. */
export function predictPairs(g: SignedGraph, pairs: [string, string][]): Prediction[] {
  const ctx = { adj: adjacency(g), index: new Map(g.labels.map((l, i) => [l, i] as [string, number])) };
  return pairs.map(([a, b]) => predictPair(g, a, b, ctx));
}
