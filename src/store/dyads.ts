/**
 * Dyads of the stored events: for each unordered pair of actors, how many
 * cooperative and hostile events link them, the sign of the relation, whether it
 * is contested, and the sentences that say so.
 *
 * Definitions (computed in SQL over the `events` table):
 * - level `actor` keeps codes as coded (IRNGOV, IRNMIL); level `country` rolls a
 *   state's sub-actors up to the state (countryOf: IRNGOV, IRNMIL → IRN); IGOs and
 *   non-state actors keep their own code (ISIS, NATO). Events within one actor
 *   after the roll-up (IRNGOV → IRNMIL) are left out.
 * - counted events: not negated, not denied, and asserted or intended. Negated or
 *   denied events ("there has been no contact and none is planned") and hypothetical
 *   or predicted ones ("might consider working with", "will likely use air strikes")
 *   are not counted; they are reported separately as `negated` and `hypothetical`
 *   and still appear in the evidence with their flags.
 * - cooperative = counted events of quad class 1–2; hostile = quad class 3–4. An act told once is counted once:
 *   the two directions of a mutual act ("Iran and Iraq cooperated": one verb, one sentence, one code, IRN→IRQ and
 *   IRQ→IRN), or one act on two mentions that roll up to one dyad, are one event of the dyad.
 *   `events` stays the number of stored events.
 * - sign: net = (cooperative − hostile) / (cooperative + hostile); +1 when net > 0.2,
 *   −1 when net < −0.2, else 0 (a 60/40 majority is needed; the network builder's default band).
 * - contested: both kinds are substantial: min(cooperative, hostile) ≥ 2 and
 *   ≥ 25 % of the dyad's counted events.
 * - evidence: up to `evidence` events per dyad (default 10), the two kinds
 *   interleaved (the majority kind first) so that a contested dyad shows both; counted events before
 *   negated/hypothetical ones, then by confidence and date; one entry per sentence
 *   and reading (kind, flags). Each carries the
 *   sentence, document id, date, title and the event's code and flags.
 */
import type { Store } from './db.ts';
import { tieEventSql } from './schema.ts';
import { countryTable } from '../model/countries.ts';
import { cameo } from '../model/cameo.ts';

export type DyadLevel = 'actor' | 'country';

export interface DyadOptions {
  level?: DyadLevel;
  /** Inclusive date bounds (YYYY-MM-DD); events without a date are left out when either is given. */
  from?: string;
  to?: string;
  /** Evidence sentences per dyad (default 10). */
  evidence?: number;
  /** Only events of this origin (`text`, `gdelt`, …). */
  origin?: string;
}

export interface Evidence {
  event: string;
  doc: string | null;
  date: string | null;
  title: string | null;
  url: string | null;
  /** The sentence (text events), or null for imported events. */
  sentence: string | null;
  sentenceIndex: number | null;
  source: string;
  target: string;
  code: string;
  label: string | null;
  quad: number;
  goldstein: number;
  kind: 'cooperative' | 'hostile';
  negated: boolean;
  denied: boolean;
  modality: string;
  claimant: string | null;
  confidence: number;
  /** Whether the event is in the cooperative/hostile counts (not negated, denied, hypothetical or predicted). */
  counted: boolean;
}

export interface Dyad {
  a: string;
  b: string;
  aName: string;
  bName: string;
  cooperative: number;
  hostile: number;
  sign: 1 | -1 | 0;
  contested: boolean;
  /** Negated or denied events (not counted). */
  negated: number;
  /** Hypothetical or predicted events, not negated (not counted). */
  hypothetical: number;
  /** All events of the dyad. */
  events: number;
  first: string | null;
  last: string | null;
  evidence: Evidence[];
}

export const SIGN_BAND = 0.2;

export function dyadSign(cooperative: number, hostile: number): 1 | -1 | 0 {
  const t = cooperative + hostile;
  if (t === 0) return 0;
  const net = (cooperative - hostile) / t;
  return net > SIGN_BAND ? 1 : net < -SIGN_BAND ? -1 : 0;
}

export function isContested(cooperative: number, hostile: number): boolean {
  const m = Math.min(cooperative, hostile);
  return m >= 2 && m >= 0.25 * (cooperative + hostile);
}

/** SQL list literal of the state codes (all `[A-Z]{3}`, checked). */
export function stateListSql(): string {
  const codes = [...countryTable().keys()].filter((c) => /^[A-Z0-9]{3}$/.test(c));
  return `[${codes.map((c) => `'${c}'`).join(',')}]`;
}

/** SQL for an actor code column at the given level. */
export function levelSql(col: string, level: DyadLevel, states = stateListSql()): string {
  if (level === 'actor') return col;
  return `CASE WHEN list_contains(${states}, left(${col}, 3)) THEN left(${col}, 3) ELSE ${col} END`;
}

/** WHERE conditions and parameters for date bounds and origin. */
export function filterSql(opts: { from?: string; to?: string; origin?: string }, alias = 'e'): { where: string[]; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (opts.from) { where.push(`${alias}.date >= CAST($from AS DATE)`); params.from = opts.from; }
  if (opts.to) { where.push(`${alias}.date <= CAST($to AS DATE)`); params.to = opts.to; }
  if (opts.origin) { where.push(`${alias}.origin = $origin`); params.origin = opts.origin; }
  return { where, params };
}

/** Names of actor codes at a level: states by the country table, others from the actors table. */
async function names(store: Store, codes: Set<string>, level: DyadLevel): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const rows = (await store.con.runAndReadAll('SELECT code, name FROM actors')).getRows();
  const table = new Map(rows.map((r) => [String(r[0]), r[1] == null ? null : String(r[1])]));
  const states = countryTable();
  for (const c of codes) {
    const state = states.get(c);
    const stored = table.get(c);
    if (level === 'country' && state) out.set(c, state.name);
    else if (stored) out.set(c, stored);
    else if (state) out.set(c, state.name);
    else if (states.get(c.slice(0, 3))) out.set(c, `${states.get(c.slice(0, 3))!.name} ${c.slice(3)}`);
    else out.set(c, c);
  }
  return out;
}

/** One entry per dyad, most events first. */
export async function dyads(store: Store, opts: DyadOptions = {}): Promise<Dyad[]> {
  const level = opts.level ?? 'actor';
  const cap = Math.max(0, Math.floor(opts.evidence ?? 10));
  const states = stateListSql();
  const { where, params } = filterSql(opts);
  where.push(tieEventSql('e'));
  const base = `
    WITH ev AS (
      SELECT e.*, ${levelSql('e.source', level, states)} AS s, ${levelSql('e.target', level, states)} AS t,
             (NOT e.negated AND NOT e.denied AND e.modality NOT IN ('hypothetical', 'predicted')) AS counted,
             CASE WHEN e.doc IS NULL OR e.verb_start IS NULL THEN e.id ELSE concat_ws('|', e.doc, e.sentence_idx, e.verb_start, e.code) END AS occ,
             CASE WHEN e.quad IN (1, 2) THEN 'cooperative' ELSE 'hostile' END AS kind
        FROM events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ), d AS (
      SELECT *, least(s, t) AS a, greatest(s, t) AS b FROM ev WHERE s <> t
    )`;
  const agg = (await store.con.runAndReadAll(
    `${base}
     SELECT a, b,
            count(DISTINCT occ) FILTER (WHERE counted AND kind = 'cooperative') AS cooperative,
            count(DISTINCT occ) FILTER (WHERE counted AND kind = 'hostile') AS hostile,
            count(DISTINCT occ) FILTER (WHERE negated OR denied) AS negated,
            count(DISTINCT occ) FILTER (WHERE NOT (negated OR denied) AND modality IN ('hypothetical', 'predicted')) AS hypothetical,
            count(*) AS events,
            strftime(min(date), '%Y-%m-%d') AS first, strftime(max(date), '%Y-%m-%d') AS last
       FROM d GROUP BY a, b
      ORDER BY count(DISTINCT occ) FILTER (WHERE counted) DESC, count(*) DESC, a, b`,
    params,
  )).getRowObjectsJS() as Record<string, any>[];

  const evidence = new Map<string, Evidence[]>();
  if (cap > 0 && agg.length) {
    const rows = (await store.con.runAndReadAll(
      `${base}, ranked AS (
         SELECT d.*, row_number() OVER (PARTITION BY a, b, kind ORDER BY counted DESC, confidence DESC, date NULLS LAST, doc, sentence_idx, id) AS rn FROM d
       )
       SELECT r.a, r.b, r.id, r.doc, strftime(r.date, '%Y-%m-%d') AS date, doc.title, coalesce(r.url, doc.url) AS url, s.text AS sentence, r.sentence_idx,
              r.source, r.target, r.code, CAST(r.quad AS INTEGER) AS quad, r.goldstein, r.kind, r.negated, r.denied, r.modality, r.claimant, r.confidence, r.counted, r.rn
         FROM ranked r
         LEFT JOIN sentences s ON s.doc = r.doc AND s.idx = r.sentence_idx
         LEFT JOIN documents doc ON doc.id = r.doc
        WHERE r.rn <= ${cap * 2}
        ORDER BY r.a, r.b, r.rn, r.counted DESC, r.kind`,
      params,
    )).getRowObjectsJS() as Record<string, any>[];
    // within each rank, the dyad's majority kind first (so --evidence 1 shows what the sign rests on)
    const majority = new Map(agg.map((r) => [`${r.a}\t${r.b}`, Number(r.hostile) > Number(r.cooperative) ? 'hostile' : 'cooperative']));
    const order = (r: Record<string, any>) => (r.kind === majority.get(`${r.a}\t${r.b}`) ? 0 : 1);
    rows.sort((x, y) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : Number(x.rn) - Number(y.rn) || order(x) - order(y)));
    const seen = new Set<string>();
    for (const r of rows) {
      const key = `${r.a}\t${r.b}`;
      let list = evidence.get(key);
      if (!list) evidence.set(key, (list = []));
      if (list.length >= cap) continue;
      // one entry per sentence and reading (two directions of one statement are one piece of evidence)
      const same = `${key}\t${r.doc ?? r.id}\t${r.sentence_idx ?? r.id}\t${r.kind}\t${r.counted}\t${r.negated}\t${r.modality}`;
      if (seen.has(same)) continue;
      seen.add(same);
      list.push({
        event: r.id, doc: r.doc ?? null, date: r.date ?? null, title: r.title ?? null, url: r.url ?? null,
        sentence: r.sentence ?? null, sentenceIndex: r.sentence_idx ?? null,
        source: r.source, target: r.target, code: r.code, label: cameo(r.code)?.name ?? null,
        quad: Number(r.quad), goldstein: Number(r.goldstein), kind: r.kind,
        negated: !!r.negated, denied: !!r.denied, modality: r.modality, claimant: r.claimant ?? null,
        confidence: Number(r.confidence), counted: !!r.counted,
      });
    }
  }

  const codes = new Set<string>();
  for (const r of agg) { codes.add(r.a); codes.add(r.b); }
  const nm = await names(store, codes, level);
  return agg.map((r) => {
    const cooperative = Number(r.cooperative);
    const hostile = Number(r.hostile);
    return {
      a: r.a, b: r.b, aName: nm.get(r.a) ?? r.a, bName: nm.get(r.b) ?? r.b,
      cooperative, hostile, sign: dyadSign(cooperative, hostile), contested: isContested(cooperative, hostile),
      negated: Number(r.negated), hypothetical: Number(r.hypothetical), events: Number(r.events),
      first: r.first ?? null, last: r.last ?? null,
      evidence: evidence.get(`${r.a}\t${r.b}`) ?? [],
    };
  });
}
