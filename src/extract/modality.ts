/**
 * How an event is asserted: negation ("not", "never", "no negotiations"), denial
 * (the event sits in the complement of "deny", or of "insist"/"say" with a negation),
 * modality (hypothetical: might/could/may/would, "if"; predicted: will, "expected to",
 * "likely to"; intended: "want/plan/seek/aim to"), and attribution ("according to X",
 * "X said that …", "X said: '…'", "X was quoted as saying").
 *
 * Rules over the shallow parse (shallow.ts); each is a lexical cue scoped to a verb
 * group, its clause, or the clause that governs it (the sentence-level scoping used by
 * TABARI's and PETRARCH's negation and modal filters, extended to keep the flags).
 */
import type { Modality } from '../model/types.ts';
import { RAISING_REPORTS, type ActorGroup, type MentionLike, type ShallowParse, type VerbGroup } from './shallow.ts';

const HYPOTHETICAL_MODALS = new Set(['might', 'could', 'may', 'would', 'should', 'can']);
const FUTURE_MODALS = new Set(['will', 'shall']);
const HYPOTHETICAL_OPENERS = new Set(['if', 'unless', 'whether']);
/** Words that, governing an infinitive ("X wants to …"), make it an intention. */
const INTENT = new Set([
  'want', 'plan', 'seek', 'aim', 'intend', 'hope', 'try', 'attempt', 'wish', 'prepare', 'vow', 'pledge', 'promise',
  'desire', 'mean', 'consider', 'offer', 'agree', 'propose', 'threaten', 'decide', 'resolve', 'push', 'strive', 'work', 'move',
  'willing', 'ready', 'eager', 'determined', 'desperate', 'keen', 'prepared', 'committed', 'important', 'crucial',
  'necessary', 'vital', 'need', 'order', 'urge', 'ask', 'call', 'chart', 'way', 'effort', 'goal', 'bid', 'order', 'help',
]);
const PREDICT = new Set(['expect', 'likely', 'set', 'due', 'poised', 'bound', 'going', 'scheduled', 'forecast', 'predict']);
const NEG_INTENT = new Set(['reluctant', 'unwilling', 'refuse', 'decline', 'hesitate', 'hesitant', 'fail', 'cautious']);
/** Words that predict the infinitive after them will not happen ("is unlikely to extradite"). */
const NEG_PREDICT = new Set(['unlikely']);
const IMPLICATIVE = new Set(['begin', 'start', 'continue', 'manage', 'keep', 'go', 'come', 'use', 'send', 'dispatch', 'deploy', 'delegate']);
/** Verbs whose "of"/"for" gerund is the deed they are about, done (as claimed): "accused of shooting down", "praised for hosting". */
const DEED_GOVERNORS = new Set(['accuse', 'blame', 'charge', 'suspect', 'convict', 'condemn', 'criticize', 'criticise', 'praise', 'thank', 'congratulate', 'commend', 'punish', 'sanction', 'fine', 'sentence', 'indict', 'arrest', 'jail']);
const SPEECH = new Set([
  'say', 'claim', 'tell', 'state', 'assert', 'insist', 'allege', 'report', 'announce', 'confirm', 'add', 'note', 'stress',
  'mention', 'tweet', 'write', 'argue', 'declare', 'quote', 'believe', 'suggest', 'accuse', 'charge', 'maintain', 'contend',
  'indicate', 'reveal', 'explain', 'deny', 'acknowledge', 'admit', 'told', 'comment', 'remark', 'respond', 'reply', 'blame',
  'warn', 'threaten',
]);
const DENY = new Set(['deny', 'dismiss', 'refute', 'reject', 'rebut']);
/** Verbs whose object is kept from the gerund after "from" ("prevented Hamas from firing"): the act is not done. */
const KEEP_FROM = new Set(['prevent', 'stop', 'bar', 'ban', 'block', 'deter', 'discourage', 'dissuade', 'keep', 'prohibit', 'restrain', 'forbid', 'preclude']);
/** Verbs whose object is warned off the gerund after "against" ("warned Washington against selling arms"): only warned of. */
const WARN_AGAINST = new Set(['warn', 'caution', 'advise', 'urge']);
/** Nouns of an intention besides INTENT's words ("plan", "aim") that, with "no" before them, deny the infinitive after them ("no intention to"). */
const INTENT_NOUNS = new Set(['intention', 'desire', 'interest', 'ambition']);
/** Verbs that give up an intention named by the noun before an infinitive ("suspended its plan to annex", "dropped its bid to join"). */
const CANCELLING = new Set(['cancel', 'scrap', 'abandon', 'shelve', 'suspend', 'drop', 'freeze', 'postpone', 'halt', 'withdraw', 'end']);
const NEGATIVE_DETERMINERS = new Set(['no', 'neither', 'nor', 'none', 'nobody', 'nothing', 'without']);

export interface Assertion {
  negated: boolean;
  denied: boolean;
  modality: Modality;
  /** The verb group that governs this one, if any (the infinitive's or the complement's). */
  governor: number;
}

/** The verb group that governs verb group `v`: for an infinitive or a that-/quote-clause, the verb before it. */
export function governorOf(p: ShallowParse, v: number): number {
  const vg = p.verbs[v];
  const clause = p.clauses[vg.clause];
  if (vg.infinitive) {
    // the previous verb group in the same or the previous clause
    return v - 1;
  }
  // a gerund complement right after its verb ("might consider working with")
  if (vg.gerund && v > 0 && p.verbs[v - 1].last >= vg.first - 1 && p.verbs[v - 1].clause === vg.clause) return v - 1;
  if (clause && (clause.opener === 'that' || clause.opener === 'quote')) {
    for (let k = v - 1; k >= 0; k--) if (p.verbs[k].clause < vg.clause) return k;
  }
  return -1;
}

/** Negation, denial and modality of verb group `v` (its flags, its clause's, and its governors'). */
export function assertionOf(p: ShallowParse, v: number, objectEnd: number): Assertion {
  const vg = p.verbs[v];
  const toks = p.sentence.tokens;
  let negated = vg.negated;
  let denied = false;
  let modality: Modality = 'asserted';
  // "has had no negotiations with": a negative determiner in the object before the pattern's words
  for (let i = vg.last; i < objectEnd && i < toks.length; i++) if (NEGATIVE_DETERMINERS.has(toks[i].lower)) { negated = true; break; }
  // "neither one has entered", "no one …": a negative subject right before the verb group in its clause
  for (let i = vg.first - 1; i >= 0 && i >= vg.first - 3 && p.clauseOf[i] === vg.clause; i--) {
    const lw = toks[i].lower;
    if (lw === 'neither' || lw === 'nobody' || lw === 'none' || (lw === 'no' && toks[i + 1]?.lower === 'one')) negated = true;
  }
  // "Neither Iran nor Saudi Arabia has agreed …": a subject "neither … nor" in the verb's clause
  for (let i = vg.first - 1, nor = false; i >= 0 && i >= vg.first - 12 && p.clauseOf[i] === vg.clause; i--) {
    const lw = toks[i].lower;
    if (lw === 'nor') nor = true;
    else if (lw === 'neither' && nor) { negated = true; break; }
  }
  // "signed the deal without consulting Kabul": a gerund right after "without" is not done
  if (vg.gerund && vg.first > 0 && toks[vg.first - 1].lower === 'without') negated = true;
  modality = modalOf(vg, p);
  // "prevented Hamas from firing rockets": not done; "warned Washington against selling arms": a warning, not an act
  const kept = keptFrom(p, v);
  if (kept === 'from') negated = true;
  else if (kept === 'against') modality = 'hypothetical';
  // "will likely", "is likely to", "expected to"
  for (let i = vg.first; i < Math.min(vg.last + 1, toks.length); i++) if (toks[i].lower === 'likely' || toks[i].lower === 'probably') modality = 'predicted';
  const opener = p.clauses[vg.clause]?.opener;
  if (opener && HYPOTHETICAL_OPENERS.has(opener)) modality = 'hypothetical';

  // climb the governors
  let g = governorOf(p, v);
  let child = v;
  for (let depth = 0; g >= 0 && depth < 4; depth++) {
    const gv = p.verbs[g];
    const childVg = p.verbs[child];
    if (childVg.infinitive || childVg.gerund) {
      if (gv.negated && !DENY.has(gv.lemma)) negated = true;
      // "did nothing to stop ISIS": an infinitive after "nothing" is not done
      if (childVg.infinitive && toks[childVg.first - 1]?.lower === 'nothing') negated = true;
      const word = wordBefore(p, childVg.first);
      // "Iran denied supplying drones to Russia": a gerund right after "deny" is an act said to be done, and denied
      // ("Syria did not deny arming Hezbollah": after a negated "deny" it is an act said to be done, not denied nor intended)
      if (childVg.gerund && gv.lemma === 'deny' && gv.last === childVg.first) { if (!gv.negated) denied = true; }
      // "Israel suspended its plan to annex …", "abandoned its bid to join …": an intention given up is not intended any more
      else if (INTENT.has(word) && CANCELLING.has(gv.lemma) && !gv.negated) { modality = 'intended'; negated = true; }
      else if (NEG_INTENT.has(gv.lemma) || NEG_INTENT.has(word)) { modality = 'intended'; negated = true; }
      else if (NEG_PREDICT.has(word)) { if (modality === 'asserted') modality = 'predicted'; negated = true; }
      // "has no plans to coordinate …", "has no intention to …": an intention noun with a negative determiner
      else if ((INTENT.has(word) || INTENT_NOUNS.has(word)) && negativeNounBefore(p, childVg.first)) { modality = 'intended'; negated = true; }
      else if (PREDICT.has(gv.lemma) || PREDICT.has(word)) { if (modality === 'asserted') modality = 'predicted'; }
      else if (INTENT.has(gv.lemma) || INTENT.has(word)) { if (modality === 'asserted') modality = 'intended'; }
      // (a gerund of means after "by" is done as its verb is: "retaliated by expelling a diplomat", "threatened to retaliate
      // by expelling …" intended as the retaliation is)
      else if (childVg.gerund && !gv.passive && toks[childVg.first - 1]?.lower === 'by') { /* the governor's own modality, below */ }
      // ("Russia is believed to be arming the rebels": a progressive infinitive after a participle of report is a reported
      // act, as a perfect one is; the caller names no claimant, SentenceCoder.hedged)
      else if (reportedProgressive(p, childVg, gv)) { /* the governor's own modality, below */ }
      // "Russia became the first country to recognise the Taliban government": what the first or only one did (not after
      // an infinitive: "plans to be the first to recognise" stays intended)
      else if (childVg.infinitive && !gv.infinitive && ordinalNounBefore(p, childVg.first)) { /* the governor's own modality, below */ }
      else if (!IMPLICATIVE.has(gv.lemma) && !(DEED_GOVERNORS.has(gv.lemma) && (toks[childVg.first - 1]?.lower === 'of' || toks[childVg.first - 1]?.lower === 'for')) && modality === 'asserted') modality = 'intended';
      if (gv.negated && (INTENT.has(gv.lemma) || INTENT.has(word))) negated = true;
      const gm = modalOf(gv, p);
      if (gm === 'hypothetical' || (gm === 'predicted' && modality === 'asserted')) modality = gm;
    } else {
      // complement clause: denial, or reported speech
      if (DENY.has(gv.lemma) && !gv.negated) denied = true;
      if ((gv.lemma === 'insist' || gv.lemma === 'say' || gv.lemma === 'maintain' || gv.lemma === 'stress') && negated) denied = true;
      const gm = modalOf(gv, p);
      if (gm === 'hypothetical') modality = gm;
      break;
    }
    child = g;
    g = governorOf(p, g);
  }
  return { negated, denied, modality, governor: governorOf(p, v) };
}

/**
 * "from" or "against" when verb group `v` is a gerund right after it whose governor, an earlier verb of its clause, keeps its
 * object from the act ("prevented Hamas from firing") or warns it off ("warned Washington against selling"); else null.
 * The governor's object does the act.
 */
export function keptFrom(p: ShallowParse, v: number): 'from' | 'against' | null {
  const vg = p.verbs[v];
  if (!vg.gerund || vg.first < 2 || v === 0) return null;
  const w = p.sentence.tokens[vg.first - 1].lower;
  if (w !== 'from' && w !== 'against') return null;
  const g = p.verbs[v - 1];
  if (g.clause !== vg.clause || g.negated) return null;
  return (w === 'from' ? KEEP_FROM : WARN_AGAINST).has(g.lemma) ? w : null;
}

/** Whether the noun right before token i (past adjectives) has "no" before it ("no plans to", "no immediate plans to"). */
function negativeNounBefore(p: ShallowParse, i: number): boolean {
  const toks = p.sentence.tokens;
  let k = i - 1;
  if (k < 0 || toks[k].pos !== 'NOUN') return false;
  k--;
  while (k >= 0 && k >= i - 4 && toks[k].pos === 'ADJ') k--;
  return k >= 0 && toks[k].lower === 'no';
}

/**
 * Whether infinitive group vg is a progressive ("to be arming") right after the passive participle of report that heads
 * its governor gv ("is believed", "is said", "is thought"): the subject raised out of the report does the act.
 */
export function reportedProgressive(p: ShallowParse, vg: VerbGroup, gv: VerbGroup): boolean {
  const toks = p.sentence.tokens;
  return vg.infinitive && gv.passive && gv.last === vg.first && RAISING_REPORTS.has(toks[gv.last - 1].lower) &&
    toks[vg.first].lower === 'to' && toks[vg.first + 1]?.lower === 'be' && toks[vg.last - 1].lower.endsWith('ing');
}

/** Words that make "the first/last/only (noun) to do" a fact about the noun, not an aim ("the first country to recognise"). */
const ORDINALS = new Set(['first', 'second', 'third', 'last', 'only', 'latest']);

/**
 * Whether the infinitive starting at token i follows an ordinal and its noun ("became the first country to recognise",
 * "was the only leader to attend"): the infinitive names what that one did, done as its governor is.
 */
function ordinalNounBefore(p: ShallowParse, i: number): boolean {
  const toks = p.sentence.tokens;
  let k = i - 1;
  if (k >= 0 && toks[k].lower === 'to') k--;
  if (k < 0 || toks[k].pos !== 'NOUN') return false;
  k--;
  while (k >= 0 && k >= i - 5 && (toks[k].pos === 'ADJ' || toks[k].pos === 'NOUN' || toks[k].pos === 'PROPN') && !ORDINALS.has(toks[k].lower)) k--;
  return k >= 0 && ORDINALS.has(toks[k].lower);
}

function wordBefore(p: ShallowParse, i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = p.sentence.tokens[k];
    if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'VERB') return p.lemmas[k];
  }
  return '';
}

function modalOf(vg: VerbGroup, p: ShallowParse): Modality {
  let m: Modality = 'asserted';
  for (const md of vg.modals) {
    if (HYPOTHETICAL_MODALS.has(md)) return 'hypothetical';
    if (FUTURE_MODALS.has(md)) m = 'predicted';
  }
  if (INTENT.has(vg.lemma) && !vg.infinitive && m === 'asserted' && vg.lemma !== 'work' && vg.lemma !== 'help' && vg.lemma !== 'offer' && vg.lemma !== 'agree' && vg.lemma !== 'call' && vg.lemma !== 'ask' && vg.lemma !== 'urge' && vg.lemma !== 'order') {
    // "Iran wants cooperation" — a stated intention
    if (vg.lemma === 'want' || vg.lemma === 'seek' || vg.lemma === 'plan' || vg.lemma === 'hope' || vg.lemma === 'wish') m = 'intended';
  }
  void p;
  return m;
}

export interface Attribution<M extends MentionLike = MentionLike> {
  /** Claimant text as written ("a senior security official in Iraq who spoke to CNN"). */
  text: string;
  /** The claimant's actor group, when it is one. */
  group: ActorGroup<M> | null;
}

/** "according to X": the phrase after "according to", to the end of its clause or a comma. */
export function accordingTo<M extends MentionLike>(p: ShallowParse<M>): Attribution<M> | null {
  const toks = p.sentence.tokens;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].lower !== 'according' || toks[i + 1].lower !== 'to') continue;
    let j = i + 2;
    let end = j;
    while (end < toks.length && toks[end].lower !== ',' && toks[end].text !== '.' && toks[end].lower !== ';' && toks[end].lower !== '--' && !(toks[end].text === '"' || toks[end].text === '”')) end++;
    if (end === j) return null;
    const text = p.sentence.text.slice(toks[j].start - p.sentence.start, toks[end - 1].end - p.sentence.start);
    let group: ActorGroup<M> | null = null;
    for (const g of p.groups) if (g.first >= j && g.last <= end) { group = g; break; }
    return { text, group };
  }
  return null;
}

/** The verb group whose complement (that-clause or quotation) contains verb group `v` and is a speech verb. */
export function speechGovernor(p: ShallowParse, v: number): number {
  const vg = p.verbs[v];
  const clause = p.clauses[vg.clause];
  if (!clause) return -1;
  if (clause.quoted || p.quoted[vg.head] === 1) {
    // a speech verb outside the quotation: the nearest one before it, else the first after it
    for (let k = v - 1; k >= 0; k--) {
      const o = p.verbs[k];
      if (p.quoted[o.head] !== 1 && SPEECH.has(o.lemma)) return k;
    }
    for (let k = v + 1; k < p.verbs.length; k++) {
      const o = p.verbs[k];
      if (p.quoted[o.head] !== 1 && SPEECH.has(o.lemma)) return k;
    }
    return -1;
  }
  // climb: that-clause or infinitive chain up to a speech verb
  let cur = v;
  for (let depth = 0; depth < 4; depth++) {
    const g = governorOf(p, cur);
    if (g < 0) return -1;
    // (a gerund of means is no speech reported: "responded by shelling Kurdish positions")
    if (SPEECH.has(p.verbs[g].lemma) && !p.verbs[cur].infinitive) return p.verbs[cur].gerund && !p.verbs[g].passive && p.sentence.tokens[p.verbs[cur].first - 1]?.lower === 'by' ? -1 : g;
    cur = g;
  }
  return -1;
}

export function isSpeechVerb(lemma: string): boolean {
  return SPEECH.has(lemma);
}

/** Verbs that ask for what their object noun names ("asked Washington for air strikes"); "call", "press" and "push" only with "for". */
const REQUEST = new Set(['ask', 'request', 'seek', 'demand', 'appeal', 'urge', 'want', 'plead', 'beg', 'lobby', 'petition']);
const REQUEST_WITH_FOR = new Set(['call', 'press', 'push']);

/** Whether verb group `vg` asks for an act (an event noun it governs is wanted, not done). */
export function isRequest(vg: VerbGroup, next: string | undefined): boolean {
  return REQUEST.has(vg.lemma) || (next === 'for' && REQUEST_WITH_FOR.has(vg.lemma));
}
