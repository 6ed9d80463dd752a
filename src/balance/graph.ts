/**
 * The compact signed graph every balance algorithm works on: simple, undirected,
 * nodes numbered 0..n-1, each edge stored once with u < v, signs ±1, in typed
 * arrays so that million-edge graphs stay small and fast.
 */
export interface SignedGraph {
  /** Node labels by index. */
  labels: string[];
  /** Edge endpoints (u < v), sign (+1/-1) and weight (>0; 1 when the input had none). */
  u: Int32Array;
  v: Int32Array;
  sign: Int8Array;
  weight: Float64Array;
}

/** Compressed adjacency: neighbours of node i are nbr[off[i]..off[i+1]), with the edge index in eid. */
export interface Adjacency {
  off: Int32Array;
  nbr: Int32Array;
  eid: Int32Array;
}

export const nodeCount = (g: SignedGraph) => g.labels.length;
export const edgeCount = (g: SignedGraph) => g.u.length;

/**
 * Build a graph from already-clean undirected edges (no self-loops, no duplicates).
 * Use `fromEdgeList` (edges.ts) for raw input that needs validation and merging.
 */
export function fromEdges(edges: Iterable<{ a: string; b: string; sign: number; weight?: number }>): SignedGraph {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const id = (s: string) => {
    let i = index.get(s);
    if (i === undefined) { i = labels.length; index.set(s, i); labels.push(s); }
    return i;
  };
  const us: number[] = [], vs: number[] = [], ss: number[] = [], ws: number[] = [];
  for (const e of edges) {
    const a = id(e.a), b = id(e.b);
    if (a === b) throw new Error(`self-loop on ${e.a}`);
    us.push(Math.min(a, b)); vs.push(Math.max(a, b));
    ss.push(e.sign > 0 ? 1 : -1);
    ws.push(e.weight ?? 1);
  }
  return { labels, u: Int32Array.from(us), v: Int32Array.from(vs), sign: Int8Array.from(ss), weight: Float64Array.from(ws) };
}

export function adjacency(g: SignedGraph): Adjacency {
  const n = g.labels.length, m = g.u.length;
  const deg = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) { deg[g.u[e]]++; deg[g.v[e]]++; }
  const off = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) off[i + 1] = off[i] + deg[i];
  const fill = off.slice(0, n);
  const nbr = new Int32Array(2 * m), eid = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = g.u[e], b = g.v[e];
    nbr[fill[a]] = b; eid[fill[a]++] = e;
    nbr[fill[b]] = a; eid[fill[b]++] = e;
  }
  return { off, nbr, eid };
}
