/**
 * Documents keyed by content: the id is the SHA-256 (hex, first 32 characters) of
 * the normalised text (Unicode NFC, runs of whitespace collapsed to one space,
 * trimmed), so the same article read twice, from any format, gets the same id
 * and re-ingesting it adds nothing.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../model/types.ts';
import { dateLine, parseDate } from './date.ts';

/** The normal form hashed for the id. */
export function normaliseForId(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Content hash of the normalised text (32 hex characters). */
export function documentId(text: string): string {
  return createHash('sha256').update(normaliseForId(text)).digest('hex').slice(0, 32);
}

/** The text as stored and coded: byte-order mark dropped, line ends `\n`, Unicode NFC. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

export interface DocumentFields {
  text: string;
  externalId?: unknown;
  title?: unknown;
  date?: unknown;
  url?: unknown;
  source?: unknown;
  path?: string | null;
  line?: number | null;
}

function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s ? s : null;
}

/**
 * A Document from the fields of a record. Date: the record's own, else the
 * text's date line, else `fallbackDate` (--date), else null.
 */
export function makeDocument(f: DocumentFields, fallbackDate: string | null = null): Document {
  const text = cleanText(f.text);
  return {
    id: documentId(text),
    externalId: str(f.externalId),
    title: str(f.title)?.replace(/\s+/g, ' ') ?? null,
    date: parseDate(f.date) ?? dateLine(text) ?? fallbackDate,
    url: str(f.url),
    source: str(f.source),
    path: f.path ?? null,
    line: f.line ?? null,
    text,
  };
}
