/**
 * Errors the API answers with, and parameter validation with zod: every bad
 * request gets a 4xx and a one-line message naming the parameter; anything
 * unexpected is logged and answered with a bare 500 (never a stack trace).
 */
import type { Context } from 'hono';
import { z } from 'zod';

export class HttpError extends Error {
  constructor(readonly status: 400 | 404 | 405 | 409 | 413 | 415 | 422 | 503, message: string) {
    super(message);
  }
}

/** One line per issue: `window: too long (max 40)`. */
export function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ` : '') + i.message)
    .join('; ');
}

/** Validate the query string against a strict zod object (unknown parameters are errors too). */
export function query<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const url = new URL(c.req.url);
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) {
    if (k in raw) throw new HttpError(400, `${k}: given more than once`);
    raw[k] = v;
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new HttpError(400, describe(r.error));
  return r.data;
}

/** Read and validate a JSON body (its size is capped by the bodyLimit middleware before this). */
export async function body<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new HttpError(415, 'body must be JSON (Content-Type: application/json)');
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch (e) {
    if (e instanceof HttpError) throw e;
    throw new HttpError(400, 'body is not valid JSON');
  }
  const r = schema.safeParse(raw);
  if (!r.success) throw new HttpError(400, describe(r.error));
  return r.data;
}

/** Shared parameter shapes. */
export const ActorCode = z
  .string()
  .min(1, 'must not be empty')
  .max(32, 'too long (max 32 characters)')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_+.-]*$/, 'must be an actor code: letters, digits and _ + . - (e.g. USA, IRNGOV, P5+1)')
  .transform((s) => s.toUpperCase());

export const WindowId = z
  .string()
  .min(1, 'must not be empty')
  .max(40, 'too long (max 40 characters)')
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'must be a window id from /api/windows (e.g. 2014-Q3)');

export const LevelParam = z.enum(['actor', 'country'], { message: "must be 'actor' or 'country'" });

/** A positive integer given as a query string, with bounds. */
export const intParam = (min: number, max: number, dflt: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `must be an integer between ${min} and ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `must be an integer between ${min} and ${max}`)
    .optional()
    .transform((n) => n ?? dflt);
