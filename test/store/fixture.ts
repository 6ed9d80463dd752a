/** Coded documents built by hand for the store tests (no coder involved). */
import type { CodedDocument } from '../../src/store/write.ts';
import { makeDocument } from '../../src/ingest/document.ts';
import type { Event } from '../../src/model/types.ts';

/** A coded document built by hand: one sentence per line, one event per [source, target, code, quad]. */
export function coded(text: string, date: string | null, events: [string, string, string, 1 | 2 | 3 | 4, Partial<Event>?][]): CodedDocument {
  const document = makeDocument({ text, date });
  const lines = text.split('\n');
  let at = 0;
  const sentences = lines.map((l, index) => {
    const s = { doc: document.id, index, start: at, end: at + l.length, text: l };
    at += l.length + 1;
    return s;
  });
  return {
    document,
    sentences,
    events: events.map(([source, target, code, quad, extra], i) => ({
      id: `${document.id.slice(0, 8)}-${i}`, origin: 'text', doc: document.id, date: document.date ?? null, source, target,
      code, root: code.slice(0, 2), goldstein: quad <= 2 ? 3 : -5, quad, negated: false, modality: 'asserted', claimant: null, confidence: 0.9,
      sentenceIndex: Math.min(i, sentences.length - 1), start: sentences[Math.min(i, sentences.length - 1)].start, end: sentences[Math.min(i, sentences.length - 1)].end,
      sourceSpan: { start: 0, end: 4 }, targetSpan: { start: 10, end: 14 }, verbSpan: { start: 5, end: 9 },
      ...extra,
    })),
  };
}

