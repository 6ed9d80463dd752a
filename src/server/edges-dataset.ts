/**
 * A dataset made of signed edge lists per window, with no text behind them:
 * e.g. the Correlates of War alliance/dispute networks (`window,from,to,sign`).
 * Serves the same API (windows, network, balance, what-if); dyads have an edge
 * but no evidence sentences, and nothing can be coded into it.
 */
import { readFileSync } from 'node:fs';
import type { SignedEdge } from '../model/types.ts';
import { countryTable } from '../model/countries.ts';
import type { ActorHit, Dataset, Level, Network, WindowInfo } from './dataset.ts';

export interface WindowEdge {
  window: string;
  a: string;
  b: string;
  sign: number;
  weight?: number;
}

export function edgesDataset(name: string, rows: WindowEdge[]): Dataset {
  const byWindow = new Map<string, Map<string, SignedEdge>>();
  for (const r of rows) {
    if (r.a === r.b || !r.sign) continue;
    let m = byWindow.get(r.window);
    if (!m) byWindow.set(r.window, (m = new Map()));
    const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
    const k = `${a}\u0000${b}`;
    const e = m.get(k);
    const sign = r.sign > 0 ? 1 : -1;
    if (e) {
      e.events++;
      e[sign > 0 ? 'cooperative' : 'hostile']++;
      e.weight += r.weight ?? 1;
    } else m.set(k, { a, b, sign, weight: r.weight ?? 1, cooperative: sign > 0 ? 1 : 0, hostile: sign < 0 ? 1 : 0, events: 1, confidence: 1 });
  }
  const names = new Map<string, { name: string }>();
  for (const c of countryTable().values()) if (c.cowAbb) names.set(c.cowAbb, c);
  for (const c of countryTable().values()) names.set(c.code, c);
  const nets = new Map<string, Network>();
  for (const [w, m] of byWindow) {
    const edges = [...m.values()];
    for (const e of edges) if (e.cooperative && e.hostile) e.sign = e.cooperative >= e.hostile ? 1 : -1;
    const deg = new Map<string, number>();
    for (const e of edges) for (const x of [e.a, e.b]) deg.set(x, (deg.get(x) ?? 0) + 1);
    const nodes = [...deg].map(([id, activity]) => ({ id, label: names.get(id)?.name ?? id, activity })).sort((x, y) => y.activity - x.activity || x.id.localeCompare(y.id));
    nets.set(w, { window: w, level: 'country', nodes, edges });
  }
  const windows: WindowInfo[] = [...nets.values()].map((n) => ({ id: n.window, from: null, to: null, events: n.edges.length, documents: 0 }));
  return {
    name,
    windows: async () => windows,
    network: async (w: string, level: Level) => {
      const n = nets.get(w);
      return n ? { ...n, level } : null;
    },
    dyad: async (a, b, window, level) => {
      const n = nets.get(window);
      if (!n) return null;
      const [x, y] = a < b ? [a, b] : [b, a];
      return { a, b, window, level, edge: n.edges.find((e) => e.a === x && e.b === y) ?? null, events: [], total: 0 };
    },
    document: async () => null,
    actors: async (q, limit) => {
      const deg = new Map<string, number>();
      for (const n of nets.values()) for (const v of n.nodes) deg.set(v.id, (deg.get(v.id) ?? 0) + v.activity);
      const needle = q.toLowerCase();
      const hits: ActorHit[] = [...deg].filter(([c]) => !needle || c.toLowerCase().includes(needle) || (names.get(c)?.name ?? '').toLowerCase().includes(needle)).map(([code, events]) => ({ code, name: names.get(code)?.name ?? null, country: names.has(code) ? code : null, events }));
      return hits.sort((x, y) => y.events - x.events).slice(0, limit);
    },
    contradictions: async () => [],
  };
}

/** Read a `window,from,to,sign[,weight]` CSV (the Correlates of War windows file's layout). */
export function readWindowEdges(path: string): WindowEdge[] {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const head = lines[0].split(',').map((s) => s.trim().toLowerCase());
  const col = (k: string[]) => head.findIndex((h) => k.includes(h));
  const [iw, ia, ib, is, iwt] = [col(['window']), col(['from', 'source', 'a']), col(['to', 'target', 'b']), col(['sign']), col(['weight'])];
  if (iw < 0 || ia < 0 || ib < 0 || is < 0) throw new Error(`${path}: line 1: need columns window, from, to, sign`);
  const out: WindowEdge[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const c = lines[i].split(',');
    const sign = Number(c[is]);
    if (!Number.isFinite(sign)) throw new Error(`${path}: line ${i + 1}: sign '${c[is]}' is not a number`);
    out.push({ window: c[iw].trim(), a: c[ia].trim(), b: c[ib].trim(), sign, weight: iwt >= 0 ? Number(c[iwt]) || 1 : undefined });
  }
  return out;
}
