/**
 * Read, code and store in one go: `ingestPaths(store, paths, opts)` reads articles
 * (src/ingest/read.ts), skips those already stored before coding them, codes the
 * rest (src/extract/coder.ts, loaded when the first new document needs it) and
 * appends documents, sentences, events and the actor vocabulary in ONE
 * transaction (write.ts). Input problems are reported through `onError` and
 * skipped; a document the coder fails on is reported and skipped; a database
 * failure rolls everything back and is thrown.
 * Used by `entente ingest`; reusable by the server and the demo.
 */
import type { Document } from '../model/types.ts';
import type { Coder } from '../extract/coder.ts';
import { InputError, newStats, readDocuments, type ReadProgress } from '../ingest/read.ts';
import type { Store } from './db.ts';
import { withWriter, type WriteSummary } from './write.ts';

export interface IngestOptions {
  /** Date for documents that carry none (--date). */
  date?: string | null;
  /** Extra actor dictionaries (--actors). */
  actorFiles?: string[];
  /** A coder to use instead of creating one. */
  coder?: Coder;
  onError?: (e: InputError) => void;
  onProgress?: (p: ReadProgress) => void;
}

export interface IngestSummary extends WriteSummary {
  /** Inputs found, and those from which a document was read. */
  files: number;
  filesRead: number;
  /** Documents read (new and already stored). */
  read: number;
  /** Documents read without a date. */
  undated: number;
  errors: number;
  warnings: number;
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  let coder: Coder | null = opts.coder ?? null;
  const getCoder = async (): Promise<Coder> => {
    if (!coder) {
      const { createCoder } = await import('../extract/coder.ts');
      coder = createCoder(opts.actorFiles?.length ? { actorFiles: opts.actorFiles } : {});
    }
    return coder;
  };
  const stats = newStats();
  let undated = 0;
  let vocabulary = false;
  const report = opts.onError ?? (() => undefined);
  const { summary } = await withWriter(store, async (w) => {
    const docs: AsyncIterable<Document> = readDocuments(paths, { date: opts.date ?? null, stats, onError: report, onProgress: opts.onProgress });
    for await (const doc of docs) {
      if (!doc.date) undated++;
      if (await w.has(doc.id)) {
        w.summary.duplicates++;
        continue;
      }
      const c = await getCoder();
      if (!vocabulary) {
        w.addActors(c.actors.actors());
        vocabulary = true;
      }
      let coded;
      try {
        coded = c.codeDocument(doc);
      } catch (e) {
        stats.errors++;
        report(new InputError(doc.path ?? '-', `could not code the document: ${(e as Error).message.split('\n')[0]}`, { line: doc.line ?? null, fatal: false }));
        continue;
      }
      await w.add({ document: doc, sentences: coded.sentences, events: coded.events });
    }
  }, { lookup: (code) => coder?.actors.actor(code) });
  return { ...summary, files: stats.files, filesRead: stats.filesRead, read: stats.documents, undated, errors: stats.errors, warnings: stats.warnings };
}
