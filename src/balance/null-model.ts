/**
 * Significance of the balance ratio against a null model that keeps the topology and
 * the number of positive and negative edges and shuffles the signs over the edges
 * (the sign-permutation null of Leskovec, Huttenlocher & Kleinberg 2010, "Signed
 * networks in social media", CHI; also Estrada 2019 for its use with balance).
 *
 * The triangles are enumerated once (as edge triples, triads.ts); each of the N
 * samples permutes the signs (seeded Fisher–Yates, deterministic) and recounts the
 * balanced triangles in O(T). Reported: the observed strict balance ratio, the mean and
 * standard deviation over samples, z = (observed − mean) / sd, the empirical one-sided
 * p-value P(ratio ≥ observed) with the +1 correction ((1 + #{sample ≥ observed}) /
 * (N + 1), Davison & Hinkley 1997) and the one-sided normal approximation 1 − Φ(z).
 */
import type { SignedGraph } from './graph.ts';
import { rng, shuffle } from './random.ts';
import { triads } from './triads.ts';

export interface NullModelResult {
  observed: number | null;
  samples: number;
  seed: number;
  mean: number | null;
  sd: number | null;
  /** null when there are no triangles or the samples do not vary. */
  z: number | null;
  /** Empirical one-sided p-value with +1 correction; null without triangles. */
  p: number | null;
  /** Normal approximation 1 − Φ(z). */
  pNormal: number | null;
}

/** Standard normal upper tail 1 − Φ(z) (Abramowitz & Stegun 7.1.26 on erfc; |error| < 1.5e-7). */
export function normalUpper(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

export function nullModel(g: SignedGraph, opts: { samples?: number; seed?: number; list?: Int32Array } = {}): NullModelResult {
  const samples = opts.samples ?? 200, seed = opts.seed ?? 1;
  const list = opts.list ?? triads(g, { list: true }).list!;
  const T = list.length / 3;
  if (T === 0 || samples <= 0) return { observed: null, samples, seed, mean: null, sd: null, z: null, p: null, pNormal: null };
  const count = (s: Int8Array) => {
    let b = 0;
    for (let i = 0; i < list.length; i += 3) if (s[list[i]] * s[list[i + 1]] * s[list[i + 2]] > 0) b++;
    return b;
  };
  const observed = count(g.sign) / T;
  const r = rng(seed);
  const s = g.sign.slice();
  let sum = 0, sum2 = 0, atLeast = 0;
  for (let k = 0; k < samples; k++) {
    shuffle(s, r);
    const x = count(s) / T;
    sum += x; sum2 += x * x;
    if (x >= observed - 1e-12) atLeast++;
  }
  const mean = sum / samples;
  const sd = samples > 1 ? Math.sqrt(Math.max(0, (sum2 - samples * mean * mean) / (samples - 1))) : 0;
  const z = sd > 0 ? (observed - mean) / sd : null;
  return { observed, samples, seed, mean, sd, z, p: (1 + atLeast) / (samples + 1), pNormal: z === null ? null : normalUpper(z) };
}
