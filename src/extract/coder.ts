/**
 * The event coder: text → who did what to whom. For each sentence:
 * 1. tokens, POS tags and lemmas from wink-nlp (ids, tags and contraction flags read in bulk with `out()`;
 *    texts, lower case, actor keys and lemmas from a memo by word id, words.ts). When only events are
 *    wanted (`codeDocument`, `codeText`), a sentence in which the actor pre-check (actors.ts `mayMention`)
 *    finds no possible mention keeps its offsets and text but gets no tokens, and one with fewer than two
 *    distinct actors is neither lemmatised nor parsed: neither can yield an event;
 * 2. actor mentions (actors.ts);
 * 3. a shallow parse (shallow.ts): verb groups, clauses, quotes, actor groups;
 * 4. each verb group's head and following words matched against the verb
 *    dictionary (verbs.ts); event nouns ("air strikes on", "cooperation between") too;
 * 5. source = the subject actor group of the verb in its clause (inherited through
 *    infinitives, coordinated verbs and relative clauses; the "by" agent when passive),
 *    target = the first actor group after the verb in its clause; one event per
 *    (source, target) pair of the groups' members; source == target is skipped;
 * 6. negation, denial, modality and attribution (modality.ts) kept as flags.
 * The method is TABARI's sparse parsing (Schrodt 2009) with PETRARCH's CAMEO
 * conventions; the dictionaries are the project's own.
 */
import { createHash } from 'node:crypto';
import type { Document, Event, Modality, Sentence, Span } from '../model/types.ts';
import { cameo, goldstein, quadClass, rootOf, type QuadScheme } from '../model/cameo.ts';
import { countryOf, isStateActor } from '../model/countries.ts';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { SegmentedSentence, Token } from './segment.ts';
import { loadActorMatcher, MISSIONS, type ActorMatcher, type ActorMention, type DocContext } from './actors.ts';
import { BARE_INFINITIVE_GOVERNORS, relationNounAfter, reportedPerfect, shallowParse, type ActorGroup, type ShallowParse, type VerbGroup } from './shallow.ts';
import { anyCandidate, loadCodedPhrases, loadComplements, loadLemmaFixes, loadVerbDictionary, loadWordList, loadWordPairs, matchPassiveSubject, matchPatterns, QUOTE_MARKS, type PatternMatch, type ShiftKind, type VerbDictionary, type VerbPattern } from './verbs.ts';
import { WordMemo, type WordInfo } from './words.ts';
import { accordingTo, assertionOf, governorOf, isRequest, isSpeechVerb, keptFrom, reportedProgressive, speechGovernor, type Assertion, type Attribution } from './modality.ts';

export interface CoderOptions {
  actors?: ActorMatcher;
  quad?: QuadScheme;
  actorFiles?: string[];
  /** Extra verb pattern files (same format as dictionaries/verbs/patterns.tsv). */
  verbFiles?: string[];
}

/** A sentence with lemmas (what the coder works on). */
export interface LemmaSentence extends SegmentedSentence {
  lemmas: string[];
  /** Lower-case token texts. */
  lowers: string[];
}

/** A verb or noun cue found in a sentence, with or without actors (for classifying sentences). */
export interface Cue {
  code: string;
  /** Token index of the head. */
  head: number;
  negated: boolean;
  modality: Modality;
  /** Whether the cue is the verb of a coded event. */
  coded: boolean;
  /** The actor doing it, when one was found (first member of the subject group). */
  source: string | null;
  /** Start of the verb span its events carry (to find them). */
  at: number;
  /** In a main clause (not a that-, relative, conditional or adverbial clause, not an infinitive or gerund). */
  main: boolean;
}

const SUBORDINATE = new Set(['that', 'who', 'which', 'whom', 'whose', 'if', 'unless', 'because', 'while', 'whereas', 'although', 'though', 'as', 'since', 'when', 'after', 'before', 'until', 'once', 'where', 'whether', 'according', 'despite']);

export interface SentenceAnalysis {
  sentence: LemmaSentence;
  mentions: ActorMention[];
  events: Event[];
  cues: Cue[];
}

export interface Coder {
  codeDocument(doc: Document): { sentences: Sentence[]; events: Event[] };
  codeText(text: string, date?: string | null): Event[];
  /**
   * Per-sentence detail: mentions, events and verb cues (used by the evaluation). `withCues` false computes
   * no cues for sentences that cannot yield events (fewer than two distinct actors), and sentences in which
   * no actor can be found come with offsets and text but no tokens.
   */
  analyse(text: string, date?: string | null, docId?: string, withCues?: boolean): SentenceAnalysis[];
  readonly actors: ActorMatcher;
  readonly verbs: VerbDictionary;
}

/** Tokenise a text into sentences with POS tags, lemmas and character offsets, reading wink's output in bulk. */
/** Longest sentence the parser takes whole (tokens); longer runs are cut. */
export const MAX_SENTENCE_TOKENS = 200;

const FINITE_AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'had', 'am']);
/**
 * Whether a that-clause's verb is an indicative statement ("insisted that Iran does not
 * have troops", "insisted that its forces were not there") rather than the bare subjunctive
 * of a demand ("insisted that Iran withdraw"): a finite auxiliary, or a head inflected
 * for past or third person.
 */
function finiteIndicative(vg: { first: number; head: number; modals: string[] }, toks: { lower: string }[], lemmas: string[]): boolean {
  if (vg.modals.includes('must') || vg.modals.includes('should')) return false;
  if (FINITE_AUX.has(toks[vg.first]?.lower ?? '')) return true;
  const w = toks[vg.head]?.lower ?? '';
  return w !== lemmas[vg.head] && (w.endsWith('ed') || w.endsWith('s'));
}

let coderNlp: ReturnType<typeof winkNLP> | null = null;
/** wink with only sentence splitting and POS tagging: NER, negation and sentiment are not needed here (4× faster). */
function nlpInstance(): ReturnType<typeof winkNLP> {
  return (coderNlp ??= winkNLP(model, ['sbd', 'pos']));
}

/** Texts longer than this are read by wink in parts, cut at a line break or sentence end. */
const MAX_CHUNK_CHARS = 1 << 20;

export function tokenize(text: string): LemmaSentence[] {
  return readSentences(text, null);
}

/**
 * Which sentences need their tokens: called with the words of a sentence, `words[from..to)`; when it
 * returns false the sentence comes back with its offsets and text but no tokens, lemmas or lower forms.
 */
type NeedsTokens = (words: readonly WordInfo[], from: number, to: number, index: number) => boolean;

/**
 * Called with each sentence as soon as it is read. With `lazyLemmas`, a sentence with tokens comes with empty
 * `lemmas` and `lowers`, and `lemmatize` fills them in (only while `each` runs: it reads wink's document).
 */
type EachSentence = (s: LemmaSentence, lemmatize: (() => void) | null, words: readonly WordInfo[] | null) => void;

/**
 * `tokenize`, optionally leaving out the tokens of sentences that `needs` turns down (it is given the index
 * the sentence will have) and handing each sentence to `each` as soon as it is read, before the next one
 * is asked about. `lazyLemmas` (with `each`) leaves lemmas and lower forms to be filled on demand: most
 * sentences with actors name fewer than two and are never parsed, and a word's first lemma costs a run of
 * wink's lemmatizer.
 */
function readSentences(text: string, needs: NeedsTokens | null, each: EachSentence | null = null, lazyLemmas = false): LemmaSentence[] {
  if (text.length <= MAX_CHUNK_CHARS) return tokenizeChunk(text, 0, text.length, [], needs, each, lazyLemmas);
  const out: LemmaSentence[] = [];
  for (let from = 0; from < text.length; ) {
    let to = Math.min(text.length, from + MAX_CHUNK_CHARS);
    if (to < text.length) {
      const nl = text.lastIndexOf('\n', to);
      const dot = text.lastIndexOf('. ', to);
      const cut = Math.max(nl, dot >= 0 ? dot + 1 : -1);
      if (cut > from + MAX_CHUNK_CHARS / 2) to = cut;
    }
    tokenizeChunk(text, from, to, out, needs, each, lazyLemmas);
    from = to;
  }
  return out;
}

/** Token start offsets of the text being read (reused: one text at a time). */
let startsBuf = new Int32Array(4096);
/** Word facts by wink id, for the coder's wink instance. */
const memo = new WordMemo();
/** Up to this many unknown words in a text are read one by one; more, and all texts are read in one pass. */
const FEW_NEW_WORDS = 32;

/** The memo entry of every token (adding the words not seen before). */
function wordsOf(tk: ReturnType<ReturnType<ReturnType<typeof winkNLP>['readDoc']>['tokens']>, ids: number[]): WordInfo[] {
  const its = nlpInstance().its;
  const out: WordInfo[] = new Array(ids.length);
  let missing = 0;
  for (let i = 0; i < ids.length; i++) {
    const w = memo.get(ids[i]);
    if (w === undefined) missing++;
    else out[i] = w;
  }
  if (missing === 0) return out;
  const all = missing > FEW_NEW_WORDS ? (tk.out(its.value) as string[]) : null;
  for (let i = 0; i < ids.length; i++) {
    if (out[i] !== undefined) continue;
    out[i] = memo.get(ids[i]) ?? memo.add(ids[i], all ? all[i] : (tk.itemAt(i).out(its.value) as string));
  }
  return out;
}

function tokenizeChunk(full: string, offset: number, stop: number, out: LemmaSentence[], needs: NeedsTokens | null, each: EachSentence | null, lazyLemmas: boolean): LemmaSentence[] {
  const text = offset === 0 && stop === full.length ? full : full.slice(offset, stop);
  const nlp = nlpInstance();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tk = doc.tokens();
  // Bulk reads, one pass each. Token texts, lower case, actor keys and lemmas come from the word memo
  // (words.ts) by wink id; wink's text and lemmatizer are asked only for words (or word, POS pairs) not
  // seen before and for the parts of contractions.
  const ids = tk.out(its.uniqueId) as unknown as number[];
  const pos = tk.out(its.pos) as string[];
  const contraction = tk.out(its.contractionFlag) as unknown as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const words = wordsOf(tk, ids);
  if (startsBuf.length < ids.length) startsBuf = new Int32Array(Math.max(ids.length, 2 * startsBuf.length));
  const starts = startsBuf;
  let cursor = 0;
  // token offsets are found sentence by sentence, just before each is read (its words are then still in cache)
  let done = 0;
  // Overlong "sentences" (run-on text, lists, a file with no punctuation) are cut into pieces of at most
  // MAX_SENTENCE_TOKENS so the parse stays linear.
  for (const [a0, b0] of spans) {
    // wink splits the text at runs of spaces (' ', no-break spaces) and runs of line breaks and tabs, and counts the
    // run of spaces before a token as its preceding spaces: each token starts after those, and its length gives the
    // next one's start. The sentence's first and last tokens are then checked against the text (reading every token's
    // text costs a memory load per token); where wink dropped or changed characters, the sentence's tokens are located
    // one by one.
    const first = done, from = cursor;
    for (; done <= b0 && done < ids.length; done++) {
      const at = skipBlanks(text, cursor);
      starts[done] = at;
      cursor = at + words[done].length;
    }
    if (done > first && (cursor > text.length || !startsAt(text, words[done - 1].text, starts[done - 1]) || !startsAt(text, words[first].text, starts[first]))) {
      cursor = from;
      for (let i = first; i < done; i++) {
        const v = words[i].text;
        // when the token is not after the blanks, ask wink for its preceding spaces, else search near the cursor
        let at = skipBlanks(text, cursor);
        if (!startsAt(text, v, at)) {
          at = cursor + (tk.itemAt(i).out(its.precedingSpaces) as string).length;
          if (!text.startsWith(v, at)) {
            const f = text.indexOf(v, cursor);
            at = f >= 0 && f - cursor <= 64 ? f : skipSpace(text, cursor);
          }
        }
        starts[i] = at;
        cursor = Math.min(text.length, at + v.length);
      }
    }
    for (let a = a0; a <= b0; a += MAX_SENTENCE_TOKENS) {
      const b = Math.min(b0, a + MAX_SENTENCE_TOKENS - 1);
      if (needs !== null && !needs(words, a, b + 1, out.length)) {
        // offsets and text only, as the tokens would give them
        let f = a, l = b;
        while (f <= b && words[f].blank) f++;
        while (l >= f && words[l].blank) l--;
        if (f > l) continue;
        const start = starts[f] + offset;
        const end = Math.min(full.length, starts[l] + offset + words[l].text.length);
        const s: LemmaSentence = { index: out.length, start, end, text: full.slice(start, end), tokens: [], lemmas: [], lowers: [] };
        out.push(s);
        if (each !== null) each(s, null, null);
        continue;
      }
      repairVerb(words, pos, a, b);
      floatingQuantifier(words, pos, a, b);
      meansGerund(words, pos, a, b);
      const tokens: Token[] = [];
      // the word of each token, for the actor matcher (see ActorMatcher.sentence)
      const tokenWords: WordInfo[] = [];
      for (let i = a; i <= b; i++) {
        const w = words[i];
        if (w.blank) continue;
        const v = w.text;
        const start = starts[i] + offset;
        tokens.push({ text: v, lower: w.lower, pos: pos[i], normal: w.lower, start, end: Math.min(full.length, start + v.length), keys: w.keys });
        tokenWords.push(w);
      }
      if (tokens.length === 0) continue;
      const start = tokens[0].start;
      const end = tokens[tokens.length - 1].end;
      const s: LemmaSentence = { index: out.length, start, end, text: full.slice(start, end), tokens, lemmas: [], lowers: [] };
      out.push(s);
      if (!lazyLemmas) lemmatizeRange(tk, words, pos, contraction, a, b, s.lemmas, s.lowers);
      if (each !== null) each(s, lazyLemmas ? lemmatizeLater(tk, words, pos, contraction, a, b, s) : null, tokenWords);
    }
  }
  return out;
}

/**
 * The lemma of an -ed `word` read as a verb: wink's, when wink reads "they <word>" as a verb; else the stem ("apprehend",
 * "rename", "stop") that wink reads as a present-tense verb ("they apprehend"), or the word less its -ed.
 */
function verbLemma(word: string): string {
  const nlp = nlpInstance();
  const asVerb = (w: string): string | null => {
    const t = nlp.readDoc('they ' + w).tokens();
    return t.length() === 2 && t.itemAt(1).out(nlp.its.pos) === 'VERB' ? (t.itemAt(1).out((nlp.its as any).lemma) as string).toLowerCase() : null;
  };
  if (word.endsWith('ing')) {
    // an -ing form ("fighting" after a floating "both"): as wink reads it after "they are", else its stem
    const t = nlp.readDoc('they are ' + word).tokens();
    const l = t.length() === 3 ? (t.itemAt(2).out((nlp.its as any).lemma) as string).toLowerCase() : word;
    if (l !== word) return l;
    // (else the stem wink reads as a present-tense verb: "striking" → strike, "shelling" → shell, "jamming" → jam)
    const base = word.slice(0, -3);
    for (const c of [base, base + 'e', base.length > 2 && base.at(-1) === base.at(-2) ? base.slice(0, -1) : '']) if (c && asVerb(c) === c) return c;
    return base;
  }
  const stem = word.slice(0, -2);
  const stems = [stem, word.slice(0, -1), stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : '', stem.endsWith('i') ? stem.slice(0, -1) + 'y' : ''];
  const read = asVerb(word);
  if (read !== null && read !== word) return read;
  for (const c of stems) if (c && asVerb(c) === c) return c;
  return stem;
}

/**
 * POS repair in `pos[a..b]`: a floating "both", "all" or "each" after the subject or an auxiliary is an adverb, and the
 * word after it the verb when wink took it for a noun ("Russia and Iran both back Assad", "are both fighting the
 * rebels", "have all signed the pact").
 */
function floatingQuantifier(words: WordInfo[], pos: string[], a: number, b: number): void {
  for (let i = a + 1; i + 1 < b; i++) {
    if (pos[i] !== 'DET') continue;
    const w = words[i].lower;
    if (w !== 'both' && w !== 'all' && w !== 'each') continue;
    const before = pos[i - 1];
    if (before !== 'AUX' && before !== 'PROPN' && before !== 'NOUN' && before !== 'PRON') continue;
    const nx = pos[i + 1];
    if (nx === 'VERB') { pos[i] = 'ADV'; continue; }
    if (nx === 'NOUN' && i + 2 <= b && OBJECT_START.has(pos[i + 2]) && (before === 'AUX' ? words[i + 1].lower.endsWith('ing') : !words[i + 1].lower.endsWith('s'))) {
      pos[i] = 'ADV';
      pos[i + 1] = 'VERB';
    }
  }
}

/**
 * "The Malian army, backed by French troops, retook …", "Afghan forces, backed by US air strikes, retook …": when mention
 * mn is the agent of a participle phrase set off by commas (", <participle> by" and determiners or adjectives before it,
 * nouns after it up to the closing comma), the position of that comma (the main verb follows it); else -1.
 */
function agentPhraseEnd(toks: Token[], mn: ActorMention): number {
  let b = mn.first - 1;
  while (b > 0 && mn.first - b <= 3 && (toks[b].pos === 'DET' || toks[b].pos === 'ADJ')) b--;
  if (b < 2 || toks[b].lower !== 'by' || toks[b - 1].pos !== 'VERB' || toks[b - 2].lower !== ',') return -1;
  let c = mn.last;
  while (c < toks.length && c - mn.last < 3 && toks[c].pos === 'NOUN') c++;
  return c + 2 < toks.length && toks[c].lower === ',' ? c : -1;
}

/** Titles' head nouns that wink tags as adjectives ("the NATO chief", "the secretary general"): see repairVerb. */
const HEAD_ADJECTIVES = new Set(['chief', 'general']);
/** The genitive ending, with a straight or a curly apostrophe. */
const GENITIVE = new Set(["'s", '’s']);

/** Endings of demonyms ("Israeli", "Iranian", "American", "Chinese", "Turkish", "French"), which names of states do not have. */
const DEMONYM_ENDING = /(?:ian|ean|can|ese|ish|i|ch)$/;

/** Tags after an -ed word that make it a verb with an object ("a", "the", "his", names, numbers). */
const OBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NUM']);

/**
 * POS repair in `pos[a..b]`: before the sentence's first verb, an -ed word tagged ADJ after a noun and before an object
 * is the main verb ("soldiers on Friday apprehended a shepherd who …", "the ministry informed the embassy").
 */
function repairVerb(words: WordInfo[], pos: string[], a: number, b: number): void {
  for (let i = a + 1; i < b; i++) {
    const p = pos[i];
    // "the NATO chief warned Russia", "NATO's secretary general criticised Russia": wink tags "chief" and "general" as
    // adjectives even as the subject's head, and the verb after an adjective would pass for a participle before a noun
    if (p === 'VERB' && pos[i - 1] === 'ADJ' && HEAD_ADJECTIVES.has(words[i - 1].lower)) { pos[i - 1] = 'NOUN'; return; }
    // "Russia, which backs Assad, …": an -s word after a relative "which" or "who" and before an object is its verb (wink
    // may tag it as a plural noun)
    if (p === 'NOUN' && (words[i - 1].lower === 'which' || words[i - 1].lower === 'who') && words[i].lower.endsWith('s') && i + 1 < b && OBJECT_START.has(pos[i + 1])) { pos[i] = 'VERB'; return; }
    // "If Turkey attacks the Kurds, …": so is one after a bare name (no determiner before it, and no demonym's ending:
    // "Israeli attacks the day before …" is a noun) and before an object
    if (p === 'NOUN' && pos[i - 1] === 'PROPN' && (i - 2 < a || (pos[i - 2] !== 'DET' && pos[i - 2] !== 'ADJ' && pos[i - 2] !== 'PROPN' && pos[i - 2] !== 'PART')) &&
      !DEMONYM_ENDING.test(words[i - 1].lower) &&
      words[i].lower.endsWith('s') && !words[i].lower.endsWith('ss') && i + 1 < b && (pos[i + 1] === 'DET' || pos[i + 1] === 'PROPN')) { pos[i] = 'VERB'; return; }
    if (p === 'VERB' || p === 'AUX') return;
    if (p === 'ADJ' && words[i].lower.endsWith('ed') && (pos[i - 1] === 'NOUN' || pos[i - 1] === 'PROPN') &&
      (OBJECT_START.has(pos[i + 1]) || (pos[i + 1] === 'ADJ' && i + 2 < b && pos[i + 2] === 'NOUN'))) { pos[i] = 'VERB'; return; }
  }
}

/**
 * POS repair in `pos[a..b]`: an -ing word tagged as a noun right after "by", which follows a verb (maybe past an adverb or
 * a time phrase), and before an object is a gerund of means ("Moscow retaliated by expelling an Estonian diplomat",
 * "angered Tallinn by expelling …"; wink reads "expelling" as a noun). Not after a noun ("killed by shelling"), nor before
 * "of" ("by the shelling of").
 */
/** Quantities that may open the object of a gerund of means ("by striking dozens of targets"). */
const MEANS_QUANTITIES = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'several', 'more']);
function meansGerund(words: WordInfo[], pos: string[], a: number, b: number): void {
  for (let i = a + 2; i + 1 <= b; i++) {
    if ((pos[i] !== 'NOUN' && pos[i] !== 'ADJ') || words[i - 1].lower !== 'by' || !words[i].lower.endsWith('ing') || words[i].lower.length < 6) continue;
    if (!(OBJECT_START.has(pos[i + 1]) || MEANS_QUANTITIES.has(words[i + 1].lower))) continue;
    let k = i - 2;
    // (a time phrase or an adverb between: "retaliated on Monday by expelling")
    while (k > a && i - k <= 4 && (pos[k] === 'ADV' || pos[k] === 'PROPN' && CALENDAR.has(words[k].lower) || words[k].lower === 'on')) k--;
    if (pos[k] === 'VERB' || (pos[k] === 'PROPN' || pos[k] === 'NOUN') && k > a && pos[k - 1] === 'VERB') pos[i] = 'VERB';
  }
}

/** Lower forms and lemmas of the non-blank words `words[a..b]` (a sentence's tokens), appended to `lemmas` and `lowers`. */
function lemmatizeRange(tk: ReturnType<ReturnType<ReturnType<typeof winkNLP>['readDoc']>['tokens']>, words: WordInfo[], pos: string[], contraction: boolean[], a: number, b: number, lemmas: string[], lowers: string[]): void {
  const its = nlpInstance().its;
  for (let i = a; i <= b; i++) {
    const w = words[i];
    if (w.blank) continue;
    const p = pos[i];
    lowers.push(w.lower);
    let l = contraction[i] ? undefined : WordMemo.lemma(w, p);
    if (l === undefined) {
      // wink has no lemma for some contraction parts ("cannot." → "can" "not"): the word itself then
      const raw = tk.itemAt(i).out((its as any).lemma) as string | undefined;
      l = raw === undefined || raw === w.text ? w.lower : raw.toLowerCase();
      // wink's few wrong lemmas of pattern verbs ("staged" → "stag"), corrected from lemmas.tsv (once per word and POS)
      const fix = LEMMA_FIXES.get(w.lower);
      if (fix !== undefined && !contraction[i]) l = fix;
      // a word that repairVerb made a verb keeps wink's adjective lemma: ask wink for the verb's, once per word
      else if (p === 'VERB' && l === w.lower && (l.endsWith('ed') || l.endsWith('ing'))) l = verbLemma(l);
      if (!contraction[i]) WordMemo.remember(w, p, l);
    }
    lemmas.push(l);
  }
}

/** `lemmatizeRange` for sentence s, to run on demand while wink's document is at hand. */
function lemmatizeLater(tk: ReturnType<ReturnType<ReturnType<typeof winkNLP>['readDoc']>['tokens']>, words: WordInfo[], pos: string[], contraction: boolean[], a: number, b: number, s: LemmaSentence): () => void {
  return () => lemmatizeRange(tk, words, pos, contraction, a, b, s.lemmas, s.lowers);
}

/** `text.startsWith(v, at)` for short words, without the call. */
function startsAt(text: string, v: string, at: number): boolean {
  if (at + v.length > text.length) return false;
  for (let k = 0; k < v.length; k++) if (text.charCodeAt(at + k) !== v.charCodeAt(k)) return false;
  return true;
}

/** Past the spaces and no-break spaces at i (the blanks wink counts as a token's preceding spaces). */
function skipBlanks(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f) i++;
    else return i;
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  return i;
}

/** Codes whose events are mutual when coordinated actors do them with no object ("Iran and Iraq cooperated", "… met", "… clashed"). */
const RECIPROCAL = [...loadWordList('mutual-codes.tsv')];
/** CAMEO roots whose untargeted main-verb acts are the source's state acting on itself (home-codes.tsv). */
const HOME_ROOTS = loadWordList('home-codes.tsv');
/** Irregular verb forms and their lemmas (irregular.tsv), to list the written forms of the home acts' verbs. */
const IRREGULAR = loadLemmaFixes('irregular.tsv');
/** Prepositions before a place name (a home act at a place the dictionaries do not know is left alone), and calendar words after them. */
const UNKNOWN_PLACE_PREPS = new Set(['in', 'near', 'around', 'outside', 'across', 'at', 'into', 'towards', 'toward']);
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter', 'ramadan']);
/** Verbs of telling someone something: a pronoun subject of what is told is the teller ("told the UN it cannot …"). */
const TELLING_VERBS = new Set(['tell', 'warn', 'assure', 'inform', 'remind', 'notify']);
/** Verbs of firing a weapon, and the waters or frontier it is fired into or near with no party named (a show of force at nobody, not a home act). */
const LAUNCH_VERBS = new Set(['fire', 'launch', 'test-fire']);
const OPEN_WATERS = new Set(['sea', 'seas', 'waters', 'ocean', 'coast', 'border', 'frontier']);
const OPEN_WATER_PREPS = new Set(['into', 'off', 'near', 'towards', 'toward', 'along', 'across', 'over']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you', 'himself', 'herself', 'themselves', 'itself']);
for (const r of HOME_ROOTS) if (!/^\d\d$/.test(r)) throw new Error(`dictionaries/verbs/home-codes.tsv: "${r}" is no CAMEO root (two digits)`);
/** Verbs of agreement whose object is the matter agreed, not a counterpart (dictionaries/verbs/mutual-heads.tsv). */
const AGREEMENT_HEADS = loadWordList('mutual-heads.tsv');
/** Verbs of exchange whose coordinated subjects each act on the other, whatever the code (dictionaries/verbs/exchange-heads.tsv). */
const EXCHANGE_HEADS = loadWordList('exchange-heads.tsv');
/** Verbs of receipt whose subject gets the aid that the actor after "from" gives (dictionaries/verbs/receipt-heads.tsv). */
const RECEIPT_HEADS = loadWordList('receipt-heads.tsv');
/** Participles of brokering or authoring in a hyphenated modifier ("Egyptian-brokered", "UN-drafted"). */
const BROKER_PARTICIPLES = new Set(['brokered', 'mediated', 'sponsored', 'drafted', 'proposed', 'authored', 'negotiated', 'hosted', 'organised', 'organized']);
/** Roots of cooperation (intents, consultations, diplomatic and material cooperation, aid). */
const COOPERATION_ROOTS = new Set(['03', '04', '05', '06', '07']);
/** Nouns of joint effort: what comes "against" them is the common foe ("support against ISIS", "a coalition against"). */
/** Plural nouns of armed forces: "their troops" after coordinated states are those states' forces (`theirForces`). */
const FORCE_PLURALS = new Set(['troops', 'forces', 'soldiers', 'armies', 'militaries', 'navies', 'guards', 'warplanes', 'jets']);
/** Heads of a possessive's armed forces before an irregular past wink tags as a noun ("its air defences shot down"; `ownForcesPastRepaired`). */
const FORCE_HEADS = new Set([...FORCE_PLURALS, 'defences', 'defenses', 'defence', 'defense', 'army', 'navy', 'military', 'gunners', 'units']);
/** Nouns of a war fought in: coordinated actors who "fought in" one fought on a side of it, not each other. */
const WAR_NOUNS = new Set(['war', 'wars', 'conflict', 'conflicts', 'campaign', 'campaigns', 'insurgency', 'uprising']);
const JOINT_EFFORT_NOUNS = new Set(['support', 'help', 'aid', 'assistance', 'backing', 'coalition', 'alliance', 'cooperation', 'partnership', 'front', 'campaign', 'fight', 'war', 'struggle', 'effort', 'solidarity']);
/** Prepositions that introduce what an act is about ("talks on Syria", "agreed about the Syrian crisis"). */
const TOPIC_PREPS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
/** Roots of the reciprocal acts that can be about a state: intents, consultations, diplomatic and material cooperation. */
const TOPIC_ROOTS = new Set(['03', '04', '05', '06']);
function isReciprocal(code: string): boolean {
  for (const c of RECIPROCAL) if (code.startsWith(c)) return true;
  return false;
}
/** Codes of an act two parties do together (a meeting, talks, an agreement signed or cooperation; not a visit, 042, which
 * is the visitor's, an intent one party states, force or a break of ties): a reaction to it answers both
 * (SentenceCoder.answeredDoer). */
function mutualAct(code: string): boolean {
  const root = rootOf(code);
  return isReciprocal(code) && (root === '04' || root === '06' || code === '057') && code !== '042';
}
/** Sectors of a state's armed and police forces: "with" them, the state's own forces are its means, not a counterpart. */
const MEANS_SECTORS = new Set(['MIL', 'COP', 'SPY', 'UAF']);
/** Participles of a weapon's or attack's launching ("the missiles fired by X", "a bomb planted by X"), or of its claiming
 * ("a car bomb claimed by X"): their agent does the act of the clause the weapon heads (not "jets backed by Russia": the
 * backer does not fly them). */
const LAUNCH_PARTICIPLES = new Set(['fired', 'launched', 'dropped', 'planted', 'detonated', 'conducted', 'carried', 'thrown', 'hurled', 'lobbed', 'claimed']);
/** Verbs that move forces somewhere: their object, when it is the doer's own forces, is no target. */
const MOVING_VERBS = new Set(['send', 'deploy', 'dispatch', 'move', 'transfer', 'station', 'fly', 'redeploy', 'rush']);
/** A military subject's pull-back from a state and entry into one (`militaryMove`): 0874 (the target right after "from") and 190. */
const RETREAT_FROM: VerbPattern = { code: '0874', kind: 'V', head: 'withdraw', words: [['from']], adjacent: [true], targetAfter: 0, origin: 'coder.ts militaryMove', text: 'withdraw from +' };
const MILITARY_EXIT: VerbPattern = { code: '0874', kind: 'V', head: 'leave', words: [], adjacent: [], targetAfter: -1, origin: 'coder.ts militaryMove', text: 'leave' };
/** Verbs of moving that with "into" a state and a military subject are force against it (dictionaries/verbs/entry-verbs.tsv). */
const ENTRY_VERBS = loadWordList('entry-verbs.tsv');
/** Verbs of arriving that with "in" a state and a military subject are a deployment there (dictionaries/verbs/arrival-verbs.tsv). */
const ARRIVAL_VERBS = loadWordList('arrival-verbs.tsv');
const MILITARY_ARRIVAL: VerbPattern = { code: '154', kind: 'V', head: 'arrive', words: [], adjacent: [], targetAfter: -1, origin: 'coder.ts militaryMove', text: 'arrive in' };
/** Nouns of a state's consent to foreign troops (consent-nouns.tsv) and the prepositions before them (SentenceCoder.consentOf). */
const CONSENT_NOUNS = loadWordList('consent-nouns.tsv');
const CONSENT_PREPS = new Set(['under', 'at', 'with', 'by']);
const MILITARY_ENTRY: VerbPattern = { code: '190', kind: 'V', head: 'enter', words: [], adjacent: [], targetAfter: -1, origin: 'coder.ts militaryMove', text: 'enter' };
/** A government's people received (SentenceCoder.receivedLeader): hosted, 043. */
const RECEIVE_LEADER: VerbPattern = { code: '043', kind: 'V', head: 'receive', words: [], adjacent: [], targetAfter: -1, origin: 'coder.ts receivedLeader', text: 'receive' };
/** Verbs of forcing a leader out (SentenceCoder.leaderOusted), and the pattern it codes: coercion (170). */
const OUSTING = new Set(['oust', 'remove', 'depose', 'topple', 'overthrow', 'unseat']);
const LEADER_OUSTED: VerbPattern = { code: '170', kind: 'V', head: 'oust', words: [], adjacent: [], targetAfter: -1, origin: 'coder.ts leaderOusted', text: 'oust' };
/** Participles of holding people ("the journalists held by Iran", "aid workers detained in Yemen"): their "by" or "in" actor is the holder. */
const HOLDING_VERBS = new Set(['hold', 'detain', 'jail', 'imprison', 'kidnap', 'abduct', 'capture', 'arrest', 'seize', 'intern']);
const HOLDER_PREPS = new Set(['by', 'in']);
/** How a mention names a state itself, or one of its places (not by a sector, a person or a title). */
const STATE_BY_NAME = new Set<string>(['name', 'alias', 'place', 'capital']);
/** Nouns of a crowd with no state of its own (SentenceCoder.crowdIn). */
const CROWD_NOUNS = new Set(['protesters', 'protestors', 'demonstrators', 'marchers', 'rioters', 'crowd', 'crowds', 'mob']);
/** Participles of holding ground ("shelled villages held by ISIS", "bombed towns controlled by the rebels"): their "by" actor is what force strikes. */
const CONTROLLING_VERBS = new Set(['hold', 'control', 'occupy', 'seize', 'capture', 'run']);
const BY = new Set(['by']);
/** Before an event noun, a time or a hazard (SentenceCoder.framedNoun): not the governing verb's subject's act. */
const TIME_PREPS = new Set(['after', 'before', 'since', 'following', 'amid', 'ahead']);
/** Before an event noun, a reason ("cut ties with Iran over its support for the rebels", "despite the attacks"): not the governing verb's subject's act either. */
const REASON_PREPS = new Set(['over', 'despite']);
/** Parts of a day ("Tuesday night"): a time after a verb of naming, not a name. */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'hour', 'hours', 'minutes', 'times']);
/** Verbs of naming: after "what" they name a thing in someone's words (SentenceCoder.whatNaming). */
const NAMING_VERBS = new Set(['call', 'term', 'describe', 'dub', 'label', 'brand', 'consider', 'regard', 'view']);
const CALL_PARTICLES = new Set(['for', 'on', 'upon']);
const RISKS = new Set(['risk', 'threat', 'fear', 'danger', 'prospect', 'possibility', 'spectre', 'specter']);
/** Articles: a gerund right after one is a noun (SentenceCoder.findSubject). */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Prepositions whose actor is never the target of the verb before it. */
const NOT_TARGET = new Set(['from', 'by', 'than', 'like', 'including', 'among', 'about', 'despite', 'after', 'before', 'during', 'since', 'under', 'behind', 'over', 'regarding', 'concerning']);
/** Nouns of proposals and requests: a "from"/"by" actor after them is their author, the target of a reply to them. */
const PROPOSAL_NOUNS = new Set(['proposal', 'call', 'appeal', 'offer', 'demand', 'request', 'invitation', 'plan', 'initiative', 'ultimatum', 'plea', 'overture', 'bid', 'suggestion', 'resolution', 'idea']);
/** Nouns of an accusation: its author, after "by" or "from", is whom a denial (016) or a rejection (12) answers
 * ("denied charges by the State Department"). */
const ACCUSATION_NOUNS = new Set(['charge', 'accusation', 'allegation', 'claim', 'criticism', 'complaint']);
/** Nouns of a decision: like a proposal's, its author after "by" is the act's target ("violated a ban by the UN",
 * "welcomed the decision by Turkey to …"). */
const DECISION_NOUNS = new Set(['ban', 'embargo', 'ruling', 'decision', 'order', 'verdict']);
/** Roots and codes of a reaction to another's act (disapproval, rejection, protest; praise 051, denial 016): the doer
 * of the act, named after "by", is the reaction's target ("condemned the attack by Hamas", SentenceCoder.actBy). */
const REACTION_ROOTS = new Set(['11', '12', '14']);
const REACTION_CODES = new Set(['051', '016']);
/** A ban or embargo: aimed at a state's goods, it is an embargo (SentenceCoder.goodsOf). */
const BAN_WORDS = new Set(['ban', 'embargo']);
/** Prepositions that name whom an act of harm was done to ("the attack on", "the blockade of"; SentenceCoder.harmBefore). */
const HARM_PREPS = new Set(['on', 'against', 'of', 'upon']);
/** Roots of harm besides force: sanctions and reduced relations (16), coercion (17). */
const HARM_ROOTS = new Set(['16', '17', '18', '19', '20']);
/** Roots whose "from" actor is the target: appeals and demands addressed to it ("sought aid from Iran"), withdrawals
 * and concessions ("withdraw its troops from Lebanon"), reductions of relations and aid ("withdrew its ambassador from"),
 * and seizures ("confiscated weapons from armed groups"). */
const FROM_ROOTS = new Set(['02', '08', '10', '16', '17']);
/** Roots whose acts can take a place as their target: material acts ("air strikes in Syria", "eased curfews in Sudan"). */
const PLACE_ROOTS = new Set(['03', '06', '07', '08', '09', '10', '12', '13', '14', '15', '16', '17', '18', '19', '20']);
/**
 * Cooperative roots and codes (material cooperation and aid, and the intents to cooperate or give aid) that name no act on
 * oneself: one aimed only at a place of the source's own state codes nothing (an intent to yield on a domestic matter does).
 */
const HOMELESS_CODES = new Set(['06', '07', '030', '031', '033']);
/** A group that names only towns or regions (places.tsv: "seized Mosul", "shelled Kobani"): a place, not an actor, even as the object. */
function townsOnly(g: ActorGroup<ActorMention>): boolean {
  return g.mentions.length > 0 && g.mentions.every((x) => x.via === 'place' && x.code.length === 3);
}
/** Whether group g names only capitals standing for their states ("Kabul", "Baghdad"). */
function capitalsOnly(g: ActorGroup<ActorMention>): boolean {
  return g.mentions.length > 0 && g.mentions.every((x) => x.via === 'capital' && x.code.length === 3);
}
/** Roots of verbs that speak about an event noun they govern rather than do it ("condemned the attack on",
 * "called for talks with", "welcomed the cooperation between", "rejected talks with"): statements, appeals, support,
 * investigation, demands, disapproval, rejection, protest. Intent, threats and acts ("promised cooperation with",
 * "threatened attacks on", "launched air strikes on") make their subject the noun's actor. */
const ABOUT_ROOTS = new Set(['01', '02', '05', '09', '10', '11', '12', '14']);
/** Verbs whose subject counters or looks into the act of the event noun after them, and so did not do it (nor does a
 * treaty or law that covers or forbids it: "its defence treaty with the Philippines covers attacks on Philippine ships"). */
const COUNTER_VERBS = new Set(['foil', 'thwart', 'prevent', 'avert', 'disrupt', 'repel', 'repulse', 'investigate', 'probe', 'survive', 'withstand', 'suffer', 'escape', 'deny', 'cover', 'forbid', 'prohibit', 'outlaw']);
/** Attack and weapon nouns with no doer (dictionaries/verbs/agentless.tsv). */
const AGENTLESS = loadWordList('agentless.tsv');
/** Doers who name no actor ("gunmen", "a suicide bomber", "armed men"; dictionaries/verbs/agentless-doers.tsv), coded as agentless attacks. */
const AGENTLESS_DOERS = loadWordList('agentless-doers.tsv');
/** Roots of force (assault, fight, mass violence): an agentless attack is coded with one, and a verb of one is no domestic
 * matter of its own ("threatened to strike Guam" is no labour strike). */
const FORCE_ROOTS = new Set(['18', '19', '20']);
/** Nouns after a state's name that make it the side of a border, a place rather than a party. */
const BORDER_WORDS = new Set(['border', 'frontier', 'borders', 'frontiers']);
/** A peace mission or force of an international body (`peaceMissionHost`): the words before its noun, and the nouns. */
const PEACE_MISSION_WORDS = new Set(['peacekeeping', 'peace-keeping', 'stabilisation', 'stabilization', 'monitoring', 'observer', 'military', 'police', 'training', 'peace']);
const MISSION_NOUNS = new Set(['mission', 'force', 'forces', 'operation', 'contingent']);
/** Roots of a contribution to a peace mission, whose host state is the target (intent 03, material cooperation 06, aid 07, deployment 15). */
const MISSION_ROOTS = new Set(['03', '06', '07', '15']);
/** Words of kind between a state's possessive and its border ("Venezuela's land borders"). */
const BORDER_KINDS = new Set(['land', 'sea', 'maritime', 'northern', 'southern', 'eastern', 'western', 'common', 'shared', 'long', 'porous', 'disputed']);
/** Prepositions of place: their actor is the target only when nothing else is. */
const PLACE = new Set(['in', 'at', 'across', 'inside', 'within', 'throughout', 'near', 'into', 'through', 'via', 'along', 'around', 'outside', 'beyond']);
/** Verbs whose object is the doer of the infinitive after it ("urged Iran to …", "delegated Burns to meet …"). */
const OBJECT_CONTROL = loadWordList('object-doers.tsv');
/** Object-control verbs whose object comes after a preposition ("called on Israel to …", "pleaded with Serbia to …"). */
const OBJECT_CONTROL_PREPS = new Map([['call', ['on', 'upon']], ['appeal', ['to']], ['plead', ['with']]]);
/** Farthest a target may be from the end of the verb pattern (tokens): direct object, prepositional object. */
/** Things fired that make firing back at a government shooting, not a retort (SentenceCoder.retort; instruments.tsv has the rest). */
/** Verbs of intercepting a weapon fired at the subject ("intercepted a missile fired by …", "shot down a drone launched by …"). */
const INTERCEPTING = new Set(['intercept', 'shoot', 'down', 'destroy', 'neutralise', 'neutralize', 'repel', 'repulse', 'thwart', 'foil', 'stop', 'detect', 'track']);
const FIRED_WEAPONS = new Set(['missile', 'rocket', 'bullet', 'gun', 'weapon', 'drone', 'projectile', 'salvo', 'volley']);

/** Participles that name an object's owner, employer or author after "by" ("workers employed by the UN", SentenceCoder.targetsOf). */
const OWNER_PARTICIPLES = new Set(['employ', 'hire', 'own', 'run', 'operate', 'charter', 'submit', 'propose', 'table', 'draft', 'sponsor', 'fund', 'finance']);

/** Prepositions that open a sentence's phrase of meeting, and the meeting nouns in it (SentenceCoder.frontedCounterpart). */
const MEETING_OPENERS = new Set(['in', 'at', 'during', 'after', 'following', 'on', 'before', 'ahead']);
const MEETING_NOUNS = new Set(['talks', 'meeting', 'meetings', 'visit', 'summit', 'call', 'conversation', 'trip', 'negotiations', 'consultations']);

const MAX_OBJECT_GAP = 8;
const MAX_PREP_GAP = 6;
/** A farther object when only a noun phrase with prepositional attachments comes between ("killed three villagers in a raid in X"). */
const MAX_NP_GAP = 14;
/** Verbs that end or ease a sanction named by a noun near them. */
const EASE_VERBS = new Set(['lift', 'ease', 'relax', 'remove', 'end', 'suspend', 'loosen', 'scrap', 'waive', 'drop']);
/** Prepositions that introduce the object of an infinitive of purpose ("to show anger at the US"). */
const PURPOSE_PREPS = new Set(['of', 'against', 'at', 'for', 'over', 'toward', 'towards', 'with', 'to']);
/** Verbs whose object does the gerund after "of"/"for": "accused X of attacking", "blamed X for attacking". */
const ACCUSING = new Set(['accuse', 'blame', 'charge', 'suspect', 'fault', 'criticize', 'criticise', 'condemn', 'praise', 'thank', 'congratulate', 'commend', 'punish']);
/** Verbs of taking something from someone ("the weapons seized from the army"), and the roots of giving it back (03 intent, 08 yield). */
/** Nouns of an answer before "to" and "for" ("in response to", "in retaliation for"): the act after them is another's. */
const ANSWER_TO = new Set(['response', 'reaction', 'reply', 'answer']);
/** Verbs of saying that are acts on their object ("a video threatening Jordan's king", "a statement accusing Iran of …"). */
const SPEECH_ACTS = new Set(['threaten', 'warn', 'accuse', 'blame', 'charge']);
const ANSWER_FOR = new Set(['retaliation', 'revenge', 'reprisal', 'reprisals', 'retribution', 'punishment']);
/** Verbs of judging besides ACCUSING whose "for" names a deed of the one judged, not of the judge ("sanctioned X for attacks on …"). */
const JUDGING = new Set(['sanction', 'fine', 'indict', 'sentence', 'convict', 'penalise', 'penalize', 'reward', 'honour', 'honor']);
const TAKING_VERBS = new Set(['seize', 'take', 'capture', 'confiscate', 'steal', 'loot', 'grab', 'impound']);
const RETURNING_ROOTS = new Set(['03', '08']);
/** A state's missions and people abroad, after "its" or "their" (SentenceCoder.mainOwner). */
const OWN_ABROAD = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'mission', 'diplomats', 'diplomat', 'ambassador', 'envoy', 'nationals', 'citizens']);
/** Clause openers of time or reason (SentenceCoder.mainOwner). */
const TIME_REASON_OPENERS = new Set(['after', 'as', 'when', 'because', 'since', 'following']);

/** Clause openers of a condition, whose subject a threat is aimed at ("threatened to respond if Ukraine …"). */
const CONDITION_OPENERS = new Set(['if', 'unless']);
/** Clause openers of an act that a show of force answers ("scrambled jets after a Chinese drone flew …"). */
const ANSWERED_OPENERS = new Set(['after', 'as']);
/** Nouns of a law whose author acts in a gerund after it when a verb of enacting governs it ("signed a bill imposing …"). */
const LEGAL_NOUNS = new Set(['bill', 'law', 'decree', 'directive', 'ordinance', 'order']);
/** Verbs that make a law their subject's act (LEGAL_NOUNS). */
const ENACTING = new Set(['sign', 'pass', 'issue', 'adopt', 'approve', 'enact', 'introduce', 'decree']);
/** Nouns of a message whose author speaks in a gerund after it ("a statement urging …", "a letter asking …"). */
const MESSAGE_NOUNS = new Set(['statement', 'letter', 'message', 'communique', 'communiqué', 'declaration', 'resolution', 'note', 'video', 'speech', 'editorial', 'petition', 'memo', 'memorandum', 'tweet', 'post', 'bulletin']);
/** Forms of "have" before a perfect's participle (SentenceCoder's perfectsRepaired). */
const HAVE_FORMS = new Set(['has', 'have', 'had', "'ve", "'d"]);
/** Forms of "be" before a progressive's -ing form (SentenceCoder's progressivesRepaired). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Words after which an actor and an -s word tagged as a noun open a clause ("…, where Tehran backs the Houthis"). */
const CLAUSE_LINKS = new Set(['where', 'while', 'whereas', 'and', 'but']);
/** Verbs whose subject is not the author of the message in their object ("vetoed a resolution condemning …"; not-authors.tsv). */
const NOT_AUTHORS = loadWordList('not-authors.tsv');
/** Nouns of a stance on another party's act, after which an actor and a gerund are that actor's act (dictionaries/verbs/stance-nouns.tsv). */
const STANCE_NOUNS = loadWordList('stance-nouns.tsv');
/** Verbs of handing over or returning, territory codes and territory nouns (dictionaries/verbs/cessions.tsv): "handed over Hong Kong to China" is a concession. */
const CESSION_ROWS = loadWordList('cessions.tsv');
for (const x of CESSION_ROWS) if (!/^[vnc] +\S+$/.test(x)) throw new Error(`dictionaries/verbs/cessions.tsv: expected "v LEMMA", "n LEMMA" or "c CODE", got "${x}"`);
const cessionKind = (kind: string) => new Set([...CESSION_ROWS].filter((x) => x.startsWith(kind + ' ')).map((x) => x.slice(2).trim()));
const CESSION_VERBS = cessionKind('v');
const CESSION_TERRITORIES = cessionKind('c');
const CESSION_NOUNS = cessionKind('n');
/** Nouns of an act a state does to its own people ("the arrest of Navalny"; state-acts.tsv, SentenceCoder.stateVictim). */
const STATE_ACTS = loadWordList('state-acts.tsv');
/**
 * Participles that only say against whom the object noun was aimed ("ended the sanctions placed on Myanmar", "eased the
 * embargo placed on Cuba"): the actor after them is the act's target.
 */
const AIMING_PARTICIPLES = new Set(['impose', 'place', 'levy', 'slap', 'aim', 'direct']);
/** Infinitives of purpose that say what the act was about ("shut a highway to show anger at the US"): their object is the act's target. */
/** Purpose infinitives whose object is helped: its recipients' place (recipientPlace) is the act's target. */
const HELP_VERBS = new Set(['support', 'help', 'assist', 'benefit']);
const PURPOSE_VERBS = new Set([...HELP_VERBS, 'allow', 'enable', 'permit', 'show', 'express', 'voice', 'signal', 'demonstrate', 'register', 'mark', 'protest', 'denounce', 'condemn',
  // (the party the act is meant to move: "kept sanctions in place to bring Iran back to talks", "to force Russia to withdraw")
  'get', 'bring', 'force', 'compel', 'push', 'pressure', 'pressurise', 'pressurize', 'persuade', 'convince', 'coax', 'entice', 'lure', 'deter', 'dissuade']);
/** Nouns of an attack that a town before them locates ("the Mumbai attacks": SentenceCoder.attackLocated). */
const ATTACK_NOUNS = loadWordList('attack-nouns.tsv');
/** Verbs of handing a person over to a receiver (handover-verbs.tsv: SentenceCoder.personReceiver). */
const HANDOVER_VERBS = loadWordList('handover-verbs.tsv');
/** Infinitives of purpose after an act of force whose object the force is aimed at ("launched an offensive to retake Afrin"; conquest-purposes.tsv). */
const CONQUEST_PURPOSES = loadWordList('conquest-purposes.tsv');
/** Farthest an "of" actor may be when only one noun phrase comes between ("the workers of the bus company of Tehran"). */
const MAX_OF_CHAIN = 12;
/** Prepositions after a head noun that make the actor its representative ("a spokesman for the Foreign Ministry"). */
const REPRESENT = new Set(['for', 'of']);
/** Verbs that call off the act an event noun after them names ("cancelled the strike", "abandoned the talks"). */
const CANCEL_VERBS = new Set(['cancel', 'scrap', 'abandon', 'shelve', 'postpone', 'scrub', 'abort', 'forgo', 'forego']);
/** Words of allegiance between people and the actor they serve ("gunmen loyal to the Houthis"): those people are its. */
const ALLEGIANCE = new Set(['loyal', 'allied', 'affiliated', 'aligned', 'belonging']);
const FIRST_PERSON = new Set(['we', 'i', 'us', 'our']);
const THIRD_PERSON = new Set(['it', 'its', 'they', 'their', 'he', 'his', 'she', 'her']);

/** Roots whose "against X" names the adversary of the act, not its target (see the verb loop). */
const AGAINST_IS_ADVERSARY = new Set(['01', '02', '04', '05', '06', '07']);

/** Confidence factor of an event whose target is the source's own country, not named as a target. */
const DOMESTIC_CONFIDENCE = 0.7;
/** Confidence factor of an event whose target is a farther object of its verb (SentenceCoder.fartherObject). */
const FAR_OBJECT_CONFIDENCE = 0.5;

/** A state as a party the text leaves implicit (no span): the target of a domestic act, the state where an attack happens. */
function stateParty(code: string, actors: ActorMatcher): Party {
  return { code, span: null, name: actors.actor(code)?.name ?? code, confidence: 1 };
}

/**
 * The implicit target of a domestic act: the sources' one country, when every source belongs to it and
 * every actor the sentence names is of it too (so that no foreign party could be the target). PLOVER and
 * CAMEO code such acts as the country acting on itself. The party has no span: the text does not name it.
 */
function domesticTarget(sources: Party[], mentions: ActorMention[], actors: ActorMatcher): Party | null {
  const home = countryOf(sources[0].code);
  if (!isStateActor(home)) return null;
  for (const x of sources) if (countryOf(x.code) !== home) return null;
  for (const m of mentions) if (countryOf(m.code) !== home) return null;
  return stateParty(home, actors);
}

interface Party {
  code: string;
  /** Where the text names the party; null for a target the text leaves implicit (domesticTarget). */
  span: Span | null;
  name: string;
  confidence: number;
  /** A place of the source's own state named as where the act happens ("imposed a curfew in Istanbul"): a domestic target that is named. */
  home?: boolean;
}

interface Subject {
  parties: Party[];
  /** How it was found: 0 own clause, 1 inherited or represented, 2 fallback. */
  how: number;
  group: ActorGroup<ActorMention> | null;
}

export function createCoder(opts: CoderOptions = {}): Coder {
  const actors = opts.actors ?? loadActorMatcher(opts.actorFiles ? { files: opts.actorFiles } : {});
  const verbs = loadVerbDictionary(opts.verbFiles);
  // the written forms of the verbs of home acts (HOME_ROOTS), for the pre-check of sentences naming one actor
  const homeForms = new Set<string>();
  for (const [head, list] of verbs.verbs) if (list.some((x) => HOME_ROOTS.has(x.code.slice(0, 2)))) for (const f of inflections(head)) homeForms.add(f);
  for (const [form, lemma] of IRREGULAR) if (homeForms.has(lemma)) homeForms.add(form);
  /**
   * Whether a word after the first actor (a home act's source is the subject of an active verb) could be the
   * verb of a home act: sentences naming one actor are parsed only then (or with a domestic matter or place).
   */
  const homeVerbs = (toks: Token[], mentions: ActorMention[]): boolean => {
    // the verb comes after the first actor: the subject, a noun it qualifies ("the police in Kenya"), or the place of an
    // attack with no doer ("a car bomb in Mosul killed …", agentless.tsv)
    for (let i = mentions[0].last; i < toks.length; i++) if (homeForms.has(toks[i].lower) && mayBeVerb(toks, i)) return true;
    return false;
  };
  const scheme: QuadScheme = opts.quad ?? 'gdelt';
  const complements = loadComplements();
  /**
   * An act's code shifted by the verb that governs it ("agreed to" → intent, "threatened to" → threat, …). "Vowed to"
   * is a threat for a conflict act (13–20; a deployment, 15, is neither: "vowed to send troops" stays 154) and a
   * promise otherwise ("vowed to retaliate" / "vowed to help the victims"); intent shifts only cooperation (04–08).
   */
  const shiftCode = (shift: ShiftKind, code: string): string => {
    const r = Number(code.slice(0, 2));
    if (shift === 'vow') shift = r >= 13 && r !== 15 ? 'threat' : 'intent';
    return shift !== 'intent' || (r >= 4 && r <= 8) ? complements.shift(shift, code) : code;
  };

  const partiesOf = (g: ActorGroup<ActorMention>, conf = 1): Party[] => {
    const out: Party[] = [];
    for (const m of g.mentions) if (!out.some((x) => x.code === m.code)) out.push({ code: m.code, span: { start: m.start, end: m.end }, name: m.name, confidence: (m.confidence ?? 0.9) * conf });
    return out;
  };

  /** `lemmatize`: fills in the sentence's lemmas and lower forms when they were left out (see `readSentences`). */
  function analyseSentence(s: LemmaSentence, ctx: DocContext, docId: string | null, date: string | null, withCues: boolean, lemmatize: (() => void) | null, words: readonly WordInfo[] | null = null): SentenceAnalysis {
    const mentions = relatedFree(s.tokens, datelineFree(s.tokens, currencyFree(s.tokens, words === null ? actors.sentence(s, ctx) : actors.sentence(s, ctx, words))));
    // the actor that opens the sentence before before (its doer, "Iran tested a missile on Sunday."), which a reaction in this
    // sentence to "the test" may answer (SentenceCoder.answeredDoer)
    const last = leadDoers.get(ctx);
    const before = last !== undefined && last.sentence === s.index - 1 ? last : null;
    const lead = mentions.length ? leadingSubject(s.tokens, mentions[0]) : null;
    if (lead) leadDoers.set(ctx, { sentence: s.index, mention: lead.mention, verb: lead.verb });
    const answers = before !== null && mentions.length > 0 && countryOf(before.mention.code) !== countryOf(mentions[0].code) && reactionWord(s.tokens);
    // Every party of an event is a mention of this sentence and an event's source and target differ, so
    // without cues a sentence with fewer than two distinct actor codes yields nothing, unless its actor is
    // of a state and a domestic matter is named (a domestic act: the state acting on itself)
    // or names a place of that state besides it ("Kenya extended the curfew in Mombasa": the state acting on itself there)
    if (!withCues && !twoCodes(mentions) && !answers && !(mentions.length && isStateActor(mentions[0].code) && (namesDomestic(s.tokens) || ownPlace(mentions) || homeVerbs(s.tokens, mentions)))) return { sentence: s, mentions, events: [], cues: [] };
    if (lemmatize !== null) lemmatize();
    if (mentions.length) s = pastTenseRepaired(s, mentions);
    const lowers = s.lowers;
    // (or "enter" and "leave" with a military actor, which have no pattern of their own for its entry or exit: SentenceCoder.militaryMove)
    const candidate = mentions.length > 0 || withCues ? anyCandidate(verbs, s.lemmas, lowers) || militaryMover(mentions, s.lemmas, actors) || leaderReceived(mentions, s.lemmas) || leaderOuster(mentions, s.lemmas) || anyLemmaIn(s.lemmas, DRAW_VERBS) || underNoun(s.lemmas, lowers) || anyLemmaIn(s.lemmas, OUTBREAK_VERBS) : false;
    if (mentions.length === 0 || !candidate) {
      // no actor or no pattern can match: nothing to code (cues only matter with a pattern, or a "must" demand)
      return { sentence: s, mentions, events: [], cues: withCues && ((mentions.length === 0 && candidate) || lowers.includes('must')) ? cuesOnly(s, lowers) : [] };
    }
    return new SentenceCoder(s, mentions, docId, date, answers ? before : null).run();
  }

  /**
   * Events and cues of a sentence with actors and a possible pattern (analyseSentence's checks passed): one object per
   * such sentence holds its state, and its methods, shared by all sentences, find subjects, targets and events.
   */
  class SentenceCoder {
    // The fields are `declare`d, so only the constructor's assignments make them. As class fields (each defined undefined,
    // then assigned) they cost 14% more instructions in steady state, for the same outputs (callgrind, two Wikinews
    // passes after eight warm-up passes: 2.52 G against 2.20 G).
    declare readonly toks: Token[];
    declare readonly lowers: string[];
    declare readonly lemmas: string[];
    declare readonly p: ShallowParse<ActorMention>;
    declare readonly n: number;
    declare readonly events: Event[];
    declare readonly cues: Cue[];
    /** Tokens an earlier verb's pattern took (1). */
    declare readonly consumed: Uint8Array;
    /** Verb group → its subject, found once (null while being found: no cycles). */
    declare readonly subjects: Map<number, Subject | null>;
    declare readonly speaker: ActorGroup<ActorMention> | null;
    declare readonly according: Attribution<ActorMention> | null;
    /** Event key → index in `events` (a dropped event's key may be coded again). */
    declare readonly seen: Map<string, number>;
    declare readonly speakerVerb: number;
    /** Verb group → the range of `events` it coded and its cue, so that a governing verb's shift can drop them. */
    declare readonly verbEvents: Map<number, { from: number; to: number; cue: number }>;
    /** Indexes of events and cues given way to a shifted act (removed at the end). */
    declare readonly dropped: Set<number>;
    declare readonly droppedCues: Set<number>;
    /**
     * Tokens that cannot be pattern words (1), for matchPatterns: an actor's name is no pattern word; the common noun
     * that ends one ("expelled a Bulgarian diplomat", "released Palestinian prisoners": the mention's sector word) still
     * is. A mask rather than a callback: a closure over this object, called from matchPatterns' call site, kept the
     * sentence's whole parse alive into the next scavenges (half again as many bytes promoted).
     */
    declare readonly skip: Uint8Array;
    /**
     * Verb group → the object of the verb whose subject it took, at which its act is aimed when it names no target: the
     * addressee of a verb of telling ("told the UN it cannot …", tellerOf) or the object before a gerund of means ("punished
     * Ukraine by cutting gas supplies").
     */
    declare readonly aimedAt: Map<number, ActorGroup<ActorMention>>;

    declare readonly s: LemmaSentence;
    declare readonly mentions: ActorMention[];
    declare readonly docId: string | null;
    declare readonly date: string | null;
    /** The actor that opened the sentence before, when this one may react to its act ("… The United States condemned the test."). */
    declare readonly before: LeadDoer | null;

    constructor(s: LemmaSentence, mentions: ActorMention[], docId: string | null, date: string | null, before: LeadDoer | null) {
      this.s = s;
      this.before = before;
      this.mentions = mentions;
      this.docId = docId;
      this.date = date;
      this.toks = this.s.tokens;
      this.lowers = this.s.lowers;
      this.lemmas = this.s.lemmas;
      this.p = shallowParse(this.s, this.lemmas, this.mentions);
      this.n = this.toks.length;
      this.events = [];
      this.cues = [];
      this.consumed = new Uint8Array(this.n);
      this.subjects = new Map<number, Subject | null>();
      this.speaker = speakerOf(this.p);
      this.according = accordingTo(this.p);
      this.seen = new Map<string, number>();
      this.speakerVerb = this.speaker ? speakerVerbIndex(this.p) : -1;
      this.verbEvents = new Map<number, { from: number; to: number; cue: number }>();
      this.dropped = new Set<number>();
      this.droppedCues = new Set<number>();
      this.skip = new Uint8Array(this.n);
      this.aimedAt = new Map<number, ActorGroup<ActorMention>>();
      const g = this.p.groupAt;
      for (let i = 0; i < this.n; i++) if (g[i] >= 0 && !(this.toks[i].pos === 'NOUN' && (i + 1 >= this.n || g[i + 1] !== g[i]))) this.skip[i] = 1;
      // (nor the head of an international body's name before "of": "took Chile to the International Court of Justice")
      for (const mn of this.mentions) {
        if (mn.kind !== 'igo') continue;
        for (let i = mn.first + 1; i + 1 < mn.last; i++) if (this.lowers[i + 1] === 'of') { this.skip[i] = 0; break; }
      }
      // (nor the month written with a capital inside the sentence: "Sweden joined NATO in March 2024" joined no march)
      for (let i = 1; i < this.n; i++) if (this.toks[i].text === 'March') this.skip[i] = 1;
    }

    subjectOf(v: number, depth = 0): Subject | null {
      if (this.subjects.has(v)) return this.subjects.get(v)!;
      this.subjects.set(v, null);
      const r = this.findSubject(v, depth);
      this.subjects.set(v, r);
      return r;
    }

    /**
     * The civilians (CVL) of the state where a crowd acts: verb group v's subject, from `left`, names no actor and ends in
     * a crowd noun (CROWD_NOUNS: "protesters", "thousands of demonstrators"), and the first actor group after the verb in
     * its clause that follows a preposition of place ("in Caracas", "across Lebanon", "outside the parliament in Kiev") is
     * a state or one of its places, by name.
     */
    crowdIn(v: number, left: number): Party | null {
      const vg = this.p.verbs[v];
      let head = vg.first - 1;
      while (head > left && this.toks[head].pos === 'ADV') head--;
      if (head < left || !CROWD_NOUNS.has(this.lowers[head])) return null;
      for (let i = left; i < vg.first; i++) if (this.p.groupAt[i] >= 0) return null;
      for (const g of this.p.groups) {
        if (g.first < vg.last || g.clause !== vg.clause) continue;
        if (g.prep === null || !PLACE.has(g.prep)) continue;
        const x = g.mentions[0];
        if (g.mentions.length !== 1 || x.code.length !== 3 || !isStateActor(x.code) || !STATE_BY_NAME.has(x.via)) continue;
        const t = this.toks[head];
        return { code: x.code + 'CVL', span: { start: t.start, end: t.end }, name: `${actors.actor(x.code)?.name ?? x.code} civilians`, confidence: 0.7 };
      }
      return null;
    }

    /** "Albanians in south Serbia", "opposition groups in Zimbabwe": a noun right before the preposition of the group at f. */
    nounBeforePrep(f: number): boolean {
      let i = f - 1;
      while (i > 0 && (this.toks[i].pos === 'ADJ' || this.toks[i].pos === 'DET' || this.toks[i].pos === 'ADV' || this.toks[i].pos === 'NUM')) i--;
      return i >= 1 && this.toks[i].pos === 'ADP' && (this.toks[i - 1].pos === 'NOUN' || this.toks[i - 1].pos === 'PROPN') && this.p.groupAt[i - 1] < 0;
    }

    /** "gunmen loyal to", "militias allied with", "fighters affiliated with" right before the group starting at f: its people. */
    allegianceBefore(f: number): boolean {
      let i = f - 1;
      while (i > 0 && (this.toks[i].pos === 'DET' || this.toks[i].pos === 'ADJ') && !ALLEGIANCE.has(this.lowers[i])) i--;
      if (i < 2 || (this.lowers[i] !== 'to' && this.lowers[i] !== 'with') || !ALLEGIANCE.has(this.lowers[i - 1])) return false;
      // (a capitalised first word may be tagged PROPN: "Gunmen loyal to …")
      return (this.toks[i - 2].pos === 'NOUN' || (this.toks[i - 2].pos === 'PROPN' && i === 2)) && this.p.groupAt[i - 2] < 0;
    }

    /** Where the subject of verb group v may start: its clause's start, or the end of the clause's verb group before it. */
    subjectLeft(v: number): number {
      const vg = this.p.verbs[v];
      const clause = this.p.clauses[vg.clause];
      for (let k = v - 1; k >= 0; k--) {
        const o = this.p.verbs[k];
        if (o.clause !== vg.clause) break;
        // a participial phrase set off by commas between the subject and its verb ("US drone strikes, occurring every
        // week, have killed …", "the rebels, backed by Rwanda, attacked …") is no verb of the clause: look past it
        if ((o.gerund || this.bareParticiple(o)) && o.first > clause.first && this.lowers[o.first - 1] === ',' && this.commaBetween(o.last, vg.first)) continue;
        // so is a reduced passive relative with its agent ("the rockets launched by Hamas hit …")
        if (k === v - 1 && (LAUNCH_PARTICIPLES.has(this.lowers[o.head]) || o.reduced) && describesNoun(this.p, k, this.toks)) continue;
        // and a reduced active relative right after an actor ("Kenyan troops serving with the African Union mission killed …")
        if (k === v - 1 && this.reducedRelative(o, vg)) continue;
        return o.last;
      }
      return clause.first;
    }

    /**
     * Whether verb group o is an -ing participle phrase that describes the actor right before it and runs, with no comma
     * or other verb, up to the finite verb group vg ("troops serving with the UN mission killed …", "militants loyal to …"
     * is no verb): the actor is then vg's subject, not o's object.
     */
    reducedRelative(o: ShallowParse<ActorMention>['verbs'][number], vg: ShallowParse<ActorMention>['verbs'][number]): boolean {
      if (!o.gerund || o.first !== o.head || o.first < 1 || this.p.groupAt[o.first - 1] < 0 || this.p.groups[this.p.groupAt[o.first - 1]].prep !== null) return false;
      if (vg.infinitive || vg.gerund) return false;
      for (let t = o.last; t < vg.first; t++) if (this.toks[t].pos === 'PUNCT' || this.lowers[t] === 'and' || this.lowers[t] === 'who' || this.lowers[t] === 'which' || this.lowers[t] === 'that') return false;
      return true;
    }

    /**
     * A verb group of one word that is a participle: marked passive, or (the parser marks no passive without "be")
     * a word other than its lemma that is no -s or -ing form ("carried out every week", "sent out at night"; not "says").
     */
    bareParticiple(o: ShallowParse<ActorMention>['verbs'][number]): boolean {
      if (o.first !== o.head) return false;
      const w = this.lowers[o.head];
      return o.passive || (w !== this.p.lemmas[o.head] && !w.endsWith('s') && !w.endsWith('ing'));
    }

    /** A comma in [a, b) and nothing but adverbs after it: the end of a phrase set off before the verb at b. */
    commaBetween(a: number, b: number): boolean {
      for (let i = b - 1; i >= a; i--) {
        if (this.lowers[i] === ',') return true;
        if (this.toks[i].pos !== 'ADV' && this.toks[i].pos !== 'AUX' && this.toks[i].pos !== 'PART') return false;
      }
      return false;
    }

    findSubject(v: number, depth: number): Subject | null {
      const vg = this.p.verbs[v];
      const clause = this.p.clauses[vg.clause];
      // a gerund after an article is a noun ("after the downing of the airliner", "since the bombing of the embassy"):
      // nobody in the sentence before it is its doer
      if (vg.gerund && vg.first === vg.head && vg.first > 0 && ARTICLES.has(this.lowers[vg.first - 1])) return null;
      // "lifted its veto on Finland and Sweden joining NATO": a gerund right after the actor a stance noun is on is that actor's
      if (vg.gerund) {
        const g = this.stanceTarget(vg.first);
        if (g) return { parties: partiesOf(g, 0.9), how: 1, group: g };
      }
      // left edge: the clause start, or the end of the previous verb group of the clause
      const left = this.subjectLeft(v);
      // verb-phrase coordination: "Obama praised Abdullah and promised …" — the subject of the first verb
      if (depth < 4 && v > 0 && this.p.verbs[v - 1].clause === vg.clause && !vg.infinitive) {
        let k0 = vg.first - 1;
        while (k0 > left && this.toks[k0].pos === 'ADV') k0--;
        if (k0 >= left && (this.lowers[k0] === 'and' || this.lowers[k0] === 'or' || this.lowers[k0] === 'but')) {
          // (a finite verb coordinates with the finite verb before an infinitive, not with the infinitive: "called on the
          // Palestinians to replace Arafat and said …" is said by the caller)
          let k = v - 1;
          // (nor, when it is no gerund itself, with a gerund: "accused Ankara of letting the town fall and demanded …" is
          // demanded by the accuser)
          if (this.lowers[vg.head] !== this.lemmas[vg.head] && !vg.modals.length) while (k > 0 && (this.p.verbs[k].infinitive || (this.p.verbs[k].gerund && !vg.gerund)) && this.p.verbs[k - 1].clause === vg.clause) k--;
          const s0 = this.subjectOf(k, depth + 1);
          // the actors between the two verbs are the first verb's objects, never this one's subject
          return s0 && s0.parties.length ? { parties: s0.parties, how: 1, group: s0.group } : null;
        }
      }
      // a participial clause (", committing to …"): the subject of the verb before it, not that verb's object
      let before = vg.first - 1;
      while (before > 0 && (this.toks[before].text === '"' || this.toks[before].text === '“' || this.toks[before].text === '``')) before--;
      // "Turkey angered Moscow by downing a Russian bomber": a gerund of means, right after "by", following an active verb of
      // its clause, is done by that verb's subject (not by its object)
      if (depth < 4 && vg.gerund && v > 0 && vg.first === vg.head && this.lowers[before] === 'by' && before === vg.first - 1) {
        const o = this.p.verbs[v - 1];
        if (o.clause === vg.clause && !o.passive && !o.copula && !o.gerund) {
          const s0 = this.subjectOf(v - 1, depth + 1);
          if (s0 && s0.parties.length) {
            const obj = this.p.groups.find((g) => g.prep === null && this.objectRightAfter(o, g) && g.last < vg.first);
            if (obj) this.aimedAt.set(v, obj);
            return { parties: s0.parties, how: 1, group: s0.group };
          }
        }
      }
      // "Russia vetoed a resolution condemning …": a gerund after a message noun speaks for the message's author (below), who
      // is not the subject of a verb of not-authors.tsv
      if (vg.gerund && v > 0 && MESSAGE_NOUNS.has(this.p.lemmas[before]) && NOT_AUTHORS.has(this.p.verbs[v - 1].lemma)) return null;
      if (depth < 4 && vg.gerund && v > 0 && vg.first > 1 && !(this.lowers[before] === 'for' || this.lowers[before] === 'of' || this.lowers[before] === 'in' || this.lowers[before] === 'by') && keptFrom(this.p, v) === null) {
        let between = false;
        for (const g of this.p.groups) if (g.first >= this.p.verbs[v - 1].last && g.last <= vg.first) between = true;
        // ("Syrian jets bombed the town, injuring Turkish soldiers": right after a comma that ends an active finite verb's
        // phrase, whatever noun comes before the comma is that verb's object)
        const o = this.p.verbs[v - 1];
        const afterPhrase = this.lowers[before] === ',' && o.clause === vg.clause && !o.infinitive && !o.gerund && !o.passive && !o.copula;
        if (between || afterPhrase) {
          const s0 = this.subjectOf(v - 1, depth + 1);
          return s0 && s0.parties.length ? { parties: s0.parties, how: 1, group: s0.group } : null;
        }
      }
      // "Iran, which backs Hezbollah, condemned Israel": the resumed clause's subject is the relative's antecedent, the last
      // actor of the clause before the relative clause when that clause has no verb of its own
      if (clause.opener === 'resume' && vg.clause >= 2 && !this.p.groups.some((g) => g.clause === vg.clause && g.last <= vg.first)) {
        const c0 = vg.clause - 2;
        if (!this.p.verbs.some((o) => o.clause === c0)) {
          let ante: ActorGroup<ActorMention> | null = null;
          for (const g of this.p.groups) if (g.clause === c0 && g.prep === null) ante = g;
          if (ante) return { parties: partiesOf(ante), how: 0, group: ante };
        }
      }
      const direct: ActorGroup<ActorMention>[] = [];
      const represented: ActorGroup<ActorMention>[] = [];
      for (const g of this.p.groups) {
        if (g.first < left || g.last > vg.first) continue;
        if (g.prep === null) direct.push(g);
        // "opposition groups in Zimbabwe", "nurses from a French charity", "troops from the United States"
        else if (REPRESENT.has(g.prep) || ((g.prep === 'in' || g.prep === 'from') && this.nounBeforePrep(g.first)) || ((g.prep === 'to' || g.prep === 'with') && this.allegianceBefore(g.first))) represented.push(g);
      }
      if (depth < 4 && vg.infinitive && v > 0) {
        // "summoned the Swiss ambassador, who represents American interests, on Sunday to protest …": an infinitive after a
        // relative clause closed by a comma is the purpose of the verb before that clause, done by its subject
        const rk = this.closedRelative(v);
        if (rk >= 0) {
          const s0 = this.subjectOf(rk, depth + 1);
          if (s0 && s0.parties.length) return { parties: s0.parties, how: 1, group: s0.group };
        }
        // "blocked Macedonia's bid to join NATO", "welcomed Iran's offer to resume talks": the infinitive completes a
        // noun whose possessor does it
        const owner = this.possessorBefore(vg.first);
        if (owner) return { parties: partiesOf(owner), how: 1, group: owner };
        // "Kenya pressed Uganda to act, in order to help Somalia": the finite verb's subject acts for the purpose
        if (this.lowers[vg.first - 1] === 'order' && this.lowers[vg.first - 2] === 'in' || this.lowers[vg.first - 1] === 'as' && this.lowers[vg.first - 2] === 'so') {
          let k = v - 1;
          while (k > 0 && this.p.verbs[k].infinitive) k--;
          const s0 = this.subjectOf(k, depth + 1);
          if (s0 && s0.parties.length) return { parties: s0.parties, how: 1, group: s0.group };
        }
        // "gave Ukraine an ultimatum to surrender Mariupol": an infinitive right after "ultimatum" is asked of the previous
        // verb's direct object, which does it
        if (vg.infinitive && v > 0 && vg.first > 1 && this.lowers[vg.first] === 'to' && (this.lowers[vg.first - 1] === 'ultimatum' || this.lowers[vg.first - 1] === 'ultimatums')) {
          const gu = this.p.verbs[v - 1];
          if (gu.clause === vg.clause) for (const g of this.p.groups) if (g.first >= gu.last && g.last < vg.first - 1 && g.prep === null) return { parties: partiesOf(g, 0.9), how: 1, group: g };
        }
        // "Ethiopia hosted Eritrean officials to improve ties": an infinitive after the object of a verb other than the
        // object-doers (object-doers.tsv: "urged Iran to talk", "sent rebels to fight") is one of purpose, done by the verb's subject
        const g0 = this.p.verbs[v - 1];
        if (direct.length && g0.clause === vg.clause && !g0.copula && !OBJECT_CONTROL.has(g0.lemma)) {
          const s0 = this.subjectOf(v - 1, depth + 1);
          if (s0 && s0.parties.length) return { parties: s0.parties, how: 1, group: s0.group };
        }
      }
      // "Bangladesh told the UN it cannot take more refugees", "Turkey assured Moscow it would buy the missiles": a pronoun
      // subject of what a verb of telling reports, right after the addressee, is the teller (the addressee is told what it
      // must or should do: "told the US it must leave" stays the addressee's act, demanded)
      if (depth < 4 && direct.length === 1 && v > 0 && !vg.infinitive && !vg.gerund) {
        const teller = this.tellerOf(v, direct[0]);
        if (teller >= 0) {
          const s0 = this.subjectOf(teller, depth + 1);
          if (s0 && s0.parties.length) { this.aimedAt.set(v, direct[0]); return { parties: s0.parties, how: 1, group: s0.group }; }
        }
      }
      // "Britain joined France and Germany in condemning Iran": a gerund right after "join X in" is done by the joiner and X
      if (depth < 4 && vg.gerund && vg.first === vg.head && v > 0 && this.lowers[vg.first - 1] === 'in' && direct.length === 1) {
        const o = this.p.verbs[v - 1];
        const g = direct[0];
        if (o.lemma === 'join' && o.clause === vg.clause && !o.passive && g.last === vg.first - 1 && this.objectRightAfter(o, g)) {
          const s0 = this.subjectOf(v - 1, depth + 1);
          if (s0 && s0.parties.length) {
            const parties = [...s0.parties, ...partiesOf(g, 0.9).filter((x) => !s0.parties.some((y) => y.code === x.code))];
            return { parties, how: 1, group: s0.group };
          }
        }
      }
      // "India and China are rivals, and their troops clashed": "their" forces, as the subject of a clause coordinated after
      // one whose subject is coordinated states, are those states' forces (and a reciprocal act is then each on the other)
      if (depth < 4 && !direct.length && !represented.length) {
        const own = this.theirForces(v, left);
        if (own) return own;
      }
      if (direct.length) {
        // "Turkish F-16s shot down a Russian bomber, and Moscow imposed sanctions on Ankara": when the clause before ", and"
        // was not split off (wink tagged its verb a noun), the subject is the actor after the conjunction
        const after = direct.length > 1 ? this.afterCommaAnd(direct, vg.first) : null;
        const g = after ?? direct[0];
        return { parties: partiesOf(g), how: 0, group: g };
      }
      // a first-person pronoun inside a quotation: the speaker
      if (this.speaker && this.p.quoted[vg.head] === 1) {
        for (let i = left; i < vg.first; i++) if (FIRST_PERSON.has(this.lowers[i])) return { parties: partiesOf(this.speaker, 0.9), how: 1, group: this.speaker };
      }
      // a subject noun before the verb that is not an actor ("it", "the war") blocks inheritance
      let nounSubject = false;
      for (let i = left; i < vg.first; i++) {
        const t = this.toks[i];
        if (this.p.groupAt[i] >= 0) continue;
        if ((t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'PRON' && !FIRST_PERSON.has(t.lower))) && this.p.clauseOf[i] === vg.clause) nounSubject = true;
        if (t.pos === 'ADP') nounSubject = false;
      }
      // "air strikes by the Saudi-led coalition killed …", "an attack by ISIS wounded …", "a statement by Russia condemned …":
      // the agent of the weapon or attack noun (instruments.tsv, agentless.tsv) or message that heads the subject does it
      // (a capitalised first word may be tagged PROPN: "Airstrikes by Russia …")
      for (const g of this.p.groups) {
        if (g.first < left || g.last > vg.first || g.prep !== 'by') continue;
        let b = g.first - 1;
        while (b > left && this.toks[b].pos === 'DET') b--;
        let h = b - 1;
        // (past the participle of a reduced relative: "the missiles fired by …")
        if (h > left && LAUNCH_PARTICIPLES.has(this.lowers[h]) && this.p.verbAt[h] >= 0 && this.p.verbs[this.p.verbAt[h]].head === h && describesNoun(this.p, this.p.verbAt[h], this.toks)) h--;
        if (this.lowers[b] !== 'by' || h < left || this.p.groupAt[h] >= 0 || !(this.toks[h].pos === 'NOUN' || (this.toks[h].pos === 'PROPN' && h === 0))) continue;
        const w = this.lowers[h].endsWith('s') ? this.lowers[h].slice(0, -1) : this.lowers[h];
        if (AGENTLESS.has(this.lemmas[h]) || AGENTLESS.has(w) || MESSAGE_NOUNS.has(this.lemmas[h]) || MESSAGE_NOUNS.has(w) || instrumentIn(this.lemmas, this.lowers, Math.max(left, h - 2), b) !== null || INSTRUMENTS.has(w)) {
          return { parties: partiesOf(g, 0.9), how: 1, group: g };
        }
      }
      // (after the agent of an attack: "the strikes by Israel on positions in Syria drew …" are Israel's, not Syria's)
      if (represented.length) return { parties: partiesOf(represented[0], 0.9), how: 1, group: represented[0] };
      if (depth < 4) {
        const opener = clause.opener;
        // relative clause: the antecedent right before "who/which/that"
        if ((opener === 'who' || opener === 'which' || (opener === 'that' && this.toks[clause.first].pos !== 'SCONJ')) && clause.first > 0 && this.p.groupAt[clause.first - 1] >= 0 && !nounSubject) {
          const g = this.p.groups[this.p.groupAt[clause.first - 1]];
          return { parties: partiesOf(g, 0.9), how: 1, group: g };
        }
        // "carried out a drone strike that killed …": an attack or weapon that the verb before the relative clause
        // carried out, launched or fired does what the relative clause says, by that verb's subject
        if ((opener === 'which' || opener === 'that') && clause.first > 0 && vg.first === clause.first + 1 && v > 0 && this.p.verbs[v - 1].clause < vg.clause && (verbs.verbs.get(vg.lemma) ?? []).some((x) => FORCE_ROOTS.has(rootOf(x.code)))) {
          const h = clause.first - 1;
          const w = this.lowers[h].endsWith('s') ? this.lowers[h].slice(0, -1) : this.lowers[h];
          const pv = this.p.verbs[v - 1];
          const pm = matchPatterns(verbs.verbs.get(pv.lemma), this.lemmas, this.lowers, pv.head, clause.first, 5, this.skip);
          // (the verb before is itself an act of force: "carried out a drone strike", "fired rockets"; not "condemned the air
          // strike that killed …", nor "sold missiles that can hit …")
          if (pm && FORCE_ROOTS.has(rootOf(pm.pattern.code)) && this.p.groupAt[h] < 0 && this.toks[h].pos === 'NOUN' && (AGENTLESS.has(this.lemmas[h]) || AGENTLESS.has(w) || INSTRUMENTS.has(w))) {
            const s0 = this.subjectOf(v - 1, depth + 1);
            if (s0 && s0.parties.length) return { parties: s0.parties, how: 1, group: s0.group };
          }
        }
        if (opener === 'who' || opener === 'which') {
          for (let i = clause.first - 1; i >= 0 && i >= clause.first - 2; i--) {
            if (this.p.groupAt[i] >= 0) { const g = this.p.groups[this.p.groupAt[i]]; return { parties: partiesOf(g, 0.9), how: 1, group: g }; }
            if (this.toks[i].lower !== ',') break;
          }
        }
        // "Iran insisted that its forces …": a pronoun subject of a complement clause is the governing verb's subject
        // (also after "made it clear": "Delhi has made it clear it will not …")
        if (v > 0 && (((opener === 'that' || opener === 'quote') && this.p.verbs[v - 1].clause < vg.clause) || ((isSpeechVerb(this.p.verbs[v - 1].lemma) || this.madeClear(v - 1) >= 0) && this.p.verbs[v - 1].clause === vg.clause && !vg.infinitive))) {
          for (let i = left; i < vg.first; i++) {
            if (this.toks[i].pos !== 'PRON' || !THIRD_PERSON.has(this.lowers[i])) continue;
            const mk = this.madeClear(v - 1);
            const s0 = this.subjectOf(mk >= 0 ? mk : v - 1, depth + 1);
            if (s0 && s0.parties.length) return { parties: s0.parties, how: 1, group: s0.group };
            break;
          }
        }
        // infinitive after an object-control verb: its object does it ("urged Iran to talk")
        if (vg.infinitive && v > 0 && OBJECT_CONTROL.has(this.p.verbs[v - 1].lemma)) {
          // "called on Israel to …", "appealed to Iran to …", "pleaded with Serbia to …": the prepositional object
          const objPreps = OBJECT_CONTROL_PREPS.get(this.p.verbs[v - 1].lemma);
          for (const g of this.p.groups) if (g.first >= this.p.verbs[v - 1].last && g.last <= vg.first && (g.prep === null || objPreps?.includes(g.prep))) return { parties: partiesOf(g, 0.9), how: 1, group: g };
        }
        if (vg.infinitive) nounSubject = false;
        // a gerund after "blame X for" / "accuse X of": X does it
        let wb = vg.first - 1;
        while (wb > 0 && (this.toks[wb].text === '"' || this.toks[wb].text === '“' || this.toks[wb].text === '``')) wb--;
        // (and "prevented X from firing", "warned X against selling": keptFrom)
        if (vg.gerund && v > 0 && vg.first > 0 && (this.lowers[wb] === 'for' || this.lowers[wb] === 'of' || (wb === vg.first - 1 && keptFrom(this.p, v) !== null))) {
          const g0 = this.p.verbs[v - 1];
          for (const g of this.p.groups) if (g.first >= g0.last && g.last <= wb && g.prep === null) return { parties: partiesOf(g, 0.9), how: 1, group: g };
          // "threatened retaliation against Finland for joining NATO", "imposed sanctions on Iran for supplying drones": the one
          // a measure is against or on, right before "for", is the one the reason is about
          if (this.lowers[wb] === 'for' && g0.clause === vg.clause) for (const g of this.p.groups) if (g.first >= g0.last && g.last === wb && (g.prep === 'against' || g.prep === 'on')) return { parties: partiesOf(g, 0.9), how: 1, group: g };
          // "accused the legislation of attacking …": an object that is no actor does it, not the accuser
          if (ACCUSING.has(g0.lemma)) for (let i = g0.last; i < wb; i++) if (this.toks[i].pos === 'NOUN' || this.toks[i].pos === 'PROPN' || this.toks[i].pos === 'PRON') return null;
        }
        // "issued a statement urging Pyongyang to …", "sent a letter asking Iran …": a gerund right after a message noun
        // speaks for the message's author, the previous verb's subject
        // (not "a statement saying …": what is said there is reported, not done by the author)
        // ("signed a bill imposing sanctions", "issued a decree banning imports": a law's author is who enacts it, not who is
        // asked to review it)
        // (but "a video threatening Jordan's king", "a statement accusing Iran": a verb of saying that is an act on its object)
        if (vg.gerund && v > 0 && (MESSAGE_NOUNS.has(this.p.lemmas[wb]) || (LEGAL_NOUNS.has(this.p.lemmas[wb]) && ENACTING.has(this.p.verbs[v - 1].lemma))) && this.p.verbs[v - 1].clause === vg.clause && (!isSpeechVerb(vg.lemma) || SPEECH_ACTS.has(vg.lemma))) {
          const s0 = this.subjectOf(v - 1, depth + 1);
          if (s0 && s0.parties.length) return { parties: s0.parties, how: 1, group: s0.group };
        }
        // verb-phrase coordination: "… alongside Iraqi forces and defeat ISIS"
        let k0 = vg.first - 1;
        while (k0 > 0 && this.toks[k0].pos === 'ADV') k0--;
        if (k0 >= 0 && v > 0 && (this.lowers[k0] === 'and' || this.lowers[k0] === 'or') && this.p.verbs[v - 1].clause === vg.clause) nounSubject = false;
        // a sentence-initial gerund: "Fighting piracy is a shared aim of Kenya and Somalia"
        if (vg.gerund && vg.first <= 1) {
          const cop = this.p.verbs[v + 1];
          if (cop && cop.lemma === 'be') {
            let of = -1;
            for (let k = cop.last; k < this.n && k < cop.last + 6; k++) if (this.lowers[k] === 'of') { of = k; break; }
            if (of >= 0) for (const g of this.p.groups) if (g.first > of && g.first - of <= 6 && g.clause === cop.clause) return { parties: partiesOf(g, 0.8), how: 1, group: g };
          }
        }
        // infinitive, gerund of a purpose clause, or coordinated verb: the subject of the previous verb
        const coordinated = opener === 'and' || opener === 'or' || opener === 'but' || opener === ',' || (v > 0 && this.p.verbs[v - 1].clause === vg.clause);
        // (not a gerund that completes a noun: "the purpose of suspending Parliament" says nothing of who suspends)
        if (!nounSubject && (vg.infinitive || coordinated || (vg.gerund && vg.first > 1)) && !(vg.gerund && this.nounComplement(vg.first))) {
          for (let k = v - 1; k >= 0; k--) {
            const s = this.subjectOf(k, depth + 1);
            if (s && s.parties.length) return { parties: s.parties, how: 1, group: s.group };
            if (!this.p.verbs[k].infinitive && !this.p.verbs[k].copula) break;
          }
        }
      }
      // "Thousands of protesters marched in Caracas …": a crowd named by no state, acting in a state's place, is that
      // state's civilians
      if (!vg.infinitive && !vg.gerund && !vg.copula) {
        const crowd = this.crowdIn(v, left);
        if (crowd) return { parties: [crowd], how: 2, group: null };
      }
      // an introductory "For Japan, it matters to …"
      if (vg.infinitive || vg.copula) {
        for (const g of this.p.groups) {
          if (g.last > vg.first) break;
          if (g.prep === 'for' && g.first <= 2) return { parties: partiesOf(g, 0.7), how: 2, group: g };
        }
      }
      return null;
    }

    /** The target groups of verb group v whose pattern ends at `end`: the first actor group after the verb in its clause. */
    targetsOf(v: number, m: PatternMatch, passive: boolean, own: Party[] = []): { group: ActorGroup<ActorMention> | null; place: boolean; harmed?: boolean; victim?: ActorGroup<ActorMention>; state?: boolean } {
      const vg = this.p.verbs[v];
      const clause = this.p.clauses[vg.clause];
      const from = m.pattern.targetAfter >= 0 ? m.positions[m.pattern.targetAfter] + 1 : vg.last;
      // an act of aid: any infinitive after it is its purpose, and that purpose's place its recipient
      const aid = rootOf(m.pattern.code) === '07';
      const reaction = REACTION_ROOTS.has(rootOf(m.pattern.code)) || REACTION_CODES.has(m.pattern.code);
      let limit = clause.last;
      // stop at the next verb group that is not part of the pattern (an infinitive of purpose may carry on)
      const lastWord = m.positions.length ? m.positions[m.positions.length - 1] : vg.head;
      let purpose = -1, complement = false;
      // "return the weapons (they) seized from UN peacekeepers": the one they were taken from is the target
      let takenFrom = -1;
      let modifier = -1, modifierEnd = clause.last;
      for (let k = v + 1; k < this.p.verbs.length; k++) {
        const o = this.p.verbs[k];
        if (o.first <= lastWord) continue;
        if (o.first >= from) {
          // "helped establish a new Afghan government": the object of a bare verb that builds it up is the one helped
          if (o.first === vg.last && !o.infinitive && HELP_VERBS.has(vg.lemma) && HELP_BUILDS.has(o.lemma) && o.clause === vg.clause) continue;
          if (o.first - lastWord <= 2 && AIMING_PARTICIPLES.has(o.lemma) && this.bareParticiple(o) && o.last < this.n &&
            (this.lowers[o.last] === 'on' || this.lowers[o.last] === 'against' || this.lowers[o.last] === 'at')) continue;
          if (takenFrom < 0 && o.first - lastWord <= 5 && TAKING_VERBS.has(o.lemma) && RETURNING_ROOTS.has(rootOf(m.pattern.code))) {
            for (let t = o.last; t < Math.min(this.n, o.last + 4); t++) if (this.lowers[t] === 'from') { takenFrom = t; break; }
            if (takenFrom >= 0) continue;
          }
          // "rejected the claims made by Pakistan", "condemned the raid carried out by Turkish jets": how the act was done,
          // then "by" its doer
          if (reaction && this.byParticiple(o)) continue;
          // "condemned what it called unilateral American sanctions": the verb of naming after "what" opens the object, the
          // thing named in the speaker's words
          if (o.first - lastWord <= 4 && NAMING_VERBS.has(o.lemma) && this.whatNaming(o.first) && !CALL_PARTICLES.has(this.lowers[o.last] ?? '') && this.lowers[vg.last] === 'what') continue;
          // "returned a statue stolen in 1990 to China": a participle after a noun of the object modifies it, and the
          // recipient after "to" may follow its phrase
          if (modifier < 0 && o.first - lastWord <= 6 && this.bareParticiple(o) && this.toks[o.first - 1].pos === 'NOUN' && o.clause === vg.clause) {
            modifier = o.first;
            for (let q = k + 1; q < this.p.verbs.length; q++) if (this.p.verbs[q].first > o.last) { modifierEnd = Math.min(modifierEnd, this.p.verbs[q].first); break; }
          }
          limit = Math.min(limit, o.first);
          if (o.infinitive && o.clause === vg.clause) {
            // (after an act of aid, any infinitive is its purpose: "gave 200 million dollars to build roads and schools in Kenya")
            // (after an act of force, an infinitive of taking a place: "launched an offensive to retake Afrin")
            if (PURPOSE_VERBS.has(o.lemma) || aid || (rootOf(m.pattern.code) === '19' && CONQUEST_PURPOSES.has(o.lemma))) purpose = k;
            // "threatened to resume attacks in Israel", "refused to allow UN planes to land": the complement's object
            else { const kind = complements.governors.get(vg.lemma); if (kind && kind !== 'demand' && kind !== 'appeal' && adjacentComplement(this.toks, vg.last, o.first)) { purpose = k; complement = true; } }
            // "turned down demands to free the detainees held in Yemen", "rejected a request for its troops to be sent to
            // Mali": the infinitive completes a proposal noun in the object, whose object is what the act is about
            // (not when the noun's author is named before it: "rejected a NATO demand to withdraw from Kosovo" answers NATO)
            if (purpose < 0 && o.first - vg.last <= 8) for (let t = vg.last; t < o.first; t++) if (PROPOSAL_NOUNS.has(this.p.lemmas[t]) && this.p.groupAt[t] < 0) { if (!this.authorBefore(vg.last, t)) { purpose = k; complement = true; } break; }
          }
          break;
        }
      }
      // "helped defeat the Islamic State": help against the object of a verb of conflict is no help to it
      if (this.helpsAgainst(v)) return { group: null, place: false };
      let place: ActorGroup<ActorMention> | null = null;
      let victim: ActorGroup<ActorMention> | undefined;
      let ownPeople: ActorGroup<ActorMention> | undefined;
      const patEnd = m.end;
      // "demanded that the United States …": the demanded party is the that-clause's subject
      // ("expressed concern that Iran was expanding …", "voiced hope that Russia would …": so is the party an optimistic or
      // pessimistic comment, 012/013, is about)
      // (and the one a warning says will pay for it: "warned that the kingdom would face divine revenge")
      if (complements.governors.get(vg.lemma) === 'demand' || ((m.pattern.code === '012' || m.pattern.code === '013') && m.pattern.words.length > 0) || this.fateWarned(v)) {
        const next = this.p.clauses[vg.clause + 1];
        if (next && next.opener === 'that' && next.first <= m.end + 3) {
          let nv = this.p.verbs.length;
          for (let k = v + 1; k < this.p.verbs.length; k++) if (this.p.verbs[k].clause === vg.clause + 1) { nv = this.p.verbs[k].first; break; }
          for (const g of this.p.groups) if (g.clause === vg.clause + 1 && g.prep === null && g.last <= nv) return { group: g, place: false };
        }
      }
      for (const g of this.p.groups) {
        // (the one a returned thing was taken from, also when the participle opened a clause of its own)
        if (takenFrom >= 0 && g.prep === 'from' && g.first > takenFrom && g.first - takenFrom <= 3) return { group: g, place: false };
        if (g.first < from || g.first >= limit) continue;
        // (a show of force or a pull-back at a state's border faces that state: "massed troops on the Ukrainian border",
        // "pulled its troops back from the Ukrainian border")
        if (this.borderOf(g) && !(m.pattern.code.startsWith('15') || m.pattern.code.startsWith('087'))) continue;
        // (a domestic measure along one's own border with a state is no act on that state: "declared a state of emergency along
        // its border with Belarus")
        if (this.ownBorderWith(g) && this.domesticObject(vg.first, g.first, v)) continue;
        // (the doer of the act a reaction answers, past the act's own object: "welcomed the release of two Canadian citizens by China")
        const doer = reaction && g.prep === 'by' && g.first - patEnd <= MAX_NP_GAP && this.actBy(g, v);
        if (!doer && g.first - patEnd > (g.prep ? MAX_PREP_GAP : MAX_OBJECT_GAP) && !(g.prep && m.positions.length && this.lowers[m.positions[m.positions.length - 1]] === g.prep) &&
          !(g.prep === 'of' && g.first - patEnd <= MAX_OF_CHAIN && this.ofChain(patEnd, g.first)) && !(g.first - patEnd <= MAX_NP_GAP && this.ofChain(patEnd, g.first, true, g.prep === 'from'))) continue;
        // "detained three suspects in the attack on the Somali embassy": the attack's target is not the one arrested
        if (this.suspectedAct(v, patEnd, g.first) >= 0) continue;
        // "asked Washington to withdraw its troops after the killing of Soleimani": the one named in a time phrase's event
        // is not the act's target
        // (past a number or adjectives after "of": "after the killing of four American contractors")
        if (g.prep === 'of' && this.framedOf(g.first)) continue;
        // "demanded autonomy from Serbia", "sought aid from Iran": the addressee of an appeal or demand
        // the pattern's own preposition ("withdraw from", "benefit from") always introduces its target
        const patPrep = g.prep !== null && m.positions.length > 0 && this.lowers[m.positions[m.positions.length - 1]] === g.prep;
        // "rejected a proposal from Peru", "dismissed calls by the UN": the author of the proposal answered
        // ("denied charges by the State Department": an accusation's author, to a denial or a rejection)
        const authored = (g.prep === 'from' || g.prep === 'by') ? this.authorNoun(g) : null;
        const author = doer || (authored !== null && (PROPOSAL_NOUNS.has(authored) || DECISION_NOUNS.has(authored) || (ACCUSATION_NOUNS.has(authored) && (m.pattern.code === '016' || rootOf(m.pattern.code) === '12'))));
        // ("refused to accept refugees from Afghanistan": the state the people come from)
        if (g.prep && NOT_TARGET.has(g.prep) && !patPrep && !author && !(g.prep === 'from' && (FROM_ROOTS.has(rootOf(m.pattern.code)) || this.originOf(g)))) continue;
        if (passive && g.prep === 'by') continue;
        // "Abbas recalled the Palestinian ambassador from Abu Dhabi": an object that is the source itself (its own envoy) is
        // no target; the next group may be
        // (a body of the source's state named by a sector word, not a person nor a place: "Putin met Aksyonov in Moscow")
        if (g.prep === null && own.length && g.mentions.every((x) => x.code.length > 3 && !x.person && x.via !== 'place' && x.via !== 'capital' && own.some((y) => y.code === x.code))) continue;
        // "struck what New Delhi called a militant training camp near Balakot": the one who names the object is no target
        if (g.prep === null && g.first > 0 && this.lowers[g.first - 1] === 'what' && g.last < this.n && this.p.verbAt[g.last] >= 0 && NAMING_VERBS.has(this.p.verbs[this.p.verbAt[g.last]].lemma)) continue;
        // (nor the one who says what the object did: "struck a boat that Washington said carried drugs")
        if (g.prep === null && this.relativeSayer(g)) continue;
        // "President Trump withdrew the United States from the Iran nuclear deal": the subject's own state as the object
        // before the pattern's words is the subject acting, no target
        // (the state by name, after the state or its government: not "Chechen rebel commanders rejected the Russian offer")
        if (g.prep === null && own.length && m.positions.length && g.last <= m.positions[0] && g.mentions.every((x) => x.code.length === 3 && x.via !== 'demonym' && own.some((y) => y.code === x.code || y.code === x.code + 'GOV'))) continue;
        // "Evo Morales resigned as president of Bolivia": the office the source holds, after "as", is no target
        if (g.prep === 'as' && own.length && g.mentions.every((x) => own.some((y) => y.code === x.code))) continue;
        // "pledged support against ISIS", "joined the coalition against ISIS": whom cooperation is against is not its partner
        if (g.prep === 'against' && !patPrep && this.cooperationAgainst(g, m.pattern.code)) continue;
        // "Moscow denounced the expulsion of Russian diplomats", "welcomed the release of two Canadian citizens by China": a
        // reaction is not aimed at the doer's own people that the act was done to
        // (but a leader's mandate is aimed at its holder: "the Kenyan opposition rejected the re-election of Uhuru Kenyatta")
        if (reaction && g.prep === 'of' && own.length && g.mentions.every((x) => own.some((y) => countryOf(y.code) === countryOf(x.code))) && !this.mandateOf(g.first)) {
          // (but "Canada condemned the detention of Canadians in China": its own people held in another state named right
          // after them, with no doer named, are that state's act on them: CAN 111 CHN)
          const abroad = m.pattern.code !== '051' && g.first - patEnd <= MAX_NP_GAP ? this.heldAbroad(g) : null;
          if (abroad) return { group: abroad, place: false, state: true };
          continue;
        }
        if (g.prep === 'with' && this.meansWith(g, from, patPrep ? [] : own)) continue;
        // "sent troops along with Russia to Syria": a companion in the act is not its target
        if (g.prep === 'with' && !patPrep && this.companion(g)) continue;
        // "retook the dam with the help of American air strikes", "thanks to Russian support": a helper is no target
        if ((g.prep === 'of' || g.prep === 'to') && !patPrep && this.helperOf(g)) continue;
        // "deployed troops to its southern border under a deal with the United States": the party to the deal the act is done
        // under is no target of the act
        if (g.prep === 'with' && !patPrep && this.underDeal(g, m.pattern.code, vg.lemma)) continue;
        // "France condemned the attack on Israel", "Egypt backed the blockade of Qatar": the one a harmful act (force, sanctions,
        // coercion) named by a noun was done to, with no doer named before it, is not the target of a reaction to that act:
        // condemning it is no hostility to the victim (no target), backing it is (harmed: the caller codes 110)
        // (not a noun of the pattern's own: "welcomed the sanctions on Iran" is round 30's disapproval of Iran, 110)
        // "Germany condemned the arrest of Navalny": an arrest, jailing or execution of a state's own people with no doer named is
        // that state's act (the caller codes the state itself; a doer named later, "by Iraqi police", still wins)
        if (reaction && m.pattern.code !== '051' && ownPeople === undefined && g.first - patEnd <= MAX_NP_GAP && this.stateVictim(g)) { ownPeople = g; continue; }
        const harm = reaction && g.prep !== null && HARM_PREPS.has(g.prep) && g.first - patEnd <= MAX_NP_GAP ? this.harmBefore(g) : -1;
        if (harm >= 0 && !m.positions.includes(harm)) {
          if (m.pattern.code === '051') return { group: g, place: false, harmed: true };
          // "Pakistan denied any role in the attack on the Indian parliament": a part denied in a harm answers the one it was
          // done to
          if (m.pattern.code === '016') return { group: g, place: false };
          victim ??= g;
          continue;
        }
        // "Russia deployed Russian warplanes to Syria", "sent teams of CIA officers into Libya": the doer's own forces are what
        // is moved, and the place they go to is the target
        if ((g.prep === null || g.prep === 'of') && MOVING_VERBS.has(vg.lemma) && this.ownForces(g, own)) continue;
        // (a preposition of the pattern's own words names the target too when later pattern words follow it: "fired back at
        // Washington over the sanctions")
        // "denied involvement in the Mumbai attacks", "condemned the Madrid train bombings": a town that locates an attack
        // noun is the attack's target, as "the attacks in Mumbai" (a place after "in") is the state struck
        if (townsOnly(g) && this.attackLocated(g)) return { group: g, place: false };
        if ((g.prep && PLACE.has(g.prep) && !(m.positions.length && this.toks[m.positions[m.positions.length - 1]].lower === g.prep) && !this.innerPrep(m, g)) || townsOnly(g)) {
          place ??= g;
          continue;
        }
        return { group: (MISSION_ROOTS.has(rootOf(m.pattern.code)) ? this.peaceMissionHost(g, own) : null) ?? g, place: false };
      }
      if (ownPeople) return { group: ownPeople, place: false, state: true };
      // "claimed responsibility for the bombing that killed 20 people in Mogadishu": whom or where the claimed act struck
      if (m.pattern.code === '015' && place === null) {
        const r = this.claimedAct(v, m);
        if (r) return r;
      }
      // "returned a statue stolen in 1990 to China": a participle after a noun of the object modifies it, and the
      // recipient after "to" may follow its phrase
      if (modifier >= 0 && place === null) {
        for (const g of this.p.groups) if (g.first > modifier && g.first < modifierEnd && g.prep === 'to' && g.first - patEnd <= MAX_NP_GAP) return { group: g, place: false };
        // "expelled aid workers employed by the UNHCR", "seized a tanker owned by Iran": the object's owner or author,
        // named right after the participle's "by"
        if (OWNER_PARTICIPLES.has(this.p.lemmas[modifier])) {
          for (const g of this.p.groups) if (g.prep === 'by' && g.first > modifier && g.first - modifier <= 3 && g.first < modifierEnd) return { group: g, place: false };
        }
      }
      // "closed a bridge to voice their anger at the United States": the purpose infinitive's object
      if (purpose >= 0) {
        const pv = this.p.verbs[purpose];
        let end = this.p.clauses[pv.clause].last;
        for (let k = purpose + 1; k < this.p.verbs.length; k++) if (this.p.verbs[k].first > pv.last) { end = Math.min(end, this.p.verbs[k].first); break; }
        for (const g of this.p.groups) {
          if (g.first < pv.last || g.first >= end || g.first - pv.last > MAX_NP_GAP) continue;
          if (g.first > pv.last && !this.ofChain(pv.last, g.first, true)) continue;
          if (((complement || aid) && g.prep && PLACE.has(g.prep)) || townsOnly(g)) { place ??= g; continue; }
          if (g.prep && !(complement ? !NOT_TARGET.has(g.prep) : PURPOSE_PREPS.has(g.prep))) continue;
          return { group: g, place: false };
        }
      }
      // "restored relations with and named an ambassador in Havana": a pattern's stranded preposition before "and" shares the
      // object of the coordinated verb after it, a place included
      if (m.positions.length && m.end < this.n && this.lowers[m.end] === 'and' && this.toks[m.end - 1].pos === 'ADP' && this.lowers[m.end - 1] === this.lowers[m.positions[m.positions.length - 1]]) {
        for (const g of this.p.groups) {
          if (g.first <= m.end || g.last > clause.last || g.first - m.end > MAX_OBJECT_GAP) continue;
          return { group: g, place: false };
        }
      }
      // "announced aid to families affected by the floods in Pakistan", "gave 28 million euros to pay for those affected in
      // Yemen", "to help people in need in Ethiopia": an act of aid or help whose recipients are named by what befell
      // them goes to the state they are in
      if (place === null && (aid || HELP_VERBS.has(vg.lemma))) {
        const r = this.recipientAfter(patEnd) ?? (purpose >= 0 ? this.recipientAfter(this.p.verbs[purpose].last) : null);
        if (r) return { group: r, place: true };
      }
      return { group: place, place: place !== null, victim };
    }

    /** Whether the verb at `head` or a word of pattern match m is a ban or embargo ("banned", "imposed a ban on"). */
    banWord(head: number, m: PatternMatch): boolean {
      return [head, ...m.positions].some((i) => BAN_WORDS.has(this.lemmas[i]) || BAN_WORDS.has(this.lowers[i]));
    }

    /**
     * Whether actor group g names the goods of a state: only a state's demonym, then a noun that no actor takes in ("Turkish
     * tomatoes", "Qatari goods"; not "Turkish journalists", a sector of the state, nor a named firm, "Iranian airline Mahan Air").
     */
    goodsOf(g: ActorGroup<ActorMention>): boolean {
      const next = g.last;
      return g.mentions.length > 0 && g.mentions.every((x) => x.via === 'demonym' && x.code.length === 3 && isStateActor(x.code)) &&
        next < this.n && this.p.groupAt[next] < 0 && this.toks[next].pos === 'NOUN' && !(next + 1 < this.n && this.toks[next + 1].pos === 'PROPN');
    }

    /**
     * The noun of harm right before actor group g's preposition, or -1: an act of force (`forceNoun`) or a noun of
     * sanctions or coercion (a noun pattern of roots 16, 17): "the attack on Israel", "the blockade of Qatar", "the
     * sanctions on Venezuela".
     */
    harmBefore(g: ActorGroup<ActorMention>): number {
      let p = g.first - 1;
      if (p >= 0 && this.lowers[p] === 'the') p--;
      if (p < 1 || this.lowers[p] !== g.prep) return -1;
      const i = p - 1;
      if (this.forceNoun(i)) return i;
      const list = verbs.nouns.get(this.lemmas[i]) ?? verbs.nouns.get(this.lowers[i]);
      return list !== undefined && list.some((x) => HARM_ROOTS.has(rootOf(x.code))) ? i : -1;
    }

    /**
     * Whether actor group g is the victim of an act a state does to its own people (state-acts.tsv) named right before g's
     * preposition ("the arrest of Navalny", "the crackdown on protesters in Hong Kong"), all its mentions a domestic group
     * or a named person (a sector of kind "group") of one state, and no place phrase of another state right after it ("the
     * detention of Iranian students in Iraq").
     */
    stateVictim(g: ActorGroup<ActorMention>): boolean {
      const pr = this.stateActBefore(g);
      if (pr !== 'of' && pr !== 'on' && pr !== 'against') return false;
      const home = countryOf(g.mentions[0].code);
      if (!isStateActor(home)) return false;
      // (journalists, MED: sector-codes.tsv has media as a group, but the actor vocabulary's "state media" entries are institutions)
      for (const x of g.mentions) if (countryOf(x.code) !== home || x.code === home || (actors.actor(x.code)?.kind !== 'group' && !(x.code.length === 6 && x.code.endsWith('MED')))) return false;
      for (const o of this.p.groups) if (o.first >= g.last && o.first - g.last <= 2 && o.prep !== null && PLACE.has(o.prep) && o.mentions.some((x) => countryOf(x.code) !== home)) return false;
      return true;
    }

    /**
     * The preposition after a noun of state-acts.tsv right before actor group g, past "the", a number and names or adjectives
     * of no actor ("the arrest of Navalny", "the jailing of two Reuters journalists in Myanmar": "of"), else null. It must be
     * g's own preposition when g has one.
     */
    stateActBefore(g: ActorGroup<ActorMention>): string | null {
      let p = g.first - 1;
      for (let k = 0; k < 3 && p > 0 && this.p.groupAt[p] < 0 && (this.toks[p].pos === 'PROPN' || this.toks[p].pos === 'ADJ' || this.toks[p].pos === 'NUM'); k++) p--;
      if (p >= 0 && this.lowers[p] === 'the') p--;
      if (p < 1 || (g.prep !== null && this.lowers[p] !== g.prep) || this.toks[p].pos !== 'ADP') return null;
      return STATE_ACTS.has(this.lemmas[p - 1]) || STATE_ACTS.has(this.lowers[p - 1]) ? this.lowers[p] : null;
    }

    /**
     * The state in which the people of actor group g are held, for a reaction to an act a state does to people (state-acts.tsv)
     * named right before g's "of" ("the detention of Canadians in China"): the group right after g after "in", all of one state
     * other than g's, and no doer named after "by" in the clause; else null.
     */
    heldAbroad(g: ActorGroup<ActorMention>): ActorGroup<ActorMention> | null {
      if (this.stateActBefore(g) !== 'of') return null;
      const home = countryOf(g.mentions[0].code);
      if (g.mentions.some((x) => countryOf(x.code) !== home)) return null;
      const o = this.p.groups.find((x) => x.first >= g.last && x.first - g.last <= 2 && x.prep === 'in' && x.clause === g.clause);
      if (!o) return null;
      const there = countryOf(o.mentions[0].code);
      if (!isStateActor(there) || there === home || o.mentions.some((x) => countryOf(x.code) !== there)) return null;
      if (this.p.groups.some((x) => x.first > o.first && x.prep === 'by' && x.clause === g.clause)) return null;
      return o;
    }

    /**
     * Whether actor group g modifies the name at `name` that a verb of naming gives: right after "as", "a" or "an" (or "as
     * a"), with only adjectives or nouns between it and the name ("views the Houthis as an Iranian proxy").
     */
    insideName(g: ActorGroup<ActorMention>, name: number): boolean {
      if ((g.prep !== null && g.prep !== 'as') || g.last > name || g.first < 1) return false;
      const b = this.lowers[g.first - 1];
      if (b !== 'as' && b !== 'a' && b !== 'an') return false;
      for (let k = g.last; k < name; k++) if (this.toks[k].pos !== 'ADJ' && this.toks[k].pos !== 'NOUN' && this.toks[k].pos !== 'PROPN') return false;
      return true;
    }

    /** Whether actor group g is a state's sector named by a place it holds ("rebel-held Idlib": actors.ts, heldPlaceState). */
    holderOnly(g: ActorGroup<ActorMention>): boolean {
      return g.last + 1 < this.n && this.lowers[g.last] === '-' && (this.lowers[g.last + 1] === 'held' || this.lowers[g.last + 1] === 'controlled' || this.lowers[g.last + 1] === 'occupied') &&
        g.mentions.every((x) => x.via === 'place' && x.code.length === 6 && x.country !== null && x.code.startsWith(x.country));
    }

    /** Whether g's preposition is one of pattern match m's words, at most a few tokens before g (not the match's last word). */
    innerPrep(m: PatternMatch, g: ActorGroup<ActorMention>): boolean {
      for (let k = 0; k + 1 < m.positions.length; k++) {
        const p = m.positions[k];
        if (p < g.first && g.first - p <= 3 && this.lowers[p] === g.prep && this.toks[p].pos === 'ADP') return true;
      }
      return false;
    }

    /**
     * "make (it) clear|plain|known", a way of saying ("has made it clear it will not …"): the "make" verb group, when verb
     * group k is it or the word "clear" after it (which wink may read as a verb of its own), else -1.
     */
    madeClear(k: number): number {
      const clear = (i: number) => i < this.n && (this.lowers[i] === 'clear' || this.lowers[i] === 'plain' || this.lowers[i] === 'known');
      const o = this.p.verbs[k];
      if (this.p.lemmas[o.head] === 'make') return clear(this.lowers[o.last] === 'it' ? o.last + 1 : o.last) ? k : -1;
      if (k === 0 || o.first !== o.head || !clear(o.head)) return -1;
      const mk = this.p.verbs[k - 1];
      return this.p.lemmas[mk.head] === 'make' && (mk.last === o.first || (mk.last === o.first - 1 && this.lowers[mk.last] === 'it')) ? k - 1 : -1;
    }

    /**
     * "detained three suspects in the attack on the embassy", "arrested 20 people over the bombing of the consulate": the
     * position of an attack noun (a noun pattern of CAMEO 18-20) in [from, to) after "in", "over", "for" or "in connection
     * with" and its article and modifiers, when verb group v is one of arrest, charge or inquiry (suspect-verbs.tsv); else -1.
     */
    suspectedAct(v: number, from: number, to: number): number {
      if (v < 0 || !SUSPECT_VERBS.has(this.p.verbs[v].lemma)) return -1;
      for (let k = Math.max(from, 1); k < to; k++) {
        const w = this.lowers[k];
        if (!(w === 'in' || w === 'over' || w === 'for' || (w === 'with' && this.lowers[k - 1] === 'connection'))) continue;
        let i = k + 1;
        while (i < to && i < k + 4 && this.p.groupAt[i] < 0 && (this.toks[i].pos === 'DET' || this.toks[i].pos === 'ADJ' || this.toks[i].pos === 'NUM' || POSSESSIVES.has(this.lowers[i])) && !this.forceNoun(i)) i++;
        if (i < to && this.forceNoun(i)) return i;
      }
      return -1;
    }

    /**
     * Whether the word at i names an act of force (CAMEO 18-20): a noun with such a noun pattern (attack, bombing), or a
     * noun or "-ing" form of a verb with such a pattern ("the killing of", "the murder of").
     */
    forceNoun(i: number): boolean {
      if (this.p.groupAt[i] >= 0) return false;
      const force = (list: readonly { code: string }[] | undefined) => list !== undefined && list.some((x) => FORCE_ROOTS.has(rootOf(x.code)));
      if (force(verbs.nouns.get(this.lemmas[i]) ?? verbs.nouns.get(this.lowers[i]))) return true;
      if (force(verbs.verbs.get(this.lemmas[i])) && (this.toks[i].pos === 'NOUN' || this.lowers[i].endsWith('ing'))) return true;
      // (wink may leave a noun in "-ing" as its own lemma: "killing", "stabbing")
      const w = this.lowers[i];
      if (!w.endsWith('ing') || w.length < 6) return false;
      const stem = w.slice(0, -3);
      return force(verbs.verbs.get(stem)) || force(verbs.verbs.get(stem + 'e')) || (stem.at(-1) === stem.at(-2) && force(verbs.verbs.get(stem.slice(0, -1))));
    }

    /**
     * "claimed responsibility for the bombing that killed 20 people in Mogadishu", "for a suicide attack that killed 30
     * soldiers in Kabul": the first verb after claim match m opens a relative clause ("that", "which") right after an
     * attack noun (forceNoun) and is itself a verb of force: the first actor or place after that verb in its clause.
     */
    claimedAct(v: number, m: PatternMatch): { group: ActorGroup<ActorMention>; place: boolean } | null {
      const o = this.p.verbs.slice(v + 1).find((x) => x.first >= m.end);
      if (!o) return null;
      const cl = this.p.clauses[o.clause];
      if ((cl.opener !== 'that' && cl.opener !== 'which') || cl.first < m.end || cl.first - m.end > 8) return null;
      const noun = this.lowers[cl.first - 1] === ',' ? cl.first - 2 : cl.first - 1;
      if (!this.forceNoun(noun) || !(verbs.verbs.get(o.lemma) ?? []).some((x) => FORCE_ROOTS.has(rootOf(x.code)))) return null;
      for (const g of this.p.groups) {
        if (g.first < o.last || g.first - o.last > MAX_NP_GAP) continue;
        // (in the relative clause: no comma nor other verb before the group; "more than 300 people" may open a clause at "than")
        for (let i = o.last; i < g.first; i++) if (this.lowers[i] === ',' || this.lowers[i] === ';' || this.p.verbAt[i] >= 0) return null;
        if (g.prep !== null && !PLACE.has(g.prep) && g.prep !== 'of' && g.prep !== 'than') continue;
        return { group: g, place: (g.prep !== null && PLACE.has(g.prep)) || townsOnly(g) };
      }
      return null;
    }

    /** Whether actor group g only modifies a noun that ends the phrase before `verb` ("an ancient Egyptian vase was …"). */
    thingOf(g: ActorGroup<ActorMention>, verb: number): boolean {
      let i = g.last;
      while (i < verb && (this.toks[i].pos === 'ADJ' || this.toks[i].pos === 'NOUN')) i++;
      return i > g.last && i === verb && this.toks[i - 1].pos === 'NOUN';
    }

    /** Whether "from"-group g follows a noun of people named by where they come from ("refugees from Afghanistan"). */
    originOf(g: ActorGroup<ActorMention>): boolean {
      let i = g.first - 1;
      if (i > 0 && this.toks[i].pos === 'DET') i--;
      if (!(i > 0 && this.lowers[i] === 'from' && (ORIGIN_NOUNS.has(this.lowers[i - 1]) || ORIGIN_NOUNS.has(this.p.lemmas[i - 1])))) return false;
      // (not the doer's own people leaving a place: "evacuated its citizens from Libya")
      let k = i - 2;
      while (k >= 0 && (this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'NUM')) k--;
      return !(k >= 0 && POSSESSIVES.has(this.lowers[k]));
    }

    /**
     * "helped defeat the Islamic State", "helped fight the Taliban", "helped drive ISIS out of Mosul": verb group v is
     * "help"/"assist" with a bare verb right after it that wink left out of any verb group and that has conflict rows
     * (roots 10-20) and is no verb that builds up its object (help-builds.tsv): its object is fought, not helped.
     */
    helpsAgainst(v: number): boolean {
      const vg = this.p.verbs[v];
      const i = vg.last;
      if ((vg.lemma !== 'help' && vg.lemma !== 'assist') || i >= this.n || this.p.groupAt[i] >= 0 || this.p.verbAt[i] >= 0 || HELP_BUILDS.has(this.lemmas[i])) return false;
      // (a base form: "supported sanctions against Russia" is support for the sanctions' noun, not a bare verb)
      if ((this.toks[i].pos !== 'NOUN' && this.toks[i].pos !== 'VERB') || this.lowers[i] !== this.lemmas[i]) return false;
      return (verbs.verbs.get(this.lemmas[i]) ?? verbs.verbs.get(this.lowers[i]) ?? []).some((x) => Number(rootOf(x.code)) >= 10);
    }

    /** recipientPlace for the object right at `from` or after a "to"/"for" in the next few words. */
    recipientAfter(from: number): ActorGroup<ActorMention> | null {
      for (let t = from; t < this.n && t < from + 8; t++) {
        if (this.lowers[t] === ',' || this.lowers[t] === ';') return null;
        if (t > from && this.lowers[t - 1] !== 'to' && this.lowers[t - 1] !== 'for') continue;
        const r = this.recipientPlace(t);
        if (r) return r;
      }
      return null;
    }

    /**
     * "aid to populations affected by the cyclone in Mozambique", "to pay for those displaced in Yemen", "to help people in
     * need in Ethiopia": recipients named by a noun (or "those") from `at`, then a participle of what befell them
     * (recipients.tsv) or "in need", then a state after "in" within that phrase (no comma, no other verb between): the
     * group after "in", else null. The recipients' place is where an act of aid goes.
     */
    recipientPlace(at: number): ActorGroup<ActorMention> | null {
      let k = at, noun = false;
      for (; k < this.n && k < at + 5 && this.p.groupAt[k] < 0 && !RECIPIENT_PARTICIPLES.has(this.lowers[k]); k++) {
        const pos = this.toks[k].pos;
        // (wink may tag the noun as a verb: "to people displaced by …")
        if (pos === 'NOUN' || this.lowers[k] === 'those' || ((pos === 'VERB' || pos === 'PROPN') && this.lowers[k] === this.p.lemmas[k])) noun = true;
        else if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NUM' && pos !== 'ADV') break;
      }
      if (!noun || k >= this.n) return null;
      let p: number;
      if (RECIPIENT_PARTICIPLES.has(this.lowers[k])) p = k + 1;
      else if (this.lowers[k] === 'in' && this.lowers[k + 1] === 'need') p = k + 2;
      else return null;
      for (let i = p; i < this.n && i < p + 10; i++) {
        // (a verb ends the phrase, not a gerund after an article: "displaced by the fighting in Sudan")
        if (this.lowers[i] === ',' || this.lowers[i] === ';' || this.lowers[i] === '.' || (this.p.verbAt[i] >= 0 && this.toks[i - 1].pos !== 'DET')) return null;
        const gi = this.p.groupAt[i];
        if (gi >= 0 && this.p.groups[gi].prep === 'in') return this.p.groups[gi];
      }
      return null;
    }

    /** Whether every mention of g is a security force (MEANS_SECTORS) of a state among the doer's own (`own`). */
    ownForces(g: ActorGroup<ActorMention>, own: Party[]): boolean {
      if (!own.length) return false;
      const homes = new Set(own.map((x) => countryOf(x.code)).filter((c) => c !== null));
      return homes.size > 0 && g.mentions.every((x) => x.code !== countryOf(x.code) && homes.has(countryOf(x.code)) && MEANS_SECTORS.has(x.code.slice(3)));
    }

    /**
     * A "with" group that is no counterpart: an absolute phrase after a comma (", with Egypt still holding
     * out", ", with talks due next week"; even where a pattern ends in "with"), or, unless the pattern ends in "with"
     * ("clashed with"), the doer's own forces as its means ("attacked the town with Iraqi troops" when Iraq attacks).
     */
    meansWith(g: ActorGroup<ActorMention>, from: number, own: Party[]): boolean {
      let w = -1;
      for (let i = g.first - 1; i >= from && i >= g.first - 4; i--) if (this.lowers[i] === 'with') { w = i; break; }
      if (w < 0) return false;
      if (w > 0 && this.toks[w - 1].text === ',') return true;
      return this.ownForces(g, own);
    }

    /**
     * Whether verb group v's untargeted act may be its source's state acting on itself (HOME_ROOTS): asserted and not negated,
     * no "be" before the head (an adjectival passive the parse missed: "is shut down"), no pronoun object (a target not
     * resolved: "pressed them hard"), a source that coerces or acts at home (not the media or business sectors), and
     * not "capture".
     */
    homeAct(v: number, end: number, sources: Party[], a: Assertion): boolean {
      if (a.negated || a.modality !== 'asserted') return false;
      const vg = this.p.verbs[v];
      for (let i = vg.first; i < vg.head; i++) if (this.lemmas[i] === 'be') return false;
      for (let i = vg.last; i < Math.min(end, vg.last + MAX_OBJECT_GAP + 2); i++) if (OBJECT_PRONOUNS.has(this.lowers[i])) return false;
      if (sources.some((x) => x.code.endsWith('MED') || x.code.endsWith('BUS'))) return false;
      // a place the dictionaries do not know ("bombed positions around Tarbuckle"): where the act happens is unknown, maybe abroad
      for (let i = vg.last + 1; i < end; i++) {
        if (this.toks[i].pos === 'PROPN' && this.p.groupAt[i] < 0 && UNKNOWN_PLACE_PREPS.has(this.lowers[i - 1]) && !CALENDAR.has(this.lowers[i])) return false;
      }
      // "fired two missiles into the sea off its east coast", "fired artillery shells near the border": a launch into waters or
      // at a frontier with no party named is a show of force at nobody, not the state shelling itself
      if (LAUNCH_VERBS.has(this.lemmas[vg.head])) {
        // (not when something is fired at or on: "fired artillery at rebel positions near the Chinese border")
        for (let i = vg.last + 1; i < end; i++) {
          if (this.lowers[i] === 'at' || this.lowers[i] === 'on' || this.lowers[i] === 'against') break;
          if (!OPEN_WATERS.has(this.lowers[i])) continue;
          for (let k = i - 1; k >= Math.max(vg.last, i - 4); k--) if (OPEN_WATER_PREPS.has(this.lowers[k])) return false;
        }
      }
      // "captured" is as often filming or catching animals as an arrest
      return this.lemmas[vg.head] !== 'capture';
    }

    /** Whether mention x only reports the sentence's act: in another clause than `clause` with a speech verb, or the group after "according to" (`according`). */
    reporter(x: ActorMention, clause: number, according: ActorGroup<ActorMention> | null): boolean {
      const gi = this.p.groupAt[x.first];
      if (gi < 0) return false;
      const g = this.p.groups[gi];
      if (according === g) return true;
      if (g.clause === clause) return false;
      // (the one who says what an object did, in a relative clause, is no reporter of the act: "struck a building that Hamas
      // said housed refugees")
      if (this.relativeSayer(g)) return false;
      return this.p.verbs.some((w) => w.clause === g.clause && isSpeechVerb(w.lemma));
    }

    /**
     * Whether group g says, in a relative clause on a noun, what that noun did: right after "that" or "which" (and "the"),
     * before a verb of saying ("a building that Hamas said housed refugees", "a tanker that the United States said it owned").
     */
    relativeSayer(g: ActorGroup<ActorMention>): boolean {
      const rel = g.first > 0 && this.lowers[g.first - 1] === 'the' ? g.first - 2 : g.first - 1;
      return rel > 0 && (this.lowers[rel] === 'that' || this.lowers[rel] === 'which') && this.toks[rel - 1].pos === 'NOUN' &&
        g.last < this.n && this.p.verbAt[g.last] >= 0 && isSpeechVerb(this.p.verbs[this.p.verbAt[g.last]].lemma);
    }

    /** A domestic matter (domestic.tsv) among the words [a, b), before any actor or other verb group. */
    domesticObject(a: number, b: number, v: number): boolean {
      for (let i = a; i < b; i++) {
        if (this.p.groupAt[i] >= 0) return false;
        // another verb's object ("signed a decree banning the rallies"): that verb's act, not this one's
        if (this.p.verbAt[i] >= 0 && this.p.verbAt[i] !== v) return false;
        if (DOMESTIC.has(this.lemmas[i]) || DOMESTIC.has(this.lowers[i])) return true;
      }
      return false;
    }

    /**
     * Tokens [a, b) are one noun phrase with "of" attachments ("drivers of the National Rail Company of"): the object's owner
     * follows. `anyPrep`: any preposition and "and" may join its parts; `list`: so may a comma between nouns of a list (for an
     * origin after "from").
     */
    ofChain(a: number, b: number, anyPrep = false, list = false): boolean {
      for (let i = a; i < b; i++) {
        const t = this.toks[i];
        if (this.p.verbAt[i] >= 0 || this.p.groupAt[i] >= 0) return false;
        if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'VERB' || t.pos === 'DET' || t.pos === 'NUM' || t.pos === 'PRON' && this.lowers[i] !== 'who' && this.lowers[i] !== 'which' || this.lowers[i] === 'of' || this.lowers[i] === '-' || this.lowers[i] === '(' || this.lowers[i] === ')' || (anyPrep && (t.pos === 'ADP' || this.lowers[i] === 'and')) ||
          // (with `list`, a comma in a list of nouns: "imports of fruit, vegetables and meat from the EU")
          (list && this.lowers[i] === ',' && i > a && this.toks[i - 1].pos === 'NOUN' && i + 1 < b && (this.toks[i + 1].pos === 'NOUN' || this.toks[i + 1].pos === 'ADJ')))) return false;
      }
      return true;
    }

    /**
     * The appeal code of appeal verb v ("urge", "call on", "ask"; complements.tsv kind appeal) whose object X is
     * followed by an infinitive X is to do: the infinitive's pattern code shifted to the matching 02x code (020 when
     * there is none). Null when v is no such appeal, or its own pattern is specific (not 020) and ends before the infinitive.
     */
    appealShift(v: number, m: PatternMatch): string | null {
      const vg = this.p.verbs[v];
      const nv = this.p.verbs[v + 1];
      const kind = complements.governors.get(vg.lemma);
      if (!nv || !nv.infinitive || nv.clause !== vg.clause || (kind !== 'appeal' && kind !== 'demand')) return null;
      // appeals (02) and, for "pressured X to …", demands (10) mirror what is asked for
      const root = kind === 'appeal' ? '02' : '10';
      if (!m.pattern.code.startsWith(root + '0') && !m.positions.some((i) => i > nv.first)) return null;
      if (!this.p.groups.some((g) => g.first >= vg.last && g.last <= nv.first)) return null;
      const m2 = matchPatterns(verbs.verbs.get(nv.lemma), this.lemmas, this.lowers, nv.head, this.p.clauses[nv.clause].last, 5, this.skip);
      let shifted = m2 ? complements.shift(kind, m2.pattern.code) : root + '0';
      if (!shifted.startsWith(root)) shifted = root + '0';
      // the appeal's own specific pattern ("urge … ceasefire", "call on … to release") says more than a bare 020
      return shifted === root + '0' && m.pattern.code.startsWith(root) ? null : shifted;
    }

    /** Whether group g, after "the", locates an attack noun right after it or one word later ("the Madrid train bombings"; attack-nouns.tsv). */
    attackLocated(g: ActorGroup<ActorMention>): boolean {
      if (g.first === 0 || this.lowers[g.first - 1] !== 'the') return false;
      return ATTACK_NOUNS.has(this.lowers[g.last] ?? '') || (this.toks[g.last]?.pos === 'NOUN' && ATTACK_NOUNS.has(this.lowers[g.last + 1] ?? ''));
    }

    /** The first attack or weapon noun with no doer (agentless.tsv) among tokens [a, b), outside any actor mention, or -1. */
    attackNoun(a: number, b: number): number {
      for (let i = Math.max(0, a); i < b; i++) {
        if (this.p.groupAt[i] >= 0) continue;
        if (this.toks[i].pos === 'NOUN' && (AGENTLESS.has(this.lemmas[i]) || AGENTLESS.has(this.lowers[i]))) return i;
        // (or a doer who names no actor: "gunmen", "a suicide bomber", "armed men"; agentless-doers.tsv)
        if (AGENTLESS_DOERS.has(this.lowers[i]) || (i > 0 && AGENTLESS_DOERS.has(this.lowers[i - 1] + ' ' + this.lowers[i]))) return i;
      }
      return -1;
    }
    /**
     * For object group g naming only persons ("handed over Charles Taylor to Liberia"), the group after "to" within a few
     * words of it in its clause: the party the person is handed to. Null when g names anyone else.
     */
    personReceiver(g: ActorGroup<ActorMention>): ActorGroup<ActorMention> | null {
      if (!g.mentions.every((x) => x.person)) return null;
      return this.p.groups.find((r) => r.prep === 'to' && r.first >= g.last && r.first - g.last <= 4 && r.clause === g.clause) ?? null;
    }
    /** Whether a show of force (150) matched on a word of military exercises (drills.tsv: "held naval exercises"). */
    drillHeld(m: { positions: number[] }, code: string): boolean {
      return code === '150' && m.positions.some((i) => DRILLS.has(this.lemmas[i]) || DRILLS.has(this.lowers[i]));
    }
    /** Whether "each other" or "one another" is the object right after verb group vg (maybe past an adverb). */
    eachOtherAfter(vg: VerbGroup): boolean {
      let i = vg.last;
      if (i < this.n && this.toks[i].pos === 'ADV') i++;
      return i + 1 < this.n && ((this.lowers[i] === 'each' && this.lowers[i + 1] === 'other') || (this.lowers[i] === 'one' && this.lowers[i + 1] === 'another'));
    }
    /**
     * Whether verb group v is a participle right after a comma that follows a finite active verb of its clause whose
     * subject is an attack or a doer naming no actor ("A suicide bomber blew himself up at a checkpoint in Baghdad, killing
     * eight Iraqi policemen"): the participle's act has no doer either.
     */
    agentlessBefore(v: number): boolean {
      const vg = this.p.verbs[v];
      if (!vg.gerund || v === 0 || vg.first < 1 || this.lowers[vg.first - 1] !== ',') return false;
      const o = this.p.verbs[v - 1];
      if (o.clause !== vg.clause || o.infinitive || o.gerund || o.passive || o.copula) return false;
      const left = this.subjectLeft(v - 1);
      return !this.p.groups.some((g) => g.first >= left && g.last <= o.first) && this.attackNoun(left, o.first) >= 0;
    }
    /**
     * The state where an act happens, named by a place phrase ("in northern Kenya", "near Kandahar") among tokens [a, b):
     * the first group after a place preposition whose mentions are all that state or its towns, or null.
     */
    placePhraseState(a: number, b: number, not: ActorGroup<ActorMention> | null): Party | null {
      for (const g of this.p.groups) {
        if (g.first < a || g.last > b || g === not || g.prep === null || !PLACE.has(g.prep)) continue;
        // (a border is no place of one state: "near the Afghan border")
        if (g.last < this.n && BORDER_WORDS.has(this.lowers[g.last])) continue;
        const home = countryOf(g.mentions[0].code);
        if (home && isStateActor(home) && g.mentions.every((x) => x.code === home)) return stateParty(home, actors);
      }
      return null;
    }
    /** The one state all mentions of the first actor group in tokens [a, b) belong to (a town, a capital or the state), or null. */
    placeState(a: number, b: number): Party | null {
      for (const g of this.p.groups) {
        if (g.first < a || g.last > b) continue;
        const home = countryOf(g.mentions[0].code);
        if (!home || !isStateActor(home) || !g.mentions.every((x) => x.code === home)) return null;
        return stateParty(home, actors);
      }
      return null;
    }
    /**
     * A domestic target named after token `from` by the state's name or one of its places ("resigned …, after protests in
     * Peru", "shelled the town of Douma"): that mention is where the text names it (a domestic target that is named, as a
     * place phrase of the state already is). Not a person or body of the state (another state's governor doing the same),
     * nor a place after a verb of saying.
     */
    namedHome(home: Party, from: number): Party {
      // (not past a verb of saying: "…, the army said in Abuja" is where it was said)
      let end = this.n;
      for (const o of this.p.verbs) if (o.first >= from && isSpeechVerb(o.lemma)) { end = o.first; break; }
      const x = this.mentions.find((y) => y.first >= from && y.last <= end && y.code === home.code && STATE_BY_NAME.has(y.via));
      if (x) { home.span = { start: x.start, end: x.end }; home.home = true; }
      return home;
    }

    /** The state itself as the victim of an agentless attack on nobody named, when the sentence names no actor of another country. */
    agentlessHome(where: Party): Party[] {
      const home = domesticTarget([where], this.mentions, actors);
      if (!home) return [];
      home.home = true;
      return [home];
    }

    /** Whether group g comes right after the pattern's word `prep` ("met in Moscow", "discussed Syria with Erdogan"). */
    afterPrep(m: { positions: number[] }, prep: string, g: ActorGroup<ActorMention>): boolean {
      const w = m.positions.find((i) => this.lowers[i] === prep);
      return w !== undefined && g.first > w && g.first - w <= 3;
    }

    /** 043 or 042 when the place after the pattern's "in" is in the sources' or the targets' own country, else null. */
    meetingPlace(m: { positions: number[] }, sources: Party[], targets: Party[]): string | null {
      const g = this.p.groups.find((x) => this.afterPrep(m, 'in', x));
      if (!g) return null;
      const c = countryOf(g.mentions[0].code);
      if (!isStateActor(c)) return null;
      if (sources.every((x) => countryOf(x.code) === c)) return '043';
      if (targets.every((x) => countryOf(x.code) === c)) return '042';
      return null;
    }

    /** A state named only as the side of a border ("on the Thai border", "near the Syrian frontier"): where an act happens, no party to it. */
    borderOf(g: ActorGroup<ActorMention>): boolean {
      // (a possessive and a word of kind may come between: "Venezuela's land borders with Colombia")
      let b = g.last;
      if (b < this.n && GENITIVE.has(this.lowers[b])) b++;
      if (b < this.n && BORDER_KINDS.has(this.lowers[b])) b++;
      // one state only: a border of two ("the Syrian-Turkish border") is what a deployment faces
      return b < this.n && BORDER_WORDS.has(this.lowers[b]) && g.mentions.every((x) => x.code.length === 3 && x.code === g.mentions[0].code) && this.lowers[g.first - 1] !== '-' &&
        // the border itself, not what is at it ("Chadian border posts", "border guards")
        !(b + 1 < this.n && (this.toks[b + 1].pos === 'NOUN' || this.toks[b + 1].pos === 'PROPN'));
    }

    /**
     * Whether group g follows "along|on|at|near" and "its|their|the" border "with" ("along its border with Belarus", "on its
     * eastern frontier with Russia"): the neighbour named as where one's own border runs.
     */
    ownBorderWith(g: ActorGroup<ActorMention>): boolean {
      let k = g.first - 1;
      while (k > 0 && this.toks[k].pos === 'DET') k--;
      if (k < 3 || this.lowers[k] !== 'with' || !BORDER_WORDS.has(this.lowers[k - 1])) return false;
      k -= 2;
      if (k > 0 && BORDER_KINDS.has(this.lowers[k])) k--;
      if (!(this.lowers[k] === 'its' || this.lowers[k] === 'their' || this.lowers[k] === 'the')) return false;
      return k > 0 && (this.lowers[k - 1] === 'along' || this.lowers[k - 1] === 'on' || this.lowers[k - 1] === 'at' || this.lowers[k - 1] === 'near');
    }

    agentOf(v: number): ActorGroup<ActorMention> | null {
      const vg = this.p.verbs[v];
      const clause = this.p.clauses[vg.clause];
      for (const g of this.p.groups) if (g.first >= vg.last && g.last <= clause.last && g.prep === 'by') return g;
      return null;
    }

    emit(code: string, head: number, verbSpan: Span, sources: Party[], targets: Party[], a: { negated: boolean; denied: boolean; modality: Modality }, claim: { text: string; code: string | null } | null, conf: number) {
      // an armed group does not arrest: those it captures or detains are abducted ("Hezbollah captured two Israeli soldiers")
      // (not the bodies it governs with: "the Taliban-run government detained two journalists")
      if (code.startsWith('173') && sources.length && sources.every((x) => armedNonState(actors.cameo(x.code)) && !this.governingBody(x))) code = '181';
      const entry = cameo(code);
      if (!entry) return;
      for (const src of sources) for (const tgt of targets) {
        // an actor acting on itself is no event, except a state's domestic act (its target has no span)
        if (src.code === tgt.code && tgt.span && !tgt.home) continue;
        const key = `${src.code}|${tgt.code}|${code}|${head}`;
        const was = this.seen.get(key);
        if (was !== undefined && !this.dropped.has(was)) continue;
        this.seen.set(key, this.events.length);
        const id = createHash('sha1').update(`${this.docId ?? ''}\u0000${this.s.index}\u0000${src.code}\u0000${tgt.code}\u0000${code}\u0000${verbSpan.start}:${verbSpan.end}`).digest('hex').slice(0, 24);
        this.events.push({
          id, origin: 'text', doc: this.docId, date: this.date,
          source: src.code, target: tgt.code,
          sourceName: actors.actor(src.code)?.name ?? src.name, targetName: actors.actor(tgt.code)?.name ?? tgt.name,
          code, root: rootOf(code), goldstein: goldstein(code, scheme), quad: quadClass(code, scheme),
          ploverEvent: entry.plover.event, ploverMode: entry.plover.mode,
          negated: a.negated, denied: a.denied, modality: a.modality,
          claimant: claim ? claim.code ?? claim.text : null,
          confidence: round2(Math.max(0.05, Math.min(1, conf * Math.min(src.confidence, tgt.confidence)))),
          sentenceIndex: this.s.index, sentence: this.s.text, start: this.s.start, end: this.s.end,
          sourceSpan: src.span, targetSpan: tgt.span, verbSpan,
        });
      }
    }

    claimFor(v: number): { text: string; code: string | null } | null {
      let g = speechGovernor(this.p, v);
      // "Chile has said it will back …": a speech verb right before, no "that"
      // (not a gerund of means: "Turkey responded by shelling …" reports no speech)
      if (g < 0 && v > 0 && !this.p.verbs[v].infinitive && !(this.p.verbs[v].gerund && this.lowers[this.p.verbs[v].first - 1] === 'by') && this.p.verbs[v - 1].clause === this.p.verbs[v].clause && isSpeechVerb(this.p.verbs[v - 1].lemma) && this.p.quoted[this.p.verbs[v].head] === this.p.quoted[this.p.verbs[v - 1].head]) g = v - 1;
      // "Iran attacked Kuwait, Iraq said": a report before a closing speech verb
      if (g < 0) {
        const last = this.closingVerb();
        if (last > v && isSpeechVerb(this.p.verbs[last].lemma) && this.p.verbs[last].clause > this.p.verbs[v].clause && this.p.quoted[this.p.verbs[last].head] !== 1 &&
          this.p.quoted[this.p.verbs[v].head] !== 1) g = last;
      }
      // "Iraq said Iran had threatened to attack Kuwait": an infinitive's claim is its governor's
      // (or someone unnamed for a hedged one: "Iran is said to be arming the Houthis")
      if (g < 0 && this.p.verbs[v].infinitive && v > 0 && this.p.verbs[v - 1].clause === this.p.verbs[v].clause) return this.claimFor(v - 1) ?? (this.hedged(v) ? { text: 'unnamed', code: null } : null);
      if (g >= 0 && g !== v) {
        // "Russia was accused of shooting down …": a passive report's claimant is its agent, or someone unnamed, never its subject
        if (this.p.verbs[g].passive) {
          const agent = this.agentOf(g);
          return agent ? { text: agent.mentions.map((x) => x.name).join(', '), code: agent.mentions[0].code } : { text: 'unnamed', code: null };
        }
        const sub = g === this.speakerVerb ? this.speakerSubject() : this.subjectOf(g);
        if (sub && sub.parties.length) return { text: sub.parties.map((x) => x.name).join(', '), code: sub.parties[0].code };
        const text = subjectText(this.p, g);
        if (text) return { text, code: null };
      }
      if (this.according) return { text: this.according.text, code: this.according.group ? this.according.group.mentions[0].code : null };
      // "Iran reportedly sent troops", "is believed to have sent troops": reported by someone unnamed
      if (this.hedged(v)) return { text: 'unnamed', code: null };
      return null;
    }

    /**
     * Whether verb group v is hedged as a report: "reportedly", "allegedly" (REPORT_ADVERBS) in or right before it, or a
     * perfect or progressive infinitive after a participle of report ("is believed to have sent", "is said to have armed",
     * "is thought to be supplying").
     */
    hedged(v: number): boolean {
      const vg = this.p.verbs[v];
      for (let i = vg.first - 1; i >= 0 && this.toks[i].pos === 'ADV'; i--) if (REPORT_ADVERBS.has(this.lowers[i])) return true;
      for (let i = vg.first; i < vg.last; i++) if (REPORT_ADVERBS.has(this.lowers[i])) return true;
      if (reportedPerfect(this.toks, vg.first)) return true;
      // ("is believed to be arming the rebels": a progressive infinitive after the participle of report)
      return v > 0 && reportedProgressive(this.p, vg, this.p.verbs[v - 1]);
    }

    speakerSubject(): Subject | null {
      return this.speaker ? { parties: partiesOf(this.speaker), how: 1, group: this.speaker } : null;
    }

    /**
     * The sentence's last verb group when it closes a report before it ("…, the rebels charged on Monday", "…, Iraq said"):
     * finite, in a later clause than the first, with nothing but adverbs, time words and places after it; else -1.
     */
    closingVerb(): number {
      const v = this.p.verbs.length - 1;
      if (v < 1) return -1;
      const vg = this.p.verbs[v];
      return !vg.infinitive && !vg.gerund && vg.clause > 0 && this.afterReport(vg.last) && !this.chargeDenied(vg) ? v : -1;
    }

    /**
     * The referent of "it", "them", "him" or "her" right after participle v: the last actor group between the verb before
     * and v with no party of the sources ("it", "him", "her" only for a group of one party).
     */
    objectPronounReferent(v: number, sources: Party[]): Party[] | null {
      const vg = this.p.verbs[v];
      const pron = this.lowers[vg.last];
      if (v === 0 || !(pron === 'it' || pron === 'them' || pron === 'him' || pron === 'her') || this.toks[vg.last].pos !== 'PRON') return null;
      const pv = this.p.verbs[v - 1];
      let found: ActorGroup<ActorMention> | null = null;
      for (const g of this.p.groups) {
        if (g.first < pv.last || g.last > vg.first) continue;
        const parties = partiesOf(g);
        if (parties.length && parties.every((x) => !sources.some((y) => countryOf(y.code) === countryOf(x.code)))) found = g;
      }
      if (!found || (pron !== 'them' && partiesOf(found).length !== 1)) return null;
      return partiesOf(found, 0.9);
    }

    /**
     * The verb group of telling (TELLING_VERBS: tell, warn, assure, inform, remind, notify) right before verb group v when
     * actor group g is its object and a third-person pronoun (it, they, he, she), maybe after "that", is v's subject
     * ("told the UN it cannot …"), and v has no "must" or "should"; else -1.
     */
    tellerOf(v: number, g: ActorGroup<ActorMention>): number {
      const vg = this.p.verbs[v];
      const pv = this.p.verbs[v - 1];
      if (!TELLING_VERBS.has(pv.lemma) || pv.passive || pv.infinitive || !this.objectRightAfter(pv, g)) return -1;
      if (vg.modals.includes('must') || vg.modals.includes('should')) return -1;
      let k = g.last;
      if (this.lowers[k] === 'that') k++;
      if (k >= vg.first || this.toks[k].pos !== 'PRON' || !(this.lowers[k] === 'it' || this.lowers[k] === 'they' || this.lowers[k] === 'he' || this.lowers[k] === 'she')) return -1;
      for (k++; k < vg.first; k++) if (this.toks[k].pos !== 'ADV') return -1;
      return v - 1;
    }

    /**
     * Whether verb group vg's object is followed, within a few words and before any other verb, by "for" and a reason: a
     * possessive ("for its support"), a gerund ("for imposing", "for allegedly backing") or "what" ("for what it called").
     */
    attackedFor(vg: VerbGroup, last: number): boolean {
      for (let i = vg.last + 1; i < last && i <= vg.last + 8; i++) {
        if (this.p.verbAt[i] >= 0 || this.lowers[i] === ',' || this.lowers[i] === ';') return false;
        if (this.lowers[i] !== 'for') continue;
        let k = i + 1;
        if (k < last && this.toks[k].pos === 'ADV') k++;
        const w = this.lowers[k] ?? '';
        return POSSESSIVES.has(w) || w === 'what' || (w.endsWith('ing') && w.length > 5 && w !== 'during' && (this.toks[k].pos === 'VERB' || this.p.verbAt[k] >= 0));
      }
      return false;
    }

    /**
     * For infinitive v in a relative clause ("who", "which") whose verb before it is closed off by a comma, with only a time
     * or place phrase or adverbs between the comma and "to" (", on Sunday to protest"): the finite verb before the relative
     * clause, in an earlier clause; else -1.
     */
    closedRelative(v: number): number {
      const vg = this.p.verbs[v];
      const cl = this.p.clauses[vg.clause];
      if (cl.opener !== 'who' && cl.opener !== 'which') return -1;
      const r = this.p.verbs[v - 1];
      if (r.clause !== vg.clause || r.infinitive || r.gerund) return -1;
      let c = -1;
      for (let i = r.last; i < vg.first; i++) if (this.lowers[i] === ',') { c = i; break; }
      if (c < 0) return -1;
      for (let i = c + 1; i < vg.first; i++) {
        const pos = this.toks[i].pos;
        if (this.p.groupAt[i] >= 0 || !(pos === 'ADP' || pos === 'PROPN' || pos === 'NOUN' || pos === 'DET' || pos === 'ADV' || pos === 'NUM' || pos === 'ADJ' || pos === 'PART')) return -1;
      }
      let k = v - 2;
      while (k >= 0 && this.p.verbs[k].clause === vg.clause) k--;
      if (k < 0 || this.p.verbs[k].infinitive || this.p.verbs[k].gerund || this.p.verbs[k].last > cl.first) return -1;
      return k;
    }

    /**
     * The actor group before the comma that opens a bare -ed participle with an actor as its agent right after "by" ("The
     * Malian army, backed by French troops, …", "Yemen's government, supported by a Saudi-led coalition, …"), or null.
     */
    appositiveParticiple(vg: VerbGroup): ActorGroup<ActorMention> | null {
      if (vg.first < 2 || this.lowers[vg.first - 1] !== ',' || !this.bareParticiple(vg) || !this.lowers[vg.head].endsWith('ed') || this.lowers[vg.last] !== 'by') return null;
      const gi = this.groupFrom(vg.last + 1);
      if (gi < 0 || this.p.groups[gi].prep !== 'by') return null;
      const hi = this.p.groupAt[vg.first - 2];
      if (hi < 0) return null;
      const g = this.p.groups[hi];
      return g.prep === null && g.clause === vg.clause && g.last === vg.first - 1 ? g : null;
    }

    /**
     * For a reduced passive relative v of force (`reducedPassive`), "fired" or "launched" (LAUNCH_PARTICIPLES), that
     * describes a fired weapon (FIRED_WEAPONS) as the object of a verb of intercepting right before it (INTERCEPTING; not
     * "condemned the missile fired by …"), with no actor after the
     * agent: the agent fires at that verb's subject ("Saudi Arabia intercepted a ballistic missile fired by Houthi rebels"
     * HOUTHI → SAU), of another state; else null.
     */
    firedAt(v: number, code: string): { sources: Party[]; targets: Party[] } | null {
      const vg = this.p.verbs[v];
      if (v === 0 || !FORCE_ROOTS.has(rootOf(code)) || !LAUNCH_PARTICIPLES.has(this.lowers[vg.head]) || this.lowers[vg.last] !== 'by') return null;
      const w = this.lemmas[vg.first - 1];
      if (!FIRED_WEAPONS.has(w) && !FIRED_WEAPONS.has(w.endsWith('s') ? w.slice(0, -1) : w)) return null;
      const o = this.p.verbs[v - 1];
      if (o.clause !== vg.clause || o.passive || o.infinitive || o.copula || o.gerund || !INTERCEPTING.has(o.lemma)) return null;
      const gi = this.groupFrom(vg.last + 1);
      if (gi < 0) return null;
      const agent = this.p.groups[gi];
      // (a target of its own after the agent codes as before: "fired by Houthi rebels at Riyadh")
      // (an origin after "from" is no target: "fired by Hamas from Gaza")
      if (this.p.groups.some((g) => g.first >= agent.last && g.clause === vg.clause && g.prep !== 'from')) return null;
      const s0 = this.subjectOf(v - 1);
      if (!s0 || !s0.parties.length) return null;
      const sources = partiesOf(agent);
      const targets = s0.parties.filter((x) => !sources.some((y) => countryOf(y.code) === countryOf(x.code)));
      return targets.length ? { sources, targets } : null;
    }

    /**
     * Whether verb group vg is a bare participle ("ordered", "carried out") right after a noun that is no actor, followed by
     * "by" and an actor group: a reduced passive relative describing that noun ("a drone strike ordered by President Trump").
     * Wider than the parse's `reduced` flag: a particle may stand before "by" ("carried out by").
     */
    reducedPassive(vg: VerbGroup): boolean {
      return this.reducedAgent(vg) >= 0;
    }
    /** The agent group of reduced passive relative vg (`reducedPassive`), or -1. */
    reducedAgent(vg: VerbGroup): number {
      if (vg.first < 1 || !this.bareParticiple(vg) || this.toks[vg.first - 1].pos !== 'NOUN' || this.p.groupAt[vg.first - 1] >= 0) return -1;
      if (!this.lowers[vg.head].endsWith('ed')) return -1;
      let b = vg.last;
      while (b < this.n && b < vg.last + 2 && this.toks[b].pos === 'ADP' && this.lowers[b] !== 'by') b++;
      if (b >= this.n || this.lowers[b] !== 'by') return -1;
      const gi = this.groupFrom(b + 1);
      return gi >= 0 && this.p.groups[gi].prep === 'by' ? gi : -1;
    }
    /**
     * For reduced passive relative v ("a truce mediated by Qatar") describing the object of the verb before it in its clause,
     * whose subject names two or more parties ("Israel and Hamas agreed to …"): the agent's parties and the subject's parties
     * of other states, or null.
     */
    mediatedSides(v: number): { agent: Party[]; parties: Party[] } | null {
      const gi = this.reducedAgent(this.p.verbs[v]);
      if (v === 0 || gi < 0 || this.p.verbs[v - 1].clause !== this.p.verbs[v].clause) return null;
      const subj = this.subjectOf(v - 1);
      if (!subj || subj.parties.length < 2) return null;
      const agent = partiesOf(this.p.groups[gi]);
      const parties = subj.parties.filter((x) => !agent.some((y) => countryOf(y.code) === countryOf(x.code)));
      return parties.length >= 2 ? { agent, parties } : null;
    }

    /**
     * The referent of an object pronoun ("him", "her", "them", "it") right after verb group v when v is coordinated by "and"
     * with the verb before it ("congratulated Zelensky … and invited him"): that verb's object, the first actor group with
     * no preposition between the two verbs that has no party of the sources' states ("him", "her", "it": one party).
     */
    coordinatedPronounReferent(v: number, sources: Party[]): Party[] | null {
      const vg = this.p.verbs[v];
      const pron = this.lowers[vg.last];
      if (v === 0 || vg.infinitive || !OBJECT_PRONOUNS.has(pron) || pron.endsWith('self') || pron.endsWith('selves') || this.toks[vg.last].pos !== 'PRON') return null;
      const pv = this.p.verbs[v - 1];
      if (pv.infinitive || pv.copula || pv.passive) return null;
      // (a participle's pronoun object: "sent a letter to Kim Jong Un inviting him to Moscow", objectPronounReferent)
      if (vg.gerund) return this.objectPronounReferent(v, sources);
      let k = vg.first - 1;
      while (k > pv.last && this.toks[k].pos === 'ADV') k--;
      if (this.lowers[k] !== 'and') return null;
      if (pv.clause !== vg.clause && !(this.p.clauses[vg.clause].opener === 'and' && pv.clause === vg.clause - 1)) return null;
      for (const g of this.p.groups) {
        if (g.first < pv.last || g.last > k) continue;
        if (g.prep !== null) continue;
        const parties = partiesOf(g);
        if (!parties.length || parties.some((x) => sources.some((y) => countryOf(y.code) === countryOf(x.code)))) return null;
        if (pron !== 'them' && parties.length !== 1) return null;
        return partiesOf(g, 0.9);
      }
      return null;
    }

    /**
     * The noun that verb group vg names its object as ("called the decision a provocation", "called the attack an act
     * of aggression", "described the sanctions as economic terrorism"): after an object of at least one word, "a", "an"
     * or "as", then adjectives and the noun, which ends the clause or comes before "of", "and" or punctuation; -1 when
     * there is none.
     */
    namedAs(vg: VerbGroup, last: number): number {
      for (let d = vg.last + 1; d < last; d++) {
        const w = this.lowers[d];
        // "described the US sanctions as economic terrorism": "as" after the object, then the name
        const as = w === 'as' && this.lowers[d - 1] !== 'such';
        if (this.toks[d].pos === 'ADP' && w !== 'of' && w !== 'to' && w !== "'s" && !as) return -1;
        // "called Lavrov to discuss a number of topics": an infinitive of purpose after the person called (not one that
        // completes a noun: "called the decision to sell arms a provocation")
        if (w === 'to' && this.toks[d].pos === 'PART' && this.p.groupAt[d - 1] >= 0) return -1;
        // (a name follows its object directly, with no comma: "called Rouhani, a first since 1979")
        if (this.toks[d].pos === 'PUNCT') return -1;
        let k: number;
        const article = w === 'a' || w === 'an' || as;
        if (as) k = this.lowers[d + 1] === 'a' || this.lowers[d + 1] === 'an' || this.lowers[d + 1] === 'the' ? d + 2 : d + 1;
        else if (article) k = d + 1;
        // right after an actor that is the object: "called the Dutch government Nazi remnants", "called the United States
        // the Great Satan"
        else if (this.p.groupAt[d] < 0 && this.p.groupAt[d - 1] >= 0 && (w === 'the' || POSSESSIVES.has(w) || this.toks[d].pos === 'ADJ' || this.toks[d].pos === 'NOUN' || this.toks[d].pos === 'PROPN') &&
          this.objectRightAfter(vg, this.p.groups[this.p.groupAt[d - 1]])) k = w === 'the' || POSSESSIVES.has(w) ? d + 1 : d;
        else continue;
        // (the name may open a quotation: "called the move a \"provocation\"")
        if (article && k < last && QUOTE_MARKS.has(this.toks[k].text)) k++;
        const from = k;
        while (k < last && (this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'ADV' || (this.toks[k].pos === 'PROPN' && this.toks[k + 1]?.pos === 'NOUN'))) k++;
        if (k >= last || (this.toks[k].pos !== 'NOUN' && this.toks[k].pos !== 'PROPN') || this.p.groupAt[k] >= 0) { if (article) return -1; continue; }
        while (k + 1 < last && (this.toks[k + 1].pos === 'NOUN' || this.toks[k + 1].pos === 'PROPN') && this.p.groupAt[k + 1] < 0) k++;
        // "described the American warship's passage as a provocation": the object's own noun, the name comes after it
        if (!article && (this.lowers[k + 1] === 'as' || this.lowers[k + 1] === 'a' || this.lowers[k + 1] === 'an' || this.lowers[k + 1] === "'s")) continue;
        // "called Putin a second time", "a day after", "on Tuesday night": when, not a name
        for (let t = from; t <= k; t++) if (TIME_WORDS.has(this.lowers[t]) || DAY_PARTS.has(this.lowers[t]) || this.lemmas[t] === 'time') return -1;
        // "an act of (economic) aggression": the kind of act
        if (this.lemmas[k] === 'act' && this.lowers[k + 1] === 'of') {
          let q = k + 2;
          while (q < last && this.toks[q].pos === 'ADJ') q++;
          if (q < last && this.toks[q].pos === 'NOUN') k = q;
        }
        const after = k + 1 < this.n ? this.lowers[k + 1] : '.';
        if (after === 'of' || after === 'and' || after === 'that' || this.toks[k + 1]?.pos === 'PUNCT' || k + 1 >= last) return k;
        if (article) return -1;
      }
      return -1;
    }

    /**
     * Whether "of", "on" or "about" before token i (past an opening bracket) follows a noun that is no actor ("the purpose of
     * [suspending", "talks on joining", "a referendum on leaving"): the gerund names the noun's topic, no act of the subject.
     */
    nounComplement(i: number): boolean {
      let k = i - 1;
      while (k > 0 && (this.lowers[k] === '[' || this.lowers[k] === '(')) k--;
      return k > 0 && (this.lowers[k] === 'of' || this.lowers[k] === 'on' || this.lowers[k] === 'about') && this.toks[k - 1].pos === 'NOUN' && this.p.groupAt[k - 1] < 0;
    }

    /**
     * The actor group that ends right before token i after a noun of stance-nouns.tsv and "on", "to" or "against" ("its
     * veto on [Finland and Sweden] joining", "objection to [Sweden] joining"): the subject of a gerund at i, or null.
     */
    stanceTarget(i: number): ActorGroup<ActorMention> | null {
      const gi = i > 0 ? this.p.groupAt[i - 1] : -1;
      if (gi < 0) return null;
      const g = this.p.groups[gi];
      if (g.last !== i || (g.prep !== 'on' && g.prep !== 'to' && g.prep !== 'against')) return null;
      let k = g.first - 1;
      while (k > 0 && this.lowers[k] !== g.prep && this.toks[k].pos === 'DET') k--;
      return k > 0 && this.lowers[k] === g.prep && STANCE_NOUNS.has(this.lemmas[k - 1]) ? g : null;
    }

    /**
     * The state a territory is handed over or returned to by verb group v (cessions.tsv): the object right after the verb
     * (past "over" or "back") is a territory ("Hong Kong", a town, "the Bakassi peninsula"), and "to" and a state follow
     * (maybe after "over" or "back": "handed over Hong Kong to China", "handed Macau back to China"); else null.
     */
    cededTo(v: number): ActorGroup<ActorMention> | null {
      const vg = this.p.verbs[v];
      if (!CESSION_VERBS.has(vg.lemma)) return null;
      let k = vg.last;
      if (k < this.n && (this.lowers[k] === 'over' || this.lowers[k] === 'back')) k++;
      while (k < this.n && this.toks[k].pos === 'DET') k++;
      if (k >= this.n) return null;
      let end = -1;
      const og = this.p.groupAt[k];
      if (og >= 0) {
        const g = this.p.groups[og];
        if (townsOnly(g) || g.mentions.every((x) => CESSION_TERRITORIES.has(x.code.toLowerCase()))) end = g.last;
        // (a state's name before a territory noun: "the Panama Canal")
        else if (g.last < this.n && (CESSION_NOUNS.has(this.lemmas[g.last]) || CESSION_NOUNS.has(this.lowers[g.last]))) end = g.last + 1;
      } else {
        for (let j = k; j < this.n && j - k <= 4 && this.p.groupAt[j] < 0 && (this.toks[j].pos === 'PROPN' || this.toks[j].pos === 'NOUN' || this.toks[j].pos === 'ADJ'); j++) {
          if (CESSION_NOUNS.has(this.lemmas[j]) || CESSION_NOUNS.has(this.lowers[j])) end = j + 1;
        }
      }
      if (end < 0) return null;
      if (end < this.n && (this.lowers[end] === 'back' || this.lowers[end] === 'over')) end++;
      if (end >= this.n || this.lowers[end] !== 'to') return null;
      const ti = this.groupFrom(end + 1);
      if (ti < 0) return null;
      const t = this.p.groups[ti];
      return t.prep === 'to' && t.mentions.every((x) => isStateActor(countryOf(x.code)) && !CESSION_TERRITORIES.has(x.code.toLowerCase())) ? t : null;
    }

    /** The actor group at token i, or right after an article there ("by the United States"): its index, or -1. */
    groupFrom(i: number): number {
      if (i >= this.n) return -1;
      if (this.p.groupAt[i] >= 0) return this.p.groupAt[i];
      return this.toks[i].pos === 'DET' && i + 1 < this.n ? this.p.groupAt[i + 1] : -1;
    }

    /** Whether group g follows "along with" or "together with" ("along with Russia"). */
    companion(g: ActorGroup<ActorMention>): boolean {
      for (let i = g.first - 1; i >= 1 && i >= g.first - 3; i--) if (this.lowers[i] === 'with') return this.lowers[i - 1] === 'along' || this.lowers[i - 1] === 'together';
      return false;
    }

    /**
     * Whether the object at token i is "it", "this" or "that", or "the|this|that|such" and a noun (maybe after adjectives)
     * that ends the clause or comes before a comma, a conjunction or a preposition: a reference back to an act ("condemned the move").
     */
    anaphoricObject(i: number): boolean {
      if (i >= this.n) return false;
      const w = this.lowers[i];
      if ((w === 'it' || w === 'this' || w === 'that' || w === 'them') && this.toks[i].pos === 'PRON') return i + 1 >= this.n || this.toks[i + 1].pos === 'PUNCT' || this.toks[i + 1].pos === 'ADP' || this.toks[i + 1].pos === 'ADV';
      if (w !== 'the' && w !== 'this' && w !== 'that' && w !== 'such') return false;
      let k = i + 1;
      while (k < this.n && k - i <= 3 && this.toks[k].pos === 'ADJ') k++;
      if (k >= this.n || this.toks[k].pos !== 'NOUN' || this.p.groupAt[k] >= 0) return false;
      // (a noun that names an act, not a party: "backs the government" names the party it backs)
      const w2 = this.lowers[k], l2 = this.lemmas[k];
      // (or a proposal that was made: "offered to swap prisoners, and the United States rejected the proposal")
      if (!(ACT_NOUNS.has(w2) || ACT_NOUN_VERBS.has(w2) || PROPOSAL_NOUNS.has(l2) || verbs.verbs.has(l2) || verbs.nouns.has(l2) || ACT_SUFFIX.test(w2))) return false;
      const nx = k + 1 < this.n ? this.toks[k + 1] : null;
      return nx === null || nx.pos === 'PUNCT' || nx.pos === 'CCONJ' || (nx.pos === 'ADP' && nx.lower !== 'of' && nx.lower !== 'by');
    }

    /**
     * The doers of the act coded last in a clause before verb group v's when v's clause is coordinated to it ("and", "but"):
     * the sources of that verb's events not of a state of `sources`, or null.
     */
    answeredDoer(v: number, sources: Party[], object: number): Party[] | null {
      const vg = this.p.verbs[v];
      const opener = this.p.clauses[vg.clause].opener;
      // "Iran tested a ballistic missile on Sunday. The United States condemned the test.": a reaction to a definite noun
      // in the sentence's first clause answers the actor that opened the sentence before (not named here: no span)
      // (the noun names that act: its verb's stem, "tested … the test", "annexed … the annexation", or a word for any act,
      // "the move", "the decision", when that verb is no verb of saying)
      // ("Iran tested a ballistic missile on Sunday. The United States condemned it.": "it" answers that actor when its verb
      // is a finite form of a pattern's verb, an act, and no verb of saying)
      const it = this.lowers[object] === 'it' && this.toks[object].pos === 'PRON';
      if (opener === null && this.before !== null && (this.toks[object].pos === 'DET' || it) && !sources.some((y) => countryOf(y.code) === countryOf(this.before!.mention.code))) {
        let k = object + 1;
        while (k < this.n && this.toks[k].pos === 'ADJ') k++;
        const noun = it ? '' : this.lowers[k] ?? '';
        const verb = this.before.verb;
        if ((noun.length >= 4 && verb.slice(0, 4) === noun.slice(0, 4)) || ((ACT_NOUNS.has(noun) || namesActOf(noun, verb)) && !SAYING_FORMS.has(verb)) ||
          (it && !SAYING_FORMS.has(verb) && finiteStem(verb) !== null)) {
          const x = this.before.mention;
          return [{ code: x.code, span: null, name: x.name, confidence: 0.7 }];
        }
        return null;
      }
      if (opener !== 'and' && opener !== 'but') return null;
      for (let k = v - 1; k >= 0; k--) {
        if (this.p.verbs[k].clause >= vg.clause) continue;
        const r = this.verbEvents.get(k);
        if (!r) continue;
        // ("North Korea test-fired a missile, and Japan condemned it": an act coded with no target is still done by its subject)
        if (r.from >= r.to) {
          const c = this.cues[r.cue];
          if (!c || c.source === null || c.negated || c.modality !== 'asserted' || sources.some((y) => countryOf(y.code) === countryOf(c.source!))) return null;
          const mn = this.mentions.find((x) => x.code === c.source && x.first < this.p.verbs[k].first);
          return mn ? [{ code: mn.code, span: { start: mn.start, end: mn.end }, name: mn.name, confidence: 0.8 }] : null;
        }
        const out: Party[] = [];
        for (let e = r.from; e < r.to; e++) {
          if (this.dropped.has(e)) continue;
          const x = this.events[e];
          if (x.negated || x.modality !== 'asserted' || out.some((y) => y.code === x.source) || sources.some((y) => countryOf(y.code) === countryOf(x.source))) continue;
          out.push({ code: x.source, span: x.sourceSpan ?? null, name: x.sourceName ?? x.source, confidence: 0.8 });
          // ("Obama met Rouhani in New York, and Netanyahu criticised the meeting": a meeting, deal or cooperation is both
          // parties' act)
          if (mutualAct(x.code) && !out.some((y) => y.code === x.target) && !sources.some((y) => countryOf(y.code) === countryOf(x.target)))
            out.push({ code: x.target, span: x.targetSpan ?? null, name: x.targetName ?? x.target, confidence: 0.8 });
        }
        return out.length ? out : null;
      }
      return null;
    }

    /** Whether group g follows "with the help|support|backing|assistance|aid of" or "thanks to" (past determiners and adjectives). */
    helperOf(g: ActorGroup<ActorMention>): boolean {
      let i = g.first - 1;
      while (i > 0 && (this.toks[i].pos === 'DET' || this.toks[i].pos === 'ADJ')) i--;
      if (this.lowers[i] === 'to') return i > 0 && this.lowers[i - 1] === 'thanks';
      if (this.lowers[i] !== 'of' || i < 2 || !HELP_NOUNS.has(this.lowers[i - 1])) return false;
      const w = this.lowers[i - 2] === 'the' ? i - 3 : i - 2;
      return w >= 0 && this.lowers[w] === 'with';
    }

    /** Whether a verb or a preposition other than "as" or "of" stands in [a, b): what follows is no name given ("considering joining talks on the threat"). */
    notNamed(a: number, b: number): boolean {
      for (let i = a; i < b; i++) if (this.p.verbAt[i] >= 0 || (this.toks[i].pos === 'ADP' && this.lowers[i] !== 'as' && this.lowers[i] !== 'of')) return true;
      return false;
    }

    /**
     * Whether verb group v, of warning, has an actor group as its object and the verb after it is the warner's own act
     * to come: "will" or "would" with a pronoun subject after the object (`tellerOf`: "warned Pakistan that it would
     * respond"). Not "must" or "should" (a demand of the one warned).
     */
    warnedOfOwnAct(v: number): boolean {
      const vg = this.p.verbs[v];
      const next = this.p.verbs[v + 1];
      if (!next || !(next.modals.includes('will') || next.modals.includes('would'))) return false;
      const g = this.p.groups.find((x) => this.objectRightAfter(vg, x));
      return g !== undefined && this.tellerOf(v + 1, g) === v;
    }

    /** Whether actor group g is verb group vg's object: right after it, or after a determiner. */
    objectRightAfter(vg: VerbGroup, g: ActorGroup<ActorMention>): boolean {
      return g.prep === null && (g.first === vg.last || (g.first === vg.last + 1 && this.toks[vg.last].pos === 'DET'));
    }

    /** "…, a charge Islamabad denies": the closing verb's clause opens with a charge it answers, so it reports nothing. */
    chargeDenied(vg: VerbGroup): boolean {
      let i = this.p.clauses[vg.clause].first;
      while (i < vg.first && this.toks[i].pos === 'PUNCT') i++;
      if (i < vg.first && this.toks[i].pos === 'DET') i++;
      return i + 1 < vg.first && CHARGE_NOUNS.has(this.lemmas[i]);
    }

    /** Only adverbs, time words, places and punctuation from token i to the sentence's end (a reporting verb with no object). */
    afterReport(i: number): boolean {
      for (; i < this.n; i++) {
        const t = this.toks[i];
        if (this.p.groupAt[i] >= 0) return false;
        if (t.pos === 'ADV' || t.pos === 'PUNCT' || t.pos === 'PROPN' || t.pos === 'NUM' || TIME_WORDS.has(t.lower) || t.lower === 'in' || t.lower === 'at') continue;
        return false;
      }
      return true;
    }

    /**
     * Whether verb group v is governed by a verb of complements.tsv: the verb right before it, or the governor of an
     * infinitive it is coordinated with ("agreed to free the prisoners and cooperate").
     */
    governed(v: number): boolean {
      const clause = this.p.verbs[v].clause;
      for (let k = v - 1; k >= 0 && this.p.verbs[k].clause === clause; k--) {
        const o = this.p.verbs[k];
        if (complements.governors.has(o.lemma)) return true;
        if (!o.infinitive || !this.coordinatedAfter(o.last, this.p.verbs[k + 1].first)) return false;
      }
      return false;
    }

    /** An "and" or "or" in [a, b). */
    coordinatedAfter(a: number, b: number): boolean {
      for (let i = a; i < b; i++) if (this.lowers[i] === 'and' || this.lowers[i] === 'or') return true;
      return false;
    }

    /**
     * Whether a force pattern with words of its own ("launched strikes", "carried out raids") is followed by what it strikes
     * ("on chemical weapons sites", "against rebel positions", not a date): coordinated subjects then strike it together,
     * not each other, even when no actor is named there ("Iran and Iraq clashed on the border" stays mutual).
     */
    attackedAfter(m: PatternMatch, code: string, limit: number): boolean {
      if (!FORCE_ROOTS.has(rootOf(code)) || m.pattern.words.length === 0 || m.end >= limit) return false;
      // (the preposition may be the pattern's own: "launched attacks against")
      const own = m.positions.length > 0 && m.positions[m.positions.length - 1] === m.end - 1 && this.toks[m.end - 1].pos === 'ADP';
      const at = own ? m.end - 1 : m.end;
      const w = this.lowers[at];
      return (w === 'on' || w === 'against' || w === 'at' || w === 'upon') && !onDate(this.toks, at + 1) &&
        !(at + 2 < limit && ((this.lowers[at + 1] === 'each' && this.lowers[at + 2] === 'other') || (this.lowers[at + 1] === 'one' && this.lowers[at + 2] === 'another')));
    }

    /**
     * Whether coordinated subjects of a bare act of force fight on one side rather than each other: "fought together",
     * "… side by side", "… alongside", "shoulder to shoulder", or "fought in" a war ("Britain and France fought in both
     * world wars" names no enemy). "India and Pakistan fought over Kashmir in 1965" stays mutual.
     */
    foughtTogether(vg: VerbGroup, code: string, limit: number): boolean {
      const at = vg.last;
      if (rootOf(code) !== '19' || at >= limit) return false;
      const w = this.lowers[at];
      if (w === 'together' || w === 'alongside' || (w === 'side' && this.lowers[at + 1] === 'by') || (w === 'shoulder' && this.lowers[at + 1] === 'to')) return true;
      if (w !== 'in') return false;
      // ("in the First World War", "in both world wars", "in the Korean War": up to four words before the war noun; the
      // row "fight war|wars" reaches "wars" past "in", which does not make the war their object)
      for (let i = at + 1; i <= Math.min(limit, at + 5); i++) {
        if (WAR_NOUNS.has(this.lowers[i])) return true;
        if (this.toks[i].pos === 'ADP' || this.toks[i].pos === 'VERB' || this.toks[i].pos === 'PUNCT') return false;
      }
      return false;
    }

    /**
     * The forces of the coordinated states that are the subject of the clause before, for verb group v whose subject, from
     * `left`, is "their" and a noun of armed forces (FORCE_PLURALS: "their troops", "their border guards") in a clause
     * opened by "and" or "but". States get the military sector (INDMIL); other actors stay as they are.
     */
    theirForces(v: number, left: number): Subject | null {
      const vg = this.p.verbs[v];
      const clause = this.p.clauses[vg.clause];
      if ((clause.opener !== 'and' && clause.opener !== 'but') || vg.infinitive || vg.gerund) return null;
      let i = left;
      if (this.lowers[i] === 'and' || this.lowers[i] === 'but') i++;
      if (this.lowers[i] !== 'their' || vg.first - i < 2 || vg.first - i > 4) return null;
      let head = vg.first - 1;
      while (head > i && this.toks[head].pos === 'ADV') head--;
      if (!FORCE_PLURALS.has(this.lowers[head])) return null;
      for (let k = i + 1; k < head; k++) if (this.toks[k].pos !== 'ADJ' && this.toks[k].pos !== 'NOUN') return null;
      for (let k = v - 1; k >= 0; k--) {
        const o = this.p.verbs[k];
        if (o.clause >= vg.clause) continue;
        const s0 = this.subjectOf(k, 4);
        if (!s0 || s0.parties.length < 2 || !s0.group) return null;
        const t = this.toks[head];
        const parties = s0.parties.map((x) => isStateActor(x.code) && x.code.length === 3 ?
          { code: x.code + 'MIL', span: { start: this.toks[i].start, end: t.end }, name: `${x.name} forces`, confidence: 0.8 } : x);
        return { parties, how: 1, group: s0.group };
      }
      return null;
    }

    /**
     * The antecedent of a relative pronoun that is verb group vg's object: vg's clause opens with "which" or "whom", an
     * actor group follows right after it (maybe after "the") and ends right before vg, and the actor group before the
     * pronoun (maybe past a comma) is the antecedent ("Hamas, which Israel regards as …", "Iraq, which the US invaded in
     * 2003"). Not for verbs of speech ("Hamas, which Israel says fired …": the pronoun is the subject of what is said).
     */
    relativeObject(vg: VerbGroup): ActorGroup<ActorMention> | null {
      const clause = this.p.clauses[vg.clause];
      const r = clause.first;
      // (a verb of speech says a clause, but one of accusing names whom before "of" or "for": "Turkey, which Russia accuses of
      // backing jihadists, …")
      if (r < 1 || (this.lowers[r] !== 'which' && this.lowers[r] !== 'whom') || vg.infinitive || vg.gerund || (isSpeechVerb(vg.lemma) && !(this.lowers[vg.last] === 'of' || this.lowers[vg.last] === 'for'))) return null;
      const gi = this.p.groupAt[r + 1] >= 0 ? this.p.groupAt[r + 1] : this.lowers[r + 1] === 'the' ? this.p.groupAt[r + 2] : -1;
      if (gi < 0) return null;
      const subj = this.p.groups[gi];
      if (subj.prep !== null || subj.last !== vg.first) return null;
      const ai = this.lowers[r - 1] === ',' && r >= 2 ? this.p.groupAt[r - 2] : this.p.groupAt[r - 1];
      if (ai < 0 || ai === gi) return null;
      const ante = this.p.groups[ai];
      return ante.prep === null ? ante : null;
    }

    /**
     * Whether an actor object and "in" come in [from, to] (a row's own "in" at `to`: "join in strike"), the "in" followed by a gerund or an article or noun ("joined the
     * United States in imposing sanctions", "… in air strikes against ISIS"): what comes after "in" is what they do together.
     */
    joinedIn(from: number, to: number): boolean {
      for (let i = from + 1; i <= to && i + 1 < this.n; i++) {
        if (this.lowers[i] !== 'in' || this.p.groupAt[i - 1] < 0 || this.p.groups[this.p.groupAt[i - 1]].prep !== null) continue;
        const o = this.p.verbAt[i + 1];
        if ((o >= 0 && this.p.verbs[o].gerund) || this.toks[i + 1].pos === 'DET' || this.toks[i + 1].pos === 'NOUN' || this.toks[i + 1].pos === 'ADJ') return true;
      }
      return false;
    }

    /** Group g names the broker or author of a thing by a hyphenated participle ("an Egyptian-brokered ceasefire", "a UN-drafted plan"). */
    brokered(g: ActorGroup<ActorMention>): boolean {
      return g.last + 1 < this.n && this.lowers[g.last] === '-' && BROKER_PARTICIPLES.has(this.lowers[g.last + 1]);
    }

    /**
     * The actor group whose possessive opens the noun phrase that ends right before token `to` ("Macedonia's bid",
     * "Iran's latest offer"): the noun, up to two nouns or adjectives before it, "'s", and the group. Null otherwise.
     */
    possessorBefore(to: number): ActorGroup<ActorMention> | null {
      let t = to - 1;
      if (t < 2 || this.toks[t].pos !== 'NOUN' || this.p.groupAt[t] >= 0) return null;
      for (let k = 0; k < 3 && t > 1 && !GENITIVE.has(this.lowers[t - 1]); k++) {
        t--;
        if ((this.toks[t].pos !== 'NOUN' && this.toks[t].pos !== 'ADJ') || this.p.groupAt[t] >= 0) return null;
      }
      if (!GENITIVE.has(this.lowers[t - 1])) return null;
      const g = this.p.groupAt[t - 2];
      return g >= 0 && this.p.groups[g].last === t - 1 ? this.p.groups[g] : null;
    }

    /** The first of the groups after the last ", and" or ", but" before token `to` that follows the first group, or null. */
    afterCommaAnd(groups: ActorGroup<ActorMention>[], to: number): ActorGroup<ActorMention> | null {
      for (let i = to - 2; i >= groups[0].last; i--) {
        if (this.lowers[i] !== ',' || (this.lowers[i + 1] !== 'and' && this.lowers[i + 1] !== 'but')) continue;
        return groups.find((g) => g.first > i + 1) ?? null;
      }
      return null;
    }

    /** Whether party x is named as a body that governs ("the Taliban-run government", "Hamas police", "a Houthi court"). */
    governingBody(x: Party): boolean {
      if (!x.span) return false;
      const words = this.s.text.slice(x.span.start - this.s.start, x.span.end - this.s.start).toLowerCase().split(/[^a-z]+/);
      return words.some((w) => GOVERNING_WORDS.has(w));
    }

    /** Whether "of" right before the group at f follows a noun of a leader's mandate (mandates.tsv: "the victory of", "the rule of"). */
    mandateOf(f: number): boolean {
      return f >= 2 && this.lowers[f - 1] === 'of' && MANDATES.has(this.lowers[f - 2]);
    }

    /** Whether "of" before the group at f (past determiners, numbers and adjectives) follows an event noun in a time phrase (framedNoun). */
    framedOf(f: number): boolean {
      let o = f - 1;
      while (o > 0 && (this.toks[o].pos === 'DET' || this.toks[o].pos === 'NUM' || this.toks[o].pos === 'ADJ')) o--;
      return o >= 1 && this.lowers[o] === 'of' && this.toks[o - 1].pos === 'NOUN' && this.framedNoun(o - 1);
    }

    /** Whether a verb group lies wholly between tokens a and b (a < first, last <= b). */
    /**
     * Whether verb group v is "warn" followed right away by a that-clause whose verb says what its subject will suffer
     * ("warned that the kingdom would face divine revenge", "… that Ukraine would pay a heavy price", "… would regret it").
     */
    fateWarned(v: number): boolean {
      const vg = this.p.verbs[v];
      if (vg.lemma !== 'warn') return false;
      const next = this.p.clauses[vg.clause + 1];
      if (!next || next.opener !== 'that' || next.first > vg.last + 1) return false;
      for (let k = v + 1; k < this.p.verbs.length && this.p.verbs[k].clause === vg.clause + 1; k++) {
        const o = this.p.verbs[k];
        if (!FATE_VERBS.has(o.lemma)) continue;
        if (o.lemma === 'regret') return true;
        for (let i = o.last; i < next.last && i <= o.last + 4; i++) if (FATE_NOUNS.has(this.lemmas[i])) return true;
      }
      return false;
    }

    /**
     * The token after the verb of outbreak (and its particle) that follows an event noun or gerund at i in its clause
     * ("clashes erupted", "fighting broke out", "fighting flared up"), or -1.
     */
    outbreakAfter(i: number): number {
      if (i + 1 >= this.n) return -1;
      const t = this.toks[i].pos;
      if (t !== 'NOUN' && t !== 'PROPN' && !(t === 'VERB' && this.lowers[i].endsWith('ing'))) return -1;
      const v = this.p.verbAt[i + 1];
      if (v < 0 || this.p.verbs[v].first !== i + 1 || !OUTBREAK_VERBS.has(this.p.verbs[v].lemma)) return -1;
      const after = this.p.verbs[v].last;
      if (this.p.verbs[v].lemma === 'break' || this.p.verbs[v].lemma === 'flare') return after < this.n && (this.lowers[after] === 'out' || this.lowers[after] === 'up') ? after + 1 : -1;
      return after;
    }

    /**
     * Whether the agreement noun at i follows "under" past its article, adjectives and numbers ("under an agreement
     * with", "under the 1994 accord with", "under the terms of a deal with"): an act done under an existing agreement.
     */
    underExisting(i: number): boolean {
      for (let k = i - 1; k >= 0 && k >= i - 6 && this.p.clauseOf[k] === this.p.clauseOf[i]; k--) {
        if (this.lowers[k] === 'under') return true;
        const pos = this.toks[k].pos;
        if (!(pos === 'DET' || pos === 'ADJ' || pos === 'NUM' || pos === 'PROPN' || pos === 'NOUN' || this.lowers[k] === 'of' || this.lowers[k] === "'s")) return false;
      }
      return false;
    }

    verbBetween(a: number, b: number): boolean {
      for (let i = a + 1; i < b; i++) if (this.p.verbAt[i] >= 0 && this.p.verbs[this.p.verbAt[i]].first > a && this.p.verbs[this.p.verbAt[i]].last <= b) return true;
      return false;
    }

    /**
     * Whether an actor group with no preposition lies in tokens [from, t) and ends right before noun t or before its
     * adjectives and nouns ("a NATO demand", "Washington's offer", "an Egyptian truce proposal"): the noun's author.
     */
    authorBefore(from: number, t: number): boolean {
      let e = t;
      while (e > from && this.p.groupAt[e - 1] < 0 && (this.toks[e - 1].pos === 'ADJ' || this.toks[e - 1].pos === 'NOUN' || GENITIVE.has(this.lowers[e - 1]))) e--;
      const g = e > from ? this.p.groupAt[e - 1] : -1;
      return g >= 0 && this.p.groups[g].prep === null && this.p.groups[g].first >= from;
    }

    /** An "against" group g after a noun of joint effort, for a cooperative code: the common foe, not the partner. */
    cooperationAgainst(g: ActorGroup<ActorMention>, code: string): boolean {
      let t = g.first - 1;
      while (t > 0 && this.toks[t].pos === 'DET') t--;
      return COOPERATION_ROOTS.has(rootOf(code)) && t >= 1 && this.lowers[t] === 'against' && JOINT_EFFORT_NOUNS.has(this.p.lemmas[t - 1]);
    }

    /**
     * Whether group g (after token `from`) is what an act is about: after a topic preposition, directly or down a noun
     * phrase ("talks on Syria", "on the Syrian crisis", "on the future of Syria").
     */
    topicOf(g: ActorGroup<ActorMention>, from: number): boolean {
      if (g.prep !== null && TOPIC_PREPS.has(g.prep)) return true;
      const t = g.prep === 'of' ? this.ofPhrase(g, from) : null;
      return t !== null && TOPIC_PREPS.has(this.lowers[t]);
    }

    /**
     * For an "of" group g: the word that opens the noun phrase it ends, looking back to token `from` past determiners,
     * adjectives, nouns, numbers and "of": a preposition ("on the future of Syria": on), or `from` itself when the phrase
     * starts there ("discussed the future of Syria"); null when anything else comes between.
     */
    ofPhrase(g: ActorGroup<ActorMention>, from: number): number | null {
      for (let t = g.first - 1; t >= from; t--) {
        const w = this.lowers[t];
        if (TOPIC_PREPS.has(w)) return t;
        const p = this.toks[t].pos;
        if (!(w === 'of' || p === 'DET' || p === 'ADJ' || p === 'NOUN' || p === 'NUM')) return null;
      }
      return from;
    }

    /** The lemma of the word before a group's preposition, past determiners ("charges by the State Department": charge). */
    authorNoun(g: ActorGroup<ActorMention>): string | null {
      let t = g.first - 1;
      while (t > 0 && this.toks[t].pos === 'DET') t--;
      return t >= 1 && this.lowers[t] === g.prep ? this.p.lemmas[t - 1] : null;
    }

    /**
     * Whether "by" group g names the doer of an act named by the noun before it, a participle (with a particle) allowed
     * between: "the attack by Hamas", "the claims made by Pakistani officials", "the raid carried out by Turkish jets".
     * The act's object may come between ("the release of two Canadian citizens by China"). (Not when the participle is
     * verb group v itself: "militias backed by Iran" is no reaction to an act of Iran's.)
     */
    actBy(g: ActorGroup<ActorMention>, v: number): boolean {
      let t = g.first - 1;
      while (t > 0 && this.toks[t].pos === 'DET') t--;
      if (t < 1 || this.lowers[t] !== 'by') return false;
      t--;
      if (t > 0 && this.p.verbAt[t] < 0 && this.p.verbAt[t - 1] >= 0 && (this.toks[t].pos === 'ADP' || this.toks[t].pos === 'ADV' || this.toks[t].pos === 'PART')) t--;
      const k = this.p.verbAt[t];
      if (k >= 0) {
        if (k === v || !this.byParticiple(this.p.verbs[k])) return false;
        t = this.p.verbs[k].first - 1;
      }
      // "the release of two Canadian citizens by China": the act's object between the act and its doer
      const o = t >= 0 ? this.p.groupAt[t] : -1;
      if (o >= 0) {
        if (this.p.groups[o].prep !== 'of') return false;
        t = this.p.groups[o].first - 1;
        while (t > 0 && (this.toks[t].pos === 'DET' || this.toks[t].pos === 'NUM' || this.toks[t].pos === 'ADJ')) t--;
        if (this.lowers[t] !== 'of') return false;
        t--;
      }
      return t >= 0 && this.toks[t].pos === 'NOUN' && this.p.groupAt[t] < 0;
    }

    /** A bare participle right after a noun and followed by "by" (a particle may come between): "claims made by", "carried out by". */
    byParticiple(o: ShallowParse<ActorMention>['verbs'][number]): boolean {
      if (!this.bareParticiple(o) || o.first < 1 || this.toks[o.first - 1].pos !== 'NOUN' || this.p.groupAt[o.first - 1] >= 0) return false;
      let t = o.last;
      if (t < this.n && this.lowers[t] !== 'by' && (this.toks[t].pos === 'ADP' || this.toks[t].pos === 'ADV' || this.toks[t].pos === 'PART')) t++;
      return t < this.n && this.lowers[t] === 'by';
    }

    /**
     * The state an international body's peace mission or force named right after g serves ("sent soldiers to the UN
     * peacekeeping mission in Mali", "gave funding to the African Union force in Somalia"): the state's group, or null.
     * (Only for a contribution to it, MISSION_ROOTS: "criticised the UN mission in Mali" is about the mission; and not
     * when the host is the doer's own state.)
     */
    peaceMissionHost(g: ActorGroup<ActorMention>, own: Party[]): ActorGroup<ActorMention> | null {
      if (!g.mentions.every((x) => actors.actor(x.code)?.kind === 'igo')) return null;
      let k = g.last;
      while (k < this.n && k < g.last + 3 && PEACE_MISSION_WORDS.has(this.lowers[k])) k++;
      if (k >= this.n || !MISSION_NOUNS.has(this.lowers[k])) return null;
      const host = this.p.groups.find((x) => x.first > k && x.first <= k + 3 && x.prep === 'in' && x.clause === g.clause);
      // (not the doer's own state: "Cyprus agreed to extend the UN force in Cyprus" is about the force)
      return host && host.mentions.every((x) => isStateActor(x.code) && !own.some((y) => countryOf(y.code) === x.code)) ? host : null;
    }

    /** A state named after a diplomatic mission and "in" ("its embassy in Cuba"). */
    missionHost(g: ActorGroup<ActorMention>): boolean {
      return g.first >= 2 && this.lowers[g.first - 1] === 'in' && MISSIONS.has(this.lowers[g.first - 2]) && g.mentions.every((x) => isStateActor(x.code));
    }

    /**
     * The target of a main verb that found none within the usual gap: the first actor after the verb in its clause,
     * with no verb group, comma or semicolon between, skipping places and the prepositions that name no target
     * (NOT_TARGET), when it is of another country than the source ("delivered six million dollars worth of field
     * hospitals and water purification kits to the Ethiopian health ministry"). Null when there is none.
     */
    fartherObject(v: number, sources: Party[], code: string): Party[] | null {
      const vg = this.p.verbs[v];
      if (this.helpsAgainst(v)) return null;
      const home = countryOf(sources[0].code);
      for (const g of this.p.groups) {
        if (g.first <= vg.last || g.clause !== vg.clause) continue;
        for (let t = vg.last; t < g.first; t++) if (this.lowers[t] === ',' || this.lowers[t] === ';') return null;
        for (let k = v + 1; k < this.p.verbs.length && this.p.verbs[k].first < g.first; k++) if (this.p.verbs[k].first >= vg.last) return null;
        if ((g.prep && (PLACE.has(g.prep) || NOT_TARGET.has(g.prep))) || townsOnly(g)) continue;
        // (nor the party to a deal the act is done under: "… to its southern border under a deal with the United States")
        if (g.prep === 'with' && this.underDeal(g, code, vg.lemma)) return null;
        // (nor the target of the attack that the arrested are suspected of: "detained a suspect in the killing of a Russian diplomat")
        if (this.suspectedAct(v, vg.last, g.first) >= 0) return null;
        // (whom cooperation is against is not its partner: "pledged more support against ISIS")
        if (g.prep === 'against' && this.cooperationAgainst(g, code)) return null;
        // (nor a helper: "retook the dam with the help of American air strikes")
        if ((g.prep === 'of' || g.prep === 'to') && this.helperOf(g)) return null;
        const parties = partiesOf(g);
        return parties.length && parties.every((x) => countryOf(x.code) !== home) ? parties : null;
      }
      return null;
    }

    /**
     * The reporter that an object's "its" or "their" right after match m, or right after the verb before the pattern's
     * noun ("violated its airspace"), refers back to ("The Indian army said Pakistani
     * troops fired at its posts"): the subject of a speech verb before verb group v's subject `sg`, when none of its
     * parties is of a source's state (not "Iran said it had strengthened its defences", nor "fired at their own positions").
     */
    possessiveOwner(v: number, m: PatternMatch, sg: ActorGroup<ActorMention>, sources: Party[]): Party[] | null {
      let i = m.end;
      if (i < this.n && this.toks[i].pos === 'ADP' && !m.positions.length) i++;
      // (or right after the verb, before the pattern's own noun: "said Russian jets had violated its airspace")
      const vl = this.p.verbs[v].last;
      if (m.positions.length && vl < m.positions[0] && (this.lowers[vl] === 'its' || this.lowers[vl] === 'their')) i = vl;
      const pos = this.lowers[i];
      if ((pos !== 'its' && pos !== 'their') || this.lowers[i + 1] === 'own' || this.p.groupAt[i + 1] >= 0) return null;
      const rep = this.reporterBefore(v, sg);
      if (!rep) return null;
      // "their" for a reporter named by a plural noun only ("Indian officials said …"; "Iraq said Iranian troops shelled
      // their positions" is theirs)
      const head = this.toks[rep.last - 1];
      if (pos === 'their' && !(head.pos === 'NOUN' && this.lowers[rep.last - 1] !== this.lemmas[rep.last - 1])) return null;
      return this.foreignParties(rep, sources);
    }

    /**
     * The parties of the main clause's subject when verb group v, in a clause opened by a word of time or reason ("after",
     * "as", "when", "because", "since"), has as object "its" or "their" and a noun of a state's missions or people
     * (OWN_ABROAD: "its embassy", "their diplomats"), and they are of no state of `sources`; else null.
     */
    mainOwner(v: number, m: PatternMatch, sources: Party[]): Party[] | null {
      const vg = this.p.verbs[v];
      // (right after the verb or a preposition, or inside the pattern's own words: "expelled its diplomats")
      let i = vg.last;
      if (i < this.n && this.toks[i].pos === 'ADP') i++;
      if ((this.lowers[i] !== 'its' && this.lowers[i] !== 'their') || !OWN_ABROAD.has(this.lowers[i + 1] ?? '') || i > Math.max(m.end, vg.last + 1)) return null;
      const opener = this.p.clauses[vg.clause].opener;
      if (opener === null || !TIME_REASON_OPENERS.has(opener)) return null;
      for (let k = 0; k < v; k++) {
        if (this.p.clauses[this.p.verbs[k].clause].opener !== null) continue;
        const sub = this.subjectOf(k);
        if (!sub?.group || sub.how !== 0) return null;
        return this.foreignParties(sub.group, sources);
      }
      return null;
    }

    /**
     * The subject of the clause right after verb group v's clause when an opener of `openers` opens it ("… if NATO kept
     * expanding", "… after a Chinese drone flew"): its first actor group with no preposition (or the opener read as one),
     * before the clause's verb, when all its parties are of states other than the sources'; else null.
     */
    conditionParty(v: number, sources: Party[], openers: ReadonlySet<string>): Party[] | null {
      const vg = this.p.verbs[v];
      const next = this.p.clauses[vg.clause + 1];
      if (!next || next.opener === null || !openers.has(next.opener)) return null;
      let nv = next.last;
      for (let k = v + 1; k < this.p.verbs.length; k++) if (this.p.verbs[k].clause === vg.clause + 1) { nv = this.p.verbs[k].first; break; }
      // (the opener may be read as the group's preposition: "as Chinese missiles flew")
      const g = this.p.groups.find((x) => x.clause === vg.clause + 1 && (x.prep === null || (x.prep === next.opener && x.first <= next.first + 2)) && x.last <= nv);
      return g ? this.foreignParties(g, sources) : null;
    }

    /** The subject of the speech verb that reports verb group v, whose subject group is `sg` ("Pakistan's army said Indian troops …"). */
    reporterBefore(v: number, sg: ActorGroup<ActorMention>): ActorGroup<ActorMention> | null {
      for (let k = v - 1; k >= 0; k--) {
        const o = this.p.verbs[k];
        if (o.last > sg.first) continue;
        if (!isSpeechVerb(o.lemma) || o.infinitive || o.gerund) return null;
        const rep = this.subjectOf(k);
        return rep?.group && rep.how === 0 ? rep.group : null;
      }
      return null;
    }

    /** The parties of group g when every one is of a state and none of a source's state, else null. */
    foreignParties(g: ActorGroup<ActorMention>, sources: Party[]): Party[] | null {
      const parties = partiesOf(g);
      const homes = new Set(sources.map((x) => countryOf(x.code)));
      return parties.length && parties.every((x) => countryOf(x.code) !== null && !homes.has(countryOf(x.code))) ? parties : null;
    }

    /**
     * The parties of a meeting's counterpart named in a phrase that opens the sentence and ends at a comma ("In talks with
     * Iran, …", "At a meeting with the Chinese president, …", "During his visit to Tehran, …": MEETING_OPENERS, a noun of
     * MEETING_NOUNS, then "with" or "to" and the group), when verb group v is the first verb after the comma or an
     * infinitive chain from it, and every party is of another state than the doer's.
     */
    frontedCounterpart(v: number, sources: Party[]): Party[] | null {
      if (!MEETING_OPENERS.has(this.lowers[0])) return null;
      let comma = -1;
      for (let i = 1; i < this.n && i <= 12; i++) if (this.lowers[i] === ',') { comma = i; break; }
      if (comma < 0 || this.p.verbs[v].first <= comma) return null;
      let noun = -1;
      for (let i = 1; i < comma; i++) {
        if (this.p.verbAt[i] >= 0) return null;
        if (noun < 0 && MEETING_NOUNS.has(this.lowers[i]) && this.p.groupAt[i] < 0 && (this.lowers[i + 1] === 'with' || this.lowers[i + 1] === 'to')) noun = i + 1;
      }
      if (noun < 0) return null;
      const g = this.p.groups.find((x) => x.first > noun && x.first - noun <= 4 && x.last <= comma);
      if (!g) return null;
      let k = 0;
      while (k < this.p.verbs.length && this.p.verbs[k].first <= comma) k++;
      for (; k < v; k++) if (!this.p.verbs[k + 1].infinitive || this.p.verbs[k + 1].clause !== this.p.verbs[k].clause) return null;
      if (k !== v) return null;
      const home = countryOf(sources[0].code);
      const parties = partiesOf(g);
      return parties.length && parties.every((x) => countryOf(x.code) !== home) ? parties : null;
    }

    /** The group right after a participle of holding (HOLDING_VERBS) and "by" or "in", in verb group v's clause after token `from`. */
    holderAfter(v: number, from: number, holding = HOLDING_VERBS, preps = HOLDER_PREPS): ActorGroup<ActorMention> | null {
      const clause = this.p.verbs[v].clause;
      for (let k = v + 1; k < this.p.verbs.length; k++) {
        const o = this.p.verbs[k];
        if (o.clause !== clause) break;
        if (o.first < from || o.first !== o.head || !holding.has(o.lemma) || this.lowers[o.head] === o.lemma) continue;
        const prep = this.lowers[o.last];
        if (!preps.has(prep)) return null;
        return this.p.groups.find((g) => g.first === o.last + 1 || (g.first === o.last + 2 && this.toks[o.last + 1].pos === 'DET')) ?? null;
      }
      return null;
    }

    /**
     * "Putin received Turkish President Recep Tayyip Erdogan", "Xi received Kim Jong Un in Beijing": a government's
     * people received (the object right after "receive", every party a government's: the title is inside the mention,
     * where no pattern word is read) are hosted (043).
     */
    receivedLeader(v: number): PatternMatch | null {
      const vg = this.p.verbs[v];
      if (vg.lemma !== 'receive' || vg.passive) return null;
      const at = this.toks[vg.last]?.pos === 'DET' ? vg.last + 1 : vg.last;
      const gi = this.p.groupAt[at];
      if (gi === undefined || gi < 0) return null;
      const g = this.p.groups[gi];
      if (!this.objectRightAfter(vg, g) || !g.mentions.every((x) => x.code.length === 6 && x.code.endsWith('GOV'))) return null;
      return { pattern: RECEIVE_LEADER, positions: [], end: vg.last };
    }

    /**
     * "Sudan's military removed President Omar al-Bashir", "Egypt's army ousted President Mohamed Morsi": a verb of ousting
     * (OUSTING) whose object right after it is a leader named as such, and whose subject is a body of the same state other
     * than its government (its army, parliament, opposition), is coercion (170, as the "depose" rows code it). Not the
     * state or its government (a parse that took the wrong subject), nor another state ("wants to oust Assad").
     */
    leaderOusted(v: number): PatternMatch | null {
      const vg = this.p.verbs[v];
      if (!OUSTING.has(vg.lemma) || vg.passive) return null;
      const gi = this.groupFrom(vg.last);
      if (gi < 0) return null;
      const g = this.p.groups[gi];
      if (!this.objectRightAfter(vg, g) || !g.mentions.every((x) => x.via === 'leader')) return null;
      const home = countryOf(g.mentions[0].code);
      const s = this.subjectOf(v);
      if (!s || !s.parties.length || !s.parties.every((x) => countryOf(x.code) === home && x.code.length === 6 && !x.code.endsWith('GOV'))) return null;
      return { pattern: LEADER_OUSTED, positions: [], end: vg.last };
    }

    /** Whether verb group `v` is an event of its own that speaks about the event noun at `i` (ABOUT_ROOTS), with no other verb between them. */
    speaksAbout(v: number, i: number): boolean {
      const head = this.p.verbs[v].head;
      for (let k = head + 1; k < i; k++) if (this.toks[k].pos === 'VERB' || this.toks[k].pos === 'AUX') return false;
      return this.cues.some((c) => c.head === head && ABOUT_ROOTS.has(c.code.slice(0, 2)));
    }

    /**
     * A military subject (every party of sector MIL) moving out of or into a state named right after the verb:
     * "Soviet troops withdrew from Afghanistan", "American troops began leaving Afghanistan" pull back from it (0874),
     * "Turkish troops entered northern Syria" is force against it (190, as "invade"). The state, another than the
     * subject's, is the target; a determiner or adjective may come between.
     * Only then: "withdrew from the contest", a state leaving a body, "entered talks" stay as the rows code them (a
     * bare "withdraw from" row lowered the held-out figures, round 25).
     */
    militaryMove(v: number): PatternMatch | null {
      const vg = this.p.verbs[v];
      const from = vg.lemma === 'withdraw' && vg.last < this.n && this.lowers[vg.last] === 'from';
      const into = this.movedInto(v);
      const arrival = this.arrivedIn(v);
      const out = from || vg.lemma === 'leave';
      if ((!out && !into && !arrival && vg.lemma !== 'enter') || vg.passive) return null;
      let at = from || into || arrival ? vg.last + 1 : vg.last;
      while (at < this.n && at <= vg.last + 2 && (this.toks[at].pos === 'DET' || this.toks[at].pos === 'ADJ') && this.p.groupAt[at] < 0) at++;
      const g = this.p.groups.find((x) => x.clause === vg.clause && x.first === at);
      if (!g || !g.mentions.every((x) => isStateActor(x.code))) return null;
      const subj = this.subjectOf(v);
      // (an armed group's fighters move as troops do: "M23 rebels withdrew from Goma", "rebels crossed into Sierra Leone"; not
      // arriving or leaving, as its envoys do: "FARC negotiators arrived in Havana")
      const fighters = from || into || vg.lemma === 'enter';
      if (!subj || !subj.parties.length || !subj.parties.every((x) => x.code.endsWith('MIL') || (fighters && armedNonState(actors.cameo(x.code))))) return null;
      // (peacekeepers moving in are no force against the state: "Nigerian peacekeepers moved into Monrovia")
      if (into && subj.group && this.lowers.slice(subj.group.first, subj.group.last).some((w) => /^peace-?keep/.test(w))) return null;
      // another state's ("Ukrainian soldiers entered Kherson" moves within its own)
      if (g.mentions.some((x) => subj.parties.some((y) => countryOf(y.code) === countryOf(x.code)))) return null;
      if (from) return { pattern: RETREAT_FROM, positions: [vg.last], end: vg.last + 1 };
      // (an entry with the state's consent is a deployment: "crossed into Sudan under an agreement with Khartoum")
      return { pattern: out ? MILITARY_EXIT : arrival || this.consentOf(g, vg.last) ? MILITARY_ARRIVAL : MILITARY_ENTRY, positions: [], end: vg.last };
    }

    /**
     * Whether the clause of state group g names that state's consent after token from: a consent noun (consent-nouns.tsv)
     * after "under", "at", "with" or "by" and an article, then within a few words an actor of the same state ("under an
     * agreement with Khartoum", "at the invitation of the Malian government").
     */
    consentOf(g: ActorGroup<ActorMention>, from: number): boolean {
      const end = this.p.clauses[g.clause].last;
      for (let i = from; i < end; i++) {
        if (!CONSENT_NOUNS.has(this.lemmas[i])) continue;
        let k = i - 1;
        while (k > from && (this.toks[k].pos === 'DET' || this.toks[k].pos === 'ADJ')) k--;
        if (!CONSENT_PREPS.has(this.lowers[k])) continue;
        const states = new Set(g.mentions.map((x) => countryOf(x.code)));
        return this.p.groups.some((h) => h.first > i && h.first - i <= 5 && h.clause === g.clause && h.mentions.some((x) => states.has(countryOf(x.code))));
      }
      return false;
    }

    /** Whether verb group v is a verb of arriving (arrival-verbs.tsv) right before "in" or "at" ("arrived in", "landed at"). */
    arrivedIn(v: number): boolean {
      const vg = this.p.verbs[v];
      return ARRIVAL_VERBS.has(vg.lemma) && vg.last < this.n && (this.lowers[vg.last] === 'in' || this.lowers[vg.last] === 'at');
    }

    /** Whether verb group v is a verb of moving (entry-verbs.tsv) right before "into" ("crossed into", "rolled into"). */
    movedInto(v: number): boolean {
      const vg = this.p.verbs[v];
      return ENTRY_VERBS.has(vg.lemma) && vg.last < this.n && this.lowers[vg.last] === 'into';
    }

    /**
     * Whether verb group v is the infinitive an appeal or demand right before it asks an actor named between them to do
     * ("urged Iran to …", "called on Maduro to …"; not "asked parliament to …", whose act stays the asker's).
     */
    appealedFor(v: number): boolean {
      const vg = this.p.verbs[v];
      if (!vg.infinitive || v === 0 || this.p.verbs[v - 1].clause !== vg.clause) return false;
      const g0 = this.p.verbs[v - 1];
      const kind = complements.governors.get(g0.lemma);
      return (kind === 'appeal' || kind === 'demand') && this.p.groups.some((g) => g.first >= g0.last && g.last <= vg.first);
    }

    /** The nouns of verb group v's subject, between where its subject may start and the verb (for passive patterns). */
    subjectNouns(v: number): number[] {
      const out: number[] = [];
      // (a sentence's first word may be tagged as a name: "Sanctions were imposed …")
      for (let i = this.subjectLeft(v); i < this.p.verbs[v].first; i++) if ((this.toks[i].pos === 'NOUN' || (this.toks[i].pos === 'PROPN' && this.p.groupAt[i] < 0)) && !this.consumed[i]) out.push(i);
      return out;
    }

    /** Whether "over" follows within a few words after `from` in the clause, and a matter of policy-matters.tsv within four words after it. */
    overPolicy(from: number, last: number): boolean {
      for (let i = from; i < last && i < from + 8; i++) {
        if (this.lowers[i] !== 'over') continue;
        for (let k = i + 1; k < last && k <= i + 4; k++) {
          if (this.p.groupAt[k] >= 0) return false;
          if (POLICY_MATTERS.has(this.lemmas[k]) || POLICY_MATTERS.has(this.lowers[k])) return true;
          const pos = this.toks[k].pos;
          if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'NUM') return false;
        }
        return false;
      }
      return false;
    }

    /** Whether verb group v's subject and the group right after m's last word are each a government, by name or capital, and no weapon follows. */
    retort(v: number, m: PatternMatch): boolean {
      const last = m.positions.length ? m.positions[m.positions.length - 1] : -1;
      if (last < 0 || this.toks[last].pos !== 'ADP') return false;
      const target = this.p.groups.find((g) => g.first > last && g.first - last <= 2);
      const subject = this.subjectOf(v)?.group;
      const governs = (g: ActorGroup<ActorMention> | null | undefined) => !!g && g.mentions.every((x) => x.via === 'capital' || x.code.endsWith('GOV'));
      // (no weapon after it: "fired back at Washington with missiles" is shooting)
      const end = this.p.clauses[this.p.verbs[v].clause].last;
      for (let i = last; i < end; i++) if (FIRED_WEAPONS.has(this.lemmas[i])) return false;
      return governs(target) && governs(subject) && instrumentIn(this.lemmas, this.lowers, last, end) === null;
    }

    /** Whether an actor group of clause c starts at token `from` or within four tokens after it ("from the Kurdish …"). */
    groupNear(from: number, c: number): boolean {
      // (after a preposition, one of its own object: "fought for control of Kobani" has none for "for")
      const afterPrep = from > 0 && this.toks[from - 1].pos === 'ADP';
      for (const g of this.p.groups) {
        if (!(g.first >= from && g.first <= from + 4 && g.clause === c)) continue;
        let own = true;
        for (let i = from; own && afterPrep && i < g.first; i++) if (this.toks[i].pos === 'ADP' || this.p.verbAt[i] >= 0) own = false;
        if (own) return true;
      }
      return false;
    }

    /** Whether "what" opens the words right before the verb at `first`, with only its subject between ("what he called"). */
    whatNaming(first: number): boolean {
      for (let k = first - 1; k >= 0 && k >= first - 5; k--) {
        if (this.lowers[k] === 'what') return true;
        const pos = this.toks[k].pos;
        if (pos !== 'PRON' && pos !== 'PROPN' && pos !== 'NOUN' && pos !== 'DET' && pos !== 'ADJ' && pos !== 'AUX' && pos !== 'ADV' && this.lowers[k] !== "'s") return false;
      }
      return false;
    }

    /** The events of verb group v's pattern. */
    verbPattern(v: number): void {
      const vg = this.p.verbs[v];
      // a word an earlier verb's pattern took is no verb of its own ("bowed to pressure from the EU": no "pressure" demand),
      // unless a verb of its clause before it governs it ("threatened to cut aid", "agreed to free the prisoners and cooperate":
      // the act governed shifts the governor's code, complements.tsv)
      if (this.consumed[vg.head] && !this.governed(v)) return;
      const list = verbs.verbs.get(vg.lemma);
      if (!list && vg.lemma !== 'leave' && !this.movedInto(v) && !this.arrivedIn(v)) return;
      // "a Russian hacking group", "a hacking attack": an -ing word that modifies the noun after it is no act
      if (this.modifierVerb(v)) return;
      // "for what he called its reckless policy", "what Moscow termed a provocation": a verb of naming after "what" names
      // the thing in the speaker's words, it is no call, appeal or act of its own
      if (NAMING_VERBS.has(vg.lemma) && this.whatNaming(vg.first) && !CALL_PARTICLES.has(this.lowers[vg.last] ?? '')) return;
      const clause = this.p.clauses[vg.clause];
      // pattern words may run past an infinitive of purpose ("send forces to fight alongside"), not past the clause
      let m = list ? matchPatterns(list, this.lemmas, this.lowers, vg.head, clause.last, 5, this.skip) : null;
      // "sanctions were imposed on North Korea by the UN", "two Iranian diplomats were expelled by the Netherlands": in the
      // passive, the pattern's first word may be the subject's noun (the longer pattern wins)
      let subjectNoun = -1;
      if (vg.passive && list) {
        const pm = matchPassiveSubject(list, this.lemmas, this.lowers, vg.head, clause.last, this.subjectNouns(v), 5, this.skip);
        if (pm && (!m || pm.words > m.pattern.words.length)) { m = pm.match; subjectNoun = pm.noun; }
      }
      // a "+" row with no actor after its preposition ("retook the town from Islamist rebels", no actor in "Islamist
      // rebels") gives way to the next row that matches, a shorter one ("retake"), whose target is then the object
      // (so does one whose preposition belongs to a verb between it and the word before: "rejected a NATO demand to withdraw
      // its forces from Kosovo" is no demand from Kosovo)
      while (m && subjectNoun < 0 && list && m.pattern.targetAfter >= 0 && (!this.groupNear(m.positions[m.pattern.targetAfter] + 1, vg.clause) || this.verbBetween(m.positions[m.pattern.targetAfter - 1] ?? vg.head, m.positions[m.pattern.targetAfter]))) {
        const m2 = matchPatterns(list.slice(list.indexOf(m.pattern) + 1), this.lemmas, this.lowers, vg.head, clause.last, 5, this.skip);
        if (!m2) break;
        m = m2;
      }
      // "Canada joined the United States in imposing sanctions on Russia", "… in air strikes against ISIS": a "join" row whose
      // words lie past "X in" is the act after "in" (a gerund's doers are the joiner and X, findSubject); "join" keeps its bare row
      if (m && vg.lemma === 'join' && m.pattern.words.length > 0 && list && this.joinedIn(vg.last, m.positions[0])) {
        const bare = list.find((x) => x.words.length === 0);
        m = bare ? { pattern: bare, positions: [], end: vg.last } : null;
      }
      // ("army tanks marched into Slovenia": a military move into a state is no protest march, whatever the verb's bare row)
      // ("Ugandan peacekeepers arrived in Mogadishu": troops arriving are no visit, 042)
      if (!m || (m.pattern.words.length === 0 && this.movedInto(v)) || (m.pattern.code === '042' && this.arrivedIn(v))) m = this.militaryMove(v) ?? m;
      if (!m) m = this.receivedLeader(v);
      // (a leader forced out by a body of his own state, when no row with its words matched: "oust + from" needs "from")
      if (!m || (m.pattern.targetAfter >= 0 && !this.groupNear(m.positions[m.pattern.targetAfter] + 1, vg.clause))) { const o = this.leaderOusted(v); if (o) m = o; }
      if (!m && !(NAMING_VERBS.has(vg.lemma) && list)) return;
      // "called Washington's decision a serious provocation": "call X a Y" names X, it is no telephone call; a naming row
      // of the noun ("call … provocation", 111) codes it wherever the noun is, else nothing
      let naming = false;
      if (NAMING_VERBS.has(vg.lemma) && list && !(m && m.pattern.words.length === 1 && m.positions[0] === vg.last)) {
        const noun = this.namedAs(vg, clause.last);
        if (noun >= 0) {
          // (the noun, or an adjective before it: "called the US a terrorist state")
          let named: VerbPattern | undefined, at = -1;
          for (let k = noun; k > vg.last && !named && (k === noun || this.toks[k].pos === 'ADJ'); k--) {
            named = list.find((x) => x.words.length === 1 && (x.words[0].includes(this.lemmas[k]) || x.words[0].includes(this.lowers[k])));
            at = k;
          }
          if (!named) return;
          m = { pattern: named, positions: [at], end: at + 1 };
          naming = true;
        } else if (m && m.pattern.words.length === 1 && m.positions[0] > vg.last && (m.pattern.code === '111' || m.pattern.code === '051') && this.notNamed(vg.last, m.positions[0])) {
          // a row of a name with no name said ("is considering joining talks on the threat"): the verb's bare row, if any
          const bare = list.find((x) => x.words.length === 0);
          m = bare ? { pattern: bare, positions: [], end: vg.last } : null;
        }
      }
      if (!m) return;
      // "fight the Ebola epidemic", "combat poverty": a conflict verb against a disease, disaster or social ill
      if (troubleObject(m.pattern.code, this.lemmas, this.lowers, this.toks, m.end, clause.last, this.p.groupAt)) return;
      // "beat India in the cricket final": a win in a match or contest is no force
      if (contestAfter(m.pattern.code, this.lemmas, this.lowers, m.end, clause.last, vg.lemma)) return;
      // "India's cricket team defeated Pakistan", "Brazil beat Germany 2-1": a side of a sport before the verb, or a score after it
      if (sportSide(m.pattern.code, this.lemmas, this.lowers, Math.max(clause.first, vg.first - 8), vg.first) || scoreAfter(m.pattern.code, this.lowers, m.end, clause.last)) return;
      // "declared a state of emergency as the hurricane approached": a disaster's emergency is no repression
      if (hazardEmergency(m, this.lemmas, this.lowers, this.toks)) return;
      // an earlier verb's pattern already took these words ("sent … to offer condolences")
      if (m.positions.length && m.positions.every((i) => this.consumed[i])) return;
      // "urged the United States to lift sanctions", "asked Turkey to withdraw its troops": an appeal to X to do
      // something is an appeal for that act (02x, CAMEO's appeals mirror what is appealed for); the words after the
      // infinitive are its own, not the appeal's ("urge … sanctions" is no call for sanctions here)
      const appealFor = naming ? null : this.appealShift(v, m);
      if (appealFor !== null) m = { pattern: m.pattern, positions: [], end: vg.last };
      // "Trump ordered American troops to leave northern Syria": the source's own forces ordered to leave are pulled back, no
      // expulsion (174); the bare order, and "leave" codes the pull-back as "ordered US troops to withdraw" does
      else if (m.pattern.code === '174' && vg.lemma === 'order' && list && this.ownForcesOrdered(v)) {
        const bare = list.find((x) => x.words.length === 0);
        if (bare) m = { pattern: bare, positions: [], end: vg.last };
      }
      for (const i of m.positions) this.consumed[i] = 1;
      this.consumed[vg.head] = 1;
      let code = appealFor ?? m.pattern.code;
      // "Russia warned that Ukraine would pay a heavy price": a warning of what someone will suffer is a threat to them
      if (code === '100' && m.pattern.words.length === 0 && this.fateWarned(v)) code = '130';
      // "clashed over the budget", "clashed with the president over the new tax": a clash over a matter of policy or
      // words (policy-matters.tsv) is a quarrel, disapproval (110), not fighting; coordinated subjects quarrel with each other
      const quarrel = code === '190' && m.pattern.head === 'clash' && this.overPolicy(m.end, clause.last);
      if (quarrel) code = '110';
      // "Tehran fired back at Washington", "the president shot back at his rival": firing back at a government by a
      // government, each named by its capital or as a government or leader, is a retort in words (111), not shooting
      if (code === '193' && this.lowers[vg.head + 1] === 'back' && this.retort(v, m)) code = '111';
      // "Erdogan attacked Germany for its support for terrorists", "attacked Washington for imposing tariffs": an attack for a
      // reason (its, their, a gerund, "what") is one in words, a criticism (111), not force
      if (code === '190' && m.pattern.head === 'attack' && m.pattern.words.length === 0 && !vg.passive && this.attackedFor(vg, clause.last)) code = '111';
      // "a roadside bomb killed three soldiers", "US air strikes destroyed a bridge", "were wounded by a car bomb" / "in a
      // suicide bombing": a weapon or attack as the subject (or the passive's agent) tells the kind of force (instruments.tsv)
      if (code === '190' && appealFor === null) {
        let inst = instrumentIn(this.lemmas, this.lowers, this.subjectLeft(v), vg.first);
        if (!inst && vg.passive && vg.last < clause.last && (this.lowers[vg.last] === 'by' || this.lowers[vg.last] === 'in')) {
          let end = vg.last + 1;
          while (end < clause.last && end - vg.last <= 6 && this.toks[end].pos !== 'ADP' && this.toks[end].pos !== 'PUNCT' && this.p.verbAt[end] < 0) end++;
          inst = instrumentIn(this.lemmas, this.lowers, vg.last + 1, end);
        }
        if (inst) code = inst;
      }
      // "sending a company to Lebanon, its first share of a peacekeeping mission": a deployment for peacekeeping or to
      // monitor a truce is military protection (074), not a show of force (154)
      if (code === '154' && appealFor === null && peacekeeping(this.lemmas, this.lowers, this.subjectLeft(v), this.n)) code = '074';
      // "deployed forty soldiers to Kenya to train its troops", "sent troops to distribute food": a deployment with a
      // cooperative purpose is that cooperation (deploy-purposes.tsv), not a show of force
      if (code === '154' && appealFor === null) {
        for (let k = v + 1; k < this.p.verbs.length; k++) {
          const o = this.p.verbs[k];
          const pc = o.infinitive ? DEPLOY_PURPOSES.get(o.lemma)?.find((x) => x.words.length === 1)?.code : undefined;
          if (pc) { code = pc; break; }
        }
      }
      let a = assertionOf(this.p, v, m.positions.length ? m.positions[0] : vg.last);
      // "agreed to provide" → intent to provide; "threatened to attack" → threat; "refused to meet" → rejection.
      // The governing verb's own event gives way to the shifted one.
      let shift: ShiftKind | undefined;
      // the verb group whose shift it is (the governor), whose assertion the shifted event then takes
      let shiftBy = -1;
      // "agreed to hold joint drills": the act agreed on, whose object does not stop coordinated subjects agreeing with each other
      let agreedOn = false;
      if ((vg.infinitive || vg.gerund) && v > 0 && adjacentComplement(this.toks, this.p.verbs[v - 1].last, vg.first)) {
        const g = this.p.verbs[v - 1];
        shift = complements.governors.get(g.lemma);
        agreedOn = shift !== undefined && AGREEMENT_HEADS.has(g.lemma);
        if (shift === 'appeal' || (g.passive && PASSIVE_EXPECTATIONS.has(g.lemma))) shift = undefined;
        if (!shift && (g.lemma === 'be' || g.copula)) {
          for (let k = vg.first - 1; k >= g.last && k >= vg.first - 3; k--) { shift = complements.governors.get(this.lemmas[k]); if (shift) break; }
          if (shift === 'appeal') shift = undefined;
        }
        if (shift) {
          shiftBy = v - 1;
          const prev = this.verbEvents.get(v - 1);
          if (prev) { for (let e = prev.from; e < prev.to; e++) this.dropped.add(e); this.droppedCues.add(prev.cue); }
        }
      }
      // "expressed willingness to talk", "issued a threat to attack", "announced plans to send": a noun of intent, threat or
      // refusal that a verb of stating puts right before the infinitive shifts it as its verb would
      if (!shift && vg.infinitive && v > 0 && this.p.verbs[v - 1].clause === vg.clause && complements.stating.has(this.p.verbs[v - 1].lemma)) {
        const k = statedNoun(this.toks, this.p.verbs[v - 1].last, vg.first);
        const kind = k >= 0 ? complements.nouns.get(this.lemmas[k]) : undefined;
        if (kind !== undefined) {
          shift = kind;
          shiftBy = v - 1;
          const prev = this.verbEvents.get(v - 1);
          if (prev) { for (let e = prev.from; e < prev.to; e++) this.dropped.add(e); this.droppedCues.add(prev.cue); }
        }
      }
      // "reached an agreement to exchange prisoners", "struck a deal to reopen the border": the act agreed on, an
      // intent of both (as "agreed to"); the agreement's own event gives way
      if (!shift && vg.infinitive && v > 0 && REACH_VERBS.has(this.p.verbs[v - 1].lemma) && vg.first - this.p.verbs[v - 1].last <= 4 && this.p.verbs[v - 1].clause === vg.clause) {
        for (let k = this.p.verbs[v - 1].last; k < vg.first; k++) {
          if (this.p.groupAt[k] < 0 && AGREEMENT_NOUNS.has(this.lemmas[k])) {
            shift = 'intent';
            shiftBy = v - 1;
            agreedOn = true;
            const prev = this.verbEvents.get(v - 1);
            if (prev) { for (let e = prev.from; e < prev.to; e++) this.dropped.add(e); this.droppedCues.add(prev.cue); }
            break;
          }
        }
      }
      // "threatened to retaliate by expelling British diplomats": a gerund of means of a governed infinitive is what is
      // threatened, promised or refused; the infinitive's own event gives way to it
      if (!shift && vg.gerund && v >= 2 && this.lowers[vg.first - 1] === 'by' && this.p.verbs[v - 1].infinitive && this.p.verbs[v - 1].last === vg.first - 1 &&
        adjacentComplement(this.toks, this.p.verbs[v - 2].last, this.p.verbs[v - 1].first)) {
        const kind = complements.governors.get(this.p.verbs[v - 2].lemma);
        if (kind && kind !== 'appeal' && kind !== 'demand') {
          shift = kind;
          shiftBy = v - 2;
          for (const k of [v - 1, v - 2]) {
            const prev = this.verbEvents.get(k);
            if (prev) { for (let e = prev.from; e < prev.to; e++) this.dropped.add(e); this.droppedCues.add(prev.cue); }
          }
        }
      }
      // "the rebels claimed they had attacked the base", "claimed to have kidnapped": a claim of responsibility (015)
      if (!shift) {
        const ci = claimGovernor(this.p, v, this.toks, complements.governors);
        if (ci >= 0) {
          shift = 'claim';
          shiftBy = ci;
          const prev = this.verbEvents.get(ci);
          if (prev) { for (let e = prev.from; e < prev.to; e++) this.dropped.add(e); this.droppedCues.add(prev.cue); }
        }
      }
      // "agreed to withdraw its troops and cooperate with Turkey": the coordinated verb shares the infinitive's governor
      if (!shift) {
        const ci = coordinatedGovernor(this.p, v, this.toks, this.lemmas);
        if (ci >= 0) {
          shift = complements.governors.get(this.p.verbs[ci].lemma);
          if (shift === 'appeal' || shift === 'demand') shift = undefined;
          if (shift) shiftBy = ci;
        }
      }

      const root0 = Number(code.slice(0, 2));
      // "has not ruled out sending more troops", "would not rule out striking Iran": an act not ruled out is threatened (a
      // conflict act) or intended (any other); one ruled out is refused ("ruled out sending weapons to Ukraine"), asserted
      if (!shift && vg.gerund && v > 0 && vg.first >= 2 && this.lowers[vg.first - 1] === 'out' && this.p.verbs[v - 1].lemma === 'rule' &&
        this.p.verbs[v - 1].head === vg.first - 2) {
        shift = this.p.verbs[v - 1].negated ? 'vow' : 'reject';
        // (a refusal with no code of its own keeps the act, not done: "ruled out sending ground troops to Iraq" is no deployment)
        a = shiftCode(shift, code) !== code ? { ...a, negated: false, denied: false, modality: 'asserted' } : { ...a, negated: shift === 'reject', denied: false, modality: shift === 'reject' ? 'intended' : 'hypothetical' };
      }
      if (!shift) shift = announcedShift(this.p, v, code, a);
      // "will not lift that ban", "would not meet their demands": a refusal (12) of the cooperative act, asserted
      // (so is "cannot accept more refugees": present "can", not the "could not" of a failure)
      if (!shift && !a.denied && refusalModal(vg) && root0 >= 3 && root0 <= 8) {
        shift = 'reject';
        a = { ...a, negated: false, modality: 'asserted' };
      }
      const ownOpener = this.p.clauses[vg.clause].opener;
      // a conditional sanction or use of force: "may halt mediation if …", "could strike if …" is a threat (13)
      if (!shift && !vg.negated && !vg.infinitive && root0 >= 16 && root0 <= 20 && ownOpener !== 'if' && ownOpener !== 'unless' &&
        vg.modals.some((x) => x === 'will' || x === 'would' || x === 'may' || x === 'might' || x === 'could' || x === 'shall') &&
        this.p.clauses.some((c, ci) => ci !== vg.clause && (c.opener === 'if' || c.opener === 'unless'))) {
        shift = 'threat';
        a = { ...a, modality: 'asserted' };
      }
      // "Greece warned Turkey that it would defend its rights": a warning to an actor that the warner will act is a threat
      if (!shift && code === '100' && vg.lemma === 'warn' && this.warnedOfOwnAct(v)) code = '130';
      if (shift) {
        const shifted = shiftCode(shift, code);
        // a shifted event is the governor's act ("refused to release" is a refusal made, not a release negated; "threatened
        // to attack" a threat made, not an attack intended): it takes the governor's negation and modality ("did not
        // threaten to", "might agree to"). A shift that leaves the code ("committed to send troops": intent shifts only
        // cooperation) leaves the act's own, intended.
        if (shiftBy >= 0 && shifted !== code) {
          const ga = assertionOf(this.p, shiftBy, this.p.verbs[shiftBy].last);
          a = { ...a, negated: ga.negated, denied: ga.denied, modality: ga.modality };
        }
        code = shifted;
      }
      // "has not ruled out military action against North Korea", "refused to rule out sanctions": not ruling out force or
      // sanctions (a "rule out" threat row, 13x) is threatening them, asserted; "ruled out military action" is the threat negated
      if (appealFor === null && m.pattern.head === 'rule' && m.pattern.words[0]?.includes('out') && rootOf(m.pattern.code) === '13') {
        if (shift === 'reject' || a.negated) { code = m.pattern.code; a = { ...a, negated: false, modality: 'asserted' }; }
        else a = { ...a, negated: true };
        // (the object's words are the threat's, not an event noun of their own: "air strikes on Syria")
        for (let i = vg.last; i < m.end; i++) this.consumed[i] = 1;
      }
      const eventsBefore = this.events.length;
      const verbSpan = { start: this.toks[vg.first].start, end: this.toks[m.end - 1].end };
      let coded = false;
      // "opposed to" / "committed to": a participle with "to" after it is adjectival, not passive
      // "The SDF, backed by the United States, drove …": a participle set off after an actor, with an actor as its agent, is
      // that agent's act on the actor (a passive whose subject is the actor before the comma)
      const appositive = vg.passive ? null : this.appositiveParticiple(vg);
      const passive = appositive !== null || (vg.passive && !(m.positions.length && this.lowers[m.positions[0]] === 'to' && this.agentOf(v) === null));
      // "vowed revenge for the killing … in a drone strike ordered by President Trump": a bare participle after a noun that is
      // no actor, with an actor as its agent, describes that noun (a reduced passive relative): its object is the noun, no party
      // (a reduced passive whose pattern's noun is the noun it describes codes its act: "sanctions imposed by the US on Venezuela")
      // (not when the pattern's words come after the agent: "a ceasefire mediated by Qatar between Israel and Hamas")
      const wordsAfterAgent = m.positions.some((i) => i > vg.last && this.lowers.slice(vg.last, i).includes('by'));
      // "Israel and Hamas agreed to a truce mediated by Qatar": a mediation describing the object of coordinated subjects is
      // the agent's mediation between them
      const sides = code === '045' && (!vg.passive || vg.reduced) && !wordsAfterAgent ? this.mediatedSides(v) : null;
      if (sides) {
        for (const x of sides.agent) this.emit(code, vg.head, verbSpan, [x], sides.parties, a, this.claimFor(v), 0.6);
        return;
      }
      if ((!vg.passive || vg.reduced) && subjectNoun < 0 && this.reducedPassive(vg) && !wordsAfterAgent) {
        if (describesNoun(this.p, v, this.toks)) this.droppedCues.add(this.cues.length);
        this.cues.push({ code, head: vg.head, negated: a.negated, modality: a.modality, coded: false, source: null, at: verbSpan.start, main: isMain(this.p, v) });
        return;
      }
      const subj = appositive ? { parties: partiesOf(appositive), how: 0, group: appositive } : this.subjectOf(v);
      const tgt = this.targetsOf(v, m, passive, subj?.parties);
      // "delivered aid to rebel-held Idlib": a sector named only as the holder of a place (actors.ts, heldPlaceState) is the
      // target of force against the place ("bombed rebel-held Idlib"), not of other acts there, which go to the place
      if (tgt.group && !FORCE_ROOTS.has(rootOf(code)) && this.holderOnly(tgt.group)) {
        const at = tgt.group;
        const next = this.p.groups.find((g) => g.first > at.last && g.first - at.last <= 6 && g.clause === at.clause);
        if (next) tgt.group = next;
      }
      // "handed over Hong Kong to China", "returned Macau to China": a territory handed over or returned to a state is a
      // concession to it (080), not aid (070) nor property returned (0842)
      const cededTo = rootOf(code) === '07' || code.startsWith('084') ? this.cededTo(v) : null;
      if (cededTo) { code = '080'; tgt.group = cededTo; tgt.place = false; }
      // ("Egypt backed the blockade of Qatar": backing harm done to the target is disapproval of it, as round 30's rows have it
      // for sanctions)
      if (tgt.harmed) code = '110';
      // "Bolivia went to the International Court of Justice": a body whose name holds the pattern's word is where the act
      // goes, not its target
      const bodyVenue = tgt.group !== null && m.positions.some((i) => i >= tgt.group!.first && i < tgt.group!.last && this.lowers[i + 1] === 'of' && tgt.group!.mentions.some((x) => x.kind === 'igo'));
      if (bodyVenue) { tgt.group = null; tgt.place = false; }
      // "condemned the launch, calling it a clear violation of UN resolutions": what is named is the object before the name;
      // an actor after it ("of UN resolutions") is part of the name
      // (so is an actor inside the name, after "as" or its article: "whom Riyadh views as an Iranian proxy")
      if (naming && tgt.group && (tgt.group.first > m.positions[0] || this.insideName(tgt.group, m.positions[0]))) { tgt.group = null; tgt.place = false; }
      // "Hamas, which Israel and the United States regard as a terrorist group, …": in a relative clause whose pronoun is the
      // object (an actor subject right after "which"), with no actor after the verb, the antecedent is what it acts on
      if (!tgt.group && !passive) {
        const ante = this.relativeObject(vg);
        if (ante) { tgt.group = ante; tgt.place = false; }
      }
      // "defending their region against ISIS", "agreed to join the fight against ISIS": an actor after "against"
      // is the adversary of support, cooperation or aid (the pattern's own root 01, 02, 04–07, before any shift
      // to intent), not its beneficiary; concessions (08: "halted its operations against Niger", "eased
      // sanctions against Iran") do target it
      if (tgt.group?.prep === 'against' && AGAINST_IS_ADVERSARY.has(m.pattern.code.slice(0, 2))) tgt.group = null;
      // "Britain pulled out of the European Union", "Iraq withdrew from OPEC": a state leaving an international body
      // reduces relations with it (160); troops leaving a country pull back (0874)
      if (code === '0874' && m.pattern.words.length <= 2 && tgt.group && !tgt.place && tgt.group.mentions.every((x) => actors.actor(x.code)?.kind === 'igo') &&
        !(subj?.parties.some((x) => x.code.endsWith('MIL')) ?? false)) code = '160';
      // "called for the release of the journalists held by Iran", "demanded the release of aid workers detained in Yemen":
      // a call or demand for a release (0253, 1053) is addressed to the holder, not to the people held (an appeal to
      // someone named, "urged Qatar to release …", stays theirs)
      if (appealFor === null && (code.startsWith('0253') || code.startsWith('1053'))) {
        const holder = this.holderAfter(v, m.end);
        if (holder) { tgt.group = holder; tgt.place = false; }
      }
      // "shelled villages held by ISIS", "bombed towns controlled by Syrian rebels": force against places named by who holds them
      if (FORCE_ROOTS.has(rootOf(code)) && !tgt.group && appealFor === null) {
        const holder = this.holderAfter(v, m.end, CONTROLLING_VERBS, BY);
        if (holder) { tgt.group = holder; tgt.place = false; }
      }
      // "Nigeria handed over Charles Taylor to Liberia": a named person handed over to another party is judicial cooperation
      // with the receiver (063), not aid to the person
      if (HANDOVER_VERBS.has(vg.lemma) && tgt.group && !tgt.place && (rootOf(code) === '07' || code === '063')) {
        const receiver = this.personReceiver(tgt.group);
        if (receiver) { code = '063'; tgt.group = receiver; }
      }
      // "lodged a complaint with the UN over Israeli air raids": a complaint or accusation lodged with an
      // international organisation is aimed at the party it is about, the organisation is only where it is lodged
      if (rootOf(code) === '11' && tgt.group && !tgt.place && tgt.group.prep === 'to' && tgt.group.mentions.every((x) => actors.actor(x.code)?.kind === 'igo')) {
        const addressee = tgt.group;
        for (const g of this.p.groups) {
          if (g.first < addressee.last || g.clause !== addressee.clause || g.first - addressee.last > MAX_OBJECT_GAP) continue;
          if (g.prep === 'over' || g.prep === 'about' || g.prep === 'against') { tgt.group = g; break; }
        }
      }
      // "Putin and Erdogan discussed Syria": with coordinated subjects, the direct object of a verb of the matter agreed or
      // discussed (mutual-heads.tsv) is that matter, and the subjects act with each other (below);
      // "Putin discussed Syria with Erdogan": the counterpart is the actor after the pattern's "with"
      // ("… discussed the future of Syria": the matter's noun phrase may end in the state)
      if (tgt.group && (tgt.group.prep === null || (tgt.group.prep === 'of' && this.ofPhrase(tgt.group, vg.last) === vg.last)) && !tgt.place && AGREEMENT_HEADS.has(m.pattern.head)) {
        if (subj && subj.parties.length >= 2 && m.pattern.words.length === 0) tgt.group = null;
        else {
          const after = this.p.groups.find((g) => g.clause === vg.clause && this.afterPrep(m, 'with', g));
          if (after && after.first > tgt.group.first) tgt.group = after;
        }
      }
      // "Israel and Hamas agreed to an Egyptian-brokered ceasefire", "agreed to an Egyptian-brokered truce with Hamas": the
      // broker of the matter agreed is no party to the agreement; the parties are the coordinated subjects, or the actor
      // after "with"
      if (tgt.group && !tgt.place && this.brokered(tgt.group)) {
        const withGroup = this.p.groups.find((g) => g.first > tgt.group!.last && g.clause === vg.clause && g.prep === 'with');
        if (withGroup) tgt.group = withGroup;
        else if ((subj?.parties.length ?? 0) >= 2) tgt.group = null;
      }
      // "Turkey and Russia held talks on Syria", "… on the Syrian crisis": with coordinated subjects, a state after a topic
      // preposition is what their reciprocal act (mutual-codes.tsv) is about, and they act with each other (below)
      // (talks, agreements, cooperation: not "launched strikes on Syria", where "on" names the target)
      if (tgt.group && !tgt.place && (subj?.parties.length ?? 0) >= 2 && isReciprocal(code) && TOPIC_ROOTS.has(rootOf(code)) && this.topicOf(tgt.group, vg.last)) tgt.group = null;
      // "India and China met in Moscow": the place after a meeting pattern's "in" is where they meet, no party to it
      // (for one subject the place stays the target: "Kerry met the king in Jeddah" is a visit to Saudi Arabia, below)
      const meetingIn = m.pattern.code === '044' && tgt.group !== null && (subj?.parties.length ?? 0) >= 2 && this.afterPrep(m, 'in', tgt.group);
      if (meetingIn) tgt.group = null;
      // "seized Tikrit", "captured Ramadi": taking a town is occupying territory (192), not confiscation or arrest
      // (so is taking a capital: "the Taliban captured Kabul" is no arrest of Afghanistan)
      if (tgt.group && tgt.group.prep === null && (tgt.place ? townsOnly(tgt.group) : capitalsOnly(tgt.group)) && (code.startsWith('171') || code.startsWith('173') || code === '181')) code = '192';
      let sources: Party[] = [];
      let targets: Party[] = [];
      let conf = 0.85;
      // a force act that may have no doer but an attack or weapon (agentless.tsv), coded to the state where it happens
      const agentless = FORCE_ROOTS.has(rootOf(code)) && !a.negated;
      if (passive) {
        const agent = this.agentOf(v);
        // "a peace deal was signed by Ethiopia and Eritrea" (an agreement verb, mutual-heads.tsv), "a ceasefire was agreed
        // between Israel and Hamas" (any reciprocal act): coordinated agents, or the parties "between" whom it is, with no
        // one else acted on, act with each other ("a coalition joined by Australia, Bahrain, …" is no act among them)
        let mutual: ActorGroup<ActorMention> | null = null;
        if ((isReciprocal(code) || (AGREEMENT_HEADS.has(m.pattern.head) && code.startsWith('03'))) && !subj) {
          if (agent) { if (agent.mentions.length >= 2 && AGREEMENT_HEADS.has(m.pattern.head) && !(tgt.group && !tgt.place)) mutual = agent; }
          else {
            const between = this.p.groups.find((g) => g.clause === vg.clause && g.prep === 'between' && g.mentions.length >= 2);
            // (the subject's noun is then this act's, not an event of its own: "an agreement was signed between …")
            if (between && (!tgt.group || tgt.group === between || tgt.place)) { mutual = between; if (subjectNoun >= 0) this.consumed[subjectNoun] = 1; }
          }
        }
        if (mutual) { sources = partiesOf(mutual); targets = sources; conf = 0.6; }
        // ("an ancient Egyptian vase was returned to the Egyptian government by Britain": a subject whose actor only modifies
        // the thing moved gives way to its recipient after "to")
        else if (agent && subj && tgt.group && !tgt.place && tgt.group.prep === 'to' && subj.group && this.thingOf(subj.group, vg.first)) { sources = partiesOf(agent); targets = partiesOf(tgt.group); }
        else if (agent && subj) { sources = partiesOf(agent); targets = subj.parties; }
        else if (agent && tgt.group && !tgt.place) { sources = partiesOf(agent); targets = partiesOf(tgt.group); conf = 0.6; }
        else if (agent && subjectNoun >= 0) {
          // "aid to the Palestinians was cut by …": the actor attached to the subject's noun, before the verb
          const g = this.p.groups.find((x) => x.first > subjectNoun && x.last <= vg.first && x.prep !== null && x.prep !== 'by' && x.clause === vg.clause);
          // (not the agent's own country: "talks between the Taliban and the US were suspended by Trump" targets the Taliban)
          if (g) { sources = partiesOf(agent); targets = partiesOf(g).filter((x) => !sources.some((y) => countryOf(y.code) === countryOf(x.code))); conf = 0.6; }
        }
        else if (!agent && agentless && vg.last < clause.last && this.lowers[vg.last] === 'by') {
          // "three troops were wounded by a mortar shell at their base in Kirkuk": an attack with no doer is the
          // state's where it happens (agentless.tsv); its victims, or the state itself when they are nobody named
          const at = this.attackNoun(vg.last + 1, Math.min(clause.last, vg.last + 8));
          const where = at >= 0 ? this.placeState(at + 1, clause.last) : null;
          if (where) {
            sources = [where];
            targets = subj && subj.parties.length ? subj.parties : this.agentlessHome(where);
            conf = 0.6;
          }
        }
      } else if (subj && subj.group && townsOnly(subj.group) && agentless && this.attackNoun(this.subjectLeft(v), subj.group.first) >= 0) {
        // "a car bomb in the centre of Kirkuk wounded three troops": the attack's town names the state it is coded to
        sources = subj.parties;
        targets = tgt.group && !tgt.place ? partiesOf(tgt.group) : this.agentlessHome(sources[0]);
        conf = 0.6;
      } else if (!subj && agentless && (this.attackNoun(this.subjectLeft(v), vg.first) >= 0 || this.agentlessBefore(v))) {
        // "a car bomb killed twelve people in Mosul": no doer, the place phrase names the state
        const where = tgt.place && tgt.group ? this.placeState(tgt.group.first, tgt.group.last) : null;
        if (where) { sources = [where]; targets = this.agentlessHome(where); conf = 0.6; }
        else if (tgt.group && !tgt.place) {
          // "a roadside bomb killed four American soldiers in Kandahar", "gunmen abducted a Chinese engineer in northern Kenya":
          // victims named, and a place phrase of the clause after the verb names the state where it happens; "twelve people
          // in Mosul" (one mention holding its place) names it itself
          const own = tgt.group.mentions.length === 1 && this.lowers.slice(tgt.group.first, tgt.group.last).some((w) => PLACE.has(w)) ? countryOf(tgt.group.mentions[0].code) : null;
          // (for a participle after an agentless act, also a place phrase of that act: "blew himself up at a checkpoint in
          // Baghdad, killing eight Iraqi policemen")
          const from = this.agentlessBefore(v) ? this.p.verbs[v - 1].last : vg.last;
          const at = own && isStateActor(own) ? stateParty(own, actors) : this.placePhraseState(from, clause.last, tgt.group);
          if (at) { sources = [at]; targets = partiesOf(tgt.group); conf = 0.6; }
        }
      } else if (subj && !(subj.group && townsOnly(subj.group))) {
        // a town does nothing ("Toronto Comicon returned to the city"); its people or forces do ("Mosul residents")
        sources = subj.parties;
        // a place is a target only when nothing else is, and not for statements, appeals, consultations or support ("talks in Vienna");
        // the actor's own country is one (domestic acts: "imposed a curfew in southeastern Turkey")
        // (a claim of one's own attack, 015 shifted from a force act, keeps that act's place: "claimed they struck towns in X";
        // so does a claim of responsibility for an act there: "claimed responsibility for two bombings in Mogadishu")
        // (a mediation's place is the conflict mediated when it names a state or territory, not a venue: "brokered a truce in
        // Gaza", not "brokered talks in Geneva")
        // (the state hosting a diplomatic mission is its counterpart: "reopened its embassy in Cuba")
        const placeOk = tgt.place && tgt.group && (PLACE_ROOTS.has(rootOf(code)) || (code === '015' && (PLACE_ROOTS.has(rootOf(m.pattern.code)) || (m.pattern.code === '015' && this.lowers.slice(m.end, tgt.group.first).includes('for')))) || this.missionHost(tgt.group) ||
          (code === '045' && tgt.group.mentions.every((x) => x.via !== 'capital' && x.via !== 'place'))) && !(subj.parties.length >= 2 && isReciprocal(code) && !this.attackedAfter(m, code, clause.last)) &&
          // (nor where coordinated actors agree: "India and Japan agreed to deepen ties during a summit in Tokyo" is a venue;
          // "Israel and Hamas agreed to extend the truce in Gaza" is a truce with each other, Gaza where it holds)
          !(subj.parties.length >= 2 && (agreedOn || (AGREEMENT_HEADS.has(m.pattern.head) && code.startsWith('03')))) &&
          // (nor for coordinated subjects exchanging something: "the US and Russia swapped prisoners in Vienna" is a swap with
          // each other, the city is where)
          !(subj.parties.length >= 2 && EXCHANGE_HEADS.has(m.pattern.head) && m.pattern.words.length > 0) &&
          // (not for a participle that only says where the actor is: "Iranian forces fighting in Syria attacked …")
          !(v + 1 < this.p.verbs.length && this.p.verbs[v + 1].clause === vg.clause && this.reducedRelative(vg, this.p.verbs[v + 1]));
        const tg = tgt.place && !placeOk ? null : tgt.group;
        if (tg) {
          targets = partiesOf(tg, tgt.place ? 0.75 : 1);
          // "Turkey imposed a curfew in Istanbul", "Egypt lifted its emergency decree in Sinai": a place of the source's own
          // state is where a domestic act happens, the state acting on itself (as "the Turkish police … in Istanbul" already is)
          // (also a capital or town named as the object of a material act: "would blockade Paris")
          const where = tgt.place || (PLACE_ROOTS.has(rootOf(code)) && tg.mentions.every((x) => x.via === 'capital' || x.via === 'place'));
          if (where) for (const t of targets) if (isStateActor(t.code) && sources.some((x) => x.code === t.code)) t.home = true;
          // "Kenya opened a railway to Nairobi", "the Kenyan government signed a trade deal in Nairobi": cooperation whose only
          // target is a place of the source's own state has no other party and codes nothing
          if (where && (HOMELESS_CODES.has(rootOf(code)) || HOMELESS_CODES.has(code.slice(0, 3))) && targets.every((t) => isStateActor(t.code) && sources.some((x) => countryOf(x.code) === t.code))) targets = [];
        } else if (subj.parties.length >= 2 && this.drillHeld(m, code)) {
          // "India, Japan and the United States held naval exercises": drills held together with no target are military
          // cooperation with each other
          for (const x of subj.parties) this.emit('062', vg.head, verbSpan, [x], subj.parties.filter((y) => y.code !== x.code), a, this.claimFor(v), conf * 0.9);
          coded = true;
        } else if (subj.parties.length >= 2 && (this.eachOtherAfter(vg) || !m.pattern.words.some((w) => w.includes('with') || w.includes('against')) &&
          (meetingIn || ((AGREEMENT_HEADS.has(m.pattern.head) || agreedOn) && (isReciprocal(code) || code.startsWith('03'))) ||
            (EXCHANGE_HEADS.has(m.pattern.head) && m.pattern.words.length > 0) ||
            // (also an act said to be intended: "Saudi Arabia and Iran said they would reopen embassies", 050 shifted to 032)
            ((isReciprocal(code) || (isReciprocal(m.pattern.code) && code.startsWith('03')) || quarrel) && !hasObject(this.toks, m.end, clause.last) && !m.pattern.words.some((w) => w.includes('to')) && !this.attackedAfter(m, code, clause.last) && !this.foughtTogether(vg, code, clause.last))))) {
          // "Iran and Iraq cooperated", "… agreed to a ceasefire": each with the others (so any act done to "each other" or
          // "one another": "Azerbaijan and Armenia accused each other of violating the ceasefire")
          for (const x of subj.parties) {
            const others = subj.parties.filter((y) => y.code !== x.code);
            this.emit(meetingIn ? this.meetingPlace(m, [x], others) ?? code : code, vg.head, verbSpan, [x], others, a, this.claimFor(v), conf * 0.9);
          }
          coded = true;
        }
        if (subj.how === 1) conf *= 0.9;
        if (subj.how === 2) conf *= 0.75;
      }
      // "Saudi Arabia intercepted a ballistic missile fired by Houthi rebels", "Israel shot down a drone launched by Hezbollah":
      // a weapon fired or launched by an actor, with no target of its own, is fired at the one that intercepts it
      if (!targets.length && !coded && vg.reduced) {
        const fired = this.firedAt(v, code);
        if (fired) { sources = fired.sources; targets = fired.targets; conf = 0.6; }
      }
      // "North Korea told South Korea it would cut all communication lines", "Russia punished Ukraine by cutting gas supplies":
      // an act told to an addressee, or the means of an act on an object, with no target of its own is aimed at that actor
      if (sources.length && !targets.length && !coded && !passive && !tgt.group && this.aimedAt.has(v)) {
        const to = partiesOf(this.aimedAt.get(v)!, 0.9).filter((x) => !sources.some((y) => countryOf(y.code) === countryOf(x.code)));
        if (to.length) targets = to;
      }
      // "congratulated Zelensky on his victory and invited him to Paris", "met Trump in Washington and thanked him": the
      // pronoun object of a verb coordinated with one before is that verb's object, not the place named after it nor the
      // source's own state
      if (sources.length && (!targets.length || tgt.place || targets.every((t) => sources.some((x) => countryOf(x.code) === countryOf(t.code)))) && !coded && !passive && appealFor === null) {
        const back = this.coordinatedPronounReferent(v, sources);
        if (back) { targets = back; conf *= 0.9; }
      }
      // "Russia annexed Crimea, and the EU condemned the move", "North Korea fired a missile, and Japan condemned it": a reaction
      // whose object is a pronoun or a definite noun that names no actor, in a clause coordinated after a coded act, answers
      // that act's doer (of another state than the one reacting)
      // (the object may be the pattern's own noun: "rejected the proposal", a "reject … proposal" row)
      const anaphor = !(sources.length && !targets.length && !coded && !passive && !tgt.group && (REACTION_ROOTS.has(rootOf(code)) || REACTION_CODES.has(code))) ? -1 :
        this.anaphoricObject(m.end) ? m.end : m.positions.length > 0 && this.anaphoricObject(vg.last) ? vg.last : -1;
      if (anaphor >= 0) {
        const doer = this.answeredDoer(v, sources, anaphor);
        if (doer) { targets = doer; conf *= 0.8; }
      }
      // (the verb itself may be the matter, "agreed to resign", but not when its pattern is an act of force: "threatened to strike Guam")
      // (not an act someone is called on or asked to do: "called on President Maduro to resign" is no resignation of his, even intended)
      if (sources.length && !targets.length && !coded && !passive && !tgt.group && !this.appealedFor(v) && this.domesticObject(FORCE_ROOTS.has(rootOf(m.pattern.code)) ? vg.last : vg.first, Math.min(clause.last, m.end + MAX_OBJECT_GAP), v)) {
        // "declared a state of emergency", "organised a general strike": no target named, the act is about a
        // domestic matter, and the sentence names no actor of another country: the source's country acts on itself
        const home = domesticTarget(sources, this.mentions.filter((x) => !(this.p.groupAt[x.first] >= 0 && this.ownBorderWith(this.p.groups[this.p.groupAt[x.first]]))), actors);
        if (home) {
          targets = [this.namedHome(home, vg.last)];
          conf *= DOMESTIC_CONFIDENCE;
        }
      }
      if (sources.length && !targets.length && !coded && !passive && !tgt.group && HOME_ROOTS.has(rootOf(code)) && isMain(this.p, v) && this.homeAct(v, clause.last, sources, a)) {
        // "the Kenyan police detained forty people", "Burmese troops shelled the camp": a material act (home-codes.tsv) of a
        // main verb with no target named, in a sentence naming no actor of another country, is the source's country acting on itself
        // (but for who reports it: "…, Thai officials said", "according to Kenyan police")
        const according = accordingTo(this.p)?.group ?? null;
        const home = domesticTarget(sources, this.mentions.filter((x) => !this.reporter(x, vg.clause, according) && !(this.p.groupAt[x.first] >= 0 && this.borderOf(this.p.groups[this.p.groupAt[x.first]]))), actors);
        if (home) {
          targets = [this.namedHome(home, vg.last)];
          conf *= DOMESTIC_CONFIDENCE;
        }
      }
      // "pledged more than forty million euros of new humanitarian assistance for the winter months to the Lebanese government":
      // nothing within the usual gap, the main verb's farther object (less sure)
      if (sources.length && !targets.length && !coded && !passive && subj && isMain(this.p, v) && !bodyVenue) {
        const far = this.fartherObject(v, sources, code);
        if (far) { targets = far; conf *= FAR_OBJECT_CONFIDENCE; }
      }
      // "The Indian army said Pakistani troops fired at its posts": no target named, the object's possessive refers back to
      // the reporter of another state
      // (a place after it is only where: "attacked its soldiers near Gaza")
      if (sources.length && (!targets.length || tgt.place) && !coded && !passive && subj?.group && (!tgt.group || tgt.place)) {
        const owner = this.possessiveOwner(v, m, subj.group, sources);
        if (owner) targets = owner;
      }
      // "Saudi Arabia cut ties with Iran after protesters stormed its embassy in Tehran": "its" mission or people in a clause
      // of time or reason are the main clause subject's
      if (sources.length && (!targets.length || tgt.place) && !coded && !passive) {
        const owner = this.mainOwner(v, m, sources);
        if (owner) targets = owner;
      }
      // "Pakistan's army said Indian troops had violated the ceasefire": a ceasefire violated with no party named is one
      // with the state that reports it
      if (sources.length && !targets.length && !coded && !passive && subj?.group && code === '196') {
        const rep = this.reporterBefore(v, subj.group);
        const parties = rep ? this.foreignParties(rep, sources) : null;
        if (parties && parties.every((x) => isStateActor(countryOf(x.code)))) targets = parties;
      }
      // "Russia threatened to respond if Ukraine received F-16s": a threat with no target in its own clause is aimed at
      // the subject of the condition after it; "Japan scrambled jets after a Chinese drone flew near the Senkakus": so is
      // a show of force at the subject of the "after" or "as" clause it answers
      if (sources.length && !targets.length && !coded && !passive && (rootOf(code) === '13' || rootOf(code) === '15')) {
        const cond = this.conditionParty(v, sources, rootOf(code) === '13' ? CONDITION_OPENERS : ANSWERED_OPENERS);
        if (cond) targets = cond;
      }
      // "In talks with Iran, Russia agreed to supply fuel", "During his visit to Tehran, Putin signed …": no target named
      // in the clause, the counterpart of a meeting named in a phrase that opens the sentence (less sure)
      if (sources.length && !targets.length && !coded && !passive && subj && subj.how <= 1) {
        const met = this.frontedCounterpart(v, sources);
        if (met) { targets = met; conf *= FAR_OBJECT_CONFIDENCE; }
      }
      // "met his Jordanian counterpart in Cairo": a meeting in one side's own country is no meeting at a third location
      // (044) but that side hosting (043), or the other side visiting it (042)
      // (nor does a later rule give the reaction the victim it passed over: "France condemned the attack on Israel")
      if (tgt.victim) targets = targets.filter((t) => !tgt.victim!.mentions.some((x) => x.code === t.code));
      // ("Germany condemned the arrest of Navalny": the state whose own people were arrested; targetsOf's `state`)
      if (tgt.state) targets = targets.map((t) => ({ ...t, code: countryOf(t.code), name: actors.actor(countryOf(t.code))?.name ?? t.name })).filter((t, i, all) => all.findIndex((y) => y.code === t.code) === i);
      if (code === '044' && sources.length && targets.length) code = this.meetingPlace(m, sources, targets) ?? code;
      // "Russia imposed a ban on Turkish tomatoes", "China lifted its ban on Japanese seafood": a ban on a state's goods is an
      // embargo (163), and its lifting eases one (085), not an administrative sanction (172, 081)
      if ((code === '172' || code === '081') && tgt.group && !tgt.place && this.banWord(vg.head, m) && this.goodsOf(tgt.group)) code = code === '172' ? '163' : '085';
      // "Iraqi protesters stormed the US embassy": force used by protesters is a violent protest, a riot (145); so is
      // property they burn or wreck ("set fire to the Saudi embassy", 1712 by others)
      if ((FORCE_ROOTS.has(rootOf(code)) || code === '1712') && !passive && subj?.group && subj.how === 0 && protesters(this.toks, subj.group)) code = '145';
      // "Pakistan secured a $6 billion loan from the IMF", "Ukraine received tanks from Germany": aid got from an actor (a row
      // of aid whose head is a verb of receipt, receipt-heads.tsv) is that actor's aid to the one who gets it
      if (rootOf(code) === '07' && RECEIPT_HEADS.has(m.pattern.head) && !passive && !coded) [sources, targets] = [targets, sources];
      if (sources.length && targets.length) {
        if (a.modality !== 'asserted') conf *= 0.9;
        this.emit(code, vg.head, verbSpan, sources, targets, a, this.claimFor(v), conf);
        coded = true;
      }
      // this verb's own events (not the demand below, which a later shift of this verb must not drop)
      const ownEnd = this.events.length;
      // "X demanded that Y …" / "X said that Y must …": X demands of Y; Y's act is only demanded
      if (!vg.infinitive && v > 0) {
        // "demanded the government work with …": the demanded actor between the demand verb and a bare verb
        // "requested the president send the army": the same with an appeal verb and a base form, an appeal (02x)
        const pv = this.p.verbs[v - 1];
        const pkind = complements.governors.get(pv.lemma);
        const bareAfterObject = pv.clause === vg.clause && !vg.gerund && !finiteIndicative(vg, this.toks, this.p.lemmas) &&
          (pkind === 'demand' || (pkind === 'appeal' && !vg.modals.length && this.lowers[vg.head] === this.p.lemmas[vg.head])) &&
          this.p.groups.some((x) => x.first >= pv.last && x.last <= vg.first && x.prep === null);
        const gi = bareAfterObject ? v - 1 : governorOf(this.p, v);
        const g = gi >= 0 ? this.p.verbs[gi] : null;
        const opener = this.p.clauses[vg.clause].opener;
        // "repeated its demand that Israel ease …", "rejected the call that Y withdraw": a demand noun's that-clause
        const noun = opener === 'that' && !finiteIndicative(vg, this.toks, this.p.lemmas) ? demandNoun(this.toks, this.p.clauses[vg.clause].first) : null;
        if (g && (g.clause < vg.clause || bareAfterObject) && (opener === 'that' || opener === null || opener === ',') &&
          (noun !== null || ((complements.governors.get(g.lemma) === 'demand' || (bareAfterObject && pkind === 'appeal')) && !finiteIndicative(vg, this.toks, this.p.lemmas)) || (isSpeechVerb(g.lemma) && (vg.modals.includes('must') || vg.modals.includes('should'))))) {
          // a demand noun is its author's only when the subject owns it ("its demand"), not "rejected the demand"
          const demander = noun === null || noun.own ? this.subjectOf(gi) : null;
          const demanded = subj && !passive ? subj.parties : null;
          for (let e = eventsBefore; e < this.events.length; e++) this.events[e].modality = 'hypothetical';
          if (demander && demanded) {
            const prev = this.verbEvents.get(gi);
            if (prev) { for (let e = prev.from; e < prev.to; e++) this.dropped.add(e); this.droppedCues.add(prev.cue); }
            const dcode = complements.shift((bareAfterObject && pkind === 'appeal') || noun?.kind === 'appeal' ? 'appeal' : 'demand', code);
            const span = { start: this.toks[g.first].start, end: this.toks[g.last - 1].end };
            this.emit(dcode, g.head, span, demander.parties, demanded, { negated: g.negated, denied: false, modality: 'asserted' }, null, 0.7);
            this.cues.push({ code: dcode, head: g.head, negated: g.negated, modality: 'asserted', coded: true, source: demander.parties[0]?.code ?? null, at: span.start, main: isMain(this.p, gi) });
          }
        }
      }
      // "a militia capable of launching rocket attacks", "missiles able to strike Israel": a capability, not an act
      if (coded && capability(this.toks, vg)) {
        for (let e = eventsBefore; e < ownEnd; e++) this.dropped.add(e);
        coded = false;
      }
      this.verbEvents.set(v, { from: eventsBefore, to: ownEnd, cue: this.cues.length });
      // "Russia-backed militias", "jets backed by Russia bombed …": a description, not the sentence's act
      if (!coded && describesNoun(this.p, v, this.toks)) this.droppedCues.add(this.cues.length);
      this.cues.push({ code, head: vg.head, negated: a.negated, modality: a.modality, coded, source: sources[0]?.code ?? subj?.parties[0]?.code ?? null, at: verbSpan.start, main: isMain(this.p, v) });
    }

    // A fronted report with an accusing or complaining reporter ("The army is shelling villages, the rebels charged on
    // Monday"): the reporter (fronted.tsv) accuses the subject of the report. The reporting verb is the sentence's last,
    // opens its own clause after the report, and has no object (only time words or adverbs after it).
    frontedReport(): void {
      const v = this.closingVerb();
      if (v >= 0) {
        const vg = this.p.verbs[v];
        const fcode = FRONTED.get(vg.lemma)?.find((x) => x.words.length === 1)?.code;
        const cl = this.p.clauses[vg.clause];
        if (fcode && !vg.negated && (cl.opener === ',' || cl.opener === 'quote')) {
          const subj = this.subjectOf(v);
          let report: ActorGroup<ActorMention> | null = null;
          for (const g of this.p.groups) { if (g.clause === 0 && g.prep === null && g.last <= this.p.verbs[0].first) { report = g; break; } }
          if (subj && subj.how === 0 && report && this.p.verbs[0].clause === 0 && !this.events.some((e) => e.verbSpan?.start === this.toks[vg.first].start)) {
            const span = { start: this.toks[vg.first].start, end: this.toks[vg.last - 1].end };
            const before = this.events.length;
            this.emit(fcode, vg.head, span, subj.parties, partiesOf(report), { negated: false, denied: false, modality: 'asserted' }, null, 0.7);
            if (this.events.length > before) {
              const c = this.cues.find((x) => x.head === vg.head);
              if (c) { c.code = fcode; c.coded = true; c.source = subj.parties[0]?.code ?? null; c.at = span.start; }
              else this.cues.push({ code: fcode, head: vg.head, negated: false, modality: 'asserted', coded: true, source: subj.parties[0]?.code ?? null, at: span.start, main: isMain(this.p, v) });
            }
          }
        }
      }
    }

    // Comparative ellipsis: "… keeping him in office as they did for Bashar al-Assad". A clause
    // opened by "as"/"like" whose verb is a bare do/did/done followed by with|for|to and an actor
    // repeats the nearest earlier verb pattern (coded or not) with that actor as the target; the
    // source is the clause's own subject when it names an actor, else the earlier event's source or
    // the main clause's subject. The comparison presents the earlier act as fact: asserted.
    comparativeEllipsis(): void {
      for (let v = 1; v < this.p.verbs.length; v++) {
        const vg = this.p.verbs[v];
        const cl = this.p.clauses[vg.clause];
        if (vg.lemma !== 'do' || vg.negated || (cl.opener !== 'as' && cl.opener !== 'like')) continue;
        const prep = vg.last;
        if (prep + 1 >= this.n || (this.lowers[prep] !== 'with' && this.lowers[prep] !== 'for' && this.lowers[prep] !== 'to')) continue;
        const gi = this.p.groupAt[prep + 1];
        if (gi < 0) continue;
        let ante: Cue | null = null;
        for (const c of this.cues) if (c.head < cl.first && (!ante || c.head > ante.head)) ante = c;
        if (!ante) continue;
        const own = this.subjectOf(v);
        let sources: Party[] = own?.how === 0 ? own.parties : [];
        if (!sources.length) {
          const e = this.events.find((x) => x.source === ante!.source && x.verbSpan?.start === ante!.at && x.sourceSpan);
          if (e?.sourceSpan) sources = [{ code: e.source, name: e.sourceName ?? e.source, span: e.sourceSpan, confidence: 0.9 }];
        }
        if (!sources.length) { const m = this.subjectOf(0); if (m) sources = m.parties; }
        const targets = partiesOf(this.p.groups[gi]).filter((t) => sources.every((x) => x.code !== t.code));
        if (!sources.length || !targets.length) continue;
        const span = { start: this.toks[vg.first].start, end: this.toks[prep].end };
        this.emit(ante.code, vg.head, span, sources, targets, { negated: false, denied: false, modality: 'asserted' }, this.claimFor(v), 0.6);
        this.cues.push({ code: ante.code, head: vg.head, negated: false, modality: 'asserted', coded: true, source: sources[0].code, at: span.start, main: false });
      }
    }

    // "X said/declared (that) Y must …" with Y's act uncoded: X demands of Y (100)
    mustDemands(): void {
      for (let v = 1; v < this.p.verbs.length; v++) {
        const vg = this.p.verbs[v];
        const gi = demandingSpeech(this.p, v);
        if (gi < 0) continue;
        const demanded = this.subjectOf(v);
        const demander = this.subjectOf(gi);
        const g = this.p.verbs[gi];
        const span = { start: this.toks[g.first].start, end: this.toks[g.last - 1].end };
        if (!demanded || !demander || demanded.how !== 0) {
          // uncoded, the demand still tells what kind of statement it is ("the bishop said the government must act")
          if (vg.modals.includes('must') && !this.cues.some((c) => c.head === g.head)) this.cues.push({ code: '100', head: g.head, negated: false, modality: 'asserted', coded: false, source: demander?.parties[0]?.code ?? null, at: span.start, main: isMain(this.p, gi) });
          continue;
        }
        if (this.events.some((e) => e.verbSpan?.start === span.start && e.code.startsWith('10'))) continue;
        this.emit('100', g.head, span, demander.parties, demanded.parties, { negated: false, denied: false, modality: 'asserted' }, null, 0.65);
        this.cues.push({ code: '100', head: g.head, negated: false, modality: 'asserted', coded: true, source: demander.parties[0]?.code ?? null, at: span.start, main: isMain(this.p, gi) });
      }
    }

    /**
     * Whether the event noun at i, with its article and modifiers, follows a preposition of time ("after the invasion of",
     * "since the attack on") or "of" after a noun of hazard ("the risk of a war with", "fears of an attack on").
     */
    framedNoun(i: number): boolean {
      let k = i - 1;
      while (k >= 0 && this.p.groupAt[k] < 0 && (this.toks[k].pos === 'DET' || this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'NOUN' || this.toks[k].pos === 'NUM' || POSSESSIVES.has(this.lowers[k]) ||
        // (an -ing modifier: "over a hacking attack on"; a possessive name no actor holds: "to Sofia's expulsion of")
        (this.toks[k].pos === 'VERB' && k === i - 1 && this.lowers[k].endsWith('ing')) || GENITIVE.has(this.lowers[k]) || (this.toks[k].pos === 'PROPN' && GENITIVE.has(this.lowers[k + 1])))) k--;
      if (k < 0) return false;
      if (TIME_PREPS.has(this.lowers[k]) || REASON_PREPS.has(this.lowers[k])) return true;
      // "because of its support for …"
      if (this.lowers[k] === 'of' && k > 0 && this.lowers[k - 1] === 'because') return true;
      // "expelled Bulgarian diplomats in response to the expulsion of Russian diplomats", "in retaliation for the seizure of
      // Iranian oil": what is answered is the other side's act
      if (k > 0 && ((this.lowers[k] === 'to' && ANSWER_TO.has(this.lowers[k - 1])) || (this.lowers[k] === 'for' && ANSWER_FOR.has(this.lowers[k - 1])))) return true;
      return this.lowers[k] === 'of' && k > 0 && RISKS.has(this.lemmas[k - 1]);
    }

    /**
     * "North Korea fired two missiles, prompting condemnation from Japan", "Russia annexed Crimea, drawing sanctions from the
     * EU", "Iran drew criticism from France": a verb of drawing (draw-verbs.tsv), a reaction noun (reactions.tsv) within a few
     * words (determiners, adjectives), then "from" and an actor: that actor reacts to the drawing verb's subject (for a
     * participle after a comma, the subject of the verb before), with the noun's code.
     */
    reactionsDrawn(): void {
      for (let v = 0; v < this.p.verbs.length; v++) {
        const vg = this.p.verbs[v];
        if (!DRAW_VERBS.has(vg.lemma) || vg.passive || vg.infinitive) continue;
        let k = vg.last;
        while (k < this.n && k - vg.last < 3 && this.p.groupAt[k] < 0 && (this.toks[k].pos === 'DET' || this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'ADV')) k++;
        if (k + 2 >= this.n || this.consumed[k] || this.p.groupAt[k] >= 0) continue;
        const code = (REACTIONS.get(this.lowers[k]) ?? REACTIONS.get(this.lemmas[k]))?.find((x) => x.words.length === 1)?.code;
        if (code === undefined) continue;
        // ("threats of revenge from Iran": what the reaction is of may come between)
        const f = this.lowers[k + 1] === 'of' && this.toks[k + 2]?.pos === 'NOUN' && this.p.groupAt[k + 2] < 0 ? k + 3 : k + 1;
        if (this.lowers[f] !== 'from') continue;
        const g = this.p.groups.find((x) => x.prep === 'from' && (x.first === f + 1 || (x.first === f + 2 && this.toks[f + 1].pos === 'DET')));
        if (!g) continue;
        const subj = this.subjectOf(v);
        if (!subj || !subj.parties.length) continue;
        const sources = partiesOf(g);
        const targets = subj.parties.filter((x) => !sources.some((y) => y.code === x.code));
        if (!targets.length) continue;
        this.consumed[k] = 1;
        const a = assertionOf(this.p, v, k);
        const span = { start: this.toks[k].start, end: this.toks[k].end };
        this.emit(code, k, span, sources, targets, a, null, 0.6);
        this.cues.push({ code, head: k, negated: a.negated, modality: a.modality, coded: true, source: sources[0].code, at: span.start, main: false });
      }
    }

    // Noun patterns: "air strikes on", "cooperation between", "contact between"
    nounPatterns(): void {
      // (a word of an earlier noun's match is no event noun of its own: "strikes" in "air strikes on")
      const covered = new Set<number>();
      const outbreaks = anyLemmaIn(this.lemmas, OUTBREAK_VERBS);
      for (let i = 0; i < this.n; i++) {
        // "Clashes erupted between Indian and Chinese troops", "Heavy fighting broke out between …": an event noun (or a
        // gerund wink takes for a verb, or a capitalised first word it takes for a name) whose clause goes on with a verb
        // of outbreak names its parties after that verb
        const outbreak = outbreaks ? this.outbreakAfter(i) : -1;
        // (a gerund's own verb pattern, coded with no doer, gives way: "Fighting broke out between …")
        if ((this.consumed[i] && !(outbreak >= 0 && !this.cues.some((c) => c.head === i && c.coded))) || covered.has(i) || this.p.groupAt[i] >= 0 || (this.p.verbAt[i] >= 0 && outbreak < 0)) continue;
        const list = outbreak >= 0 ? verbs.nouns.get(this.lowers[i]) ?? verbs.nouns.get(this.lemmas[i]) ?? verbs.nouns.get(this.lowers[i].replace(/e?s$/, '')) : verbs.nouns.get(this.lemmas[i]);
        if (!list) continue;
        // (an adjective between an article and a preposition is the noun: "an offensive by Turkey against the YPG")
        if (this.toks[i].pos !== 'NOUN' && this.toks[i].pos !== 'PROPN' && this.toks[i].pos !== 'VERB' &&
          !(this.toks[i].pos === 'ADJ' && i > 0 && ARTICLES.has(this.lowers[i - 1]) && this.toks[i + 1]?.pos === 'ADP')) continue;
        // "its military cooperation agreement with Ukraine": an event noun that modifies an agreement noun names its kind
        if (i + 1 < this.n && AGREEMENT_NOUNS.has(this.lemmas[i + 1])) continue;
        const clauseLast = this.p.clauses[this.p.clauseOf[i]].last;
        const m = matchPatterns(list, this.lemmas, this.lowers, i, clauseLast, outbreak >= 0 ? outbreak - i + 3 : 3, this.skip);
        if (!m) continue;
        for (const k of m.positions) covered.add(k);
        if (troubleObject(m.pattern.code, this.lemmas, this.lowers, this.toks, m.end, clauseLast, this.p.groupAt)) continue;
        if (endedConflict(m.pattern.code, this.lemmas, this.p.verbAt, this.p.clauseOf, i)) continue;
        // "crossed into Sudan under an agreement with Khartoum": acting under an existing agreement concludes none
        if (m.pattern.code === '057' && this.underExisting(i)) continue;
        // a bare event noun ("funding ISIS") needs its actor right after it
        if (m.positions.length === 0 && !(i + 1 < this.n && this.p.groupAt[i + 1] >= 0)) continue;
        let code = m.pattern.code;
        if (code === '154' && peacekeeping(this.lemmas, this.lowers, i, this.n)) code = '074';
        // "lifted the sanctions on X", "sanctions against X were lifted": the easing of the sanction, not its imposition
        if (code.startsWith('16')) {
          const ci = this.p.clauseOf[i];
          for (const o of this.p.verbs) {
            if (o.clause !== ci || !EASE_VERBS.has(o.lemma)) continue;
            if ((o.last <= i && i - o.last <= 8) || (o.first >= m.end && o.passive && o.first - m.end <= 8)) { code = '085'; break; }
          }
        }
        const prep = m.positions.length ? this.lowers[m.positions[m.positions.length - 1]] : '';
        // the target group right after the preposition
        let tg: ActorGroup<ActorMention> | null = null;
        for (const g of this.p.groups) {
          if (g.first < m.end || g.first > m.end + 4 || this.p.clauseOf[g.first] !== this.p.clauseOf[i]) continue;
          // (or the state that goods or people come from: "a tariff on goods from the European Union", origin-nouns.tsv)
          if (prep && g.prep !== prep && !(g.prep === 'from' && this.originOf(g))) break;
          tg = g;
          break;
        }
        // "assistance to populations affected by the cyclone in Mozambique": the recipients' state
        if (!tg && rootOf(code) === '07' && (prep === '' || prep === 'to' || prep === 'for')) tg = prep ? this.recipientPlace(m.end) : this.recipientAfter(m.end);
        // negation: "no contact", "not … talks"
        let negated = false;
        for (let k = i - 1; k >= 0 && k >= i - 6 && this.p.clauseOf[k] === this.p.clauseOf[i]; k--) if (this.lowers[k] === 'no' || this.lowers[k] === 'nor' || this.lowers[k] === 'without' || this.lowers[k] === 'neither') negated = true;
        // the verb governing the noun (for modality and negation)
        let gv = -1;
        // (not an -ing word that modifies the noun after an article: "over a hacking attack on the Bundestag")
        for (let k = this.p.verbs.length - 1; k >= 0; k--) if (this.p.verbs[k].last <= i && this.p.verbs[k].clause === this.p.clauseOf[i] && !this.modifierVerb(k)) { gv = k; break; }
        let modality: Modality = 'asserted';
        let denied = false;
        // a copula governs nothing, except "was behind": "Iran was behind the attacks on the tankers" is Iran's act
        if (gv >= 0 && this.p.verbs[gv].lemma === 'be' && !this.behindCopula(gv, i)) gv = -1;
        if (gv >= 0) {
          const a = assertionOf(this.p, gv, i);
          negated = negated || a.negated;
          modality = a.modality;
          denied = a.denied;
          // "asked the United States for air strikes against ISIS": strikes asked for, not made
          if (modality === 'asserted' && isRequest(this.p.verbs[gv], this.lowers[this.p.verbs[gv].last])) modality = 'intended';
          // "called off air strikes against Syria", "abandoned the talks with the EU": not done (any more)
          if (CANCEL_VERBS.has(this.p.verbs[gv].lemma) || (this.p.verbs[gv].lemma === 'call' && this.lowers[this.p.verbs[gv].last] === 'off')) negated = true;
        }
        for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (this.lowers[k] === 'possible' || this.lowers[k] === 'potential' || this.lowers[k] === 'future') modality = 'hypothetical';
        // the event noun as subject of a modal verb ("the military cooperation between X and Y will boost …"):
        // the event is as hypothetical or predicted as that verb
        if (gv < 0 && modality === 'asserted') {
          for (let k = 0; k < this.p.verbs.length; k++) {
            const o = this.p.verbs[k];
            if (o.first < m.end || o.clause !== this.p.clauseOf[i]) continue;
            if (o.modals.some((x) => x === 'might' || x === 'could' || x === 'may' || x === 'would')) modality = 'hypothetical';
            else if (o.modals.some((x) => x === 'will' || x === 'shall')) modality = 'predicted';
            break;
          }
        }
        const verbSpan = { start: this.toks[i].start, end: this.toks[m.end - 1].end };
        const a = { negated, denied, modality };
        let coded = false;
        let cueSource: string | null = null;
        if (tg && prep === 'between' && tg.mentions.length >= 2) {
          const ps = partiesOf(tg, 0.9);
          for (const x of ps) this.emit(code, i, verbSpan, [x], ps.filter((y) => y.code !== x.code), a, gv >= 0 ? this.claimFor(gv) : this.according ? { text: this.according.text, code: null } : null, 0.75);
          coded = true;
        } else {
          // the source: an actor modifying the noun ("US air strikes", "Iran's cooperation"), else the subject of the governing verb
          let src: Party[] | null = null;
          // "citing threats from Iran to American forces", "aid from the EU to Ukraine": an actor after "from" between the noun
          // and the pattern's own preposition does it
          if (m.positions.length && this.lowers[i + 1] === 'from') {
            const pp = m.positions[m.positions.length - 1];
            const g = this.p.groupAt[i + 2] >= 0 ? this.p.groups[this.p.groupAt[i + 2]] : this.p.groupAt[i + 3] >= 0 && this.toks[i + 2].pos === 'DET' ? this.p.groups[this.p.groupAt[i + 3]] : null;
            if (g && g.prep === 'from' && g.last <= pp && this.lowers[pp] !== 'from') src = partiesOf(g);
          }
          // "accused Qatar of arming the militia": the verb's object does it
          if (!src && i >= 2 && (this.lowers[i - 1] === 'for' || this.lowers[i - 1] === 'of') && this.p.groupAt[i - 2] >= 0) {
            let g = this.p.groups[this.p.groupAt[i - 2]];
            // ("hosted Abbas in Cairo for talks with Hamas": past a place phrase after the object)
            if (g.prep !== null && PLACE.has(g.prep) && g.first >= 2 && this.p.groupAt[g.first - 2] >= 0 && this.lowers[i - 1] === 'for') g = this.p.groups[this.p.groupAt[g.first - 2]];
            // (not a place visited "for" the act: "visited Skopje for talks with his Macedonian counterpart" is the visitor's)
            if (g.prep === null && !(this.lowers[i - 1] === 'for' && g.mentions.every((x) => x.via === 'capital' || x.via === 'place'))) src = partiesOf(g);
          }
          // "an attack by Boko Haram on the army": the agent right after the noun
          if (!src && i + 1 < this.n && this.lowers[i + 1] === 'by' && m.positions.length && m.positions[0] > i + 1) {
            for (let k = i + 2; k < m.positions[0] && k <= i + 3; k++) if (this.p.groupAt[k] >= 0) { const g = this.p.groups[this.p.groupAt[k]]; if (g.prep === 'by' && g.last <= m.positions[0]) src = partiesOf(g); break; }
          }
          // "the expulsion of Russian diplomats by Bulgaria", "the seizure of Iranian oil by Greece": the agent after the object
          if (!src && tg && tg.last + 1 < this.n && this.lowers[tg.last] === 'by') {
            const gi = this.groupFrom(tg.last + 1);
            if (gi >= 0 && this.p.groups[gi].prep === 'by') src = partiesOf(this.p.groups[gi]);
          }
          for (let k = i - 1; !src && k >= 0 && k >= i - 4; k--) {
            if (this.p.groupAt[k] >= 0) { const g = this.p.groups[this.p.groupAt[k]]; if (g.prep === null || g.prep === 'of') src = partiesOf(g); break; }
            const pos = this.toks[k].pos;
            if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'CCONJ' && !GENITIVE.has(this.lowers[k]) && this.lowers[k] !== "'" && this.lowers[k] !== ')' && pos !== 'DET' && pos !== 'NUM') break;
          }
          let conf = 0.75;
          // else the governing verb's subject ("the US carried out air strikes on ISIS"), unless that verb is an event of its
          // own that speaks about it ("the UN condemned the attack on Mosul": the condemner did not attack; ABOUT_ROOTS)
          // nor one that counters it ("police foiled an attack on the embassy": the police did not attack)
          // nor when the noun names a time ("imposed sanctions after the invasion of Crimea") or a hazard ("played down the
          // risk of a war with X"): the subject did not do it
          // nor one that reports it ("Saba, the Houthi-run news agency, reported air strikes on Hodeidah": not the agency's)
          // nor a deed that a verb of judging is "for" or "of" ("sanctioned a Russian hacking group for attacks on the US
          // Treasury": the sanctioner did not attack)
          if (!src && gv >= 0 && !this.speaksAbout(gv, i) && !COUNTER_VERBS.has(this.p.verbs[gv].lemma) && this.p.verbs[gv].lemma !== 'report' && !this.framedNoun(i) && !this.judgedDeed(gv, i) && this.suspectedAct(gv, this.p.verbs[gv].last, i + 1) !== i) {
            const sj = this.subjectOf(gv);
            if (sj) { src = sj.parties; conf = 0.6; }
            // "Australia joined the United States in the strikes on Iraq": a noun after "join X in" is done by the joiner and X
            // (as a gerund there is, findSubject)
            const partner = sj ? this.joinedPartner(gv, i) : null;
            if (src && partner) src = [...src, ...partiesOf(partner, 0.9).filter((x) => !src!.some((y) => y.code === x.code))];
          }
          // the noun inside an accusation ("blame X for funding Y") is the accuser's claim
          let claim = gv >= 0 ? this.claimFor(gv) : null;
          // ("Israel responded with air strikes on Gaza": a verb of speech followed by "with" answers by an act, no report)
          if (gv >= 0 && !claim && isSpeechVerb(this.p.verbs[gv].lemma) && this.lowers[this.p.verbs[gv].last] !== 'with') {
            const sj = this.subjectOf(gv);
            if (sj && sj.parties.length) claim = { text: sj.parties.map((x) => x.name).join(', '), code: sj.parties[0].code };
          }
          if (src && tg) { this.emit(code, i, verbSpan, src, partiesOf(tg), a, claim, conf); coded = true; }
          // without a target the noun still tells the event type and its source ("Hamas's threat of attacks")
          else if (src) cueSource = src[0]?.code ?? null;
        }
        this.cues.push({ code, head: i, negated, modality, coded, source: cueSource, at: verbSpan.start, main: false });
      }
    }

    /**
     * "Qatar has been under a blockade by Saudi Arabia and the UAE", "Venezuela remains under sanctions imposed by
     * Washington", "Gaza has been under an Israeli blockade": a noun of under-nouns.tsv after a verb of being or remaining
     * (UNDER_VERBS) and "under" is its doer's act on the verb's subject. The doer is the actor after "by" or "from" right
     * after the noun (past a participle), or an actor between "under" and the noun. No doer, no event ("Iran is under
     * sanctions").
     */
    underNouns(): void {
      for (let v = 0; v < this.p.verbs.length; v++) {
        const vg = this.p.verbs[v];
        const u = vg.last;
        if (!UNDER_VERBS.has(vg.lemma) || u >= this.n || this.lowers[u] !== 'under' || vg.infinitive || vg.gerund) continue;
        // the noun: up to three articles, adjectives or actor words after "under"
        let i = u + 1;
        let doer: ActorGroup<ActorMention> | null = null;
        while (i < this.n && i - u <= 4 && (this.toks[i].pos === 'DET' || this.toks[i].pos === 'ADJ' || this.p.groupAt[i] >= 0 || this.lowers[i] === '-' || this.lowers[i] === 'led')) {
          if (this.p.groupAt[i] >= 0) doer = this.p.groups[this.p.groupAt[i]];
          i++;
        }
        if (i >= this.n || this.p.groupAt[i] >= 0) continue;
        const list = UNDER_NOUNS.get(this.lemmas[i]) ?? UNDER_NOUNS.get(this.lowers[i]);
        if (!list) continue;
        const code = list[0].code;
        // "… by Saudi Arabia", "… imposed by Washington", "… from Russian forces"
        let k = i + 1;
        if (k < this.n && this.p.verbAt[k] >= 0 && this.p.verbs[this.p.verbAt[k]].head === k && this.p.verbs[this.p.verbAt[k]].first === k) k++;
        if (k < this.n && (this.lowers[k] === 'by' || this.lowers[k] === 'from')) {
          const gi = this.groupFrom(k + 1);
          if (gi >= 0) doer = this.p.groups[gi];
        }
        if (!doer) continue;
        const subj = this.subjectOf(v);
        if (!subj || !subj.parties.length) continue;
        const sources = partiesOf(doer);
        const targets = subj.parties.filter((x) => !sources.some((y) => y.code === x.code));
        if (!targets.length) continue;
        const a = assertionOf(this.p, v, i);
        const verbSpan = { start: this.toks[i].start, end: this.toks[i].end };
        this.emit(code, i, verbSpan, sources, targets, a, this.claimFor(v), 0.6);
        this.consumed[i] = 1;
        this.cues.push({ code, head: i, negated: a.negated, modality: a.modality, coded: true, source: sources[0]?.code ?? null, at: verbSpan.start, main: false });
      }
    }

    /**
     * The object X of verb group v, "join", when the noun at i follows "join X in" (past an article and modifiers: "joined
     * the United States in the strikes on Iraq"), else null.
     */
    private joinedPartner(v: number, i: number): ActorGroup<ActorMention> | null {
      const o = this.p.verbs[v];
      if (o.lemma !== 'join' || o.passive) return null;
      let k = i - 1;
      while (k > o.last && i - k <= 4 && this.p.groupAt[k] < 0 && (this.toks[k].pos === 'DET' || this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'NOUN')) k--;
      if (k < 1 || this.lowers[k] !== 'in' || this.p.groupAt[k - 1] < 0) return null;
      const g = this.p.groups[this.p.groupAt[k - 1]];
      return g.prep === null && g.last === k && this.objectRightAfter(o, g) ? g : null;
    }

    /** Whether the noun at i, maybe after an article or modifiers, follows "for" or "of" after a verb of judging (ACCUSING, JUDGING) v. */
    private judgedDeed(v: number, i: number): boolean {
      const lemma = this.p.verbs[v].lemma;
      if (!ACCUSING.has(lemma) && !JUDGING.has(lemma)) return false;
      let k = i - 1;
      while (k > this.p.verbs[v].last && i - k <= 4 && this.p.groupAt[k] < 0 && (this.toks[k].pos === 'DET' || this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'NOUN' || POSSESSIVES.has(this.lowers[k]))) k--;
      return this.lowers[k] === 'for' || this.lowers[k] === 'of';
    }

    /** Whether the object right after verb group v is forces (MIL) of its subject's own state ("ordered American troops to leave"). */
    ownForcesOrdered(v: number): boolean {
      const vg = this.p.verbs[v];
      const g = this.p.groups.find((x) => x.prep === null && x.first >= vg.last && x.first - vg.last <= 2);
      if (!g || !g.mentions.every((x) => x.code.endsWith('MIL'))) return false;
      const subj = this.subjectOf(v);
      return subj !== null && subj.parties.length > 0 && g.mentions.every((x) => subj.parties.some((y) => countryOf(y.code) === countryOf(x.code)));
    }

    /**
     * Whether group g (after "with") ends a phrase "under a deal|agreement|pact|… with" (adjectives may come between) and the
     * act is a move of forces or a show of force, an opening or a pull-back (roots 15, 086, 087, MOVING_VERBS): not whom the
     * act aims at ("deployed troops to its border under a deal with the United States"); a release under a deal may well be
     * to the other party ("released the tanker under an agreement with Britain").
     */
    underDeal(g: ActorGroup<ActorMention>, code: string, lemma: string): boolean {
      if (!(code.startsWith('15') || code.startsWith('086') || code.startsWith('087') || MOVING_VERBS.has(lemma))) return false;
      let w = g.first - 1;
      while (w > 0 && this.toks[w].pos === 'DET') w--;
      if (this.lowers[w] !== 'with') return false;
      let k = w - 1;
      // (wink may tag "deal" as a verb)
      while (k >= 0 && w - k <= 5 && this.p.groupAt[k] < 0 && (this.toks[k].pos === 'ADJ' || this.toks[k].pos === 'NOUN' || this.toks[k].pos === 'DET' || this.toks[k].pos === 'NUM' || this.lowers[k] === 'deal') && this.lowers[k] !== 'under') k--;
      return k >= 0 && this.lowers[k] === 'under' && k + 1 < w && this.p.groupAt[k + 1] < 0;
    }

    /**
     * Whether verb group v is a single -ing word that modifies the noun after it, after an article or an actor ("a hacking
     * attack", "a Russian hacking group"): no verb that governs a later noun.
     */
    private modifierVerb(v: number): boolean {
      const o = this.p.verbs[v];
      if (o.first !== o.head || o.last !== o.first + 1 || !this.lowers[o.head].endsWith('ing') || o.first === 0 || o.last >= this.n || this.toks[o.last].pos !== 'NOUN') return false;
      const b = o.first - 1;
      return ARTICLES.has(this.lowers[b]) || (this.p.groupAt[b] >= 0 && b >= 1 && ARTICLES.has(this.lowers[this.p.groups[this.p.groupAt[b]].first - 1]));
    }

    /** Whether "behind" follows copula `v` right before the noun at `i`, with only a determiner or modifiers between. */
    private behindCopula(v: number, i: number): boolean {
      const b = this.p.verbs[v].last;
      if (b >= i || this.lowers[b] !== 'behind') return false;
      for (let k = b + 1; k < i; k++) { const pos = this.toks[k].pos; if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'NUM') return false; }
      return true;
    }

    run(): SentenceAnalysis {
      for (let v = 0; v < this.p.verbs.length; v++) this.verbPattern(v);
      this.reactionsDrawn();
      this.frontedReport();
      this.comparativeEllipsis();
      this.mustDemands();
      if (this.dropped.size) {
        const keep = this.events.filter((_, i) => !this.dropped.has(i));
        this.events.length = 0;
        this.events.push(...keep);
      }
      if (this.droppedCues.size) {
        const keep = this.cues.filter((_, i) => !this.droppedCues.has(i));
        this.cues.length = 0;
        this.cues.push(...keep);
      }
      this.underNouns();
      this.nounPatterns();
      return { sentence: this.s, mentions: this.mentions, events: this.events, cues: this.cues };
    }
  }

  /**
   * POS repair: an -ed word that wink tags ADJ or NOUN right after an actor and before an object ("Iranian police
   * tortured a prisoner", "The United States pressured Israel to …") is the verb of that actor when its stem is a
   * pattern verb. Returns the sentence (with its lemmas patched in place) or, when a word is repaired, a copy with
   * that token tagged VERB.
   */
  function pastTenseRepaired(s: LemmaSentence, mentions: ActorMention[]): LemmaSentence {
    const toks = s.tokens;
    let out: Token[] | null = null;
    for (const mn of mentions) {
      let j = mn.last;
      // "the Israeli army chief accused Iran …", "the Egyptian intelligence chief mediated between …": a title's head that wink
      // tags as an adjective (HEAD_ADJECTIVES) after the actor is the subject's head; the word after it may be the verb
      const title = j + 2 < toks.length && toks[j].pos === 'ADJ' && HEAD_ADJECTIVES.has(toks[j].lower) && !mentions.some((x) => x.first === j + 1);
      if (title) j++;
      // "The Malian army, backed by French troops, retook the town": the agent of a participle phrase set off by commas is
      // followed by the main verb after the closing comma
      else {
        const c = agentPhraseEnd(toks, mn);
        if (c >= 0) j = c + 1;
      }
      if (j + 1 >= toks.length) continue;
      // "Turkish F-16s shot down a Russian bomber": a name the actor dictionaries do not know (an aircraft by type) between the
      // actor and an irregular past tagged as a noun whose pattern names the particle after it
      if (!title && j + 2 < toks.length && toks[j].pos === 'PROPN' && !mentions.some((x) => x.first === j) && toks[j + 1].pos === 'NOUN' && toks[j + 2].pos === 'ADP') {
        const irr = IRREGULAR.get(toks[j + 1].lower);
        if (irr !== undefined && verbs.verbs.has(irr) && namesNext(irr, s, j + 1)) j++;
      }
      const t = toks[j];
      // "Hamas, which Israel and the United States regard as a terrorist group": a word wink tags as a noun right after the
      // actor subject of a relative whose pronoun is the object is its verb, when it heads a pattern and "as" or an article follows
      if (t.pos === 'NOUN' && relativeSubject(toks, mn, mentions) && (toks[j + 1].lower === 'as' || toks[j + 1].pos === 'DET')) {
        const w = t.lower;
        const stem = [w, w.endsWith('s') ? w.slice(0, -1) : ''].find((c) => c && verbs.verbs.has(c));
        if (stem) {
          out ??= toks.slice();
          out[j] = { ...t, pos: 'VERB' };
          s.lemmas[j] = stem;
          out = relativeMainRepaired(s, mn, out);
          continue;
        }
      }
      // "Hamas, which Israel blockades, fired …", "Qatar, which Saudi Arabia blockaded for three years, …": an -s, -ed or
      // irregular word wink tags as a noun or adjective right after the actor subject of such a relative, before a comma, a
      // preposition or a number, is its verb when it heads a pattern; so is such a word right after the comma that closes
      // the relative ("Turkey, which Russia accuses of backing jihadists, shot down a Russian jet": relativeMainRepaired)
      if (relativeSubject(toks, mn, mentions)) {
        const nx = toks[j + 1];
        const stem = (t.pos === 'NOUN' || t.pos === 'ADJ') && !mentions.some((x) => x.first === j) && (nx.lower === ',' || nx.pos === 'ADP' || nx.pos === 'NUM') ? finiteStem(t.lower) : null;
        if (stem !== null) {
          out ??= toks.slice();
          out[j] = { ...t, pos: 'VERB' };
          s.lemmas[j] = stem;
        }
        const main = relativeMainRepaired(s, mn, out ?? toks);
        if (main !== (out ?? toks)) out = main;
        if (stem !== null) continue;
      }
      // a base form wink tags as a noun, in a headline or a demand's that-clause ("Iran, Iraq sign deal", "demanded that Israel
      // end the blockade"): the verb when a pattern of it matches
      // (or after coordinated actors that open the sentence, before an object and with no verb up to the next comma: "Ethiopia
      // and Sudan dispute the al-Fashaga region, and their troops clashed there", a verb even with no pattern of its own)
      if ((t.pos === 'NOUN' && (baseFormVerb(s, j, mn, mentions) || bareInfinitive(s, j, mn, mentions) || coordinatedBase(s, j, mn, mentions))) ||
        (t.pos === 'ADJ' && thatClauseVerb(s, j, mn, mentions))) {
        out ??= toks.slice();
        out[j] = { ...t, pos: 'VERB' };
        s.lemmas[j] = t.lower;
        continue;
      }
      if (t.lower.endsWith('s') && (t.pos === 'NOUN' || t.pos === 'PROPN')) {
        // (or one that opens a clause after "where", "while", "and": "…, where Tehran backs the Houthis", with an actor as object)
        const linked = mn.first > 1 && CLAUSE_LINKS.has(toks[mn.first - 1].lower) && toks[mn.first - 1].pos !== 'NOUN';
        const stem = presentTenseStem(s, j, mentions, mn.first === 0, linked ? mn.first : -1);
        if (stem !== null) {
          out ??= toks.slice();
          out[j] = { ...t, pos: 'VERB' };
          s.lemmas[j] = stem;
        }
        continue;
      }
      // an irregular past form wink tags as a noun ("troops shot a man"): the verb of irregular.tsv when it heads a pattern
      const irregular = t.pos === 'NOUN' ? IRREGULAR.get(t.lower) : undefined;
      if (irregular !== undefined && verbs.verbs.has(irregular) && !mentions.some((x) => x.first === j)) {
        const nx = toks[j + 1].pos;
        // (or a particle or noun its own pattern names next: "shot down a drone")
        if (nx === 'DET' || nx === 'PROPN' || nx === 'PRON' || nx === 'NUM' || toks[j + 1].lower === 'dead' || mentions.some((x) => x.first === j + 1) ||
          ((nx === 'ADP' || nx === 'NOUN') && namesNext(irregular, s, j))) {
          out ??= toks.slice();
          out[j] = { ...t, pos: 'VERB' };
          s.lemmas[j] = irregular;
        }
        continue;
      }
      if ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !t.lower.endsWith('ed') || t.lower.length < 5 || mentions.some((x) => x.first === j)) continue;
      const nx = toks[j + 1].pos;
      // (an object may open with a participle: "rescued kidnapped students", "freed detained activists")
      const objectNext = nx === 'DET' || nx === 'PROPN' || nx === 'PRON' || nx === 'NUM' || mentions.some((x) => x.first === j + 1) ||
        (nx === 'VERB' && j + 2 < toks.length && toks[j + 1].lower.endsWith('ed') && (toks[j + 2].pos === 'NOUN' || mentions.some((x) => x.first === j + 2))) ||
        // (or with a quantity: "abducted more than 300 schoolboys", "killed dozens of soldiers", "detained nearly 40 people")
        quantityAt(toks, j + 1);
      // (or a noun or preposition that the verb's own pattern names next: "relaxed sanctions on Cuba", "mediated between
      // Riyadh and Doha"; not "armed forces")
      if (!objectNext && nx !== 'NOUN' && nx !== 'ADP') continue;
      const w = t.lower;
      const stem = edStem(w);
      if (stem === undefined) continue;
      // a bare noun object ("abducted schoolgirls") when no verb follows in the clause: the -ed word is the only verb
      // there can be ("Syrian armed groups attacked …" has its verb after the noun)
      if (!objectNext && !namesNext(stem, s, j) && !(nx === 'NOUN' && atClauseStart(toks, mn.first) && noVerbAfter(toks, j + 1))) continue;
      out ??= toks.slice();
      if (title) out[j - 1] = { ...toks[j - 1], pos: 'NOUN' };
      out[j] = { ...t, pos: 'VERB' };
      s.lemmas[j] = stem;
    }
    out = ownForcesPastRepaired(s, mentions, out);
    out = perfectsRepaired(s, mentions, out);
    out = progressivesRepaired(s, mentions, out);
    out = nounsRepaired(s, mentions, out);
    return out === null ? s : { ...s, tokens: out };
  }

  /**
   * POS repair: a past participle that wink tags as a noun or adjective right after "has", "have" or "had" ("Iran has armed
   * the Houthis", "said it had shot down a drone"), before an object (an article, a name, a pronoun, a number, an actor or
   * a particle), is the perfect's verb when its lemma (irregular.tsv, or the word less its -ed) heads a pattern.
   */
  /** The lemma of a finite -s, -ed or irregular past form w whose lemma heads a verb pattern ("blockades", "invaded", "shot"), or null. */
  function finiteStem(w: string): string | null {
    const irregular = IRREGULAR.get(w);
    if (irregular !== undefined) return verbs.verbs.has(irregular) ? irregular : null;
    if (w.endsWith('ed') && w.length >= 5) return edStem(w) ?? null;
    const cands = w.endsWith('s') && w.length >= 4 ? [w.slice(0, -1), w.endsWith('es') ? w.slice(0, -2) : ''] : [];
    return cands.find((c) => c && verbs.verbs.has(c)) ?? null;
  }

  /** The lemma of an -ed form w that heads a verb pattern: "pressured" → pressure, "attacked" → attack, "stopped" → stop. */
  function edStem(w: string): string | undefined {
    return [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3)].find((c, k) => verbs.verbs.has(c) && (k < 2 || w[w.length - 3] === w[w.length - 4]));
  }

  /**
   * POS repair: the word after the comma that closes a relative clause set off by commas and opened by "which" or "whom"
   * with actor mn as its subject ("Turkey, which Russia accuses of backing jihadists, shot down a Russian jet") is the
   * antecedent's verb when wink tags it as a noun or adjective and it is a finite form of a pattern verb (finiteStem).
   * Returns toks, or a copy with that token tagged VERB (its lemma patched in place).
   */
  function relativeMainRepaired(s: LemmaSentence, mn: ActorMention, toks: Token[]): Token[] {
    let c = mn.last;
    while (c < toks.length && c - mn.last <= 10 && toks[c].lower !== ',' && toks[c].lower !== 'which' && toks[c].lower !== 'that' && toks[c].pos !== 'PUNCT') c++;
    if (c + 2 >= toks.length || toks[c].lower !== ',') return toks;
    const t = toks[c + 1];
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return toks;
    const nx = toks[c + 2].pos;
    if (!(nx === 'DET' || nx === 'PROPN' || nx === 'PRON' || nx === 'NUM' || nx === 'ADP' || nx === 'NOUN' || nx === 'ADJ')) return toks;
    const stem = finiteStem(t.lower);
    if (stem === null) return toks;
    const out = toks.slice();
    out[c + 1] = { ...t, pos: 'VERB' };
    s.lemmas[c + 1] = stem;
    return out;
  }

  /**
   * POS repair: an irregular past form wink tags as a noun right after a possessive's force noun ("Russia said its air
   * defences shot down Ukrainian drones", "their troops shot two men") is the verb of irregular.tsv when it heads a pattern
   * and an object or a particle its pattern names follows (as after an actor in `pastTenseRepaired`).
   */
  function ownForcesPastRepaired(s: LemmaSentence, mentions: ActorMention[], out: Token[] | null): Token[] | null {
    const toks = s.tokens;
    for (let j = 2; j + 1 < toks.length; j++) {
      const t = toks[j];
      if (t.pos !== 'NOUN' || !FORCE_HEADS.has(toks[j - 1].lower) || mentions.some((x) => x.first <= j && j < x.last)) continue;
      const irregular = IRREGULAR.get(t.lower);
      if (irregular === undefined || !verbs.verbs.has(irregular)) continue;
      let k = j - 2;
      while (k > j - 4 && k >= 0 && (toks[k].pos === 'NOUN' || toks[k].pos === 'ADJ')) k--;
      if (k < 0 || !POSSESSIVES.has(toks[k].lower)) continue;
      const nx = toks[j + 1].pos;
      if (!(nx === 'DET' || nx === 'PROPN' || nx === 'NUM' || mentions.some((x) => x.first === j + 1) || ((nx === 'ADP' || nx === 'NOUN') && namesNext(irregular, s, j)))) continue;
      out ??= toks.slice();
      out[j] = { ...t, pos: 'VERB' };
      s.lemmas[j] = irregular;
    }
    return out;
  }

  function perfectsRepaired(s: LemmaSentence, mentions: ActorMention[], out: Token[] | null): Token[] | null {
    const toks = s.tokens;
    for (let j = 1; j + 1 < toks.length; j++) {
      const t = toks[j];
      // ("Iran is believed to have sent troops to Syria": a perfect infinitive after a verb of report, wink's "have" a verb)
      const reported = reportedPerfect(toks, j);
      if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || (toks[j - 1].pos !== 'AUX' && !reported) || !HAVE_FORMS.has(toks[j - 1].lower) || mentions.some((x) => x.first <= j && j < x.last)) continue;
      const nx = toks[j + 1];
      if (!(nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'PRON' || nx.pos === 'NUM' || (nx.pos === 'ADP' && PARTICLES.has(nx.lower)) || mentions.some((x) => x.first === j + 1) || (reported && (nx.pos === 'NOUN' || nx.pos === 'ADJ')))) continue;
      const w = t.lower;
      const irregular = IRREGULAR.get(w);
      const stem = irregular !== undefined ? irregular : w.endsWith('ed') && w.length >= 5 ? edStem(w) : undefined;
      if (stem === undefined || !verbs.verbs.has(stem)) continue;
      out ??= toks.slice();
      out[j] = { ...t, pos: 'VERB' };
      s.lemmas[j] = stem;
    }
    return out;
  }

  /**
   * POS repair: an -ing form that wink tags as a noun or adjective right after a form of "be" ("Russia is arming the
   * separatists", "is believed to be arming the rebels") or as the gerund of "rule out" or "deny" ("has not ruled out
   * striking Iran", "denied bombing the hospital"), before an object (an article, a name, a pronoun, a number or an actor),
   * is the progressive's or the gerund's verb when its stem heads a verb pattern.
   */
  function progressivesRepaired(s: LemmaSentence, mentions: ActorMention[], out: Token[] | null): Token[] | null {
    const toks = s.tokens;
    for (let j = 1; j + 1 < toks.length; j++) {
      const t = toks[j];
      const w = t.lower;
      const gerund = (toks[j - 1].pos === 'VERB' && s.lemmas[j - 1] === 'deny') || (j >= 2 && toks[j - 1].lower === 'out' && s.lemmas[j - 2] === 'rule');
      if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !w.endsWith('ing') || w.length < 6 || !(BE_FORMS.has(toks[j - 1].lower) || gerund) || mentions.some((x) => x.first <= j && j < x.last)) continue;
      const nx = toks[j + 1];
      if (!(nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'PRON' || nx.pos === 'NUM' || mentions.some((x) => x.first === j + 1))) continue;
      const base = w.slice(0, -3);
      const stem = [base, base + 'e', base.at(-1) === base.at(-2) ? base.slice(0, -1) : ''].find((c) => c && verbs.verbs.has(c));
      if (stem === undefined) continue;
      out ??= toks.slice();
      out[j] = { ...t, pos: 'VERB' };
      s.lemmas[j] = stem;
    }
    return out;
  }

  /** Whether a pattern of the verb `lemma` names token j + 1 (lemma or lower form) as its first word. */
  function namesNext(lemma: string, s: LemmaSentence, j: number): boolean {
    const l = s.lemmas[j + 1], w = s.tokens[j + 1].lower;
    return verbs.verbs.get(lemma)!.some((x) => x.words.length > 0 && (x.words[0].includes(l) || x.words[0].includes(w)));
  }

  /**
   * POS repairs of a sentence with actors that need no actor right before the word (see `pastTenseRepaired`; `out`
   * is its copy of the tokens, or null): event nouns wink reads as names or adjectives, and hyphenated verbs. Returns the tokens, copied when one is retagged.
   */
  function nounsRepaired(s: LemmaSentence, mentions: ActorMention[], out: Token[] | null): Token[] | null {
    const toks = s.tokens;
    const n = toks.length;
    for (let j = 0; j + 1 < n; j++) {
      const t = toks[j];
      const p = t.pos;
      if (p === 'PROPN') {
        // a capitalised event noun opening the sentence ("Negotiations between X and Y resumed", "Clashes between …"):
        // wink reads it as a name and keeps the plural as its lemma; the noun when a noun pattern of it matches
        if (!atClauseStart(toks, j)) continue;
        const w = t.lower;
        const head = verbs.nouns.has(w) ? w : w.endsWith('s') && verbs.nouns.has(w.slice(0, -1)) ? w.slice(0, -1) :
          w.endsWith('es') && verbs.nouns.has(w.slice(0, -2)) ? w.slice(0, -2) : null;
        if (head === null || mentions.some((x) => x.first <= j && j < x.last)) continue;
        if (!nounPatternAt(s, j, head, mentions)) continue;
        out ??= toks.slice();
        out[j] = { ...t, pos: 'NOUN' };
        s.lemmas[j] = head;
      } else if (p === 'ADJ' && j > 0 && toks[j - 1].pos === 'NOUN' && toks[j + 1].lower === 'by' && finiteStem(t.lower) !== null && t.lower.endsWith('ed') &&
        mentions.some((x) => x.first === j + 2 || (x.first === j + 3 && toks[j + 2].pos === 'DET'))) {
        // "a truce mediated by Qatar": a participle read as an adjective after a noun and before "by" and an actor is the
        // passive verb of that agent, as "brokered by" is
        out ??= toks.slice();
        out[j] = { ...t, pos: 'VERB' };
        s.lemmas[j] = finiteStem(t.lower)!;
      } else if (p === 'ADJ') {
        // an event noun read as an adjective right after an actor that modifies it ("the Russian offensive against
        // Ukraine"): the noun when its pattern names the preposition that follows
        if (j === 0 || toks[j + 1].pos !== 'ADP' || !verbs.nouns.has(t.lower) || !mentions.some((x) => x.last === j)) continue;
        if (!nounPatternAt(s, j, t.lower, mentions)) continue;
        out ??= toks.slice();
        out[j] = { ...t, pos: 'NOUN' };
        s.lemmas[j] = t.lower;
      } else if (p === 'VERB') {
        // an -ing event noun opening the clause and heading its subject ("Fighting between Sudan and South Sudan resumed"):
        // the noun when its pattern word follows and a finite verb comes later in the clause, with no comma between
        // ("Fighting against ISIS, Iraqi troops …" is a participle of the main subject)
        if (t.lower.endsWith('ing') && verbs.nouns.has(t.lower) && atClauseStart(toks, j) && finiteLater(toks, j + 1) && nounPatternAt(s, j, t.lower, mentions)) {
          out ??= toks.slice();
          out[j] = { ...t, pos: 'NOUN' };
          s.lemmas[j] = t.lower;
          continue;
        }
        // a gerund between an article and "of" is a noun ("condemned the jailing of Turkish journalists")
        if (t.lower.endsWith('ing') && j > 0 && ARTICLES.has(toks[j - 1].lower) && toks[j + 1].lower === 'of') {
          out ??= toks.slice();
          out[j] = { ...t, pos: 'NOUN' };
          s.lemmas[j] = t.lower;
          continue;
        }
        // "imposed travel bans and asset freezes on Russian officials": an -s word after a noun that follows "and" and a plural
        // noun, before a preposition, is the second noun of the coordination, not a verb
        if (j >= 3 && t.lower.endsWith('s') && t.lower.length >= 5 && toks[j - 1].pos === 'NOUN' && toks[j - 2].lower === 'and' && toks[j - 3].pos === 'NOUN' &&
          toks[j - 3].lower.endsWith('s') && toks[j + 1].pos === 'ADP' && !mentions.some((x) => x.first <= j && j < x.last)) {
          out ??= toks.slice();
          out[j] = { ...t, pos: 'NOUN' };
          s.lemmas[j] = /(ch|sh|x|ss)es$/.test(t.lower) ? t.lower.slice(0, -2) : t.lower.slice(0, -1);
          continue;
        }
        // a verb written with a hyphenated first part that the dictionary has whole ("test-fired" → test-fire, not fire)
        if (j < 2 || toks[j - 1].lower !== '-') continue;
        // (or written as one word: "air-dropped" → airdrop)
        const compound = toks[j - 2].lower + '-' + s.lemmas[j];
        const joined = toks[j - 2].lower + s.lemmas[j];
        const whole = verbs.verbs.has(compound) ? compound : verbs.verbs.has(joined) ? joined : null;
        if (whole === null) continue;
        s.lemmas[j] = whole;
        // the first part is no verb of its own ("tear-gassed": wink tags "tear" a verb too)
        if (toks[j - 2].pos === 'VERB') {
          out ??= toks.slice();
          out[j - 2] = { ...toks[j - 2], pos: 'NOUN' };
        }
      }
    }
    return out;
  }

  /** Whether a noun pattern of `head` at token j matches with its words right after it (none inside an actor). */
  function nounPatternAt(s: LemmaSentence, j: number, head: string, mentions: ActorMention[]): boolean {
    const saved = s.lemmas[j];
    s.lemmas[j] = head;
    const m = matchPatterns(verbs.nouns.get(head), s.lemmas, s.lowers, j, s.tokens.length, 3);
    s.lemmas[j] = saved;
    return m !== null && m.positions.length > 0 && m.positions[0] === j + 1 && !m.positions.some((i) => mentions.some((x) => x.first <= i && i < x.last));
  }

  /**
   * POS repair of headlines: an -s word that wink tags NOUN or PROPN right after an actor ("Egypt lifts blockade
   * of Gaza", "France Lifts Visa Ban") is that actor's verb in the present tense when its stem heads a pattern that
   * matches with words after it ("lift … blockade"), its object follows right after it (no preposition), no pattern
   * word is inside an actor, and the sentence has no finite verb of its own (only -ing forms). Returns the stem, else null.
   */
  /**
   * Whether token j, a noun to wink, is a pattern verb in its base form right after the actor `mn`: the sentence has no
   * other verb (a headline) or the actor opens a that-clause (a demand's subjunctive), and `headlineVerb` agrees.
   */
  function baseFormVerb(s: LemmaSentence, j: number, mn: ActorMention, mentions: ActorMention[]): boolean {
    const w = s.tokens[j].lower;
    if (w.length < 3 || s.lemmas[j] !== w || !verbs.verbs.has(w)) return false;
    const afterThat = thatSubject(s, mn);
    return headlineVerb(s, j, w, mentions, afterThat) || (afterThat && objectStarts(s, j + 1, mentions));
  }

  /**
   * Whether token j, an adjective to wink, is the base-form verb of a that-clause whose subject is actor mn ("demanded
   * that Israel free Lebanese prisoners", "insisted that Iran free the sailors"): a pattern verb that is its own lemma,
   * right after the subject, before its object.
   */
  function thatClauseVerb(s: LemmaSentence, j: number, mn: ActorMention, mentions: ActorMention[]): boolean {
    const w = s.tokens[j].lower;
    return thatSubject(s, mn) && s.lemmas[j] === w && verbs.verbs.has(w) && objectStarts(s, j + 1, mentions);
  }

  /** Whether actor mn opens a that-clause, after "that" or "that the" ("demanded that the Taliban hand over …"). */
  function thatSubject(s: LemmaSentence, mn: ActorMention): boolean {
    const k = mn.first > 0 && s.tokens[mn.first - 1].lower === 'the' ? mn.first - 1 : mn.first;
    return k > 0 && s.tokens[k - 1].lower === 'that';
  }

  /** Whether an object starts at token k: an actor, an article or determiner, a number or a possessive pronoun. */
  function objectStarts(s: LemmaSentence, k: number, mentions: ActorMention[]): boolean {
    if (k >= s.tokens.length) return false;
    const pos = s.tokens[k].pos;
    return pos === 'DET' || pos === 'NUM' || POSSESSIVES.has(s.tokens[k].lower) || mentions.some((x) => x.first === k);
  }

  /**
   * Whether token j, a noun to wink, is the verb of coordinated actors that open the sentence ("Ethiopia and Sudan dispute
   * the al-Fashaga region, and …"): a base form (its own lemma) right after the last of them, before an article, a
   * possessive or a name, with no verb up to the next comma or the sentence's end.
   */
  function coordinatedBase(s: LemmaSentence, j: number, mn: ActorMention, mentions: ActorMention[]): boolean {
    const toks = s.tokens;
    const w = toks[j].lower;
    if (w.length < 4 || s.lemmas[j] !== w || w.endsWith('s') || mentions.some((x) => x.first === j) || j + 1 >= toks.length) return false;
    if (mn.first < 2 || toks[mn.first - 1].lower !== 'and') return false;
    const before = mentions.find((x) => x.last === mn.first - 1);
    if (!before || !(before.first === 0 || (before.first === 1 && toks[0].lower === 'the'))) return false;
    const nx = toks[j + 1];
    if (!(nx.pos === 'DET' || nx.pos === 'PROPN' || nx.pos === 'ADJ' || nx.lower === 'their' || nx.lower === 'its')) return false;
    for (let i = j + 1; i < toks.length && toks[i].lower !== ','; i++) if (toks[i].pos === 'VERB' || toks[i].pos === 'AUX') return false;
    return true;
  }

  /**
   * Whether token j, a noun to wink, is a bare infinitive after the object of "help", "let", "make" ("will help
   * Iraqi forces fight ISIS", "let Palestinian officials visit Cairo"): a base-form pattern verb after the actor (or a
   * coordination of actors) that follows such a verb, before an object or the word its pattern names next.
   */
  function bareInfinitive(s: LemmaSentence, j: number, mn: ActorMention, mentions: ActorMention[]): boolean {
    const toks = s.tokens;
    const w = toks[j].lower;
    if (s.lemmas[j] !== w || !verbs.verbs.has(w)) return false;
    let k = mn.first - 1;
    while (k > 0 && (toks[k].lower === 'and' || toks[k].lower === ',' || mentions.some((x) => x.first <= k && k < x.last))) k--;
    if (k < 0 || toks[k].pos !== 'VERB' || !BARE_INFINITIVE_GOVERNORS.has(s.lemmas[k]) || mentions.some((x) => x.first === j)) return false;
    const nx = toks[j + 1].pos;
    return nx === 'DET' || nx === 'PROPN' || nx === 'PRON' || nx === 'NUM' || mentions.some((x) => x.first === j + 1) || namesNext(w, s, j);
  }

  function presentTenseStem(s: LemmaSentence, j: number, mentions: ActorMention[], opening: boolean, clauseFrom = -1): string | null {
    const w = s.tokens[j].lower;
    if (w.length < 4 || w.endsWith('ss')) return null;
    // "lifts" → lift, "pushes" → push, "vetoes" → veto, "denies" → deny
    const sibilant = w.endsWith('ses') || w.endsWith('xes') || w.endsWith('zes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('oes');
    const stem = [w.slice(0, -1), w.slice(0, -2), w.slice(0, -3) + 'y'].find((c, k) => verbs.verbs.has(c) && (k === 0 || (k === 1 ? sibilant : w.endsWith('ies'))));
    if (stem === undefined) return null;
    // in a clause of its own: an actor object right after it, or its article and a noun, and no verb from the actor on
    if (clauseFrom >= 0) {
      const obj = s.tokens[j + 1]?.pos === 'DET' ? j + 2 : j + 1;
      if (!mentions.some((x) => x.first === obj) && !(obj === j + 2 && s.tokens[obj]?.pos === 'NOUN')) return null;
      for (let i = clauseFrom; i < s.tokens.length && s.tokens[i].lower !== ','; i++) if (i !== j && (s.tokens[i].pos === 'AUX' || s.tokens[i].pos === 'VERB')) return null;
      // (any pattern of the stem, its bare row included: the words after it are matched from j on)
      return matchPatterns(verbs.verbs.get(stem), s.lemmas, s.lowers, j, s.tokens.length, 5) !== null ? stem : null;
    }
    return headlineVerb(s, j, stem, mentions, false, opening) ? stem : null;
  }

  /**
   * Whether token j, read as the verb `lemma`, heads a pattern: it starts no actor, an object follows ("lifts curfew",
   * "eases its ban"; not a preposition: "protests against Israel" is the noun), the sentence has no other finite verb
   * (unless `otherVerbs`), and a pattern of `lemma` matches with words after it, none inside an actor. With `opening`
   * (the actor before j opens the sentence), a bare pattern will do when an actor follows right after j: the headline
   * "ACTOR verbs ACTOR …" with no other verb ("Russia vetoes UN resolution", "Chad sanctions Sudanese traders").
   */
  function headlineVerb(s: LemmaSentence, j: number, lemma: string, mentions: ActorMention[], otherVerbs: boolean, opening = false): boolean {
    const toks = s.tokens;
    if (j + 1 >= toks.length || mentions.some((x) => x.first === j)) return false;
    const nx = toks[j + 1].pos;
    // (a verb particle is no preposition: "shoots down")
    if (nx !== 'NOUN' && nx !== 'PROPN' && nx !== 'ADJ' && nx !== 'DET' && nx !== 'PRON' && nx !== 'NUM' && !(nx === 'ADP' && PARTICLES.has(toks[j + 1].lower))) return false;
    if (!otherVerbs) for (let i = 0; i < toks.length; i++) if (toks[i].pos === 'AUX' || (toks[i].pos === 'VERB' && !toks[i].lower.endsWith('ing'))) return false;
    const saved = s.lemmas[j];
    s.lemmas[j] = lemma;
    const m = matchPatterns(verbs.verbs.get(lemma), s.lemmas, s.lowers, j, toks.length, 5);
    s.lemmas[j] = saved;
    return m !== null && (m.positions.length > 0 || (opening && !otherVerbs && mentions.some((x) => x.first === j + 1))) &&
      !m.positions.some((i) => mentions.some((x) => x.first <= i && i < x.last));
  }

  /**
   * The shift of an announced future act (not negated): "will withdraw" → intent (03), "will extend the curfew", "will
   * begin a military operation" → threat (13); "X said it would/will withdraw" is intent for cooperation, "X said they
   * would blockade Paris" a threat for conflict — "would" here is reported "will", not a hypothetical (no "if"). A
   * condition elsewhere ("said they would meet the mediator if …") keeps a cooperative act an intent (a conditional
   * offer); conditional conflict acts are threats by the coder's conditional rule.
   */
  function announcedShift(p: ShallowParse<ActorMention>, v: number, code: string, a: { modality: Modality }): ShiftKind | undefined {
    const vg = p.verbs[v];
    if (vg.negated) return undefined;
    const root0 = Number(code.slice(0, 2));
    if ((a.modality === 'predicted' || a.modality === 'intended') && vg.modals.includes('will')) {
      if (root0 >= 14 && root0 <= 20 && root0 !== 15) return 'threat';
      if (root0 !== 15) return 'intent';
    }
    const ownOpener = p.clauses[vg.clause].opener;
    if (!vg.infinitive && (vg.modals.includes('will') || vg.modals.includes('would')) && !vg.modals.some((x) => x === 'might' || x === 'could' || x === 'may') &&
      ownOpener !== 'if' && ownOpener !== 'unless') {
      const conditional = p.clauses.some((c) => c.opener === 'if' || c.opener === 'unless');
      const gv = speechGovernor(p, v);
      const gi = gv >= 0 ? gv : v > 0 && p.verbs[v - 1].clause === vg.clause && isSpeechVerb(p.verbs[v - 1].lemma) ? v - 1 : -1;
      if (gi >= 0 && gi < v && !p.verbs[gi].negated && p.quoted[vg.head] !== 1) {
        if (root0 >= 4 && root0 <= 8) return 'intent';
        if (root0 >= 14 && root0 <= 20 && root0 !== 15 && !conditional) return 'threat';
      }
    }
    return undefined;
  }

  /** Verb cues of a sentence without actors (for classifying it): the same patterns, no subjects or targets. */
  function cuesOnly(s: LemmaSentence, lowers: string[]): Cue[] {
    const p = shallowParse(s, s.lemmas, []);
    const out: Cue[] = [];
    for (let v = 0; v < p.verbs.length; v++) {
      const vg = p.verbs[v];
      const m = matchPatterns(verbs.verbs.get(vg.lemma), s.lemmas, lowers, vg.head, p.clauses[vg.clause].last, 5);
      if (!m || describesNoun(p, v, s.tokens) || troubleObject(m.pattern.code, s.lemmas, lowers, s.tokens, m.end, p.clauses[vg.clause].last, p.groupAt) || contestAfter(m.pattern.code, s.lemmas, lowers, m.end, p.clauses[vg.clause].last, vg.lemma) ||
        hazardEmergency(m, s.lemmas, lowers, s.tokens)) continue;
      const a = assertionOf(p, v, m.positions.length ? m.positions[0] : vg.last);
      // the same code shifts as coded events: "agreed to provide", "refused to resign", "will not call off the strike"
      let code = m.pattern.code;
      const r = Number(code.slice(0, 2));
      let shift: ShiftKind | undefined;
      if ((vg.infinitive || vg.gerund) && v > 0 && adjacentComplement(s.tokens, p.verbs[v - 1].last, vg.first)) shift = complements.governors.get(p.verbs[v - 1].lemma);
      if (shift === 'appeal' || shift === 'demand') shift = undefined;
      if (!shift && claimGovernor(p, v, s.tokens, complements.governors) >= 0) shift = 'claim';
      if (!shift) {
        const ci = coordinatedGovernor(p, v, s.tokens, s.lemmas);
        if (ci >= 0) shift = complements.governors.get(p.verbs[ci].lemma);
        if (shift === 'appeal' || shift === 'demand') shift = undefined;
      }
      if (!shift) shift = announcedShift(p, v, code, a);
      if (!shift && refusalModal(vg) && r >= 3 && r <= 8) shift = 'reject';
      if (shift) code = shiftCode(shift, code);
      out.push({ code, head: vg.head, negated: shift === 'reject' ? false : a.negated, modality: a.modality, coded: false, source: null, at: s.tokens[vg.first].start, main: isMain(p, v) });
    }
    // "the bishop said (that) the government must act": a demand (100), as the coder codes it between actors
    for (let v = 1; v < p.verbs.length; v++) {
      const gi = mustDemand(p, v);
      if (gi < 0) continue;
      const g = p.verbs[gi];
      if (!out.some((c) => c.head === g.head)) out.push({ code: '100', head: g.head, negated: false, modality: 'asserted', coded: false, source: null, at: s.tokens[g.first].start, main: isMain(p, gi) });
    }
    return out;
  }

  function analyse(text: string, date: string | null = null, docId = '', withCues = true): SentenceAnalysis[] {
    return withCues ? analyseAll(text, date, docId) : analyseForEvents(text, date, docId, false);
  }

  function analyseAll(text: string, date: string | null, docId: string): SentenceAnalysis[] {
    const ctx = actors.newDocument(date);
    return tokenize(text).map((s) => analyseSentence(s, ctx, docId || null, date, true, null));
  }

  /**
   * Without cues, a sentence in which no actor can be found yields nothing: its tokens are not built (the
   * actor matcher still sees it, with no tokens, so that its document context advances the same way);
   * sentences are analysed as they are read, so the pre-check sees the context of the sentences before.
   * `lazyLemmas`: lemmas and lower forms only for the sentences that are parsed (codeDocument, codeText).
   */
  function analyseForEvents(text: string, date: string | null, docId: string, lazyLemmas: boolean): SentenceAnalysis[] {
    const ctx = actors.newDocument(date);
    const out: SentenceAnalysis[] = [];
    readSentences(text, (words, from, to, index) => actors.mayMention(words, from, to, ctx, index), (s, lemmatize, words) => { out.push(analyseSentence(s, ctx, docId || null, date, false, lemmatize, words)); }, lazyLemmas);
    return out;
  }

  return {
    actors,
    verbs,
    analyse,
    codeDocument(doc: Document) {
      const out = analyseForEvents(doc.text, doc.date ?? null, doc.id, true);
      const sentences: Sentence[] = out.map((a) => ({ doc: doc.id, index: a.sentence.index, start: a.sentence.start, end: a.sentence.end, text: a.sentence.text }));
      return { sentences, events: out.flatMap((a) => a.events) };
    },
    codeText(text: string, date: string | null = null) {
      return analyseForEvents(text, date, '', true).flatMap((a) => a.events);
    },
  };
}

/** "will not", "would not", "cannot": a cooperative act so negated is refused (12), not merely left undone ("could not" is a failure). */
function refusalModal(vg: VerbGroup): boolean {
  return vg.negated && (vg.modals.includes('will') || vg.modals.includes('would') || vg.modals.includes('can'));
}

/** Whether a quantity opens at token i: "more|fewer than", "dozens|hundreds|thousands|scores of", "about|nearly|almost|around|some|over" and a number. */
function quantityAt(toks: Token[], i: number): boolean {
  if (i + 1 >= toks.length) return false;
  const w = toks[i].lower, nx = toks[i + 1];
  if (w === 'more' || w === 'fewer') return nx.lower === 'than';
  if (w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'scores') return nx.lower === 'of';
  return (w === 'about' || w === 'nearly' || w === 'almost' || w === 'around' || w === 'some' || w === 'over') && nx.pos === 'NUM';
}

/** A word that ends a clause for the POS repairs' purposes: punctuation, a subordinator, a relative pronoun. */
function clauseBreak(q: Token): boolean {
  return q.pos === 'PUNCT' || q.pos === 'SCONJ' || q.lower === 'that' || q.lower === 'who' || q.lower === 'which';
}

/** Whether token i opens its clause: it starts the sentence or follows a clause break, perhaps after a determiner. */
function atClauseStart(toks: Token[], i: number): boolean {
  if (i === 0 || clauseBreak(toks[i - 1])) return true;
  return toks[i - 1].pos === 'DET' && (i === 1 || clauseBreak(toks[i - 2]));
}

/** A finite verb (a verb not in -ing, or an auxiliary) from token i before any punctuation or clause opener. */
function finiteLater(toks: Token[], i: number): boolean {
  for (; i < toks.length; i++) {
    const q = toks[i];
    if (q.pos === 'AUX' || (q.pos === 'VERB' && !q.lower.endsWith('ing'))) return true;
    if (clauseBreak(q)) return false;
  }
  return false;
}

/** No verb or auxiliary from token i to the next punctuation or clause opener. */
function noVerbAfter(toks: Token[], i: number): boolean {
  for (; i < toks.length; i++) {
    const q = toks[i];
    if (q.pos === 'VERB' || q.pos === 'AUX') return false;
    if (clauseBreak(q)) return true;
  }
  return true;
}

/** Verb particles that may follow a headline verb where a preposition may not ("shoots down", "calls off", "hand over"). */
const PARTICLES = new Set(['down', 'off', 'up', 'out', 'back', 'over']);

/** Nouns of protesters: their force is a riot (145), not an armed attack. */
const PROTESTERS = new Set(['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'rioter', 'rioters', 'mob', 'mobs']);
/** Whether actor group g is a group of protesters ("Iraqi protesters", "demonstrators in Tehran"). */
function protesters(toks: Token[], g: ActorGroup<ActorMention>): boolean {
  for (let i = g.first; i < g.last; i++) if (PROTESTERS.has(toks[i].lower)) return true;
  return false;
}

/** A military actor or armed group and the verb "enter" or "leave" or a verb of moving or arriving (`militaryMove`: no pattern of theirs makes the sentence a candidate). */
function militaryMover(ms: ActorMention[], lemmas: string[], actors: ActorMatcher): boolean {
  return ms.some((x) => x.code.endsWith('MIL') || armedNonState(actors.cameo(x.code))) && (lemmas.includes('enter') || lemmas.includes('leave') || lemmas.some((l) => ENTRY_VERBS.has(l) || ARRIVAL_VERBS.has(l)));
}

/** Whether a government's people may be received here (SentenceCoder.receivedLeader): two government mentions and "receive". */
/** Whether a leader is named and a verb of ousting is among the lemmas (SentenceCoder.leaderOusted may code it). */
function leaderOuster(ms: ActorMention[], lemmas: string[]): boolean {
  return ms.some((x) => x.via === 'leader') && lemmas.some((l) => OUSTING.has(l));
}

function leaderReceived(ms: ActorMention[], lemmas: string[]): boolean {
  return ms.filter((x) => x.code.endsWith('GOV')).length >= 2 && lemmas.includes('receive');
}

/** Whether the mentions carry at least two distinct actor codes. */
/** Whether a verb of drawing a reaction (draw-verbs.tsv) is among the lemmas ("…, drawing criticism from the EU"). */
/**
 * Whether mention mn ends the actor subject of a relative clause whose pronoun is the object: "which" or "whom" after a
 * comma, then actors joined by "and" (maybe with "the") up to mn ("Hamas, which Israel and the United States …").
 */
function relativeSubject(toks: Token[], mn: ActorMention, mentions: ActorMention[]): boolean {
  let k = mn.first - 1;
  while (k >= 0 && (toks[k].lower === 'and' || toks[k].lower === 'the' || mentions.some((x) => x.first <= k && k < x.last))) k--;
  return k >= 1 && (toks[k].lower === 'which' || toks[k].lower === 'whom') && toks[k - 1].lower === ',';
}

/** Whether "under" is followed within five words by a noun of under-nouns.tsv (for `SentenceCoder.underNouns`). */
function underNoun(lemmas: string[], lowers: string[]): boolean {
  for (let i = 0; i < lowers.length; i++) {
    if (lowers[i] !== 'under') continue;
    for (let k = i + 1; k < lowers.length && k <= i + 5; k++) if (UNDER_NOUNS.has(lemmas[k]) || UNDER_NOUNS.has(lowers[k])) return true;
  }
  return false;
}

/** Whether one of the lemmas is in `words` (the cheap pre-checks of a sentence: a verb of drawing a reaction, of outbreak). */
function anyLemmaIn(lemmas: readonly string[], words: ReadonlySet<string>): boolean {
  for (const l of lemmas) if (words.has(l)) return true;
  return false;
}

/** The actor that opened a sentence as the subject of its verb (the verb's lower-case form), and that sentence's index. */
interface LeadDoer { sentence: number; mention: ActorMention; verb: string }
/** Per document, the last sentence that opened with its doer. */
const leadDoers = new WeakMap<DocContext, LeadDoer>();
/** Nouns that name the act of a verb with another stem (dictionaries/verbs/act-nouns.tsv): "the launch" after "test-fired". */
const ACT_NOUN_VERBS = loadWordPairs('act-nouns.tsv');
/** Whether `noun` names the act of the verb form `verb` by act-nouns.tsv ("the launch" after "fired", "the killing" after "murdered"). */
function namesActOf(noun: string, verb: string): boolean {
  const verbs = ACT_NOUN_VERBS.get(noun);
  if (!verbs) return false;
  const w = verb.slice(verb.lastIndexOf('-') + 1);
  return verbs.has(w) || (w.endsWith('ed') && (verbs.has(w.slice(0, -1)) || verbs.has(w.slice(0, -2)) || verbs.has(w.slice(0, -3)))) || (w.endsWith('s') && verbs.has(w.slice(0, -1)));
}
/** Nouns for any act a reaction may answer ("condemned the move"). */
const ACT_NOUNS = new Set(['move', 'decision', 'step', 'action', 'act', 'measure', 'measures']);
/** Endings of nouns that name an act ("annexation", "decision", "seizure", "violence"): what a reaction may answer. */
const ACT_SUFFIX = /(?:tion|sion|ure|ance|ence)s?$/;
/** Forms of the verbs of saying that open a report, whose subject did no act ("Damascus said …"). */
const SAYING_FORMS = new Set(['said', 'says', 'told', 'stated', 'added', 'reported', 'announced', 'claimed', 'insisted', 'noted', 'warned', 'argued']);

/**
 * Mention m and the verb after it when m opens the sentence (maybe after "The") and a verb follows it (maybe after an
 * auxiliary or adverb): the sentence's doer ("Iran tested a ballistic missile on Sunday", "The Kremlin annexed …"); else null.
 */
function leadingSubject(toks: readonly Token[], m: ActorMention): { mention: ActorMention; verb: string } | null {
  if (m.first > 1 || (m.first === 1 && toks[0].lower !== 'the')) return null;
  let k = m.last;
  // ("Saudi agents murdered …": one noun after a demonym is the subject's head)
  if (k + 1 < toks.length && m.via === 'demonym' && toks[k].pos === 'NOUN' && toks[k + 1].pos === 'VERB') k++;
  while (k < toks.length && k < m.last + 2 && (toks[k].pos === 'AUX' || toks[k].pos === 'ADV')) k++;
  // ("North Korea test-fired …": the verb of a compound split at its hyphen)
  if (k + 2 < toks.length && toks[k + 1].lower === '-' && toks[k + 2].pos === 'VERB') return { mention: m, verb: toks[k + 2].lower };
  return k < toks.length && toks[k].pos === 'VERB' ? { mention: m, verb: toks[k].lower } : null;
}

/** Verbs of reaction (condemned, criticised, welcomed, rejected, …) among the tokens: a sentence that may answer the one before. */
const REACTION_WORD = /^(condemn|critici[sz]|denounc|deplor|welcom|reject|slam|blast|prais|hail|applaud|protest|decr|lambast|castigat|rebuk)/;
function reactionWord(toks: readonly Token[]): boolean {
  for (const t of toks) if (t.pos === 'VERB' && REACTION_WORD.test(t.lower)) return true;
  return false;
}

/** Adverbs that attribute a statement to unnamed reports ("Iran reportedly sent troops"). */
const REPORT_ADVERBS = new Set(['reportedly', 'allegedly', 'purportedly', 'reputedly', 'supposedly']);
function twoCodes(ms: ActorMention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i].code !== ms[0].code) return true;
  return false;
}

/** Whether one state is named twice, once by a capital or place ("Kenya … in Mombasa"): a domestic act may be coded (see `home`). */
function ownPlace(ms: ActorMention[]): boolean {
  if (ms.length < 2) return false;
  for (const m of ms) if (m.via === 'capital' || m.via === 'place') return true;
  return false;
}

/** Whether verb group v is in a main clause and finite. */
function isMain(p: ShallowParse<ActorMention>, v: number): boolean {
  const vg = p.verbs[v];
  // (nor a reduced passive relative: "warplanes supported by Russia pounded …")
  if (vg.infinitive || vg.gerund || vg.reduced) return false;
  const op = p.clauses[vg.clause].opener;
  return !(op && SUBORDINATE.has(op));
}

/**
 * The governor of an infinitive that verb group `v` is coordinated with ("agreed to withdraw its troops and cooperate
 * with Turkey": "cooperate" shares "agreed to"), else -1: a bare verb right after "and", whose previous verb group in
 * the clause is an infinitive complementing the verb before it.
 */
function coordinatedGovernor(p: ShallowParse<ActorMention>, v: number, toks: Token[], lemmas: string[]): number {
  const vg = p.verbs[v];
  // a base form ("and cooperate", "and to cooperate"), not a finite verb coordinated with the governor ("refused … and attacked")
  if (v < 2 || vg.gerund || vg.first === 0 || toks[vg.first - 1].lower !== 'and' || toks[vg.head].lower !== lemmas[vg.head]) return -1;
  const inf = p.verbs[v - 1], g = p.verbs[v - 2];
  if (!inf.infinitive || inf.clause !== vg.clause || g.clause !== vg.clause || !adjacentComplement(toks, g.last, inf.first)) return -1;
  // nothing between the infinitive and "and" that could be a subject of its own (no verb, no clause break)
  for (let i = inf.last; i < vg.first - 1; i++) if (toks[i].lower === ',' || toks[i].lower === ';' || p.verbAt[i] >= 0) return -1;
  return v - 2;
}

/** Nouns of demands and appeals whose that-clause says what is asked ("the demand that Israel ease …"). */
const DEMAND_NOUNS = new Map<string, 'demand' | 'appeal'>([['demand', 'demand'], ['demands', 'demand'], ['insistence', 'demand'], ['ultimatum', 'demand'],
  ['call', 'appeal'], ['calls', 'appeal'], ['appeal', 'appeal'], ['appeals', 'appeal'], ['request', 'appeal'], ['plea', 'appeal']]);
/** Possessive pronouns (not "'s": "rejected Iran's demand" is Iran's, not the subject's). */
/** Nouns of a charge that a closing clause answers ("…, a charge Islamabad denies", "an allegation Moscow rejects"). */
const CHARGE_NOUNS = new Set(['charge', 'accusation', 'allegation', 'claim', 'assertion']);
const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our']);
/** Words that may come between a demand noun and its "that". */
const NOUN_THAT_GAP = new Set(['today', 'yesterday', 'again', 'once', 'now']);
/** The demand noun right before the "that" at `that` (its kind, and whether a possessive makes it the subject's), else null. */
function demandNoun(toks: Token[], that: number): { kind: 'demand' | 'appeal'; own: boolean } | null {
  if (that < 1 || toks[that].lower !== 'that') return null;
  // a time word may come between ("its demand today that …")
  const n = NOUN_THAT_GAP.has(toks[that - 1].lower) ? that - 2 : that - 1;
  const kind = n >= 0 ? DEMAND_NOUNS.get(toks[n].lower) : undefined;
  if (kind === undefined || toks[n].pos !== 'NOUN') return null;
  let k = n - 1;
  while (k >= 0 && toks[k].pos === 'ADJ') k--;
  return { kind, own: k >= 0 && POSSESSIVES.has(toks[k].lower) };
}

/** Words of capability before a gerund or infinitive ("capable of launching", "able to strike", "the capacity to hit"). */
const CAPABILITY = new Set(['capable', 'able', 'capability', 'capabilities', 'capacity', 'ability']);
function capability(toks: Token[], vg: { first: number; infinitive: boolean; gerund: boolean }): boolean {
  if (vg.gerund) return vg.first >= 2 && toks[vg.first - 1].lower === 'of' && CAPABILITY.has(toks[vg.first - 2].lower);
  return vg.infinitive && vg.first >= 1 && toks[vg.first].lower === 'to' && CAPABILITY.has(toks[vg.first - 1].lower);
}

/** The (not negated) speech verb of which verb group `v` (v ≥ 1) is a "must"/"should" clause ("said (that) Y must act"), else -1. */
function demandingSpeech(p: ShallowParse<ActorMention>, v: number): number {
  const vg = p.verbs[v];
  if (vg.infinitive || vg.gerund || !(vg.modals.includes('must') || vg.modals.includes('should'))) return -1;
  const gv = governorOf(p, v);
  const gi = gv >= 0 ? gv : isSpeechVerb(p.verbs[v - 1].lemma) ? v - 1 : -1;
  return gi >= 0 && isSpeechVerb(p.verbs[gi].lemma) && !p.verbs[gi].negated ? gi : -1;
}

/** The speech verb of which verb group `v` is an asserted "must" clause ("said (that) the government must act"), else -1. */
function mustDemand(p: ShallowParse<ActorMention>, v: number): number {
  const vg = p.verbs[v];
  return vg.negated || !vg.modals.includes('must') ? -1 : demandingSpeech(p, v);
}

/** Subject pronouns of a claimed act ("said that they had struck the convoy"). */
const CLAIM_PRONOUNS = new Set(['they', 'it', 'he', 'she', 'we']);
/**
 * The claim verb (complements.tsv kind `claim`) whose own act verb group `v` is, else -1: "claimed (that) they had
 * struck" (a subject pronoun right before the act) or "claimed to have struck" (a perfect infinitive).
 */
function claimGovernor(p: ShallowParse<ActorMention>, v: number, toks: Token[], governors: Map<string, ShiftKind>): number {
  const vg = p.verbs[v];
  if (v === 0 || vg.gerund) return -1;
  let gi = v - 1;
  if (vg.infinitive) return -1;
  // "claimed to have attacked": the perfect infinitive's "have" right before the act
  if (p.verbs[gi].infinitive && p.verbs[gi].lemma === 'have' && p.verbs[gi].last === vg.first && gi > 0 && adjacentComplement(toks, p.verbs[gi - 1].last, p.verbs[gi].first)) gi--;
  else {
    const g = p.verbs[gi];
    let k = g.last;
    if (k < vg.first && toks[k].lower === 'that') k++;
    if (!(k === vg.first - 1 && CLAIM_PRONOUNS.has(toks[k].lower))) return -1;
  }
  const g = p.verbs[gi];
  return !g.negated && governors.get(g.lemma) === 'claim' ? gi : -1;
}

/**
 * A bare past participle that describes a noun rather than reports an act: the end of a hyphenated modifier
 * ("Russia-backed militias", "a government-sponsored militia") or a reduced passive relative before the clause's own
 * verb ("jets backed by Russia bombed …", "soldiers, backed by allied fighters, have attacked …").
 */
function describesNoun(p: ShallowParse<ActorMention>, v: number, toks: Token[]): boolean {
  const vg = p.verbs[v];
  const h = vg.head;
  if (vg.first !== h || vg.infinitive || vg.gerund || !toks[h].lower.endsWith('ed')) return false;
  if (h > 0 && toks[h - 1].lower === '-' && h + 1 < toks.length) {
    const nx = toks[h + 1].pos;
    return nx === 'NOUN' || nx === 'PROPN' || nx === 'ADJ';
  }
  if (h === 0 || h + 1 >= toks.length || toks[h + 1].lower !== 'by') return false;
  const pv = toks[h - 1];
  if (pv.pos !== 'NOUN' && pv.pos !== 'PROPN' && pv.lower !== ',') return false;
  return v + 1 < p.verbs.length && p.verbs[v + 1].clause === vg.clause && !p.verbs[v + 1].infinitive;
}

/** An infinitive that complements the verb before it: at most two adverbs, adjectives or particles between ("agreed to", "is ready to"). */
function adjacentComplement(toks: Token[], from: number, to: number): boolean {
  if (to - from > 3 || !strictlyAdjacent(toks, from, to)) {
    // time and manner adverbials between the governor and its infinitive ("agreed in principle on Monday to send")
    if (to - from > 6) return false;
    for (let i = from; i < to; i++) {
      const t = toks[i];
      if (t.pos === 'ADV' || t.pos === 'PART' || TIME_WORDS.has(t.lower) || ADVERBIAL_WORDS.has(t.lower)) continue;
      return false;
    }
    return true;
  }
  return true;
}

/** The noun right before the infinitive at `to`, when only determiners, possessives and adjectives come between it and the verb ending at `from` ("expressed its readiness to"); else -1. */
function statedNoun(toks: Token[], from: number, to: number): number {
  const k = to - 1;
  if (k < from || k - from > 4 || toks[k].pos !== 'NOUN') return -1;
  for (let i = from; i < k; i++) {
    const t = toks[i];
    if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'ADV' && !(t.pos === 'PRON' && THIRD_PERSON.has(t.lower))) return -1;
  }
  return k;
}

function strictlyAdjacent(toks: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const p = toks[i].pos;
    if (p !== 'ADV' && p !== 'ADJ' && p !== 'PART' && p !== 'AUX') return false;
  }
  return true;
}
const ADVERBIAL_WORDS = new Set(['in', 'principle', 'theory', 'effect', 'the', 'end', 'finally', 'also', 'again', 'now']);

/** A noun phrase right after the verb pattern (a direct object), skipping adverbs. */
const TIME_WORDS = new Set(['today', 'yesterday', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'last', 'next', 'this', 'on', 'earlier', 'later']);

function hasObject(toks: Token[], from: number, limit: number): boolean {
  let i = from;
  // adverbs, time words, and coordinated verbs sharing the object ("strengthen and bolster the government")
  // ("on" only before a date: "met on Monday", but "clashed on the border" and "cooperated on security" have no object)
  // ("there" and "here" are places, no objects: "their troops clashed there")
  while (i < limit && (toks[i].pos === 'ADV' || toks[i].lower === 'there' || toks[i].lower === 'here' || (TIME_WORDS.has(toks[i].lower) && (toks[i].lower !== 'on' || onDate(toks, i + 1))) || (toks[i].pos === 'CCONJ' && toks[i + 1]?.pos === 'VERB') || (toks[i].pos === 'VERB' && toks[i - 1]?.pos === 'CCONJ'))) i++;
  if (i >= limit) return false;
  const p = toks[i].pos;
  return p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM' || p === 'PRON';
}

/** Whether token i starts a date or time ("Monday", "12 May", "Friday night", "that day"). */
function onDate(toks: Token[], i: number): boolean {
  const t = toks[i];
  return t !== undefined && (t.pos === 'NUM' || CALENDAR.has(t.lower) || TIME_WORDS.has(t.lower) || t.lower === 'that' || t.lower === 'the' && CALENDAR.has(toks[i + 1]?.lower ?? ''));
}

/** Reporting verbs that make a fronted report an accusation or complaint, with their codes (dictionaries/verbs/fronted.tsv). */
const FRONTED = loadCodedPhrases('fronted.tsv');
const PEACEKEEPING = new Set(['peacekeeping', 'peacekeeper', 'peace-keeping', 'peace-keeper', 'peacekeepers']);
const MONITOR = new Set(['monitor', 'supervise', 'observe', 'police', 'enforce']);
const TRUCE = new Set(['ceasefire', 'cease-fire', 'truce', 'armistice']);
/** Words [from, to) name a peacekeeping purpose: a peacekeeping word, or monitoring/supervising a ceasefire or truce. */
function peacekeeping(lemmas: string[], lowers: string[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (PEACEKEEPING.has(lemmas[k]) || PEACEKEEPING.has(lowers[k])) return true;
    if (MONITOR.has(lemmas[k])) for (let x = k + 1; x < to && x <= k + 3; x++) if (TRUCE.has(lemmas[x]) || TRUCE.has(lowers[x])) return true;
  }
  return false;
}

/** Verbs that conclude an agreement ("reach", "strike") and the agreement nouns whose infinitive is the act agreed on (dictionaries/verbs/agreements.tsv). */
const AGREEMENT_ROWS = loadWordList('agreements.tsv');
/**
 * Governors of intent that, in the passive, report what others expect of the subject, not its intent ("Li Peng is expected
 * to visit Russia" is a predicted visit, not an intent to meet): the act keeps its code, predicted by modality.ts.
 */
const PASSIVE_EXPECTATIONS = new Set(['expect']);
for (const x of AGREEMENT_ROWS) if (!/^[vn] +\S+$/.test(x)) throw new Error(`dictionaries/verbs/agreements.tsv: expected "v LEMMA" or "n LEMMA", got "${x}"`);
const REACH_VERBS = new Set([...AGREEMENT_ROWS].filter((x) => x.startsWith('v ')).map((x) => x.slice(2).trim()));
const AGREEMENT_NOUNS = new Set([...AGREEMENT_ROWS].filter((x) => x.startsWith('n ')).map((x) => x.slice(2).trim()));
/** Coercive acts a party can be "under" (dictionaries/verbs/under-nouns.tsv): "Qatar is under a blockade by Saudi Arabia". */
const UNDER_NOUNS = loadCodedPhrases('under-nouns.tsv');
/** Verbs after which "under" and a noun of under-nouns.tsv is an act on the subject. */
const UNDER_VERBS = new Set(['be', 'remain', 'come', 'live', 'stay', 'fall', 'suffer', 'languish']);
/** Purposes that make a deployment cooperation (dictionaries/verbs/deploy-purposes.tsv). */
const DEPLOY_PURPOSES = loadCodedPhrases('deploy-purposes.tsv');
/** Weapons and attacks that tell the kind of force when they are a generic conflict verb's subject (dictionaries/verbs/instruments.tsv). */
const INSTRUMENTS = loadCodedPhrases('instruments.tsv');
/** The code of the longest instrument phrase ending in [from, to) (on a tie the last), or null. */
function instrumentIn(lemmas: string[], lowers: string[], from: number, to: number): string | null {
  let best: { code: string; words: string[] } | null = null;
  for (let i = from; i < to; i++) {
    const list = INSTRUMENTS.get(lemmas[i]) ?? INSTRUMENTS.get(lowers[i]);
    if (!list) continue;
    for (const x of list) {
      const k0 = i - x.words.length + 1;
      if (k0 < from) continue;
      let ok = true;
      for (let k = 0; k < x.words.length - 1 && ok; k++) ok = x.words[k] === lemmas[k0 + k] || x.words[k] === lowers[k0 + k];
      if (ok) { if (!best || x.words.length >= best.words.length) best = x; break; }
    }
  }
  return best ? best.code : null;
}

/** Diseases, disasters and social ills a conflict verb may be aimed at without an actor (dictionaries/verbs/troubles.tsv). */
const TROUBLES = loadWordList('troubles.tsv');
const LEMMA_FIXES = loadLemmaFixes();
/** Domestic matters (dictionaries/verbs/domestic.tsv): an act on one of them with no target named is the country acting on itself. */
const DOMESTIC = loadWordList('domestic.tsv');
/** Whether a sentence names a domestic matter: the lower form of one of its tokens (as in `lowers`, which may not be filled in yet). */
/** The written forms of a verb lemma by the regular rules ("ban" → bans, banned, banning; "seize" → seized, seizing; "bury" → buried). */
function inflections(w: string): string[] {
  const out = [w, w + 's', w + 'ed', w + 'ing'];
  const last = w[w.length - 1];
  if (/(s|sh|ch|x|z)$/.test(w)) out.push(w + 'es');
  if (last === 'e') out.push(w + 'd', w.slice(0, -1) + 'ing');
  if (last === 'y' && !/[aeiou]y$/.test(w)) out.push(w.slice(0, -1) + 'ied', w.slice(0, -1) + 'ies');
  if (/[^aeiou][aeiou][bdglmnprt]$/.test(w)) out.push(w + last + 'ed', w + last + 'ing');
  return out;
}
/**
 * Whether token i may head a verb group once the parse has repaired the tags: a verb, or a noun or adjective that
 * `pastTenseRepaired` may turn into one (an "-ed" form, an irregular past) or that follows an auxiliary (the shallow
 * parser's repair after a modal). Most "attack(s)", "strike(s)", "protest(s)" in news are nouns: those sentences need no parse.
 */
function mayBeVerb(toks: Token[], i: number): boolean {
  const t = toks[i];
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return false;
  // "Venezuela releases …": an "-s" form right after a name, tagged as a plural noun
  return t.lower.endsWith('ed') || IRREGULAR.has(t.lower) || (i > 0 && (toks[i - 1].pos === 'AUX' || toks[i - 1].pos === 'ADV' || toks[i - 1].pos === 'PROPN'));
}
function namesDomestic(toks: Token[]): boolean {
  for (const t of toks) if (DOMESTIC.has(t.lower)) return true;
  return false;
}
/**
 * The mentions that are not a state's possessive before a relation noun and the actor it names ("Iran's ally Hezbollah",
 * "Russia's closest partner, Syria": relation-nouns.tsv): the actor is the one named, the possessive only says whose ally
 * it is. The same array when there is none.
 */
function relatedFree(toks: Token[], mentions: ActorMention[]): ActorMention[] {
  let drop: Set<ActorMention> | null = null;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    let i = relationNounAfter(toks, m.last);
    if (i < 0) continue;
    i++;
    if (toks[i]?.lower === ',') i++;
    if (mentions[k + 1].first === i) (drop ??= new Set()).add(m);
  }
  return drop === null ? mentions : mentions.filter((x) => !drop!.has(x));
}
/**
 * The mentions that are no currency prefix: "US$400 million", "HK$ 2 billion" name dollars, not the United States or
 * Hong Kong (a mention whose last token ends in "$", or is followed by a dollar sign and an amount).
 * The same array when there is none.
 */
function currencyFree(toks: Token[], mentions: ActorMention[]): ActorMention[] {
  let any = false;
  for (const m of mentions) if (isCurrency(toks, m)) { any = true; break; }
  return any ? mentions.filter((m) => !isCurrency(toks, m)) : mentions;
}
/**
 * The mentions that are not in a dateline: "BEIRUT (AP) - …", "KABUL, Afghanistan (Reuters) — …" name where the story
 * was filed, never an actor of the sentence. A dateline opens the sentence with a mention written in capitals, maybe
 * followed by ", Place", then a bracket (the agency) or a spaced dash ("US-led" has no spaces; a two-letter "US - " is
 * left alone). The same array when there is none.
 */
function datelineFree(toks: Token[], mentions: ActorMention[]): ActorMention[] {
  const m = mentions[0];
  if (m === undefined || m.first !== 0) return mentions;
  let letters = 0;
  for (let i = 0; i < m.last; i++) {
    const t = toks[i].text;
    if (!/^[A-Z][A-Z.'-]*$/.test(t)) return mentions;
    letters += t.length;
  }
  let end = m.last;
  // ", Afghanistan": a second mention after a comma belongs to the dateline
  let k = 1;
  if (toks[end]?.text === ',' && mentions[1] !== undefined && mentions[1].first === end + 1) { end = mentions[1].last; k = 2; }
  const next = toks[end];
  if (next === undefined) return mentions;
  const dash = /^[-–—]+$/.test(next.text) && next.start > toks[end - 1].end && (letters >= 3 || k === 2);
  if (next.text !== '(' && !dash) return mentions;
  return mentions.slice(k);
}
/** Whether mention m is a currency prefix (see `currencyFree`). */
function isCurrency(toks: Token[], m: ActorMention): boolean {
  const t = toks[m.last - 1];
  const next = toks[m.last];
  if (t === undefined) return false;
  if (t.text.endsWith('$')) return true;
  // "US$400" split after "US", or a short capitalised prefix spaced from the amount's dollar sign ("US $5 million";
  // not "lent the United States $3 billion")
  return next !== undefined && next.text.startsWith('$') && (next.start === t.end || /^[A-Z]{1,3}$/.test(t.text));
}

/** Sport matches and contests (dictionaries/verbs/contests.tsv): a conflict verb in one is a win, not force. */
const CONTESTS = loadWordList('contests.tsv');
/** A conflict pattern (18–20) whose clause names a match or contest within eight words after the pattern's end. */
function contestAfter(code: string, lemmas: string[], lowers: string[], from: number, last: number, verb: string): boolean {
  const r = code.slice(0, 2);
  if (r !== '18' && r !== '19' && r !== '20') return false;
  // (and a vote, for a verb of winning: "defeated the ruling party in the elections")
  const vote = WINS.has(verb);
  for (let i = from; i < last && i < from + 8; i++) if (CONTESTS.has(lemmas[i]) || CONTESTS.has(lowers[i]) || (vote && (VOTES.has(lemmas[i]) || VOTES.has(lowers[i])))) return true;
  return false;
}
/** Sports sides (dictionaries/verbs/sport-sides.tsv): one in the subject of a conflict verb makes the clause a match. */
const SPORT_SIDES = loadWordList('sport-sides.tsv');
/** A conflict pattern (18–20) with a sports side (a word, or two words in a row) among the words [from, to) before its verb. */
function sportSide(code: string, lemmas: string[], lowers: string[], from: number, to: number): boolean {
  const r = code.slice(0, 2);
  if (r !== '18' && r !== '19' && r !== '20') return false;
  for (let i = from; i < to; i++) {
    if (SPORT_SIDES.has(lemmas[i]) || SPORT_SIDES.has(lowers[i])) return true;
    if (i + 1 < to && SPORT_SIDES.has(`${lowers[i]} ${lowers[i + 1]}`)) return true;
  }
  return false;
}
/** A conflict pattern (18–20) followed within four words by a score ("beat Germany 2-1", "won 3–0"). */
function scoreAfter(code: string, lowers: string[], from: number, last: number): boolean {
  const r = code.slice(0, 2);
  if (r !== '18' && r !== '19' && r !== '20') return false;
  for (let i = from; i < last && i < from + 4; i++) if (/^\d{1,2}[-–]\d{1,2}$/.test(lowers[i])) return true;
  return false;
}
/** Words of military exercises (dictionaries/verbs/drills.tsv): held together with no target they are military cooperation. */
const DRILLS = loadWordList('drills.tsv');
/** Votes (votes.tsv) and the verbs of winning that code no force in one (wins.tsv). */
const VOTES = loadWordList('votes.tsv');
/** Nouns of a leader's mandate (mandates.tsv): a reaction to one "of" a leader is aimed at the leader, even of the reacting actor's state. */
const MANDATES = loadWordList('mandates.tsv');
const WINS = loadWordList('wins.tsv');
const HAZARDS = loadWordList('hazards.tsv');
/** Participles that name aid recipients by what befell them (recipients.tsv: affected, hit, displaced, …). */
const RECIPIENT_PARTICIPLES = loadWordList('recipients.tsv');
/** Verbs of arrest, charge and inquiry whose object is suspected of an act named after "in"/"over"/"for" (suspect-verbs.tsv). */
const SUSPECT_VERBS = loadWordList('suspect-verbs.tsv');
/** Nouns of people named by where they come from (origin-nouns.tsv: refugees, migrants, nationals, …). */
const ORIGIN_NOUNS = loadWordList('origin-nouns.tsv');
/** Verbs that build up their object, after a bare "help" (help-builds.tsv: establish, build, train, …). */
const HELP_BUILDS = loadWordList('help-builds.tsv');
/** Reactions an act draws from others ("…, drawing criticism from the EU"): the nouns with their codes, and the verbs of drawing. */
const REACTIONS = loadCodedPhrases('reactions.tsv');
const DRAW_VERBS = loadWordList('draw-verbs.tsv');
const POLICY_MATTERS = loadWordList('policy-matters.tsv');
/**
 * A state of emergency (1724, the pattern's word "emergency") in a sentence that names a natural hazard or an epidemic
 * (hazards.tsv: "ahead of Hurricane Irma", "after the earthquake"): a response to the disaster, not repression.
 */
function hazardEmergency(m: PatternMatch, lemmas: string[], lowers: string[], toks: Token[]): boolean {
  if (m.pattern.code !== '1724' || !m.positions.some((i) => lowers[i] === 'emergency')) return false;
  // a noun, not the verb of "stormed the parliament", "fired on protesters"
  for (let i = 0; i < lowers.length; i++) if ((HAZARDS.has(lowers[i]) || HAZARDS.has(lemmas[i])) && toks[i].pos !== 'VERB') return true;
  return false;
}
/** Words that may come between a conflict verb and its object. */
const TROUBLE_GAP = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'against', 'spread', 'of', 'deadly', 'growing', 'rampant', 'rising', 'widespread', 'endemic']);

/**
 * A conflict pattern (18–20) whose object is a disease, disaster or social ill ("fight the Ebola epidemic",
 * "battle the floods", "combat corruption"): no attack on an actor. Scans up to five words after the pattern,
 * stopping at an actor.
 */
function troubleObject(code: string, lemmas: string[], lowers: string[], toks: Token[], from: number, last: number, groupAt: Int32Array | number[]): boolean {
  const r = code.slice(0, 2);
  if (r !== '18' && r !== '19' && r !== '20') return false;
  for (let i = from, k = 0; i < last && k < 5; i++, k++) {
    if (groupAt[i] >= 0) return false;
    if (TROUBLES.has(lemmas[i]) || TROUBLES.has(lowers[i])) return true;
    const pos = toks[i].pos;
    if (!(TROUBLE_GAP.has(lowers[i]) || pos === 'ADJ' || pos === 'PROPN' || pos === 'NOUN' || pos === 'DET')) return false;
  }
  return false;
}

/** Verbs and nouns of what a warning says its target will suffer ("would face consequences", "would pay a heavy price"). */
const FATE_VERBS = new Set(['face', 'pay', 'bear', 'suffer', 'regret']);
const FATE_NOUNS = new Set(['consequence', 'price', 'revenge', 'retaliation', 'response', 'punishment', 'reprisal', 'wrath', 'cost']);

/** Verbs of an outbreak whose subject, an event noun, names its parties after them ("clashes erupted between …"). */
const OUTBREAK_VERBS = new Set(['erupt', 'break', 'flare', 'resume', 'rage', 'intensify', 'escalate', 'continue']);

/** Words that end a conflict named by a noun after them ("ending the war", "an end to the fighting", "halt the offensive"). */
const ENDING = new Set(['end', 'halt', 'stop', 'cease']);

/**
 * A conflict noun (18–20) that an ending word before it governs ("signed a declaration ending the state of war between
 * Jordan and Israel", "called for an end to the war between …", "ended eight years of war between …"): no act of war.
 * Scans up to six words back in the noun's clause, stopping at another verb ("ended the truce and resumed the war on").
 */
function endedConflict(code: string, lemmas: string[], verbAt: Int32Array | number[], clauseOf: Int32Array | number[], i: number): boolean {
  const r = code.slice(0, 2);
  if (r !== '18' && r !== '19' && r !== '20') return false;
  for (let k = i - 1; k >= 0 && k >= i - 6 && clauseOf[k] === clauseOf[i]; k--) {
    if (ENDING.has(lemmas[k])) return true;
    if (verbAt[k] >= 0) return false;
  }
  return false;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The speaker of a sentence with a quotation: the subject of the speech verb outside the quotes, or X in "quoted X as saying". */
function speakerOf(p: ShallowParse<ActorMention>): ActorGroup<ActorMention> | null {
  const v = speakerVerbIndex(p);
  if (v < 0) return null;
  const vg = p.verbs[v];
  if (vg.lemma === 'quote') {
    for (const g of p.groups) if (g.first >= vg.last && g.first <= vg.last + 3) return g;
  }
  // the nearest actor group before the verb outside the quotation, in the same clause, else after it ("…," said X)
  let best: ActorGroup<ActorMention> | null = null;
  for (const g of p.groups) {
    if (p.quoted[g.first] === 1) continue;
    if (g.last <= vg.first && g.clause === vg.clause) best = g;
  }
  if (best) return best;
  for (const g of p.groups) if (p.quoted[g.first] !== 1 && g.first >= vg.last && g.first <= vg.last + 6) return g;
  for (const g of p.groups) if (p.quoted[g.first] !== 1 && g.last <= vg.first && (g.prep === 'for' || g.prep === 'of')) return g;
  return null;
}

function speakerVerbIndex(p: ShallowParse<ActorMention>): number {
  let any = false;
  for (let i = 0; i < p.quoted.length; i++) if (p.quoted[i]) { any = true; break; }
  if (!any) return -1;
  for (let k = 0; k < p.verbs.length; k++) if (p.quoted[p.verbs[k].head] !== 1 && isSpeechVerb(p.verbs[k].lemma)) return k;
  return -1;
}

/** The words before a verb group in its clause (its subject as written), trimmed. */
/** Nouns of help after "with (the) … of": "with the help of", "with the support of" (the helper is no target). */
const HELP_NOUNS = new Set(['help', 'support', 'backing', 'assistance', 'aid', 'cooperation']);

/** Words that name a body an armed group governs with: its arrests are arrests (173), not abductions. */
const GOVERNING_WORDS = new Set(['government', 'police', 'policemen', 'court', 'courts', 'authorities', 'ministry', 'administration', 'judiciary', 'prosecutors']);

/** Whether a CAMEO actor code is an armed group outside any state's forces: rebels, insurgents, militias, militant groups. */
function armedNonState(code: string): boolean {
  return code.startsWith('IMG') || (code.length === 6 && (code.endsWith('REB') || code.endsWith('INS') || code.endsWith('UAF')));
}

function subjectText(p: ShallowParse, v: number): string | null {
  const vg = p.verbs[v];
  const c = p.clauses[vg.clause];
  // "X withdrew from the race, saying …", "X called on Y to act and said …": a participle or coordinated verb after a finite
  // verb of its clause speaks for that verb's subject (its text is no stretch of words with a verb in it)
  let k = v - 1;
  while (k >= 0 && p.verbs[k].clause === vg.clause && p.verbs[k].infinitive) k--;
  if (k >= 0 && p.verbs[k].clause === vg.clause) return subjectText(p, k);
  let a = c.first;
  while (a < vg.first && (p.sentence.tokens[a].pos === 'PUNCT' || p.sentence.tokens[a].pos === 'SCONJ' || p.sentence.tokens[a].pos === 'CCONJ')) a++;
  if (a >= vg.first) return null;
  const t = p.sentence.tokens;
  // "… since the revolution, officials said": a clause opened by a subordinator ends at its comma, and the speaker
  // is named after it
  if (c.opener !== null && c.opener !== ',' && c.opener !== 'quote') {
    for (let k = vg.first - 1; k > a; k--) if (t[k].lower === ',') { a = k + 1; break; }
    if (a >= vg.first) return null;
  }
  return p.sentence.text.slice(t[a].start - p.sentence.start, t[vg.first - 1].end - p.sentence.start) || null;
}
