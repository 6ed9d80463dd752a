/**
 * Actor recognition: finds the actors of a sentence (states, their sectors, leaders,
 * institutions, IGOs, non-state armed groups) and gives each its CAMEO-style code,
 * its character offsets and token span.
 *
 * Method (the dictionary approach of TABARI/PETRARCH, over wink tokens):
 * 1. a trie over normalised word keys (see actor-dictionary.ts) finds the longest
 *    dictionary phrase at each position, left to right, non-overlapping;
 * 2. a small composition grammar over those chunks builds the actor:
 *    country + sector words ("Iraqi forces" → IRQMIL, "US officials" → USAGOV),
 *    country + institution ("Iran's Revolutionary Guards" → IRNMIL),
 *    title + person ("Iranian Foreign Minister Mohammad Javad Zarif" → IRNGOV, by the
 *    person's tenure at the document date), person + sector ("Maliki's government"),
 *    sector + "of" + country ("the government of Nouri al-Maliki");
 * 3. conservative follow-up within a document: "the president" / "the Iranian leader"
 *    → the one person of that title (and country) mentioned so far; "he"/"she" → the
 *    only person of the previous sentence when it names no unknown person.
 * Everything is precompiled once; a sentence costs O(tokens) Map lookups.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { countryTable, type Country } from '../model/countries.ts';
import { DICTIONARY_DIR } from '../model/cameo.ts';
import type { Actor, ActorKind } from '../model/types.ts';
import type { SegmentedSentence, Token } from './segment.ts';
import {
  ACTOR_DIR, DictionaryError, casedKey, countryEntries, joinedKeys, makeEntry, phraseCased, phraseKeys, readActorTsv, readDescriptions, readExclusions, readHomonyms, readRegions, readHeldPlaces, readPlaces, readSharedPlaces, readTsv, wordKey,
  type Descriptions, type Entry, type Homonym, type HeldPlace, type SharedPlace, type Lexeme, type Person, type Tenure, type Via,
} from './actor-dictionary.ts';
import { isPetrarchDictionary, readPetrarchDictionary } from './petrarch-dictionary.ts';
import { loadWordList } from './verbs.ts';

export type { Via } from './actor-dictionary.ts';

export interface ActorMention {
  code: string;
  /** Display name: the person's name for leaders, otherwise the actor's name. */
  name: string;
  kind: ActorKind;
  /** Char offsets in the document, end exclusive. */
  start: number;
  end: number;
  /** Token indices within the sentence, [first, last). */
  first: number;
  last: number;
  via: Via;
  /** Country the actor rolls up to (null for IGOs and non-state actors). */
  country: string | null;
  /** 0..1: lower for leaders matched without a document date, outside their tenure, or by follow-up. */
  confidence: number;
  /** The person, for leaders and follow-ups to them. */
  person?: string;
  /** A capital after a preposition of place ("talks in Vienna", "arrived in Amman"): more likely a place than a metonym. */
  place?: boolean;
}

interface PersonSeen { person: Person; code: string; sentence: number }

export interface DocContext {
  date: string | null;
  /** Persons mentioned so far, most recent last. */
  persons: PersonSeen[];
  /** Index of the last sentence processed, its persons, and whether it named a person not in the dictionaries (computed only when it named persons). */
  lastSentence: number;
  lastPersons: PersonSeen[];
  lastUnknownName: boolean;
  /** States mentioned so far (code → count): breaks ties between leaders of the same name ("King Abdullah"). */
  states: Map<string, number>;
  /** People the dictionaries do not know, named after a title earlier in the document ("President Yoweri Museveni"): name key → person. */
  names?: Map<string, Person>;
  /** Groups introduced earlier in the document by a spelled-out name and a bracketed abbreviation: abbreviation → code and name. */
  groups?: Map<string, { code: string; name: string }>;
  /** A US place (a state, a city) was named so far; and a state or word of the Caucasus: what "Georgia" is when its own sentence does not say. */
  usPlace?: boolean;
  caucasus?: boolean;
  /** Shared places (shared-places.tsv) read as their usual state so far, by state: not a sign of that state for the next one. */
  sharedHome?: Map<string, number>;
  /** IGOs and non-state actors mentioned so far (code → count): what "the bloc", "the militant group" refer back to. */
  bodies?: Map<string, number>;
}

export interface ActorMatcher {
  newDocument(date: string | null): DocContext;
  /**
   * All actor mentions of a sentence, longest match wins, non-overlapping, in order. `words`, when given, holds
   * the word of each token (words[t] for s.tokens[t], as passed to `mayMention` before): the trie node that
   * `mayMention` found for the word is then reused instead of being looked up again for every occurrence.
   */
  sentence(s: SegmentedSentence, ctx: DocContext, words?: readonly WordLike[]): ActorMention[];
  /** Vocabulary lookup (name, country, kind); sector codes of a state (`IRQMIL`) are derived. */
  actor(code: string): Actor | undefined;
  actors(): Actor[];
  /**
   * The code in CAMEO's own convention, for comparing with CAMEO-coded data (evaluation): entente's IGO and
   * non-state codes map to CAMEO's (`UN` → `IGOUNO`, `HAMAS` → `PSEREB`, `ISIS` → `IMGMUSISI`); other codes are unchanged.
   */
  cameo(code: string): string;
  /** Number of dictionary phrases loaded. */
  readonly size: number;
  /**
   * Cheap pre-check on a sentence's words `words[from..to)` (blank tokens are left out, as in a sentence's tokens):
   * false guarantees that `sentence` finds no mention in them — no dictionary phrase can be read at any
   * position and there is no "he"/"she" — so the caller may pass that sentence with no tokens instead.
   * With the document context as it is before sentence `index`, pronouns and titles count only when
   * they could be resolved (a person in the sentence before; a person in the document so far).
   */
  mayMention(words: readonly WordLike[], from: number, to: number, ctx?: DocContext, index?: number): boolean;
}

/** What `mayMention` needs of a word (words.ts `WordInfo`). */
export interface WordLike {
  text: string;
  lower: string;
  /** Actor keys, as `Token.keys`. */
  keys: [string, string];
  /** `keys[0]` and `keys[1]` again, read for every token: one object fewer to load from memory. */
  key: string;
  casedKey: string;
  /** Only white space: not in any sentence's tokens. */
  blank: boolean;
  /** "he" or "she". */
  pronoun: boolean;
  /** A slot the matcher may use, and the matcher it belongs to. */
  slot: unknown;
  slotOwner: unknown;
}

interface TrieNode { next: Map<string, TrieNode> | null; entries: Entry[] | null }

interface Chunk {
  /** Unit range [i, j). */
  i: number;
  j: number;
  entries: Entry[];
  cls: 'P' | 'A' | 'S';
}

/** Sectors of a state that act at home (`domesticOpposition`): police, intelligence, judiciary, parties. */
const DOMESTIC_SECTORS = new Set(['COP', 'SPY', 'JUD', 'PTY']);
/** The bodies such sectors act on at home (`domesticOpposition`): the opposition, parliament, parties. */
const HOME_BODIES = new Set(['OPP', 'LEG', 'PTY']);

/** Context words that make an upper-case "IS" the group, not the verb. */
const CUE_BEFORE = new Set(['against', 'by', 'from', 'the', 'of', 'with', 'to', 'on', 'fight', 'fighting', 'defeat', 'and', 'or', 'joined', 'join', 'for', 'in', 'into', 'under', 'versus', 'vs']);
const CUE_AFTER = new Set(['militants', 'militant', 'fighters', 'fighter', 'group', 'jihadists', 'jihadist', 'extremists', 'forces', 'leader', 'leaders', 'commander', 'commanders', 'members', 'member', 'supporters', 'positions', 'territory', 'stronghold', 'strongholds', 'caliphate', "'s", 'and', 'or', 'had', 'has', 'have', 'was', 'were', 'said', 'claimed', 'seized', 'captured', 'took', 'attacked', 'killed', 'executed']);
/** "Iranian-backed militias": the state is not the actor. */
const BACKED = new Set(['backed', 'sponsored', 'funded', 'supported', 'aligned', 'allied', 'linked', 'affiliated', 'inspired', 'trained', 'armed', 'based', 'born', 'made', 'owned', 'controlled', 'friendly', 'style']);
/** Words that make a title a claim or a rival's ("the self-proclaimed interim president", "the rival prime minister"): no state's holder. */
const CLAIMED = new Set(['self', 'rival', 'shadow', 'would', 'breakaway', 'parallel', 'alternative']);
/** After a sector word and a hyphen: the sector word that follows belongs to the same state ("opposition-controlled National Assembly"). */
const CONTROLLED = new Set(['controlled', 'led', 'dominated', 'run']);
/** "US-led forces": a state's own forces (ActorRun.hyphenSector). */
const LED = new Set(['led']);
/** Files of dictionaries/actors/ that are not actor entries. */
const NOT_ENTRIES = new Set(['sector-codes.tsv', 'exclusions.tsv', 'group-words.tsv', 'descriptions.tsv', 'regions.tsv', 'homonyms.tsv']);
/** Particles of Arabic and Hebrew names that put a father's name after a person's own ("bin", "ibn", "ben"). */
const PATRONYMICS = new Set(['bin', 'bint', 'ibn', 'ben']);

/** Capitalised words of bodies of water whose names hold a state's name or demonym (ActorRun.waterName). */
const WATERS = new Set(['Sea', 'Gulf', 'Bay', 'Ocean']);
/** … and those written before the name ("Lake Chad", "Lake Malawi"). */
const WATERS_BEFORE = new Set(['Lake']);
/** A capital after these words is marked as a place ("talks in Vienna"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'throughout', 'via']);
/** Capitalised words after an institution's or sector's name that make it a venue's name ("the Congress Centre"). */
const FACILITIES = new Set(['centre', 'center', 'hall', 'hotel', 'stadium', 'arena', 'square', 'plaza', 'complex', 'auditorium', 'theatre', 'theater', 'museum']);
/** Nouns of an attack that a place before them locates ("the Mumbai attacks": `SentenceRun.attackAfter`). */
const ATTACK_NOUNS = loadWordList('attack-nouns.tsv');
/** Nouns of an area after a place ("the Daraa countryside"): the place is not an attribute there. */
const AREA_NOUNS = new Set(['countryside', 'province', 'governorate', 'region', 'district', 'area', 'areas', 'outskirts', 'suburbs', 'environs', 'hinterland', 'valley', 'enclave', 'pocket', 'desert']);
/** Nouns of trade: a demonym kept only before a sector word names its state before them too ("Georgian wine imports"). */
const TRADE_NOUNS = new Set(['import', 'imports', 'export', 'exports', 'goods', 'products']);
/** Lower-case words inside names ("Mohammed bin Salman", "al-Maliki", "Ursula von der Leyen"). */
const PARTICLES = new Set(['al', 'el', 'al', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'do', 'dos', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'ul', 'ad', 'as', 'ash', 'an', 'y', 'e']);
/** A name's word that opens with an elided particle ("d'Estaing"): capitalised after the apostrophe. */
const ELIDED = /^[a-z]{1,2}['’]\p{Lu}/u;
const JOINERS = new Set(['-', '–', '.', '+', '/', '&', "'", '’']);
/** The sectors.tsv sector of titles that give their holder's state only ("Governor X" → the state, no sector guessed). */
const ORIGIN_ONLY = '-';
/** Prepositions whose object after the verb is the predicate's target, not a titled person's country. */
const TARGET_PREPS = new Set(['against', 'on', 'upon', 'to', 'toward', 'towards', 'with', 'at', 'into', 'from', 'over']);
/** Words before a title that make its holder a former one ("former president", "ousted President Akayev"). */
const FORMER = new Set(['former', 'ex', 'late', 'ousted', 'deposed', 'exiled', 'toppled']);
/** Modifiers allowed between a state and its sector or title ("Lebanon's new President", "Iraq's acting defence minister"). */
const MODIFIERS = new Set(['new', 'newly', 'current', 'incumbent', 'outgoing', 'incoming', 'interim', 'acting', 'caretaker', 'senior', 'top', 'deputy', 'chief', 'elected', 'appointed', 'powerful', 'elite', 'embattled', 'veteran', 'longtime', 'then', 'former', 'ex', 'ousted', 'deposed', 'exiled', 'late', 'toppled', 'own', 'main', 'leading', 'ruling', 'central', 'federal', 'national', 'regional', 'local', 'state', 'provincial', 'municipal']);

/** Nouns that describe a company before its name ("the Chinese telecom giant Huawei", "Brazil's state oil firm Petrobras"). */
const COMPANY_NOUNS = new Set(['company', 'companies', 'firm', 'giant', 'maker', 'manufacturer', 'producer', 'operator', 'carrier', 'airline', 'conglomerate', 'corporation', 'lender', 'bank', 'utility', 'exporter', 'supplier', 'monopoly']);
/** Nouns that end a descriptor before a group's own name ("the rights group Amnesty International", "the Lebanese militant group Hezbollah"). */
const GROUP_NOUNS = new Set(['group', 'watchdog', 'organisation', 'organization', 'agency', 'charity', 'movement', 'body', 'alliance', 'network', 'faction', 'militia', 'outfit', 'coalition', 'party']);

/**
 * After a non-state group and "-run", "-controlled" or "-led": the head nouns of what the group runs, which is the group
 * itself ("the Houthi-run Saba news agency", "the Hamas-run health ministry"). Not "-dominated" ("the Hezbollah-dominated
 * cabinet" is Lebanon's), not a place ("the Houthi-controlled port of Hodeidah").
 */
const RUN_BY = new Set(['controlled', 'led', 'run']);
/** After a sector word and a hyphen: a place held by that sector of the place's state ("rebel-held Idlib"; ActorRun.heldPlaceState). */
const HELD = new Set(['held', 'controlled', 'occupied']);
/** Words between a held place's noun and the name of its place ("rebel-held towns in Idlib", "villages near Baghdad"). */
const HELD_LINKS = new Set(['in', 'of', 'the', 'near', 'around', 'outside']);
/** Nouns of a place or an area after "-controlled" ("rebel-controlled towns"): the sector word before holds it. */
const HELD_AREAS = new Set([...AREA_NOUNS, 'town', 'towns', 'village', 'villages', 'city', 'cities', 'territory', 'territories', 'district', 'districts', 'province', 'provinces', 'parts', 'zone', 'zones', 'neighbourhoods', 'neighborhoods', 'suburb', 'enclaves', 'pockets']);
const RUN_HEADS = new Set([...GROUP_NOUNS, 'television', 'tv', 'channel', 'station', 'broadcaster', 'newspaper', 'radio', 'outlet', 'website',
  'ministry', 'government', 'administration', 'authorities', 'authority', 'council', 'court', 'courts', 'police', 'office', 'cabinet', 'committee']);

/** Capitalised words that may stand among a description's adjectives ("the Sunni-ruled kingdom", "the Communist island"). */
const CAPITAL_ADJECTIVES = new Set(['sunni', 'shiite', 'shia', 'shi', 'muslim', 'communist', 'arab', 'catholic', 'orthodox', 'buddhist', 'christian', 'islamic', 'persian', 'hindu', 'jewish', 'western', 'transatlantic']);

/** Nouns for a government's domestic opponents before "of" ("opponents of the government", "critics of President X"). */
const OPPONENTS = new Set(['opponents', 'critics', 'detractors']);
/** Before "of <a government or its leader>": the people backing it, that state's civilians ("supporters of President Maduro"). */
const SUPPORTERS = new Set(['supporters', 'followers']);

/** Words of a sub-national level between a place and a sector word ("the Sao Paulo state government", "the Sindh provincial government"). */
const SUBNATIONAL = new Set(['state', 'provincial', 'regional', 'municipal', 'local']);
/** Sub-national units named "the <demonym> <level> of <place>" ("the Indian state of Assam"). */
const LEVELS = new Set(['state', 'province', 'region', 'district', 'city', 'town', 'territory', 'county', 'governorate', 'prefecture']);
/** Diplomatic missions: "in <state>" is where they are, not whose they are ("closed its embassy in Tehran"). */
export const MISSIONS = new Set(['embassy', 'embassies', 'consulate', 'consulates', 'legation', 'mission', 'missions']);
/** Sectors that "in <state>" attaches to ("opposition groups in Zimbabwe", "police in Bahrain"); not MIL ("the troops in Iraq"), and GOV only for its own words, not titles ("the government in Kabul"; not "an ambassador in Havana"). */
/** Possessive pronouns before a sector noun: its people "in" a state are not that state's ("its citizens in China"). */
const OWNER_PRONOUNS = new Set(['its', 'their', 'our', 'his', 'her']);
const IN_SECTORS = new Set(['OPP', 'REB', 'CVL', 'REF', 'MED', 'BUS', 'LAB', 'EDU', 'REL', 'HLH', 'UAF', 'SEP', 'JUD', 'PTY', 'COP']);

export function loadActorMatcher(opts: { files?: string[] } = {}): ActorMatcher {
  const table = countryTable();
  const states = new Set(table.keys());
  let files: string[] = [];
  let excluded = new Set<string>();
  try {
    const names = readdirSync(ACTOR_DIR);
    if (names.includes('exclusions.tsv')) excluded = readExclusions(ACTOR_DIR + 'exclusions.tsv');
    files = names.filter((f) => f.endsWith('.tsv') && !NOT_ENTRIES.has(f)).sort().map((f) => ACTOR_DIR + f);
  } catch { /* no actors directory: countries only */ }
  let places = new Map<string, string[]>();
  if (existsSync(DICTIONARY_DIR + 'places.tsv')) places = readPlaces(DICTIONARY_DIR + 'places.tsv', states);
  const entries: Entry[] = countryEntries(table.values(), excluded, places);
  for (const f of files) entries.push(...readActorTsv(f, states));
  for (const f of opts.files ?? []) for (const e of readUserFile(f, states)) { e.priority = 1; entries.push(e); }

  const sectorNames = new Map<string, { name: string; kind: ActorKind }>();
  try {
    for (const r of readTsv(ACTOR_DIR + 'sector-codes.tsv').rows) {
      const s = r.get('sector');
      if (s) sectorNames.set(s, { name: r.get('name') ?? s, kind: (r.get('kind') as ActorKind) || 'group' });
    }
  } catch { /* optional */ }

  const lexicon = new Lexicon(entries, table, sectorNames, (opts.files?.length ?? 0) > 0);
  if (existsSync(DICTIONARY_DIR + 'shared-places.tsv')) lexicon.addShared(readSharedPlaces(DICTIONARY_DIR + 'shared-places.tsv', states));
  if (existsSync(DICTIONARY_DIR + 'held-places.tsv')) lexicon.addHeld(readHeldPlaces(DICTIONARY_DIR + 'held-places.tsv', states));
  if (existsSync(ACTOR_DIR + 'regions.tsv')) lexicon.regions = readRegions(ACTOR_DIR + 'regions.tsv', states);
  if (existsSync(ACTOR_DIR + 'homonyms.tsv')) lexicon.homonyms = readHomonyms(ACTOR_DIR + 'homonyms.tsv', states);
  if (existsSync(ACTOR_DIR + 'descriptions.tsv')) {
    const d = readDescriptions(ACTOR_DIR + 'descriptions.tsv', states);
    for (const b of d.bodies.values()) for (const c of b.codes ?? []) if (!lexicon.actor(c)) throw new DictionaryError(`${ACTOR_DIR}descriptions.tsv: "${c}" is no actor code`);
    lexicon.descriptions = d;
  }
  const run = new SentenceRun(lexicon);
  return {
    newDocument: (date) => ({ date, persons: [], lastSentence: -2, lastPersons: [], lastUnknownName: false, states: new Map(), names: new Map(), groups: new Map(), bodies: new Map() }),
    sentence: (s, ctx, words) => run.run(s, ctx, words ?? null),
    actor: (code) => lexicon.actor(code),
    actors: () => [...lexicon.vocab.values()],
    cameo: (code) => lexicon.cameo.get(code) ?? code,
    size: entries.length,
    mayMention: (words, from, to, ctx, index) => (ctx?.groups?.size ? namesGroup(ctx.groups, words, from, to) : false) || mayMention(lexicon, words, from, to,
      !ctx || (ctx.lastSentence === (index ?? 0) - 1 && ctx.lastPersons.length > 0 && !ctx.lastUnknownName),
      !ctx || ctx.persons.length > 0, !ctx || ctx.states.size > 0 || (ctx.bodies?.size ?? 0) > 0),
  };
}

/**
 * Whether a mention can be found in these words: the units are made as in `SentenceRun.units` and the
 * trie is walked from every unit, keeping the entries that pass the context-free checks of `accept`
 * (case form, initial capital); a mention needs such an entry that is an actor, a person or a title
 * (a sector word alone makes one only next to an actor or person, or as a title's coreference, which
 * needs a person named before: `titles`), or "he"/"she" when a pronoun can be resolved (`pronouns`), or a
 * description's head noun ("the Gulf kingdom") when the document has named a state (`described`).
 * So false means no mention. The trie node a word starts (or NOT_A_UNIT) is kept in the word's slot.
 */
function mayMention(lx: Lexicon, words: readonly WordLike[], from: number, to: number, pronouns: boolean, titles: boolean, described: boolean): boolean {
  const d = described ? lx.descriptions ?? undefined : undefined;
  const root = lx.root;
  const units = unitWords;
  let n = 0;
  for (let t = from; t < to; t++) {
    const w = words[t];
    if (w.slotOwner !== root) {
      w.slot = w.blank || (!w.key && JOINERS.has(w.text)) ? NOT_A_UNIT : root.next?.get(unitKey(w)) ?? null;
      w.slotOwner = root;
    }
    if (w.slot === NOT_A_UNIT) continue;
    if (w.pronoun && pronouns) return true;
    // a description's head noun ("the Gulf kingdom") or a bare sector ("the junta", `describedSectors`) once the document
    // has named a state
    if (d !== undefined && (d.nouns.has(w.key) || d.bodies.has(w.key) || d.sectorHeads.has(w.key))) return true;
    units[n++] = w;
  }
  for (let i = 0; i < n; i++) {
    let node = units[i].slot as TrieNode | null;
    for (let j = i; node !== null; ) {
      if (node.entries && mentionable(lx, node.entries, units, i, j + 1, titles)) return true;
      if (++j >= n) break;
      node = node.next?.get(unitKey(units[j])) ?? null;
    }
  }
  return false;
}

/**
 * Whether one of these entries, read over units [i, j), passes accept's context-free checks and can make a
 * mention; a title alone makes one only by coreference to a person named before (`titles`).
 */
function mentionable(lx: Lexicon, es: Entry[], units: WordLike[], i: number, j: number, titles: boolean): boolean {
  for (const e of es) {
    const t = e.lexeme;
    if (t.type === 'sector' && (t.strength !== 'title' || !titles)) continue;
    if (e.cased) {
      const form = lx.casedForm.get(e)!;
      let ok = form.length === j - i;
      for (let u = i; u < j && ok; u++) if (casedUnitKey(units[u]) !== form[u - i]) ok = false;
      if (!ok) continue;
    }
    if (e.initialCap) { const c = casedUnitKey(units[i]).charCodeAt(0); if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) continue; }
    return true;
  }
  return false;
}

/** A unit's cased key, as `SentenceRun.units` makes it. */
function casedUnitKey(w: WordLike): string {
  return w.key ? w.casedKey : w.text;
}

const unitWords: WordLike[] = [];
/** Slot value of a word that is no unit (blank, or a joiner such as "-"). */
const NOT_A_UNIT: TrieNode = { next: null, entries: null };

/** A unit's trie key: the word key, else the text (punctuation). */
function unitKey(w: WordLike): string {
  return w.key || w.text;
}

/** The compiled dictionaries: phrase trie, case forms, actor vocabulary, person resolution. */
class Lexicon {
  readonly root: TrieNode = { next: null, entries: null };
  readonly casedForm = new Map<Entry, string[]>();
  readonly vocab = new Map<string, Actor>();
  readonly cameo = new Map<string, string>();
  private readonly keyCache = new Map<string, [string, string]>();
  /** The US state Georgia as a place of USA: what a "Georgia" chunk becomes in a US context (`SentenceRun.usGeorgia`). */
  readonly usGeorgia: Entry | null;

  constructor(entries: Entry[], private readonly table: Map<string, Country>, private readonly sectorNames: Map<string, { name: string; kind: ActorKind }>, userFiles: boolean) {
    const insert = (e: Entry, cased: () => string[]) => {
      let node = this.root;
      for (const k of e.keys) {
        node.next ??= new Map();
        let n = node.next.get(k);
        if (!n) { n = { next: null, entries: null }; node.next.set(k, n); }
        node = n;
      }
      (node.entries ??= []).push(e);
      if (e.cased) this.casedForm.set(e, cased());
    };
    for (const e of entries) {
      insert(e, () => phraseCased(e.phrase));
      // "Anti-balaka" left whole by the tokenizer: the names and persons of hyphenated phrases under their joined keys too
      // (titles as one token are split instead, see `hyphenTitle`; not acronyms: "IS-K" joined would read the currency "ISK")
      if (e.lexeme.type === 'sector' || e.cased) continue;
      const jk = joinedKeys(e.phrase);
      if (jk && jk.join(' ') !== e.keys.join(' ')) insert({ ...e, keys: jk }, () => []);
    }
    // A user's phrase replaces the built-in entries of the same phrase.
    if (userFiles) {
      const prune = (node: TrieNode): void => {
        if (node.entries && node.entries.some((e) => e.priority) && node.entries.some((e) => !e.priority)) node.entries = node.entries.filter((e) => e.priority);
        if (node.next) for (const n of node.next.values()) prune(n);
      };
      prune(this.root);
    }
    for (const c of table.values()) this.vocab.set(c.code, { code: c.code, name: c.name, country: c.code, sector: null, kind: 'state' });
    const us = table.get('USA');
    this.usGeorgia = us ? makeEntry('Georgia', { type: 'actor', code: 'USA', name: us.name, kind: 'state', country: 'USA', via: 'place', sector: null }, 'actors.ts (the US state Georgia)') : null;
    for (const e of entries) {
      const lx = e.lexeme;
      // a state's business sector is shared by its companies (companies.tsv): named by the sector ("China business"), not its first company
      if (lx.type === 'actor' && lx.sector === 'BUS' && lx.code.length === 6 && this.derive(lx.code)) continue;
      if (lx.type === 'actor' && !this.vocab.has(lx.code)) this.vocab.set(lx.code, { code: lx.code, name: lx.name, country: lx.country, sector: lx.sector, kind: lx.kind });
      if (lx.type === 'actor' && lx.cameo && !this.cameo.has(lx.code)) this.cameo.set(lx.code, lx.cameo);
    }
    // after every named actor (leaders.tsv is read before nonstate.tsv: al-Baghdadi's ISIS is the group of that name)
    for (const e of entries) {
      const lx = e.lexeme;
      if (lx.type === 'person') for (const t of lx.person.tenures) if (!this.vocab.has(t.code)) this.vocab.set(t.code, this.derive(t.code) ?? { code: t.code, name: t.code, country: lx.person.country, sector: null, kind: 'group' });
    }
  }

  /**
   * Places two states share (`shared-places.tsv`): each entry of the place's name that codes another state (Libya's
   * capital "Tripoli") → the other state's reading (a Lebanese town) and the words that point to either.
   */
  readonly shared = new Map<Entry, { home: string; state: string; entry: Entry; cues: Set<string>; against: Set<string> }>();

  addShared(rows: SharedPlace[]): void {
    for (const r of rows) {
      let node: TrieNode | undefined = this.root;
      for (const k of r.keys) node = node?.next?.get(k);
      const c = this.table.get(r.state);
      if (!node?.entries || !c) continue;
      const entry = makeEntry(r.place, { type: 'actor', code: r.state, name: c.name, kind: 'state', country: r.state, via: 'place', sector: null }, 'shared-places.tsv');
      if (!entry) continue;
      for (const e of node.entries) {
        if (e.lexeme.type !== 'actor' || e.lexeme.country === null || e.lexeme.country === r.state || e.lexeme.code !== e.lexeme.country) continue;
        this.shared.set(e, { home: e.lexeme.country, state: r.state, entry, cues: new Set(r.cues), against: new Set(r.against) });
      }
    }
  }

  /** Places another state holds (`held-places.tsv`): each place entry → the holder's reading of it and the dates. */
  readonly held = new Map<Entry, { entry: Entry; since: string; until: string | null }>();

  addHeld(rows: HeldPlace[]): void {
    for (const r of rows) {
      const c = this.table.get(r.holder);
      if (!c) continue;
      for (const place of r.places) {
        let node: TrieNode | undefined = this.root;
        for (const k of phraseKeys(place)) node = node?.next?.get(k);
        const entry = makeEntry(place, { type: 'actor', code: r.holder, name: c.name, kind: 'state', country: r.holder, via: 'place', sector: null }, 'held-places.tsv');
        if (!node?.entries || !entry) continue;
        for (const e of node.entries) if (e.lexeme.type === 'actor' && e.lexeme.via === 'place' && e.lexeme.country !== r.holder) this.held.set(e, { entry, since: r.since, until: r.until });
      }
    }
  }

  /** descriptions.tsv: what "the Gulf kingdom" may stand for (`SentenceRun.described`). */
  descriptions: Descriptions | null = null;
  /** Region names that hold a state's word (regions.tsv), by word key. */
  regions = new Map<string, { keys: string[]; at: number }[]>();
  /** Demonyms that name another people in some sentences (homonyms.tsv). */
  homonyms: Homonym[] = [];
  private readonly describedEntries = new Map<string, Entry>();

  /** The entry a description reads as: the state or body, by coreference. */
  describedEntry(code: string): Entry | null {
    let e = this.describedEntries.get(code);
    if (e) return e;
    // a state's sector is named by the state and sector ("Turkey opposition"), not by a row that has its code (the Gülen movement)
    const a = (code.length > 3 ? this.derive(code) : undefined) ?? this.actor(code);
    if (!a) return null;
    e = makeEntry(a.name, { type: 'actor', code, name: a.name, kind: a.kind, country: a.country, via: 'coreference', sector: null }, 'descriptions.tsv') ?? undefined;
    if (e) this.describedEntries.set(code, e);
    return e ?? null;
  }

  /** A state's sector code (`IRQMIL`) → actor, from the sector names. */
  derive(code: string): Actor | undefined {
    const c = this.table.get(code.slice(0, 3));
    if (!c) return undefined;
    const suffix = code.slice(3);
    const parts: string[] = [];
    for (let i = 0; i < suffix.length; i += 3) {
      const s = this.sectorNames.get(suffix.slice(i, i + 3));
      if (!s && this.sectorNames.size > 0) return undefined;
      parts.push(s?.name ?? suffix.slice(i, i + 3));
    }
    const last = this.sectorNames.get(suffix.slice(-3));
    return { code, name: `${c.name} ${parts.join(' ')}`, country: c.code, sector: suffix, kind: last?.kind ?? 'group' };
  }

  actor(code: string): Actor | undefined {
    let a = this.vocab.get(code);
    if (!a) { a = this.derive(code); if (a) this.vocab.set(code, a); }
    return a;
  }

  /** [normalised key, cased key] of a token's text, cached. */
  keysOf(text: string): [string, string] {
    let k = this.keyCache.get(text);
    if (!k) {
      k = [wordKey(text), casedKey(text)];
      if (this.keyCache.size > 200_000) this.keyCache.clear();
      this.keyCache.set(text, k);
    }
    return k;
  }

  /** The person a name chunk stands for at the document date, and the code of the office then held. */
  resolve(c: Chunk, ctx: DocContext, country: string | null, wasFormer: boolean, roles?: string[]): { code: string; person: Person; confidence: number } | null {
    let cands: Person[] = [];
    for (const e of c.entries) if (e.lexeme.type === 'person' && !cands.includes(e.lexeme.person)) cands.push(e.lexeme.person);
    if (country) cands = cands.filter((p) => p.country === country);
    if (cands.length === 0) return null;
    if (wasFormer) { cands = byRole(cands, roles); return cands.length === 1 ? { code: outside(cands[0]), person: cands[0], confidence: 0.8 } : null; }
    const date = ctx.date;
    if (date) {
      let active: { p: Person; t: Tenure }[] = [];
      for (const p of cands) {
        const ts = p.tenures.filter((t) => (!t.start || t.start <= date) && (!t.end || date <= t.end));
        if (ts.length) active.push({ p, t: (roles?.length && ts.find((t) => titleMatches(t, roles))) || ts[0] });
      }
      if (active.length > 1 && roles?.length) {
        const r = active.filter((a) => titleMatches(a.t, roles));
        if (r.length) active = r;
      }
      if (active.length > 1) {
        // Same name, several office holders: the one whose state the document has mentioned, if only one has.
        const r = active.filter((a) => ctx.states.has(a.p.country));
        if (r.length === 1) return { code: r[0].t.code, person: r[0].p, confidence: 0.75 };
        return null;
      }
      if (active.length === 1) return { code: active[0].t.code, person: active[0].p, confidence: 0.9 };
      cands = byRole(cands, roles);
      return cands.length === 1 ? { code: outside(cands[0]), person: cands[0], confidence: 0.7 } : null;
    }
    cands = byRole(cands, roles);
    if (cands.length !== 1) return null;
    const p = cands[0];
    const latest = p.tenures.reduce((a, b) => ((b.start ?? '') > (a.start ?? '') ? b : a));
    return { code: latest.code, person: p, confidence: 0.5 };
  }

  /** "the president", "the Iranian leader": the one person of that title (and state) mentioned so far, if exactly one. */
  corefByTitle(ctx: DocContext, roles: string[], country: string | null, current: PersonSeen[]): PersonSeen | null {
    const found = new Map<string, PersonSeen>();
    const date = ctx.date;
    for (const list of [ctx.persons, current]) {
      for (const ps of list) {
        if (country && ps.person.country !== country) continue;
        const ok = ps.person.tenures.some((t) => titleMatches(t, roles) && (!date || ((!t.start || t.start <= date) && (!t.end || date <= t.end))));
        if (ok) found.set(ps.person.id, ps);
      }
    }
    return found.size === 1 ? found.values().next().value! : null;
  }
}

/** One sentence's matching state; methods live on the prototype so that nothing is re-created per sentence. */
class SentenceRun {
  private toks: Token[] = [];
  /** The word of each token, when the caller has them (see `ActorMatcher.sentence`). */
  private words: readonly WordLike[] | null = null;
  private keys: string[] = [];
  /** The trie node each unit's key leads to from the root (null: no phrase starts with it). */
  private firsts: (TrieNode | null)[] = [];
  private ckeys: string[] = [];
  private tok: number[] = [];
  private n = 0;
  private chunks: Chunk[] = [];
  private out: ActorMention[] = [];
  private seen: PersonSeen[] = [];
  private ctx!: DocContext;
  private index = 0;
  /** Titled unknown names without a state before the title, placed once the sentence's states are known. */
  private pending: { i: number; j: number; nameStart: number; sector: string; title: string }[] = [];

  constructor(private readonly lx: Lexicon) {}

  run(s: SegmentedSentence, ctx: DocContext, words: readonly WordLike[] | null): ActorMention[] {
    if (s.tokens.length === 0) return this.none(s, ctx);
    this.toks = s.tokens;
    this.words = words;
    this.ctx = ctx;
    this.index = s.index;
    this.out = [];
    this.seen = [];
    this.units();
    this.chunk();
    this.pending.length = 0;
    this.compose();
    if (this.pending.length) this.placePending();
    this.bracketGroups();
    if (ctx.names?.size) this.followNames();
    this.pronoun();
    ctx.persons.push(...this.seen);
    ctx.lastSentence = s.index;
    ctx.lastPersons = this.seen;
    // only read when the sentence named persons (lastPersons non-empty): skip the scan otherwise
    ctx.lastUnknownName = this.seen.length > 0 && unknownName(this.toks, this.out);
    return this.out;
  }

  /**
   * A sentence without tokens (one the pre-check turned down) names nobody: only the document context moves
   * on, as `run` would move it (most sentences of a text, so none of run's steps is gone through).
   */
  private none(s: SegmentedSentence, ctx: DocContext): ActorMention[] {
    ctx.lastSentence = s.index;
    ctx.lastPersons = [];
    ctx.lastUnknownName = false;
    return [];
  }

  /** Units: tokens with a non-empty key; punctuation other than joiners (- . + / &) stays as a unit so that phrases do not run across it. */
  private units(): void {
    const { toks, keys, ckeys, tok, firsts, lx, words } = this;
    keys.length = 0; ckeys.length = 0; tok.length = 0; firsts.length = 0;
    for (let t = 0; t < toks.length; t++) {
      const text = toks[t].text;
      // the token's keys from its word when the caller gave the words (flat fields, already in cache)
      const w = words === null ? undefined : words[t];
      let key: string, cased: string;
      if (w !== undefined) { key = w.key; cased = w.casedKey; } else { const kk = toks[t].keys ?? lx.keysOf(text); key = kk[0]; cased = kk[1]; }
      if (!key) {
        if (JOINERS.has(text)) continue;
        keys.push(text); ckeys.push(text); tok.push(t); firsts.push(this.firstNode(t, text));
        continue;
      }
      // "Vice-President", "Prime-Minister" as one token: the title phrase's words (dictionary phrases split on hyphens)
      if (text.length > 3 && text.includes('-') && this.hyphenTitle(t)) continue;
      keys.push(key); ckeys.push(cased); tok.push(t); firsts.push(this.firstNode(t, key));
    }
    this.n = keys.length;
  }

  /**
   * The trie node that token t's unit key leads to from the root: the node `mayMention` kept in the word's slot
   * (the same lookup, `unitKey` being the unit's key), else looked up.
   */
  private firstNode(t: number, key: string): TrieNode | null {
    const root = this.lx.root;
    const w = this.words === null ? undefined : this.words[t];
    if (w !== undefined && w.slotOwner === root) return w.slot as TrieNode | null;
    return root.next?.get(key) ?? null;
  }

  /** A hyphenated token whose parts spell a title phrase: push the parts as units of token t. */
  private hyphenTitle(t: number): boolean {
    const parts = this.toks[t].text.split('-');
    if (parts.length < 2 || parts.some((x) => !x)) return false;
    let node: TrieNode | undefined = this.lx.root;
    const kk: [string, string][] = [];
    for (const x of parts) {
      const k = this.lx.keysOf(x);
      node = node.next?.get(k[0]);
      if (!node) return false;
      kk.push(k);
    }
    if (!node.entries?.some(isTitle)) return false;
    for (const k of kk) { this.keys.push(k[0]); this.ckeys.push(k[1]); this.tok.push(t); this.firsts.push(this.lx.root.next?.get(k[0]) ?? null); }
    return true;
  }

  /** Longest dictionary phrase at each position, left to right, non-overlapping. */
  private chunk(): void {
    const { keys, n } = this;
    const chunks = this.chunks;
    chunks.length = 0;
    this.contextual = false;
    let georgia = false, shared = false, held = false;
    let prev: Chunk | null = null;
    for (let i = 0; i < n;) {
      let node: TrieNode | null | undefined = this.firsts[i];
      let best: Chunk | null = null;
      for (let j = i; node; ) {
        if (node.entries) {
          const ok = this.accept(node.entries, i, j + 1, prev);
          if (ok.length) best = { i, j: j + 1, entries: ok, cls: classOf(ok) };
        }
        if (++j >= n) break;
        node = node.next?.get(keys[j]);
      }
      if (best && best.cls === 'A' && (this.backedAfter(best) || this.placeOnly(best) || this.waterName(best) || this.regionName(best))) { i = best.j; continue; }
      // "Egypt's military-backed government", "the opposition-controlled parliament": the sector word is the backer's, not the head
      if (best && best.cls === 'S' && this.backedAfter(best)) { i = best.j; continue; }
      if (best && best.cls !== 'P' && this.facilityAfter(best.j) && best.entries.every((e) => e.lexeme.type === 'sector' || (e.lexeme.type === 'actor' && e.lexeme.kind === 'institution'))) { i = best.j; continue; }
      if (best && best.cls === 'P' && this.foreignName(best, prev)) { i = best.j; continue; }
      if (best) { chunks.push(best); prev = best; i = best.j; if (best.entries.some(isGeorgia)) georgia = true; else if (!this.ctx.usPlace && best.entries.some(isUSPlace)) this.ctx.usPlace = true; if (this.lx.shared.size && best.entries.some((e) => this.lx.shared.has(e))) shared = true; if (this.lx.held.size && best.entries.some((e) => this.lx.held.has(e))) held = true; } else i++;
    }
    if (shared) this.sharedPlaces();
    if (held && this.ctx.date) this.heldPlaces(this.ctx.date);
    if (this.contextual) this.dropOutOfContext();
    if (georgia && this.lx.usGeorgia) this.usGeorgia(this.lx.usGeorgia);
    if (this.lx.descriptions) this.described(this.lx.descriptions);
    if (this.lx.homonyms.length) this.homonymsDropped();
    this.domesticOpposition();
  }

  /**
   * "Tzotzil Indians marched in Chiapas": a one-word demonym of homonyms.tsv (no sector or title word right after it, no
   * "and" or comma beside it) in a sentence that names one of its words, or a state of its row (the plural) or a place
   * inside one (the adjective: "the Indian rights law" beside Chiapas), is another people, no mention.
   */
  private homonymsDropped(): void {
    const { chunks, keys } = this;
    for (const h of this.lx.homonyms) {
      const at = chunks.findIndex((c) => c.j - c.i === 1 && h.keys.has(keys[c.i]) && c.entries.every((e) => e.lexeme.type === 'actor' && e.lexeme.code === h.code));
      if (at < 0) continue;
      const c = chunks[at], next = chunks[at + 1];
      if ((next && next.i === c.j && next.cls === 'S') || ['and', ','].includes(keys[c.j] ?? '') || ['and', ','].includes(keys[c.i - 1] ?? '')) continue;
      // (the adjective needs a place inside such a state, not its name: "Brazil condemned the Indian nuclear test" is India's)
      const plural = keys[c.i].endsWith('s');
      const other = chunks.some((d) => d !== c && d.entries.some((e) => e.lexeme.type === 'actor' && !!e.lexeme.country && h.states.has(e.lexeme.country) && (plural || e.lexeme.via === 'place')));
      if (other || keys.some((k) => h.words.has(k))) chunks.splice(at, 1);
    }
  }

  /**
   * "The Nicaraguan police arrested opposition leaders", "Belarusian judges jailed opposition activists", "Venezuela's Supreme
   * Court stripped the National Assembly of its powers": a bare opposition, legislature or party phrase (sectors.tsv OPP, LEG,
   * PTY; no actor right before it) after the police, intelligence service, judiciary or a party of the one state the sentence
   * has named before it is that state's: those bodies act at home. After a government or an
   * army, or with two states named, it is left alone ("Washington backed the opposition" is no American opposition).
   */
  private domesticOpposition(): void {
    const { chunks } = this;
    let state: string | null = null, states = 0, domestic = false;
    for (let x = 0; x < chunks.length; x++) {
      const c = chunks[x];
      const prev = x > 0 ? chunks[x - 1] : null;
      if (c.cls === 'A') {
        for (const e of c.entries) {
          const l = e.lexeme;
          if (l.type !== 'actor' || !l.country) continue;
          if (l.country !== state) { state = l.country; states++; }
          if (l.code.length === 6 && l.code.startsWith(l.country) && DOMESTIC_SECTORS.has(l.code.slice(3))) domestic = true;
          break;
        }
        continue;
      }
      if (c.cls !== 'S') continue;
      const sectors = c.entries.map((e) => (e.lexeme.type === 'sector' ? e.lexeme.sector : ''));
      // "Nicaraguan police", "Venezuela's Supreme Court": a sector word right after the state's chunk or its possessive
      const after = prev !== null && prev.cls === 'A' && (prev.j === c.i || (prev.j + 1 === c.i && this.keys[prev.j] === "'s"));
      if (after && state !== null && sectors.some((z) => DOMESTIC_SECTORS.has(z))) { domestic = true; continue; }
      if (!domestic || states !== 1 || state === null || !sectors.length || !HOME_BODIES.has(sectors[0]) || !sectors.every((z) => z === sectors[0])) continue;
      if (prev !== null && prev.j === c.i) continue;
      const e = this.lx.describedEntry(state + sectors[0]);
      if (e) chunks[x] = { i: c.i, j: c.j, entries: [e], cls: 'A' };
    }
  }

  /**
   * "the Gulf kingdom", "the tiny emirate", "the former Soviet republic", "the communist island" (descriptions.tsv): "the",
   * region words and adjectives (lower case, or capitalised words of CAPITAL_ADJECTIVES), and a head noun not followed by
   * "of" and a name, with no dictionary phrase inside (a demonym that names its state only before a sector word, such as "Soviet", is
   * left out), is a chunk of the one state of the noun's and regions' lists named in the document's earlier sentences. A
   * generic noun (country, nation, state, republic) needs a region word. None or two such states:
   * nothing ("the kingdom" after Saudi Arabia and Jordan). Bodies likewise: "the bloc" is the one bloc of its list named
   * in earlier sentences, "the militant group" (a qualifier word needed: not "the group") the one non-state actor. Sector
   * words may stand among the adjectives ("the rebel movement"); a name right after the noun is the actor itself ("the
   * militant group Islamic Jihad").
   */
  private described(d: Descriptions): void {
    const { keys, toks, tok, n, chunks } = this;
    let added = false;
    for (let h = 1; h < n; h++) {
      const noun = d.nouns.get(keys[h]), body = d.bodies.get(keys[h]);
      if (noun === undefined && body === undefined) continue;
      // "the kingdom of Bhutan", "the island of Crete": a name follows (not "accused the kingdom of meddling")
      if (h + 2 < n && keys[h + 1] === 'of' && /^\p{Lu}/u.test(this.ckeys[h + 2])) continue;
      let k = 0;
      while (k < chunks.length && chunks[k].j <= h) k++;
      // a plural body noun is a sector word alone ("militants"); "the militants" may still be the one group named before
      if (k < chunks.length && chunks[k].i <= h && !(body && chunks[k].cls === 'S' && chunks[k].i === h && chunks[k].j === h + 1)) continue;
      // "the militant group Hezbollah", "the Gulf state Qatar": the name that follows is the actor
      if (k < chunks.length && chunks[k].i === h + 1 && chunks[k].cls === 'A') continue;
      // a noun written with a capital in the file must be so in the text and end the name ("the North", not "the north
      // of the country" nor "the North Sea")
      if (noun?.cased && (!/^\p{Lu}/u.test(this.ckeys[h]) || (h + 1 < n && /^\p{Lu}/u.test(this.ckeys[h + 1])))) continue;
      let allowed = noun?.states ?? null, region = false, qualified = false, u = h - 1, the = false;
      for (let steps = 0; u >= 0 && steps < 6; steps++) {
        if (keys[u] === 'the') { the = true; break; }
        const r = noun ? this.regionEnding(d, u) : null;
        if (r) { allowed = allowed === null ? r.states : new Set([...allowed].filter((c) => r.states.has(c))); region = true; u -= r.keys.length; continue; }
        // sector words may describe ("the militant group", "the rebel movement"); actors and persons may not
        const inside = this.chunkAt(u);
        if (inside !== null && inside.cls !== 'S') break;
        const t = toks[tok[u]];
        if (d.qualifiers.has(keys[u])) qualified = true;
        else if (capitalised(t) && !CAPITAL_ADJECTIVES.has(keys[u])) break;
        if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'PROPN') break;
        u--;
      }
      if (!the) continue;
      let one: string | null = null, count = 0;
      if (noun) {
        if (noun.generic && !region) continue;
        // the states named in earlier sentences (a state named in this one is there already: "Nigeria's army said the West
        // African nation …" is no new actor, and a second mention of it only blurs who did what)
        for (const c of this.ctx.states.keys()) if (allowed === null || allowed.has(c)) { one = c; count++; }
      } else if (body) {
        if (body.qualified && !qualified) continue;
        for (const c of this.ctx.bodies?.keys() ?? []) if (body.codes ? body.codes.has(c) : this.lx.actor(c)?.kind === 'nonstate') { one = c; count++; }
      }
      if (count !== 1 || one === null) continue;
      const e = this.lx.describedEntry(one);
      if (!e) continue;
      // a demonym left out inside the description ("former Soviet republic") goes
      for (let x = chunks.length - 1; x >= 0; x--) if (chunks[x].i > u && chunks[x].j <= h + 1) chunks.splice(x, 1);
      chunks.push({ i: u + 1, j: h + 1, entries: [e], cls: 'A' });
      added = true;
    }
    if (added) chunks.sort((a, b) => a.i - b.i);
    if (d.sectors.size) this.describedSectors(d);
  }

  /**
   * "The junta accused France …", "the army said …" (descriptions.tsv `sector` rows): a sector phrase right after "the",
   * followed by no noun, adjective, name, number, "of" or possessive ("the army chief", "the government forces", "the
   * army of Mali" are left alone), in a sentence that names no state before it, is that sector of the one state named in the
   * document's earlier sentences: a chunk of that state is put on "the", and composition makes the sector code.
   */
  private describedSectors(d: Descriptions): void {
    const { chunks, keys, toks, tok } = this;
    let one: string | null = null, count = 0;
    for (const c of this.ctx.states.keys()) { one = c; count++; }
    // in a story that names no state, an insurgent group's foe: "the FARC and the government signed …" (insurgents rows)
    const foe = count === 0 ? this.insurgentsState(d) : null;
    if (foe) { one = foe; count = 1; }
    if (count !== 1 || one === null) return;
    for (let x = 0; x < chunks.length; x++) {
      const c = chunks[x];
      // a state named before it in the sentence may be the sector's own ("Mali's neighbours … the army")
      if (c.cls === 'A' && c.entries.some((e) => e.lexeme.type === 'actor' && e.lexeme.kind === 'state')) return;
      if (c.cls !== 'S' || c.i === 0 || keys[c.i - 1] !== 'the' || (x > 0 && chunks[x - 1].j === c.i)) continue;
      if (!(foe ? d.foeSectors : d.sectors).has(keys.slice(c.i, c.j).join(' '))) continue;
      const t = tok[c.j - 1] + 1;
      if (t < toks.length) {
        const w = toks[t];
        if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'NUM' || w.text === "'s" || w.text === '’s' || w.text === "'") continue;
        // "the army of Mali", "the government of the Democratic Republic": another body; "accused the opposition of
        // violence", "of inciting": the charge after the accusing verb
        if (w.lower === 'of') {
          const v = t + 1 < toks.length ? toks[t + 1] : null;
          if (!v || v.pos === 'PROPN' || v.pos === 'DET' || /^\p{Lu}/u.test(v.text)) continue;
        }
      }
      const e = this.lx.describedEntry(one);
      if (!e) return;
      chunks.splice(x, 0, { i: c.i - 1, j: c.i, entries: [e], cls: 'A' });
      x++;
    }
  }

  /**
   * The one state whose government the sentence's insurgent groups fight (descriptions.tsv `insurgents` rows: the state of
   * the group's CAMEO code, as COLREB for the FARC), or null when it names none or groups of two states.
   */
  private insurgentsState(d: Descriptions): string | null {
    const found = new Set<string>();
    for (const c of this.chunks) {
      for (const e of c.entries) {
        const l = e.lexeme;
        if (l.type === 'actor' && d.insurgents.has(l.code)) found.add((l.cameo ?? l.code).slice(0, 3));
      }
    }
    return found.size === 1 ? [...found][0] : null;
  }

  /** The longest region phrase of descriptions.tsv whose last word is unit u. */
  private regionEnding(d: Descriptions, u: number): { keys: string[]; states: Set<string> } | null {
    for (const r of d.regions) {
      const L = r.keys.length;
      if (u - L + 1 < 0) continue;
      let ok = true;
      for (let x = 0; x < L && ok; x++) if (this.keys[u - L + 1 + x] !== r.keys[x]) ok = false;
      // a region word inside a dictionary phrase ("Gulf Cooperation Council") is that phrase's; a demonym read only
      // before sector words ("Soviet") is not
      if (ok) { for (let x = u - L + 1; x <= u && ok; x++) { const c = this.chunkAt(x); if (c !== null && !c.entries.every((e) => e.lexeme.type === 'actor' && e.lexeme.sectorOnly)) ok = false; } }
      if (ok) return r;
    }
    return null;
  }

  /** The chunk that covers unit u, if any. */
  private chunkAt(u: number): Chunk | null {
    for (const c of this.chunks) { if (c.i > u) break; if (c.j > u) return c; }
    return null;
  }

  /**
   * "Georgia" is the US state, not the Caucasus republic, when the sentence says so: a US place or an unknown
   * capitalised town before it and a comma ("Atlanta, Georgia", "in Savannah, Georgia"), "state of" before it, a US
   * title before "of Georgia" ("Senator David Perdue of Georgia"), a US word after it or its "'s" ("the Georgia
   * governor", "Georgia's Republican governor", "Georgia Tech"), or another US place in the sentence ("Georgia and
   * Florida") when nothing of the Caucasus is named (Tbilisi, Georgian, Russia, Armenia, Azerbaijan, Abkhazia, …).
   */
  private usGeorgia(us: Entry): void {
    const { chunks, keys, ckeys } = this;
    let usPlace = false, caucasus = false;
    for (const c of chunks) for (const e of c.entries) {
      if (e.lexeme.type !== 'actor') continue;
      if (e.lexeme.code === 'USA' && e.lexeme.via === 'place') usPlace = true;
      else if (e.lexeme.country !== null && CAUCASUS.has(e.lexeme.country) && !isGeorgia(e)) caucasus = true;
    }
    if (!caucasus) for (const k of keys) if (CAUCASUS_WORDS.has(k)) { caucasus = true; break; }
    if (caucasus) this.ctx.caucasus = true;
    for (let x = 0; x < chunks.length; x++) {
      const c = chunks[x];
      if (!c.entries.some(isGeorgia)) continue;
      const i = c.i;
      let us2 = false;
      // "Atlanta, Georgia"; "in Savannah, Georgia" (a capitalised word no phrase covers, after a preposition)
      if (i >= 2 && keys[i - 1] === ',') {
        const before = x > 0 && chunks[x - 1].j === i - 1 ? chunks[x - 1] : null;
        if (before) us2 = before.entries.some(isUSPlace);
        else if (i >= 3 && /^[A-Z]/.test(ckeys[i - 2]) && TOWN_BEFORE.has(keys[i - 3])) us2 = true;
      }
      // "the state of Georgia", "the US state of Georgia"
      if (!us2 && i >= 2 && keys[i - 1] === 'of' && keys[i - 2] === 'state') us2 = true;
      // "Senator David Perdue of Georgia", "Governor Kemp of Georgia"
      // ("Republican committee member Doug Collins of Georgia"; not "the Democratic Republic of Georgia")
      if (!us2 && i >= 2 && keys[i - 1] === 'of' && keys[i - 2] !== 'republic') for (let u = i - 2; u >= Math.max(0, i - 6); u--) if (US_TITLES.has(keys[u])) { us2 = true; break; }
      // "the Georgia governor", "Georgia's Republican governor", "Georgia state lawmakers"
      if (!us2) {
        let u = c.j;
        if (u < keys.length && keys[u] === "'s") u++;
        if (u < keys.length && (US_AFTER.has(keys[u]) || (keys[u] === 'state' && keys[u + 1] !== 'of'))) us2 = true;
      }
      if (!us2 && usPlace && !caucasus) us2 = true;
      // "… a debate in Georgia" in a story that named US places before and nothing of the Caucasus
      if (!us2 && !caucasus && this.ctx.usPlace && !this.ctx.caucasus) us2 = true;
      if (us2) { c.entries = [us]; c.cls = classOf(c.entries); this.ctx.usPlace = true; }
    }
  }

  /**
   * A place two states share (`shared-places.tsv`) is the other state's town when its sentence points there (a mention
   * of that state or one of its cue words, and nothing of the usual state but the place itself: "the Lebanese army
   * deployed in Tripoli" LBN), or, with no sign either way in the sentence, when the document so far named the other
   * state and not the usual one (other than through this place). Otherwise it stays as read ("Haftar's forces
   * advanced on Tripoli" LBY).
   */
  private sharedPlaces(): void {
    const { chunks, keys, ctx } = this;
    for (const c of chunks) {
      let info = null;
      for (const e of c.entries) { info = this.lx.shared.get(e); if (info) break; }
      if (!info) continue;
      let other = false, home = false;
      for (const d of chunks) {
        if (d === c) continue;
        for (const e of d.entries) {
          const st = e.lexeme.type === 'actor' ? e.lexeme.country : e.lexeme.type === 'person' ? e.lexeme.person.country : null;
          if (st === info.state) other = true; else if (st === info.home && !this.lx.shared.has(e)) home = true;
        }
      }
      for (const k of keys) { if (info.cues.has(k)) other = true; else if (info.against.has(k)) home = true; }
      if (!other && !home) {
        other = (ctx.states.get(info.state) ?? 0) > 0;
        home = (ctx.states.get(info.home) ?? 0) - (ctx.sharedHome?.get(info.home) ?? 0) > 0;
      }
      if (other && !home) { c.entries = [info.entry]; c.cls = classOf(c.entries); }
      else (ctx.sharedHome ??= new Map()).set(info.home, (ctx.sharedHome.get(info.home) ?? 0) + 1);
    }
  }

  /**
   * A place another state holds (`held-places.tsv`), on a date it holds it, names the holder's authorities when its
   * possessive and another chunk follow ("Crimea's leader Sergei Aksyonov", "Crimea's Russian-installed parliament") or a
   * sector or title word right after it ("Sevastopol officials"): those chunks are the holder's. The bare place stays
   * its state's ("Russia annexed Crimea", "drills in Crimea").
   */
  private heldPlaces(date: string): void {
    const { chunks, keys } = this;
    for (let x = 0; x + 1 < chunks.length; x++) {
      const c = chunks[x];
      let info = null;
      for (const e of c.entries) { info = this.lx.held.get(e); if (info) break; }
      if (!info || date < info.since || (info.until !== null && date > info.until)) continue;
      const nx = chunks[x + 1];
      if ((keys[c.j] === "'s" && nx.i === c.j + 1) || (nx.i === c.j && nx.cls === 'S')) { c.entries = [info.entry]; c.cls = classOf(c.entries); }
    }
  }

  /** A chunk read from a dictionary phrase was marked `@` in it. */
  private contextual = false;

  /**
   * `@` phrases ("KLA", "GIA") stay only when this sentence or the document so far names one of their states; a
   * chunk left with no entry is dropped.
   */
  private dropOutOfContext(): void {
    const here = new Set<string>();
    for (const c of this.chunks) for (const e of c.entries) {
      if (e.context) continue;
      const s = e.lexeme.type === 'actor' ? e.lexeme.country : e.lexeme.type === 'person' ? e.lexeme.person.country : null;
      if (s) here.add(s);
    }
    let w = 0;
    for (const c of this.chunks) {
      if (c.entries.some((e) => e.context)) {
        const es = c.entries.filter((e) => !e.context || e.context.some((s) => here.has(s) || this.ctx.states.has(s)));
        if (es.length === 0) continue;
        c.entries = es;
        c.cls = classOf(es);
      }
      this.chunks[w++] = c;
    }
    this.chunks.length = w;
  }

  private accept(es: Entry[], i: number, j: number, before: Chunk | null): Entry[] {
    const { keys, ckeys, n } = this;
    let out: Entry[] | null = null;
    for (let x = 0; x < es.length; x++) {
      const e = es[x];
      let ok = true;
      if (e.cased) {
        const form = this.lx.casedForm.get(e)!;
        ok = form.length === j - i;
        for (let u = i; u < j && ok; u++) if (ckeys[u] !== form[u - i]) ok = false;
      }
      if (ok && e.initialCap) { const c = ckeys[i].charCodeAt(0); ok = (c >= 65 && c <= 90) || (c >= 48 && c <= 57); }
      if (ok && e.capitalised) for (let u = i; u < j && ok; u++) { const c = ckeys[u].charCodeAt(0); if (keys[u] !== "'s" && !(c >= 65 && c <= 90) && !(u < j - 1 && PARTICLES.has(keys[u])) && !this.afterHyphen(u) && !this.elided(u)) ok = false; }
      if (ok && e.context) this.contextual = true;
      if (ok && e.cue) ok = (i > 0 && CUE_BEFORE.has(keys[i - 1]) && !this.allCaps(i - 1)) || (j < n && CUE_AFTER.has(keys[j]) && !this.allCaps(j));
      // a title right before, or the person already named in this document ("Saudi King Abdullah … Obama praised Abdullah")
      // (an office must be one the person held: "Governor Bush" is no president; honorifics such as "Mr" fit anyone)
      if (ok && e.titled) ok = (before !== null && before.j === i && before.cls === 'S' && before.entries.some((t) => titleFits(t, e))) || this.named(e);
      if (ok) { if (out) out.push(e); } else if (!out) out = es.slice(0, x);
    }
    return out ?? es;
  }

  /** An elided particle before a capitalised name, in one token: "d'Estaing", "d'Alema", "l'Ouverture". */
  private elided(u: number): boolean {
    return ELIDED.test(this.toks[this.tok[u]].text);
  }

  /** The unit continues a hyphenated word ("Ki-moon"). */
  private afterHyphen(u: number): boolean {
    const t = this.tok[u];
    return t > 0 && this.toks[t - 1].text === '-' && this.toks[t - 1].end === this.toks[t].start;
  }

  private named(e: Entry): boolean {
    if (e.lexeme.type !== 'person') return false;
    const p = e.lexeme.person;
    for (const ps of this.ctx.persons) if (ps.person === p) return true;
    for (const ps of this.seen) if (ps.person === p) return true;
    return false;
  }

  private allCaps(u: number): boolean {
    const c = this.ckeys[u];
    return c.length > 1 && c === c.toUpperCase() && /[A-Z]/.test(c);
  }

  /**
   * A person phrase next to an unknown capitalised name ("Qassem Suleimani", "Sadeq Larijani") is someone else; not
   * when the capitalised word before it ends a title chunk (`prev`: "Chief Executive Carrie Lam").
   */
  private foreignName(c: Chunk, prev: Chunk | null): boolean {
    const { tok, toks, n } = this;
    const a = tok[c.i] - 1, b = tok[c.j - 1] + 1;
    const titled = prev !== null && prev.cls === 'S' && prev.j === c.i;
    // "Ali bin Tamim": a name after a patronymic particle is another person's father's
    if (a >= 0 && PATRONYMICS.has(toks[a].text.toLowerCase())) return true;
    return (a >= 0 && properName(toks[a]) && !titled && !(c.i > 0 && tok[c.i - 1] === a && this.trieStarts(c.i - 1))) || (b < toks.length && properName(toks[b]) && !(c.j < n && this.trieStarts(c.j)));
  }

  private trieStarts(u: number): boolean {
    return this.lx.root.next?.has(this.keys[u]) ?? false;
  }

  /** "the Vienna talks", "the Washington Post": a capital used as an attribute, not as a metonym. */
  /**
   * A name inside the name of a sea, gulf, bay or ocean ("the Sea of Japan", "the Gulf of Oman", "the South China Sea",
   * "the Indian Ocean", "the Persian Gulf"): water, no actor. "The Taiwan Strait" stays Taiwan's, as a place.
   */
  private waterName(c: Chunk): boolean {
    const after = c.j < this.n ? this.ckeys[c.j] : '';
    if (WATERS.has(after)) return true;
    if (c.i >= 1 && WATERS_BEFORE.has(this.ckeys[c.i - 1])) return true;
    return c.i >= 2 && this.keys[c.i - 1] === 'of' && WATERS.has(this.ckeys[c.i - 2]);
  }

  /**
   * A state's name or demonym inside a region's name (regions.tsv): "Latin American leaders", "Central American
   * migrants", "South America" name no state ("American" alone is the United States').
   */
  private regionName(c: Chunk): boolean {
    const rs = this.lx.regions.get(this.keys[c.i]);
    if (rs === undefined) return false;
    const { keys, n } = this;
    for (const r of rs) {
      const a = c.i - r.at, b = a + r.keys.length;
      if (a < 0 || b > n || b < c.j) continue;
      let k = 0;
      while (k < r.keys.length && keys[a + k] === r.keys[k]) k++;
      if (k === r.keys.length) return true;
    }
    return false;
  }

  private placeOnly(c: Chunk): boolean {
    if (c.i === 0 || this.keys[c.i - 1] !== 'the' || !this.onlyCapital(c)) return false;
    // "the Jordan Valley", "the Sinai Peninsula": a place's name of several words read with its article, no noun after it
    if (c.j - c.i >= 2) { const p = c.j < this.n ? this.toks[this.tok[c.j]].pos : ''; if (p !== 'NOUN' && p !== 'PROPN' && p !== 'ADJ' && p !== 'NUM') return false; }
    // "the Daraa countryside", "the Kabul area": the place itself
    if (this.areaAfter(c)) return false;
    // "the Mumbai attacks", "the Madrid train bombings": the place of an attack, as "the attacks in Mumbai" is
    if (this.attackAfter(c)) return false;
    // "the Khartoum government", "the Tehran regime", "the Sao Paulo state government" are metonyms
    let v = c.j;
    while (v < this.n - 1 && SUBNATIONAL.has(this.keys[v])) v++;
    let node = this.lx.root.next?.get(this.keys[v]);
    let u = v + 1;
    for (; node && !node.entries && u < this.n; u++) node = node.next?.get(this.keys[u]);
    // … but "the Toronto Congress Centre" is a building's name; "the Ohio governor", "the Kabul mayor" (a title that
    // places its holder without a sector) stand for the place's state as "Ohio's governor" does
    return !node?.entries?.some((e) => e.lexeme.type === 'sector' && (e.lexeme.strength !== 'title' || e.lexeme.sector === ORIGIN_ONLY)) || this.facilityAfter(u);
  }

  /** Unit u is a capitalised word for a building or venue ("Congress Centre", "Parliament Square"). */
  private facilityAfter(u: number): boolean {
    if (u >= this.n || !FACILITIES.has(this.keys[u])) return false;
    const c = this.ckeys[u].charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  /** A noun of trade at unit u or the one after it ("Georgian goods", "Georgian wine imports"). */
  private tradeAfter(u: number): boolean {
    return (u < this.n && TRADE_NOUNS.has(this.keys[u])) || (u + 1 < this.n && TRADE_NOUNS.has(this.keys[u + 1]));
  }

  /** An area noun right after the chunk and ending the phrase ("the Daraa countryside"; not "the Manhattan district attorney"). */
  private areaAfter(c: Chunk): boolean {
    if (c.j >= this.n || !AREA_NOUNS.has(this.keys[c.j])) return false;
    const t = this.tok[c.j] + 1;
    const pos = t < this.toks.length ? this.toks[t].pos : '';
    return pos !== 'NOUN' && pos !== 'PROPN';
  }

  /** Whether an attack noun (attack-nouns.tsv) comes right after chunk c or one word later ("the Madrid train bombings"). */
  private attackAfter(c: Chunk): boolean {
    return (c.j < this.n && ATTACK_NOUNS.has(this.keys[c.j])) || (c.j + 1 < this.n && ATTACK_NOUNS.has(this.keys[c.j + 1]) && this.toks[this.tok[c.j]].pos === 'NOUN');
  }

  private onlyCapital(c: Chunk): boolean {
    return c.entries.every((e) => e.lexeme.type !== 'actor' || e.lexeme.via === 'capital' || e.lexeme.via === 'place');
  }

  /**
   * "-" and one of `words` right after unit j, then sector words (no title) from the first chunk at or after k that starts
   * right there: the chain's end and sector. Sector words before "-controlled|-dominated|-run" ("opposition-controlled
   * National Assembly" is a legislature), or a state before "-led" ("US-led forces"). Null otherwise.
   */
  private hyphenSector(words: ReadonlySet<string>, j: number, k: number): { k: number; sector: string } | null {
    const t = this.tok[j - 1];
    if (t + 3 >= this.toks.length || this.toks[t + 1].text !== '-' || !words.has(this.toks[t + 2].text.toLowerCase())) return null;
    while (k < this.chunks.length && this.tok[this.chunks[k].i] < t + 3) k++;
    const c = this.chunks[k];
    if (!c || c.cls !== 'S' || this.tok[c.i] !== t + 3) return null;
    const ch = this.chain(k);
    return ch.sector && !ch.hasTitle ? { k: ch.k, sector: ch.sector } : null;
  }

  /**
   * A group's mention ending at unit j, then "-run|-controlled|-led" and up to five nouns, adjectives or names (no actor
   * or person among them, sector words allowed) up to a head noun of RUN_HEADS: the unit after the head and the first
   * chunk from there (k on). Null otherwise.
   */
  private runBy(j: number, k: number): { end: number; k: number } | null {
    const { toks, tok, keys, chunks } = this;
    const t = tok[j - 1];
    if (t + 3 >= toks.length || toks[t + 1].text !== '-' || !RUN_BY.has(toks[t + 2].text.toLowerCase())) return null;
    let u = j;
    while (u < this.n && tok[u] <= t + 2) u++;
    for (let e = u; e < this.n && e < u + 5; e++) {
      const pos = toks[tok[e]].pos;
      if (pos !== 'NOUN' && pos !== 'PROPN' && pos !== 'ADJ') return null;
      while (k < chunks.length && chunks[k].j <= e) k++;
      if (k < chunks.length && chunks[k].i <= e && chunks[k].cls !== 'S') return null;
      if (RUN_HEADS.has(keys[e]) && !(e + 1 < this.n && RUN_HEADS.has(keys[e + 1]))) {
        while (k < chunks.length && chunks[k].i <= e) k++;
        return { end: e + 1, k };
      }
    }
    return null;
  }

  /**
   * The state of the mention that ends right before "and" (or "and the") before unit i, when that mention is a state's
   * sector ("South Sudan's government", "the Syrian government"); null otherwise.
   */
  private coordinatedState(i: number): { code: string; via: Via } | null {
    const a = i >= 1 && this.keys[i - 1] === 'and' ? i - 1 : i >= 2 && this.keys[i - 1] === 'the' && this.keys[i - 2] === 'and' ? i - 2 : -1;
    if (a < 1) return null;
    const prev = this.out[this.out.length - 1];
    if (!prev || prev.last !== this.tok[a - 1] + 1 || prev.code.length !== 6 || !prev.country || prev.code.slice(0, 3) !== prev.country) return null;
    return { code: prev.country, via: prev.via };
  }

  /**
   * The state of the place after a sector word that ends at unit j and "-held", "-controlled" or "-occupied" (chunks from
   * k on): the first chunk within five units that is a state by its name, a capital or a place, past adjectives, nouns,
   * "in", "of", "near" and the like ("rebel-held Idlib", "rebel-held towns in Idlib province"); null otherwise.
   */
  private heldPlaceState(k: number, j: number): string | null {
    const { toks, tok, keys } = this;
    const t = tok[j - 1];
    if (!(t + 3 < toks.length && toks[t + 1].text === '-' && HELD.has(toks[t + 2].text.toLowerCase()))) return null;
    let u = j;
    while (u < this.n && tok[u] <= t + 2) u++;
    while (k < this.chunks.length && this.chunks[k].i < u) k++;
    for (let e = u; e < this.n && e < u + 5; e++) {
      const c = this.chunks[k];
      if (c && c.i === e) {
        if (c.cls !== 'A') return null;
        const a = pickActor(c.entries);
        return a.kind === 'state' && (a.via === 'place' || a.via === 'capital' || a.via === 'name' || a.via === 'alias') ? a.code : null;
      }
      const pos = toks[tok[e]].pos;
      if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN' && !HELD_LINKS.has(keys[e])) return null;
    }
    return null;
  }

  /** "Iranian-backed militias": the state is not the actor. */
  private backedAfter(c: Chunk): boolean {
    const { toks } = this;
    const t = this.tok[c.j - 1];
    if (!(t + 2 < toks.length && toks[t + 1].text === '-' && BACKED.has(toks[t + 2].text.toLowerCase()))) return false;
    // (a non-state group that controls a place holds it, as in "Taliban-held": "attacked Taliban-controlled districts" is
    // an attack on the Taliban, who stay the actor)
    // (nor a sector word before a place or an area: "rebel-controlled Idlib", "rebel-controlled towns", heldPlaceState)
    return !(toks[t + 2].text.toLowerCase() === 'controlled' && (c.entries.every((e) => e.lexeme.type === 'actor' && e.lexeme.kind === 'nonstate') ||
      (c.cls === 'S' && t + 3 < toks.length && (toks[t + 3].pos === 'PROPN' || HELD_AREAS.has(toks[t + 3].text.toLowerCase()) || (toks[t + 3].pos === 'ADJ' && t + 4 < toks.length && toks[t + 4].pos === 'PROPN')))));
  }

  private mk(i: number, j: number, code: string, via: Via, confidence: number, person?: Person): void {
    const { toks, tok } = this;
    if (code.endsWith(ORIGIN_ONLY)) code = code.slice(0, -ORIGIN_ONLY.length);
    // "opponents of the government", "critics of President Maduro": that state's opposition; its supporters: civilians
    if (i >= 2 && code.length === 6 && code.endsWith('GOV')) {
      const o = this.keys[i - 1] === 'the' ? i - 2 : i - 1;
      if (o >= 1 && this.keys[o] === 'of' && OPPONENTS.has(this.keys[o - 1])) { code = code.slice(0, 3) + 'OPP'; i = o - 1; person = undefined; via = 'name'; }
      // "supporters of President Maduro", "followers of the government": civilians backing it, not the government (a
      // former leader's supporters, ELI, are left as they were: often an opposition, and one test event was lost)
      else if (o >= 1 && this.keys[o] === 'of' && SUPPORTERS.has(this.keys[o - 1])) { code = code.slice(0, 3) + 'CVL'; i = o - 1; person = undefined; via = 'name'; }
    }
    const a = this.lx.actor(code);
    const t0 = toks[tok[i]], t1 = toks[tok[j - 1]];
    const m: ActorMention = {
      code, name: person?.name ?? this.displayName(j, code, a), kind: person ? 'person' : a?.kind ?? 'group',
      start: t0.start, end: t1.end, first: tok[i], last: tok[j - 1] + 1, via,
      country: a ? a.country : null, confidence,
    };
    if (person) { m.person = person.name; this.seen.push({ person, code, sentence: this.index }); }
    if (!m.country && (m.kind === 'igo' || m.kind === 'nonstate')) this.ctx.bodies?.set(code, (this.ctx.bodies.get(code) ?? 0) + 1);
    // a broadcaster or news agency named by its own name ("according to the BBC", "told Al Jazeera") is a source the story
    // cites, not a state it is about: it does not count as a state the document named (descriptions, "the government")
    if (m.country && !(via === 'institution' && code.endsWith('MED'))) {
      this.ctx.states.set(m.country, (this.ctx.states.get(m.country) ?? 0) + 1);
      if (CAUCASUS.has(m.country) && !(code === 'GEO' && via === 'name')) this.ctx.caucasus = true;
    }
    this.out.push(m);
  }

  /**
   * A mention's display name: the row it was read from when one row gives its code ("Huawei", "the Kremlin"), else a
   * sector code composed from a state and sector words is named by them ("Indian police" is "India police", "Chadian troops"
   * "Chad military"), not by the first institution row that has the code (the Central Reserve Police Force, Chad's
   * Transitional Military Council).
   */
  private displayName(j: number, code: string, a: Actor | undefined): string {
    return this.rowName(j, code) ?? (code.length > 3 ? this.lx.derive(code)?.name : undefined) ?? a?.name ?? code;
  }

  /**
   * The name of the institution row that an institution mention ending at unit j was read from, when several rows
   * share its code ("Huawei" and "Sinopec" are both CHNBUS in companies.tsv; the code's own name is the first row's).
   */
  private rowName(j: number, code: string): string | undefined {
    for (const c of this.chunks) {
      if (c.j !== j) continue;
      for (const e of c.entries) if (e.lexeme.type === 'actor' && e.lexeme.code === code) return e.lexeme.name;
    }
    return undefined;
  }

  /** Chunk k when it starts at unit u, after an optional possessive "'s" and modifiers ("Lebanon's new President"). */
  private at(k: number, u: number, possessive: boolean): Chunk | null {
    const c = this.chunks[k];
    if (!c) return null;
    if (c.i === u) return c;
    if (possessive && u < this.n && this.keys[u] === "'s") u++;
    while (u < c.i && MODIFIERS.has(this.keys[u])) u++;
    return c.i === u ? c : null;
  }

  /**
   * "France's conservative government", "Austria's immigration authorities": chunk k when it is a sector word (no
   * title) after a state (by its name or demonym; not a capital or town: "the London Fire Brigade", "Maryland's
   * seventh Congressional District") ending at unit j, an optional "'s" and modifiers, and one word that no chunk
   * covers, tagged an adjective or a noun. Null otherwise.
   */
  private overOne(k: number, j: number): Chunk | null {
    const c = this.chunks[k];
    if (!c || c.cls !== 'S' || this.onlyCapital(this.chunks[k - 1])) return null;
    let u = j;
    if (u < this.n && this.keys[u] === "'s") u++;
    while (u < c.i && MODIFIERS.has(this.keys[u])) u++;
    if (c.i !== u + 1) return null;
    const t = this.tok[u];
    if (this.tok[c.i] !== t + 1) return null;
    const pos = this.toks[t].pos;
    if (pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN') return null;
    // "the Kenyan Liberation Army (KLA)": a name the text spells out before its abbreviation is left to bracketGroups
    const after = this.tok[c.j - 1] + 1;
    if (capitalised(this.toks[t]) && after < this.toks.length && this.toks[after].text === '(') return null;
    return c.entries.some((e) => e.lexeme.type === 'sector' && e.lexeme.strength === 'title') ? null : c;
  }

  /**
   * "Brazil's far-right president", "the Venezuelan socialist leader", "Myanmar's de facto leader", "India's Hindu
   * nationalist prime minister": chunk k when it is a title after a state's demonym or possessive (not a town's or
   * capital's) ending at unit j, modifiers, and one to four words that no chunk covers, written in lower case (or
   * capitalised adjectives such as "Hindu", or the first part of a hyphened word: "Islamist-rooted") and tagged as
   * adjectives, nouns or adverbs, a participle only after a hyphen ("long-serving", "military-backed"). A verb between
   * ("Iran accused president …"), a name, or a word of a claimed or rival office ("Venezuela's self-proclaimed interim
   * president", CLAIMED) stops it. Other sector words likewise after a possessive ("Yemen's Saudi-backed government").
   * Null otherwise.
   */
  private overAdjectives(k: number, j: number, demonym: boolean): Chunk | null {
    const c = this.chunks[k];
    if (!c || c.cls !== 'S' || this.onlyCapital(this.chunks[k - 1])) return null;
    // a sector word other than a title only after a possessive ("Yemen's Saudi-backed government", "Venezuela's
    // opposition-controlled National Assembly"): after a demonym the words between are as often the sector's own kind
    const title = c.entries.some((e) => e.lexeme.type === 'sector' && e.lexeme.strength === 'title');
    let u = j;
    if (u < this.n && this.keys[u] === "'s") u++;
    else if (!demonym || !title) return null;
    while (u < c.i && MODIFIERS.has(this.keys[u])) u++;
    if (c.i - u < 1 || c.i - u > 4) return null;
    const { toks, tok } = this;
    for (let t = tok[u - 1] + 1; t < tok[c.i]; t++) {
      const w = toks[t];
      if (w.text === '-') continue;
      if (!this.isUnitTok(t, u, c.i) || CLAIMED.has(w.lower)) return null;
      const hyphenAfter = t + 1 < tok[c.i] && toks[t + 1].text === '-', hyphenBefore = toks[t - 1]?.text === '-';
      if (capitalised(w) && !CAPITAL_ADJECTIVES.has(w.lower) && !hyphenAfter) return null;
      if (w.pos === 'VERB' ? !hyphenBefore : w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'ADV' && w.pos !== 'X' && w.pos !== 'PROPN') return null;
    }
    return c;
  }

  /**
   * A descriptor ending at unit e is followed by a group's own name (chunk k: a non-state group, IGO or NGO, not a state,
   * institution or person): the descriptor ends in a group noun ("rights group" | Amnesty International), or one to
   * four lower-case words that no chunk covers follow it (and a possessive "'s" when `possessive`), the last a group
   * noun ("UN" agency | UNICEF, "Lebanese militant" group | Hezbollah, "Egypt's" banned movement | Muslim Brotherhood).
   */
  private appositive(e: number, k: number, possessive: string | null = null, own: string | null = null): boolean {
    const c = this.chunks[k];
    if (possessive && e < this.n && this.keys[e] === "'s") e++;
    if (!c || c.cls !== 'A' || c.i < e || c.i > e + 4) return false;
    const bl = pickActor(c.entries);
    // after a state's possessive, also an institution of that state ("Iran's nuclear agency AEOI")
    // and a company of that state after its demonym or possessive and a company noun ("Russian energy giant Gazprom")
    if (bl.kind === 'institution' && (possessive ?? own) && bl.country === (possessive ?? own)) return c.i > e && (this.descriptor(e, c.i, COMPANY_NOUNS) || (!own && this.descriptor(e, c.i)));
    if (bl.kind === 'state' || bl.kind === 'institution' || bl.kind === 'person' || bl.via === 'demonym') return false;
    if (c.i === e) return !possessive && GROUP_NOUNS.has(this.keys[e - 1]);
    return this.descriptor(e, c.i);
  }

  /** Units e..i-1 are lower-case words with nothing but hyphens between them ("state-run"), the last a group noun. */
  private descriptor(e: number, i: number, nouns: Set<string> = GROUP_NOUNS): boolean {
    for (let u = e; u < i; u++) {
      const ch = this.ckeys[u].charCodeAt(0);
      if (!(ch >= 97 && ch <= 122)) return false;
    }
    for (let t = this.tok[e - 1] + 1; t < this.tok[i]; t++) if (this.toks[t].text !== '-' && this.toks[t].text !== "'s" && !this.isUnitTok(t, e, i)) return false;
    return nouns.has(this.keys[i - 1]);
  }

  /** Token t is the token of one of the units e..i-1. */
  private isUnitTok(t: number, e: number, i: number): boolean {
    for (let u = e; u < i; u++) if (this.tok[u] === t) return true;
    return false;
  }

  /**
   * Chunk k starts right at unit e (after a possessive "'s" when `possessive`), in the next token, and is a non-state
   * group or party ("Lebanese" | Hezbollah, "Egypt's" | Muslim Brotherhood), or more demonyms run into one ("Syrian"
   * | "Kurdish" | YPG).
   */
  private groupNext(e: number, k: number, possessive = false): boolean {
    let s = e;
    if (possessive && s < this.n && this.keys[s] === "'s") { s++; while (s < this.n && MODIFIERS.has(this.keys[s])) s++; }
    for (; k < this.chunks.length; k++) {
      const c = this.chunks[k];
      if (c.cls !== 'A' || c.i !== s || this.tok[s] - this.tok[e - 1] !== s - e + 1) return false;
      const bl = pickActor(c.entries);
      if (bl.via !== 'demonym') return bl.kind === 'nonstate' || bl.kind === 'group';
      e = s = c.j;
    }
    return false;
  }

  /** "former" right before unit i, or among the modifiers between units a and b. */
  private former(i: number, a = i, b = i): boolean {
    if (i > 0 && FORMER.has(this.keys[i - 1]) && !this.verbAfterSubject(i - 1)) return true;
    for (let u = a; u < b; u++) if (FORMER.has(this.keys[u]) && !this.verbAfterSubject(u)) return true;
    return false;
  }

  /** Unit u is a verb right after a noun, its subject ("the army ousted President X"), not a modifier ("the ousted president"). */
  private verbAfterSubject(u: number): boolean {
    const t = this.tok[u];
    if (t < 1 || this.toks[t].pos !== 'VERB') return false;
    const p = this.toks[t - 1].pos;
    return p === 'NOUN' || p === 'PROPN' || p === 'PRON' || this.chunks.some((c) => c.j === u && (c.cls === 'A' || c.cls === 'S'));
  }

  /** The composition grammar over chunks (see the file comment). */
  private compose(): void {
    const { chunks, keys, n, ctx, lx } = this;
    let k = 0;
    while (k < chunks.length) {
      const c = chunks[k];
      if (c.cls === 'A') {
        const al = pickActor(c.entries);
        // "ethnic Albanians", "ethnic Turks": an ethnic group, not the state of that name
        if (al.kind === 'state' && al.via === 'demonym' && c.i > 0 && keys[c.i - 1] === 'ethnic') { k++; continue; }
        if (al.kind === 'state') {
          // "US-led forces", "the Russian-led troops": the state's own sector (not "-backed" or "-controlled": another's)
          const led = this.hyphenSector(LED, c.j, k + 1);
          if (led) { this.mk(c.i, chunks[led.k - 1].j, al.code + led.sector, al.via, 0.8); k = led.k; continue; }
          const nx = this.at(k + 1, c.j, true) ?? this.overOne(k + 1, c.j) ?? this.overAdjectives(k + 1, c.j, al.via === 'demonym');
          if (nx?.cls === 'S') {
            const ch = this.chain(k + 1);
            const wasFormer = this.former(c.i, c.j, nx.i);
            const p = ch.hasTitle ? this.at(ch.k, chunks[ch.k - 1].j, false) ?? this.givenNames(ch.k, chunks[ch.k - 1].j) : null;
            if (p?.cls === 'P') {
              const r = lx.resolve(p, ctx, al.code, wasFormer);
              if (r) { this.mk(c.i, p.j, r.code, 'leader', r.confidence, r.person); k = ch.k + 1; continue; }
            }
            if (wasFormer && ch.hasTitle) { this.mk(c.i, chunks[ch.k - 1].j, al.code + 'ELI', al.via, 0.8); k = ch.k; continue; }
            if (ch.titleOnly && c.i > 0 && keys[c.i - 1] === 'the') {
              const r = lx.corefByTitle(ctx, ch.roles, al.code, this.seen);
              if (r) { this.mk(c.i, chunks[ch.k - 1].j, r.code, 'coreference', 0.7, r.person); k = ch.k; continue; }
            }
            if (ch.hasTitle && ch.sector) {
              // "Ugandan President Yoweri Museveni", "Chile's Judge Alejandro Rivera": a person the dictionaries do not know
              const e = this.nameAfter(chunks[ch.k - 1].j, ch.k);
              if (e > chunks[ch.k - 1].j) { this.mkNamed(c.i, e, chunks[ch.k - 1].j, al.code, wasFormer ? 'ELI' : ch.sector, ch.roles); k = ch.k; continue; }
            }
            // "the Lebanese militant group Hezbollah": a demonym and sector words describing a named group
            if (!ch.hasTitle && al.via === 'demonym' && this.appositive(chunks[ch.k - 1].j, ch.k)) { k = ch.k; continue; }
            if (ch.sector) {
              // "Venezuela's opposition-controlled National Assembly": the sector before "-controlled" describes the one after
              const cs = this.hyphenSector(CONTROLLED, chunks[ch.k - 1].j, ch.k);
              if (cs) { this.mk(c.i, chunks[cs.k - 1].j, al.code + cs.sector, al.via, 0.9); k = cs.k; continue; }
              // "the Kenyan Ministry of Health" keeps the portfolio's sector, as "the Kenyan Health Ministry" does
              const mo = ch.sector === 'GOV' ? this.ministryOf(chunks[ch.k - 1].j, ch.k) : null;
              if (mo) { this.mk(c.i, mo.end, al.code + mo.sector, al.via, 0.9); k = ch.k; while (k < chunks.length && chunks[k].i < mo.end) k++; continue; }
              this.mk(c.i, chunks[ch.k - 1].j, al.code + ch.sector, al.via, 0.9); k = ch.k; continue;
            }
          } else if (nx?.cls === 'P') {
            const r = lx.resolve(nx, ctx, al.code, this.former(c.i, c.j, nx.i));
            if (r) { this.mk(c.i, nx.j, r.code, 'leader', r.confidence, r.person); k += 2; continue; }
          } else if (nx?.cls === 'A') {
            const il = pickActor(nx.entries);
            if (il.kind === 'institution') {
              const code = il.country === al.code ? il.code : il.sector ? al.code + il.sector : null;
              if (code) { this.mk(c.i, nx.j, code, 'institution', 0.9); k += 2; continue; }
            }
          }
          // "the Lebanese group Hezbollah", "Lebanese Hezbollah fighters", "Syrian Kurdish YPG fighters"
          if (al.via === 'demonym' && (this.appositive(c.j, k + 1) || this.groupNext(c.j, k + 1) || this.appositive(c.j, k + 1, null, al.code))) { k++; continue; }
          // "Egypt's Muslim Brotherhood", "Russia's state-run news agency TASS": the group, not its state as well
          if (c.j < n && keys[c.j] === "'s" && (this.appositive(c.j, k + 1, al.code) || this.groupNext(c.j, k + 1, true))) { k++; continue; }
          // "US and Iraqi forces": a coordinated state shares the sector noun that follows the last one.
          const shared = this.coordinatedSector(k);
          // a demonym that names a state only before a sector or title ("Georgian troops"; not "Georgian architecture")
          // (nor before its trade: "a ban on Georgian wine imports", "Georgian goods")
          if (al.type === 'actor' && al.sectorOnly && !shared && !this.tradeAfter(c.j)) { k++; continue; }
          this.mk(c.i, c.j, al.code + (shared ?? ''), al.via, shared ? 0.8 : 0.9);
          if ((al.via === 'capital' || al.via === 'place') && c.i > 0 && this.onlyCapital(c) && (LOCATIVE.has(keys[c.i - 1]) ||
            (c.i > 1 && keys[c.i - 1] === 'the' && LOCATIVE.has(keys[c.i - 2]) && this.areaAfter(c)))) this.out[this.out.length - 1].place = true;
          k++;
          continue;
        }
        // "the rights group Amnesty International": a descriptor before a group's own name is that group
        if (al.kind !== 'institution' && (this.appositive(c.j, k + 1) || (al.via === 'demonym' && this.groupNext(c.j, k + 1)))) { k++; continue; }
        // "the Houthi-run Saba news agency", "the Hamas-run health ministry": what a non-state group runs is the group
        if (al.kind === 'nonstate') {
          const rb = this.runBy(c.j, k + 1);
          if (rb) { this.mk(c.i, rb.end, al.code, al.via, 0.9); k = rb.k; continue; }
        }
        // IGO, non-state group, institution: absorb trailing sector words ("ISIS fighters").
        let end = c.j, kk = k + 1;
        if (al.kind !== 'institution') {
          const nx = this.at(k + 1, c.j, false);
          if (nx?.cls === 'S') { const ch = this.chain(k + 1); if (ch.sector && !ch.hasTitle) { end = chunks[ch.k - 1].j; kk = ch.k; } }
        }
        this.mk(c.i, end, al.code, al.via, 0.9);
        k = kk;
        continue;
      }
      if (c.cls === 'P') {
        const r = lx.resolve(c, ctx, null, this.former(c.i));
        if (!r) { k++; continue; }
        // "Maliki's government", "the Obama administration".
        const nx = this.at(k + 1, c.j, true);
        if (nx?.cls === 'S') {
          const ch = this.chain(k + 1);
          if (ch.primary) { this.mk(c.i, chunks[ch.k - 1].j, r.person.country + ch.primary, 'leader', r.confidence * 0.95); k = ch.k; continue; }
        }
        this.mk(c.i, c.j, r.code, 'leader', r.confidence, r.person);
        k++;
        continue;
      }
      // Sector / title words without a state before them.
      const ch = this.chain(k);
      const last = chunks[ch.k - 1];
      // "South Sudan's government and rebels", "talks between the Syrian government and the opposition": a sector word
      // coordinated right after a mention of a state's sector is that state's
      // (not when "of", or "in" and a state's name, names its own state: "… and the opposition in Venezuela"; a town or
      // capital after "in" is where: "… and the opposition in Astana")
      const own = last.j + 1 < n && (keys[last.j] === 'of' || keys[last.j] === 'in') ? this.at(ch.k, keys[last.j + 1] === 'the' ? last.j + 2 : last.j + 1, false) : null;
      const ownState = own?.cls === 'A' && (keys[last.j] === 'of' || ['name', 'alias'].includes(pickActor(own.entries).via ?? ''));
      if (!ch.hasTitle && ch.primary && ch.primary !== 'GOV' && !ownState) {
        const st = this.coordinatedState(c.i);
        if (st) { this.mk(c.i, last.j, st.code + ch.primary, st.via, 0.8); k = ch.k; continue; }
      }
      // "Russian jets bombed rebel-held Idlib", "shelled government-held towns in Aleppo province": a sector word before
      // "-held" or "-controlled" and a place of one state is that state's (the holder of the place)
      // (not a holding of the past: "a former rebel-held district")
      if (!ch.hasTitle && ch.primary && !(c.i > 0 && (FORMER.has(keys[c.i - 1]) || keys[c.i - 1] === 'formerly' || keys[c.i - 1] === 'once'))) {
        const hs = this.heldPlaceState(ch.k, last.j);
        if (hs) { this.mk(c.i, last.j, hs + ch.primary, 'place', 0.8); k = ch.k; continue; }
      }
      if (ch.hasTitle) {
        const p = this.at(ch.k, last.j, false) ?? this.givenNames(ch.k, last.j);
        if (p?.cls === 'P') {
          const r = lx.resolve(p, ctx, null, this.former(c.i), ch.roles);
          if (r) { this.mk(c.i, p.j, r.code, 'leader', r.confidence, r.person); k = ch.k + 1; continue; }
        }
      }
      if (ch.hasTitle && ch.sector) {
        const e = this.nameAfter(last.j, ch.k);
        if (e > last.j) {
          // "President Yoweri Museveni of Uganda"; else the sentence's (or document's) only state, once known
          const o = e + 1 < n && keys[e] === 'of' ? this.at(ch.k, keys[e + 1] === 'the' ? e + 2 : e + 1, false) : null;
          const wasFormer = this.former(c.i);
          if (o?.cls === 'A' && pickActor(o.entries).kind === 'state') {
            this.mkNamed(c.i, e, last.j, pickActor(o.entries).code, wasFormer ? 'ELI' : ch.sector, ch.roles);
            this.mk(o.i, o.j, pickActor(o.entries).code, pickActor(o.entries).via, 0.9);
            k = ch.k + 1; continue;
          }
          this.pending.push({ i: c.i, j: e, nameStart: last.j, sector: wasFormer ? 'ELI' : ch.sector, title: titleOf(ch.roles) });
          k = ch.k; continue;
        }
      }
      let ofSector = ch.primary ?? (ch.titleOnly ? ch.sector : null);
      // other sectors "in" a state ("troops in Iraq") are as often a foreign state's; in "the <demonym> <level> of
      // <place>" ("troops in the Indian state of Manipur", "gunmen in the Nigerian state of Zamfara") the sub-national
      // unit makes them the state's own
      // (not after a possessive pronoun: "its citizens in China" are the speaker's own people, there)
      const inPrep = last.j + 1 < n && keys[last.j] === 'in' && !MISSIONS.has(keys[last.j - 1]) && !(c.i > 0 && OWNER_PRONOUNS.has(keys[c.i - 1]));
      const inLevel = inPrep && !ch.titleOnly && (ch.primary === null || !(IN_SECTORS.has(ch.primary) || ch.primary === 'GOV')) && this.inLevel(ch.k, last.j + 1);
      if (inLevel && !ofSector) ofSector = ch.sector;
      const inOk = !!ofSector && inPrep && (IN_SECTORS.has(ofSector) || ch.primary === 'GOV' || inLevel);
      if (ofSector && last.j + 1 < n && (keys[last.j] === 'of' || inOk)) {
        // "the government of Iraq", "the president of Armenia", "the government of Nouri al-Maliki", "opposition groups in Zimbabwe",
        // "the police in Bahrain", "the government in Kabul" (not a title: "an ambassador in Havana" is anyone's; nor a
        // mission: "its embassy in Tehran" is another state's, there).
        const u = keys[last.j + 1] === 'the' ? last.j + 2 : last.j + 1;
        const o = this.at(ch.k, u, false);
        const wasFormer = this.former(c.i);
        if (!o && ch.primary === 'GOV' && keys[last.j] === 'of') {
          // "the Ministry of Health of Kenya": a portfolio's name between the ministry and "of <state>"
          const r = this.portfolio(ch.k, last.j - 1, last.j + 1);
          if (r) { this.mk(c.i, chunks[r.k].j, r.state + r.sector, 'name', 0.85); k = r.k + 1; continue; }
        }
        if (o?.cls === 'A' && pickActor(o.entries).kind === 'state') {
          // "police in the Indian state of Assam": the span runs on to the state's own place, which is no actor of its own
          const p = keys[last.j] === 'in' ? this.levelOf(o, pickActor(o.entries).code) : -1;
          this.mk(c.i, p >= 0 ? chunks[p].j : o.j, pickActor(o.entries).code + (wasFormer && ch.titleOnly ? 'ELI' : ofSector), 'name', 0.85);
          k = p >= 0 ? p + 1 : ch.k + 1; continue;
        }
        if (o?.cls === 'P' && keys[last.j] === 'of') {
          const r = lx.resolve(o, ctx, null, false);
          if (r) { this.mk(c.i, o.j, r.person.country + ofSector, 'leader', r.confidence * 0.95); k = ch.k + 1; continue; }
        }
      }
      if (ch.titleOnly && c.i > 0 && keys[c.i - 1] === 'the' && !(last.j < n && keys[last.j] === 'of')) {
        const r = lx.corefByTitle(ctx, ch.roles, null, this.seen);
        if (r) this.mk(c.i, last.j, r.code, 'coreference', 0.6, r.person);
      }
      k = ch.k;
    }
  }

  /** From unit u, "(the) <state> <level> of <its place>" ("the Indian state of Manipur"), the state's chunk the first one from k. */
  private inLevel(k: number, u: number): boolean {
    const o = this.at(k, this.keys[u] === 'the' ? u + 1 : u, false);
    return o?.cls === 'A' && pickActor(o.entries).kind === 'state' && this.levelOf(o, pickActor(o.entries).code) >= 0;
  }

  /**
   * After a state's demonym or name (chunk o), "state|province|region|… of <place>" where the place is that state's
   * ("the Indian state of Assam", "the Nigerian state of Borno"): the place's chunk index, else -1.
   */
  private levelOf(o: Chunk, code: string): number {
    const { keys, chunks, n } = this;
    if (o.j + 2 >= n || !LEVELS.has(keys[o.j]) || keys[o.j + 1] !== 'of') return -1;
    const p = chunks.findIndex((c) => c.i === o.j + 2);
    if (p < 0 || chunks[p].cls !== 'A') return -1;
    const a = pickActor(chunks[p].entries);
    return a.code === code && a.via === 'place' ? p : -1;
  }

  /**
   * "Ministry of Health of Kenya": from unit u, one to five capitalised words (joined by "and") that no actor chunk
   * covers, then "of (the) <state>". The state's chunk index and the sector: that of "<words> ministry" when the
   * dictionaries have it ("health ministry" → HLH) and the head (unit h) is "ministry", else GOV.
   */
  private portfolio(k0: number, h: number, u: number): { k: number; state: string; sector: string } | null {
    const { keys, chunks, n } = this;
    const e = this.portfolioWords(u);
    if (e === u || e + 1 >= n || keys[e] !== 'of') return null;
    const s = keys[e + 1] === 'the' ? e + 2 : e + 1;
    let k = k0;
    while (k < chunks.length && chunks[k].i < s) { if (chunks[k].cls !== 'S') return null; k++; }
    const o = chunks[k];
    if (!o || o.i !== s || o.cls !== 'A') return null;
    const al = pickActor(o.entries);
    if (al.kind !== 'state') return null;
    return { k, state: al.code, sector: keys[h] === 'ministry' ? this.ministrySector(u, e) : 'GOV' };
  }

  /** From unit u, one to five capitalised words joined by "and" (a portfolio's name, "Mines and Energy"): the end unit (u when none). */
  private portfolioWords(u: number): number {
    const { keys, ckeys, n } = this;
    let e = u;
    while (e < n && e - u < 6) {
      const c = ckeys[e].charCodeAt(0);
      if (c >= 65 && c <= 90) { e++; continue; }
      if (e > u && (keys[e] === 'and' || keys[e] === '&') && e + 1 < n) { e++; continue; }
      break;
    }
    return e > u && (keys[e - 1] === 'and' || keys[e - 1] === '&') ? u : e;
  }

  /** The sector of "<words u..e> ministry" when the dictionaries have it ("health ministry" → HLH), else GOV. */
  private ministrySector(u: number, e: number): string {
    let node: TrieNode | null | undefined = this.lx.root;
    for (let x = u; x < e && node; x++) node = node.next?.get(this.keys[x]);
    node = node?.next?.get('ministry');
    const se = node?.entries?.find((x) => x.lexeme.type === 'sector' && x.lexeme.strength === 'primary');
    return se && se.lexeme.type === 'sector' ? se.lexeme.sector : 'GOV';
  }

  /**
   * "the Kenyan Ministry of Health": a state's ministry (the chain ends at unit j) followed by "of" and a capitalised
   * portfolio that no actor or person chunk covers and that is not itself followed by "of": the span's end and the
   * portfolio's sector, or null.
   */
  private ministryOf(j: number, kNext: number): { end: number; sector: string } | null {
    const { keys, chunks, n } = this;
    if (keys[j - 1] !== 'ministry' || j + 1 >= n || keys[j] !== 'of') return null;
    let u = j + 1, e = this.portfolioWords(u);
    // "the Egyptian Ministry of State for Antiquities": the portfolio after "State for"
    if (e === u + 1 && keys[u] === 'state' && e + 1 < n && keys[e] === 'for') {
      const f = this.portfolioWords(e + 1);
      if (f > e + 1) { u = e + 1; e = f; }
    }
    if (e === u || (e < n && keys[e] === 'of')) return null;
    for (let k = kNext; k < chunks.length && chunks[k].i < e; k++) if (chunks[k].cls !== 'S') return null;
    return { end: e, sector: this.ministrySector(u, e) };
  }

  /**
   * "President Valéry Giscard d'Estaing", "President Emmanuel Jean-Michel Macron": given names that no phrase
   * covers between a title (ending at unit u) and a known person's name. The person's chunk, widened to start at u,
   * when the names run straight into it; else null (resolution then decides, as for the title and name alone).
   */
  private givenNames(kNext: number, u: number): Chunk | null {
    const p = this.chunks[kNext];
    if (!p || p.cls !== 'P' || p.i <= u) return null;
    const e = this.nameAfter(u, kNext);
    return e === p.i ? { i: u, j: p.j, entries: p.entries, cls: 'P' } : null;
  }

  /** End unit of a run of capitalised names starting at unit u that no dictionary chunk covers (u if none). */
  private nameAfter(u: number, kNext: number): number {
    const { n, keys, tok, toks, chunks } = this;
    const stop = kNext < chunks.length ? chunks[kNext].i : n;
    let e = u;
    while (e < stop && e < n) {
      const t = toks[tok[e]];
      if (properName(t)) { e++; continue; }
      // "Dos Santos", "bin Laden" particles inside a name
      if (e > u && e + 1 < stop && PARTICLES.has(keys[e]) && properName(toks[tok[e + 1]])) { e += 2; continue; }
      break;
    }
    return e;
  }

  /** A titled person the dictionaries do not know: coded <state><sector>, remembered for the document. */
  private mkNamed(i: number, j: number, nameStart: number, state: string, sector: string, roles: string[]): void {
    const { toks, tok } = this;
    const words: string[] = [];
    for (let u = nameStart; u < j; u++) words.push(toks[tok[u]].text);
    const full = words.join(' ');
    const names = this.ctx.names;
    const known = names?.get(full.toLowerCase());
    const code = sector === ORIGIN_ONLY ? state : state + sector;
    const person: Person = known && known.country === state ? known : { id: 'name:' + full, name: full, country: state, gender: null, tenures: [{ code, role: '', title: titleOf(roles), start: null, end: null }] };
    if (names && !known) {
      names.set(full.toLowerCase(), person);
      const sur = words[words.length - 1].toLowerCase();
      if (words.length > 1 && !names.has(sur)) names.set(sur, person);
    }
    this.mk(i, j, code, 'leader', 0.7, person);
  }

  /** Titled unknown names with no state of their own: the sentence's only state, else the document's. */
  private placePending(): void {
    const cs = new Set<string>();
    for (const m of this.out) if (m.country) cs.add(m.country);
    let only: string | null = null;
    if (cs.size === 1) only = cs.values().next().value!;
    // the document's only state before this sentence (this sentence's mentions are already counted in ctx.states)
    let before: string | null | undefined;
    for (const p of this.pending) {
      // the sentence's only state counts unless it comes only after the verb that follows the person:
      // "Bishop X urged sanctions on Nigeria" is not a Nigerian bishop
      let state: string | null = null;
      if (only) state = this.predicateOnly(only, p.j) ? (before === undefined ? (before = this.earlierState()) : before) : only;
      else if (cs.size === 0 && this.ctx.states.size === 1) state = this.ctx.states.keys().next().value!;
      else if (cs.size > 1) {
        // "In Ghana, Archbishop X called for sanctions against Togo": the one state left once the predicate's targets are set aside
        let left: string | null = null, k = 0;
        for (const c of cs) if (!this.predicateOnly(c, p.j)) { left = c; k++; }
        if (k === 1) state = left;
      }
      const words: string[] = [];
      const u = p.nameStart;
      for (let x = u; x < p.j; x++) words.push(this.toks[this.tok[x]].text);
      const known = this.ctx.names?.get(words.join(' ').toLowerCase());
      if (known) { this.mk(p.i, p.j, known.tenures[0].code, 'leader', 0.7, known); continue; }
      // "State Senator X" with no state anywhere: the title is a US state legislature's
      if (!state && p.title === 'legislator' && p.i > 0 && this.ckeys[p.i - 1] === 'State') { state = 'USA'; p.i--; }
      if (state) this.mkNamed(p.i, p.j, u, state, p.sector, p.title ? [p.title] : []);
    }
    this.out.sort((a, b) => a.first - b.first);
  }

  /** The document's only state before this sentence (this sentence's mentions are already counted in ctx.states). */
  private earlierState(): string | null {
    const here = new Map<string, number>();
    for (const m of this.out) if (m.country) here.set(m.country, (here.get(m.country) ?? 0) + 1);
    let one: string | null = null, k = 0;
    for (const [c, x] of this.ctx.states) if (x > (here.get(c) ?? 0)) { one = c; k++; }
    return k === 1 ? one : null;
  }

  /**
   * Every mention of `state` lies after a verb that follows unit j (the end of a person's name), as the verb's
   * object or the object of a targeting preposition ("urged sanctions on Nigeria", "criticised Kenya"):
   * the predicate's target, not the person's country. Demonyms ("Chilean officials") and "in/of X" still count.
   */
  private predicateOnly(state: string, j: number): boolean {
    const { toks } = this;
    const from = j < this.n ? this.tok[j] : toks.length;
    let verb = -1;
    for (let t = from; t < toks.length; t++) if (toks[t].pos === 'VERB' || toks[t].pos === 'AUX') { verb = t; break; }
    if (verb < 0) return false;
    for (const m of this.out) {
      if (m.country !== state) continue;
      if (m.first < verb || m.via === 'demonym' || m.code.length > 3) return false;
      let b = m.first - 1;
      // "against Chile and Peru": back over coordinated mentions to the preposition
      for (let x = this.out.length - 1; x >= 0 && b > verb; x--) {
        const o = this.out[x];
        if (o.last === b && (toks[b].lower === 'and' || toks[b].lower === 'or' || toks[b].text === ',')) b = o.first - 1;
      }
      if (b > verb && toks[b].lower === 'the') b--;
      if (b !== verb && !(b > verb && TARGET_PREPS.has(toks[b].lower))) return false;
    }
    return true;
  }

  /**
   * "the rebel Forces for the Defence of Democracy (FDD)", "the Karenni National Liberation Army (KNLA)": a
   * spelled-out name of two or more capitalised words with a group word (front, army, forces, movement, party, …)
   * and its abbreviation in brackets, which no dictionary knows, is a group of a state: the state named inside
   * (a demonym or a state's name), else the sentence's only state (unless only the predicate's target), else the
   * document's only state. The sector comes from a word before the name (rebel, opposition, …), else from the
   * group word. The abbreviation then names the group in the rest of the document.
   */
  private bracketGroups(): void {
    const { toks, ctx } = this;
    const groups = ctx.groups;
    if (!groups) return;
    let added = false;
    for (let p = 2; p + 2 < toks.length; p++) {
      if (toks[p].text !== '(' || toks[p + 2].text !== ')' || !abbreviation(toks[p + 1])) continue;
      const abbr = toks[p + 1].text;
      if (!capitalised(toks[p - 1])) continue;
      // the name: capitalised words and joiners back from the bracket
      let b = p - 1, words = 0, groupSector: string | null = null;
      for (let t = p - 1; t >= 0; t--) {
        const w = toks[t];
        if (capitalised(w)) { b = t; words++; groupSector ??= GROUP_WORDS.get(w.lower) ?? null; continue; }
        if (NAME_JOINERS.has(w.lower) && t > 0 && capitalised(toks[t - 1])) continue;
        break;
      }
      // a capitalised joiner opening the sentence ("The Sudan People's …") is no part of the name
      while (b < p - 1 && NAME_JOINERS.has(toks[b].lower)) { if (capitalised(toks[b])) words--; b++; }
      if (words < 2 || groupSector === null) continue;
      // mentions inside the name: only states (named by name or demonym) of one country; anything else is known
      let state: string | null = null, ok = true, known: ActorMention | null = null;
      for (const m of this.out) {
        if (m.last <= b || m.first > p + 2) continue;
        // the abbreviation alone is a dictionary's: decided below, once the group's state is known
        if (m.first === p + 1 && m.last === p + 2 && !m.person) { known = m; continue; }
        // a dictionary name for the whole ("… (ABBR)" as an alias) or anything reaching out of it or without a state: known
        if (m.first < b || m.last > p || (m.first === b && m.last === p) || !m.country) { ok = false; break; }
        if (state && state !== m.country) { ok = false; break; }
        state = m.country;
      }
      if (!ok) continue;
      const prev = b > 0 ? GROUP_BEFORE.get(toks[b - 1].lower) : undefined;
      const sector = prev ?? groupSector;
      if (state === null) state = this.soleState(p + 3);
      if (state === null) continue;
      // "the Kivu National Union (KNU)" in Congo is not Burma's KNU: another state's group of the same initials
      // gives way to the name the text spells out; a group of this state (or of none known) keeps the dictionary's code
      if (known) { const ks = this.stateOf(known.code); if (ks === null || ks === state) continue; }
      const code = state + sector;
      const a = this.lx.actor(code);
      if (!a) continue;
      this.out = this.out.filter((m) => m.last <= b || m.first > p + 2);
      const name = toks.slice(b, p).map((x) => x.text).join(' ');
      this.out.push({ code, name, kind: a.kind, start: toks[b].start, end: toks[p + 2].end, first: b, last: p + 3, via: 'name', country: a.country, confidence: 0.7 });
      if (!groups.has(abbr)) groups.set(abbr, { code, name });
      added = true;
      p += 2;
    }
    if (added) this.out.sort((a, b) => a.first - b.first);
    // the abbreviation of a group introduced before (this sentence or an earlier one)
    if (groups.size) {
      let m = 0;
      const out = this.out;
      const found: ActorMention[] = [];
      for (let t = 0; t < toks.length; t++) {
        while (m < out.length && out[m].last <= t) m++;
        if (m < out.length && out[m].first <= t) {
          // a dictionary's reading of the abbreviation alone: the document's own group, introduced in brackets
          const o = out[m];
          if (o.first !== t || o.last !== t + 1 || o.via === 'coreference' || o.person) continue;
          const g = groups.get(toks[t].text);
          if (!g || g.code === o.code || o.name === g.name) continue;
          out[m] = { ...o, code: g.code, name: g.name, kind: this.lx.actor(g.code)?.kind ?? 'group', via: 'coreference', country: this.lx.actor(g.code)?.country ?? null, confidence: 0.6 };
          continue;
        }
        const g = groups.get(toks[t].text);
        if (!g) continue;
        const a = this.lx.actor(g.code);
        found.push({ code: g.code, name: g.name, kind: a?.kind ?? 'group', start: toks[t].start, end: toks[t].end, first: t, last: t + 1, via: 'coreference', country: a?.country ?? null, confidence: 0.6 });
      }
      if (found.length) { out.push(...found); out.sort((a, b) => a.first - b.first); }
    }
  }

  /** The state an actor's code belongs to: its own country, else the state of its CAMEO code (`KNU` → `MMRREB` → MMR). */
  private stateOf(code: string): string | null {
    const a = this.lx.actor(code);
    if (a?.country) return a.country;
    const c = this.lx.cameo.get(code);
    return c && this.lx.actor(c.slice(0, 3))?.kind === 'state' ? c.slice(0, 3) : null;
  }

  /** The sentence's only state (unless it is only the predicate's target after unit j), else the document's only state. */
  private soleState(tokFirst: number): string | null {
    const cs = new Set<string>();
    for (const m of this.out) if (m.country) cs.add(m.country);
    if (cs.size === 1) {
      const only = cs.values().next().value!;
      // predicateOnly takes a unit index: the first unit at or after the token
      let j = 0;
      while (j < this.n && this.tok[j] < tokFirst) j++;
      return this.predicateOnly(only, j) ? null : only;
    }
    if (cs.size === 0 && this.ctx.states.size === 1) return this.ctx.states.keys().next().value!;
    return null;
  }

  /** "Museveni said …": the surname (or full name) of a titled unknown person named earlier in the document. */
  private followNames(): void {
    const { toks, out } = this;
    const names = this.ctx.names!;
    let m = 0, added = false;
    for (let t = 0; t < toks.length; t++) {
      while (m < out.length && out[m].last <= t) m++;
      if (m < out.length && out[m].first <= t) continue;
      if (!properName(toks[t])) continue;
      let e = t + 1;
      while (e < toks.length && properName(toks[e]) && !(m < out.length && out[m].first <= e)) e++;
      if (t > 0 && properName(toks[t - 1])) { t = e - 1; continue; }
      const text = toks.slice(t, e).map((x) => x.text).join(' ').toLowerCase();
      const p = names.get(text);
      if (p) {
        const code = p.tenures[0].code;
        out.push({ code, name: p.name, kind: 'person', start: toks[t].start, end: toks[e - 1].end, first: t, last: e, via: 'coreference', country: p.country, confidence: 0.6, person: p.name });
        this.seen.push({ person: p, code, sentence: this.index });
        added = true;
      }
      t = e - 1;
    }
    if (added) out.sort((a, b) => a.first - b.first);
  }

  /** Sector chain starting at chunk k0: consecutive adjacent sector chunks; the last primary word decides. */
  private chain(k0: number): { k: number; primary: string | null; sector: string | null; hasTitle: boolean; titleOnly: boolean; roles: string[] } {
    const chunks = this.chunks;
    let primary: string | null = null, title: string | null = null, generic: string | null = null;
    let hasTitle = false, titleOnly = true;
    const roles: string[] = [];
    let kk = k0;
    while (kk < chunks.length && chunks[kk].cls === 'S' && (kk === k0 || chunks[kk].i === chunks[kk - 1].j)) {
      for (const e of chunks[kk].entries) {
        const lx = e.lexeme;
        if (lx.type !== 'sector') continue;
        if (lx.strength === 'title') { hasTitle = true; roles.push(...lx.roles); if (lx.sector) title ??= lx.sector; }
        else { titleOnly = false; if (lx.strength === 'primary') primary = lx.sector; else generic ??= lx.sector; }
        break;
      }
      kk++;
    }
    // titleOnly: titles alone, at least one of them an office (not only an honorific like "general" or "Mr")
    return { k: kk, primary, sector: primary ?? title ?? generic, hasTitle, titleOnly: titleOnly && title !== null, roles };
  }

  /** state (and|or state)+ followed by a sector noun: the sector of that noun, for every state. */
  private coordinatedSector(k0: number): string | null {
    const { chunks, keys } = this;
    let kk = k0;
    while (kk + 1 < chunks.length) {
      const a = chunks[kk], b = chunks[kk + 1];
      if (b.cls !== 'A' || !(b.i === a.j + 1 && (keys[a.j] === 'and' || keys[a.j] === 'or'))) return null;
      const bl = pickActor(b.entries);
      if (bl.kind === 'institution' && bl.country && bl.sector) return bl.sector; // "US and Iraqi troops"
      if (bl.kind !== 'state') return null;
      const nx = this.at(kk + 2, b.j, false);
      if (nx?.cls === 'S') return this.chain(kk + 2).sector;
      kk++;
    }
    return null;
  }

  /** he/she → the only person of the previous sentence, when nothing is named before the pronoun; him/her likewise as an object. */
  private pronoun(): void {
    const { ctx, toks, out } = this;
    if (ctx.lastSentence !== this.index - 1 || ctx.lastPersons.length === 0 || ctx.lastUnknownName) return;
    const p = ctx.lastPersons[ctx.lastPersons.length - 1];
    for (const q of ctx.lastPersons) if (q.person !== p.person) return;
    const firstNamed = out.length ? out[0].first : toks.length;
    for (let t = 0; t < firstNamed; t++) {
      const w = toks[t].lower;
      if ((w !== 'he' && w !== 'she') || toks[t].pos !== 'PRON') continue;
      if (p.person.gender && p.person.gender !== (w === 'he' ? 'm' : 'f')) return;
      out.unshift({ code: p.code, name: p.person.name, kind: 'person', start: toks[t].start, end: toks[t].end, first: t, last: t + 1, via: 'coreference', country: this.lx.actor(p.code)?.country ?? p.person.country, confidence: 0.6, person: p.person.name });
      return;
    }
    // him/her as an object after a verb or a preposition ("The United States recognised him", "met with her") (not a
    // possessive "her": "her government")
    for (let t = 1; t < toks.length; t++) {
      const w = toks[t].lower;
      if ((w !== 'him' && w !== 'her') || toks[t].pos !== 'PRON') continue;
      const before = toks[t - 1].pos;
      if (before !== 'VERB' && before !== 'ADP') continue;
      if (w === 'her' && t + 1 < toks.length && (toks[t + 1].pos === 'NOUN' || toks[t + 1].pos === 'ADJ' || toks[t + 1].pos === 'PROPN' || toks[t + 1].pos === 'NUM')) continue;
      // (one person named before it may be its verb's subject, which "him" is not: "Trump praised him"; not with words
      // between them other than a verb and its auxiliaries, nor with two persons named: "Trump said Macron had called him")
      const named = out.filter((m) => m.first < t && m.person);
      if (named.length > 1 || named.some((m) => m.person === p.person.name)) return;
      if (named.length === 1) {
        let verbs = 0;
        for (let k = named[0].last; k < t - (before === 'ADP' ? 1 : 0); k++) { const pos = toks[k].pos; if (pos === 'VERB') verbs++; else if (pos !== 'AUX' && pos !== 'ADV' && pos !== 'PART') return; }
        if (verbs !== 1) return;
      }
      if (p.person.gender && p.person.gender !== (w === 'him' ? 'm' : 'f')) return;
      out.push({ code: p.code, name: p.person.name, kind: 'person', start: toks[t].start, end: toks[t].end, first: t, last: t + 1, via: 'coreference', country: this.lx.actor(p.code)?.country ?? p.person.country, confidence: 0.6, person: p.person.name });
      out.sort((a, b) => a.first - b.first);
      return;
    }
  }
}

/** The persons among `ps` who held one of the roles, if any did (all of them otherwise, or with fewer than two). */
function byRole(ps: Person[], roles: string[] | undefined): Person[] {
  if (ps.length < 2 || !roles?.length) return ps;
  const r = ps.filter((p) => p.tenures.some((t) => titleMatches(t, roles)));
  return r.length ? r : ps;
}

/** A person's code outside every tenure: the dictionary's choice, else the group's code for a group's leader (bin Laden → ALQ), else `<state>ELI`. */
function outside(p: Person): string {
  if (p.otherwise) return p.otherwise;
  const head = p.country;
  if (p.tenures.every((t) => !t.code.startsWith(head))) return p.tenures[p.tenures.length - 1].code;
  return head + 'ELI';
}

function titleOf(roles: string[]): string {
  return roles.length === 1 ? roles[0] : '';
}

function titleMatches(t: { role: string; title: string }, roles: string[]): boolean {
  return roles.length === 0 || roles.includes(t.title) || roles.includes(t.role);
}

function isTitle(e: Entry): boolean {
  return e.lexeme.type === 'sector' && e.lexeme.strength === 'title';
}

/** Title entry t before person entry e: an honorific (no roles), or an office among those the person held. */
function titleFits(t: Entry, e: Entry): boolean {
  if (t.lexeme.type !== 'sector' || t.lexeme.strength !== 'title') return false;
  const roles = t.lexeme.roles;
  if (roles.length === 0 || e.lexeme.type !== 'person') return true;
  return e.lexeme.person.tenures.some((tn) => titleMatches(tn, roles));
}

/** The Caucasus republic by its name ("Georgia"; not "Georgian", "Tbilisi"). */
function isGeorgia(e: Entry): boolean {
  return e.lexeme.type === 'actor' && e.lexeme.code === 'GEO' && e.lexeme.via === 'name';
}
/** A US state or city of places.tsv ("Ohio", "Atlanta"). */
function isUSPlace(e: Entry): boolean {
  return e.lexeme.type === 'actor' && e.lexeme.code === 'USA' && e.lexeme.via === 'place';
}
/** States whose naming keeps "Georgia" the republic (its neighbours and itself). */
const CAUCASUS = new Set(['GEO', 'RUS', 'ARM', 'AZE', 'TUR', 'UKR']);
/** Words of the Caucasus no dictionary codes as a state (disputed regions, the region itself). */
const CAUCASUS_WORDS = new Set(['abkhazia', 'abkhaz', 'ossetia', 'ossetian', 'caucasus', 'caucasian', 'saakashvili', 'ivanishvili', 'zurabishvili']);
/** Words right after "Georgia" or "Georgia's" that name the US state. */
const US_AFTER = new Set(['governor', 'gov', 'senator', 'senators', 'sen', 'congressman', 'congresswoman', 'legislature', 'lawmakers', 'legislators', 'republican', 'republicans', 'democrat', 'democrats', 'democratic', 'tech', 'bulldogs', 'lieutenant', 'gubernatorial', 'county', 'counties', 'sheriff', 'voters', 'peach']);
/** US titles before "… of Georgia". */
const US_TITLES = new Set(['senator', 'sen', 'governor', 'gov', 'congressman', 'congresswoman', 'representative', 'rep', 'republican', 'democrat', 'democratic']);
/** Prepositions before "<Town>, Georgia". */
const TOWN_BEFORE = new Set(['in', 'of', 'from', 'near', 'at', 'outside', 'to']);

function classOf(es: Entry[]): 'P' | 'A' | 'S' {
  let a = false;
  for (const e of es) {
    if (e.lexeme.type === 'person') return 'P';
    if (e.lexeme.type === 'actor') a = true;
  }
  return a ? 'A' : 'S';
}

const KIND_RANK: Record<string, number> = { state: 0, nonstate: 1, igo: 2, institution: 3, group: 4, ngo: 5, person: 6 };

function pickActor(es: Entry[]): Extract<Lexeme, { type: 'actor' }> {
  let best: Extract<Lexeme, { type: 'actor' }> | null = null;
  for (const e of es) {
    const lx = e.lexeme;
    if (lx.type !== 'actor') continue;
    if (!best || (KIND_RANK[lx.kind] ?? 9) < (KIND_RANK[best.kind] ?? 9)) best = lx;
  }
  return best!;
}

/** Capitalised words that are not names. */
const NOT_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr']);

function properName(t: Token): boolean {
  return t.pos === 'PROPN' && capitalised(t);
}

/** A run of two or more capitalised proper nouns that no mention covers: probably a person the dictionaries do not know. */
function unknownName(toks: Token[], ms: ActorMention[]): boolean {
  let run = 0, m = 0;
  for (let t = 0; t < toks.length; t++) {
    while (m < ms.length && ms[m].last <= t) m++;
    const covered = m < ms.length && ms[m].first <= t;
    if (!covered && properName(toks[t])) { if (++run >= 2) return true; } else run = 0;
  }
  return false;
}

/** A user's `--actors FILE`: entente TSV or a PETRARCH/TABARI `.txt` actor dictionary. */
function readUserFile(path: string, states: Set<string>): Entry[] {
  let text: string;
  try {
    const bytes = readFileSync(path);
    // Older TABARI/PETRARCH dictionaries are Latin-1: read UTF-8 when the file is valid UTF-8, else Latin-1.
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { text = bytes.toString('latin1'); }
  } catch (e) {
    throw new DictionaryError(`${path}: cannot read actor dictionary (${(e as Error).message})`);
  }
  if (isPetrarchDictionary(text)) return readPetrarchDictionary(path, states, text);
  return readActorTsv(path, states, text);
}

/** Whether one of these words is the abbreviation of a group introduced earlier in the document. */
function namesGroup(groups: Map<string, unknown>, words: readonly WordLike[], from: number, to: number): boolean {
  for (let t = from; t < to; t++) if (groups.has(words[t].text)) return true;
  return false;
}

/** Words inside a spelled-out name that make it a group's, and words just before the name, with the sector each
 * gives (dictionaries/actors/group-words.tsv: "the rebel Revolutionary Front", "the main opposition Democratic Alliance"). */
const { GROUP_WORDS, GROUP_BEFORE } = readGroupWords();
function readGroupWords(): { GROUP_WORDS: Map<string, string>; GROUP_BEFORE: Map<string, string> } {
  const name = new Map<string, string>(), before = new Map<string, string>();
  const path = ACTOR_DIR + 'group-words.tsv';
  if (!existsSync(path)) return { GROUP_WORDS: name, GROUP_BEFORE: before };
  for (const r of readTsv(path).rows) {
    const word = r.get('word')?.toLowerCase(), where = r.get('where'), sector = r.get('sector');
    if (!word || !sector || (where !== 'name' && where !== 'before')) throw new DictionaryError(`${path}:${r.line}: expected word, where (name or before) and sector`);
    (where === 'name' ? name : before).set(word, sector);
  }
  return { GROUP_WORDS: name, GROUP_BEFORE: before };
}
/** Lower-case words that may sit inside a spelled-out name ("Forces for the Defence of Democracy"). */
const NAME_JOINERS = new Set(['of', 'for', 'the', 'and', 'de', 'du', 'des', 'la', 'le', "'s", 'in', 'on']);

/** A capitalised word (not all capitals, not a weekday, month or title) of any part of speech. */
/** `x !== x.toUpperCase()`, without making the upper-case copy for ASCII text. */
function changesInUpperCase(x: string): boolean {
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return x !== x.toUpperCase();
  }
  return false;
}
function capitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 65 && c <= 90 && t.text.length > 1 && changesInUpperCase(t.text) && !NOT_NAMES.has(t.lower);
}

function abbreviation(t: Token): boolean {
  const x = t.text;
  if (x.length < 2 || x.length > 8 || changesInUpperCase(x)) return false;
  const c = x.charCodeAt(0);
  return c >= 65 && c <= 90;
}
