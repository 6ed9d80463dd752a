/**
 * Coding text sent to the API: the event coder (src/extract/coder.ts) turns it
 * into events; with `store`, the document, its sentences and events are written
 * in one transaction (src/store/write.ts) and read back with their evidence.
 * Re-sending the same text adds nothing: documents are keyed by a content hash.
 */
import { createHash } from 'node:crypto';
import type { Document, Event, Sentence } from '../model/types.ts';
import { transaction, type Store } from '../store/db.ts';
import { cameo } from '../model/cameo.ts';
import type { CodeRequest, CodedText, EvidenceEvent } from './dataset.ts';
import { HttpError } from './errors.ts';

type Row = Record<string, any>;

let coderP: Promise<any> | null = null;
export async function coder(): Promise<any> {
  coderP ??= (async () => {
    const path = '../extract/coder.ts';
    const mod = await import(path);
    return mod.createCoder();
  })();
  try {
    return await coderP;
  } catch (e) {
    coderP = null;
    throw new HttpError(503, `the event coder is not available in this build (${(e as Error).message.split('\n')[0]})`);
  }
}

/** Content hash of the normalised text (the ingest module's rule when it exports one). */
export async function documentId(text: string): Promise<string> {
  try {
    const path = '../ingest/document.ts';
    const mod = await import(path);
    if (typeof mod.documentId === 'function') return mod.documentId(text);
  } catch {
    /* fall through */
  }
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32);
}

type Writer = (store: Store, items: { document: Document; sentences: Sentence[]; events: Event[] }[]) => Promise<unknown>;

/** The store's writer (src/store/write.ts) when present; else `insertCoded` below. */
export async function writer(): Promise<Writer> {
  try {
    const path = '../store/write.ts';
    const mod: any = await import(path);
    const f = mod.writeCoded ?? mod.writeDocuments ?? mod.storeDocuments ?? mod.write;
    if (typeof f === 'function') return f;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  return insertCoded;
}

/**
 * Stand-in writer used until src/store/write.ts exists: documents, sentences
 * and events in one transaction, rows already stored (same content hash, same
 * event id) skipped. Small inputs only (pasted articles, the demo corpus).
 */
export const insertCoded: Writer = async (store, items) => {
  const con = store.con;
  await transaction(con, async () => {
    for (const { document: d, sentences, events } of items) {
      const exists = (await (await con.runAndReadAll('SELECT 1 FROM documents WHERE id = ?', [d.id])).getRows()).length > 0;
      if (exists) continue;
      await con.run('INSERT INTO documents (id, external_id, title, date, url, source, path, line, text) VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?)', [d.id, d.externalId ?? null, d.title ?? null, d.date ?? null, d.url ?? null, d.source ?? null, d.path ?? null, d.line ?? null, d.text]);
      for (const s of sentences) await con.run('INSERT INTO sentences VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [d.id, s.index, s.start, s.end, s.text]);
      for (const e of events) {
        await con.run(
          `INSERT INTO events (id, origin, doc, date, source, target, source_name, target_name, code, root, goldstein, quad, plover_event, plover_mode, negated, denied, modality, claimant, confidence,
             sentence_idx, sent_start, sent_end, src_start, src_end, tgt_start, tgt_end, verb_start, verb_end)
           VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [e.id, e.origin, e.doc ?? d.id, e.date ?? d.date ?? null, e.source, e.target, e.sourceName ?? null, e.targetName ?? null, e.code, e.root, e.goldstein, e.quad, e.ploverEvent ?? null, e.ploverMode ?? null,
            e.negated, !!e.denied, e.modality, e.claimant, e.confidence, e.sentenceIndex ?? null, e.start ?? null, e.end ?? null,
            e.sourceSpan?.start ?? null, e.sourceSpan?.end ?? null, e.targetSpan?.start ?? null, e.targetSpan?.end ?? null, e.verbSpan?.start ?? null, e.verbSpan?.end ?? null],
        );
      }
    }
  });
};

function plain(ev: Event, sentence: string | null): EvidenceEvent {
  const rel = (s: { start: number; end: number } | null | undefined) => (s && ev.start != null ? { start: s.start - ev.start, end: s.end - ev.start } : null);
  return {
    id: ev.id, date: ev.date, source: ev.source, target: ev.target, code: ev.code, label: cameo(ev.code)?.name ?? null,
    goldstein: ev.goldstein, quad: ev.quad, negated: ev.negated, denied: !!ev.denied, modality: ev.modality, claimant: ev.claimant,
    confidence: ev.confidence, origin: ev.origin, doc: ev.doc, docTitle: null, docSource: null, sentence,
    sourceSpan: rel(ev.sourceSpan), targetSpan: rel(ev.targetSpan), verbSpan: rel(ev.verbSpan), url: null,
  };
}

export async function codeText(store: Store, req: CodeRequest, readBack: (rows: Row[]) => EvidenceEvent[]): Promise<CodedText> {
  const c = await coder();
  const doc: Document = { id: await documentId(req.text), title: req.title ?? null, date: req.date ?? null, source: req.source ?? 'pasted', path: null, line: null, text: req.text };
  const { sentences, events } = c.codeDocument(doc) as { sentences: Sentence[]; events: Event[] };
  const byIndex = new Map(sentences.map((s) => [s.index, s.text]));
  const head = { id: doc.id, title: doc.title ?? null, date: doc.date ?? null };
  if (!req.store) return { document: head, events: events.map((e) => plain(e, byIndex.get(e.sentenceIndex ?? -1) ?? e.sentence ?? null)), stored: false, added: 0 };
  const count = async () => Number((await (await store.con.runAndReadAll(`SELECT count(*) AS n FROM events WHERE doc = ?`, [doc.id])).getRowObjectsJS())[0].n);
  const before = await count();
  const write = await writer();
  await write(store, [{ document: doc, sentences, events }]);
  const after = await count();
  const rows = (await store.con.runAndReadAll(
    `SELECT e.id, e.origin, e.doc, strftime(e.date, '%Y-%m-%d') AS date, e.source, e.target, e.code, e.goldstein, CAST(e.quad AS INTEGER) AS quad,
        e.negated, e.denied, e.modality, e.claimant, e.confidence, e.sent_start, e.src_start, e.src_end, e.tgt_start, e.tgt_end, e.verb_start, e.verb_end, e.url,
        s.text AS sentence, d.title, d.source AS outlet, d.url AS doc_url
       FROM events e LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence_idx LEFT JOIN documents d ON d.id = e.doc
      WHERE e.doc = ? ORDER BY e.sentence_idx, e.id`,
    [doc.id],
  )).getRowObjectsJS() as Row[];
  return { document: head, events: readBack(rows), stored: true, added: after - before };
}

/** Code documents and store them in one transaction; returns how many events the database gained. */
export async function codeAndStore(store: Store, docs: Document[]): Promise<{ documents: number; events: number; added: number }> {
  const c = await coder();
  const write = await writer();
  const count = async () => Number((await (await store.con.runAndReadAll(`SELECT count(*) AS n FROM events`)).getRowObjectsJS())[0].n);
  const before = await count();
  const items = docs.map((d) => ({ document: d, ...(c.codeDocument(d) as { sentences: any[]; events: Event[] }) }));
  await write(store, items);
  return { documents: docs.length, events: items.reduce((n, i) => n + i.events.length, 0), added: (await count()) - before };
}
