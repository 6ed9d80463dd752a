/**
 * POST /api/code {text, date?, title?, source?, store?}: code the text into
 * events; with store: true it is written to the database and appears in the
 * networks. Text and body sizes are capped.
 */
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { HttpError, body } from '../errors.ts';
import { tooLarge } from '../app.ts';

export function codeRoutes(app: Hono, ctx: ServerContext): void {
  const Code = z
    .object({
      text: z.string().min(1, 'text: must not be empty').refine((t) => t.trim().length > 0, 'text: must not be blank'),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date: must be YYYY-MM-DD').refine((d) => !Number.isNaN(Date.parse(d)), 'date: not a calendar date').optional(),
      title: z.string().max(500, 'title: too long (max 500 characters)').optional(),
      source: z.string().max(200, 'source: too long (max 200 characters)').optional(),
      store: z.boolean({ message: 'store: must be true or false' }).default(false),
    })
    .strict();
  app.post('/api/code', bodyLimit({ maxSize: ctx.limits.codeBody, onError: tooLarge(ctx.limits.codeBody) }), async (c) => {
    const p = await body(c, Code);
    if (p.text.length > ctx.limits.codeText) throw new HttpError(413, `text: too long (${p.text.length} characters; at most ${ctx.limits.codeText})`);
    if (!ctx.dataset.code) throw new HttpError(405, 'this dataset has no text behind it: coding is not available');
    const out = await ctx.dataset.code(p);
    if (out.added > 0) ctx.invalidate();
    return c.json(out);
  });
}
