/**
 * ingestPaths: read → skip stored → code → append, in one transaction. On the
 * fixture directory with the real coder; a coder failing on one document is
 * reported and that document skipped; a second run adds nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/db.ts';
import { ingestPaths } from '../../src/store/ingest.ts';
import { createCoder } from '../../src/extract/coder.ts';
import type { InputError } from '../../src/ingest/read.ts';
import { ROOT } from '../shared.ts';

const dir = mkdtempSync(join(tmpdir(), 'entente-ingest-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));
const FIX = join(ROOT, 'test', 'fixtures', 'ingest');

test('ingestPaths codes and stores the fixture directory once; a coder failure skips that document only', async () => {
  const store = await openStore(join(dir, 'i.duckdb'));
  try {
    const real = createCoder();
    const failing = { ...real, actors: real.actors, codeDocument: (d: Parameters<typeof real.codeDocument>[0]) => {
      if (d.text.includes('Oman hosted talks')) throw new Error('boom');
      return real.codeDocument(d);
    } } as typeof real;
    const errors: InputError[] = [];
    const s = await ingestPaths(store, [FIX], { coder: failing, onError: (e) => errors.push(e) });
    assert.equal(s.files, 9);
    assert.equal(s.read, 14);
    assert.equal(s.documents, 13);
    assert.deepEqual(errors.map((e) => e.message.replace(FIX, '')), ['/articles.csv:5: could not code the document: boom']);
    assert.ok(s.events > 0);
    assert.ok(s.actors > 100, 'the actor vocabulary is stored');
    const stored = Number((await store.con.runAndReadAll('SELECT count(*) FROM events')).getRows()[0][0]);
    assert.equal(stored, s.events);

    const again = await ingestPaths(store, [FIX], { coder: real });
    assert.deepEqual([again.read, again.documents, again.duplicates, again.sentences], [14, 1, 13, 1], 'the document the coder failed on is stored on the next run');
    const third = await ingestPaths(store, [FIX], { coder: real });
    assert.deepEqual([third.documents, third.duplicates, third.events, third.sentences, third.actors], [0, 14, 0, 0, 0]);
  } finally {
    store.close();
  }
});
