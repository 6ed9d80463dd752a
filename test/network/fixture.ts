/**
 * Test helpers for the network tests: a temporary store and hand-written events
 * inserted with plain SQL (the importers and the coder have their own tests).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/db.ts';

export interface Ev {
  date: string | null;
  source: string;
  target: string;
  code: string;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  doc?: string;
  url?: string;
  origin?: string;
  negated?: boolean;
  denied?: boolean;
  modality?: string;
  claimant?: string;
  sentence?: number;
}

export interface Doc {
  id: string;
  date: string | null;
  source?: string;
  title?: string;
  url?: string;
  sentences: string[];
}

export function tempDir(prefix = 'entente-net-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function memoryStore(): Promise<Store> {
  return openStore(':memory:');
}

let counter = 0;

export async function insertDocs(store: Store, docs: Doc[]): Promise<void> {
  for (const d of docs) {
    const text = d.sentences.join(' ');
    await store.con.run(`INSERT INTO documents (id, title, date, url, source, text) VALUES ($1, $2, $3::DATE, $4, $5, $6)`, [d.id, d.title ?? null, d.date, d.url ?? null, d.source ?? null, text] as never);
    let off = 0;
    for (const [i, s] of d.sentences.entries()) {
      await store.con.run(`INSERT INTO sentences VALUES ($1, $2, $3, $4, $5)`, [d.id, i, off, off + s.length, s] as never);
      off += s.length + 1;
    }
  }
}

export async function insertEvents(store: Store, events: Ev[]): Promise<void> {
  for (const e of events) {
    const id = `t${++counter}`;
    await store.con.run(
      `INSERT INTO events (id, origin, doc, date, source, target, code, root, goldstein, quad, negated, denied, modality, claimant, sentence_idx, url)
       VALUES ($1, $2, $3, $4::DATE, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [id, e.origin ?? (e.doc ? 'text' : 'gdelt'), e.doc ?? null, e.date, e.source, e.target, e.code, e.code.slice(0, 2), e.goldstein, e.quad,
        e.negated ?? false, e.denied ?? false, e.modality ?? 'asserted', e.claimant ?? null, e.sentence ?? null, e.url ?? null] as never,
    );
  }
}
