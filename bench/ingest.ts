/**
 * Ingest throughput: ../shared/data/news/wikinews_2019.csv written as JSON Lines
 * with each article repeated (made distinct) to at least N sentences (default
 * 50,000), then read, coded and stored into a fresh database in one transaction,
 * and ingested a second time (everything a duplicate). Prints and writes
 * bench/results/ingest.json: documents, sentences, events; milliseconds and
 * rates for reading, coding and writing (Appender); the re-ingest time; peak memory.
 *   npx tsx bench/ingest.ts [--sentences N]
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readAll } from '../src/ingest/read.ts';
import { createCoder } from '../src/extract/coder.ts';
import { openStore } from '../src/store/db.ts';
import { storeDocuments } from '../src/store/write.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.ENTENTE_SHARED ?? resolve(ROOT, '..', 'shared');
const file = resolve(SHARED, 'data/news/wikinews_2019.csv');
if (!existsSync(file)) {
  console.error(`bench/ingest: ${file} is absent`);
  process.exit(1);
}
const argi = process.argv.indexOf('--sentences');
const want = argi > 0 ? Number(process.argv[argi + 1]) : 50_000;
const tmp = mkdtempSync(join(tmpdir(), 'entente-bench-ingest-'));

try {
  const base = await readAll([file]);
  const coder = createCoder();
  const perCopy = base.reduce((n, d) => n + coder.codeDocument(d).sentences.length, 0);
  const copies = Math.max(1, Math.ceil(want / perCopy));
  const lines: string[] = [];
  for (let k = 0; k < copies; k++) for (const d of base) lines.push(JSON.stringify({ id: `${d.externalId ?? d.id}-${k}`, title: d.title, date: d.date, url: d.url, text: `${d.text}\n\nCopy ${k}.` }));
  const input = join(tmp, 'articles.jsonl');
  writeFileSync(input, lines.join('\n') + '\n');

  let t = performance.now();
  const docs = await readAll([input]);
  const readMs = performance.now() - t;
  t = performance.now();
  const items = docs.map((d) => ({ document: d, ...coder.codeDocument(d) }));
  const codeMs = performance.now() - t;
  const store = await openStore(join(tmp, 'bench.duckdb'));
  t = performance.now();
  const written = await storeDocuments(store, items, { actors: coder.actors.actors() });
  const writeMs = performance.now() - t;
  t = performance.now();
  const again = await storeDocuments(store, items);
  const reingestMs = performance.now() - t;
  store.close();

  const sentences = written.sentences;
  const out = {
    date: new Date().toISOString(),
    documents: written.documents, sentences, events: written.events, actors: written.actors,
    readMs: Math.round(readMs), codeMs: Math.round(codeMs), writeMs: Math.round(writeMs), reingestMs: Math.round(reingestMs),
    readDocsPerSec: Math.round(docs.length / (readMs / 1000)),
    codeSentencesPerSec: Math.round(sentences / (codeMs / 1000)),
    writeSentencesPerSec: Math.round(sentences / (writeMs / 1000)),
    reingestDuplicates: again.duplicates,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(`ingest bench: ${out.documents} documents, ${sentences} sentences, ${out.events} events`);
  console.log(`  read  ${out.readMs} ms (${out.readDocsPerSec} documents/s)`);
  console.log(`  code  ${out.codeMs} ms (${out.codeSentencesPerSec} sentences/s)`);
  console.log(`  write ${out.writeMs} ms (${out.writeSentencesPerSec} sentences/s, Appender, one transaction)`);
  console.log(`  re-ingest ${out.reingestMs} ms (${out.reingestDuplicates} duplicates, nothing written)`);
  console.log(`  peak memory ${out.peakRssMB} MB`);
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'results', 'ingest.json'), JSON.stringify(out, null, 2) + '\n');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
