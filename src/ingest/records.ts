/**
 * Articles as records: JSON Lines (one object per line), a JSON array of objects,
 * and CSV/TSV with a header row. Fields (case-insensitive): `text` (or `body`,
 * `content`, `article`), and optionally `id`, `title`, `date`, `url`, `source`.
 *
 * Files stream record by record with bounded memory: a JSONL line or CSV record
 * longer than MAX_DOCUMENT_BYTES is reported and skipped without being held.
 * A bad record (not JSON, no text) is reported with its line and skipped; a CSV
 * without a text column is refused naming the header.
 */
import { createReadStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { parse as csvParse } from 'csv-parse';
import { decode, invalidUtf8At } from './decode.ts';
import { InputError, MAX_DOCUMENT_BYTES, mb } from './errors.ts';

/** A record's fields, as read. */
export interface RawRecord {
  fields: Record<string, unknown>;
  line: number;
  /** Bytes of the file consumed so far (for progress). */
  bytes: number;
}

export const TEXT_FIELDS = ['text', 'body', 'content', 'article'];

/** The record's text field name (first of TEXT_FIELDS present, case-insensitive), or null. */
export function textField(keys: string[]): string | null {
  const lower = new Map(keys.map((k) => [k.trim().toLowerCase(), k]));
  for (const f of TEXT_FIELDS) if (lower.has(f)) return lower.get(f)!;
  return null;
}

/** The value of a field by case-insensitive name. */
export function field(rec: Record<string, unknown>, name: string): unknown {
  if (name in rec) return rec[name];
  for (const k of Object.keys(rec)) if (k.trim().toLowerCase() === name) return rec[k];
  return undefined;
}

/** Lines of a file as Buffers, streamed; lines over `max` bytes come back as `{ tooLong }` without their bytes. */
export async function* lines(file: string, max = MAX_DOCUMENT_BYTES): AsyncGenerator<{ line: number; buf: Buffer | null; length: number; bytes: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  let line = 1;
  let bytes = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let at = 0;
    while (at < chunk.length) {
      const nl = chunk.indexOf(10, at);
      const end = nl < 0 ? chunk.length : nl;
      const piece = end - at;
      if (length + piece <= max) parts.push(chunk.subarray(at, end));
      else parts = [];
      length += piece;
      bytes += piece;
      if (nl < 0) break;
      bytes += 1;
      yield { line, buf: length <= max ? Buffer.concat(parts) : null, length, bytes };
      parts = [];
      length = 0;
      line++;
      at = nl + 1;
    }
  }
  if (length > 0) yield { line, buf: length <= max ? Buffer.concat(parts) : null, length, bytes };
}

/** Records of a JSON Lines file. */
export async function* readJsonLines(file: string, report: (e: InputError) => void): AsyncGenerator<RawRecord> {
  let warned = false;
  const warnOnce = (e: InputError) => {
    if (!warned) report(e);
    warned = true;
  };
  for await (const { line, buf, length, bytes } of lines(file)) {
    if (buf === null) {
      report(new InputError(file, `line is ${mb(length)}, above the ${mb(MAX_DOCUMENT_BYTES)} limit for one record; skipped`, { line, fatal: false }));
      continue;
    }
    let s: string;
    try {
      s = decode(buf, file, warnOnce, line);
    } catch (e) {
      // a NUL byte: the file is binary, nothing more to read
      throw new InputError(file, (e as InputError).problem, { line });
    }
    if (line === 1) s = s.replace(/^\uFEFF/, '');
    if (!s.trim()) continue;
    let rec: unknown;
    try {
      rec = JSON.parse(s);
    } catch (e) {
      report(new InputError(file, `not valid JSON (${(e as Error).message.split('\n')[0].slice(0, 80)})`, { line, fatal: false }));
      continue;
    }
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      report(new InputError(file, 'not a JSON object', { line, fatal: false }));
      continue;
    }
    yield { fields: rec as Record<string, unknown>, line, bytes };
  }
}

/** Records of a JSON file holding an array of objects (read whole: at most MAX_DOCUMENT_BYTES). */
export function readJsonArray(file: string, text: string, report: (e: InputError) => void): RawRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InputError(file, `not valid JSON (${(e as Error).message.split('\n')[0].slice(0, 80)})`);
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? [data] : null;
  if (!list) throw new InputError(file, 'JSON is neither an object nor an array of objects');
  const out: RawRecord[] = [];
  list.forEach((rec, i) => {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) report(new InputError(file, `item ${i + 1} is not a JSON object`, { fatal: false }));
    else out.push({ fields: rec as Record<string, unknown>, line: i + 1, bytes: 0 });
  });
  return out;
}

/** Checks a byte stream as it passes: NUL bytes fail it, the first invalid UTF-8 is reported with its line. */
class TextCheck extends Transform {
  private line = 1;
  private carry = Buffer.alloc(0);
  private warned = false;
  bytes = 0;
  constructor(private file: string, private report: (e: InputError) => void) {
    super();
  }
  _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback) {
    this.bytes += chunk.length;
    const nul = chunk.indexOf(0);
    if (nul >= 0) {
      cb(new InputError(this.file, `binary file (NUL byte at offset ${this.bytes - chunk.length + nul}), not text`));
      return;
    }
    if (!this.warned) {
      const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
      // hold back an incomplete sequence at the end for the next chunk
      let cut = buf.length;
      for (let k = 1; k <= 3 && k <= buf.length; k++) {
        const b = buf[buf.length - k];
        if ((b & 0xc0) === 0xc0) { cut = buf.length - k; break; }
        if ((b & 0xc0) !== 0x80) break;
      }
      const bad = invalidUtf8At(buf.subarray(0, cut));
      if (bad >= 0) {
        let l = this.line;
        for (let i = 0; i < bad; i++) if (buf[i] === 10) l++;
        this.warned = true;
        this.report(new InputError(this.file, 'invalid UTF-8; decoded with replacement characters (U+FFFD)', { line: l, warning: true }));
      } else {
        for (let i = 0; i < cut; i++) if (buf[i] === 10) this.line++;
        this.carry = Buffer.from(buf.subarray(cut));
      }
    }
    cb(null, chunk);
  }
}

/** Records of a CSV (or, with `delimiter` tab, TSV) file with a header row. */
export async function* readCsv(file: string, report: (e: InputError) => void, delimiter = ','): AsyncGenerator<RawRecord> {
  const check = new TextCheck(file, report);
  let headerError: InputError | null = null;
  const parser = csvParse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: delimiter === '\t',
    skip_empty_lines: true,
    max_record_size: MAX_DOCUMENT_BYTES,
    info: true,
    columns: (header: string[]) => {
      if (!textField(header)) {
        headerError = new InputError(file, `no "text" column (header: ${header.map((h) => h || '""').join(', ').slice(0, 200)})`, { line: 1 });
        throw headerError;
      }
      return header.map((h) => h.trim());
    },
  });
  const input = createReadStream(file, { highWaterMark: 1 << 20 });
  input.on('error', (e) => parser.destroy(e));
  check.on('error', (e) => parser.destroy(e));
  input.pipe(check).pipe(parser);
  let end = 1; // the line the previous record (or the header) ended on
  try {
    for await (const r of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { fields: r.record, line: end + 1, bytes: check.bytes };
      end = r.info.lines;
    }
  } catch (e) {
    input.destroy();
    if (headerError) throw headerError;
    if (e instanceof InputError) throw e;
    const err = e as Error & { code?: string; lines?: number };
    if (err.code === 'CSV_MAX_RECORD_SIZE') throw new InputError(file, `a record is above the ${mb(MAX_DOCUMENT_BYTES)} limit for one record; stopped reading`, { line: err.lines ?? null });
    throw new InputError(file, `malformed CSV: ${err.message.replace(/^Invalid Record Length: |\s*\n[\s\S]*/g, '').slice(0, 160)}`, { line: err.lines ?? null });
  }
}
