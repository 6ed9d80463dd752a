/**
 * Sign prediction benchmark: the Leskovec–Huttenlocher–Kleinberg predictor
 * (src/balance/sign-predictor.ts) on the Bitcoin Alpha and OTC trust networks
 * (../shared/data/signed, directed SOURCE,TARGET,RATING,TIME, sign of the rating),
 * balanced 10-fold cross-validation, seed 1. Variants: the plain LHK features (raw
 * counts), the same with log(1+x) counts, and with the two positive-share features.
 * Writes bench/results/sign-prediction.json.
 *
 *   npx tsx bench/sign-prediction.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readEdgeList } from '../src/balance/edges.ts';
import { crossValidate, directedFromRecords, type FeatureOptions } from '../src/balance/sign-predictor.ts';
import { shared } from '../test/shared.ts';

const DATA = ['soc-sign-bitcoinalpha.csv', 'soc-sign-bitcoinotc.csv'];
const VARIANTS: { name: string; opts: FeatureOptions }[] = [
  { name: 'LHK (23 features, raw counts)', opts: {} },
  { name: 'LHK, log(1+x) counts', opts: { transform: 'log' } },
  { name: 'LHK + positive shares of u out / v in, log counts', opts: { transform: 'log', extra: true } },
  { name: 'LHK + shares + u in / v out degrees, log', opts: { transform: 'log', extra: true, context: true } },
  { name: 'LHK + shares + u in / v out + reverse edge, log', opts: { transform: 'log', extra: true, context: true, reverse: true } },
];
const results: any[] = [];
for (const f of DATA) {
  const path = shared(`data/signed/${f}`);
  if (!path) { console.log(`${f}: absent (../shared), skipped`); continue; }
  const records: { a: number; b: number; value: number }[] = [];
  const read = await readEdgeList(path, { onRecord: (a, b, value) => records.push({ a, b, value }) });
  const g = directedFromRecords(read.graph.labels.length, records, true);
  for (const v of VARIANTS) {
    for (const minE of [0, 10]) {
      const t0 = performance.now();
      const cv = crossValidate(g, { ...v.opts, folds: 10, seed: 1, minEmbeddedness: minE });
      const secs = (performance.now() - t0) / 1000;
      console.log(`${f.padEnd(26)} ${v.name.padEnd(52)} emb≥${String(minE).padEnd(3)} n=${2 * cv.negatives}  accuracy ${cv.accuracy.toFixed(4)} ± ${cv.accuracySd.toFixed(4)}  AUC ${cv.auc.toFixed(4)}  ${secs.toFixed(1)} s`);
      results.push({ dataset: f, edges: g.src.length, variant: v.name, ...cv, seconds: secs });
    }
  }
}
const out = fileURLToPath(new URL('./results/sign-prediction.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(out, JSON.stringify({ date: new Date().toISOString().slice(0, 10), node: process.version, results }, null, 1) + '\n');
console.log(`wrote ${out}`);
