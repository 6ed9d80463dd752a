/**
 * The verb dictionary and its matcher: a verb group's head lemma, plus the words
 * that follow it in its clause (particles, prepositions, object nouns), give a
 * CAMEO event code. Noun patterns do the same for event nouns ("air strikes on",
 * "cooperation between").
 *
 * The dictionary is data (`dictionaries/verbs/patterns.tsv`, format in
 * dictionaries/README.md, section "verbs"). Patterns are indexed by head lemma and
 * sorted longest first, so a match is a Map lookup plus a short scan: the
 * TABARI/PETRARCH verb-phrase idea (Schrodt 2009) without their parse trees.
 */
import { readFileSync } from 'node:fs';
import { DICTIONARY_DIR, cameo } from '../model/cameo.ts';

export const VERB_DIR = DICTIONARY_DIR + 'verbs/';

export interface VerbPattern {
  code: string;
  kind: 'V' | 'N';
  head: string;
  /** Alternatives per word slot after the head. */
  words: string[][];
  /** Per word slot: no actor may come between it and the word before ("call =on": "called Putin on Monday" is no appeal). */
  adjacent: boolean[];
  /** Index into `words` after which the target must come (-1: anywhere after the verb). */
  targetAfter: number;
  /** File and line, for messages. */
  origin: string;
  text: string;
}

export interface VerbDictionary {
  verbs: Map<string, VerbPattern[]>;
  nouns: Map<string, VerbPattern[]>;
  size: number;
}

export class VerbDictionaryError extends Error {}

/** Parse one patterns file (code, kind, pattern). */
export function parsePatterns(text: string, origin: string): VerbPattern[] {
  const out: VerbPattern[] = [];
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln].replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    const where = `${origin}:${ln + 1}`;
    if (cells.length < 3) throw new VerbDictionaryError(`${where}: expected code, kind and pattern separated by tabs`);
    const [code, kind, pattern] = cells.map((c) => c.trim());
    if (!/^\d{2,4}$/.test(code) || !cameo(code)) throw new VerbDictionaryError(`${where}: unknown CAMEO code ${JSON.stringify(code)}`);
    if (kind !== 'V' && kind !== 'N') throw new VerbDictionaryError(`${where}: kind must be V or N, not ${JSON.stringify(kind)}`);
    const parts = pattern.toLowerCase().split(/\s+/).filter(Boolean);
    if (parts.length === 0 || parts[0] === '+') throw new VerbDictionaryError(`${where}: empty pattern`);
    const words: string[][] = [];
    const adjacent: boolean[] = [];
    let targetAfter = -1;
    for (const p of parts.slice(1)) {
      if (p === '+') { targetAfter = words.length - 1; continue; }
      adjacent.push(p.startsWith('='));
      const alts = p.replace(/^=/, '').split('|').filter(Boolean);
      if (alts.length === 0) throw new VerbDictionaryError(`${where}: empty word in ${JSON.stringify(pattern)}`);
      words.push(alts);
    }
    for (const head of parts[0].split('|')) out.push({ code, kind, head, words, adjacent, targetAfter, origin: where, text: pattern });
  }
  return out;
}

let cached: VerbDictionary | null = null;

/** Load the verb dictionary (the bundled file, plus any extra files). */
export function loadVerbDictionary(files?: string[]): VerbDictionary {
  if (!files && cached) return cached;
  const all: VerbPattern[] = [];
  for (const f of [VERB_DIR + 'patterns.tsv', ...(files ?? [])]) all.push(...parsePatterns(readFileSync(f, 'utf8'), f));
  const verbs = new Map<string, VerbPattern[]>();
  const nouns = new Map<string, VerbPattern[]>();
  all.forEach((p, i) => {
    const m = p.kind === 'V' ? verbs : nouns;
    let list = m.get(p.head);
    if (!list) m.set(p.head, (list = []));
    (p as VerbPattern & { order: number }).order = i;
    list.push(p);
  });
  for (const m of [verbs, nouns]) for (const list of m.values()) {
    list.sort((a, b) => b.words.length - a.words.length || (a as any).order - (b as any).order);
  }
  const d = { verbs, nouns, size: all.length };
  if (!files) cached = d;
  return d;
}

export interface PatternMatch {
  pattern: VerbPattern;
  /** Token positions of the matched words (after the head). */
  positions: number[];
  /** Token index after the last matched word (or after the head). */
  end: number;
}

/** Positions of the words matched so far by `matchPatterns` (reused: copied out on a match). */
const scratchPositions: number[] = [];

/**
 * Match the patterns of `list` starting after token `head`, with words found in order
 * before `limit`, each at most `maxGap` tokens after the previous one.
 * `skip[i]` (non-zero) marks tokens that cannot be pattern words (e.g. inside an actor mention).
 */
export function matchPatterns(
  list: VerbPattern[] | undefined, lemmas: string[], lowers: string[], head: number, limit: number, maxGap = 4,
  skip?: Uint8Array,
): PatternMatch | null {
  if (!list) return null;
  for (let k = 0; k < list.length; k++) {
    const p = list[k];
    if (p.words.length === 0) return { pattern: p, positions: [], end: head + 1 };
    let m = matchWords(p, 0, lemmas, lowers, head, limit, maxGap, skip);
    if (!m) continue;
    // of patterns as long, the one whose words start nearer the head: "expressed concern over Pakistan's support for
    // militants" is concern voiced (its words right after the verb), not support expressed (its words 4 later)
    for (let q = k + 1; q < list.length && list[q].words.length === p.words.length && m.positions[0] > head + 1; q++) {
      const m2 = matchWords(list[q], 0, lemmas, lowers, head, limit, maxGap, skip);
      if (m2 && m2.positions[0] < m.positions[0]) m = m2;
    }
    return m;
  }
  return null;
}

/** Quotation marks, which do not count towards the gap between a pattern's words. */
export const QUOTE_MARKS = new Set(['"', '\u201c', '\u201d', "''", '``']);

/** Pattern p's words from slot `from` on, after the head at `head` (see matchPatterns); the match, or null. */
function matchWords(p: VerbPattern, from: number, lemmas: string[], lowers: string[], head: number, limit: number, maxGap: number, skip?: Uint8Array): PatternMatch | null {
  const positions = scratchPositions;
  let count = 0;
  let at = head;
  for (let w = from; w < p.words.length; w++) {
    const alts = p.words[w];
    const adjacent = p.adjacent[w];
    let found = -1;
    // hyphens of compounds ("a two-year-old state of emergency"; not inside actor names) do not count towards the gap
    let stop = at + 1 + maxGap;
    for (let i = at + 1; i < limit && i <= stop; i++) {
      // (an actor's name counts as one word: "designated the Islamic Revolutionary Guard Corps a terrorist group")
      if (skip !== undefined && skip[i] !== 0) { if (adjacent) break; if (i > at + 1 && skip[i - 1] !== 0) stop++; continue; }
      // (nor do quotation marks: "called the law a "breach of …"")
      if (lowers[i] === '-' || QUOTE_MARKS.has(lowers[i])) { stop++; continue; }
      const l = lemmas[i];
      const w = lowers[i];
      for (let a = 0; a < alts.length; a++) if (alts[a] === l || alts[a] === w) { found = i; break; }
      // a compound split at its hyphen ("cease - fire", "peace - keeping") matches the word written whole or hyphenated
      if (found < 0 && i + 2 < limit && lowers[i + 1] === '-' && compoundMatches(alts, w, lowers[i + 2], lemmas[i + 2])) found = i + 2;
      // a compound wink keeps whole ("cyber-attacks", "counter-offensive") matches by its last part
      if (found < 0 && w.indexOf('-') > 0 && lastPartMatches(alts, w)) found = i;
      if (found >= 0) break;
    }
    if (found < 0) return null;
    positions[count++] = found;
    at = found;
  }
  return { pattern: p, positions: positions.slice(0, count), end: at + 1 };
}

/** A pattern without its first word (cached): what is left of it after the head once that word is the passive's subject. */
const subjectless = new WeakMap<VerbPattern, VerbPattern>();
function withoutFirstWord(p: VerbPattern): VerbPattern {
  let q = subjectless.get(p);
  if (!q) {
    q = { ...p, words: p.words.slice(1), adjacent: p.adjacent.slice(1), targetAfter: p.targetAfter > 0 ? p.targetAfter - 1 : -1 };
    subjectless.set(p, q);
  }
  return q;
}

/**
 * For a passive verb whose subject names the pattern's first word ("sanctions were imposed on North Korea", "two
 * Iranian diplomats were expelled"): the longest pattern (list order) whose first word is one of the tokens `nouns`
 * and whose other words follow the head. The match is of the pattern without its first word (its positions are after
 * the head), with the token that matched the first word as `noun`.
 */
export function matchPassiveSubject(
  list: VerbPattern[] | undefined, lemmas: string[], lowers: string[], head: number, limit: number, nouns: number[], maxGap = 4, skip?: Uint8Array,
): { match: PatternMatch; noun: number; words: number } | null {
  if (!list || nouns.length === 0) return null;
  for (const p of list) {
    if (p.words.length === 0) continue;
    const alts = p.words[0];
    // (a plural tagged as a name keeps its -s in its lemma: "Sanctions were imposed …")
    const noun = nouns.find((i) => alts.includes(lemmas[i]) || alts.includes(lowers[i]) || (lowers[i].endsWith('s') && alts.includes(lowers[i].slice(0, -1))));
    if (noun === undefined) continue;
    const q = withoutFirstWord(p);
    const m = q.words.length === 0 ? { pattern: q, positions: [], end: head + 1 } : matchWords(q, 0, lemmas, lowers, head, limit, maxGap, skip);
    if (m) return { match: m, noun, words: p.words.length };
  }
  return null;
}

/** `vow`: a threat (13) for a conflict act, intent (03) for a cooperative one ("vowed to retaliate" / "vowed to help").
 * `claim`: the claimant's own act claimed ("claimed they had attacked"): a claim of responsibility (015). */
export type ShiftKind = 'intent' | 'threat' | 'reject' | 'demand' | 'vow' | 'appeal' | 'claim';
const SHIFT_KINDS = new Set<string>(['intent', 'threat', 'reject', 'demand', 'vow', 'appeal', 'claim']);

export interface Complements {
  /** Governor lemma → how it shifts the code of the infinitive it governs. */
  governors: Map<string, ShiftKind>;
  /** Nouns that govern an infinitive after a verb that states them ("expressed willingness to talk", "issued a threat to attack"). */
  nouns: Map<string, ShiftKind>;
  /** The verbs that state such a noun (express, announce, issue, …). */
  stating: Set<string>;
  /** Shift a code: the longest matching prefix row, else the code itself. */
  shift(kind: ShiftKind, code: string): string;
}

let complements: Complements | null = null;

/** The complement rules of dictionaries/verbs/complements.tsv. */
export function loadComplements(): Complements {
  if (complements) return complements;
  const governors = new Map<string, ShiftKind>();
  const nouns = new Map<string, ShiftKind>();
  const stating = new Set<string>();
  const shifts = new Map<string, string>();
  const file = VERB_DIR + 'complements.tsv';
  readFileSync(file, 'utf8').split('\n').forEach((raw, ln) => {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.startsWith('#')) return;
    const c = line.split('\t');
    if (c[0] === 'V' && c[1]) { stating.add(c[1]); return; }
    const kind = (c[0] === 'G' || c[0] === 'N' ? c[2] : c[1]) as ShiftKind;
    if (!SHIFT_KINDS.has(kind)) throw new VerbDictionaryError(`${file}:${ln + 1}: unknown kind ${JSON.stringify(kind)}`);
    if (c[0] === 'G') governors.set(c[1], kind);
    else if (c[0] === 'N') nouns.set(c[1], kind);
    else if (c[0] === 'S' && cameo(c[3])) shifts.set(`${kind}:${c[2]}`, c[3]);
    else throw new VerbDictionaryError(`${file}:${ln + 1}: expected a G, N, V or S row with a known CAMEO code`);
  });
  complements = {
    governors,
    nouns,
    stating,
    shift(kind, code) {
      for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
        const s = shifts.get(`${kind}:${c}`);
        if (s) return s;
      }
      return code;
    },
  };
  return complements;
}

/** Whether one of `alts` is the compound of words `a` - `b` (lemma `bl`) written whole or with its hyphen ("ceasefire", "cease-fire"). */
function compoundMatches(alts: string[], a: string, b: string, bl: string): boolean {
  const joined = a + b, joinedLemma = a + bl, hyphened = a + '-' + b;
  for (let k = 0; k < alts.length; k++) if (alts[k] === joined || alts[k] === joinedLemma || alts[k] === hyphened) return true;
  return false;
}

/** Prefixes that turn a compound's last part into something else ("anti-war", "non-aggression", "pre-war"). */
const NOT_ITS_LAST_PART = new Set(['anti', 'pro', 'non', 'un', 'de', 'ex', 'pre', 'post']);

/**
 * Whether one of `alts` is the last part of a hyphenated word kept as one token ("cyber-attacks" → "attack"),
 * as written or without a plural ending (wink gives such tokens no lemma of their own).
 */
function lastPartMatches(alts: string[], word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  if (last.length < 3 || NOT_ITS_LAST_PART.has(word.slice(0, word.indexOf('-')))) return false;
  const single = last.endsWith('ies') ? last.slice(0, -3) + 'y' : last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last;
  for (let k = 0; k < alts.length; k++) if (alts[k] === last || alts[k] === single) return true;
  return false;
}

/**
 * Cheap pre-check: could any pattern match in this sentence? A head lemma must occur with,
 * for patterns that need more words, its first word somewhere after it. Sentences that fail
 * skip the parse (about half of news sentences).
 */
export function anyCandidate(d: VerbDictionary, lemmas: string[], lowers: string[]): boolean {
  const heads = headsOf(d);
  const n = lemmas.length;
  for (let i = 0; i < n; i++) {
    const h = heads.get(lemmas[i]);
    if (h === undefined) continue;
    if (h.bare) return true;
    const firsts = h.firsts;
    // (a passive's subject may name the first word: "sanctions were imposed on …")
    if (i > 0 && lemmas[i - 1] === 'be') for (let j = Math.max(0, i - 7); j < i - 1; j++) if (firsts.has(lemmas[j]) || firsts.has(lowers[j]) || (lowers[j].endsWith('s') && firsts.has(lowers[j].slice(0, -1)))) return true;
    // (so may the noun a reduced passive relative describes: "a ballistic missile fired by Houthi rebels")
    if (i > 0 && i + 1 < n && lowers[i + 1] === 'by' && (firsts.has(lemmas[i - 1]) || firsts.has(lowers[i - 1]))) return true;
    // (hyphens do not count, as in the matcher: "designated the Tehreek-e-Taliban Pakistan a terrorist group")
    for (let j = i + 1, stop = i + 8; j < n && j <= stop; j++) {
      if (lowers[j] === '-') { stop++; continue; }
      if (firsts.has(lemmas[j]) || firsts.has(lowers[j])) return true;
      const hyphenNext = j + 2 < n && lowers[j + 1] === '-';
      const hyphenIn = lowers[j].indexOf('-') > 0;
      if (!hyphenNext && !hyphenIn) continue;
      for (const first of h.alts) {
        if (hyphenNext && compoundMatches(first, lowers[j], lowers[j + 2], lemmas[j + 2])) return true;
        if (hyphenIn && lastPartMatches(first, lowers[j])) return true;
      }
    }
  }
  return false;
}

/** What `anyCandidate` needs of the verb and noun patterns of a head lemma. */
interface HeadFirsts {
  /** Some pattern is the head alone. */
  bare: boolean;
  /** Every alternative of every pattern's first word. */
  firsts: Set<string>;
  /** The first-word alternatives of each pattern (for compounds). */
  alts: string[][];
}

const headIndex = new WeakMap<VerbDictionary, Map<string, HeadFirsts>>();

/** The verb and noun patterns of `d` by head lemma, reduced to their first words (made once per dictionary). */
function headsOf(d: VerbDictionary): Map<string, HeadFirsts> {
  let m = headIndex.get(d);
  if (m !== undefined) return m;
  m = new Map();
  for (const table of [d.verbs, d.nouns]) for (const [head, list] of table) {
    let h = m.get(head);
    if (h === undefined) m.set(head, (h = { bare: false, firsts: new Set(), alts: [] }));
    for (const p of list) {
      if (p.words.length === 0) { h.bare = true; continue; }
      h.alts.push(p.words[0]);
      for (const a of p.words[0]) h.firsts.add(a);
    }
  }
  headIndex.set(d, m);
  return m;
}

/**
 * A two-column list of dictionaries/verbs/ (header line, `#` comments): lower-case word form → lemma.
 * Used for `lemmas.tsv`, the forms whose lemma from wink-nlp is wrong ("staged" → "stag").
 */
export function loadLemmaFixes(name = 'lemmas.tsv'): Map<string, string> {
  const out = new Map<string, string>();
  for (const { line, at } of listRows(name)) {
    const c = line.split('\t');
    if (c.length !== 2 || !c[0].trim() || !c[1].trim()) throw new VerbDictionaryError(`${at}: expected a word form and its lemma separated by a tab`);
    out.set(c[0].trim().toLowerCase(), c[1].trim().toLowerCase());
  }
  return out;
}

/** A two-column list of dictionaries/verbs/ (header line, `#` comments): a word → its `|`-separated words (act-nouns.tsv). */
export function loadWordPairs(name: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { line, at } of listRows(name)) {
    const c = line.split('\t');
    const words = (c[1] ?? '').split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
    if (c.length !== 2 || !c[0].trim() || !words.length) throw new VerbDictionaryError(`${at}: expected a word and |-separated words separated by a tab`);
    out.set(c[0].trim().toLowerCase(), new Set(words));
  }
  return out;
}

/** Phrases by their last word (lemma or lower-case form), each with its code: dictionaries/verbs/instruments.tsv. */
export type PhraseTable = Map<string, { code: string; words: string[] }[]>;

/** A two-column list of dictionaries/verbs/ (CAMEO code, phrase), indexed by the phrase's last word, longest phrases first. */
export function loadCodedPhrases(name: string): PhraseTable {
  const out: PhraseTable = new Map();
  for (const { line, at } of listRows(name)) {
    const c = line.split('\t');
    const words = (c[1] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    if (c.length !== 2 || !cameo(c[0].trim()) || !words.length) throw new VerbDictionaryError(`${at}: expected a CAMEO code and a phrase separated by a tab`);
    const last = words[words.length - 1];
    let list = out.get(last);
    if (!list) out.set(last, (list = []));
    list.push({ code: c[0].trim(), words });
    list.sort((a, b) => b.words.length - a.words.length);
  }
  return out;
}

/** A one-column word list of dictionaries/verbs/ (header line `word`, `#` comments): lower-case forms or lemmas. */
export function loadWordList(name: string): Set<string> {
  const out = new Set<string>();
  for (const { line } of listRows(name)) out.add(line.toLowerCase());
  return out;
}

/** The rows of a list in dictionaries/verbs/ after its header line, without blank and `#` comment lines; `at` is FILE:LINE. */
function listRows(name: string): { line: string; at: string }[] {
  const file = VERB_DIR + name;
  const rows: { line: string; at: string }[] = [];
  let header = true;
  readFileSync(file, 'utf8').split('\n').forEach((raw, ln) => {
    const line = raw.replace(/\r$/, '').trim();
    if (!line || line.startsWith('#')) return;
    if (header) header = false;
    else rows.push({ line, at: `${file}:${ln + 1}` });
  });
  return rows;
}
