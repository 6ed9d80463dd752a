/**
 * Exact frustration index (line index of balance) by mixed-integer programming.
 *
 * Computes L(G) = min over s: V → {±1} of |{uv ∈ E : σ(uv)·s(u)·s(v) = −1}| (Harary 1959)
 * with a proof of optimality, or — when the time limit is reached — the best colouring
 * found and a proven lower bound.
 *
 * Model (Aref, Mason & Wilson 2018, "Computing the line index of balance using linear
 * programming optimisation"; 2020, "A modeling and computational study of the
 * frustration index in signed networks", Networks 75): binary x_i (side of node i) and
 * f_e (edge e frustrated), minimise Σ f_e subject to
 *   positive e = ij:  f_e ≥ x_i − x_j,  f_e ≥ x_j − x_i
 *   negative e = ij:  f_e ≥ x_i + x_j − 1,  f_e ≥ 1 − x_i − x_j
 * one node per block fixed (the colouring is only defined up to switching everything),
 * and, for every triangle abc, valid parity cuts: the number of frustrated edges of a
 * cycle has the parity of its unbalancedness, so an unbalanced triangle has
 * f_a + f_b + f_c ≥ 1 and a balanced one f_a ≤ f_b + f_c (for each of its edges; a
 * balanced triangle never has exactly one frustrated edge). These are the triangle
 * cases of the odd-cycle inequalities for the cut polytope (Barahona & Mahjoub 1986).
 *
 * Reductions: frustration is additive over connected components and over biconnected
 * components (blocks): a cycle lies inside one block, and the colourings of two blocks
 * sharing a cut vertex can be switched independently to agree on it. Bridges (and so
 * all tree-like parts) are never frustrated. Blocks are found by an iterative Tarjan
 * search, tiny blocks are enumerated, blocks whose heuristic value meets their cycle-
 * packing lower bound are settled without a solver, and the remaining blocks go to
 * HiGHS (WebAssembly). Per block, the balanced-triangle cuts are separated on the LP
 * relaxation first (rounds of "add the violated ones", warm-started); when the LP bound
 * rounds up to the heuristic value the block is proven without branching, otherwise
 * the MILP with the collected cuts runs, started from the heuristic colouring (also
 * used as an objective cutoff). On timeout a block keeps the better of the heuristic
 * and HiGHS incumbents and contributes max(packing bound, LP bound, MIP dual bound).
 *
 * Set ENTENTE_FRUSTRATION_DEBUG=1 to log per-block solver progress to stderr.
 */
import highsModule from 'highs';
import type { Highs } from 'highs';

// The package is CommonJS with a default-export declaration; under NodeNext the default
// import may be typed as the module namespace, so resolve the loader explicitly.
const DEBUG = !!process.env.ENTENTE_FRUSTRATION_DEBUG;
const loadHighs = ((highsModule as unknown as { default?: unknown }).default ?? highsModule) as () => Promise<Highs>;
import { type SignedGraph, adjacency } from '../graph.ts';
import type { FrustrationOptions, FrustrationResult } from './types.ts';
import { evaluateColouring, frustrationHeuristic, packingLowerBound } from './heuristic.ts';


/** Biconnected components: block id per edge (bridges are one-edge blocks), and the block count. */
export function blocks(g: SignedGraph, adj = adjacency(g)): { blk: Int32Array; count: number } {
  const n = g.labels.length, m = g.u.length;
  const disc = new Int32Array(n).fill(-1), low = new Int32Array(n), pe = new Int32Array(n).fill(-1), it = new Int32Array(n);
  const blk = new Int32Array(m).fill(-1);
  const stack = new Int32Array(n), es = new Int32Array(m);
  let time = 0, count = 0, esp = 0;
  for (let s = 0; s < n; s++) {
    if (disc[s] >= 0) continue;
    let sp = 0;
    stack[sp++] = s; disc[s] = low[s] = time++; it[s] = adj.off[s];
    while (sp > 0) {
      const x = stack[sp - 1];
      if (it[x] < adj.off[x + 1]) {
        const k = it[x]++;
        const e = adj.eid[k], y = adj.nbr[k];
        if (e === pe[x]) continue;
        if (disc[y] < 0) {
          es[esp++] = e; pe[y] = e; disc[y] = low[y] = time++; it[y] = adj.off[y];
          stack[sp++] = y;
        } else if (disc[y] < disc[x]) {
          es[esp++] = e;
          if (disc[y] < low[x]) low[x] = disc[y];
        }
      } else {
        sp--;
        if (sp > 0) {
          const p = stack[sp - 1];
          if (low[x] < low[p]) low[p] = low[x];
          if (low[x] >= disc[p]) {
            const b = count++;
            let e: number;
            do { e = es[--esp]; blk[e] = b; } while (e !== pe[x]);
          }
        }
      }
    }
  }
  return { blk, count };
}

/** A block as a small standalone graph plus the map back to the original nodes/edges. */
interface Block { id: number; nodes: Int32Array; edges: Int32Array; g: SignedGraph }

function blockGraph(g: SignedGraph, id: number, edges: Int32Array, loc: Int32Array, stamp: Int32Array): Block {
  const nodesArr: number[] = [];
  for (const e of edges) for (const x of [g.u[e], g.v[e]]) if (stamp[x] !== id) { stamp[x] = id; loc[x] = nodesArr.length; nodesArr.push(x); }
  const mb = edges.length;
  const u = new Int32Array(mb), v = new Int32Array(mb), sign = new Int8Array(mb);
  for (let k = 0; k < mb; k++) {
    const e = edges[k], a = loc[g.u[e]], b = loc[g.v[e]];
    u[k] = Math.min(a, b); v[k] = Math.max(a, b); sign[k] = g.sign[e];
  }
  const nodes = Int32Array.from(nodesArr);
  return { id, nodes, edges, g: { labels: nodesArr.map((x) => g.labels[x]), u, v, sign, weight: new Float64Array(mb).fill(1) } };
}

/** Minimum frustration of a tiny graph by enumerating all colourings (node 0 fixed to +1). */
function bruteForce(g: SignedGraph): { value: number; colour: Int8Array } {
  const n = g.labels.length, m = g.u.length;
  let best = Infinity, bestMask = 0;
  for (let mask = 0; mask < 1 << (n - 1); mask++) {
    let f = 0;
    for (let e = 0; e < m && f < best; e++) {
      const a = g.u[e], b = g.v[e];
      const sa = a === 0 ? 0 : (mask >> (a - 1)) & 1, sb = b === 0 ? 0 : (mask >> (b - 1)) & 1;
      if ((sa ^ sb) === (g.sign[e] > 0 ? 1 : 0)) f++;
    }
    if (f < best) { best = f; bestMask = mask; }
  }
  const colour = new Int8Array(n);
  for (let i = 0; i < n; i++) colour[i] = i === 0 ? 1 : ((bestMask >> (i - 1)) & 1 ? -1 : 1);
  return { value: best, colour };
}

/** Triangles of a (block) graph as edge-index triples. */
function triangles(g: SignedGraph): Int32Array {
  const n = g.labels.length;
  const adj = adjacency(g);
  const deg = (i: number) => adj.off[i + 1] - adj.off[i];
  const rank = new Int32Array(n);
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => deg(a) - deg(b) || a - b);
  idx.forEach((x, r) => { rank[x] = r; });
  const mark = new Int32Array(n).fill(-1), markE = new Int32Array(n);
  const out: number[] = [];
  for (let a = 0; a < n; a++) {
    for (let k = adj.off[a]; k < adj.off[a + 1]; k++) { mark[adj.nbr[k]] = a; markE[adj.nbr[k]] = adj.eid[k]; }
    for (let k = adj.off[a]; k < adj.off[a + 1]; k++) {
      const b = adj.nbr[k];
      if (rank[b] <= rank[a]) continue;
      for (let l = adj.off[b]; l < adj.off[b + 1]; l++) {
        const c = adj.nbr[l];
        if (rank[c] <= rank[b] || mark[c] !== a) continue;
        out.push(adj.eid[k], adj.eid[l], markE[c]);
      }
    }
  }
  return Int32Array.from(out);
}

interface BlockSolution { value: number; lowerBound: number; optimal: boolean; colour: Int8Array }

/**
 * MILP for one block, started from `start` (±1 per block node), within `seconds`.
 * Rows: the edge constraints, f_a+f_b+f_c ≥ 1 per unbalanced triangle, and the balanced-
 * triangle cuts f_a ≤ f_b + f_c. With `separate`, the balanced-triangle cuts are not all
 * added up front: LP relaxations are solved and only violated cuts are added, round by
 * round, which keeps the MILP's LPs small (all cuts are valid, so the model stays exact).
 */
function solveBlockMilp(highs: Highs, b: SignedGraph, start: Int8Array, startValue: number, lower: number, seconds: number, seed: number, separate: boolean): BlockSolution {
  const t0 = performance.now();
  const n = b.labels.length, m = b.u.length;
  const tri = triangles(b);
  const nt = tri.length / 3;
  const numCols = n + m;
  const starts: number[] = [0], indices: number[] = [], values: number[] = [], rowLower: number[] = [];
  const row = (cols: number[], coefs: number[], lo: number) => {
    for (let k = 0; k < cols.length; k++) { indices.push(cols[k]); values.push(coefs[k]); }
    rowLower.push(lo); starts.push(indices.length);
  };
  for (let e = 0; e < m; e++) {
    const i = b.u[e], j = b.v[e], f = n + e;
    if (b.sign[e] > 0) { row([f, i, j], [1, -1, 1], 0); row([f, i, j], [1, 1, -1], 0); }
    else { row([f, i, j], [1, -1, -1], -1); row([f, i, j], [1, 1, 1], 1); }
  }
  // balanced-triangle cuts as a pool: cut 3t+k is "f_k ≤ sum of the other two" for triangle t
  const balanced = new Uint8Array(nt);
  for (let t = 0; t < nt; t++) {
    const a = n + tri[3 * t], c = n + tri[3 * t + 1], d = n + tri[3 * t + 2];
    if (b.sign[tri[3 * t]] * b.sign[tri[3 * t + 1]] * b.sign[tri[3 * t + 2]] < 0) row([a, c, d], [1, 1, 1], 1);
    else balanced[t] = 1;
  }
  const inModel = new Uint8Array(3 * nt);
  const addCut = (t: number, k: number) => {
    inModel[3 * t + k] = 1;
    const cols = [n + tri[3 * t], n + tri[3 * t + 1], n + tri[3 * t + 2]];
    const coefs = [1, 1, 1]; coefs[k] = -1;
    row(cols, coefs, 0);
  };
  // fix the highest-degree node at its starting side
  const deg = new Int32Array(n);
  for (let e = 0; e < m; e++) { deg[b.u[e]]++; deg[b.v[e]]++; }
  let root = 0;
  for (let i = 1; i < n; i++) if (deg[i] > deg[root]) root = i;
  const colLower = new Float64Array(numCols), colUpper = new Float64Array(numCols).fill(1);
  const x0 = start[root] > 0 ? 1 : 0;
  colLower[root] = colUpper[root] = x0;
  const colCost = new Float64Array(numCols);
  for (let e = 0; e < m; e++) colCost[n + e] = 1;
  const inf = highs.infinity;
  const build = (integer: boolean) => {
    const numRows = rowLower.length;
    return highs.createModel({
      numCols, numRows, colCost, colLower, colUpper, rowLower: Float64Array.from(rowLower), rowUpper: new Float64Array(numRows).fill(inf),
      matrix: { format: 'csr', numRows, numCols, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: Float64Array.from(values) },
      ...(integer ? { integrality: new Int32Array(numCols).fill(1) } : {}),
    });
  };
  if (!separate) {
    for (let t = 0; t < nt; t++) if (balanced[t]) for (let k = 0; k < 3; k++) addCut(t, k);
  } else {
    // cutting-plane rounds on the LP relaxation (at most 60% of the time: they usually close the gap)
    const lpDeadline = t0 + seconds * 600;
    const lp = build(false);
    let proven = false;
    try {
      lp.options.set({ output_flag: false, random_seed: seed });
      for (let round = 0; round < 50 && performance.now() < lpDeadline; round++) {
        lp.options.set({ time_limit: Math.max(0.01, (lpDeadline - performance.now()) / 1000) });
        lp.run();
        if (lp.getModelStatus() !== highs.constants.modelStatus.optimal) { if (DEBUG) console.error(`  lp status ${lp.getModelStatus()}`); break; }
        // the relaxation with valid cuts bounds the block from below
        lower = Math.max(lower, Math.ceil(lp.getObjectiveValue() - 1e-6));
        if (lower >= startValue) { proven = true; break; }
        const x = lp.getSolution().colValue;
        const before = rowLower.length, nzBefore = indices.length;
        for (let t = 0; t < nt; t++) {
          if (!balanced[t]) continue;
          const fa = x[n + tri[3 * t]], fb = x[n + tri[3 * t + 1]], fc = x[n + tri[3 * t + 2]];
          if (!inModel[3 * t] && fa > fb + fc + 1e-6) addCut(t, 0);
          if (!inModel[3 * t + 1] && fb > fa + fc + 1e-6) addCut(t, 1);
          if (!inModel[3 * t + 2] && fc > fa + fb + 1e-6) addCut(t, 2);
        }
        const added = rowLower.length - before;
        if (DEBUG) console.error(`  lp round ${round}: obj ${lp.getObjectiveValue().toFixed(2)} added ${added} at ${(performance.now() - t0).toFixed(0)} ms`);
        if (added === 0) break;
        const rs = new Int32Array(added + 1);
        for (let k = 0; k <= added; k++) rs[k] = starts[before + k] - nzBefore;
        lp.addRows({
          lower: Float64Array.from(rowLower.slice(before)), upper: new Float64Array(added).fill(inf),
          matrix: { format: 'csr', numRows: added, numCols, starts: rs, indices: Int32Array.from(indices.slice(nzBefore)), values: Float64Array.from(values.slice(nzBefore)) },
        });
      }
    } finally {
      lp.dispose();
    }
    if (proven) return { value: startValue, lowerBound: startValue, optimal: true, colour: start };
  }
  const model = build(true);
  if (DEBUG) console.error(`block n=${n} m=${m} triangles=${nt} rows=${rowLower.length} prep+lp ${(performance.now() - t0).toFixed(0)} ms`);
  try {
    const left = Math.max(0.01, seconds - (performance.now() - t0) / 1000);
    model.options.set({ output_flag: false, time_limit: left, mip_rel_gap: 0, mip_abs_gap: 0.99, random_seed: seed, objective_bound: startValue + 0.5 });
    const sol = new Float64Array(numCols);
    for (let i = 0; i < n; i++) sol[i] = start[i] > 0 ? 1 : 0;
    for (let e = 0; e < m; e++) sol[n + e] = b.sign[e] * start[b.u[e]] * start[b.v[e]] < 0 ? 1 : 0;
    model.setSolution({ colValue: sol });
    const res = model.run();
    if (DEBUG) console.error(`milp status ${res.modelStatus} total ${(performance.now() - t0).toFixed(0)} ms nodes ${model.info.get('mip_node_count')}`);
    const optimal = res.modelStatus === highs.constants.modelStatus.optimal;
    let colour = start, value = startValue;
    let primalOk = false;
    try { primalOk = Number(model.info.get('primal_solution_status')) === 2; } catch { primalOk = false; }
    if (primalOk) {
      const x = model.getSolution().colValue;
      const c = new Int8Array(n);
      for (let i = 0; i < n; i++) c[i] = x[i] > 0.5 ? 1 : -1;
      const v = evaluateColouring(b, c).value;
      if (v < value) { value = v; colour = c; }
    }
    let lb = lower;
    if (optimal) lb = value;
    else {
      try {
        const db = Number(model.info.get('mip_dual_bound'));
        if (Number.isFinite(db)) lb = Math.max(lb, Math.ceil(db - 1e-6));
      } catch { /* no bound available */ }
    }
    lb = Math.min(lb, value);
    return { value, lowerBound: lb, optimal: optimal || lb === value, colour };
  } finally {
    model.dispose();
  }
}

export async function frustrationExact(g: SignedGraph, opts: FrustrationOptions = {}): Promise<FrustrationResult> {
  const t0 = performance.now();
  const limit = (opts.timeLimit ?? 10) * 1000;
  const deadline = t0 + limit;
  const seed = opts.seed ?? 1;
  const n = g.labels.length, m = g.u.length;
  const adj = adjacency(g);

  // 1. Upper bound and starting colouring from the heuristic.
  const heur = frustrationHeuristic(g, { timeLimit: Math.min(limit * 0.15, 3000) / 1000, seed });
  opts.onProgress?.({ phase: 'heuristic', value: heur.value, lowerBound: heur.lowerBound });
  const method = 'exact (HiGHS MILP per biconnected block, triangle cuts separated on the LP relaxation, heuristic start)';
  if (heur.optimal) {
    return { ...heur, seconds: (performance.now() - t0) / 1000, method: `${method}; proven by cycle packing` };
  }

  // 2. Blocks; per block: heuristic value, packing bound, then enumeration or MILP.
  const { blk, count } = blocks(g, adj);
  const bstart = new Int32Array(count + 1);
  for (let e = 0; e < m; e++) bstart[blk[e] + 1]++;
  for (let b = 0; b < count; b++) bstart[b + 1] += bstart[b];
  const fill = bstart.slice(0, count), bedges = new Int32Array(m);
  for (let e = 0; e < m; e++) bedges[fill[blk[e]]++] = e;
  const loc = new Int32Array(n), stamp = new Int32Array(n).fill(-1);
  const solved = new Map<number, { nodes: Int32Array; colour: Int8Array }>();
  const todo: { block: Block; start: Int8Array; ub: number; lb: number }[] = [];
  let totalUb = 0, totalLb = 0;
  for (let b = 0; b < count; b++) {
    const len = bstart[b + 1] - bstart[b];
    if (len < 3) continue; // bridges: never frustrated (a block with ≥ 2 edges has ≥ 3)
    let ub = 0;
    for (let k = bstart[b]; k < bstart[b + 1]; k++) ub += heur.frustrated[bedges[k]];
    if (ub === 0) continue;
    const block = blockGraph(g, b, bedges.subarray(bstart[b], bstart[b + 1]), loc, stamp);
    const nb = block.nodes.length;
    if (nb <= 14) {
      const bf = bruteForce(block.g);
      totalUb += bf.value; totalLb += bf.value;
      if (bf.value < ub) solved.set(b, { nodes: block.nodes, colour: bf.colour });
      continue;
    }
    const lb = Math.min(ub, packingLowerBound(block.g, undefined, t0 + limit * 0.3, seed));
    if (lb === ub) { totalUb += ub; totalLb += lb; continue; }
    const start = new Int8Array(nb);
    for (let i = 0; i < nb; i++) start[i] = heur.colour[block.nodes[i]];
    todo.push({ block, start, ub, lb });
  }
  opts.onProgress?.({ phase: 'blocks', value: totalUb + todo.reduce((s, t) => s + t.ub, 0), lowerBound: totalLb + todo.reduce((s, t) => s + t.lb, 0) });

  // 3. MILP per remaining block, smallest first (the largest gets the leftover time).
  todo.sort((a, b) => a.block.g.u.length - b.block.g.u.length);
  let highs: Highs | null = null;
  let pendingUb = todo.reduce((s, t) => s + t.ub, 0), pendingLb = todo.reduce((s, t) => s + t.lb, 0);
  for (let k = 0; k < todo.length; k++) {
    const { block, start, ub, lb } = todo[k];
    const remaining = deadline - performance.now();
    let res: BlockSolution = { value: ub, lowerBound: lb, optimal: false, colour: start };
    if (remaining > 5) {
      if (!highs) highs = await loadHighs();
      // share the remaining time in proportion to block size among the blocks left
      let rest = 0;
      for (let j = k; j < todo.length; j++) rest += todo[j].block.g.u.length;
      const share = k === todo.length - 1 ? remaining : Math.max(remaining * block.g.u.length / rest, Math.min(remaining, 200));
      try {
        res = solveBlockMilp(highs!, block.g, start, ub, lb, share / 1000, seed, true);
      } catch (err) {
        // a wasm fault leaves the instance unusable: drop it, keep the heuristic block value
        highs = null;
        if (!(err instanceof Error) || !/memory|bounds|unreachable|abort/i.test(err.message)) throw err;
      }
    }
    totalUb += res.value; totalLb += res.lowerBound;
    pendingUb -= ub; pendingLb -= lb;
    if (res.value < ub) solved.set(block.id, { nodes: block.nodes, colour: res.colour });
    opts.onProgress?.({ phase: `block ${k + 1}/${todo.length}`, value: totalUb + pendingUb, lowerBound: totalLb + pendingLb });
  }

  // 4. Stitch: walk the block–cut tree of each component, switching each block's colouring
  //    to agree with the already coloured vertex it is reached through.
  const colour = new Int8Array(n);
  const doneBlock = new Uint8Array(count);
  const queue = new Int32Array(n);
  const pos = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++) {
    if (colour[s] !== 0) continue;
    colour[s] = heur.colour[s] || 1;
    let qh = 0, qt = 0;
    queue[qt++] = s;
    while (qh < qt) {
      const x = queue[qh++];
      for (let k = adj.off[x]; k < adj.off[x + 1]; k++) {
        const b = blk[adj.eid[k]];
        if (doneBlock[b]) continue;
        doneBlock[b] = 1;
        const sol = solved.get(b);
        if (sol) {
          for (let i = 0; i < sol.nodes.length; i++) pos[sol.nodes[i]] = i;
          const flip = sol.colour[pos[x]] * colour[x];
          for (let i = 0; i < sol.nodes.length; i++) {
            const y = sol.nodes[i];
            if (y === x) continue;
            colour[y] = (sol.colour[i] * flip) as -1 | 1;
            queue[qt++] = y;
          }
        } else {
          const flip = heur.colour[x] * colour[x];
          for (let l = bstart[b]; l < bstart[b + 1]; l++) {
            const e = bedges[l];
            for (const y of [g.u[e], g.v[e]]) {
              if (y === x || colour[y] !== 0) continue;
              colour[y] = (heur.colour[y] * flip) as -1 | 1;
              queue[qt++] = y;
            }
          }
        }
      }
    }
  }
  const { value, frustrated } = evaluateColouring(g, colour);
  if (value !== totalUb) throw new Error(`frustrationExact: stitched colouring has ${value} frustrated edges, blocks sum to ${totalUb}`);
  const lowerBound = Math.max(Math.min(totalLb, value), heur.lowerBound);
  const optimal = lowerBound === value;
  return {
    value, optimal, lowerBound, gap: (value - lowerBound) / Math.max(value, 1),
    seconds: (performance.now() - t0) / 1000, method, colour, frustrated,
  };
}
