/**
 * Clause-level shallow parsing over wink's universal POS tags: verb groups (with
 * auxiliaries, modals, negation, passive voice and the infinitive marker), clause
 * and quote boundaries, and actor groups (coordinated actor mentions, "Both the US
 * and Iran", with the preposition that governs them).
 *
 * Method: the sparse-parsing approach of TABARI (Schrodt 2009, "TABARI: Textual
 * Analysis By Augmented Replacement Instructions", §5): no full parse, only the
 * constituents that event coding needs — the verb, the first actor before it in
 * its clause (subject) and the first actor after it (object) — found by linear
 * scans with boundary rules. One pass over the tokens per structure; no regexes.
 */
import type { SegmentedSentence } from './segment.ts';
import { loadWordList } from './verbs.ts';

/** What the parser needs of an actor mention (a subset of ActorMention). */
export interface MentionLike {
  code: string;
  start: number;
  end: number;
  /** Token indices in the sentence, [first, last). */
  first: number;
  last: number;
}

/** A run of auxiliaries, adverbs, negation and a head verb. */
export interface VerbGroup {
  /** Token range [first, last) (includes "to", auxiliaries and adverbs). */
  first: number;
  last: number;
  /** Index of the head verb (the last verb of the group; the last auxiliary for a bare copula). */
  head: number;
  lemma: string;
  /** "not", "n't", "never", "no longer" inside the group. */
  negated: boolean;
  /** Modal auxiliaries and future markers inside the group, lower case ("might", "will", "would"). */
  modals: string[];
  /** be + past participle ("was attacked"). */
  passive: boolean;
  /** Preceded by the infinitive marker "to". */
  infinitive: boolean;
  /** Head ends in -ing with no auxiliary ("Countering ISIS ..."; "while boosting ..."). */
  gerund: boolean;
  /** A reduced passive relative with its agent, passive with no "be" ("the sanctions imposed by the United States on …"). */
  reduced: boolean;
  /** Only auxiliaries ("is", "has been"): a copula or light verb. */
  copula: boolean;
  /** Index of the clause the group is in. */
  clause: number;
}

/** A coordination of actor mentions acting as one noun phrase. */
export interface ActorGroup<M extends MentionLike = MentionLike> {
  mentions: M[];
  /** Token range [first, last) covering the mentions and the words joining them. */
  first: number;
  last: number;
  /** Lower-case preposition governing the group ("to", "by", "of"), or null. */
  prep: string | null;
  /** Index of the clause the group is in. */
  clause: number;
}

export interface Clause {
  first: number;
  last: number;
  /** The word that opened the clause ("that", "if", "because", a quote mark), lower case, or null. */
  opener: string | null;
  /** Inside quotation marks. */
  quoted: boolean;
}

export interface ShallowParse<M extends MentionLike = MentionLike> {
  sentence: SegmentedSentence;
  /** Lower-case lemma per token. */
  lemmas: string[];
  verbs: VerbGroup[];
  groups: ActorGroup<M>[];
  clauses: Clause[];
  /** Clause index per token. */
  clauseOf: Int32Array;
  /** 1 where the token is inside quotation marks. */
  quoted: Uint8Array;
  /** Verb-group index per token (-1 when none). */
  verbAt: Int32Array;
  /** Actor-group index per token (-1 when none). */
  groupAt: Int32Array;
}

const NEGATION = new Set(['not', "n't", 'never', 'nt']);
/** Tags before a participle that make it an adjective rather than a verb. */
const ADJECTIVAL_BEFORE = new Set(['DET', 'ADJ', 'ADP', 'VERB', 'NUM', 'CCONJ']);
/** Verbs whose past participle is their base form: after "be" they are passive too ("were hit by", "was overrun by"). */
/** Participles that open a reduced passive right after an actor (leading-participles.tsv: `agentLedRelative`). */
const LEADING_PARTICIPLES = loadWordList('leading-participles.tsv');

/**
 * A reduced passive right after an actor with no comma: "Chechen rebels led by Shamil Basayev seized …", "militias
 * backed by Iran attacked …". The -ed participle at `first` follows an actor, "by" at `last` is followed by a named agent
 * (a proper noun or an actor, "the" may come first), and a finite past verb comes later in the sentence before any
 * clause break, so the participle is not the clause's own verb. Only participles of leading or backing
 * (leading-participles.tsv) count ("Iran responded by firing missiles" has no agent named).
 */
function agentLedRelative(toks: SegmentedSentence['tokens'], lemmas: string[], inMention: Int32Array, first: number, last: number): boolean {
  const hl = toks[first].lower;
  if (first < 1 || inMention[first - 1] < 0 || !LEADING_PARTICIPLES.has(hl)) return false;
  let a = last + 1;
  if (a < toks.length && toks[a].lower === 'the') a++;
  if (a >= toks.length || (toks[a].pos !== 'PROPN' && inMention[a] < 0)) return false;
  for (let k = a + 1; k < toks.length; k++) {
    const t = toks[k];
    if (t.pos === 'PUNCT' && t.lower !== '-' && t.lower !== "'") return false;
    if (t.pos === 'VERB' && inMention[k] < 0 && t.lower !== lemmas[k] && !t.lower.endsWith('ing') && !isSForm(t.lower, lemmas[k])) return true;
  }
  return false;
}

const SAME_FORM_PARTICIPLES = new Set(['hit', 'cut', 'put', 'set', 'shut', 'hurt', 'spread', 'cast', 'burst', 'quit', 'upset', 'split', 'shed', 'thrust', 'broadcast', 'overrun', 'offset', 'beset', 'outbid', 'bid']);
/** Possessives before a noun phrase ("'s" of "Algeria's", "its", "their"). */
const POSSESSIVE = new Set(["'s", '’s', "'", 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Day words that can stand for adverbs of time ("today", "yesterday"). */
const DAY_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);
const MODALS = new Set(['might', 'could', 'may', 'would', 'should', 'will', 'shall', 'must', 'can', "'ll", 'wo', 'ca', 'cannot']);
const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m", 'am']);
const QUOTES = new Set(['"', '“', '”', '«', '»', '``', "''"]);
/** Nouns of relation that make a possessive after a bare comma an apposition (dictionaries/verbs/relation-nouns.tsv). */
const RELATION_NOUNS = loadWordList('relation-nouns.tsv');
/** Words after "once" that make it an adverb, not a clause opener ("once again", "once a week", "once every year"). */
const ONCE_NOT_OPENER = new Set(['again', 'more', 'a', 'an', 'every', 'each', 'per', 'or', 'and', 'in']);
/** Words before "once" that make it a frequency or "immediately" ("about once a month", "only once", "at once"). */
const ONCE_FREQUENCY_BEFORE = new Set(['about', 'roughly', 'nearly', 'almost', 'only', 'just', 'than', 'at', 'least']);
/** Words that open a new clause. */
const CLAUSE_OPENERS = new Set([
  'because', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'since', 'when', 'whenever', 'after', 'before',
  'until', 'once', 'which', 'who', 'whom', 'whose', 'where', 'but', 'yet', 'however', 'despite', 'as', 'so', 'whether',
]);
/** -ing forms that are prepositions, never verb groups. */
const PREPOSITIONAL_PARTICIPLES = new Set(['including', 'excluding', 'regarding', 'concerning', 'notwithstanding']);
const CLAUSE_PUNCT = new Set([';', ':', '--', '—', '–']);
/** Possessive pronouns that may open a coordinated member after "and". */
const OWNERS = new Set(['his', 'her', 'its', 'their']);
const JOINERS = new Set(['and', ',', 'or', 'both', 'either', 'neither', 'nor', 'the', 'as', 'well', 'also', '&', '(', ')', '[', ']']);
/** Prepositions that can govern an actor group. */
const PREPS = new Set([
  'to', 'by', 'of', 'from', 'with', 'against', 'on', 'in', 'at', 'for', 'into', 'toward', 'towards', 'across', 'inside',
  'within', 'between', 'among', 'alongside', 'beside', 'over', 'upon', 'onto', 'throughout', 'near', 'under', 'than',
  'about', 'like', 'including', 'via', 'through', 'behind', 'without', 'after', 'before', 'during', 'since',
]);

/**
 * Verbs whose object is followed by a bare infinitive that the object does ("helped Kurdish fighters defeat ISIS", "let
 * the inspectors visit the site", "made the army withdraw"): that verb group is an infinitive, as with "to".
 */
export const BARE_INFINITIVE_GOVERNORS = new Set(['help', 'let', 'make']);

/** Participles of report that raise the subject of a perfect infinitive ("is believed to have sent", "is said to have armed"). */
export const RAISING_REPORTS = new Set(['believed', 'said', 'thought', 'reported', 'alleged', 'understood', 'suspected', 'known', 'estimated', 'claimed', 'rumoured', 'rumored']);

/** Whether token i follows "to have" after a participle of report: the participle of a reported perfect ("… to have supplied drones"). */
export function reportedPerfect(toks: SegmentedSentence['tokens'], i: number): boolean {
  return i >= 3 && toks[i - 1].lower === 'have' && toks[i - 2].lower === 'to' && RAISING_REPORTS.has(toks[i - 3].lower);
}

/** Whether the actor ending right before token i (perhaps one of several joined by "and" or commas) is the object of such a verb. */
function bareInfinitiveAfter(toks: SegmentedSentence['tokens'], lemmas: string[], inMention: Int32Array, i: number): boolean {
  let k = i - 1;
  if (k < 1 || inMention[k] < 0) return false;
  while (k > 0 && (inMention[k] >= 0 || toks[k].lower === 'and' || toks[k].lower === ',')) k--;
  return toks[k].pos === 'VERB' && BARE_INFINITIVE_GOVERNORS.has(lemmas[k]);
}

/** A past form ("displaced", "taken"; not "need", "feed"): never an infinitive after "to". */
function pastForm(lower: string, lemma: string): boolean {
  return lower !== lemma && (lower.endsWith('ed') || lower.endsWith('en'));
}

/** An inflected -s form ("demands", "talks"; not "discuss", "focus"): after "to" or a verb head it is a plural noun. */
function isSForm(lower: string, lemma: string): boolean {
  return lower.endsWith('s') && !lower.endsWith('ss') && lower !== lemma;
}

/** Mention index per token (scratch, reused between parses: it does not leave `shallowParse`). */
let inMentionBuf = new Int32Array(256);

/** Parse a sentence given its lemmas and its actor mentions (sorted, non-overlapping). */
export function shallowParse<M extends MentionLike>(sentence: SegmentedSentence, lemmas: string[], mentions: M[]): ShallowParse<M> {
  const toks = sentence.tokens;
  const n = toks.length;
  // one backing store for the four per-token arrays of the result (fresh per parse: callers keep them)
  const buf = new ArrayBuffer(13 * n);
  const clauseOf = new Int32Array(buf, 0, n);
  const verbAt = new Int32Array(buf, 4 * n, n).fill(-1);
  const groupAt = new Int32Array(buf, 8 * n, n).fill(-1);
  const quoted = new Uint8Array(buf, 12 * n, n);
  if (inMentionBuf.length < n) inMentionBuf = new Int32Array(Math.max(n, 2 * inMentionBuf.length));
  const inMention = inMentionBuf;
  inMention.fill(-1, 0, n);
  for (let m = 0; m < mentions.length; m++) for (let i = mentions[m].first; i < mentions[m].last && i < n; i++) inMention[i] = m;

  // Quotes: toggle on each quote mark; straight quotes alternate.
  let open = false;
  for (let i = 0; i < n; i++) {
    const t = toks[i].text;
    if (QUOTES.has(t)) {
      if (t === '“' || t === '«' || t === '``') open = true;
      else if (t === '”' || t === '»' || t === "''") open = false;
      else open = !open;
      continue;
    }
    quoted[i] = open ? 1 : 0;
  }

  // Verb groups.
  const verbs: VerbGroup[] = [];
  for (let i = 0; i < n; ) {
    if (inMention[i] >= 0) { i++; continue; }
    const pos = toks[i].pos;
    const lower = toks[i].lower;
    // (not before an -s form or a past participle: "returned to talks", "opened its border to displaced Syrians")
    // (nor before the first half of a hyphenated adjective: "sent aid to quake-hit Nepal")
    const startsTo = lower === 'to' && pos === 'PART' && i + 1 < n && (toks[i + 1].pos === 'VERB' || toks[i + 1].pos === 'AUX' || toks[i + 1].pos === 'ADV') &&
      !(toks[i + 1].pos === 'VERB' && (isSForm(toks[i + 1].lower, lemmas[i + 1]) || pastForm(toks[i + 1].lower, lemmas[i + 1]) || participleCompound(toks, lemmas, inMention, i + 1)));
    // the first half of such an adjective is no verb of its own ("flood-hit Serbia", "war-torn Yemen")
    if (pos === 'VERB' && participleCompound(toks, lemmas, inMention, i)) { i++; continue; }
    // POS repair: a base-form word tagged NOUN after "and" that continues an infinitive ("to fight alongside Iraqi forces
    // and defeat ISIS") is a coordinated infinitive when an object follows it
    if (pos === 'NOUN' && i > 1 && lower === lemmas[i] && (toks[i - 1].lower === 'and' || toks[i - 1].lower === 'or') && verbs.length > 0 &&
      verbs[verbs.length - 1].infinitive && i - verbs[verbs.length - 1].last <= 8 && i + 1 < n &&
      (toks[i + 1].pos === 'PROPN' || toks[i + 1].pos === 'DET' || toks[i + 1].pos === 'PRON' || inMention[i + 1] >= 0)) {
      const vg: VerbGroup = { first: i, last: i + 1, head: i, lemma: lemmas[i], negated: false, modals: [], passive: false, infinitive: true, gerund: false, reduced: false, copula: false, clause: 0 };
      verbAt[i] = verbs.length;
      verbs.push(vg);
      i++;
      continue;
    }
    if (pos !== 'AUX' && pos !== 'VERB' && !startsTo) { i++; continue; }
    // an -s form after "to" is a plural noun, not an infinitive ("conceded to demands from …", "returned to talks")
    if (pos === 'VERB' && i > 0 && toks[i - 1].lower === 'to' && isSForm(lower, lemmas[i])) { i++; continue; }
    // a present-tense -s form right after a verb head is a plural noun, its object ("rejected calls by …", "dismissed demands")
    if (pos === 'VERB' && i > 0 && verbs.length > 0 && verbs[verbs.length - 1].last === i && !verbs[verbs.length - 1].copula &&
      isSForm(lower, lemmas[i])) { i++; continue; }
    // participles that work as prepositions: "government jets including attack helicopters struck …"
    if (pos === 'VERB' && PREPOSITIONAL_PARTICIPLES.has(lower)) { i++; continue; }
    // a participle used as an adjective before a noun: "a banned organisation", "guarding captured ISIS fighters", "to
    // displaced Syrians". Not after "and" that follows a noun once a verb has come ("closed the border with Peru and
    // severed trade ties": a coordinated verb; but "armed and trained fighters", and "Yemeni soldiers and allied
    // tribesmen" before any verb), nor after an actor of two or more words, whose last word wink may tag ADJ ("the British
    // military bombed …"); so is the second half of a hyphenated compound before a noun once a verb has come
    // ("bombed rebel-held towns"; before any verb it may be the verb: "the US air-dropped supplies"; and not after an
    // actor: "the Kurdish-led SDF" is read as before)
    if (pos === 'VERB' && i > 0 && i + 1 < n && (lower !== lemmas[i] || (hyphenated(toks, i) && SAME_FORM_PARTICIPLES.has(lower))) && !isSForm(lower, lemmas[i]) && !lower.endsWith('ing') && !reportedPerfect(toks, i) &&
      ((pastForm(lower, lemmas[i]) && (ADJECTIVAL_BEFORE.has(toks[i - 1].pos) || toks[i - 1].lower === 'to')) || (hyphenated(toks, i) && inMention[i - 2] < 0 && verbs.length > 0)) && (toks[i + 1].pos === 'NOUN' || toks[i + 1].pos === 'PROPN' || toks[i + 1].pos === 'ADJ') &&
      !(toks[i - 1].pos === 'CCONJ' && i >= 2 && toks[i - 2].pos !== 'ADJ' && toks[i - 2].pos !== 'VERB' && verbs.length > 0) &&
      !(inMention[i - 1] >= 0 && mentions[inMention[i - 1]].last - mentions[inMention[i - 1]].first >= 2)) { i++; continue; }
    // an -ing word between a determiner or possessive and its noun is an adjective: "Egypt's leading human rights
    // activist", "the ruling party", "its growing influence"
    if (pos === 'VERB' && i > 0 && i + 1 < n && lower.endsWith('ing') && (toks[i - 1].pos === 'DET' || POSSESSIVE.has(toks[i - 1].lower)) &&
      (toks[i + 1].pos === 'NOUN' || toks[i + 1].pos === 'ADJ')) { i++; continue; }
    const first = i;
    let j = startsTo ? i + 1 : i;
    let head = -1;
    let lastAux = -1;
    let negated = false;
    let sawBe = -1;
    const modals: string[] = [];
    for (; j < n; j++) {
      if (inMention[j] >= 0) break;
      const p = toks[j].pos;
      const lw = toks[j].lower;
      if (p === 'AUX') {
        if (head >= 0) break;
        lastAux = j;
        if (MODALS.has(lw)) modals.push(lw === 'wo' || lw === "'ll" ? 'will' : lw === 'ca' ? 'can' : lw);
        if (BE.has(lw) || lemmas[j] === 'be') sawBe = j;
        continue;
      }
      if (p === 'VERB') {
        if (head >= 0) {
          // a second verb right after the head: "have had" is AUX+VERB; "want to go" has "to"; "helped defeat" — stop.
          break;
        }
        head = j;
        continue;
      }
      // POS repair: after a modal, a base-form word tagged NOUN/ADJ is the verb ("will likely use air strikes")
      if (head < 0 && modals.length > 0 && (p === 'NOUN' || p === 'ADJ') && lw === lemmas[j] && lw !== 'likely' && lw !== 'able' && lw !== 'willing' && lw !== 'ready') {
        const nx = toks[j + 1]?.pos;
        if (nx === 'NOUN' || nx === 'DET' || nx === 'PROPN' || nx === 'ADP' || nx === 'PRON' || nx === 'ADJ' || nx === 'NUM') { head = j; continue; }
      }
      if (head < 0 && (lw === 'likely' || lw === 'probably') && lastAux >= 0) continue;
      // "was today called off", "has yesterday announced": a day word wink tags as a noun, between an auxiliary and its verb
      if (head < 0 && lastAux >= 0 && DAY_WORDS.has(lw) && toks[j + 1]?.pos === 'VERB') continue;
      if (p === 'PART' && (NEGATION.has(lw) || lemmas[j] === 'not')) { negated = true; continue; }
      if (p === 'ADV' && head < 0) {
        if (lw === 'never') negated = true;
        if (lw === 'no' && j + 1 < n && toks[j + 1].lower === 'longer') { negated = true; j++; }
        continue;
      }
      break;
    }
    if (head < 0 && lastAux < 0) { i = Math.max(i + 1, j); continue; }
    // trim trailing adverbs/negation after a copula head so the object region starts right
    const h = head >= 0 ? head : lastAux;
    const last = h + 1;
    const hl = toks[h].lower;
    const lemma = lemmas[h];
    // a reduced passive relative with its agent ("the sanctions imposed by the United States on …"): a bare -ed participle
    // right after a noun and right before "by"
    // (or after an actor and a comma: "Canada and Mexico, hit by American steel tariffs, announced …")
    const reduced = head >= 0 && first === head && sawBe < 0 && toks[last]?.lower === 'by' && first > 0 &&
      ((hl !== lemma && hl.endsWith('ed') && inMention[first - 1] < 0 && (toks[first - 1].pos === 'NOUN' || (toks[first - 1].pos === 'PROPN' && first === 1))) ||
        (first >= 2 && toks[first - 1].lower === ',' && inMention[first - 2] >= 0 && ((hl !== lemma && hl.endsWith('ed')) || SAME_FORM_PARTICIPLES.has(hl))) ||
        agentLedRelative(toks, lemmas, inMention, first, last));
    const passive = reduced || (head >= 0 && sawBe >= 0 && sawBe < head && (hl !== lemma || SAME_FORM_PARTICIPLES.has(hl)) && !hl.endsWith('ing'));
    const gerund = head >= 0 && first === head && hl.endsWith('ing');
    if (hl === 'going' && j < n && toks[j].lower === 'to') modals.push('will');
    // a base form right after the object of "help", "let", "make" is a bare infinitive
    const bare = !startsTo && head === first && hl === lemma && bareInfinitiveAfter(toks, lemmas, inMention, first);
    // a base form after "and" or "or" (an adverb may come between) that continues an infinitive shares its "to" ("to
    // degrade and ultimately destroy ISIS")
    const coordinated = !startsTo && !bare && head === first && hl === lemma && modals.length === 0 && verbs.length > 0 && verbs[verbs.length - 1].infinitive &&
      first - verbs[verbs.length - 1].last <= 8 && andBefore(toks, first);
    const vg: VerbGroup = {
      first, last, head: h, lemma, negated, modals, passive, infinitive: startsTo || bare || coordinated, gerund, reduced, copula: head < 0, clause: 0,
    };
    // negation right after the head ("is not", "are not"), or "never" right before the group ("Iran never threatened to …")
    if (last < n && toks[last].pos === 'PART' && NEGATION.has(toks[last].lower)) vg.negated = true;
    if (!startsTo && first > 0 && toks[first - 1].lower === 'never') vg.negated = true;
    for (let k = first; k < last; k++) verbAt[k] = verbs.length;
    verbs.push(vg);
    i = last;
  }

  // Clauses: break at openers, clause punctuation and quote edges.
  const clauses: Clause[] = [];
  let cFirst = 0;
  let opener: string | null = null;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    const lw = t.lower;
    let brk = false;
    let op: string | null = null;
    // never inside a verb group ("has once again rejected")
    if (i > 0 && verbAt[i] >= 0 && verbAt[i - 1] === verbAt[i]) continue;
    if (QUOTES.has(t.text)) {
      // a quotation that continues its clause's subject ("that its forces "do not have a presence …"")
      // opens no new clause: the clause before it has words but no verb yet
      let verbless = i > cFirst;
      for (let k = cFirst; k < i && verbless; k++) if (verbAt[k] >= 0) verbless = false;
      const opening = quoted[i + 1] === 1 || quoted[i] === 1;
      // nor does a quoted noun phrase right after its determiner ("called the conduct a "breach of …"")
      const afterDeterminer = opening && i > 0 && toks[i - 1].pos === 'DET';
      if (!(verbless && opening && (opener === 'that' || opener === null)) && !afterDeterminer) { brk = true; op = 'quote'; }
    }
    else if (CLAUSE_PUNCT.has(lw)) { brk = true; op = lw; }
    else if (inMention[i] < 0 && CLAUSE_OPENERS.has(lw) && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'CCONJ' || t.pos === 'ADV' || t.pos === 'ADP')) {
      // "as well as", "such as", "as long as" are not openers; "as" only when a verb follows soon.
      // (nor when that verb follows "and"/"or": "stepped down as prime minister and endorsed X" goes on with the main verb)
      if (lw === 'as' && !(nextVerbWithin(verbAt, i + 1, 6) && toks[i + 1]?.lower !== 'well' && toks[i - 1]?.lower !== 'such' && !coordinatedNext(toks, verbAt, i + 1, 6))) brk = false;
      // (nor right after a verb when the verb that follows is past a comma: "Hamas, which Israel regards as a terrorist group,
      // governs Gaza": "as" names what the relative's verb calls its object, the verb after the comma is the main clause's)
      else if (lw === 'as' && i > 0 && verbAt[i - 1] >= 0 && commaAfter(toks, i + 1) < n && !nextVerbWithin(verbAt, i + 1, commaAfter(toks, i + 1) - i - 1)) brk = false;
      // "after two months to let …": a time phrase, not a clause (an infinitive after it is the main verb's purpose)
      // (a verb after a comma is none of its own: "which has fought the Houthis since 2015, carried out …")
      else if ((lw === 'after' || lw === 'before' || lw === 'since' || lw === 'until') && !nextVerbWithin(verbAt, i + 1, Math.min(5, commaAfter(toks, i + 1) - i - 1), verbs)) brk = false;
      else if (lw === 'so' && toks[i + 1]?.lower === 'far') brk = false;
      // "Spain and Italy however have rejected …": an adverb between a subject and its verb opens no clause
      else if (lw === 'however' && !verbSince(verbAt, cFirst, i)) brk = false;
      // "once again", "once more", and a frequency ("about once a week", "once every three days", "once or twice", "at once")
      else if (lw === 'once' && (ONCE_NOT_OPENER.has(toks[i + 1]?.lower ?? '') || ONCE_FREQUENCY_BEFORE.has(toks[i - 1]?.lower ?? ''))) brk = false;
      // "Israel and the Emirates, once quiet adversaries, normalised relations": "formerly", with no verb before its comma
      else if (lw === 'once' && commaAfter(toks, i + 1) < n && !nextVerbWithin(verbAt, i + 1, commaAfter(toks, i + 1) - i - 1)) brk = false;
      else { brk = true; op = lw; }
    } else if (lw === 'that' && (t.pos === 'SCONJ' || t.pos === 'PRON' || (t.pos === 'DET' && i > 0 && verbAt[i - 1] >= 0))) {
      brk = true; op = 'that';
    } else if (lw === 'according' && toks[i + 1]?.lower === 'to') { brk = true; op = 'according'; }
    // "Iran, which backs Hezbollah, condemned Israel": the comma that closes a relative clause set off by commas, before a
    // finite verb, resumes the clause of the relative's antecedent (opener "resume": its subject is found there)
    else if (lw === ',' && (opener === 'which' || opener === 'who' || opener === 'whom') && cFirst > 0 && toks[cFirst - 1].lower === ',' && i + 1 < n &&
      verbAt[i + 1] >= 0 && !verbs[verbAt[i + 1]].infinitive && !verbs[verbAt[i + 1]].gerund && !verbs[verbAt[i + 1]].passive) { brk = true; op = 'resume'; }
    else if ((lw === 'and' || lw === 'but' || lw === 'or' || lw === ',') && inMention[i] < 0) {
      // a coordinated clause: the conjunction is followed by a subject NP and a verb before any other conjunction
      if (!sharedHead(toks, mentions, inMention, i) && startsNewClause(toks, verbAt, inMention, i, verbs, cFirst)) { brk = true; op = lw; }
    }
    if (brk) {
      closeClause(clauses, cFirst, i, opener, quoted);
      cFirst = i;
      opener = op;
    }
  }
  closeClause(clauses, cFirst, n, opener, quoted);
  if (clauses.length === 0) clauses.push({ first: 0, last: n, opener: null, quoted: false });
  for (let c = 0; c < clauses.length; c++) for (let i = clauses[c].first; i < clauses[c].last; i++) clauseOf[i] = c;
  for (const v of verbs) v.clause = clauseOf[v.head];

  // Actor groups: mentions joined by and / , / or / both, inside one clause.
  const groups: ActorGroup<M>[] = [];
  for (let m = 0; m < mentions.length; ) {
    const g: ActorGroup<M> = { mentions: [mentions[m]], first: mentions[m].first, last: mentions[m].last, prep: null, clause: clauseOf[Math.min(mentions[m].first, n - 1)] };
    let k = m + 1;
    let closed = false;
    while (k < mentions.length) {
      const next = mentions[k];
      let ok = next.first > g.last && next.first - g.last <= 4;
      let sawJoin = false;
      // "Saudi Arabia, along with the Emirates, cut ties with Qatar": a member added after a comma by "along/together with"
      const alongWith = toks[g.last]?.lower === ',' && (toks[g.last + 1]?.lower === 'along' || toks[g.last + 1]?.lower === 'together') &&
        toks[g.last + 2]?.lower === 'with' && (next.first === g.last + 3 || (next.first === g.last + 4 && toks[g.last + 3].lower === 'the'));
      if (alongWith && clauseOf[g.last + 2] === g.clause && clauseOf[next.first] === g.clause) { g.mentions.push(next); g.last = next.last; k++; continue; }
      for (let i = g.last; ok && i < next.first; i++) {
        const lw = toks[i].lower;
        // ("Putin and his Turkish counterpart", "the US and its NATO allies": a possessive right after "and" joins too)
        if (!(JOINERS.has(lw) || (OWNERS.has(lw) && i > g.last && toks[i - 1].lower === 'and')) || clauseOf[i] !== g.clause) ok = false;
        if (lw === 'and' || lw === 'or' || lw === ',' || lw === 'nor' || lw === '&' || lw === '(') sawJoin = true;
      }
      if (!ok || !sawJoin || clauseOf[next.first] !== g.clause) break;
      // "In Nigeria, Boko Haram attacked …": a comma after the object of a fronted preposition ends the phrase, no list
      // and a list closed by "and"/"or" ("Syria and Lebanon") goes on with no comma-joined member after it
      if (onlyComma(toks, g.last, next.first) && ((g.mentions.length === 1 && frontedObject(toks, clauseOf, g.first)) || closed)) break;
      // "Hezbollah, Iran's main ally in Lebanon, sent fighters": a possessive after a bare comma begins an apposition
      if (onlyComma(toks, g.last, next.first) && relationNounAfter(toks, next.last) >= 0) break;
      for (let i = g.last; i < next.first; i++) if (toks[i].lower === 'and' || toks[i].lower === 'or' || toks[i].lower === 'nor') closed = true;
      // "X, Y and Z attacked": fine. "to Iraq and the US sent": the second starts a clause (caught by the clause split).
      g.mentions.push(next);
      g.last = next.last;
      k++;
    }
    // leading "both/either/neither/the" belong to the group
    let f = g.first;
    for (let k = f - 1; k >= 0 && k >= f - 2 && clauseOf[k] === g.clause; k--) {
      const lw = toks[k].lower;
      if (lw === 'both' || lw === 'either' || lw === 'neither') { f = k; break; }
      if (lw !== 'the') break;
    }
    g.first = f;
    g.prep = governingPrep(toks, f, verbAt, clauseOf);
    for (let i = g.first; i < g.last; i++) groupAt[i] = groups.length;
    groups.push(g);
    m = k;
  }

  return { sentence, lemmas, verbs, groups, clauses, clauseOf, quoted, verbAt, groupAt };
}

/** The clause [first, end) opened by `opener`, when it has tokens. */
function closeClause(clauses: Clause[], first: number, end: number, opener: string | null, quoted: Uint8Array): void {
  if (end > first) clauses.push({ first, last: end, opener, quoted: quoted[first] === 1 || (first + 1 < end && quoted[first + 1] === 1) });
}

/**
 * The relation noun (relation-nouns.tsv) after a possessive at i and at most two modifiers ("Iran's main ally", "Turkey's
 * closest partner"), or -1.
 */
export function relationNounAfter(toks: readonly { lower: string; pos: string }[], i: number): number {
  if (i >= toks.length || (toks[i].lower !== "'s" && toks[i].lower !== '’s')) return -1;
  for (let k = i + 1; k < toks.length && k <= i + 3; k++) {
    if (RELATION_NOUNS.has(toks[k].lower)) return k;
    if (toks[k].pos !== 'ADJ' && toks[k].pos !== 'ADV') return -1;
  }
  return -1;
}

/** Whether the words in [a, b) are a comma and nothing that joins a list ("the", "both" may follow it). */
function onlyComma(toks: SegmentedSentence['tokens'], a: number, b: number): boolean {
  let comma = false;
  for (let i = a; i < b; i++) {
    const lw = toks[i].lower;
    if (lw === ',') comma = true;
    else if (lw !== 'the') return false;
  }
  return comma;
}

/** Whether the noun phrase at f is the object of a preposition that opens its clause ("In Colombia", "For the US"). */
function frontedObject(toks: SegmentedSentence['tokens'], clauseOf: Int32Array, f: number): boolean {
  let i = f - 1;
  while (i >= 0 && clauseOf[i] === clauseOf[f] && (toks[i].pos === 'DET' || toks[i].pos === 'ADJ')) i--;
  if (i < 0 || clauseOf[i] !== clauseOf[f] || toks[i].pos !== 'ADP') return false;
  if (i === 0 || clauseOf[i - 1] !== clauseOf[i]) return true;
  // "At a meeting with Putin, Erdogan …", "During his visit to Tehran, Putin …": the object of "with" or "to" after a
  // noun in a phrase that opens the sentence (only a preposition, determiners, possessives, adjectives and nouns before)
  if (toks[i].lower !== 'with' && toks[i].lower !== 'to') return false;
  let k = i - 1;
  if (k < 0 || toks[k].pos !== 'NOUN') return false;
  while (k > 0 && (toks[k].pos === 'NOUN' || toks[k].pos === 'ADJ' || toks[k].pos === 'DET' || toks[k].pos === 'PRON' || toks[k].pos === 'NUM')) k--;
  return k === 0 && toks[0].pos === 'ADP';
}

/** Whether the first verb group in [from, from + k) comes right after "and" or "or". */
function coordinatedNext(toks: SegmentedSentence['tokens'], verbAt: Int32Array, from: number, k: number): boolean {
  for (let i = from; i < verbAt.length && i < from + k; i++) if (verbAt[i] >= 0) return i > 0 && (toks[i - 1].lower === 'and' || toks[i - 1].lower === 'or');
  return false;
}

/** Whether a verb group starts in [from, to). */
function verbSince(verbAt: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (verbAt[i] >= 0) return true;
  return false;
}

/** The index of the first comma at or after `from`, or the sentence's length. */
function commaAfter(toks: SegmentedSentence['tokens'], from: number): number {
  for (let i = from; i < toks.length; i++) if (toks[i].lower === ',') return i;
  return toks.length;
}

function nextVerbWithin(verbAt: Int32Array, from: number, k: number, notInfinitive: VerbGroup[] | null = null): boolean {
  for (let i = from; i < verbAt.length && i < from + k; i++) if (verbAt[i] >= 0) return notInfinitive === null || !notInfinitive[verbAt[i]].infinitive;
  return false;
}

/**
 * Whether the "and"/"or" at i joins two modifiers of one head noun ("French and German troops", "US and British
 * forces"): the actor before it names no noun of its own and has the sector that the actor after it gets from its noun.
 */
function sharedHead(toks: SegmentedSentence['tokens'], mentions: readonly MentionLike[], inMention: Int32Array, i: number): boolean {
  if (i === 0 || i + 1 >= toks.length) return false;
  const a = inMention[i - 1], b = inMention[i + 1];
  if (a < 0 || b < 0 || a === b || (toks[i].lower !== 'and' && toks[i].lower !== 'or')) return false;
  const x = mentions[a], y = mentions[b];
  if (x.code.length <= 3 || x.code.slice(3) !== y.code.slice(3)) return false;
  for (let k = x.first; k < x.last; k++) if (toks[k].pos === 'NOUN') return false;
  for (let k = y.first; k < y.last; k++) if (toks[k].pos === 'NOUN') return true;
  return false;
}

/** Whether "and" or "or" comes right before token i, or before an adverb right before it. */
function andBefore(toks: SegmentedSentence['tokens'], i: number): boolean {
  let k = i - 1;
  if (k > 0 && toks[k].pos === 'ADV') k--;
  return k > 0 && (toks[k].lower === 'and' || toks[k].lower === 'or');
}

/**
 * Whether token i is the first half of a hyphenated adjective whose second half is a participle, before a noun or an
 * actor ("quake-hit Nepal", "war-torn Yemen", "flood-hit areas"); wink may tag the first half a verb.
 */
function participleCompound(toks: SegmentedSentence['tokens'], lemmas: string[], inMention: Int32Array, i: number): boolean {
  if (i + 3 >= toks.length || !hyphenated(toks, i + 2) || toks[i + 2].pos !== 'VERB') return false;
  const second = toks[i + 2].lower;
  const participle = SAME_FORM_PARTICIPLES.has(second) || (second !== lemmas[i + 2] && !second.endsWith('ing') && !isSForm(second, lemmas[i + 2]));
  const next = toks[i + 3];
  return participle && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || inMention[i + 3] >= 0);
}

/** Whether token i is joined by a hyphen to the word before it, with no space on either side ("rebel-held"). */
function hyphenated(toks: SegmentedSentence['tokens'], i: number): boolean {
  const h = toks[i - 1];
  return i >= 2 && (h.text === '-' || h.text === '–') && toks[i - 2].end === h.start && h.end === toks[i].start;
}

/** After a conjunction at i: is there a subject (noun/pronoun/actor) and then a finite verb before the next conjunction? */
function startsNewClause(toks: SegmentedSentence['tokens'], verbAt: Int32Array, inMention: Int32Array, i: number, verbs: VerbGroup[], clauseStart: number): boolean {
  // there must be a verb before the conjunction in this clause (otherwise it joins subjects)
  let verbBefore = false;
  for (let k = i - 1; k >= clauseStart; k--) if (verbAt[k] >= 0) { verbBefore = true; break; }
  if (!verbBefore) return false;
  let sawNoun = false;
  for (let k = i + 1; k < toks.length && k < i + 12; k++) {
    const v = verbAt[k];
    if (v >= 0) {
      const vg = verbs[v];
      return sawNoun && !vg.infinitive && !vg.gerund;
    }
    const p = toks[k].pos;
    const lw = toks[k].lower;
    // ("…, and the United States and the EU lifted sanctions", "…, the United States and France said": an "and", "or" or
    // comma between two actors joins a coordinated subject)
    if ((lw === 'and' || lw === 'or' || lw === ',') && inMention[k - 1] >= 0 && (inMention[k + 1] >= 0 || (toks[k + 1]?.pos === 'DET' && inMention[k + 2] >= 0))) continue;
    if (lw === 'and' || lw === 'or' || lw === ',' || lw === 'but' || p === 'ADP') return false;
    if (p === 'NOUN' || p === 'PROPN' || p === 'PRON' || inMention[k] >= 0) sawNoun = true;
  }
  return false;
}

/** Words that are prepositions or open a clause: opening one (a verb follows), they govern the clause, not the group after them. */
const TIME_OPENERS = new Set(['after', 'before', 'since', 'until', 'as']);
const YEAR = /^(1[5-9]|20)\d\d$/;

/** Words before a number that make it approximate ("about 1,000", "around a hundred"); not "over" ("complained over two air raids"). */
const APPROXIMATE = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately']);

/** Comparatives of a quantity before "than" ("more than 300 schoolboys"). */
const QUANTITY_COMPARATIVES = new Set(['more', 'fewer', 'less']);

/** The preposition right before a noun phrase starting at f (skipping determiners, adjectives, numbers, possessives). */
function governingPrep(toks: SegmentedSentence['tokens'], f: number, verbAt: Int32Array, clauseOf: Int32Array): string | null {
  for (let i = f - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
    if (clauseOf[i] !== clauseOf[f]) return null;
    const t = toks[i];
    if (verbAt[i] >= 0) return null;
    // "took in more than three million Syrian refugees", "fewer than 20 Iraqi soldiers": a quantity, the preposition (if
    // any) is before it
    if (t.lower === 'than' && i > 0 && QUANTITY_COMPARATIVES.has(toks[i - 1].lower)) { i--; continue; }
    // "killed about a thousand Boko Haram fighters", "around 200 Syrian soldiers": an approximate number, not a preposition
    if (APPROXIMATE.has(t.lower) && (toks[i + 1]?.pos === 'NUM' || ((toks[i + 1]?.lower === 'a' || toks[i + 1]?.lower === 'an') && toks[i + 2]?.pos === 'NUM'))) continue;
    if (t.pos === 'ADP' || (t.pos === 'PART' && t.lower === 'to') || (PREPS.has(t.lower) && t.pos !== 'NOUN')) {
      // "prices rose after Washington sanctioned Caracas": a time word that opens a clause (a verb follows) governs the
      // clause, and the group is its subject
      // (not the second "as" of "as soon as", "as long as")
      if (TIME_OPENERS.has(t.lower) && (i === 0 ? nextVerbWithin(verbAt, 1, 5) : clauseOf[i - 1] !== clauseOf[i] && !(t.lower === 'as' && i >= 2 && toks[i - 2].lower === 'as'))) return null;
      // "killed at least six commanders", "at most 40 soldiers": a quantity, not a preposition
      if (t.lower === 'at' && (toks[i + 1]?.lower === 'least' || toks[i + 1]?.lower === 'most')) return null;
      return t.lower;
    }
    // "in 2016 Washington lifted …": a year right after the preposition is its object, and the group is no part of it
    if (t.pos === 'NUM' && i > 0 && toks[i - 1].pos === 'ADP' && YEAR.test(t.text)) return null;
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.lower === "'s" || t.lower === 'both' || t.pos === 'ADV' || t.lower === "'" || t.text === '[' || t.text === '(') continue;
    // "talks with his Indian counterpart": a possessive pronoun before the group is part of the preposition's object
    if (POSSESSIVE.has(t.lower)) continue;
    return null;
  }
  return null;
}
