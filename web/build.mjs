#!/usr/bin/env node
// Build the web UI (web/ → web/dist) with Vite when web/dist is missing or older
// than any source file; otherwise do nothing. Run by `npm start` and `npm test`
// (prestart/pretest) and by `entente demo`. `--force` always builds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const dist = join(root, 'dist', 'index.html');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const f of readdirSync(path)) t = Math.max(t, newest(join(path, f)));
  return t;
}

export function isStale() {
  if (!existsSync(dist)) return true;
  const built = statSync(dist).mtimeMs;
  return [join(root, 'src'), join(root, 'index.html'), join(root, 'vite.config.ts')].some((p) => existsSync(p) && newest(p) > built);
}

export async function buildWeb(force = false) {
  if (!force && !isStale()) return false;
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = Date.now();
  const built = await buildWeb(process.argv.includes('--force'));
  if (built) console.error(`entente: built the web UI into web/dist (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
