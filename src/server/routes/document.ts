/**
 * GET /api/document?id=HASH: a stored document's text (served as JSON, shown
 * by the UI as text, never as HTML) with its sentence offsets. The id is a
 * content hash looked up in the database; nothing here touches the filesystem.
 */
import type { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { HttpError, query } from '../errors.ts';

export function documentRoutes(app: Hono, ctx: ServerContext): void {
  app.get('/api/document', async (c) => {
    const { id } = query(c, z.object({ id: z.string().min(1, 'id: must not be empty').max(128, 'id: too long').regex(/^[A-Za-z0-9_-]+$/, 'id: must be a document id (letters, digits, - and _)') }).strict());
    const d = await ctx.dataset.document(id);
    if (!d) throw new HttpError(404, `id: no document '${id}'`);
    return c.json(d);
  });
}
