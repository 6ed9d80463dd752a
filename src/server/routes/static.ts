/**
 * The web UI's files, served only from one directory (web/dist): the request
 * path is decoded, normalised and must stay inside that directory; anything
 * else (`..`, encoded separators, NUL) is refused. Unknown paths are 404.
 */
import type { Hono } from 'hono';
import { readFile, stat } from 'node:fs/promises';
import { extname, posix, resolve, sep } from 'node:path';
import { HttpError } from '../errors.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2', '.map': 'application/json',
};

/** The file a URL path names inside `root`, or an HttpError. Exported for tests. */
export function resolveStatic(root: string, urlPath: string): string {
  let p: string;
  try {
    p = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'path: malformed percent-encoding');
  }
  if (p.includes('\0') || p.includes('\\')) throw new HttpError(400, 'path: invalid characters');
  if (p.split('/').includes('..')) throw new HttpError(400, 'path: must not leave the web root');
  const norm = posix.normalize('/' + p);
  if (norm.split('/').includes('..')) throw new HttpError(400, 'path: must not leave the web root');
  const file = resolve(root, '.' + (norm.endsWith('/') ? norm + 'index.html' : norm));
  const base = resolve(root);
  if (file !== base && !file.startsWith(base + sep)) throw new HttpError(400, 'path: must not leave the web root');
  return file;
}

/**
 * The page's first API calls, announced with the page (`Link: rel=preload`)
 * so that the browser fetches them while it loads the script: the UI's
 * defaults (level country) and, when the address names a window, its network.
 * The URLs are written exactly as web/src/api.ts writes them, or the browser
 * would not reuse the responses.
 */
export function preloads(window?: string): string {
  const urls = ['/api', '/api/windows', `/api/layout?${new URLSearchParams({ level: 'country' })}`];
  if (window && window.length <= 200) urls.push(`/api/network?${new URLSearchParams({ window, level: 'country' })}`);
  return urls.map((u) => `<${u}>; rel=preload; as=fetch; crossorigin`).join(', ');
}

export function staticRoutes(app: Hono, root: string | null): void {
  app.get('*', async (c) => {
    if (c.req.path.startsWith('/api/')) throw new HttpError(404, `no endpoint ${c.req.path} (see docs/api.md)`);
    if (!root) return c.text('entente: the web UI is not built (npm run build:web); the API is under /api/', 404);
    const file = resolveStatic(root, c.req.path);
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a file');
    } catch {
      return c.text('not found', 404);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const cacheControl = file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': cacheControl };
    if (file === resolve(root, 'index.html')) headers.link = preloads(c.req.query('window'));
    return c.body(await readFile(file), 200, headers);
  });
}
