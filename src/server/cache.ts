/**
 * A small least-recently-used cache of promises: concurrent requests for the
 * same key share one computation, and a failed computation is not kept.
 */
export class Lru<V> {
  private map = new Map<string, Promise<V>>();
  constructor(private readonly max: number) {}

  get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const p = compute();
    this.map.set(key, p);
    p.then((v) => this.map.get(key) === p && this.settled.set(key, v), () => {});
    p.catch(() => this.map.get(key) === p && this.map.delete(key));
    while (this.map.size > this.max) {
      const old = this.map.keys().next().value as string;
      this.map.delete(old);
      this.settled.delete(old);
    }
    return p;
  }

  /** The value under `key` if it has already been computed (never starts a computation). */
  peek(key: string): V | undefined {
    return this.settled.get(key);
  }

  private settled = new Map<string, V>();

  clear(): void {
    this.settled.clear();
    this.map.clear();
  }
}
