/**
 * A small seeded pseudo-random generator for the balance algorithms: mulberry32
 * (T. Ettinger, public-domain 32-bit generator), deterministic for a seed.
 */
export type Rng = () => number;

export function rng(seed: number): Rng {
  let s = (seed >>> 0) ^ 0x9e3779b9;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n). */
export const randInt = (r: Rng, n: number) => Math.floor(r() * n);

/** In-place Fisher–Yates shuffle of a typed or plain array. */
export function shuffle<T extends { length: number; [i: number]: any }>(a: T, r: Rng): T {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    const x = a[i]; a[i] = a[j]; a[j] = x;
  }
  return a;
}
