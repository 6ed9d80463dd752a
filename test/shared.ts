/**
 * Where the third-party test data lives (`../shared` beside the checkout), and a
 * visible skip when it is absent.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SHARED = process.env.ENTENTE_SHARED ?? resolve(ROOT, '..', 'shared');

/** Path of a file under ../shared, or undefined when ../shared is absent. */
export function shared(rel: string): string | undefined {
  const p = resolve(SHARED, rel);
  return existsSync(p) ? p : undefined;
}

/** Test option: skip, with a message naming the missing data, when ../shared (or the file) is absent. */
export function needsShared(rel: string): { skip: string | false } {
  return { skip: shared(rel) ? false : `../shared/${rel} is absent: third-party test data not available` };
}
