/**
 * `entente dyads`: cooperative and hostile dyads of the stored events, with their
 * sign, whether they are contested, and evidence sentences (src/store/dyads.ts
 * defines the counts, the sign and "contested").
 */
import { existsSync } from 'node:fs';
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse, isoDate } from '../args.ts';

const usage = `Usage: entente dyads [--db FILE] [--level actor|country] [--from DATE] [--to DATE] [--evidence N] [--json]

One entry per pair of actors linked by stored events: cooperative and hostile
event counts, the sign (+ when over 60 % of the counted events cooperate, − when
over 60 % are hostile, else 0), whether the relation is contested (both kinds at
least 2 events and at least 25 % each), and evidence sentences.
Negated/denied and hypothetical/predicted events are not counted; they are shown
in their own columns and in the evidence with their flags.

  --db FILE         database (default ./entente.duckdb)
  --level LEVEL     actor (codes as coded, IRNGOV) or country (IRNGOV, IRNMIL → IRN); default actor
  --from, --to      inclusive date bounds YYYY-MM-DD
  --evidence N      evidence sentences per dyad (default 3 in the table, 10 with --json)
  --json            JSON array of dyads with all fields and evidence`;

function clip(s: string, n: number): string {
  s = s.replace(/\s+/g, ' ').trim();
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

const command: Command = {
  summary: 'cooperative and hostile dyads with their evidence sentences',
  usage,
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, level: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, evidence: { type: 'string' }, json: { type: 'boolean' } }, false);
    const level = values.level ?? 'actor';
    if (level !== 'actor' && level !== 'country') throw new UsageError(`--level must be actor or country, got ${JSON.stringify(level)}`);
    const from = isoDate(values.from, 'from');
    const to = isoDate(values.to, 'to');
    if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
    let evidence = values.json ? 10 : 3;
    if (values.evidence !== undefined) {
      evidence = Number(values.evidence);
      if (!Number.isInteger(evidence) || evidence < 0) throw new UsageError(`--evidence must be a whole number ≥ 0, got ${JSON.stringify(values.evidence)}`);
    }
    const { openStore, DEFAULT_DB } = await import('../../store/db.ts');
    const { dyads } = await import('../../store/dyads.ts');
    const db = values.db ?? DEFAULT_DB;
    if (!existsSync(db)) throw new Error(`${db}: no such database (run entente ingest first)`);
    const store = await openStore(db, { readOnly: true });
    let list;
    try {
      list = await dyads(store, { level, from, to, evidence });
    } finally {
      store.close();
    }
    if (values.json) {
      console.log(JSON.stringify(list, null, 2));
      return 0;
    }
    if (list.length === 0) {
      console.log(`no dyads in ${db}${from || to ? ` between ${from ?? '…'} and ${to ?? '…'}` : ''}`);
      return 0;
    }
    const out: string[] = [];
    out.push(`${'dyad'.padEnd(24)} ${'sign'.padStart(4)} ${'coop'.padStart(5)} ${'host'.padStart(5)} ${'neg'.padStart(4)} ${'hyp'.padStart(4)}  contested  names`);
    for (const d of list) {
      const sign = d.sign > 0 ? '+' : d.sign < 0 ? '−' : '0';
      out.push(`${`${d.a} – ${d.b}`.padEnd(24)} ${sign.padStart(4)} ${String(d.cooperative).padStart(5)} ${String(d.hostile).padStart(5)} ${String(d.negated).padStart(4)} ${String(d.hypothetical).padStart(4)}  ${(d.contested ? 'yes' : '').padEnd(9)}  ${clip(`${d.aName} – ${d.bName}`, 60)}`);
      for (const e of d.evidence) {
        const flags = [e.kind === 'cooperative' ? '+' : '−', e.code, e.negated ? 'negated' : '', e.denied ? 'denied' : '', e.modality !== 'asserted' ? e.modality : '', e.claimant ? `claimed by ${clip(e.claimant, 30)}` : ''].filter(Boolean).join(' ');
        out.push(`    ${e.date ?? '????-??-??'} [${flags}] ${clip(e.sentence ?? `${e.source} → ${e.target} ${e.label ?? ''}`, 110)}`);
      }
    }
    console.log(out.join('\n'));
    return 0;
  },
};
export default command;
