/**
 * Seeded 50/50 dev/test split of the PLOVER gold sentences for error analysis:
 * a record is "dev" when the first byte of sha1("entente-split-v1:" + id) is even, else "test".
 * The pentaclass sentences (cameo_class_train.tsv) are split the same way, by their text.
 * Usage: npx tsx bench/accuracy/split.ts [dev|test|full] [--dump] [--dump-classes]
 *   scores the split (same metrics as `entente eval`); --dump prints each dev error of the PLOVER gold,
 *   --dump-classes each dev pentaclass error.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEval, primary, ploverTable, goldCountry, goldParties, targetMatches, pentaclass } from '../../src/cli/commands/eval.ts';
import { createCoder } from '../../src/extract/coder.ts';

import { half } from './split-half.ts';
export { half };

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
// the pentaclass sentences split the same way, by the sentence's text
const classFile = '../shared/data/gold/cameo_class_train.tsv';
const lines = readFileSync(classFile, 'utf8').split('\n').filter((l) => l.trim());
const classLines = which === 'full' ? lines : lines.filter((l) => half(l.slice(0, l.lastIndexOf('\t'))) === which);
const cf = join(dir, `${which}-classes.tsv`);
writeFileSync(cf, classLines.join('\n') + '\n');
const pc = (runEval({ classes: cf }) as any).pentaclass;
console.log(`${which} (${pc.sentences}) pentaclass macro-F1 ${pc.macroF1.toFixed(3)} accuracy ${pc.accuracy.toFixed(3)}  per class F1 ${pc.perClass.map((c: any) => c.f1.toFixed(3)).join(' ')}`);
if (process.argv.includes('--dump-classes') && which === 'dev') {
  const coder = createCoder();
  for (const l of classLines) {
    const tab = l.lastIndexOf('\t');
    let text = l.slice(0, tab);
    if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
    const y = Number(l.slice(tab + 1));
    const { event, cue, mainAct } = primary(coder.analyse(text));
    const yhat = mainAct && event ? pentaclass(mainAct.code) : event ? pentaclass(event.code) : cue ? pentaclass(cue.code) : 0;
    if (yhat !== y) console.log(`\n[gold ${y} pred ${yhat} by ${mainAct && event ? 'main cue ' + mainAct.code : event ? 'event ' + event.code : cue ? 'cue ' + cue.code : 'default'}]\n  ${text}`);
  }
}
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
