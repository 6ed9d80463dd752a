/**
 * GET /api/balance?window=W&level=country[&a=A&b=B]: the balance report of a
 * window (triads, ratio against the null model, frustration and whether it is
 * proven optimal, blocs, the most tense edges) and, for a dyad, the sign
 * balance predicts with the triads that argue for and against it.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { ActorCode, HttpError, LevelParam, WindowId, intParam, query } from '../errors.ts';
import { report } from '../analysis.ts';

export function balanceRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/balance', async (c) => {
    const p = query(c, z.object({ window: WindowId, level: LevelParam.default('country'), a: ActorCode.optional(), b: ActorCode.optional(), tension: intParam(0, 1000, 15) }).strict());
    if ((p.a === undefined) !== (p.b === undefined)) throw new HttpError(400, 'a and b: give both actors of the dyad, or neither');
    if (p.a !== undefined && p.a === p.b) throw new HttpError(400, 'b: must differ from a');
    const net = await ctx.network(p.window, p.level);
    if (p.a && p.b) {
      const known = new Set(net.nodes.map((n) => n.id));
      for (const k of ['a', 'b'] as const) if (!known.has(p[k]!)) throw new HttpError(404, `${k}: actor '${p[k]}' has no events in window ${p.window}`);
    }
    const signed = net.edges.filter((e) => e.sign !== 0);
    if (!signed.length) return c.json({ window: p.window, level: p.level, nodes: net.nodes.length, edges: 0, empty: true, message: 'no signed edges in this window' });
    const r = p.a && p.b ? await report(net.edges, { predict: [[p.a, p.b]] }) : await ctx.balance(p.window, p.level);
    const tension = Array.isArray(r.tension) ? r.tension.slice(0, p.tension) : r.tension;
    return c.json({ window: p.window, level: p.level, ...r, tension });
  });
}
