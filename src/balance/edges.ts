/**
 * Signed graph input: edge lists (CSV, TSV, whitespace, Pajek .NET), graphology
 * graphs and entente's own signed edges, merged into the simple undirected
 * SignedGraph (graph.ts) the balance algorithms work on; plus connected components.
 *
 * Merging rule (documented, applied to every input): each record a→b with value x
 * (the sign column: a signed number, or +/−) counts towards the unordered pair
 * {a, b}. Per pair, P is the sum of the positive values and N the sum of the
 * absolute negative values. The pair's sign is sign(P − N) (the sign of the summed
 * weights) and its weight |P − N| (1 for a single ±1 record).
 * - A pair is *ambivalent* when its records disagree in sign (P > 0 and N > 0), e.g.
 *   a→b positive and b→a negative. By default (`ambivalent: 'drop'`) ambivalent pairs
 *   are dropped; with `ambivalent: 'keep'` they are kept with the sign of P − N. Pairs
 *   with P = N have no sign and are always dropped. Both are counted.
 *   (drop is the rule of the reference values for the Bitcoin graphs; keep is
 *   sign(w_ij + w_ji) dropping 0, the rule of the Sampson reference values.)
 * - Records with value 0 carry no sign: counted and ignored.
 * - Self-loops (a = b) are skipped and counted.
 * - Repeated records of a pair (duplicates, or both directions of a directed tie) are
 *   merged by the rule above and counted.
 * Only the merged pairs are kept in memory, so a file of any length streams in memory
 * bounded by the size of its graph.
 *
 * Sign values: any finite number (its sign; 0 is neutral), or '+', '-', '−'. Anything
 * else (words, NaN, empty) is an error naming FILE:LINE.
 *
 * Formats:
 * - delimited text: comma, tab, semicolon or whitespace separated (detected from the first
 *   data line); '#' and '%' comment lines skipped; a header line is recognised when its
 *   sign column is not a number and is matched by name (case-insensitive):
 *   from/source/src/voter/u/... , to/target/dst/nominee/v/... , sign/weight/rating/vote/value
 *   (so `from,to,sign`, `source,target,weight`, `From Node ID, To Node ID, Edge Weight`);
 *   without a header the first three columns are from, to, sign (more columns, e.g. a
 *   time stamp, are ignored).
 * - Pajek .NET: *Vertices n (with "labels"), then *Arcs and/or *Edges lines `i j [w]`
 *   (w defaults to 1); all declared vertices become nodes.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { SignedEdge } from '../model/types.ts';
import { adjacency, type SignedGraph } from './graph.ts';

export type Ambivalent = 'drop' | 'keep';

export interface ReadOptions {
  /** What to do with pairs whose records disagree in sign (default 'drop'). */
  ambivalent?: Ambivalent;
  /** Called for every record that is not a self-loop, with node indices (into the result's labels) and value. */
  onRecord?: (a: number, b: number, value: number) => void;
  /** Called every 100k lines with lines read and bytes read of the total. */
  onProgress?: (info: { lines: number; bytes: number; totalBytes: number }) => void;
}

/** What reading and merging did. */
export interface InputSummary {
  format: 'delimited' | 'pajek' | 'graphology' | 'signed-edges';
  /** Lines read (text input). */
  lines: number;
  /** Edge records seen (data lines, graphology edges, signed edges). */
  records: number;
  header: string[] | null;
  delimiter: string | null;
  selfLoops: number;
  /** Records with value 0 (no sign), ignored. */
  zeroRecords: number;
  /** Records merged into a pair already seen (duplicates and reciprocal directions). */
  merged: number;
  /** Pairs with records in both directions a→b and b→a. */
  reciprocalPairs: number;
  /** Pairs whose records disagree in sign. */
  ambivalentPairs: number;
  ambivalentKept: number;
  ambivalentDropped: number;
  /** Pairs whose values cancel exactly (P = N), dropped. */
  zeroSumPairs: number;
  /** Nodes without any kept edge (still nodes of the graph). */
  isolated: number;
  nodes: number;
  edges: number;
  positive: number;
  negative: number;
  ambivalentRule: Ambivalent;
}

export interface ReadResult {
  graph: SignedGraph;
  summary: InputSummary;
}

/** Accumulates records into unordered pairs; memory is O(nodes + pairs). */
class Merger {
  private index = new Map<string, number>();
  readonly labels: string[] = [];
  private pairIndex = new Map<number, number>();
  private pu: Int32Array = new Int32Array(1024);
  private pv: Int32Array = new Int32Array(1024);
  private pos: Float64Array = new Float64Array(1024);
  private neg: Float64Array = new Float64Array(1024);
  private dir: Uint8Array = new Uint8Array(1024); // bit 1: u→v seen, bit 2: v→u seen
  private np = 0;
  records = 0;
  selfLoops = 0;
  zeroRecords = 0;
  merged = 0;

  node(label: string): number {
    let i = this.index.get(label);
    if (i === undefined) {
      i = this.labels.length;
      if (i >= 1 << 26) throw new Error('more than 67 million nodes');
      this.index.set(label, i);
      this.labels.push(label);
    }
    return i;
  }

  add(a: number, b: number, value: number): void {
    this.records++;
    if (a === b) { this.selfLoops++; return; }
    if (value === 0) { this.zeroRecords++; return; }
    const u = a < b ? a : b, v = a < b ? b : a;
    const key = u * 67108864 + v;
    let p = this.pairIndex.get(key);
    if (p === undefined) {
      p = this.np++;
      if (p >= this.pu.length) this.grow();
      this.pairIndex.set(key, p);
      this.pu[p] = u; this.pv[p] = v;
    } else this.merged++;
    if (value > 0) this.pos[p] += value; else this.neg[p] -= value;
    this.dir[p] |= a === u ? 1 : 2;
  }

  private grow(): void {
    const n = this.pu.length * 2;
    const g32 = (x: Int32Array) => { const y = new Int32Array(n); y.set(x); return y; };
    const g64 = (x: Float64Array) => { const y = new Float64Array(n); y.set(x); return y; };
    this.pu = g32(this.pu); this.pv = g32(this.pv);
    this.pos = g64(this.pos); this.neg = g64(this.neg);
    const d = new Uint8Array(n); d.set(this.dir); this.dir = d;
  }

  finish(format: InputSummary['format'], ambivalent: Ambivalent, extra: { lines?: number; header?: string[] | null; delimiter?: string | null } = {}): ReadResult {
    const keep = new Uint8Array(this.np);
    let ambivalentPairs = 0, ambivalentKept = 0, ambivalentDropped = 0, zeroSumPairs = 0, reciprocalPairs = 0, m = 0;
    for (let p = 0; p < this.np; p++) {
      if (this.dir[p] === 3) reciprocalPairs++;
      const amb = this.pos[p] > 0 && this.neg[p] > 0;
      const s = this.pos[p] - this.neg[p];
      if (amb) ambivalentPairs++;
      if (s === 0) { zeroSumPairs++; continue; }
      if (amb) {
        if (ambivalent === 'drop') { ambivalentDropped++; continue; }
        ambivalentKept++;
      }
      keep[p] = 1; m++;
    }
    const u = new Int32Array(m), v = new Int32Array(m), sign = new Int8Array(m), weight = new Float64Array(m);
    const has = new Uint8Array(this.labels.length);
    let positive = 0;
    for (let p = 0, e = 0; p < this.np; p++) {
      if (!keep[p]) continue;
      const s = this.pos[p] - this.neg[p];
      u[e] = this.pu[p]; v[e] = this.pv[p];
      sign[e] = s > 0 ? 1 : -1;
      if (s > 0) positive++;
      weight[e] = Math.abs(s);
      has[u[e]] = has[v[e]] = 1;
      e++;
    }
    let isolated = 0;
    for (let i = 0; i < has.length; i++) if (!has[i]) isolated++;
    const graph: SignedGraph = { labels: this.labels, u, v, sign, weight };
    return {
      graph,
      summary: {
        format, lines: extra.lines ?? 0, records: this.records, header: extra.header ?? null, delimiter: extra.delimiter ?? null,
        selfLoops: this.selfLoops, zeroRecords: this.zeroRecords, merged: this.merged, reciprocalPairs,
        ambivalentPairs, ambivalentKept, ambivalentDropped, zeroSumPairs, isolated,
        nodes: this.labels.length, edges: m, positive, negative: m - positive, ambivalentRule: ambivalent,
      },
    };
  }
}

/** Parse a sign value; NaN when it is not one. */
export function parseSignValue(raw: string): number {
  const fast = +raw;
  if (fast === fast && raw.length > 0 && raw.charCodeAt(0) > 32 && fast !== Infinity && fast !== -Infinity) return fast;
  const s = raw.trim().replace(/^"(.*)"$/, '$1').replace(/\u2212/g, '-');
  if (s === '+') return 1;
  if (s === '-') return -1;
  if (s === '') return NaN;
  const x = Number(s);
  return Number.isFinite(x) ? x : NaN;
}

const FROM = /^(from|source|src|from[ _]?node([ _]?id)?|source[ _]?node([ _]?id)?|voter([ _]?id)?|node[ _]?1|u|a|i|rater|ego)$/i;
const TO = /^(to|target|tgt|dst|dest|destination|to[ _]?node([ _]?id)?|target[ _]?node([ _]?id)?|nominee([ _]?id)?|node[ _]?2|v|b|j|ratee|alter)$/i;
const SIGN = /^(sign|weight|rating|vote|value|polarity|edge[ _]?(weight|sign)|w|s)$/i;

function splitter(delim: string): (line: string) => string[] {
  if (delim === ' ') return (line) => line.trim().split(/\s+/);
  if (delim === ',') {
    return (line) => {
      if (!line.includes('"')) return line.split(',');
      const out: string[] = [];
      let cur = '', q = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (q) {
          if (c === '"') { if (line[i + 1] === '"') { cur += '"'; i++; } else q = false; } else cur += c;
        } else if (c === '"') q = true;
        else if (c === ',') { out.push(cur); cur = ''; } else cur += c;
      }
      out.push(cur);
      return out;
    };
  }
  return (line) => line.split(delim);
}

const unquote = (s: string) => {
  if (s.charCodeAt(0) <= 32 || s.charCodeAt(s.length - 1) <= 32) s = s.trim();
  return s.charCodeAt(0) === 34 && s.length >= 2 && s.charCodeAt(s.length - 1) === 34 ? s.slice(1, -1) : s;
};

/**
 * Read a signed edge list (CSV/TSV/whitespace or Pajek .NET), streaming; merge it into
 * a simple undirected signed graph by the documented rule. Errors name FILE:LINE.
 */
export async function readEdgeList(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const ambivalent = opts.ambivalent ?? 'drop';
  let totalBytes = 0;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new Error(`${path}: is a directory, not an edge list`);
    totalBytes = st.size;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new Error(`${path}: no such file`);
    throw e;
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  const mg = new Merger();
  let lineNo = 0;
  let mode: 'start' | 'delimited' | 'pajek-vertices' | 'pajek-edges' | 'pajek-skip' = 'start';
  let split: (line: string) => string[] = splitter(',');
  let delimiter: string | null = null;
  let header: string[] | null = null;
  let ca = 0, cb = 1, cs = 2;
  let pajek = false;
  const pajekIds = new Map<string, number>(); // Pajek vertex number → node index
  const pajekNode = (id: string) => {
    let i = pajekIds.get(id);
    if (i === undefined) { i = mg.node(id); pajekIds.set(id, i); }
    return i;
  };
  const fail = (msg: string): never => {
    throw new Error(`${path}:${lineNo}: ${msg}`);
  };
  let dataLines = 0;
  const processLine = (raw: string): void => {
    lineNo++;
    if (opts.onProgress && lineNo % 100000 === 0) opts.onProgress({ lines: lineNo, bytes: stream.bytesRead, totalBytes });
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    const c0 = line.charCodeAt(0), cl = line.charCodeAt(line.length - 1);
    const t = c0 <= 32 || cl <= 32 ? line.trim() : line;
    if (t === '' || t[0] === '#' || t[0] === '%') return;
    if (mode === 'start') {
      if (t.startsWith('*')) { pajek = true; mode = 'pajek-skip'; }
      else {
        delimiter = t.includes('\t') ? '\t' : t.includes(',') ? ',' : t.includes(';') ? ';' : ' ';
        split = splitter(delimiter);
        const f = split(t).map(unquote);
        if (f.length < 3) fail(`expected at least 3 columns (from, to, sign), found ${f.length}${f.length === 2 ? ': no sign column' : ''}`);
        if (Number.isNaN(parseSignValue(f[2])) && f.some((x) => FROM.test(x) || TO.test(x) || SIGN.test(x))) {
          // a header: match the columns by name
          header = f;
          const fa = f.findIndex((x) => FROM.test(x)), fb = f.findIndex((x) => TO.test(x)), fs = f.findIndex((x) => SIGN.test(x));
          ca = fa >= 0 ? fa : 0;
          cb = fb >= 0 ? fb : 1;
          cs = fs >= 0 ? fs : 2;
          if (ca === cb || ca === cs || cb === cs) fail(`cannot tell the from, to and sign columns apart in header ${JSON.stringify(t)}`);
          mode = 'delimited';
          return;
        }
        mode = 'delimited';
      }
    }
    if (pajek) {
      if (t.startsWith('*')) {
        const kw = t.slice(1).split(/\s+/)[0].toLowerCase();
        if (kw === 'vertices') mode = 'pajek-vertices';
        else if (kw === 'arcs' || kw === 'edges') mode = 'pajek-edges';
        else if (kw === 'network') mode = 'pajek-skip';
        else fail(`unsupported Pajek section ${JSON.stringify(t.split(/\s+/)[0])} (only *Vertices, *Arcs, *Edges)`);
        return;
      }
      if (mode === 'pajek-vertices') {
        const m = /^(\S+)\s*(?:"([^"]*)"|(\S+))?/.exec(t);
        if (!m) fail(`bad vertex line ${JSON.stringify(t)}`);
        const id = m![1], label = m![2] ?? m![3] ?? id;
        if (pajekIds.has(id)) fail(`vertex ${id} declared twice`);
        pajekIds.set(id, mg.node(label));
      } else if (mode === 'pajek-edges') {
        const f = t.split(/\s+/);
        if (f.length < 2) fail(`bad edge line ${JSON.stringify(t)}`);
        const x = f.length >= 3 ? parseSignValue(f[2]) : 1;
        if (Number.isNaN(x)) fail(`unknown sign value ${JSON.stringify(f[2])}`);
        dataLines++;
        const ia = pajekNode(f[0]), ib = pajekNode(f[1]);
        mg.add(ia, ib, x);
        if (opts.onRecord && ia !== ib) opts.onRecord(ia, ib, x);
      } else fail(`unexpected line before *Vertices/*Arcs/*Edges: ${JSON.stringify(t.slice(0, 60))}`);
      return;
    }
    const f = split(t);
    if (f.length <= Math.max(ca, cb, cs)) fail(`expected at least ${Math.max(ca, cb, cs) + 1} columns, found ${f.length}`);
    const a = unquote(f[ca]), b = unquote(f[cb]);
    if (a === '' || b === '') fail('empty node name');
    const x = parseSignValue(f[cs]);
    if (Number.isNaN(x)) fail(`unknown sign value ${JSON.stringify(f[cs].trim())} (expected a number or +/−)`);
    dataLines++;
    const ia = mg.node(a), ib = mg.node(b);
    mg.add(ia, ib, x);
    if (opts.onRecord && ia !== ib) opts.onRecord(ia, ib, x);
  };
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = rest + chunk;
    let start = 0, nl: number;
    while ((nl = text.indexOf('\n', start)) >= 0) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      processLine(text.slice(start, end));
      start = nl + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') processLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest);
  if (lineNo === 0 || mode === 'start') throw new Error(`${path}: empty file (no edges)`);
  if (dataLines === 0) throw new Error(`${path}: no edges (${header ? 'only a header' : 'no data lines'})`);
  return mg.finish(pajek ? 'pajek' : 'delimited', ambivalent, { lines: lineNo, header, delimiter });
}

/** Minimal structural view of a graphology graph (avoids a type dependency). */
export interface GraphologyLike {
  forEachEdge(cb: (edge: string, attr: Record<string, unknown>, source: string, target: string) => void): void;
  forEachNode?(cb: (node: string, attr: Record<string, unknown>) => void): void;
}

/**
 * A graphology graph (directed, undirected or mixed) as a SignedGraph: each edge's value
 * is its `sign` attribute times its `weight` attribute (default 1) when it has a sign,
 * else its `weight` attribute; merged by the rule above. Nodes without edges are kept.
 */
export function fromGraphology(graph: GraphologyLike, opts: { signAttribute?: string; weightAttribute?: string; ambivalent?: Ambivalent } = {}): ReadResult {
  const sa = opts.signAttribute ?? 'sign', wa = opts.weightAttribute ?? 'weight';
  const mg = new Merger();
  graph.forEachNode?.((n) => void mg.node(n));
  graph.forEachEdge((edge, attr, s, t) => {
    const sv = attr[sa], wv = attr[wa];
    const w = wv === undefined ? 1 : Number(wv);
    let x: number;
    if (sv !== undefined) {
      const sg = typeof sv === 'number' ? sv : parseSignValue(String(sv));
      if (Number.isNaN(sg) || !Number.isFinite(w)) throw new Error(`edge ${edge} (${s}→${t}): unknown sign value ${JSON.stringify(sv)}`);
      x = Math.sign(sg) * Math.abs(w);
    } else {
      if (wv === undefined || !Number.isFinite(w)) throw new Error(`edge ${edge} (${s}→${t}): no '${sa}' or numeric '${wa}' attribute`);
      x = w;
    }
    mg.add(mg.node(s), mg.node(t), x);
  });
  return mg.finish('graphology', opts.ambivalent ?? 'drop');
}

/**
 * entente's signed network edges as a SignedGraph: sign-0 (neutral) edges dropped, value
 * sign × weight (weight 1 when not positive), merged by the rule above.
 */
export function fromSignedEdges(edges: SignedEdge[], opts: { ambivalent?: Ambivalent } = {}): SignedGraph {
  return signedEdgesGraph(edges, opts).graph;
}

export function signedEdgesGraph(edges: SignedEdge[], opts: { ambivalent?: Ambivalent } = {}): ReadResult {
  const mg = new Merger();
  for (const e of edges) {
    if (e.sign === 0) continue;
    mg.add(mg.node(e.a), mg.node(e.b), e.sign * (e.weight > 0 ? e.weight : 1));
  }
  return mg.finish('signed-edges', opts.ambivalent ?? 'drop');
}

/** Connected components: component id per node (0..count-1, largest first) and sizes. */
export function components(g: SignedGraph): { count: number; comp: Int32Array; sizes: number[] } {
  const n = g.labels.length;
  const { off, nbr } = adjacency(g);
  const raw = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const sizes: number[] = [];
  for (let s = 0; s < n; s++) {
    if (raw[s] >= 0) continue;
    const c = sizes.length;
    let top = 0, size = 0;
    stack[top++] = s; raw[s] = c;
    while (top) {
      const x = stack[--top]; size++;
      for (let k = off[x]; k < off[x + 1]; k++) { const y = nbr[k]; if (raw[y] < 0) { raw[y] = c; stack[top++] = y; } }
    }
    sizes.push(size);
  }
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const rank = new Int32Array(sizes.length);
  order.forEach((c, r) => (rank[c] = r));
  const comp = raw.map((c) => rank[c]);
  return { count: sizes.length, comp, sizes: order.map((c) => sizes[c]) };
}

/** The subgraph induced by the nodes with keep[i] = 1; maps new node/edge indices to old. */
export function inducedSubgraph(g: SignedGraph, keep: Uint8Array): { graph: SignedGraph; nodes: Int32Array; edges: Int32Array } {
  const n = g.labels.length, m = g.u.length;
  const map = new Int32Array(n).fill(-1);
  const nodes: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) { map[i] = nodes.length; nodes.push(i); }
  const edges: number[] = [];
  for (let e = 0; e < m; e++) if (keep[g.u[e]] && keep[g.v[e]]) edges.push(e);
  const u = new Int32Array(edges.length), v = new Int32Array(edges.length), sign = new Int8Array(edges.length), weight = new Float64Array(edges.length);
  edges.forEach((e, k) => {
    const a = map[g.u[e]], b = map[g.v[e]];
    u[k] = Math.min(a, b); v[k] = Math.max(a, b); sign[k] = g.sign[e]; weight[k] = g.weight[e];
  });
  return { graph: { labels: nodes.map((i) => g.labels[i]), u, v, sign, weight }, nodes: Int32Array.from(nodes), edges: Int32Array.from(edges) };
}

/** The largest connected component (ties: the one holding the lowest node index). */
export function largestComponent(g: SignedGraph): SignedGraph {
  if (g.labels.length === 0) return g;
  const { comp } = components(g);
  return inducedSubgraph(g, Uint8Array.from(comp, (c) => (c === 0 ? 1 : 0))).graph;
}
