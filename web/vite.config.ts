// Vite build of the web UI: root web/, output web/dist (served by `entente serve`).
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: { outDir: root + 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1000 },
});
