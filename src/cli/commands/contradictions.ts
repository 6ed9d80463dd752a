/**
 * `entente contradictions`: dyads asserted and denied, or given both signs, by
 * different sources within a time window, with both evidence sentences
 * (src/network/contradictions.ts).
 */
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { isoDate, parse } from '../args.ts';
import { DEFAULT_DB, openStore } from '../../store/db.ts';
import { findContradictions, type Contradiction, type ContradictionKind, type Evidence } from '../../network/contradictions.ts';
import type { Level } from '../../network/sql.ts';
import { readGroups } from '../../network/groups.ts';

const usage = `Usage: entente contradictions [--db FILE] [--window month] [--level country] [--kind all|denial|polarity]
                              [--from DATE] [--to DATE] [--origin LIST] [--limit N] [--json]

List evidence that disagrees within a time window about one dyad:
  denial    an event asserted by one source and negated or denied by another (same polarity:
            an official says Iran sent troops to Iraq; Iran says it has none there)
  polarity  the dyad reported as cooperative by one source and as hostile by another
Sources differ when the documents (articles) differ or the claimants differ.

Options:
  --db FILE        database (default ${DEFAULT_DB}), opened read-only
  --window W       day, week, month (default), quarter, year, 3month, ...; --step, --ranges as
                   in 'entente network'
  --level L        actor, country (default) or groups (--groups FILE)
  --kind K         all (default), denial or polarity
  --origin LIST    only events of these origins (e.g. text)
  --limit N        at most N contradictions (default 200; denials first)
  --json           JSON array: {kind, window, from, to, a, b, claim, counter, counts}`;

function evidenceLines(label: string, e: Evidence): string[] {
  const where = [e.date ?? 'undated', e.outlet && e.outlet !== e.doc ? e.outlet : null, e.title ? `"${e.title}"` : null, e.doc ? `doc ${e.doc.slice(0, 12)}` : null, e.file ? `${e.file}${e.row !== null ? ':' + e.row : ''}` : null]
    .filter(Boolean).join(', ');
  const flags = [e.negated ? 'negated' : null, e.denied ? 'denied' : null, e.modality !== 'asserted' ? e.modality : null].filter(Boolean).join(', ');
  const lines = [`  ${label.padEnd(8)}${e.source} → ${e.target} ${e.code}${flags ? ` (${flags})` : ''}; ${where}${e.claimant ? `; claimant: ${e.claimant}` : ''}`];
  if (e.sentence) lines.push(`          “${e.sentence.replace(/\s+/g, ' ').trim()}”`);
  else if (e.url) lines.push(`          ${e.url}`);
  return lines;
}

export function formatContradictions(list: Contradiction[]): string {
  if (list.length === 0) return 'no contradictions found';
  const out: string[] = [];
  for (const c of list) {
    out.push(`${c.window}  ${c.a}–${c.b}  ${c.kind}${c.kind === 'polarity' ? ` (${c.counts.claim} cooperative, ${c.counts.counter} hostile events)` : ''}`);
    out.push(...evidenceLines(c.kind === 'denial' ? 'claim' : 'coop', c.claim));
    out.push(...evidenceLines(c.kind === 'denial' ? 'denial' : 'hostile', c.counter));
    out.push('');
  }
  const d = list.filter((c) => c.kind === 'denial').length;
  out.push(`${list.length} contradiction(s): ${d} denial, ${list.length - d} polarity`);
  return out.join('\n');
}

const command: Command = {
  summary: 'dyads asserted and denied, or both signs, by different sources',
  usage,
  async run(argv) {
    const { values } = parse(argv, {
      db: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      window: { type: 'string' },
      step: { type: 'string' },
      ranges: { type: 'string' },
      level: { type: 'string' },
      groups: { type: 'string' },
      kind: { type: 'string' },
      origin: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    }, false);
    const kind = values.kind ?? 'all';
    if (!['all', 'denial', 'polarity'].includes(kind)) throw new UsageError(`--kind must be all, denial or polarity, got ${JSON.stringify(kind)}`);
    const limit = values.limit === undefined ? 200 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive integer, got ${JSON.stringify(values.limit)}`);
    if (values.level !== undefined && !['actor', 'country', 'groups'].includes(values.level)) throw new UsageError(`--level must be actor, country or groups, got ${JSON.stringify(values.level)}`);
    if (values.level === 'groups' && !values.groups) throw new UsageError('--level groups needs --groups FILE');
    const store = await openStore(values.db ?? DEFAULT_DB, { readOnly: true });
    let list: Contradiction[];
    try {
      try {
        list = await findContradictions(store, {
          from: isoDate(values.from, 'from'),
          to: isoDate(values.to, 'to'),
          window: values.window,
          step: values.step,
          ranges: values.ranges,
          level: values.level as Level | undefined,
          groups: values.groups ? readGroups(values.groups) : undefined,
          origins: values.origin?.split(',').map((s) => s.trim()).filter(Boolean),
          kinds: kind === 'all' ? undefined : [kind as ContradictionKind],
          limit,
        });
      } catch (e) {
        const m = (e as Error).message;
        if (/^--|windows .* need/.test(m)) throw new UsageError(m);
        throw e;
      }
    } finally {
      store.close();
    }
    console.log(values.json ? JSON.stringify(list, null, 1) : formatContradictions(list));
    return 0;
  },
};

export default command;
