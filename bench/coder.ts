/**
 * Event-coder throughput: codes ../shared/data/news/wikinews_2019.csv (columns url,
 * date, title, text), repeated until at least 100,000 sentences, on one core.
 * Prints sentences/second (wall clock, and per CPU second), start-up time (loading wink +
 * dictionaries + coding the first document), peak RSS, and for comparison the throughput of
 * wink's tokenising/tagging alone; writes bench/results/coder.json.
 *   npx tsx bench/coder.ts [--sentences N]
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.ENTENTE_SHARED ?? resolve(ROOT, '..', 'shared');
const file = resolve(SHARED, 'data/news/wikinews_2019.csv');
if (!existsSync(file)) {
  console.error(`bench/coder: ${file} is absent`);
  process.exit(1);
}
const argi = process.argv.indexOf('--sentences');
const want = argi > 0 ? Number(process.argv[argi + 1]) : 100_000;

let peak = process.memoryUsage.rss();
const sample = () => { const r = process.memoryUsage.rss(); if (r > peak) peak = r; };

const rows = parse(readFileSync(file), { columns: true }) as { url: string; date: string; title: string; text: string }[];

const t0 = performance.now();
const { createCoder } = await import('../src/extract/coder.ts');
const coder = createCoder();
coder.codeDocument({ id: 'warm', date: rows[0].date, text: rows[0].text });
const startup = performance.now() - t0;
sample();

let sentences = 0;
let events = 0;
let docs = 0;
let pass = 0;
const t1 = performance.now();
const cpu1 = process.cpuUsage();
while (sentences < want) {
  for (let i = 0; i < rows.length && sentences < want; i++) {
    const r = rows[i];
    const out = coder.codeDocument({ id: `${pass}:${i}`, date: r.date, text: r.text });
    sentences += out.sentences.length;
    events += out.events.length;
    docs++;
    if ((docs & 63) === 0) sample();
  }
  pass++;
}
const seconds = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu1);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
sample();
// for comparison: wink alone (sentence splitting, POS tags, lemmas) over the same sentences
const { tokenize } = await import('../src/extract/coder.ts');
let winkSentences = 0;
const t2 = performance.now();
for (let pass2 = 0; winkSentences < sentences; pass2++) for (let i = 0; i < rows.length && winkSentences < sentences; i++) winkSentences += tokenize(rows[i].text).length;
const winkSeconds = (performance.now() - t2) / 1000;
const result = {
  file: 'wikinews_2019.csv',
  articles: rows.length,
  passes: pass,
  documents: docs,
  sentences,
  events,
  seconds: Math.round(seconds * 100) / 100,
  sentencesPerSecond: Math.round(sentences / seconds),
  /** Per CPU second (user + system): steadier than wall time on a shared machine; GC threads can add CPU time. */
  sentencesPerCpuSecond: Math.round(sentences / cpuSeconds),
  startupSeconds: Math.round(startup) / 1000,
  tokenizeOnlySentencesPerSecond: Math.round(winkSentences / winkSeconds),
  peakRssMB: Math.round(peak / 1048576),
  node: process.version,
  date: new Date().toISOString(),
};
console.log(`coded ${sentences} sentences (${docs} documents, ${events} events) in ${result.seconds} s`);
console.log(`  ${result.sentencesPerSecond} sentences/s (${result.sentencesPerCpuSecond} per CPU second)   start-up ${result.startupSeconds} s   peak RSS ${result.peakRssMB} MB`);
console.log(`  (wink tokenising/tagging alone: ${result.tokenizeOnlySentencesPerSecond} sentences/s)`);
mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
writeFileSync(resolve(ROOT, 'bench/results/coder.json'), JSON.stringify(result, null, 2) + '\n');
