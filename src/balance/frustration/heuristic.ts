/**
 * Heuristic frustration index (line index of balance) with a cheap proven lower bound.
 *
 * Computes: an upper bound on L(G) = min over colourings s: V → {±1} of the number of
 * edges uv with σ(uv)·s(u)·s(v) = −1 (Harary 1959), together with the colouring that
 * attains it, and a lower bound from a packing of edge-disjoint unbalanced cycles
 * (every unbalanced cycle contains at least one frustrated edge under any colouring,
 * so k edge-disjoint unbalanced cycles prove L(G) ≥ k).
 *
 * Method: balanced spanning-tree states — colour along a BFS tree so that every tree
 * edge is satisfied (the "tree states" idea of graphB / graphB+, and the switching
 * view of Aref, Mason & Wilson 2018/2020, "Computing the line index of balance using
 * linear programming optimisation" and "A modeling and computational study of the
 * frustration index in signed networks") — and random colourings, each descended by
 * single-node flips (a node flips when most of its incident edges are frustrated, as in
 * the relocation heuristics of Doreian & Mrvar 1996/2009), followed by iterated local
 * search: flip a random connected cluster, descend, keep the result when it is no
 * worse. Degree-≤1 nodes (peeled iteratively: the 2-core) never carry a frustrated
 * edge in an optimal colouring and are coloured at the end.
 *
 * Deterministic for a given seed as long as the stagnation rule, not the time limit,
 * ends the search.
 */
import { type SignedGraph, adjacency, type Adjacency } from '../graph.ts';
import type { FrustrationOptions, FrustrationResult } from './types.ts';
import { rng } from '../random.ts';

export { rng } from '../random.ts';

/** Frustrated edges of `g` under `colour`, and their count. */
export function evaluateColouring(g: SignedGraph, colour: Int8Array): { value: number; frustrated: Uint8Array } {
  const m = g.u.length;
  const frustrated = new Uint8Array(m);
  let value = 0;
  for (let e = 0; e < m; e++) {
    if (g.sign[e] * colour[g.u[e]] * colour[g.v[e]] < 0) { frustrated[e] = 1; value++; }
  }
  return { value, frustrated };
}

/**
 * Nodes of the 2-core (after iteratively peeling nodes of degree ≤ 1) and the peeling
 * order with each peeled node's remaining edge (or −1), so colourings extend for free.
 */
export function twoCore(g: SignedGraph, adj: Adjacency = adjacency(g)): { inCore: Uint8Array; order: Int32Array; via: Int32Array; count: number } {
  const n = g.labels.length;
  const deg = new Int32Array(n);
  for (let i = 0; i < n; i++) deg[i] = adj.off[i + 1] - adj.off[i];
  const inCore = new Uint8Array(n).fill(1); // cleared when a node is queued for peeling
  const removed = new Uint8Array(n);
  const order = new Int32Array(n), via = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  let sp = 0, count = 0;
  for (let i = 0; i < n; i++) if (deg[i] <= 1) { stack[sp++] = i; inCore[i] = 0; }
  while (sp > 0) {
    const x = stack[--sp];
    removed[x] = 1;
    order[count++] = x;
    for (let k = adj.off[x]; k < adj.off[x + 1]; k++) {
      const y = adj.nbr[k];
      if (removed[y]) continue;
      via[x] = adj.eid[k]; // at most one neighbour is left when x is peeled
      if (--deg[y] <= 1 && inCore[y]) { inCore[y] = 0; stack[sp++] = y; }
    }
  }
  return { inCore, order: order.subarray(0, count), via, count };
}

/** Colour the peeled (non-core) nodes so that their edge to the rest is satisfied. */
export function extendFromCore(g: SignedGraph, colour: Int8Array, core: { order: Int32Array; via: Int32Array }): void {
  for (let k = core.order.length - 1; k >= 0; k--) {
    const x = core.order[k], e = core.via[x];
    if (e < 0) { if (colour[x] === 0) colour[x] = 1; continue; }
    const y = g.u[e] === x ? g.v[e] : g.u[e];
    colour[x] = (g.sign[e] * (colour[y] || 1)) as -1 | 1;
  }
}

/**
 * Lower bound: greedy packing of edge-disjoint unbalanced cycles — unbalanced
 * triangles first, then rounds of BFS trees over the unused edges, each closing
 * non-tree edge whose fundamental cycle is unbalanced and unused gives one more cycle.
 * Stops (still valid, just weaker) at `deadline` (performance.now() ms).
 */
export function packingLowerBound(g: SignedGraph, adj: Adjacency = adjacency(g), deadline = Infinity, seed = 1): number {
  const n = g.labels.length, m = g.u.length;
  const used = new Uint8Array(m);
  let count = 0;
  // 1. Unbalanced triangles (forward algorithm on degree order).
  const rank = new Int32Array(n);
  {
    const idx = new Int32Array(n);
    for (let i = 0; i < n; i++) idx[i] = i;
    const deg = (i: number) => adj.off[i + 1] - adj.off[i];
    idx.sort((a, b) => deg(a) - deg(b) || a - b);
    for (let r = 0; r < n; r++) rank[idx[r]] = r;
  }
  const mark = new Int32Array(n).fill(-1), markE = new Int32Array(n);
  for (let a = 0; a < n; a++) {
    if ((a & 1023) === 0 && performance.now() > deadline) return count;
    for (let k = adj.off[a]; k < adj.off[a + 1]; k++) { mark[adj.nbr[k]] = a; markE[adj.nbr[k]] = adj.eid[k]; }
    for (let k = adj.off[a]; k < adj.off[a + 1]; k++) {
      const b = adj.nbr[k], eab = adj.eid[k];
      if (rank[b] <= rank[a] || used[eab]) continue;
      for (let l = adj.off[b]; l < adj.off[b + 1]; l++) {
        const c = adj.nbr[l];
        if (rank[c] <= rank[b] || mark[c] !== a) continue;
        const ebc = adj.eid[l], eac = markE[c];
        if (used[ebc] || used[eac] || used[eab]) continue;
        if (g.sign[eab] * g.sign[ebc] * g.sign[eac] < 0) {
          used[eab] = used[ebc] = used[eac] = 1; count++;
          break;
        }
      }
    }
  }
  // 2. Rounds of BFS forests over unused edges.
  const rand = rng(seed);
  const par = new Int8Array(n), pe = new Int32Array(n), depth = new Int32Array(n), seen = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const confl: number[] = [];
  for (let round = 0; ; round++) {
    if (performance.now() > deadline) break;
    confl.length = 0;
    const start = Math.floor(rand() * n);
    for (let t = 0; t < n; t++) {
      const r = (start + t) % n;
      if (seen[r] === round) continue;
      seen[r] = round; par[r] = 1; pe[r] = -1; depth[r] = 0;
      let qh = 0, qt = 0;
      queue[qt++] = r;
      while (qh < qt) {
        const x = queue[qh++];
        for (let k = adj.off[x]; k < adj.off[x + 1]; k++) {
          const e = adj.eid[k];
          if (used[e]) continue;
          const y = adj.nbr[k];
          if (seen[y] !== round) {
            seen[y] = round; par[y] = (par[x] * g.sign[e]) as -1 | 1; pe[y] = e; depth[y] = depth[x] + 1;
            queue[qt++] = y;
          } else if (e !== pe[x] && e !== pe[y] && x < y && par[x] * par[y] * g.sign[e] < 0) {
            confl.push(e);
          }
        }
      }
    }
    if (confl.length === 0) break;
    const cdepth = (e: number) => depth[g.u[e]] + depth[g.v[e]];
    confl.sort((a, b) => cdepth(a) - cdepth(b));
    let found = 0;
    for (const e of confl) {
      if (used[e]) continue;
      let a = g.u[e], b = g.v[e], ok = true;
      // walk up to the lowest common ancestor checking edges are unused
      let x = a, y = b;
      while (x !== y) {
        if (depth[x] >= depth[y]) { if (used[pe[x]]) { ok = false; break; } x = g.u[pe[x]] === x ? g.v[pe[x]] : g.u[pe[x]]; }
        else { if (used[pe[y]]) { ok = false; break; } y = g.u[pe[y]] === y ? g.v[pe[y]] : g.u[pe[y]]; }
      }
      if (!ok) continue;
      used[e] = 1;
      x = a; y = b;
      while (x !== y) {
        if (depth[x] >= depth[y]) { used[pe[x]] = 1; x = g.u[pe[x]] === x ? g.v[pe[x]] : g.u[pe[x]]; }
        else { used[pe[y]] = 1; y = g.u[pe[y]] === y ? g.v[pe[y]] : g.u[pe[y]]; }
      }
      found++;
    }
    count += found;
    if (found === 0) break; // cannot happen (the shortest conflict's path is unused), but be safe
  }
  return count;
}

/** Local CSR of an induced subgraph with the sign stored per adjacency slot. */
interface Local { n: number; off: Int32Array; nbr: Int32Array; sg: Int8Array; nodes: Int32Array; m: number }

function localGraph(g: SignedGraph, adj: Adjacency, keep: Uint8Array): Local {
  const N = g.labels.length;
  const loc = new Int32Array(N).fill(-1);
  let n = 0;
  for (let i = 0; i < N; i++) if (keep[i]) loc[i] = n++;
  const nodes = new Int32Array(n);
  for (let i = 0; i < N; i++) if (keep[i]) nodes[loc[i]] = i;
  const off = new Int32Array(n + 1);
  for (let li = 0; li < n; li++) {
    const i = nodes[li];
    let d = 0;
    for (let k = adj.off[i]; k < adj.off[i + 1]; k++) if (keep[adj.nbr[k]]) d++;
    off[li + 1] = off[li] + d;
  }
  const nbr = new Int32Array(off[n]), sg = new Int8Array(off[n]);
  for (let li = 0; li < n; li++) {
    const i = nodes[li];
    let p = off[li];
    for (let k = adj.off[i]; k < adj.off[i + 1]; k++) {
      const j = adj.nbr[k];
      if (keep[j]) { nbr[p] = loc[j]; sg[p++] = g.sign[adj.eid[k]]; }
    }
  }
  return { n, off, nbr, sg, nodes, m: off[n] >> 1 };
}

/** Mutable search state: colours s, d[i] = (#satisfied − #frustrated) incident edges, total F. */
class State {
  s: Int8Array; d: Int32Array; F = 0;
  log: Int32Array; logLen = 0; logging = false;
  queue: Int32Array; inQ: Uint8Array;
  constructor(readonly G: Local) {
    this.s = new Int8Array(G.n); this.d = new Int32Array(G.n);
    this.log = new Int32Array(1024);
    this.queue = new Int32Array(G.n); this.inQ = new Uint8Array(G.n);
  }
  load(col: Int8Array): void {
    const { n, off, nbr, sg } = this.G;
    this.s.set(col);
    let F2 = 0;
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let k = off[i]; k < off[i + 1]; k++) d += sg[k] * col[i] * col[nbr[k]];
      this.d[i] = d; F2 += off[i + 1] - off[i] - d;
    }
    this.F = F2 >> 2;
  }
  flip(i: number): void {
    const { off, nbr, sg } = this.G, s = this.s, d = this.d;
    this.F += d[i];
    const si = s[i];
    for (let k = off[i]; k < off[i + 1]; k++) { const j = nbr[k]; d[j] -= 2 * sg[k] * si * s[j]; }
    s[i] = -si as -1 | 1; d[i] = -d[i];
    if (this.logging) {
      if (this.logLen === this.log.length) { const nl = new Int32Array(this.log.length * 2); nl.set(this.log); this.log = nl; }
      this.log[this.logLen++] = i;
    }
  }
  /** Flip improving nodes until none is left; the queue holds candidate nodes. */
  descend(qt: number): void {
    const { off, nbr } = this.G, d = this.d, q = this.queue, inQ = this.inQ, n = this.G.n;
    let qh = 0, size = qt;
    while (size > 0) {
      const i = q[qh]; qh = qh + 1 === n ? 0 : qh + 1; size--; inQ[i] = 0;
      if (d[i] >= 0) continue;
      this.flip(i);
      for (let k = off[i]; k < off[i + 1]; k++) {
        const j = nbr[k];
        if (d[j] < 0 && !inQ[j]) { inQ[j] = 1; q[(qh + size) % n] = j; size++; }
      }
    }
  }
  descendAll(): void {
    let qt = 0;
    for (let i = 0; i < this.G.n; i++) if (this.d[i] < 0) { this.queue[qt++] = i; this.inQ[i] = 1; }
    this.descend(qt);
  }
  undo(to: number): void {
    const was = this.logging; this.logging = false;
    for (let k = this.logLen - 1; k >= to; k--) this.flip(this.log[k]);
    this.logLen = to; this.logging = was;
  }
}

/** BFS tree-state colouring from `root` (each component gets its own tree). */
function treeState(G: Local, root: number, out: Int8Array, queue: Int32Array, rand: () => number): void {
  out.fill(0);
  const { n, off, nbr, sg } = G;
  for (let t = 0; t < n; t++) {
    const r = t === 0 ? root : (root + t) % n;
    if (out[r] !== 0) continue;
    out[r] = rand() < 0.5 ? 1 : -1;
    let qh = 0, qt = 0;
    queue[qt++] = r;
    while (qh < qt) {
      const x = queue[qh++];
      // randomise the neighbour scan start so that trees differ beyond the root
      const a = off[x], b = off[x + 1], len = b - a;
      if (len === 0) continue;
      const st = Math.floor(rand() * len);
      for (let c = 0; c < len; c++) {
        const k = a + ((st + c) % len), y = nbr[k];
        if (out[y] === 0) { out[y] = (sg[k] * out[x]) as -1 | 1; queue[qt++] = y; }
      }
    }
  }
}

export interface HeuristicInternals {
  /** Optional starting colouring on the whole graph (e.g. from a previous run). */
  start?: Int8Array;
  /** A lower bound already known (skips the packing computation). */
  lowerBound?: number;
}

/** Frustration index upper bound by tree states + node-flip local search + iterated local search. */
export function frustrationHeuristic(g: SignedGraph, opts: FrustrationOptions & HeuristicInternals = {}): FrustrationResult {
  const t0 = performance.now();
  const limitMs = (opts.timeLimit ?? 10) * 1000;
  const deadline = t0 + limitMs;
  const seed = opts.seed ?? 1;
  const rand = rng(seed);
  const N = g.labels.length, M = g.u.length;
  const adj = adjacency(g);

  // Lower bound first (cheap; bounded to a fifth of the budget), used as a stopping rule.
  const lowerBound = opts.lowerBound ?? packingLowerBound(g, adj, t0 + limitMs * 0.2, seed);
  opts.onProgress?.({ phase: 'lower bound', value: M, lowerBound });

  const core = twoCore(g, adj);
  const G = localGraph(g, adj, core.inCore);
  const st = new State(G);
  const best = new Int8Array(G.n);
  let bestF = Infinity;
  const cand = new Int8Array(G.n);
  const rootBuf = new Int32Array(Math.max(G.n, 1));

  if (G.n > 0) {
    // Phase 1: starting states.
    if (opts.start) {
      for (let li = 0; li < G.n; li++) cand[li] = opts.start[G.nodes[li]] || 1;
      st.load(cand); st.descendAll();
      bestF = st.F; best.set(st.s);
    }
    const startBudget = t0 + limitMs * 0.25;
    const maxStarts = Math.max(4, Math.min(64, Math.floor(2e6 / (G.m + 1))));
    for (let t = 0; t < maxStarts && bestF > lowerBound; t++) {
      if (t >= 2 && performance.now() > startBudget) break;
      if (t % 4 === 3) { for (let i = 0; i < G.n; i++) cand[i] = rand() < 0.5 ? 1 : -1; }
      else treeState(G, Math.floor(rand() * G.n), cand, rootBuf, rand);
      st.load(cand); st.descendAll();
      if (st.F < bestF) { bestF = st.F; best.set(st.s); }
    }
    opts.onProgress?.({ phase: 'starts', value: bestF, lowerBound });

    // Phase 2: iterated local search from the best state.
    st.load(best); st.logging = true;
    const { off, nbr } = G;
    const maxCluster = Math.max(2, Math.min(40, G.n >> 1));
    const stagnation = Math.max(20000, 30 * G.n);
    const q = st.queue, inQ = st.inQ;
    const ball = new Int32Array(maxCluster + 1), inBall = new Uint8Array(G.n);
    let sinceBest = 0, it = 0;
    while (bestF > lowerBound && sinceBest < stagnation) {
      if ((it++ & 63) === 0 && performance.now() > deadline) break;
      const Fcur = st.F;
      st.logLen = 0;
      // perturb: flip a random BFS ball (connected cluster) of random size
      const size = 1 + Math.floor(rand() * rand() * maxCluster);
      const r = Math.floor(rand() * G.n);
      let bl = 0, bh = 0;
      ball[bl++] = r; inBall[r] = 1;
      while (bh < bl && bl < size) {
        const x = ball[bh++];
        const a = off[x], len = off[x + 1] - a;
        const s0 = Math.floor(rand() * (len || 1));
        for (let c = 0; c < len && bl < size; c++) {
          const y = nbr[a + ((s0 + c) % len)];
          if (!inBall[y]) { inBall[y] = 1; ball[bl++] = y; }
        }
      }
      let qt = 0;
      for (let k = 0; k < bl; k++) {
        const x = ball[k]; inBall[x] = 0;
        st.flip(x);
      }
      for (let k = 0; k < bl; k++) {
        const x = ball[k];
        if (!inQ[x] && st.d[x] < 0) { inQ[x] = 1; q[qt++] = x; }
        for (let l = off[x]; l < off[x + 1]; l++) {
          const y = nbr[l];
          if (!inQ[y] && st.d[y] < 0) { inQ[y] = 1; q[qt++] = y; }
        }
      }
      st.descend(qt);
      if (st.F < bestF) { bestF = st.F; best.set(st.s); sinceBest = 0; opts.onProgress?.({ phase: 'local search', value: bestF, lowerBound }); }
      else {
        sinceBest++;
        if (st.F > Fcur) st.undo(0);
      }
    }
  }

  const colour = new Int8Array(N);
  for (let li = 0; li < G.n; li++) colour[G.nodes[li]] = best[li];
  extendFromCore(g, colour, core);
  for (let i = 0; i < N; i++) if (colour[i] === 0) colour[i] = 1;
  const { value, frustrated } = evaluateColouring(g, colour);
  if (G.n > 0 && value !== bestF) throw new Error(`frustration heuristic: internal count ${bestF} disagrees with colouring (${value})`);
  const lb = Math.min(lowerBound, value);
  return {
    value, optimal: value === lb, lowerBound: lb, gap: (value - lb) / Math.max(value, 1),
    seconds: (performance.now() - t0) / 1000,
    method: 'heuristic (tree states + node-flip local search + iterated cluster flips; cycle-packing bound)',
    colour, frustrated,
  };
}
