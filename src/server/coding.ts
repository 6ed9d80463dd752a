/**
 * Coding text sent to the API: the event coder (src/extract/coder.ts) turns it
 * into events; with `store`, the document, its sentences and events are written
 * in one transaction (src/store/write.ts) and read back with their evidence.
 * Re-sending the same text adds nothing: documents are keyed by a content hash.
 */
import { createHash } from 'node:crypto';
import type { Document, Event } from '../model/types.ts';
import type { Store } from '../store/db.ts';
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

export async function writer(): Promise<(store: Store, items: { document: Document; sentences: any[]; events: Event[] }[]) => Promise<unknown>> {
  const path = '../store/write.ts';
  let mod: any;
  try {
    mod = await import(path);
  } catch (e) {
    throw new HttpError(503, 'storing coded text is not available in this build');
  }
  const f = mod.writeCoded ?? mod.writeDocuments ?? mod.storeDocuments ?? mod.write;
  if (typeof f !== 'function') throw new HttpError(503, 'storing coded text is not available in this build');
  return f;
}

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
  const { sentences, events } = c.codeDocument(doc) as { sentences: { index: number; text: string }[]; events: Event[] };
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
