/**
 * Source and target attachment on ConfliBERT's CoNLL sentences with source (S) and target (T) spans
 * (../shared/data/gold/cameo_ner_train.txt; `entente eval` scores the whole file), split into the same seeded dev/test
 * halves as split.ts (by the sentence's text). A sentence counts as found when some event's source span overlaps the
 * gold S span (target: T); "both" when one event has both. The spans are loose (a car bomb, a proposal), so the
 * ceiling is well below 100%.
 * Usage: npx tsx bench/accuracy/attachment.ts [dev|test|full] [--dump]   (--dump prints dev misses only)
 */
import { readFileSync, existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { overlaps, readSpanSentences, runEval } from '../../src/cli/commands/eval.ts';
import { createCoder } from '../../src/extract/coder.ts';
import { half } from './split-half.ts';

const which = process.argv[2] ?? 'dev';
const dump = process.argv.includes('--dump') && which === 'dev';
const file = `${process.env.ENTENTE_SHARED ?? '../shared'}/data/gold/cameo_ner_train.txt`;
if (!existsSync(file)) {
  console.error(`attachment: ${file} is absent`);
  process.exit(1);
}
// the half's sentences, written back in the file's own form for `runEval`
const blocks = readFileSync(file, 'utf8').split(/\n\s*\n/).filter((b) => b.trim());
const keep = blocks.filter((b) => which === 'full' || half(readSpanSentences(b)[0]?.text ?? '') === which);
const f = join(mkdtempSync(join(tmpdir(), 'attachment-')), `${which}.txt`);
writeFileSync(f, keep.join('\n\n') + '\n');
const at = (runEval({ spans: f }) as any).attachment;
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`${which} (${at.sentences} sentences): with an event ${pct(at.withEvent)}; source found ${pct(at.source.rate)} of ${at.source.gold}; target found ${pct(at.target.rate)} of ${at.target.gold}; both in one event ${pct(at.both.rate)}`);
if (dump) {
  const coder = createCoder();
  for (const x of readSpanSentences(readFileSync(f, 'utf8'))) {
    const { text, source: S, target: T } = x;
    const analyses = coder.analyse(text, null, 'x', true);
    const events = analyses.flatMap((a) => a.events);
    if (!S || !T || events.some((e) => overlaps(e.sourceSpan, S) && overlaps(e.targetSpan, T))) continue;
    console.log(`\n${text}\n  gold source: ${text.slice(S[0], S[1])} | target: ${text.slice(T[0], T[1])}`);
    console.log(`  mentions: ${analyses.flatMap((a) => a.mentions.map((m) => m.code)).join(' ')}  cues: ${analyses.flatMap((a) => a.cues.map((c) => c.code + (c.source ? '<' + c.source : ''))).join(' ')}`);
    for (const e of events) console.log(`  pred ${e.code} ${e.source} [${e.sourceSpan ? text.slice(e.sourceSpan.start, e.sourceSpan.end) : ''}] -> ${e.target} [${e.targetSpan ? text.slice(e.targetSpan.start, e.targetSpan.end) : ''}]`);
  }
}
