/**
 * Actor-matcher throughput: segments ../shared/data/news/wikinews_2019.csv once, then runs
 * the actor matcher alone over its sentences (repeated to at least 100,000 sentences) on
 * one core. Prints dictionary load time, phrases loaded, sentences/second and mentions
 * found; writes bench/results/actors.json.
 *   npx tsx bench/actors.ts [--sentences N]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { segment, type SegmentedSentence } from '../src/extract/segment.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.ENTENTE_SHARED ?? resolve(ROOT, '..', 'shared');
const file = resolve(SHARED, 'data/news/wikinews_2019.csv');
if (!existsSync(file)) {
  console.error(`bench/actors: ${file} is absent`);
  process.exit(1);
}
const argi = process.argv.indexOf('--sentences');
const want = argi > 0 ? Number(process.argv[argi + 1]) : 100_000;

const rows = parse(readFileSync(file), { columns: true }) as { date: string; text: string }[];
const docs: { date: string; sentences: SegmentedSentence[] }[] = rows.map((r) => ({ date: r.date, sentences: segment(r.text) }));

const t0 = performance.now();
const { loadActorMatcher } = await import('../src/extract/actors.ts');
const matcher = loadActorMatcher();
const loadMs = performance.now() - t0;

let sentences = 0, mentions = 0, passes = 0;
const t1 = performance.now();
while (sentences < want) {
  for (const d of docs) {
    const ctx = matcher.newDocument(d.date);
    for (const s of d.sentences) { mentions += matcher.sentence(s, ctx).length; sentences++; }
  }
  passes++;
}
const seconds = (performance.now() - t1) / 1000;
const result = {
  file: 'wikinews_2019.csv', passes, sentences, mentions, seconds: +seconds.toFixed(3),
  sentencesPerSecond: Math.round(sentences / seconds), loadMs: +loadMs.toFixed(1), phrases: matcher.size,
  node: process.version, date: new Date().toISOString(),
};
console.log(`actor matcher: ${result.sentencesPerSecond.toLocaleString('en')} sentences/s (${sentences.toLocaleString('en')} sentences, ${mentions.toLocaleString('en')} mentions), dictionaries loaded in ${result.loadMs} ms (${result.phrases} phrases)`);
mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench/results/actors.json'), JSON.stringify(result, null, 2) + '\n');
