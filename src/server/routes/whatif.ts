/**
 * POST /api/whatif {window, level, changes: [{op: flip|remove|add, a, b, sign?}]}:
 * the balance of the window before and after the edits (frustration, ratio,
 * triads) and the actors that change bloc.
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { ActorCode, HttpError, LevelParam, WindowId, body } from '../errors.ts';
import { applyChanges, blocMoves, brief, report } from '../analysis.ts';
import { tooLarge } from '../app.ts';

const Change = z.discriminatedUnion('op', [
  z.object({ op: z.literal('flip'), a: ActorCode, b: ActorCode }).strict(),
  z.object({ op: z.literal('remove'), a: ActorCode, b: ActorCode }).strict(),
  z.object({ op: z.literal('add'), a: ActorCode, b: ActorCode, sign: z.union([z.literal(1), z.literal(-1)], { message: 'sign must be 1 or -1' }), weight: z.number().positive().max(1e6).optional() }).strict(),
], { message: "op must be 'flip', 'remove' or 'add'" });

const WhatIf = z.object({ window: WindowId, level: LevelParam.default('country'), changes: z.array(Change).min(1, 'give at least one change').max(50, 'at most 50 changes') }).strict();

export function whatifRoutes(app: Hono, ctx: ServerContext): void {
  app.post('/api/whatif', bodyLimit({ maxSize: ctx.limits.body, onError: tooLarge(ctx.limits.body) }), async (c) => {
    const p = await body(c, WhatIf);
    const net = await ctx.network(p.window, p.level);
    const known = new Set(net.nodes.map((n) => n.id));
    for (const [i, ch] of p.changes.entries()) {
      for (const k of ['a', 'b'] as const) if (ch.op !== 'add' && !known.has(ch[k])) throw new HttpError(404, `changes.${i}.${k}: actor '${ch[k]}' has no events in window ${p.window}`);
    }
    const edited = applyChanges(net.edges, p.changes);
    if (!edited.some((e) => e.sign !== 0)) throw new HttpError(422, 'changes: no signed edge would remain');
    const before = await ctx.balance(p.window, p.level);
    const after = await report(edited);
    const b = brief(before), a = brief(after);
    return c.json({
      window: p.window, level: p.level, changes: p.changes, before: b, after: a,
      delta: {
        frustration: a.frustration && b.frustration ? a.frustration.value - b.frustration.value : null,
        balanceRatio: a.balanceRatio != null && b.balanceRatio != null ? a.balanceRatio - b.balanceRatio : null,
      },
      blocMoves: blocMoves(before?.blocs, after?.blocs),
    });
  });
}
