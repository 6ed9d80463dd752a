/**
 * Contradictions: within one time window and one dyad (at the chosen actor
 * level, undirected), evidence that disagrees between sources.
 *
 * - `denial`: an event asserted by one source and negated or denied by another
 *   (an Iraqi official says Iran sent some 500 troops; Iran says it has no forces
 *   in Iraq). Pairs a negated/denied event
 *   with asserted (not negated, not hypothetical/predicted/intended) events of
 *   the same polarity (cooperation: quad 1–2, conflict: 3–4) from other sources:
 *   for each asserting source (up to CLAIMS_PER_DENIAL), its best-matching claim:
 *   same direction first, then same CAMEO root, same quad class, nearest date.
 * - `polarity`: the dyad asserted as cooperative by one source and as hostile by
 *   another (both asserted: not negated, hypothetical, predicted or intended):
 *   one pair per dyad and window, the most cooperative against the most hostile
 *   event (by Goldstein) from different sources, with the counts of each side.
 *
 * "Different sources": the two events come from different documents (text), or
 * different articles (imported: URL, else file and row), or carry different
 * claimants (two people quoted in one article disagree). The article's own
 * voice counts as the claimant "author".
 *
 * Events without a date are in no window and never paired. The candidate
 * events are found by one DuckDB query on the shared CTEs of sql.ts (so
 * windows and actor levels are the networks'); pairing happens here.
 */
import type { Store } from '../store/db.ts';
import { baseCtes, type AggregationOptions } from './sql.ts';
import { resolveOptions, resolveWindows, type NetworkOptions } from './build.ts';
import { makeWindow } from './window.ts';

export type ContradictionKind = 'denial' | 'polarity';

export interface Evidence {
  event: string;
  origin: string;
  /** Actor codes as coded, and the codes at the network's level. */
  source: string;
  target: string;
  code: string;
  quad: number;
  goldstein: number;
  polarity: 1 | -1;
  negated: boolean;
  denied: boolean;
  modality: string;
  claimant: string | null;
  date: string | null;
  doc: string | null;
  title: string | null;
  /** The outlet (document source, or URL host). */
  outlet: string | null;
  url: string | null;
  file: string | null;
  row: number | null;
  sentence: string | null;
}

export interface Contradiction {
  kind: ContradictionKind;
  window: string;
  from: string;
  to: string;
  a: string;
  b: string;
  /** The assertion (denial) or the cooperative event (polarity). */
  claim: Evidence;
  /** The negation/denial, or the hostile event. */
  counter: Evidence;
  /** Events on each side in the window (polarity: asserted cooperative / hostile; denial: asserted claims / negated of that polarity). */
  counts: { claim: number; counter: number };
}

export interface ContradictionOptions extends NetworkOptions {
  kinds?: ContradictionKind[];
  /** Most contradictions returned (denials first, then polarity by strength); default 200. */
  limit?: number;
}

interface Cand extends Evidence {
  windowFrom: string;
  windowTo: string;
  a: string;
  b: string;
  s: string;
  t: string;
  identityDoc: string;
  identityClaimant: string;
}

/** Claims listed per denial: the best-matching claim of each of up to this many asserting sources. */
export const CLAIMS_PER_DENIAL = 5;

const norm = (s: string | null) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

function differentSources(x: Cand, y: Cand): boolean {
  return x.identityDoc !== y.identityDoc || x.identityClaimant !== y.identityClaimant;
}

function dayDistance(x: string | null, y: string | null): number {
  if (!x || !y) return 1e9;
  return Math.abs(Date.parse(x) - Date.parse(y)) / 86_400_000;
}

function strip(c: Cand): Evidence {
  const { windowFrom: _f, windowTo: _t, a: _a, b: _b, s: _s, t: _tt, identityDoc: _d, identityClaimant: _c, ...ev } = c;
  return ev;
}

/** Find contradictions (see the file header). */
export async function findContradictions(store: Store, opts: ContradictionOptions = {}): Promise<Contradiction[]> {
  const o: AggregationOptions = { ...resolveOptions({ ...opts, input: 'events' }), includeNegated: true };
  const kinds = new Set<ContradictionKind>(opts.kinds ?? ['denial', 'polarity']);
  const limit = opts.limit ?? 200;
  const windows = await resolveWindows(store, o);
  if (windows.length === 0) return [];
  const { ctes } = baseCtes(o, { dialect: 'duckdb', input: 'entente' });
  const wantPolarity = kinds.has('polarity');
  const sql = `WITH ${ctes},
dy0 AS (
  SELECT window_from, window_to, LEAST(s, t) AS a, GREATEST(s, t) AS b,
         COUNT(CASE WHEN neg THEN 1 END) > 0 AND COUNT(CASE WHEN NOT neg THEN 1 END) > 0 AS den,
         ${wantPolarity ? 'LEAST(COUNT(CASE WHEN NOT neg AND quad <= 2 THEN 1 END), COUNT(CASE WHEN NOT neg AND quad >= 3 THEN 1 END))' : '0'} AS strength
  FROM binned
  GROUP BY 1, 2, 3, 4
),
dy AS (  -- every dyad with a denial; the ${limit} dyads with the most events on both sides
  SELECT * FROM dy0 WHERE den OR strength > 0
  QUALIFY den OR row_number() OVER (ORDER BY strength DESC, window_from, a, b) <= ${Math.max(0, Math.floor(limit))}
)
SELECT CAST(x.window_from AS VARCHAR) AS window_from, CAST(x.window_to AS VARCHAR) AS window_to, dy.a, dy.b, x.s, x.t, x.outlet,
       e.id, e.origin, e.source, e.target, e.code, e.quad, e.goldstein, e.negated, e.denied, e.modality, e.claimant,
       CAST(e.date AS VARCHAR) AS date, e.doc, d.title, e.url, d.url AS doc_url, e.file, e.row_number,
       COALESCE(se.text, CASE WHEN e.sent_start IS NOT NULL AND e.sent_end IS NOT NULL THEN substr(d.text, e.sent_start + 1, e.sent_end - e.sent_start) END) AS sentence
FROM binned AS x
JOIN dy ON dy.window_from = x.window_from AND dy.window_to = x.window_to AND dy.a = LEAST(x.s, x.t) AND dy.b = GREATEST(x.s, x.t)
JOIN events AS e ON e.id = x.event_id
LEFT JOIN documents AS d ON d.id = e.doc
LEFT JOIN sentences AS se ON se.doc = e.doc AND se.idx = e.sentence_idx
ORDER BY 1, 2, 3, 4, e.date, e.id`;
  const reader = await store.con.runAndReadAll(sql);
  const groups = new Map<string, Cand[]>();
  for (const r of reader.getRowObjectsJson() as Record<string, unknown>[]) {
    const str = (k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));
    const quad = Number(r.quad);
    const c: Cand = {
      windowFrom: String(r.window_from), windowTo: String(r.window_to), a: String(r.a), b: String(r.b), s: String(r.s), t: String(r.t),
      event: String(r.id), origin: String(r.origin), source: String(r.source), target: String(r.target), code: String(r.code),
      quad, goldstein: Number(r.goldstein), polarity: quad <= 2 ? 1 : -1,
      negated: r.negated === true, denied: r.denied === true, modality: String(r.modality ?? 'asserted'), claimant: str('claimant'),
      date: str('date'), doc: str('doc'), title: str('title'), outlet: str('outlet'), url: str('url') ?? str('doc_url'),
      file: str('file'), row: r.row_number === null || r.row_number === undefined ? null : Number(r.row_number), sentence: str('sentence'),
      identityDoc: str('doc') ?? str('url') ?? `${str('file')}#${String(r.row_number)}`,
      identityClaimant: norm(str('claimant')) || 'author',
    };
    const k = `${c.windowFrom}|${c.windowTo}|${c.a}|${c.b}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(c);
  }

  const denials: (Contradiction & { score: number })[] = [];
  const polar: (Contradiction & { score: number })[] = [];
  for (const g of groups.values()) {
    const w = makeWindow(g[0].windowFrom, g[0].windowTo);
    const base = { window: w.id, from: w.from, to: w.to, a: g[0].a, b: g[0].b };
    const neg = g.filter((c) => c.negated || c.denied);
    const pos = g.filter((c) => !c.negated && !c.denied);
    if (kinds.has('denial')) {
      const seen = new Set<string>();
      for (const n of neg) {
        // a claim is asserted: hypothetical, predicted or intended events do not say it happened
        const claims = pos.filter((p) => p.polarity === n.polarity && p.modality === 'asserted' && differentSources(p, n));
        if (claims.length === 0) continue;
        const rank = (p: Cand) => [
          p.s === n.s && p.t === n.t ? 0 : 1,
          p.code.slice(0, 2) === n.code.slice(0, 2) ? 0 : 1,
          p.quad === n.quad ? 0 : 1,
          dayDistance(p.date, n.date),
        ];
        claims.sort((x, y) => {
          const rx = rank(x), ry = rank(y);
          for (let i = 0; i < rx.length; i++) if (rx[i] !== ry[i]) return rx[i] - ry[i];
          return x.event < y.event ? -1 : 1;
        });
        // the best claim of each other source that asserts it (at most CLAIMS_PER_DENIAL sources)
        const bySource = new Set<string>();
        for (const best of claims) {
          const who = best.identityDoc + '|' + best.identityClaimant;
          if (bySource.has(who)) continue;
          bySource.add(who);
          if (bySource.size > CLAIMS_PER_DENIAL) break;
          const key = best.event + '|' + n.event;
          if (seen.has(key)) continue;
          seen.add(key);
          denials.push({
            kind: 'denial', ...base, claim: strip(best), counter: strip(n),
            counts: { claim: claims.length, counter: neg.filter((x) => x.polarity === n.polarity).length },
            score: 0,
          });
        }
      }
    }
    if (kinds.has('polarity')) {
      const asserted = pos.filter((c) => c.modality === 'asserted');
      const coop = asserted.filter((c) => c.polarity > 0).sort((x, y) => y.goldstein - x.goldstein);
      const host = asserted.filter((c) => c.polarity < 0).sort((x, y) => x.goldstein - y.goldstein);
      if (coop.length === 0 || host.length === 0) continue;
      let pair: [Cand, Cand] | null = null;
      outer: for (const c of coop.slice(0, 50)) {
        for (const h of host) if (differentSources(c, h)) { pair = [c, h]; break outer; }
      }
      if (!pair) continue;
      polar.push({
        kind: 'polarity', ...base, claim: strip(pair[0]), counter: strip(pair[1]),
        counts: { claim: coop.length, counter: host.length },
        score: Math.min(coop.length, host.length),
      });
    }
  }
  const byTime = (x: Contradiction, y: Contradiction) => (x.from < y.from ? -1 : x.from > y.from ? 1 : x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);
  polar.sort((x, y) => y.score - x.score || byTime(x, y));
  denials.sort(byTime);
  const out = [...denials, ...polar].slice(0, limit).map(({ score: _s, ...c }) => c);
  return out;
}
