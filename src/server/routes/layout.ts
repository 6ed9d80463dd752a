/**
 * GET /api/layout?level=country: node positions computed once over the union
 * of all windows, so the graph keeps its shape as the user moves through time
 * and a change of sign shows as a change, not a reshuffle. Circular start
 * (nodes in code order: deterministic), then ForceAtlas2 (Jacomy et al. 2014,
 * graphology-layout-forceatlas2) where cooperative ties pull ten times harder
 * than hostile ones, so allies settle together.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import { UndirectedGraph } from 'graphology';
import * as circularNs from 'graphology-layout/circular.js';
import * as fa2Ns from 'graphology-layout-forceatlas2';
import type { ServerContext } from '../context.ts';
import type { Level } from '../dataset.ts';
import { LevelParam, query } from '../errors.ts';
import { Lru } from '../cache.ts';

// CommonJS modules: their default export is module.exports
const circular = (circularNs as any).default as typeof import('graphology-layout/circular.js').default;
const forceAtlas2 = (fa2Ns as any).default as typeof import('graphology-layout-forceatlas2').default;

export async function computeLayout(ctx: ServerContext, level: Level): Promise<Record<string, [number, number]>> {
  const g = new UndirectedGraph();
  const windows = await ctx.dataset.windows();
  const weights = new Map<string, number>();
  const ids = new Set<string>();
  for (const w of windows) {
    const net = await ctx.network(w.id, level);
    for (const n of net.nodes) ids.add(n.id);
    for (const e of net.edges) {
      const k = `${e.a}\u0000${e.b}`;
      weights.set(k, (weights.get(k) ?? 0) + (e.sign > 0 ? 1 : e.sign < 0 ? 0.1 : 0.3));
    }
  }
  for (const id of [...ids].sort()) g.addNode(id);
  for (const [k, w] of weights) {
    const [a, b] = k.split('\u0000');
    g.addEdge(a, b, { weight: w });
  }
  if (g.order === 0) return {};
  circular.assign(g, { scale: 100 });
  const settings = forceAtlas2.inferSettings(g);
  const iterations = g.size > 20000 ? 60 : g.size > 3000 ? 150 : 400;
  forceAtlas2.assign(g, { iterations, settings: { ...settings, barnesHutOptimize: g.order > 500, edgeWeightInfluence: 1 }, getEdgeWeight: 'weight' });
  const out: Record<string, [number, number]> = {};
  g.forEachNode((n: string, a: any) => (out[n] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]));
  return out;
}

export function layoutRoutes(app: Hono, ctx: ServerContext): void {
  const cache = new Lru<Record<string, [number, number]>>(4);
  app.get('/api/layout', async (c) => {
    const { level } = query(c, z.object({ level: LevelParam.default('country') }).strict());
    // kept across new text: nodes added later are placed by the UI next to their neighbours
    return c.json({ level, positions: await cache.get(level, () => computeLayout(ctx, level)) });
  });
}
