/**
 * Writing coded documents to the store: documents, their sentences, their events
 * and the actor vocabulary, in bulk through DuckDB's Appender (no row INSERTs),
 * all inside one transaction per ingest.
 *
 * - Documents already stored (same content-hash id) are skipped, with their
 *   sentences and events: re-ingesting adds nothing.
 * - Any failure (a constraint, a full disk, an exception in the caller's work)
 *   rolls the whole transaction back: what the database held before is untouched.
 * - Rows are appended by column name, read from the live table, so columns added
 *   to the schema later get their defaults.
 *
 * `storeDocuments(store, items)` is the one-call form (used by the HTTP server
 * and the demo); `withWriter(store, work)` lets the ingest command read, code and
 * append in a stream inside one transaction.
 */
import { DuckDBDateValue, DuckDBTimestampValue, type DuckDBAppender, type DuckDBPreparedStatement } from '@duckdb/node-api';
import type { Actor, Document, Event, Sentence } from '../model/types.ts';
import { countryTable } from '../model/countries.ts';
import type { Store } from './db.ts';

export interface CodedDocument {
  document: Document;
  sentences: Sentence[];
  events: Event[];
}

export interface WriteSummary {
  /** Documents new to the database. */
  documents: number;
  /** Documents skipped because the database (or this batch) already held them. */
  duplicates: number;
  sentences: number;
  events: number;
  /** Actors added to the vocabulary table. */
  actors: number;
}

type Row = Record<string, unknown>;

/** Up to this many stored document ids are read into memory once per ingest (≈ 100 MB); beyond, each id is looked up. */
const MAX_HELD_IDS = 1_000_000;

interface TableAppender {
  append(row: Row): void;
  appender: DuckDBAppender;
}

async function tableAppender(store: Store, table: string): Promise<TableAppender> {
  const info = (await store.con.runAndReadAll(`SELECT name, type FROM pragma_table_info('${table}') ORDER BY cid`)).getRowObjectsJS() as { name: string; type: string }[];
  const appender = await store.con.createAppender(table);
  const cols = info.map((c) => ({ name: c.name, type: c.type.toUpperCase() }));
  return {
    appender,
    append(row) {
      for (const { name, type } of cols) {
        if (!(name in row)) {
          appender.appendDefault();
          continue;
        }
        const v = row[name];
        if (v === null || v === undefined) {
          appender.appendNull();
          continue;
        }
        switch (type) {
          case 'VARCHAR': appender.appendVarchar(String(v)); break;
          case 'BOOLEAN': appender.appendBoolean(Boolean(v)); break;
          case 'TINYINT': appender.appendTinyInt(Number(v)); break;
          case 'SMALLINT': appender.appendSmallInt(Number(v)); break;
          case 'INTEGER': appender.appendInteger(Number(v)); break;
          case 'BIGINT': appender.appendBigInt(BigInt(v as number)); break;
          case 'DOUBLE': appender.appendDouble(Number(v)); break;
          case 'FLOAT': appender.appendFloat(Number(v)); break;
          case 'DATE': {
            const d = dateValue(v);
            if (d) appender.appendDate(d);
            else appender.appendNull();
            break;
          }
          case 'TIMESTAMP': appender.appendTimestamp(new DuckDBTimestampValue(BigInt((v instanceof Date ? v.getTime() : Number(v))) * 1000n)); break;
          default: appender.appendVarchar(String(v));
        }
      }
      appender.endRow();
    },
  };
}

/** `YYYY-MM-DD` → DuckDB date, or null when it is not a calendar date. */
function dateValue(v: unknown): DuckDBDateValue | null {
  const m = typeof v === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(v) : null;
  if (!m) return null;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return DuckDBDateValue.fromParts({ year: y, month: mo, day: d });
}

/** An actor for a code the vocabulary lacks: a state's sub-actor (`IRQMIL`) or the code itself. */
export function derivedActor(code: string, name?: string | null): Actor {
  const states = countryTable();
  const state = states.get(code.slice(0, 3));
  if (state) {
    const sector = code.length > 3 ? code.slice(3) : null;
    return { code, name: name ?? (sector ? `${state.name} ${sector}` : state.name), country: state.code, sector, kind: sector ? 'group' : 'state' };
  }
  return { code, name: name ?? code, country: null, sector: null, kind: 'group' };
}

function eventRow(e: Event, d: Document): Row {
  return {
    id: e.id, origin: e.origin ?? 'text', doc: e.doc ?? d.id, date: e.date ?? d.date ?? null,
    source: e.source, target: e.target, source_name: e.sourceName ?? null, target_name: e.targetName ?? null,
    code: e.code, root: e.root ?? e.code.slice(0, 2), goldstein: e.goldstein, quad: e.quad,
    plover_event: e.ploverEvent ?? null, plover_mode: e.ploverMode ?? null,
    negated: !!e.negated, denied: !!e.denied, modality: e.modality ?? 'asserted', claimant: e.claimant ?? null, confidence: e.confidence ?? 1,
    sentence_idx: e.sentenceIndex ?? null, sent_start: e.start ?? null, sent_end: e.end ?? null,
    src_start: e.sourceSpan?.start ?? null, src_end: e.sourceSpan?.end ?? null,
    tgt_start: e.targetSpan?.start ?? null, tgt_end: e.targetSpan?.end ?? null,
    verb_start: e.verbSpan?.start ?? null, verb_end: e.verbSpan?.end ?? null,
    file: e.file ?? null, row_number: e.row ?? null, url: e.url ?? null, mentions: e.mentions ?? null, sources: e.sources ?? null,
  };
}

/** Appends coded documents inside a transaction the caller (withWriter) holds. */
export class StoreWriter {
  readonly summary: WriteSummary = { documents: 0, duplicates: 0, sentences: 0, events: 0, actors: 0 };
  private seenDocs = new Set<string>();
  /** Ids of the documents stored before this ingest, when there are few enough to hold (else looked up one by one). */
  private storedDocs: Set<string> | null = null;
  private seenEvents = new Set<string>();
  private actorCodes = new Set<string>();
  private eventActors = new Map<string, string | null>();

  private constructor(
    private store: Store,
    private docs: TableAppender,
    private sents: TableAppender,
    private evs: TableAppender,
    private acts: TableAppender,
    private lookup: (code: string) => Actor | undefined,
    private exists: DuckDBPreparedStatement,
  ) {}

  static async open(store: Store, opts: { lookup?: (code: string) => Actor | undefined } = {}): Promise<StoreWriter> {
    const codes = (await store.con.runAndReadAll('SELECT code FROM actors')).getRows().map((r) => String(r[0]));
    const exists = await store.con.prepare('SELECT 1 FROM documents WHERE id = $1');
    const w = new StoreWriter(store, await tableAppender(store, 'documents'), await tableAppender(store, 'sentences'), await tableAppender(store, 'events'), await tableAppender(store, 'actors'), opts.lookup ?? (() => undefined), exists);
    for (const c of codes) w.actorCodes.add(c);
    const n = Number((await store.con.runAndReadAll('SELECT count(*) FROM documents')).getRows()[0][0]);
    if (n <= MAX_HELD_IDS) w.storedDocs = new Set((await store.con.runAndReadAll('SELECT id FROM documents')).getRows().map((r) => String(r[0])));
    return w;
  }

  /** Whether the database (or this ingest) already holds a document with this id. */
  async has(id: string): Promise<boolean> {
    if (this.seenDocs.has(id)) return true;
    if (this.storedDocs) return this.storedDocs.has(id);
    this.exists.bindVarchar(1, id);
    const r = await this.exists.runAndReadAll();
    return r.currentRowCount > 0;
  }

  /** Append a coded document unless it is already stored; returns whether it was new. */
  async add(item: CodedDocument): Promise<boolean> {
    const d = item.document;
    if (await this.has(d.id)) {
      this.summary.duplicates++;
      return false;
    }
    this.seenDocs.add(d.id);
    this.docs.append({ id: d.id, external_id: d.externalId ?? null, title: d.title ?? null, date: d.date ?? null, url: d.url ?? null, source: d.source ?? null, path: d.path ?? null, line: d.line ?? null, text: d.text, ingested_at: new Date() });
    this.summary.documents++;
    const idx = new Set<number>();
    for (const s of item.sentences) {
      if (idx.has(s.index)) continue;
      idx.add(s.index);
      this.sents.append({ doc: d.id, idx: s.index, start_offset: s.start, end_offset: s.end, text: s.text });
      this.summary.sentences++;
    }
    for (const e of item.events) {
      if (this.seenEvents.has(e.id)) continue;
      this.seenEvents.add(e.id);
      this.evs.append(eventRow(e, d));
      this.summary.events++;
      if (!this.eventActors.has(e.source)) this.eventActors.set(e.source, e.sourceName ?? null);
      if (!this.eventActors.has(e.target)) this.eventActors.set(e.target, e.targetName ?? null);
    }
    return true;
  }

  /** Add actors the vocabulary table does not hold yet. */
  addActors(actors: Iterable<Actor>): void {
    for (const a of actors) {
      if (this.actorCodes.has(a.code)) continue;
      this.actorCodes.add(a.code);
      this.acts.append({ code: a.code, name: a.name, country: a.country ?? null, sector: a.sector ?? null, kind: a.kind ?? null });
      this.summary.actors++;
    }
  }

  /** Flush everything (actors for event codes not yet in the vocabulary first); throws on a constraint violation. */
  close(): void {
    for (const [code, name] of this.eventActors) if (!this.actorCodes.has(code)) this.addActors([this.lookup(code) ?? derivedActor(code, name)]);
    const errors: Error[] = [];
    for (const t of [this.docs, this.sents, this.evs, this.acts]) {
      try {
        t.appender.closeSync();
      } catch (e) {
        errors.push(e as Error);
      }
    }
    this.exists.destroySync();
    if (errors.length) throw errors[0];
  }

  /** Drop the appenders after a failure (their rows go with the rollback). */
  abort(): void {
    for (const t of [this.docs, this.sents, this.evs, this.acts]) {
      try {
        t.appender.closeSync();
      } catch {
        /* the transaction is rolled back anyway */
      }
    }
    try {
      this.exists.destroySync();
    } catch {
      /* ignore */
    }
  }
}

/**
 * Run `work` with a writer inside one transaction: everything it appended is
 * committed together, or (on any error) nothing is and the database is as before.
 */
export async function withWriter<T>(store: Store, work: (w: StoreWriter) => Promise<T>, opts: { lookup?: (code: string) => Actor | undefined } = {}): Promise<{ result: T; summary: WriteSummary }> {
  await store.con.run('BEGIN TRANSACTION');
  let writer: StoreWriter | null = null;
  try {
    writer = await StoreWriter.open(store, opts);
    const result = await work(writer);
    const summary = writer.summary;
    writer.close();
    writer = null;
    await store.con.run('COMMIT');
    return { result, summary };
  } catch (e) {
    writer?.abort();
    await store.con.run('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/**
 * Store coded documents (and, optionally, actors) in one transaction; documents
 * already stored are skipped. Returns what the database gained.
 */
export async function storeDocuments(store: Store, items: Iterable<CodedDocument> | AsyncIterable<CodedDocument>, opts: { actors?: Iterable<Actor>; lookup?: (code: string) => Actor | undefined } = {}): Promise<WriteSummary> {
  const { summary } = await withWriter(store, async (w) => {
    if (opts.actors) w.addActors(opts.actors);
    for await (const item of items) await w.add(item);
  }, opts);
  return summary;
}
