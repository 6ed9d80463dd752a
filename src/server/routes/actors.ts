/**
 * GET /api/actors?q=iran: actors whose code or name contains the query, most
 * active first. GET /api/actor?code=IRN&level=country: allies and adversaries
 * of one actor in every window (the sign and weight of each of its edges).
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { ActorCode, HttpError, LevelParam, intParam, query } from '../errors.ts';

export function actorsRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/actors', async (c) => {
    const p = query(c, z.object({ q: z.string().max(64, 'q: too long (max 64 characters)').default(''), limit: intParam(1, 500, 20) }).strict());
    return c.json({ actors: await ctx.dataset.actors(p.q, p.limit) });
  });

  app.get('/api/actor', async (c) => {
    const p = query(c, z.object({ code: ActorCode, level: LevelParam.default('country') }).strict());
    const windows = await ctx.dataset.windows();
    const series = [];
    let seen = false;
    for (const w of windows) {
      const net = await ctx.network(w.id, p.level);
      const node = net.nodes.find((n) => n.id === p.code);
      if (node) seen = true;
      const ties = net.edges
        .filter((e) => e.a === p.code || e.b === p.code)
        .map((e) => ({ other: e.a === p.code ? e.b : e.a, sign: e.sign, weight: e.weight, events: e.events }))
        .sort((x, y) => y.weight - x.weight);
      series.push({ window: w.id, activity: node?.activity ?? 0, allies: ties.filter((t) => t.sign > 0), adversaries: ties.filter((t) => t.sign < 0), neutral: ties.filter((t) => t.sign === 0) });
    }
    if (!seen) throw new HttpError(404, `code: actor '${p.code}' has no events in this database`);
    const label = (await ctx.dataset.actors(p.code, 5)).find((h) => h.code === p.code)?.name ?? p.code;
    return c.json({ code: p.code, name: label, level: p.level, windows: series });
  });
}
