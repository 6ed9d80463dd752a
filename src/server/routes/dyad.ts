/**
 * GET /api/dyad?a=A&b=B&window=W&level=country: the events between two actors
 * in a window (both directions) with flags and evidence sentences, spans
 * relative to the sentence.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { ActorCode, HttpError, LevelParam, WindowId, intParam, query } from '../errors.ts';

export function dyadRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/dyad', async (c) => {
    const p = query(c, z.object({ a: ActorCode, b: ActorCode, window: WindowId, level: LevelParam.default('country'), limit: intParam(1, 1000, 200) }).strict());
    if (p.a === p.b) throw new HttpError(400, 'b: must differ from a');
    const net = await ctx.network(p.window, p.level);
    const known = new Set(net.nodes.map((n) => n.id));
    for (const k of ['a', 'b'] as const) if (!known.has(p[k])) throw new HttpError(404, `${k}: actor '${p[k]}' has no events in window ${p.window}`);
    const d = await ctx.dataset.dyad(p.a, p.b, p.window, p.level, p.limit);
    if (!d) throw new HttpError(404, `window: no window '${p.window}' in this database (see /api/windows)`);
    return c.json(d);
  });
}
