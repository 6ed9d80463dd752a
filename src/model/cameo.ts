/**
 * CAMEO event codes with their Goldstein weights, quad classes and PLOVER mapping.
 * The table itself is data: `dictionaries/cameo.tsv`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { QuadClass } from './types.ts';

export interface CameoCode {
  code: string;
  root: string;
  name: string;
  goldstein: { gdelt: number; icews: number };
  plover: { event: string | null; mode: string | null; context: string | null };
}

/**
 * Quad-class conventions. They differ on roots 09 and 14:
 * - `gdelt`: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.
 * - `icews`: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict.
 */
export type QuadScheme = 'gdelt' | 'icews';

export const DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/', import.meta.url));

let table: Map<string, CameoCode> | null = null;

function load(): Map<string, CameoCode> {
  const text = readFileSync(DICTIONARY_DIR + 'cameo.tsv', 'utf8');
  const out = new Map<string, CameoCode>();
  let header = true;
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (header) { header = false; continue; }
    const [code, root, name, gg, gi, ev, mode, ctx] = line.split('\t');
    out.set(code, {
      code,
      root,
      name,
      goldstein: { gdelt: Number(gg), icews: Number(gi) },
      plover: { event: ev || null, mode: mode || null, context: ctx || null },
    });
  }
  return out;
}

/** All CAMEO codes, keyed by code. */
export function cameoTable(): Map<string, CameoCode> {
  return (table ??= load());
}

/** Look up a code, falling back to its three- and two-digit parents (`0314` → `031` → `03`). */
export function cameo(code: string): CameoCode | undefined {
  const t = cameoTable();
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const hit = t.get(c);
    if (hit) return hit;
  }
  return undefined;
}

export function rootOf(code: string): string {
  return code.slice(0, 2);
}

export function quadClass(code: string, scheme: QuadScheme = 'gdelt'): QuadClass {
  const r = Number(code.slice(0, 2));
  if (!(r >= 1 && r <= 20)) throw new Error(`not a CAMEO code: ${JSON.stringify(code)}`);
  if (scheme === 'gdelt') return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
  return r <= 5 ? 1 : r <= 9 ? 2 : r <= 14 ? 3 : 4;
}

export function goldstein(code: string, scheme: QuadScheme = 'gdelt'): number {
  const c = cameo(code);
  if (!c) throw new Error(`unknown CAMEO code: ${JSON.stringify(code)}`);
  return c.goldstein[scheme];
}

/** Cooperation (+1), conflict (-1) or neither (0) by quad class: the basis of an event's sign. */
export function polarity(quad: QuadClass): 1 | -1 {
  return quad <= 2 ? 1 : -1;
}
