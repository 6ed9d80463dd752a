/**
 * Reading articles from files, directories and URLs: `readDocuments(paths, opts)`
 * yields one Document per article.
 *
 * Formats, by extension (unknown extensions are sniffed from the first 64 KB):
 * - plain text (.txt, .text, .md, and any text file) — one article; title and
 *   date from its first lines (text.ts, date.ts);
 * - HTML (.html, .htm, .xhtml) — the page's main text only (html.ts);
 * - JSON Lines (.jsonl, .ndjson), a JSON array (.json), CSV (.csv), TSV (.tsv) —
 *   one article per record (records.ts);
 * - RSS/Atom feeds (.rss, .atom, .xml, or an http(s) URL) — one article per item (rss.ts).
 * `-` is standard input (any of the formats, told apart by content).
 * Directories are read recursively in name order; hidden entries and a
 * directory's own notes (README, LICENSE, CHANGELOG, NOTICE, any extension) are
 * skipped there (named explicitly, such a file is read).
 *
 * Dates: the record's own date field, else the date line of the text, else
 * `opts.date` (--date), else null. Ids: content hashes (document.ts).
 *
 * Problems are InputErrors naming the file and line (errors.ts). With `onError`
 * they are reported and reading goes on with the next record or file; without
 * it, the first error is thrown (warnings go to stderr).
 * Limits: one article (a text/HTML file, a feed, a record) at most
 * MAX_DOCUMENT_BYTES (10 MB); JSONL/CSV files of any size stream.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, open, readdir, readFile, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Document } from '../model/types.ts';
import { decode, nulAt } from './decode.ts';
import { makeDocument } from './document.ts';
import { InputError, MAX_DOCUMENT_BYTES, mb } from './errors.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { field, readCsv, readJsonArray, readJsonLines, textField, type RawRecord } from './records.ts';
import { looksLikeFeed, parseFeed } from './rss.ts';
import { titleLine } from './text.ts';

export { InputError, MAX_DOCUMENT_BYTES } from './errors.ts';
export { documentId } from './document.ts';

export type Format = 'text' | 'html' | 'jsonl' | 'json' | 'csv' | 'tsv' | 'feed';

export interface ReadProgress {
  /** Bytes of the input files read so far, and their total (URLs count when fetched). */
  bytes: number;
  totalBytes: number;
  files: number;
  documents: number;
  file: string;
}

export interface ReadStats {
  /** Inputs found (files and URLs). */
  files: number;
  /** Inputs from which at least one document was read. */
  filesRead: number;
  documents: number;
  errors: number;
  warnings: number;
}

export interface ReadOptions {
  /** Date (YYYY-MM-DD) for documents that carry none. */
  date?: string | null;
  onProgress?: (p: ReadProgress) => void;
  /** Called for each problem; reading goes on. Without it the first error is thrown. */
  onError?: (e: InputError) => void;
  /** Filled in while reading. */
  stats?: ReadStats;
  /** Timeout for fetching a URL (ms, default 30 000). */
  timeoutMs?: number;
}

const BY_EXTENSION: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json',
  '.csv': 'csv', '.tsv': 'tsv',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

export function newStats(): ReadStats {
  return { files: 0, filesRead: 0, documents: 0, errors: 0, warnings: 0 };
}

/** A directory's notes, not articles. */
const NOTES = /^(readme|license|licence|changelog|changes|notice|copying|authors)(\.[a-z0-9]+)?$/i;

const isUrl = (p: string) => /^https?:\/\//i.test(p);

/** The format of a text from its first bytes. */
export function sniff(head: string): Format {
  if (looksLikeFeed(head)) return 'feed';
  if (looksLikeHtml(head)) return 'html';
  const t = head.replace(/^\uFEFF/, '').trimStart();
  if (t.startsWith('{')) return 'jsonl';
  if (t.startsWith('[')) return 'json';
  // a header row naming a text column: CSV or TSV
  const first = t.slice(0, t.indexOf('\n') >= 0 ? t.indexOf('\n') : t.length).trim();
  for (const [sep, format] of [[',', 'csv'], ['\t', 'tsv']] as const) {
    const cells = first.split(sep).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.length > 1 && cells.every((c) => /^[\w .-]{0,40}$/.test(c)) && textField(cells)) return format;
  }
  return 'text';
}

interface Input {
  path: string;
  size: number;
}

/** Files under the given paths (directories recursively), with sizes; missing paths reported. */
async function expand(paths: string[], report: (e: InputError) => void): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const walk = async (p: string, top: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch (e) {
      if (top) report(new InputError(p, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : `cannot read: ${(e as Error).message}`));
      return;
    }
    if (st.isDirectory()) {
      const real = await realpath(p);
      if (seen.has(real)) return;
      seen.add(real);
      let names: string[];
      try {
        names = (await readdir(p)).sort();
      } catch (e) {
        report(new InputError(p, `cannot read directory: ${(e as Error).message}`));
        return;
      }
      for (const n of names) if (!n.startsWith('.') && !NOTES.test(n)) await walk(join(p, n), false);
    } else if (st.isFile()) {
      out.push({ path: p, size: st.size });
    } else if (top) {
      report(new InputError(p, 'not a regular file or directory'));
    }
  };
  for (const p of paths) {
    if (isUrl(p)) out.push({ path: p, size: 0 });
    else await walk(p, true);
  }
  return out;
}

/** Read the first bytes of a file. */
async function head(path: string, n = 65536): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Fetch a URL's body (at most MAX_DOCUMENT_BYTES) and its content type. */
async function fetchUrl(url: string, timeoutMs: number): Promise<{ body: Buffer; type: string }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'entente/0.1 (+feed reader)', accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.8, */*;q=0.5' }, redirect: 'follow' });
  } catch (e) {
    const err = e as Error & { cause?: Error };
    throw new InputError(url, `cannot fetch: ${err.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err.cause?.message ?? err.message)}`);
  }
  if (!res.ok) throw new InputError(url, `cannot fetch: HTTP ${res.status} ${res.statusText}`);
  const parts: Buffer[] = [];
  let n = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    n += chunk.length;
    if (n > MAX_DOCUMENT_BYTES) throw new InputError(url, `response is above the ${mb(MAX_DOCUMENT_BYTES)} limit for one document`);
    parts.push(Buffer.from(chunk));
  }
  return { body: Buffer.concat(parts), type: (res.headers.get('content-type') ?? '').toLowerCase() };
}

/** Document from a record's fields, or an error naming the line. */
function fromRecord(rec: RawRecord, file: string, date: string | null): Document | InputError {
  const key = textField(Object.keys(rec.fields));
  const text = key ? rec.fields[key] : undefined;
  if (typeof text !== 'string') return new InputError(file, key ? `"${key}" is not a string` : 'record has no "text" field', { line: rec.line, fatal: false });
  if (!text.trim()) return new InputError(file, 'record has empty text', { line: rec.line, fatal: false });
  const id = field(rec.fields, 'id');
  return makeDocument({ text, externalId: id, title: field(rec.fields, 'title'), date: field(rec.fields, 'date'), url: field(rec.fields, 'url'), source: field(rec.fields, 'source'), path: file, line: rec.line }, date);
}

/** Documents of one whole text (file contents or a fetched body) in the given format. */
function* fromText(text: string, format: Format, file: string, date: string | null, report: (e: InputError) => void): Generator<Document> {
  if (!text.trim()) throw new InputError(file, 'no text to code (empty file)');
  if (format === 'feed') {
    const items = parseFeed(text, file);
    if (items.length === 0) throw new InputError(file, 'feed has no items');
    for (const it of items) {
      if (!it.text.trim()) {
        report(new InputError(file, `item ${it.index} has no text`, { fatal: false }));
        continue;
      }
      yield makeDocument({ text: it.text, externalId: it.guid ?? it.link, title: it.title, date: it.date, url: it.link, source: it.source, path: file, line: it.index }, date);
    }
    return;
  }
  if (format === 'html') {
    const h = htmlToText(text);
    if (!h.text.trim()) throw new InputError(file, 'no main text found in the HTML page');
    yield makeDocument({ text: h.text, title: h.title, date: h.date, path: file, url: isUrl(file) ? file : null }, date);
    return;
  }
  if (format === 'json') {
    for (const rec of readJsonArray(file, text, report)) {
      const d = fromRecord(rec, file, date);
      if (d instanceof InputError) report(d);
      else yield d;
    }
    return;
  }
  yield makeDocument({ text, title: titleLine(text), path: file, url: isUrl(file) ? file : null }, date);
}

/** Standard input copied to a temporary file (so every reader, streaming ones included, can read it). */
async function stdinToFile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'entente-stdin-'));
  const file = join(dir, 'stdin');
  await pipeline(process.stdin, createWriteStream(file));
  return file;
}

/** Read articles from files, directories, URLs and standard input (`-`). */
export async function* readDocuments(paths: string[], opts: ReadOptions = {}): AsyncGenerator<Document> {
  let stdin: string | null = null;
  if (paths.includes('-')) {
    stdin = await stdinToFile();
    paths = paths.map((p) => (p === '-' ? stdin! : p));
  }
  try {
    for await (const d of read(paths, opts, stdin)) {
      if (stdin && d.path === stdin) d.path = '-';
      yield d;
    }
  } finally {
    if (stdin) await rm(join(stdin, '..'), { recursive: true, force: true });
  }
}

async function* read(paths: string[], opts: ReadOptions, stdin: string | null): AsyncGenerator<Document> {
  const stats = opts.stats ?? newStats();
  const date = opts.date ?? null;
  const report = (e: InputError) => {
    if (stdin && e.file === stdin) e = new InputError('-', e.problem, { line: e.line, fatal: e.fatal, warning: e.warning });
    if (e.warning) stats.warnings++;
    else stats.errors++;
    if (opts.onError) opts.onError(e);
    else if (e.warning) process.stderr.write(`warning: ${e.message}\n`);
    else throw e;
  };
  const inputs = await expand(paths, report);
  stats.files += inputs.length;
  const totalBytes = inputs.reduce((n, i) => n + i.size, 0);
  let doneBytes = 0;
  const progress = (file: string, bytes: number) => opts.onProgress?.({ bytes: doneBytes + bytes, totalBytes, files: stats.files, documents: stats.documents, file });

  for (const input of inputs) {
    const file = input.path;
    let count = 0;
    const errorsBefore = stats.errors;
    try {
      if (isUrl(file)) {
        const { body, type } = await fetchUrl(file, opts.timeoutMs ?? 30_000);
        const text = decode(body, file, report);
        const format: Format = /rss|atom|xml/.test(type) && looksLikeFeed(text.slice(0, 65536)) ? 'feed' : /html/.test(type) ? (looksLikeFeed(text.slice(0, 65536)) ? 'feed' : 'html') : sniff(text.slice(0, 65536));
        for (const d of fromText(text, format, file, date, report)) {
          count++;
          stats.documents++;
          yield d;
        }
      } else {
        if (input.size === 0) throw new InputError(file, 'no text to code (empty file)');
        let format = BY_EXTENSION[extname(file).toLowerCase()];
        if (!format) {
          const h = await head(file);
          const nul = nulAt(h);
          if (nul >= 0) throw new InputError(file, `binary file (NUL byte at offset ${nul}), not text`);
          format = sniff(h.toString('utf8'));
        }
        if (format === 'jsonl' || format === 'csv' || format === 'tsv') {
          const records = format === 'jsonl' ? readJsonLines(file, report) : readCsv(file, report, format === 'tsv' ? '\t' : ',');
          for await (const rec of records) {
            const d = fromRecord(rec, file, date);
            if (d instanceof InputError) {
              report(d);
              continue;
            }
            count++;
            stats.documents++;
            progress(file, rec.bytes);
            yield d;
          }
        } else {
          if (input.size > MAX_DOCUMENT_BYTES) throw new InputError(file, `file is ${mb(input.size)}, above the ${mb(MAX_DOCUMENT_BYTES)} limit for one document (split it, or give one article per record as JSONL or CSV)`);
          const text = decode(await readFile(file), file, report);
          for (const d of fromText(text, format, file, date, report)) {
            count++;
            stats.documents++;
            yield d;
          }
        }
        if (count === 0 && stats.errors === errorsBefore) throw new InputError(file, 'no articles found');
      }
    } catch (e) {
      if (e instanceof InputError) report(e);
      else report(new InputError(file, `cannot read: ${(e as Error).message}`));
    }
    if (count > 0) stats.filesRead++;
    doneBytes += input.size;
    progress(file, 0);
  }
}

/** All documents of the given paths, in an array (small inputs: tests, the demo corpus, an upload). */
export async function readAll(paths: string[], opts: ReadOptions = {}): Promise<Document[]> {
  const out: Document[] = [];
  for await (const d of readDocuments(paths, opts)) out.push(d);
  return out;
}
