/**
 * Problems with input files, reported as one line naming the file (and the line
 * or record where it applies): `articles.csv:1: no "text" column (header: id, body)`.
 * `fatal` problems mean nothing more could be read from the file; the others
 * (one bad record, a decoding warning) leave the rest of the file readable.
 */
export class InputError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly fatal: boolean;
  /** Only a warning: the text was read anyway (invalid UTF-8 decoded with replacement characters). */
  readonly warning: boolean;
  readonly problem: string;
  constructor(file: string, problem: string, opts: { line?: number | null; fatal?: boolean; warning?: boolean } = {}) {
    super(`${file}${opts.line != null ? `:${opts.line}` : ''}: ${problem}`);
    this.name = 'InputError';
    this.file = file;
    this.line = opts.line ?? null;
    this.warning = opts.warning ?? false;
    this.fatal = this.warning ? false : (opts.fatal ?? true);
    this.problem = problem;
  }
}

/**
 * Largest single document read (plain text, HTML page, feed, one JSONL line or CSV
 * record): 10 MB. Longer inputs are refused with a message instead of being
 * loaded; many articles belong in JSONL or CSV, which stream record by record.
 */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
