/**
 * GET /api/contradictions[?window=W]: dyads on which sources disagree (asserted
 * by one, denied by another; or opposite polarity), with both evidence sentences.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { WindowId, intParam, query } from '../errors.ts';

export function contradictionsRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/contradictions', async (c) => {
    const p = query(c, z.object({ window: WindowId.optional(), limit: intParam(1, 1000, 100) }).strict());
    return c.json({ contradictions: await ctx.dataset.contradictions(p.window ?? null, p.limit) });
  });
}
