/**
 * A trained edge-sign predictor in the style of Leskovec, Huttenlocher & Kleinberg
 * (2010), "Predicting positive and negative links in online social networks", WWW:
 * logistic regression on, for an edge u→v whose sign is hidden,
 * - degree features (7): positive and negative out-degree of u, positive and negative
 *   in-degree of v, total out-degree of u, total in-degree of v, and the embeddedness
 *   C(u, v) (common neighbours, direction ignored);
 * - triad features (16): for every common neighbour w, the type of the two edges u–w and
 *   w–v by direction (u→w or w→u; w→v or v→w) and sign, counted per type (2·2·2·2 = 16).
 *   For undirected input the triad types reduce to the 3 sign combinations (++, +−, −−).
 * All features are computed on the graph without the edge itself (its own sign is never
 * seen), as in LHK.
 * Added, optionally (`extra: true`), two rating-free features that LHK's linear model
 * cannot form from the degrees: the Laplace-smoothed share of positive out-edges of u,
 * (d⁺out(u) + 1) / (dout(u) + 2), and of positive in-edges of v — the generosity of the
 * rater and the reputation of the rated; and `transform: 'log'` uses log(1 + x) of the
 * counts (heavy-tailed degrees). `context: true` adds u's in-degrees and v's out-degrees
 * (+, −, positive share); `reverse: true` adds the sign of the reverse edge v→u
 * (reciprocity: in trust-rating networks ratings are often returned in kind). The
 * reverse edge is part of "the rest of the network" under LHK's protocol (only the edge
 * itself is hidden); on Bitcoin it is the feature that lifts accuracy from ~0.85/0.87
 * (Alpha/OTC) to ~0.91/0.92 (bench/sign-prediction.ts).
 *
 * Evaluation (LHK §3): a balanced data set — every negative edge and an equal-size
 * seeded random sample of the positive edges — and 10-fold cross-validation; features
 * standardised on each training fold; L2-regularised logistic regression fitted by
 * Newton's method; accuracy at 0.5 and AUC (Mann–Whitney). LHK also report subsets
 * with embeddedness ≥ 10 and ≥ 25; `minEmbeddedness` (default 0: all edges) selects that.
 */
import { rng, shuffle } from './random.ts';

/** Directed signed edges (one per ordered pair; duplicates merged by the sign of the sum). */
export interface DirectedSigned {
  n: number;
  src: Int32Array;
  dst: Int32Array;
  sign: Int8Array;
  directed: boolean;
}

/** Merge directed records (a→b, value) into one edge per ordered pair: sign of the summed values, 0 sums dropped. */
export function directedFromRecords(n: number, records: { a: number; b: number; value: number }[], directed = true): DirectedSigned {
  const sum = new Map<number, number>();
  for (const r of records) {
    if (r.a === r.b) continue;
    const [a, b] = directed || r.a < r.b ? [r.a, r.b] : [r.b, r.a];
    const k = a * 67108864 + b;
    sum.set(k, (sum.get(k) ?? 0) + r.value);
  }
  const keys = [...sum].filter(([, v]) => v !== 0);
  return {
    n,
    src: Int32Array.from(keys, ([k]) => Math.floor(k / 67108864)),
    dst: Int32Array.from(keys, ([k]) => k % 67108864),
    sign: Int8Array.from(keys, ([, v]) => (v > 0 ? 1 : -1)),
    directed,
  };
}

export interface FeatureOptions {
  extra?: boolean;
  /** Also the in-degrees of u and out-degrees of v (+, −, positive share). */
  context?: boolean;
  /** Also the reverse edge v→u (+ and − indicators; reciprocity). */
  reverse?: boolean;
  transform?: 'none' | 'log';
}

/** Feature names in column order. */
export function featureNames(directed: boolean, opts: FeatureOptions = {}): string[] {
  const deg = ['dpos_out_u', 'dneg_out_u', 'dpos_in_v', 'dneg_in_v', 'dout_u', 'din_v', 'embeddedness'];
  const tri: string[] = [];
  if (directed) {
    for (const d1 of ['u->w', 'w->u']) for (const s1 of ['+', '-']) for (const d2 of ['w->v', 'v->w']) for (const s2 of ['+', '-']) tri.push(`${d1}${s1} ${d2}${s2}`);
  } else tri.push('tri_pp', 'tri_pn', 'tri_nn');
  return [...deg, ...tri, ...(opts.extra ? ['pos_share_out_u', 'pos_share_in_v'] : []), ...(opts.context ? ['dpos_in_u', 'dneg_in_u', 'dpos_out_v', 'dneg_out_v', 'pos_share_in_u', 'pos_share_out_v'] : []), ...(opts.reverse ? ['reverse_pos', 'reverse_neg'] : [])];
}

/**
 * Features of every edge (rows of a Float64Array, `dims` columns), each computed with the
 * edge itself removed.
 */
export function edgeFeatures(g: DirectedSigned, opts: FeatureOptions = {}): { X: Float64Array; dims: number; embeddedness: Int32Array } {
  const { n, src, dst, sign, directed } = g;
  const m = src.length;
  const dims = featureNames(directed, opts).length;
  const posOut = new Int32Array(n), negOut = new Int32Array(n), posIn = new Int32Array(n), negIn = new Int32Array(n);
  // undirected neighbour masks per node: bit 1 out+, 2 out−, 4 in+, 8 in− (relative to the node)
  const nb: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (let e = 0; e < m; e++) {
    const a = src[e], b = dst[e], p = sign[e] > 0;
    if (p) { posOut[a]++; posIn[b]++; } else { negOut[a]++; negIn[b]++; }
    nb[a].set(b, (nb[a].get(b) ?? 0) | (p ? 1 : 2));
    nb[b].set(a, (nb[b].get(a) ?? 0) | (p ? 4 : 8));
  }
  const X = new Float64Array(m * dims);
  const emb = new Int32Array(m);
  const tx = opts.transform === 'log' ? Math.log1p : (x: number) => x;
  for (let e = 0; e < m; e++) {
    const u = src[e], v = dst[e], p = sign[e] > 0;
    const row = e * dims;
    // degrees without the edge itself
    const dpo = posOut[u] - (p ? 1 : 0), dno = negOut[u] - (p ? 0 : 1);
    const dpi = posIn[v] - (p ? 1 : 0), dni = negIn[v] - (p ? 0 : 1);
    const [small, big, uSmall] = nb[u].size <= nb[v].size ? [nb[u], nb[v], true] : [nb[v], nb[u], false];
    const tri = new Float64Array(directed ? 16 : 3);
    let c = 0;
    for (const [w, m1] of small) {
      if (w === u || w === v) continue;
      const m2 = big.get(w);
      if (m2 === undefined) continue;
      c++;
      const mu = uSmall ? m1 : m2, mv = uSmall ? m2 : m1; // masks of u–w (relative to u) and v–w (relative to v)
      for (let b1 = 0; b1 < 4; b1++) {
        if (!(mu & (1 << b1))) continue;
        // u–w edge: b1 0 u→w+, 1 u→w−, 2 w→u+, 3 w→u−
        const d1 = b1 >> 1, s1 = b1 & 1;
        for (let b2 = 0; b2 < 4; b2++) {
          if (!(mv & (1 << b2))) continue;
          // relative to v: bit 0 v→w+, 1 v→w−, 2 w→v+, 3 w→v−; type wants w→v as direction 0
          const d2 = b2 >> 1 ? 0 : 1, s2 = b2 & 1;
          if (directed) tri[d1 * 8 + s1 * 4 + d2 * 2 + s2]++;
          else tri[s1 + s2]++;
        }
      }
    }
    emb[e] = c;
    const f = [dpo, dno, dpi, dni, dpo + dno, dpi + dni, c];
    for (let k = 0; k < 7; k++) X[row + k] = tx(f[k]);
    for (let k = 0; k < tri.length; k++) X[row + 7 + k] = tx(tri[k]);
    if (opts.extra) {
      X[row + 7 + tri.length] = (dpo + 1) / (dpo + dno + 2);
      X[row + 8 + tri.length] = (dpi + 1) / (dpi + dni + 2);
    }
    const rev = directed ? nb[u].get(v)! >> 2 : 0; // v→u relative to u: 1 positive, 2 negative
    const rp = rev & 1 ? 1 : 0, rn = rev & 2 ? 1 : 0;
    let c0 = row + 7 + tri.length + (opts.extra ? 2 : 0);
    if (opts.context) {
      // u's in-degrees and v's out-degrees, without the reverse edge v→u
      const a = posIn[u] - rp, b = negIn[u] - rn, c2 = posOut[v] - rp, d = negOut[v] - rn;
      X[c0] = tx(a); X[c0 + 1] = tx(b); X[c0 + 2] = tx(c2); X[c0 + 3] = tx(d);
      X[c0 + 4] = (a + 1) / (a + b + 2);
      X[c0 + 5] = (c2 + 1) / (c2 + d + 2);
      c0 += 6;
    }
    if (opts.reverse) { X[c0] = rp; X[c0 + 1] = rn; }
  }
  return { X, dims, embeddedness: emb };
}

export interface LogisticModel {
  mean: Float64Array;
  scale: Float64Array;
  /** Coefficients on standardised features; w[dims] is the intercept. */
  w: Float64Array;
}

/** Solve A x = b (A symmetric positive definite, d×d row-major) by Gaussian elimination with partial pivoting. */
function solve(A: Float64Array, b: Float64Array, d: number): Float64Array {
  const M = A.slice(), x = b.slice();
  for (let c = 0; c < d; c++) {
    let p = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(M[r * d + c]) > Math.abs(M[p * d + c])) p = r;
    if (p !== c) {
      for (let k = 0; k < d; k++) { const t = M[c * d + k]; M[c * d + k] = M[p * d + k]; M[p * d + k] = t; }
      const t = x[c]; x[c] = x[p]; x[p] = t;
    }
    const piv = M[c * d + c] || 1e-12;
    for (let r = c + 1; r < d; r++) {
      const f = M[r * d + c] / piv;
      if (f === 0) continue;
      for (let k = c; k < d; k++) M[r * d + k] -= f * M[c * d + k];
      x[r] -= f * x[c];
    }
  }
  for (let c = d - 1; c >= 0; c--) {
    let s = x[c];
    for (let k = c + 1; k < d; k++) s -= M[c * d + k] * x[k];
    x[c] = s / (M[c * d + c] || 1e-12);
  }
  return x;
}

/**
 * L2-regularised logistic regression (penalty λ/2·|w|², intercept unpenalised) on
 * standardised features, fitted by Newton's method (IRLS).
 */
export function fitLogistic(X: Float64Array, dims: number, rows: ArrayLike<number>, y: ArrayLike<number>, opts: { lambda?: number; iterations?: number } = {}): LogisticModel {
  const lambda = opts.lambda ?? 1e-3, n = rows.length, d = dims + 1;
  const mean = new Float64Array(dims), scale = new Float64Array(dims);
  for (let i = 0; i < n; i++) for (let k = 0; k < dims; k++) mean[k] += X[rows[i] * dims + k] / n;
  for (let i = 0; i < n; i++) for (let k = 0; k < dims; k++) scale[k] += (X[rows[i] * dims + k] - mean[k]) ** 2 / n;
  for (let k = 0; k < dims; k++) scale[k] = Math.sqrt(scale[k]) || 1;
  const Z = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < dims; k++) Z[i * d + k] = (X[rows[i] * dims + k] - mean[k]) / scale[k];
    Z[i * d + dims] = 1;
  }
  const w = new Float64Array(d);
  for (let it = 0; it < (opts.iterations ?? 25); it++) {
    const grad = new Float64Array(d), H = new Float64Array(d * d);
    for (let i = 0; i < n; i++) {
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k] * Z[i * d + k];
      const p = 1 / (1 + Math.exp(-z)), r = p - y[i], s = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        const za = Z[i * d + a];
        grad[a] += r * za;
        for (let b = a; b < d; b++) H[a * d + b] += s * za * Z[i * d + b];
      }
    }
    for (let a = 0; a < d; a++) {
      for (let b = 0; b < a; b++) H[a * d + b] = H[b * d + a];
      if (a < dims) { grad[a] += lambda * n * w[a]; H[a * d + a] += lambda * n; } else H[a * d + a] += 1e-9;
    }
    const step = solve(H, grad, d);
    let change = 0;
    for (let k = 0; k < d; k++) { w[k] -= step[k]; change = Math.max(change, Math.abs(step[k])); }
    if (change < 1e-8) break;
  }
  return { mean, scale, w };
}

/** P(sign = +) for row r of X. */
export function predictProbability(model: LogisticModel, X: Float64Array, dims: number, r: number): number {
  let z = model.w[dims];
  for (let k = 0; k < dims; k++) z += model.w[k] * (X[r * dims + k] - model.mean[k]) / model.scale[k];
  return 1 / (1 + Math.exp(-z));
}

/** Area under the ROC curve (Mann–Whitney U with average ranks for ties). */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const idx = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0, pos = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k]] === 1) { rankSum += r; pos++; }
    i = j + 1;
  }
  const neg = idx.length - pos;
  return pos && neg ? (rankSum - (pos * (pos + 1)) / 2) / (pos * neg) : NaN;
}

export interface CrossValidation {
  method: string;
  features: string[];
  folds: number;
  /** Edges used: all negatives and as many sampled positives. */
  negatives: number;
  positives: number;
  minEmbeddedness: number;
  accuracy: number;
  accuracySd: number;
  auc: number;
  /** Share of the positive class in the balanced set (0.5: chance accuracy). */
  baseline: number;
}

/** Balanced k-fold cross-validation of the predictor (LHK's protocol), seeded. */
export function crossValidate(g: DirectedSigned, opts: FeatureOptions & { folds?: number; seed?: number; minEmbeddedness?: number; lambda?: number } = {}): CrossValidation {
  const folds = opts.folds ?? 10, seed = opts.seed ?? 1, minE = opts.minEmbeddedness ?? 0;
  const { X, dims, embeddedness } = edgeFeatures(g, opts);
  const r = rng(seed);
  const pos: number[] = [], neg: number[] = [];
  for (let e = 0; e < g.src.length; e++) {
    if (embeddedness[e] < minE) continue;
    (g.sign[e] > 0 ? pos : neg).push(e);
  }
  const k = Math.min(pos.length, neg.length);
  shuffle(pos, r); shuffle(neg, r);
  const set = shuffle([...pos.slice(0, k), ...neg.slice(0, k)], r);
  const label = (e: number) => (g.sign[e] > 0 ? 1 : 0);
  const scores = new Float64Array(set.length);
  const accs: number[] = [];
  for (let f = 0; f < folds; f++) {
    const train: number[] = [], test: number[] = [];
    set.forEach((e, i) => (i % folds === f ? test : train).push(e));
    const model = fitLogistic(X, dims, train, train.map(label), { lambda: opts.lambda });
    let correct = 0;
    set.forEach((e, i) => {
      if (i % folds !== f) return;
      const p = predictProbability(model, X, dims, e);
      scores[i] = p;
      if ((p >= 0.5 ? 1 : 0) === label(e)) correct++;
    });
    accs.push(correct / test.length);
  }
  const acc = accs.reduce((s, x) => s + x, 0) / folds;
  const sd = Math.sqrt(accs.reduce((s, x) => s + (x - acc) ** 2, 0) / Math.max(1, folds - 1));
  const names = featureNames(g.directed, opts);
  return {
    method: `logistic regression (L2, Newton), ${names.length} features${opts.transform === 'log' ? ', log(1+x) counts' : ''}; balanced ${folds}-fold CV`,
    features: names, folds, negatives: k, positives: k, minEmbeddedness: minE,
    accuracy: acc, accuracySd: sd, auc: auc(scores, set.map(label)), baseline: 0.5,
  };
}
