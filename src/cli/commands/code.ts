/**
 * `entente code [FILE|-]`: codes text into events without storing it and prints one
 * JSON event per line. Reads the ingest module's formats when it is present
 * (src/ingest/read.ts `readDocuments`), otherwise plain text, JSONL records
 * ({"id","text","date"}) and CSV with a `text` column.
 */
import { createHash } from 'node:crypto';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse, isoDate } from '../args.ts';
import type { Document, Event } from '../../model/types.ts';

const usage = `Usage: entente code [FILE|-] [--date YYYY-MM-DD] [--actors FILE] [--json]

Codes the text of FILE (or standard input) into events and prints one JSON event per
line: doc, date, source, target, code, root, goldstein, quad, negated, denied, modality,
claimant, confidence, sentence, start, end, and the source/target/verb spans.
Input: plain text, JSONL records {"id","text","date"}, or CSV with a text column.
  --date     date of the text when it carries none
  --actors   an extra actor dictionary (TSV) to use with the bundled ones
  --json     (default) one JSON object per line; without it, too`;

/** Date line at the top of an article: "06/30/2014 04:29 pm ET" → 2014-06-30. */
export function dateLine(text: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text.slice(0, 200));
  if (!m) return null;
  const [, mm, dd, yyyy] = m;
  const iso = `${yyyy}-${mm.padStart(2, '0')}-${dd.padStart(2, '0')}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

function hashId(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32);
}

function validDate(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const d = v.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) ? d : null;
}

/** Read documents from the text of a file: JSONL, CSV or plain text. */
export async function readSimple(name: string, text: string, date: string | null): Promise<Document[]> {
  if (text.includes('\u0000')) throw new Error(`${name}: binary file, not text`);
  const trimmed = text.trimStart();
  const ext = extname(name).toLowerCase();
  if (ext === '.jsonl' || ext === '.ndjson' || (ext !== '.txt' && trimmed.startsWith('{'))) {
    const docs: Document[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      if (!line) continue;
      let rec: any;
      try { rec = JSON.parse(line); } catch { throw new Error(`${name}:${i + 1}: not valid JSON`); }
      if (!rec || typeof rec.text !== 'string') throw new Error(`${name}:${i + 1}: record has no "text" field`);
      docs.push({ id: rec.id != null ? String(rec.id) : hashId(rec.text), externalId: rec.id != null ? String(rec.id) : null, title: rec.title ?? null, date: validDate(rec.date) ?? dateLine(rec.text) ?? date, url: rec.url ?? null, source: rec.source ?? null, path: name, line: i + 1, text: rec.text });
    }
    return docs;
  }
  if (ext === '.csv') {
    const { parse: csv } = await import('csv-parse/sync');
    let rows: Record<string, string>[];
    try { rows = csv(text, { columns: true, skip_empty_lines: true, relax_column_count: true, bom: true }); } catch (e) { throw new Error(`${name}: ${(e as Error).message}`); }
    if (rows.length && !('text' in rows[0])) throw new Error(`${name}:1: no "text" column`);
    return rows.map((r, i) => ({ id: r.id ? String(r.id) : hashId(r.text ?? ''), externalId: r.id ?? null, title: r.title ?? null, date: validDate(r.date) ?? date, url: r.url ?? null, source: r.source ?? null, path: name, line: i + 2, text: r.text ?? '' }));
  }
  return [{ id: hashId(text), date: dateLine(text) ?? date, path: name, line: null, text }];
}

async function readInput(file: string, date: string | null): Promise<Document[]> {
  if (file !== '-') {
    if (!existsSync(file)) throw new Error(`${file}: no such file`);
    // the ingest module's readers, when present
    try {
      const path = '../../ingest/read.ts';
      const mod = await import(path);
      if (typeof mod.readDocuments === 'function') {
        const out: Document[] = [];
        for await (const d of mod.readDocuments([file], { date })) out.push(d);
        return out;
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
    }
    if (statSync(file).isDirectory()) throw new Error(`${file}: is a directory (use entente ingest for directories)`);
    return readSimple(file, readFileSync(file, 'utf8'), date);
  }
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return readSimple('-', Buffer.concat(chunks).toString('utf8'), date);
}

export function eventLine(doc: Document, e: Event): Record<string, unknown> {
  return {
    doc: doc.externalId ?? doc.id, date: e.date, source: e.source, target: e.target, sourceName: e.sourceName, targetName: e.targetName,
    code: e.code, root: e.root, goldstein: e.goldstein, quad: e.quad, plover: e.ploverEvent ?? null,
    negated: e.negated, denied: !!e.denied, modality: e.modality, claimant: e.claimant, confidence: e.confidence,
    sentence: e.sentence, sentenceIndex: e.sentenceIndex, start: e.start, end: e.end,
    sourceSpan: e.sourceSpan, targetSpan: e.targetSpan, verbSpan: e.verbSpan, id: e.id,
  };
}

const command: Command = {
  summary: 'code text into events without storing them (one JSON event per line)',
  usage,
  async run(argv) {
    const { values, positionals } = parse(argv, { date: { type: 'string' }, actors: { type: 'string', multiple: true }, json: { type: 'boolean' } });
    if (positionals.length > 1) throw new UsageError('give one FILE (or - for standard input)');
    const date = isoDate(values.date, 'date') ?? null;
    for (const f of values.actors ?? []) if (!existsSync(f)) throw new UsageError(`--actors ${f}: no such file`);
    const docs = await readInput(positionals[0] ?? '-', date);
    if (docs.length === 0 || docs.every((d) => !d.text.trim())) {
      console.error(`entente code: ${positionals[0] ?? '-'}: no text to code`);
      return 1;
    }
    const { createCoder } = await import('../../extract/coder.ts');
    const coder = createCoder(values.actors?.length ? { actorFiles: values.actors } : {});
    const out: string[] = [];
    for (const doc of docs) {
      const { events } = coder.codeDocument(doc);
      for (const e of events) out.push(JSON.stringify(eventLine(doc, e)));
      if (out.length > 1000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
    }
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    return 0;
  },
};
export default command;
