/**
 * The API's data over an entente DuckDB database: windows of events and the
 * signed network of a window (src/network: its windows, de-duplication and sign
 * rule, so the UI shows what `entente network` exports), the events and evidence
 * sentences behind a dyad, documents, actor search, contradictions between
 * sources (src/network/contradictions.ts) and coding new text.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../store/db.ts';
import type { SignedEdge } from '../model/types.ts';
import { countryOf, countryTable } from '../model/countries.ts';
import { cameo } from '../model/cameo.ts';
import type { ActorHit, CodeRequest, CodedText, Contradiction, Dataset, DocumentView, DyadEvidence, EvidenceEvent, Level, Network, NetworkNode, WindowInfo } from './dataset.ts';
import { buildNetworks, listWindows } from '../network/build.ts';
import { findContradictions } from '../network/contradictions.ts';
import { windowId } from '../network/window.ts';
import { Lru } from './cache.ts';
import { HttpError } from './errors.ts';
import { codeText } from './coding.ts';

type Row = Record<string, any>;

export interface StoreDatasetOptions {
  /** Window length as src/network understands it: month, quarter (default), year, week, 3month… */
  period?: string;
  /** Connections in the read pool (DuckDB runs queries of different connections in parallel). */
  connections?: number;
}

export async function storeDataset(store: Store, opts: StoreDatasetOptions = {}): Promise<Dataset & { invalidate(): void; period: string }> {
  const period = opts.period ?? 'quarter';
  // reads go through their own connections; store.con is left to writes (one at a time, see `code`)
  const pool: DuckDBConnection[] = [];
  for (let i = 0; i < (opts.connections ?? 3); i++) pool.push(await store.instance.connect());
  let writing: Promise<unknown> = Promise.resolve();
  let next = 0;
  const q = async (sql: string, params: any[] = []): Promise<Row[]> => {
    const con = pool[next++ % pool.length];
    const r = await con.runAndReadAll(sql, params);
    return r.getRowObjectsJS() as Row[];
  };

  let version = 0;
  const cache = new Lru<any>(512);
  const cached = <T>(key: string, f: () => Promise<T>): Promise<T> => cache.get(`${version}|${key}`, f) as Promise<T>;

  let names: Promise<Map<string, string>> | null = null;
  const actorNames = () =>
    (names ??= (async () => {
      const m = new Map<string, string>();
      for (const c of countryTable().values()) m.set(c.code, c.name);
      for (const r of await q(`SELECT code, name FROM actors WHERE name IS NOT NULL`)) m.set(r.code, r.name);
      for (const r of await q(`SELECT DISTINCT source AS code, source_name AS name FROM events WHERE source_name IS NOT NULL UNION SELECT DISTINCT target, target_name FROM events WHERE target_name IS NOT NULL LIMIT 100000`)) if (!m.has(r.code)) m.set(r.code, r.name);
      return m;
    })());

  const windows = () =>
    cached('windows', async (): Promise<WindowInfo[]> => {
      const ws = await listWindows(store, { window: period });
      // documents with at least one event dated in the window
      const docs = new Map<string, number>();
      if (ws.length) {
        const rows = await q(
          `SELECT w.id AS id, COUNT(DISTINCT e.doc) AS n
             FROM (VALUES ${ws.map(() => '(?, CAST(? AS DATE), CAST(? AS DATE))').join(', ')}) AS w(id, f, t)
             JOIN events e ON e.doc IS NOT NULL AND e.date BETWEEN w.f AND w.t
            GROUP BY w.id`,
          ws.flatMap((w) => [w.id, w.from, w.to]),
        );
        for (const r of rows) docs.set(String(r.id), Number(r.n));
      }
      return ws.map((w) => ({ id: w.id, from: w.from, to: w.to, events: w.events, documents: docs.get(w.id) ?? 0 }));
    });

  const rangeOrNull = async (window: string) => (await windows()).find((w) => w.id === window) ?? null;

  const network = (window: string, level: Level) =>
    cached(`net|${window}|${level}`, async (): Promise<Network | null> => {
      const w = await rangeOrNull(window);
      if (!w || !w.from || !w.to) return null;
      const built = await buildNetworks(store, { ranges: [{ id: windowId(w.from, w.to), from: w.from, to: w.to }], level });
      const nw = built.windows[0];
      const nm = await actorNames();
      const nodes: NetworkNode[] = (nw?.nodes ?? []).map((n) => ({ id: n.code, label: n.name || nm.get(n.code) || n.code, activity: n.events }));
      nodes.sort((x, y) => y.activity - x.activity || x.id.localeCompare(y.id));
      const edges: SignedEdge[] = (nw?.edges ?? []).filter((e) => e.a !== '' && e.b !== '');
      return { window, level, nodes: nodes.filter((n) => n.id !== ''), edges };
    });

  /** SQL condition matching an actor code at a level (country level also matches its sub-actors). */
  const match = (col: string, code: string, level: Level, params: any[]) => {
    if (level === 'country' && countryTable().has(code)) {
      params.push(code);
      return `substr(${col}, 1, 3) = ?`;
    }
    params.push(code);
    return `${col} = ?`;
  };

  const evidenceOf = (r: Row): EvidenceEvent => {
    const s0 = r.sent_start as number | null;
    const sentLen = (r.sentence as string | null)?.length ?? 0;
    const span = (a: number | null, b: number | null) => {
      if (a == null || b == null || r.sentence == null) return null;
      // offsets are document offsets; fall back to sentence offsets when they already fit the sentence
      let start = a, end = b;
      if (s0 != null && a >= s0 && b - s0 <= sentLen) (start = a - s0), (end = b - s0);
      if (start < 0 || end > sentLen || end <= start) return null;
      return { start, end };
    };
    return {
      id: r.id,
      date: r.date,
      source: r.source,
      target: r.target,
      code: r.code,
      label: cameo(r.code)?.name ?? null,
      goldstein: r.goldstein,
      quad: r.quad,
      negated: r.negated,
      denied: r.denied,
      modality: r.modality,
      claimant: r.claimant,
      confidence: r.confidence,
      origin: r.origin,
      doc: r.doc,
      docTitle: r.title ?? null,
      docSource: r.outlet ?? null,
      sentence: r.sentence ?? null,
      sourceSpan: span(r.src_start, r.src_end),
      targetSpan: span(r.tgt_start, r.tgt_end),
      verbSpan: span(r.verb_start, r.verb_end),
      url: r.url ?? r.doc_url ?? null,
    };
  };

  const EVENT_COLUMNS = `e.id, e.origin, e.doc, strftime(e.date, '%Y-%m-%d') AS date, e.source, e.target, e.code, e.goldstein, CAST(e.quad AS INTEGER) AS quad,
      e.negated, e.denied, e.modality, e.claimant, e.confidence, e.sent_start, e.src_start, e.src_end, e.tgt_start, e.tgt_end, e.verb_start, e.verb_end, e.url,
      s.text AS sentence, d.title, d.source AS outlet, d.url AS doc_url`;

  const dyad = (a: string, b: string, window: string, level: Level, limit: number) =>
    cached(`dyad|${a}|${b}|${window}|${level}|${limit}`, async (): Promise<DyadEvidence | null> => {
      const range = await rangeOrNull(window);
      if (!range) return null;
      const params: any[] = [range.from, range.to];
      const ab = `(${match('e.source', a, level, params)} AND ${match('e.target', b, level, params)})`;
      const ba = `(${match('e.source', b, level, params)} AND ${match('e.target', a, level, params)})`;
      const where = `e.date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND (${ab} OR ${ba})`;
      const total = (await q(`SELECT CAST(count(*) AS INTEGER) AS n FROM events e WHERE ${where}`, params))[0].n as number;
      const rows = await q(
        `SELECT ${EVENT_COLUMNS} FROM events e
           LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence_idx
           LEFT JOIN documents d ON d.id = e.doc
         WHERE ${where} ORDER BY e.date, e.doc, e.sentence_idx, e.id LIMIT ${limit}`,
        params,
      );
      const net = await network(window, level);
      const [x, y] = a < b ? [a, b] : [b, a];
      const edge = net?.edges.find((e) => e.a === x && e.b === y) ?? null;
      return { a, b, window, level, edge, events: rows.map(evidenceOf), total };
    });

  const document = (id: string) =>
    cached(`doc|${id}`, async (): Promise<DocumentView | null> => {
      const rows = await q(`SELECT id, title, strftime(date, '%Y-%m-%d') AS date, source, url, text FROM documents WHERE id = ?`, [id]);
      if (!rows.length) return null;
      const sents = await q(`SELECT idx, start_offset, end_offset FROM sentences WHERE doc = ? ORDER BY idx`, [id]);
      const r = rows[0];
      return { id: r.id, title: r.title, date: r.date, source: r.source, url: r.url, text: r.text, sentences: sents.map((s) => ({ index: s.idx, start: s.start_offset, end: s.end_offset })) };
    });

  const actorCounts = () =>
    cached('actor-counts', async () => {
      const rows = await q(`SELECT code, CAST(count(*) AS INTEGER) AS n FROM (SELECT source AS code FROM events UNION ALL SELECT target FROM events) WHERE code <> '' GROUP BY code`);
      const counts = new Map<string, number>();
      for (const r of rows) {
        counts.set(r.code, (counts.get(r.code) ?? 0) + r.n);
        const c = countryOf(r.code);
        if (c !== r.code) counts.set(c, (counts.get(c) ?? 0) + r.n);
      }
      return counts;
    });

  const actors = async (query: string, limit: number): Promise<ActorHit[]> => {
    const [counts, nm] = await Promise.all([actorCounts(), actorNames()]);
    const needle = query.trim().toLowerCase();
    const hits: ActorHit[] = [];
    for (const [code, n] of counts) {
      const name = nm.get(code) ?? null;
      if (needle && !code.toLowerCase().includes(needle) && !(name ?? '').toLowerCase().includes(needle)) continue;
      hits.push({ code, name, country: countryTable().has(code.slice(0, 3)) ? code.slice(0, 3) : null, events: n });
    }
    hits.sort((x, y) => Number(y.code.toLowerCase() === needle) - Number(x.code.toLowerCase() === needle) || y.events - x.events || x.code.localeCompare(y.code));
    return hits.slice(0, limit);
  };

  const contradictions = (window: string | null, limit: number) =>
    cached(`contra|${window}|${limit}`, async (): Promise<Contradiction[]> => {
      let opts: Record<string, unknown> = { window: period };
      if (window !== null) {
        const w = await rangeOrNull(window);
        if (!w || !w.from || !w.to) throw new HttpError(404, `window: no window '${window}' in this database (see /api/windows)`);
        opts = { ranges: [{ id: window, from: w.from, to: w.to }] };
      }
      const found = await findContradictions(store, { ...opts, level: 'country', limit });
      const ev = (e: (typeof found)[number]['claim']) => ({ source: e.outlet, doc: e.doc, date: e.date, sentence: e.sentence, polarity: e.polarity, negated: e.negated, denied: e.denied, claimant: e.claimant, title: e.title, code: e.code });
      return found.map((c) => ({ window: c.window, a: c.a, b: c.b, kind: c.kind, counts: c.counts, evidence: [ev(c.claim), ev(c.counter)] }));
    });

  return {
    name: store.path,
    period,
    windows,
    network,
    dyad,
    document,
    actors,
    contradictions,
    async code(req: CodeRequest): Promise<CodedText> {
      const run = writing.then(() => codeText(store, req, (rows) => rows.map(evidenceOf)));
      writing = run.catch(() => {});
      const out = await run;
      if (out.added > 0) {
        version++;
        cache.clear();
        names = null;
      }
      return out;
    },
    invalidate() {
      version++;
      cache.clear();
      names = null;
    },
  };
}
