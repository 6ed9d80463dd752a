/**
 * A progress bar on stderr. It appears only after the work has run for a
 * second (short jobs stay quiet), only on a terminal or when ENTENTE_PROGRESS=1,
 * and never with --json.
 */
export interface Progress {
  /** Advance to `done` of `total` (total may change, e.g. bytes read of a file). */
  update(done: number, total?: number): void;
  finish(): void;
}

export function progress(label: string, total = 0, opts: { quiet?: boolean } = {}): Progress {
  const enabled = !opts.quiet && (process.stderr.isTTY || process.env.ENTENTE_PROGRESS === '1');
  const start = Date.now();
  let last = 0;
  let shown = false;
  let done = 0;
  const draw = () => {
    const secs = (Date.now() - start) / 1000;
    const rate = done / Math.max(secs, 1e-9);
    let line: string;
    if (total > 0) {
      const f = Math.min(1, done / total);
      const width = 30;
      const fill = Math.round(f * width);
      const eta = rate > 0 ? (total - done) / rate : 0;
      line = `${label} [${'#'.repeat(fill)}${'-'.repeat(width - fill)}] ${(f * 100).toFixed(0)}% ${fmt(done)}/${fmt(total)} ${fmt(rate)}/s eta ${eta.toFixed(0)}s`;
    } else {
      line = `${label} ${fmt(done)} ${fmt(rate)}/s ${secs.toFixed(1)}s`;
    }
    process.stderr.write(`\r${line}\x1b[K`);
    shown = true;
  };
  return {
    update(d: number, t?: number) {
      done = d;
      if (t !== undefined) total = t;
      if (!enabled) return;
      const now = Date.now();
      if (now - start < 1000 || now - last < 100) return;
      last = now;
      draw();
    },
    finish() {
      if (shown) {
        draw();
        process.stderr.write('\n');
      }
    },
  };
}

function fmt(n: number): string {
  if (n >= 1e6) return (n / 1e6).toFixed(1) + 'M';
  if (n >= 1e4) return (n / 1e3).toFixed(0) + 'k';
  return Math.round(n).toString();
}
