/**
 * `entente eval`: scores the event coder on the gold-standard sentences in ../shared.
 *
 * 1. PLOVER_GSR_CAMEO.json (OEDA PLOVER gold-standard records): one gold event per
 *    sentence. The coder's primary event for the sentence (its first coded event by
 *    verb position) is compared on: PLOVER event type (CAMEO → PLOVER by
 *    dictionaries/verbs/plover-gsr.tsv), source country, target country, and the
 *    (source country, target country, event type) triple; precision = correct /
 *    sentences with a prediction, recall = correct / sentences with a gold value.
 *    Actor codes compare at country level (countryOf); a gold "IGO" matches any IGO actor. A record whose
 *    markup tags its actors "SRC/TAR" is a mutual event: the target must be another of those actors.
 * 2. cameo_class_train.tsv (sentence, pentaclass 0–4): the class of the sentence's
 *    primary event (dictionaries/verbs/pentaclass.tsv: 0 roots 01–02, 1 roots 03–05, 2 roots 06–08,
 *    3 roots 09–13 and 16, 4 the rest); with no coded event, the first verb cue's class; with none, 0.
 *    Macro-F1 and per-class F1.
 * 3. cameo_ner_train.txt (CoNLL tokens with source and target span tags, optional): how often an event's source span
 *    overlaps the labelled source (target likewise), and how often one event has both.
 * Writes bench/results/eval.json.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../main.ts';
import { UsageError } from '../main.ts';
import { parse } from '../args.ts';
import { DICTIONARY_DIR } from '../../model/cameo.ts';
import { countryOf } from '../../model/countries.ts';
import { createCoder, type SentenceAnalysis } from '../../extract/coder.ts';
import type { ActorMatcher } from '../../extract/actors.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Prf { tp: number; predicted: number; gold: number }
const prf = (): Prf => ({ tp: 0, predicted: 0, gold: 0 });
function score(x: Prf) {
  const p = x.predicted ? x.tp / x.predicted : 0;
  const r = x.gold ? x.tp / x.gold : 0;
  return { precision: round(p), recall: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), tp: x.tp, predicted: x.predicted, gold: x.gold };
}
const round = (x: number) => Math.round(x * 1000) / 1000;

export function ploverTable(): (code: string) => string | null {
  const rows = readFileSync(DICTIONARY_DIR + 'verbs/plover-gsr.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => l.split('\t'));
  const m = new Map(rows.map(([a, b]) => [a, b]));
  return (code: string) => {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) if (m.has(c)) return m.get(c)!;
    return null;
  };
}

let classes: Map<string, number> | null = null;
/** The pentaclass of a CAMEO code (dictionaries/verbs/pentaclass.tsv). */
export function pentaclass(code: string): number {
  classes ??= new Map(readFileSync(DICTIONARY_DIR + 'verbs/pentaclass.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).slice(1).map((l) => { const [r, c] = l.split('\t'); return [r, Number(c)] as [string, number]; }));
  return classes.get(code.slice(0, 2)) ?? 0;
}

/** The sentence-level prediction: the first coded event by verb position, else the first cue; `mainAct`, the main clause's uncoded act that the pentaclass follows over an event of a side verb. */
export function primary(a: SentenceAnalysis[]) {
  const events = a.flatMap((s) => s.events).sort((x, y) => (x.verbSpan?.start ?? 0) - (y.verbSpan?.start ?? 0));
  const cues = a.flatMap((s) => [...s.cues].sort((x, y) => x.head - y.head));
  // the main clause's coded verb first, then any coded event, asserted before negated
  const mainCue = cues.find((c) => c.main && c.coded && !c.negated);
  const asserted = events.filter((e) => !e.negated);
  const event = (mainCue && events.find((e) => e.verbSpan?.start === mainCue.at && !e.negated)) ?? asserted[0] ?? events[0] ?? null;
  const cue = cues.find((c) => !c.negated && c.source) ?? cues.find((c) => !c.negated) ?? cues[0] ?? null;
  // the main clause's own asserted act with a source, uncoded (no target), when no main verb is coded: what the sentence
  // says its subject did, which the sentence's class follows rather than an event of a participle or a subordinate clause
  const mainAct = mainCue ? null : cues.find((c) => c.main && !c.negated && c.source && c.modality === 'asserted') ?? null;
  return { event, cue, events, mainAct };
}

interface GoldActor { code?: string }
function goldCodes(x: unknown): string[] {
  if (!Array.isArray(x)) return [];
  return (x as GoldActor[]).map((a) => (a && typeof a.code === 'string' ? a.code.toUpperCase() : '')).filter(Boolean);
}

/**
 * A gold record's sources and targets. Where its markup tags the actors "SRC/TAR" ("(SRC/TAR: Czechia) and
 * (SRC/TAR: China) signed an agreement"), the event is mutual: each actor is a source and a target, and the
 * record's empty target field stands for "the other party". A coded event then needs one party as source and
 * another as target (the same country twice only when the gold names it twice, a government and a rebel movement of one state).
 */
export function goldParties(r: { source?: unknown; target?: unknown; textInfo?: unknown }): { sources: string[]; targets: string[]; mutual: boolean } {
  const sources = goldCodes(r.source);
  const markup = r.textInfo && typeof r.textInfo === 'object' ? (r.textInfo as { markup?: unknown }).markup : undefined;
  const mutual = typeof markup === 'string' && markup.includes('SRC/TAR:') && sources.length >= 2;
  return { sources, targets: mutual ? sources : goldCodes(r.target), mutual };
}

/** Whether a coded target (country level, '' for none) is the gold's, given the coded source `s`. */
export function targetMatches(gold: { sources: string[]; targets: string[]; mutual: boolean }, s: string, t: string): boolean {
  if (!t) return gold.targets.length === 0;
  if (!gold.targets.includes(t)) return false;
  return !gold.mutual || t !== s || gold.sources.filter((x) => x === t).length > 1;
}

/**
 * An actor code as the gold compares it (CAMEO's convention): the actor's CAMEO code where the dictionaries
 * give one (UN → IGOUNO, HAMAS → PSEREB, ISIS → IMGMUSISI), reduced to its first three letters like a
 * state's sub-actor (IRQGOV → IRQ); an IGO without one is IGO.
 */
export function goldCountry(actors: ActorMatcher, code: string): string {
  const c = actors.cameo(code);
  if (c !== code) return c.slice(0, 3);
  if (actors.actor(code)?.kind === 'igo') return 'IGO';
  return countryOf(code);
}

/** A sentence of the span-labelled file: its text (tokens joined with ordinary spacing) and the gold source and target spans. */
export interface SpanSentence { text: string; source: [number, number] | null; target: [number, number] | null }

// the CoNLL file has one token per line: the sentence is rebuilt with ordinary spacing
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', "'s", '’', "n't", '%', "'"]);

/** The sentences of a CoNLL file of "token TAG" lines (B-/I- tags S, T; others ignored), blank lines between sentences. */
export function readSpanSentences(content: string): SpanSentence[] {
  const out: SpanSentence[] = [];
  for (const block of content.split(/\n\s*\n/)) {
    if (!block.trim()) continue;
    let text = '';
    const spans: { S: [number, number] | null; T: [number, number] | null } = { S: null, T: null };
    for (const line of block.split('\n')) {
      const k = line.lastIndexOf(' ');
      if (k <= 0) continue;
      const word = line.slice(0, k), tag = line.slice(k + 1).trim();
      if (text && !NO_SPACE_BEFORE.has(word) && !text.endsWith('(')) text += ' ';
      const start = text.length;
      text += word;
      const role = tag.slice(2);
      if (role === 'S' || role === 'T') spans[role] = spans[role] ? [spans[role]![0], text.length] : [start, text.length];
    }
    if (text) out.push({ text, source: spans.S, target: spans.T });
  }
  return out;
}

/** Whether span a (char offsets) overlaps the gold span s. */
export const overlaps = (a: { start: number; end: number } | null | undefined, s: [number, number] | null): boolean => !!a && !!s && a.start < s[1] && s[0] < a.end;

export function runEval(opts: { gsr?: string; classes?: string; spans?: string; limit?: number } = {}) {
  const coder = createCoder();
  const plover = ploverTable();
  const country = (code: string) => goldCountry(coder.actors, code);
  const out: Record<string, unknown> = {};
  if (opts.gsr) {
    const records = (JSON.parse(readFileSync(opts.gsr, 'utf8')) as any[]).filter((r) => r && typeof r.text === 'string' && r.event && r.event !== 'DOCUMENT').slice(0, opts.limit);
    const analysed = records.map((r) => ({ r, ...primary(coder.analyse(r.text, null, r.id)) }));
    // Scored twice: on the coded events (what `entente code` outputs), and with a verb cue that has a source
    // but no target standing in when no event is coded (event type and source, no target; analyse() only)
    const scoreGsr = (withCues: boolean) => {
      const ev = prf(), src = prf(), tgt = prf(), triple = prf(), srcTgt = prf();
      const confusion: Record<string, Record<string, number>> = {};
      for (const { r, event: coded, cue } of analysed) {
        const gold = String(r.event);
        const g = goldParties(r);
        const gs = g.sources, gt = g.targets;
        const event = coded ?? (withCues && cue && cue.source ? { code: cue.code, source: cue.source, target: '' } : null);
        ev.gold++;
        if (gs.length) src.gold++;
        if (gt.length) tgt.gold++;
        triple.gold++;
        if (gs.length && gt.length) srcTgt.gold++;
        const pt = event ? plover(event.code) : null;
        (confusion[gold] ??= {})[pt ?? '-'] = (confusion[gold][pt ?? '-'] ?? 0) + 1;
        if (!event) continue;
        ev.predicted++; src.predicted++; triple.predicted++;
        if (event.target) { tgt.predicted++; srcTgt.predicted++; }
        const s = country(event.source), t = event.target ? country(event.target) : '';
        const okE = pt === gold, okS = gs.includes(s), okT = targetMatches(g, s, t);
        if (okE) ev.tp++;
        if (okS) src.tp++;
        if (okT && event.target) tgt.tp++;
        if (okS && okT && event.target) srcTgt.tp++;
        if (okS && okT && okE) triple.tp++;
      }
      return { file: opts.gsr, sentences: records.length, event: score(ev), source: score(src), target: score(tgt), dyad: score(srcTgt), triple: score(triple), confusion };
    };
    out.gsr = scoreGsr(false);
    out.gsrWithCues = scoreGsr(true);
  }
  if (opts.classes) {
    const lines = readFileSync(opts.classes, 'utf8').split('\n').filter((l) => l.trim()).slice(0, opts.limit);
    const k = 5;
    const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    let bad = 0;
    let fromEvent = 0, fromCue = 0, fromDefault = 0;
    for (const line of lines) {
      const tab = line.lastIndexOf('\t');
      const y = Number(line.slice(tab + 1));
      if (tab < 0 || !(y >= 0 && y < k)) { bad++; continue; }
      let text = line.slice(0, tab);
      if (text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
      const { event, cue, mainAct } = primary(coder.analyse(text));
      let yhat = 0;
      // a coded event of a side verb gives way to the main clause's own asserted act (coded or not): "the coalition
      // fighting the rebels has declared a ceasefire" is a ceasefire, whatever the description around its subject
      if (mainAct && event) { yhat = pentaclass(mainAct.code); fromCue++; }
      else if (event) { yhat = pentaclass(event.code); fromEvent++; }
      else if (cue) { yhat = pentaclass(cue.code); fromCue++; }
      else fromDefault++;
      m[y][yhat]++;
    }
    const perClass = [];
    let macro = 0;
    for (let c = 0; c < k; c++) {
      let tp = m[c][c], fp = 0, fn = 0;
      for (let j = 0; j < k; j++) { if (j !== c) { fp += m[j][c]; fn += m[c][j]; } }
      const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
      const f1 = p + r ? (2 * p * r) / (p + r) : 0;
      macro += f1 / k;
      perClass.push({ class: c, precision: round(p), recall: round(r), f1: round(f1), support: tp + fn });
    }
    const total = m.flat().reduce((a, b) => a + b, 0);
    const acc = m.reduce((a, row, i) => a + row[i], 0) / (total || 1);
    out.pentaclass = { file: opts.classes, sentences: total, skipped: bad, macroF1: round(macro), accuracy: round(acc), perClass, confusion: m, decidedBy: { event: fromEvent, cue: fromCue, default: fromDefault } };
  }
  if (opts.spans) {
    // source and target attachment: does an event's source span overlap the gold source span (target likewise), and
    // does one event have both? The gold spans are loose (a car bomb, a proposal), so the ceiling is well below 1
    const sentences = readSpanSentences(readFileSync(opts.spans, 'utf8')).slice(0, opts.limit);
    let withEvent = 0, withS = 0, withT = 0, hitS = 0, hitT = 0, both = 0;
    for (const x of sentences) {
      const events = coder.analyse(x.text, null, 'x', false).flatMap((a) => a.events);
      if (events.length) withEvent++;
      if (x.source) { withS++; if (events.some((e) => overlaps(e.sourceSpan, x.source))) hitS++; }
      if (x.target) { withT++; if (events.some((e) => overlaps(e.targetSpan, x.target))) hitT++; }
      if (events.some((e) => overlaps(e.sourceSpan, x.source) && overlaps(e.targetSpan, x.target))) both++;
    }
    const rate = (a: number, b: number) => round(b ? a / b : 0);
    out.attachment = {
      file: opts.spans, sentences: sentences.length, withEvent: rate(withEvent, sentences.length),
      source: { found: hitS, gold: withS, rate: rate(hitS, withS) }, target: { found: hitT, gold: withT, rate: rate(hitT, withT) },
      both: { found: both, rate: rate(both, sentences.length) },
    };
  }
  return out;
}

const command: Command = {
  summary: 'score the event coder on the gold-standard sentences in ../shared',
  usage: `Usage: entente eval [--gsr FILE] [--classes FILE] [--spans FILE] [--limit N] [--json]

Scores the event coder on the PLOVER gold-standard records (event type, source and
target country, triple: precision, recall, F1), on the CAMEO pentaclass sentences
(macro-F1), and on sentences with labelled source and target spans (how often an event's
source and target fall on them). Defaults: ../shared/data/gold/PLOVER_GSR_CAMEO.json,
../shared/data/gold/cameo_class_train.tsv and ../shared/data/gold/cameo_ner_train.txt (the
last skipped when absent). Writes bench/results/eval.json (not with --limit).`,
  async run(argv) {
    const { values } = parse(argv, { gsr: { type: 'string' }, classes: { type: 'string' }, spans: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } }, false);
    const shared = process.env.ENTENTE_SHARED ?? resolve(ROOT, '..', 'shared');
    const gsr = values.gsr ?? resolve(shared, 'data/gold/PLOVER_GSR_CAMEO.json');
    const classes = values.classes ?? resolve(shared, 'data/gold/cameo_class_train.tsv');
    for (const f of [gsr, classes]) if (!existsSync(f)) throw new UsageError(`${f}: no such file`);
    const defaultSpans = resolve(shared, 'data/gold/cameo_ner_train.txt');
    if (values.spans !== undefined && !existsSync(values.spans)) throw new UsageError(`${values.spans}: no such file`);
    const spans = values.spans ?? (existsSync(defaultSpans) ? defaultSpans : undefined);
    const limit = values.limit ? Number(values.limit) : undefined;
    if (limit !== undefined && !(limit > 0)) throw new UsageError('--limit must be a positive number');
    const t0 = performance.now();
    const result = runEval({ gsr, classes, spans, limit });
    const seconds = round((performance.now() - t0) / 1000);
    const report = { ...result, seconds, date: new Date().toISOString() };
    // the figures of record are those of a whole run: a --limit run is not written
    if (limit === undefined) {
      mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
      writeFileSync(resolve(ROOT, 'bench/results/eval.json'), JSON.stringify(report, null, 2) + '\n');
    }
    if (values.json) { console.log(JSON.stringify(report)); return 0; }
    const g = result.gsr as any;
    const pc = result.pentaclass as any;
    const row = (name: string, s: any) => `  ${name.padEnd(24)}${s.precision.toFixed(3).padStart(10)}${s.recall.toFixed(3).padStart(10)}${s.f1.toFixed(3).padStart(10)}`;
    const gc = result.gsrWithCues as any;
    console.log(`PLOVER gold standard (${g.sentences} sentences): the coded events (what entente code outputs)`);
    console.log(`  ${''.padEnd(24)}${'precision'.padStart(10)}${'recall'.padStart(10)}${'F1'.padStart(10)}`);
    console.log(row('event type', g.event));
    console.log(row('source country', g.source));
    console.log(row('target country', g.target));
    console.log(row('source+target', g.dyad));
    console.log(row('triple', g.triple));
    console.log(`  with a source-only verb cue where no event is coded (coder.analyse; no target):`);
    console.log(row('event type', gc.event));
    console.log(row('source country', gc.source));
    console.log(row('triple', gc.triple));
    console.log('');
    console.log(`CAMEO pentaclass (${pc.sentences} sentences): macro-F1 ${pc.macroF1.toFixed(3)}, accuracy ${pc.accuracy.toFixed(3)}`);
    const names = ['statement/appeal', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
    for (const c of pc.perClass) console.log(`  ${c.class} ${names[c.class].padEnd(22)} P ${c.precision.toFixed(3)}  R ${c.recall.toFixed(3)}  F1 ${c.f1.toFixed(3)}  (n=${c.support})`);
    const at = result.attachment as any;
    if (at) {
      console.log('');
      console.log(`Source and target spans (${at.sentences} sentences; an event's span overlaps the labelled one):`);
      console.log(`  source found ${at.source.rate.toFixed(3)} (${at.source.found} of ${at.source.gold}), target found ${at.target.rate.toFixed(3)} (${at.target.found} of ${at.target.gold}), both in one event ${at.both.rate.toFixed(3)}`);
    } else console.log('\n(no span-labelled file: source/target attachment not scored)');
    console.log(`\n(${seconds} s${limit === undefined ? '; written to bench/results/eval.json' : ''})`);
    return 0;
  },
};
export default command;
