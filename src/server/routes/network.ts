/**
 * GET /api/network?window=W&level=country: nodes (with activity and bloc) and
 * signed weighted edges of one window.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { LevelParam, WindowId, query } from '../errors.ts';

/** Node → bloc index from a report's blocs, whatever their layout (groups of members, or an assignment map). */
export function blocIndex(blocs: any): Map<string, number> {
  const m = new Map<string, number>();
  if (!blocs) return m;
  const groups = Array.isArray(blocs) ? blocs : Array.isArray(blocs.groups) ? blocs.groups : Array.isArray(blocs.blocs) ? blocs.blocs : null;
  if (groups) groups.forEach((g: any, i: number) => (Array.isArray(g) ? g : g?.members ?? g?.nodes ?? []).forEach((n: string) => m.set(n, i)));
  else if (blocs.assignment && typeof blocs.assignment === 'object') for (const [n, i] of Object.entries(blocs.assignment)) m.set(n, Number(i));
  return m;
}

export function networkRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/network', async (c) => {
    const { window, level } = query(c, z.object({ window: WindowId, level: LevelParam.default('country') }).strict());
    const net = await ctx.network(window, level);
    // never hold the graph back for the balance report: blocs only when it is already computed
    // (the UI asks /api/balance next and recolours the nodes)
    const blocs = blocIndex(ctx.balanceIfReady(window, level)?.blocs);
    return c.json({ ...net, nodes: net.nodes.map((n) => ({ ...n, bloc: blocs.get(n.id) ?? null })) });
  });
}
