/**
 * The API's data over an entente DuckDB database: windows of events, the signed
 * network of a window (actor or country level), the events and evidence
 * sentences behind a dyad, documents, actor search and coding new text.
 *
 * Edge sign rule (same spirit as src/network): the sum of the Goldstein weights
 * of the dyad's asserted, non-negated, non-denied events in both directions;
 * positive beyond ±0.5 is cooperative (+1), negative hostile (−1), otherwise
 * neutral (0). Weight is the absolute sum; confidence grows with the number of
 * events and their agreement.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Store } from '../store/db.ts';
import type { SignedEdge } from '../model/types.ts';
import { countryOf, countryTable } from '../model/countries.ts';
import { cameo } from '../model/cameo.ts';
import type { ActorHit, CodeRequest, CodedText, Contradiction, Dataset, DocumentView, DyadEvidence, EvidenceEvent, Level, Network, NetworkNode, WindowInfo } from './dataset.ts';
import { type Period, rangeOf, windowSql } from './windows.ts';
import { Lru } from './cache.ts';
import { HttpError } from './errors.ts';
import { codeText } from './coding.ts';

type Row = Record<string, any>;

export interface StoreDatasetOptions {
  period?: Period;
  /** Connections in the read pool (DuckDB runs queries of different connections in parallel). */
  connections?: number;
}

const NEUTRAL_BAND = 0.5;

export async function storeDataset(store: Store, opts: StoreDatasetOptions = {}): Promise<Dataset & { invalidate(): void; period: Period }> {
  const period = opts.period ?? 'quarter';
  const pool: DuckDBConnection[] = [store.con];
  for (let i = 1; i < (opts.connections ?? 3); i++) pool.push(await store.instance.connect());
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
      const w = windowSql('date', period);
      const rows = await q(`SELECT ${w} AS id, strftime(min(date), '%Y-%m-%d') AS first, CAST(count(*) AS INTEGER) AS events, CAST(count(DISTINCT doc) AS INTEGER) AS documents FROM events WHERE date IS NOT NULL GROUP BY 1 ORDER BY 1`);
      return rows.map((r) => {
        const range = rangeOf(r.id, period);
        return { id: r.id, from: range?.from ?? r.first, to: range?.to ?? null, events: r.events, documents: r.documents };
      });
    });

  const rangeOrNull = async (window: string) => {
    const range = rangeOf(window, period);
    if (!range) return null;
    const ws = await windows();
    return ws.some((w) => w.id === window) ? range : null;
  };

  const roll = (code: string, level: Level) => (level === 'country' ? countryOf(code) : code);

  const network = (window: string, level: Level) =>
    cached(`net|${window}|${level}`, async (): Promise<Network | null> => {
      const range = await rangeOrNull(window);
      if (!range) return null;
      const rows = await q(
        `SELECT source, target,
            CAST(count(*) AS INTEGER) AS n,
            CAST(count(*) FILTER (WHERE NOT negated AND NOT denied AND modality = 'asserted') AS INTEGER) AS counted,
            CAST(count(*) FILTER (WHERE NOT negated AND NOT denied AND modality = 'asserted' AND quad <= 2) AS INTEGER) AS coop,
            CAST(count(*) FILTER (WHERE NOT negated AND NOT denied AND modality = 'asserted' AND quad >= 3) AS INTEGER) AS host,
            coalesce(sum(goldstein) FILTER (WHERE NOT negated AND NOT denied AND modality = 'asserted'), 0) AS gs
         FROM events WHERE date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) AND source <> '' AND target <> '' GROUP BY source, target`,
        [range.from, range.to],
      );
      const nm = await actorNames();
      const activity = new Map<string, number>();
      const acc = new Map<string, { a: string; b: string; coop: number; host: number; gs: number; n: number }>();
      for (const r of rows) {
        const s = roll(r.source, level), t = roll(r.target, level);
        activity.set(s, (activity.get(s) ?? 0) + r.n);
        if (t !== s) activity.set(t, (activity.get(t) ?? 0) + r.n);
        if (s === t) continue;
        const [a, b] = s < t ? [s, t] : [t, s];
        const k = `${a}\u0000${b}`;
        let e = acc.get(k);
        if (!e) acc.set(k, (e = { a, b, coop: 0, host: 0, gs: 0, n: 0 }));
        e.coop += r.coop;
        e.host += r.host;
        e.gs += r.gs;
        e.n += r.counted;
      }
      const edges: SignedEdge[] = [];
      for (const e of acc.values()) {
        if (e.n === 0) continue;
        const sign = e.gs > NEUTRAL_BAND ? 1 : e.gs < -NEUTRAL_BAND ? -1 : 0;
        const agree = Math.max(e.coop, e.host) / Math.max(1, e.coop + e.host);
        edges.push({ a: e.a, b: e.b, sign, weight: Math.round(Math.abs(e.gs) * 100) / 100, cooperative: e.coop, hostile: e.host, events: e.n, confidence: Math.round(agree * (1 - 1 / (1 + e.n)) * 1000) / 1000 });
      }
      const nodes: NetworkNode[] = [...activity].map(([id, n]) => ({ id, label: nm.get(id) ?? id, activity: n }));
      nodes.sort((x, y) => y.activity - x.activity || x.id.localeCompare(y.id));
      edges.sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
      return { window, level, nodes, edges };
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
      if (window !== null && !(await rangeOrNull(window))) throw new HttpError(404, `window: no window '${window}' in this database (see /api/windows)`);
      return findContradictions(q, period, window, limit);
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
      const out = await codeText(store, req, (rows) => rows.map(evidenceOf));
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

/**
 * Contradictions between sources in a window: the same country dyad and CAMEO
 * root asserted by one outlet and negated or denied by another (the Iran
 * presence claim and its denial), or material cooperation and material
 * conflict reported by different outlets.
 */
async function findContradictions(q: (sql: string, p?: any[]) => Promise<Row[]>, period: Period, window: string | null, limit: number): Promise<Contradiction[]> {
  const w = windowSql('e.date', period);
  const rows = await q(
    `SELECT ${w} AS win, e.source, e.target, e.root, CAST(e.quad AS INTEGER) AS quad, e.negated, e.denied, e.claimant, e.doc, strftime(e.date, '%Y-%m-%d') AS date, d.source AS outlet, s.text AS sentence
       FROM events e LEFT JOIN documents d ON d.id = e.doc LEFT JOIN sentences s ON s.doc = e.doc AND s.idx = e.sentence_idx
      WHERE e.date IS NOT NULL AND e.origin = 'text' ${window !== null ? `AND ${w} = ?` : ''}
      ORDER BY e.date, e.doc, e.sentence_idx`,
    window !== null ? [window] : [],
  );
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const s = countryOf(r.source), t = countryOf(r.target);
    if (s === t) continue;
    const [a, b] = s < t ? [s, t] : [t, s];
    const k = `${r.win}|${a}|${b}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push({ ...r, a, b });
  }
  const out: Contradiction[] = [];
  const ev = (r: Row) => ({ source: r.outlet ?? r.claimant ?? null, doc: r.doc, date: r.date, sentence: r.sentence, polarity: r.quad <= 2 ? 1 : -1, negated: r.negated, denied: r.denied, claimant: r.claimant });
  for (const g of groups.values()) {
    const { win, a, b } = g[0];
    const said = g.filter((r) => !r.negated && !r.denied);
    const unsaid = g.filter((r) => r.negated || r.denied);
    const pair = said.flatMap((x) => unsaid.filter((y) => y.root === x.root && y.outlet !== x.outlet).map((y) => [x, y] as const))[0];
    if (pair) out.push({ window: win, a, b, kind: 'asserted-vs-denied', evidence: [ev(pair[0]), ev(pair[1])] });
    const coop = said.find((r) => r.quad === 2), conf = said.find((r) => r.quad === 4 && r.outlet !== coop?.outlet);
    if (coop && conf) out.push({ window: win, a, b, kind: 'opposite-polarity', evidence: [ev(coop), ev(conf)] });
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
