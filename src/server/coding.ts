/**
 * Coding text sent to the API: the event coder
 * (src/extract/coder.ts) turns a document into sentences and events; with
 * `store`, they are written in one transaction (src/store/write.ts) and read
 * back with their evidence. Documents are keyed by a content hash
 * (src/ingest/document.ts): sending the same text again adds nothing.
 */
import type { Event } from '../model/types.ts';
import type { Store } from '../store/db.ts';
import { cameo } from '../model/cameo.ts';
import { makeDocument } from '../ingest/document.ts';
import { createCoder, type Coder } from '../extract/coder.ts';
import { storeDocuments } from '../store/write.ts';
import type { CodeRequest, CodedText, EvidenceEvent } from './dataset.ts';

type Row = Record<string, any>;

let shared: Coder | null = null;
/** One coder per process (its dictionaries load once, ~0.1 s). */
export function coder(): Coder {
  return (shared ??= createCoder());
}

/** An event as coded (not stored): spans made relative to its sentence. */
function plain(ev: Event, sentence: string | null): EvidenceEvent {
  const rel = (s: { start: number; end: number } | null | undefined) => (s && ev.start != null ? { start: s.start - ev.start, end: s.end - ev.start } : null);
  return {
    id: ev.id, date: ev.date, source: ev.source, target: ev.target, code: ev.code, label: cameo(ev.code)?.name ?? null,
    goldstein: ev.goldstein, quad: ev.quad, negated: ev.negated, denied: !!ev.denied, modality: ev.modality, claimant: ev.claimant,
    confidence: ev.confidence, origin: ev.origin, doc: ev.doc, docTitle: null, docSource: null, sentence,
    sourceSpan: rel(ev.sourceSpan), targetSpan: rel(ev.targetSpan), verbSpan: rel(ev.verbSpan), url: null,
  };
}

const EVENTS_OF_DOC = `SELECT e.id, e.origin, e.doc, strftime(e.date, '%Y-%m-%d') AS date, e.source, e.target, e.code, e.goldstein, CAST(e.quad AS INTEGER) AS quad,
    e.negated, e.denied, e.modality, e.claimant, e.confidence, e.sent_start, e.src_start, e.src_end, e.tgt_start, e.tgt_end, e.verb_start, e.verb_end, e.url,
    s.text AS sentence, d.title, d.source AS outlet, d.url AS doc_url
  FROM events e LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence_idx LEFT JOIN documents d ON d.id = e.doc
  WHERE e.doc = ? ORDER BY e.sentence_idx, e.id`;

export async function codeText(store: Store, req: CodeRequest, readBack: (rows: Row[]) => EvidenceEvent[]): Promise<CodedText> {
  const doc = makeDocument({ text: req.text, title: req.title, date: req.date, source: req.source ?? 'pasted' });
  const { sentences, events } = coder().codeDocument(doc);
  const head = { id: doc.id, title: doc.title ?? null, date: doc.date ?? null };
  if (!req.store) {
    const byIndex = new Map(sentences.map((s) => [s.index, s.text]));
    return { document: head, events: events.map((e) => plain(e, byIndex.get(e.sentenceIndex ?? -1) ?? e.sentence ?? null)), stored: false, added: 0 };
  }
  const summary = await storeDocuments(store, [{ document: doc, sentences, events }]);
  const rows = (await store.con.runAndReadAll(EVENTS_OF_DOC, [doc.id])).getRowObjectsJS() as Row[];
  return { document: head, events: readBack(rows), stored: true, added: summary.events };
}
