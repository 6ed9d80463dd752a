/**
 * The commands: `entente demo --no-serve` twice into one database adds
 * nothing the second time; `entente serve` binds loopback, answers, and stops
 * on SIGTERM; bad options exit 2 with a message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../shared.ts';

const entente = (...args: string[]) => spawnSync(process.execPath, ['bin/entente.js', ...args], { cwd: ROOT, encoding: 'utf8' });

test('entente demo twice: the second run adds nothing and prints the same balance summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-demo-'));
  try {
    const db = join(dir, 'd.duckdb');
    const a = entente('demo', '--no-serve', '--json', '--db', db);
    assert.equal(a.status, 0, a.stderr);
    const first = JSON.parse(a.stdout);
    assert.equal(first.documents, 30);
    assert.ok(first.added > 30 && first.added === first.events, `first run stores every event (${first.added}/${first.events})`);
    assert.ok(first.windows.length >= 5);
    assert.ok(first.windows.some((w: any) => w.frustration !== null && w.balanceRatio !== null), 'balance summary per window');
    const b = entente('demo', '--no-serve', '--json', '--db', db);
    assert.equal(b.status, 0, b.stderr);
    const second = JSON.parse(b.stdout);
    assert.equal(second.added, 0);
    assert.deepEqual(second.windows.map((w: any) => [w.window, w.events, w.positive, w.negative]), first.windows.map((w: any) => [w.window, w.events, w.positive, w.negative]));
    const text = entente('demo', '--no-serve', '--db', db);
    assert.match(text.stdout, /^window +events actors/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('entente serve: bad options exit 2; it binds 127.0.0.1, answers and stops on SIGTERM', async () => {
  for (const [args, msg] of [[['--port', 'abc'], /--port must be an integer 0–65535/], [['--port', '70000'], /--port must be/], [['--window', 'fortnight'], /--window must be week, month, quarter or year/], [['--frobnicate'], /Unknown option/]] as const) {
    const r = entente('serve', ...args);
    assert.equal(r.status, 2, `${args}: ${r.stderr}`);
    assert.match(r.stderr, msg);
  }
  const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  const p = spawn(process.execPath, ['bin/entente.js', 'serve', '--db', join(dir, 's.duckdb'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      p.stdout!.on('data', (d) => {
        out += d;
        const m = out.match(/http:\/\/127\.0\.0\.1:\d+/);
        if (m) resolve(m[0]);
      });
      p.once('exit', (c) => reject(new Error(`exited ${c}`)));
    });
    const r = await fetch(`${url}/api/windows`);
    assert.equal(r.status, 200);
    assert.deepEqual(await r.json(), { windows: [] });
    const bad = await fetch(`${url}/api/network?window=x%00y`);
    assert.equal(bad.status, 400);
  } finally {
    p.kill('SIGTERM');
    const code = await new Promise((r) => p.once('exit', r));
    assert.equal(code, 0);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('GET /api/windows counts the documents with events in each window', async () => {
  const { startServer } = await import('../../src/server/start.ts');
  const dir = mkdtempSync(join(tmpdir(), 'entente-windows-'));
  try {
    const db = join(dir, 'd.duckdb');
    assert.equal(entente('demo', '--no-serve', '--json', '--db', db).status, 0);
    // independent count from the exported events
    const evs = entente('events', '--db', db, '--format', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l));
    const s = await startServer({ db });
    try {
      const { windows } = await (await fetch(`${s.url}/api/windows`)).json();
      assert.ok(windows.length >= 5);
      for (const w of windows) {
        const docs = new Set(evs.filter((e) => e.doc && e.date >= w.from && e.date <= w.to).map((e) => e.doc));
        assert.equal(w.documents, docs.size, `${w.id}: documents`);
      }
      assert.ok(windows.some((w: any) => w.documents > 1));
    } finally {
      await s.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
