/**
 * Seeded 50/50 dev/test split of the PLOVER gold sentences for error analysis:
 * a record is "dev" when the first byte of sha1("entente-split-v1:" + id) is even, else "test".
 * Usage: npx tsx bench/accuracy/split.ts [dev|test|full] [--dump]
 *   scores the split (same metrics as `entente eval`); --dump prints each dev error.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval, primary, ploverTable, goldCountry, goldParties, targetMatches } from '../../src/cli/commands/eval.ts';
import { createCoder } from '../../src/extract/coder.ts';

export const half = (id: string) => (createHash('sha1').update('entente-split-v1:' + id).digest()[0] % 2 === 0 ? 'dev' : 'test');

const which = process.argv[2] ?? 'dev';
const dump = process.argv.includes('--dump');
const gsr = '../shared/data/gold/PLOVER_GSR_CAMEO.json';
const all = (JSON.parse(readFileSync(gsr, 'utf8')) as any[]).filter((r) => r && typeof r.text === 'string' && r.event && r.event !== 'DOCUMENT');
const recs = which === 'full' ? all : all.filter((r) => half(r.id) === which);
const dir = mkdtempSync(join(tmpdir(), 'split-'));
const f = join(dir, `${which}.json`);
writeFileSync(f, JSON.stringify(recs));
const r = runEval({ gsr: f }) as any;
const g = r.gsr;
const fmt = (s: any) => `${s.precision.toFixed(3)} ${s.recall.toFixed(3)} ${s.f1.toFixed(3)}`;
console.log(`${which} (${g.sentences}) events  event ${fmt(g.event)} | source ${fmt(g.source)} | target ${fmt(g.target)} | dyad ${fmt(g.dyad)} | triple ${fmt(g.triple)}`);
const gc = r.gsrWithCues;
console.log(`${which} (${g.sentences}) +cues   event ${fmt(gc.event)} | source ${fmt(gc.source)} | target ${fmt(gc.target)} | dyad ${fmt(gc.dyad)} | triple ${fmt(gc.triple)}`);
if (dump && which === 'dev') {
  const coder = createCoder();
  const plover = ploverTable();
  const country = (code: string) => goldCountry(coder.actors, code);
  for (const rec of recs) {
    const an = coder.analyse(rec.text, null, rec.id);
    const { event: coded, cue } = primary(an);
    const ev = coded ?? (cue && cue.source ? { code: cue.code, source: cue.source, target: '' } : null);
    const g = goldParties(rec);
    const gs = g.sources, gt = g.targets;
    const pe = ev ? plover(ev.code) : null;
    const s = ev ? country(ev.source) : '', t = ev?.target ? country(ev.target) : '';
    const okE = pe === rec.event, okS = gs.includes(s), okT = targetMatches(g, s, t);
    if (okE && okS && okT) continue;
    console.log(`\n${rec.id} [${okE ? '' : 'E'}${okS ? '' : 'S'}${okT ? '' : 'T'}]\n  ${rec.text}\n  gold ${rec.event} ${gs.join(',')} -> ${gt.join(',')}  (${rec.eventText ?? ''})\n  pred ${ev ? `${ev.code}/${pe} ${ev.source}(${s}) -> ${ev.target}(${t})` : '-'}  mentions: ${an.flatMap((a) => a.mentions.map((m: any) => m.code + ':' + m.name)).join(' ')}  cues: ${an.flatMap((a) => a.cues.map((c) => c.code)).join(' ')}`);
  }
}
