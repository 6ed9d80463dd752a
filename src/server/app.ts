/**
 * The HTTP API and the web UI as one hono app. A small core: security headers,
 * a Host check against DNS rebinding, JSON errors (4xx with a message naming
 * the parameter; 500 without details), then one module per endpoint group
 * under routes/. `serve()` binds it with @hono/node-server (loopback by default).
 */
import { Hono } from 'hono';
import { serve as nodeServe, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Dataset } from './dataset.ts';
import { type Limits, type ServerContext, createContext } from './context.ts';
import { HttpError } from './errors.ts';
import { windowsRoutes } from './routes/windows.ts';
import { networkRoutes } from './routes/network.ts';
import { dyadRoutes } from './routes/dyad.ts';
import { balanceRoutes } from './routes/balance.ts';
import { whatifRoutes } from './routes/whatif.ts';
import { contradictionsRoutes } from './routes/contradictions.ts';
import { actorsRoutes } from './routes/actors.ts';
import { documentRoutes } from './routes/document.ts';
import { codeRoutes } from './routes/code.ts';
import { staticRoutes } from './routes/static.ts';
import { layoutRoutes } from './routes/layout.ts';

export interface AppOptions {
  /** Directory of the built web UI (web/dist), or null to serve the API only. */
  webRoot?: string | null;
  limits?: Partial<Limits>;
  /** Host header names accepted (DNS-rebinding guard); default: loopback names only. Empty array: any. */
  allowedHosts?: string[];
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/** bodyLimit's onError: a 413 with the cap in the message. */
export const tooLarge = (max: number) => () => {
  throw new HttpError(413, `body too large (at most ${max} bytes)`);
};

export function createApp(dataset: Dataset, opts: AppOptions = {}): { app: Hono; ctx: ServerContext } {
  const ctx = createContext(dataset, opts.limits);
  const hosts = opts.allowedHosts ?? LOOPBACK;
  const app = new Hono();

  app.use('*', async (c, next) => {
    if (hosts.length) {
      const host = (c.req.header('host') ?? '').replace(/:\d+$/, '').toLowerCase();
      if (!hosts.includes(host)) throw new HttpError(400, `host: '${host}' is not served here (bound to loopback)`);
    }
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message, status: err.status }, err.status);
    console.error(`entente serve: ${c.req.method} ${c.req.path}: ${(err as Error).message}`);
    return c.json({ error: 'internal error (see the server log)', status: 500 }, 500);
  });
  app.notFound((c) => c.json({ error: `no endpoint ${c.req.method} ${c.req.path} (see docs/api.md)`, status: 404 }, 404));

  app.get('/api', (c) => c.json({ name: 'entente', dataset: dataset.name, endpoints: ['/api/windows', '/api/timeline', '/api/network', '/api/dyad', '/api/balance', '/api/whatif', '/api/contradictions', '/api/actors', '/api/actor', '/api/document', '/api/code', '/api/layout'] }));
  windowsRoutes(app, ctx);
  networkRoutes(app, ctx);
  dyadRoutes(app, ctx);
  balanceRoutes(app, ctx);
  whatifRoutes(app, ctx);
  contradictionsRoutes(app, ctx);
  actorsRoutes(app, ctx);
  documentRoutes(app, ctx);
  codeRoutes(app, ctx);
  layoutRoutes(app, ctx);
  app.all('/api/*', (c) => {
    throw new HttpError(c.req.method === 'GET' ? 404 : 405, `no endpoint ${c.req.method} ${c.req.path} (see docs/api.md)`);
  });
  staticRoutes(app, opts.webRoot ?? null);
  app.all('*', (c) => c.json({ error: `method ${c.req.method} not allowed`, status: 405 }, 405));
  return { app, ctx };
}

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
  server: ServerType;
}

/** Listen on host:port (port 0: any free port) and resolve once bound. */
export function listen(app: Hono, host = '127.0.0.1', port = 0): Promise<Running> {
  return new Promise((resolvePromise, reject) => {
    const server = nodeServe({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      const h = host.includes(':') ? `[${host}]` : host;
      resolvePromise({
        url: `http://${h}:${info.port}`,
        port: info.port,
        server,
        close: () => new Promise<void>((r) => { (server as any).closeAllConnections?.(); server.close(() => r()); }),
      });
    });
    server.once('error', reject);
  });
}
