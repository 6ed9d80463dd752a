/**
 * GET /api/windows: the time windows with their event and document counts.
 * GET /api/timeline?level=: per window, nodes, edges and the balance summary
 * (ratio, frustration) that the UI's timeline draws.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { LevelParam, query } from '../errors.ts';

export function windowsRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/windows', async (c) => {
    query(c, z.object({}).strict());
    return c.json({ windows: await ctx.dataset.windows() });
  });

  app.get('/api/timeline', async (c) => {
    const { level } = query(c, z.object({ level: LevelParam.default('country') }).strict());
    const windows = await ctx.dataset.windows();
    const points = [];
    for (const w of windows) {
      const net = await ctx.network(w.id, level);
      const signed = net.edges.filter((e) => e.sign !== 0);
      let r: any = null;
      try {
        r = signed.length ? await ctx.balance(w.id, level) : null;
      } catch {
        r = null;
      }
      points.push({
        window: w.id, from: w.from, to: w.to, events: w.events, documents: w.documents,
        nodes: net.nodes.length, edges: net.edges.length, positive: signed.filter((e) => e.sign > 0).length, negative: signed.filter((e) => e.sign < 0).length,
        balanceRatio: r?.balanceRatio ?? null, frustration: r?.frustration?.value ?? null, optimal: r?.frustration?.optimal ?? null,
      });
    }
    return c.json({ level, points });
  });
}
