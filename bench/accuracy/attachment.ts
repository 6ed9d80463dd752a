/**
 * Source and target attachment, scored on ConfliBERT's CoNLL sentences with source (S) and target (T) spans
 * (../shared/data/gold/cameo_ner_train.txt), split into the same seeded dev/test halves as split.ts (by the
 * sentence's text). A sentence counts as found when some event's source span overlaps the gold S span (target: T);
 * "both" when one event has both. The spans are loose (a car bomb, a proposal), so the ceiling is well below 100%.
 * Usage: npx tsx bench/accuracy/attachment.ts [dev|test|full] [--dump]   (--dump prints dev misses only)
 */
import { readFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createCoder } from '../../src/extract/coder.ts';

const half = (id: string) => (createHash('sha1').update('entente-split-v1:' + id).digest()[0] % 2 === 0 ? 'dev' : 'test');
const which = process.argv[2] ?? 'dev';
const dump = process.argv.includes('--dump') && which === 'dev';
const file = `${process.env.ENTENTE_SHARED ?? '../shared'}/data/gold/cameo_ner_train.txt`;
if (!existsSync(file)) {
  console.error(`attachment: ${file} is absent`);
  process.exit(1);
}
const coder = createCoder();
// the CoNLL file has one token per line: rebuild the sentence with ordinary spacing
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', "'s", '’', "n't", '%', "'"]);
let n = 0, withS = 0, withT = 0, hitS = 0, hitT = 0, hitBoth = 0, withEvent = 0;
for (const block of readFileSync(file, 'utf8').split(/\n\s*\n/)) {
  if (!block.trim()) continue;
  let text = '';
  const spans: { S: [number, number] | null; T: [number, number] | null } = { S: null, T: null };
  for (const line of block.split('\n')) {
    const k = line.lastIndexOf(' ');
    const word = line.slice(0, k), tag = line.slice(k + 1);
    if (text && !NO_SPACE_BEFORE.has(word) && !text.endsWith('(')) text += ' ';
    const start = text.length;
    text += word;
    const role = tag.slice(2);
    if (role === 'S' || role === 'T') spans[role] = spans[role] ? [spans[role]![0], text.length] : [start, text.length];
  }
  if (which !== 'full' && half(text) !== which) continue;
  n++;
  const analyses = coder.analyse(text, null, 'x', true);
  const events = analyses.flatMap((a) => a.events);
  if (events.length) withEvent++;
  const overlaps = (a: { start: number; end: number } | null | undefined, s: [number, number] | null) => !!a && !!s && a.start < s[1] && s[0] < a.end;
  const { S, T } = spans;
  if (S) withS++;
  if (T) withT++;
  const both = events.some((e) => overlaps(e.sourceSpan, S) && overlaps(e.targetSpan, T));
  if (events.some((e) => overlaps(e.sourceSpan, S))) hitS++;
  if (events.some((e) => overlaps(e.targetSpan, T))) hitT++;
  if (both) hitBoth++;
  if (dump && !both && S && T) {
    console.log(`\n${text}\n  gold source: ${text.slice(S[0], S[1])} | target: ${text.slice(T[0], T[1])}`);
    console.log(`  mentions: ${analyses.flatMap((a) => a.mentions.map((m) => m.code)).join(' ')}  cues: ${analyses.flatMap((a) => a.cues.map((c) => c.code + (c.source ? '<' + c.source : ''))).join(' ')}`);
    for (const e of events) console.log(`  pred ${e.code} ${e.source} [${e.sourceSpan ? text.slice(e.sourceSpan.start, e.sourceSpan.end) : ''}] -> ${e.target} [${e.targetSpan ? text.slice(e.targetSpan.start, e.targetSpan.end) : ''}]`);
  }
}
const pct = (a: number, b: number) => `${(100 * a / Math.max(1, b)).toFixed(1)}%`;
console.log(`${which} (${n} sentences): with an event ${pct(withEvent, n)}; source found ${pct(hitS, withS)} of ${withS}; target found ${pct(hitT, withT)} of ${withT}; both in one event ${pct(hitBoth, n)}`);
