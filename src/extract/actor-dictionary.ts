/**
 * Actor dictionary entries: reading entente's own TSV dictionaries
 * (`dictionaries/countries.tsv`, `dictionaries/actors/*.tsv`, users' `--actors FILE`)
 * into flat phrase entries, and the phrase normalisation the matcher keys on.
 * File formats are documented in `dictionaries/README.md`.
 *
 * Normalisation (shared by dictionary phrases and text tokens): accents stripped
 * (NFD), lower-cased, everything but letters and digits removed inside a word
 * ("U.S." → "us", "Qa'ida" → "qaida"); hyphens, "+", "/" and spaces separate words
 * ("al-Qaeda" → al qaeda, "P5+1" → p5 1); a trailing possessive is its own word "'s".
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DICTIONARY_DIR } from '../model/cameo.ts';
import type { ActorKind } from '../model/types.ts';

/** How a mention was recognised. */
export type Via = 'name' | 'alias' | 'demonym' | 'capital' | 'place' | 'leader' | 'institution' | 'igo' | 'nonstate' | 'coreference';

/** A person's office held over a period (leaders.tsv). */
export interface Tenure {
  code: string;
  role: string;
  title: string;
  /** ISO dates, inclusive; null = open. */
  start: string | null;
  end: string | null;
}

export interface Person {
  id: string;
  name: string;
  country: string;
  gender: string | null;
  tenures: Tenure[];
  /** Code outside every tenure (default: the country's elite code, `IRNELI`). */
  otherwise?: string | null;
}

/** What a dictionary phrase stands for. */
export type Lexeme =
  | { type: 'actor'; code: string; name: string; kind: ActorKind; country: string | null; via: Via; sector: string | null; cameo?: string | null; sectorOnly?: boolean }
  | { type: 'person'; person: Person }
  /** sector noun ("government", "forces") or title ("president"); `generic` words only give a sector when no stronger word does. */
  | { type: 'sector'; sector: string; strength: 'primary' | 'generic' | 'title'; roles: string[] };

export interface Entry {
  /** Phrase as written in the dictionary. */
  phrase: string;
  /** Normalised word keys. */
  keys: string[];
  lexeme: Lexeme;
  /** Matches only when the text has the same letters in the same case ("US", not "us"). */
  cased: boolean;
  /** Matches only next to a context cue ("IS fighters", "against IS"). */
  cue: boolean;
  /** Matches only right after a title ("President May"). */
  titled: boolean;
  /**
   * `@` before a phrase: matches only when the document so far or the sentence names one of these states (a group's
   * base and the state of its CAMEO code): a bare acronym such as "KLA" is the Kosovo Liberation Army in a story
   * that names Kosovo or Serbia, and is left alone elsewhere (a chip-equipment maker). Filled by readActorTsv.
   */
  context?: string[];
  /** Person names: every word must be capitalised in the text. */
  capitalised: boolean;
  /** Written with a capital initial ("Turkey", "Senate"): the text's first letter must be a capital too (not "turkey", "senate"). */
  initialCap: boolean;
  /** Where it was read: file:line. */
  origin: string;
  /** Users' files (--actors) have priority 1 and hide built-in entries of the same phrase. */
  priority?: number;
}

const MARKS = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^a-z0-9]/g;
const NON_ALNUM_CASED = /[^A-Za-z0-9]/g;

/** Normalised key of one word (no separators inside). */
export function wordKey(w: string): string {
  if (w === "'s" || w === '’s' || w === "'" || w === '’' || w === 's’' || w === "s'") return "'s";
  // most words are plain ASCII letters and digits: normalising and stripping would leave them as they are
  if (asciiAlnum(w)) return w.toLowerCase();
  return w.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NON_ALNUM, '');
}

/** The word with accents and punctuation removed but case kept ("U.S." → "US"). */
export function casedKey(w: string): string {
  if (asciiAlnum(w)) return w;
  return w.normalize('NFD').replace(MARKS, '').replace(NON_ALNUM_CASED, '');
}

/** Only A–Z, a–z and 0–9 (no accents to strip, no punctuation to drop). */
function asciiAlnum(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** Split a dictionary phrase into normalised word keys. */
export function phraseKeys(phrase: string): string[] {
  const out: string[] = [];
  for (let piece of phrase.replace(/’/g, "'").split(/[\s\-–—+\/&,]+/)) {
    if (!piece) continue;
    let poss = false;
    if (piece.length > 2 && /'s$/i.test(piece)) { piece = piece.slice(0, -2); poss = true; }
    // a plural possessive ("Kurdistan Workers' Party"): wink splits off the apostrophe, whose key is "'s"
    else if (piece.length > 1 && piece.endsWith("'")) { piece = piece.slice(0, -1); poss = true; }
    const k = wordKey(piece);
    if (k) out.push(k);
    if (poss) out.push("'s");
  }
  if (out[0] === 'the' && out.length > 1) out.shift();
  return out;
}

/** In-word hyphens ("anti-balaka", "FARC-EP"). */
const IN_WORD_HYPHEN = /(?<=[\p{L}\p{N}])-(?=[\p{L}\p{N}])/u;

/**
 * The phrase's keys with each hyphenated word kept whole ("anti-balaka" → antibalaka), as a text token that the
 * tokenizer did not split at its hyphen gives them; null when the phrase has no hyphen inside a word.
 */
export function joinedKeys(phrase: string): string[] | null {
  if (!IN_WORD_HYPHEN.test(phrase)) return null;
  return phraseKeys(phrase.replace(new RegExp(IN_WORD_HYPHEN.source, 'gu'), ''));
}

/** Cased form of a phrase's words, for `cased` entries. */
export function phraseCased(phrase: string): string[] {
  return phrase.split(/[\s\-–—+\/&,]+/).map(casedKey).filter(Boolean);
}

export class DictionaryError extends Error {}

/** Parse one `|`-separated cell. */
export function cells(cell: string | undefined): string[] {
  return cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : [];
}

/**
 * Build an entry from a written phrase; markers: `~` needs a cue, `^` needs a title, `@` needs the group's state named
 * in the document (`context`, filled by the caller). Upper-case phrases are case-sensitive.
 */
export function makeEntry(written: string, lexeme: Lexeme, origin: string): Entry | null {
  let phrase = written.trim();
  let cue = false, titled = false, context = false;
  while (phrase.startsWith('~') || phrase.startsWith('^') || phrase.startsWith('@')) {
    if (phrase[0] === '~') cue = true; else if (phrase[0] === '^') titled = true; else context = true;
    phrase = phrase.slice(1);
  }
  const keys = phraseKeys(phrase);
  if (keys.length === 0) return null;
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  const cased = letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const initialCap = !cased && lexeme.type !== 'sector' && /^\p{Lu}/u.test(phrase.replace(/^the\s+/i, ''));
  const e: Entry = { phrase, keys, lexeme, cased, cue, titled, capitalised: lexeme.type === 'person', initialCap, origin };
  if (context) e.context = [];
  return e;
}

/** Rows of a TSV file: comment lines (#) and blank lines skipped; first row is the header. */
export function readTsv(path: string, text?: string): { header: string[]; rows: { line: number; get: (k: string) => string | undefined }[] } {
  let content: string;
  try {
    content = text ?? readFileSync(path, 'utf8');
  } catch (e) {
    throw new DictionaryError(`${path}: cannot read (${(e as Error).message})`);
  }
  const lines = content.split(/\r?\n/);
  let header: string[] | null = null;
  const rows: { line: number; get: (k: string) => string | undefined }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line.trim() || line.startsWith('#')) continue;
    const cs = line.split('\t');
    if (!header) { header = cs.map((c) => c.trim()); continue; }
    const h = header;
    rows.push({ line: i + 1, get: (k: string) => { const j = h.indexOf(k); return j < 0 ? undefined : cs[j]?.trim(); } });
  }
  if (!header) throw new DictionaryError(`${path}: no header row`);
  return { header, rows };
}

/** Sector suffix of a code whose first three letters are a state (`IRNMIL` → `MIL`). */
export function sectorOf(code: string, states: Set<string>): string | null {
  return states.has(code.slice(0, 3)) && code.length > 3 ? code.slice(3) : null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** Plural nouns for the members of an armed group whose singular names the group too ("a Chechen rebel", "Tamil rebel leaders"). */
const MEMBER_PLURALS = new Set(['rebels', 'separatists', 'militants', 'guerrillas', 'insurgents', 'fighters']);

/**
 * Read entente's TSV actor files. The file's kind is chosen by its header:
 * - `code name variants …` with `kind` column or by file name (igos, nonstate, institutions) → actor entries
 * - `phrase sector class roles` → sector/title words
 * - `code country name variants surname role title start end gender` → leaders
 */
export function readActorTsv(path: string, states: Set<string>, text?: string): Entry[] {
  const { header, rows } = readTsv(path, text);
  const file = basename(path);
  const out: Entry[] = [];
  const push = (written: string, lex: Lexeme, line: number) => {
    const e = makeEntry(written, lex, `${file}:${line}`);
    if (e) out.push(e);
  };
  if (header.includes('phrase') && header.includes('sector')) {
    for (const r of rows) {
      const cls = r.get('class') || 'primary';
      if (cls !== 'primary' && cls !== 'generic' && cls !== 'title') throw new DictionaryError(`${path}:${r.line}: class must be primary, generic or title, not "${cls}"`);
      const lex: Lexeme = { type: 'sector', sector: r.get('sector') ?? '', strength: cls, roles: cells(r.get('roles')) };
      for (const p of cells(r.get('phrase'))) push(p, lex, r.line);
    }
    return out;
  }
  if (header.includes('surname') || header.includes('role')) {
    const persons = new Map<string, Person>();
    const formsOf = new Map<string, Set<string>>();
    for (const r of rows) {
      const name = r.get('name'), code = r.get('code'), country = r.get('country');
      if (!name || !code || !country) throw new DictionaryError(`${path}:${r.line}: name, code and country are required`);
      const start = r.get('start') || null, end = r.get('end') || null;
      for (const d of [start, end]) if (d && !ISO.test(d)) throw new DictionaryError(`${path}:${r.line}: date "${d}" is not YYYY-MM-DD`);
      const id = `${country}:${name}`;
      let p = persons.get(id);
      if (!p) { p = { id, name, country, gender: r.get('gender') || null, tenures: [] }; persons.set(id, p); formsOf.set(id, new Set()); }
      p.tenures.push({ code, role: r.get('role') ?? '', title: (r.get('title') ?? '').toLowerCase(), start, end });
      const lex: Lexeme = { type: 'person', person: p };
      // Each written form once per person.
      const forms = [name, ...cells(r.get('variants')), ...cells(r.get('surname'))];
      const seen = formsOf.get(id)!;
      for (const f of forms) {
        if (seen.has(f)) continue;
        seen.add(f);
        push(f, lex, r.line);
      }
    }
    return out;
  }
  if (!header.includes('code') || !header.includes('name')) {
    throw new DictionaryError(`${path}: neither an entente actor TSV (a header with code and name columns; see dictionaries/README.md) nor a PETRARCH/TABARI actor dictionary`);
  }
  const defaultKind: ActorKind = /igo/i.test(file) ? 'igo' : /nonstate|milnonstate/i.test(file) ? 'nonstate' : /institution/i.test(file) ? 'institution' : 'group';
  for (const r of rows) {
    const code = r.get('code'), name = r.get('name');
    if (!code || !name) throw new DictionaryError(`${path}:${r.line}: code and name are required`);
    if (!/^[A-Z0-9+]{2,15}$/.test(code)) throw new DictionaryError(`${path}:${r.line}: code "${code}" must be 2–15 capital letters or digits`);
    const kind = (r.get('kind') || defaultKind) as ActorKind;
    const countryCell = r.get('country');
    const country = kind === 'igo' || kind === 'nonstate' ? null : countryCell || (states.has(code.slice(0, 3)) ? code.slice(0, 3) : null);
    const via: Via = kind === 'igo' ? 'igo' : kind === 'nonstate' ? 'nonstate' : kind === 'institution' ? 'institution' : 'name';
    const lex: Lexeme = { type: 'actor', code, name, kind, country, via, sector: sectorOf(code, states), cameo: r.get('cameo') || null };
    push(name, lex, r.line);
    const at = out.length;
    const variants = cells(r.get('variants'));
    for (const v of variants) push(v, { ...lex, via: via === 'name' ? 'alias' : via }, r.line);
    // "Chechen rebels" also as "a Chechen rebel", "Chechen rebel leaders": the singular of a plural member noun at the end
    for (const v of variants) {
      const m = /^(.*\s)(\S+)s$/.exec(v);
      const one = m && MEMBER_PLURALS.has(m[2] + 's') ? m[1] + m[2] : null;
      if (one && !variants.includes(one)) push(one, { ...lex, via: via === 'name' ? 'alias' : via }, r.line);
    }
    // `@` variants: the states that make them the group (its base, the state of its CAMEO code, its own country)
    for (let x = at; x < out.length; x++) {
      const e = out[x];
      if (!e.context) continue;
      const home = [r.get('base'), r.get('country'), (r.get('cameo') ?? '').slice(0, 3), country].filter((c): c is string => !!c && states.has(c));
      if (home.length === 0) throw new DictionaryError(`${path}:${r.line}: "@${e.phrase}" needs a base, country or CAMEO code naming a state`);
      e.context = [...new Set(home)];
    }
    for (const d of cells(r.get('demonyms'))) push(d, { ...lex, via: 'demonym' }, r.line);
  }
  return out;
}

/**
 * `places.tsv` (code, place, variants): towns, cities and regions that stand for their state as a place
 * ("seized Mosul", "fighting in Aleppo"); each state's places, every spelling. Unknown state codes are an error.
 */
export function readPlaces(path: string, states: Set<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const { header, rows } = readTsv(path);
  if (!header.includes('code') || !header.includes('place')) throw new DictionaryError(`${path}: expected a header with code and place columns`);
  for (const r of rows) {
    const code = r.get('code'), place = r.get('place');
    if (!code || !place) throw new DictionaryError(`${path}:${r.line}: code and place are required`);
    if (!states.has(code)) throw new DictionaryError(`${path}:${r.line}: "${code}" is not a state of countries.tsv`);
    let list = out.get(code);
    if (!list) out.set(code, (list = []));
    list.push(place, ...cells(r.get('variants')));
  }
  return out;
}

/** A row of `shared-places.tsv`: a place name another state shares, the words that point to it and to the usual state. */
export interface SharedPlace { place: string; keys: string[]; state: string; cues: string[]; against: string[] }

/**
 * `shared-places.tsv` (place, state, cues, against): names of places two states share ("Tripoli", Libya's capital and a
 * Lebanese city), read as `state` when the text points to it (see the file's header). Unknown state codes are an error.
 */
export function readSharedPlaces(path: string, states: Set<string>): SharedPlace[] {
  const out: SharedPlace[] = [];
  const { header, rows } = readTsv(path);
  if (!header.includes('place') || !header.includes('state')) throw new DictionaryError(`${path}: expected a header with place and state columns`);
  for (const r of rows) {
    const place = r.get('place'), state = r.get('state');
    if (!place || !state) throw new DictionaryError(`${path}:${r.line}: place and state are required`);
    if (!states.has(state)) throw new DictionaryError(`${path}:${r.line}: "${state}" is not a state of countries.tsv`);
    const words = (c: string | undefined) => cells(c).map((w) => phraseKeys(w).join(' '));
    out.push({ place, keys: phraseKeys(place), state, cues: words(r.get('cues')), against: words(r.get('against')) });
  }
  return out;
}

/** A row of `held-places.tsv`: places whose authorities another state holds, and when. */
export interface HeldPlace { places: string[]; holder: string; since: string; until: string | null }

/** `held-places.tsv` (place, holder, since, until): see the file's header. Unknown states and bad dates are errors. */
export function readHeldPlaces(path: string, states: Set<string>): HeldPlace[] {
  const out: HeldPlace[] = [];
  const { header, rows } = readTsv(path);
  if (!header.includes('place') || !header.includes('holder') || !header.includes('since')) throw new DictionaryError(`${path}: expected a header with place, holder and since columns`);
  for (const r of rows) {
    const places = cells(r.get('place')), holder = r.get('holder'), since = r.get('since'), until = r.get('until') || null;
    if (!places.length || !holder || !since) throw new DictionaryError(`${path}:${r.line}: place, holder and since are required`);
    if (!states.has(holder)) throw new DictionaryError(`${path}:${r.line}: "${holder}" is not a state of countries.tsv`);
    for (const d of [since, until]) if (d && !ISO.test(d)) throw new DictionaryError(`${path}:${r.line}: date "${d}" is not YYYY-MM-DD`);
    out.push({ places, holder, since, until });
  }
  return out;
}

/** Entries for the states of `countries.tsv`: name, variants, demonyms, capitals, and their places (`places.tsv`). */
export function countryEntries(states: Iterable<{ code: string; name: string; variants: string[]; demonyms: string[]; capitals: string[] }>, excluded: Set<string> = new Set(), places: Map<string, string[]> = new Map()): Entry[] {
  const out: Entry[] = [];
  for (const c of states) {
    const base = { type: 'actor' as const, code: c.code, name: c.name, kind: 'state' as ActorKind, country: c.code, sector: null };
    const add = (p: string, via: Via) => {
      if (excluded.has(`${c.code}\t${p}`)) return;
      // excluded unless a sector or title word follows ("Georgian President", "Georgian troops")
      const sectorOnly = excluded.has(`${c.code}\t${p}\tsector`);
      const e = makeEntry(p, sectorOnly ? { ...base, via, sectorOnly } : { ...base, via }, 'countries.tsv');
      if (e) out.push(e);
    };
    add(c.name, 'name');
    for (const v of c.variants) add(v, 'alias');
    for (const d of c.demonyms) add(d, 'demonym');
    // (a city-state's capital of the same name is the state's name, read as the name: Singapore, Monaco)
    for (const k of c.capitals) if (k.toLowerCase() !== c.name.toLowerCase()) add(k, 'capital');
    for (const k of places.get(c.code) ?? []) add(k, 'place');
  }
  return out;
}

export const ACTOR_DIR = DICTIONARY_DIR + 'actors/';

/**
 * `exclusions.tsv`: "CODE\tphrase" keys of country phrases not to match; with `unless` = "sector",
 * "CODE\tphrase\tsector": matched only right before a sector or title word.
 */
export function readExclusions(path: string): Set<string> {
  const out = new Set<string>();
  for (const r of readTsv(path).rows) {
    const code = r.get('code'), phrase = r.get('phrase');
    if (!code || !phrase) throw new DictionaryError(`${path}:${r.line}: code and phrase are required`);
    out.add(r.get('unless') === 'sector' ? `${code}\t${phrase}\tsector` : `${code}\t${phrase}`);
  }
  return out;
}

/** `descriptions.tsv` (see its header): head nouns and region words that describe a state or body named before in the story. */
export interface Descriptions {
  /** Head noun key → the states it may stand for (null: any state) and whether it needs a region word before it. */
  nouns: Map<string, { states: Set<string> | null; generic: boolean; cased: boolean }>;
  /** Region phrases (word keys) → the states they restrict to; longest first. */
  regions: { keys: string[]; states: Set<string> }[];
  /** Head noun key → the IGO or non-state codes it may stand for (null: every non-state actor) and whether it needs a qualifier. */
  bodies: Map<string, { codes: Set<string> | null; qualified: boolean }>;
  qualifiers: Set<string>;
  /** Sector phrases (word keys joined by spaces) that, after "the" alone, stand for the one state named before ("the junta"). */
  sectors: Set<string>;
  /** The last word key of each sector phrase: a sentence holding one may mention the state named before (actors.ts `mayMention`). */
  sectorHeads: Set<string>;
  /** Armed groups that fight their own state's government (`insurgents` rows): their codes, and the sector phrases that stand for their foe. */
  insurgents: Set<string>;
  foeSectors: Set<string>;
}

export function readDescriptions(path: string, states: Set<string>): Descriptions {
  const out: Descriptions = { nouns: new Map(), regions: [], bodies: new Map(), qualifiers: new Set(), sectors: new Set(), sectorHeads: new Set(), insurgents: new Set(), foeSectors: new Set() };
  for (const r of readTsv(path).rows) {
    const kind = r.get('kind'), words = r.get('words'), cell = r.get('codes');
    if (!kind || !words || (!cell && kind !== 'qualifier' && kind !== 'sector')) throw new DictionaryError(`${path}:${r.line}: kind, words and codes are required`);
    const list = (cell ?? '').split('|').map((x) => x.trim()).filter(Boolean);
    const body = kind === 'body' || kind === 'qualified-body';
    let set: Set<string> | null = null;
    if (kind === 'insurgents') {
      for (const c of list) out.insurgents.add(c);
      for (const w of words.split('|').map((x) => x.trim()).filter(Boolean)) out.foeSectors.add(w.split(/[\s-]+/).map(wordKey).filter(Boolean).join(' '));
      continue;
    }
    if (!body && kind !== 'qualifier' && kind !== 'sector' && cell !== '*') {
      set = new Set(list);
      for (const c of set) if (!states.has(c)) throw new DictionaryError(`${path}:${r.line}: "${c}" is not a state of countries.tsv`);
    }
    for (const w of words.split('|').map((x) => x.trim()).filter(Boolean)) {
      const keys = w.split(/[\s-]+/).map(wordKey).filter(Boolean);
      if (kind === 'noun' || kind === 'generic' || body || kind === 'qualifier') {
        if (keys.length !== 1) throw new DictionaryError(`${path}:${r.line}: a head noun or qualifier is one word ("${w}")`);
        if (kind === 'qualifier') out.qualifiers.add(keys[0]);
        else if (body) out.bodies.set(keys[0], { codes: cell === 'nonstate' ? null : new Set(list), qualified: kind === 'qualified-body' });
        else out.nouns.set(keys[0], { states: set, generic: kind === 'generic', cased: /^\p{Lu}/u.test(w) });
      } else if (kind === 'sector') {
        out.sectors.add(keys.join(' '));
        out.sectorHeads.add(keys[keys.length - 1]);
      } else if (kind === 'region') {
        if (!set) throw new DictionaryError(`${path}:${r.line}: a region needs its states`);
        out.regions.push({ keys, states: set });
      } else throw new DictionaryError(`${path}:${r.line}: kind must be noun, generic, region, body, qualified-body, sector, insurgents or qualifier`);
    }
  }
  out.regions.sort((a, b) => b.keys.length - a.keys.length);
  return out;
}

/** A one-word demonym that names another people in a sentence about another part of the world (homonyms.tsv). */
export interface Homonym {
  code: string;
  /** The demonym's word keys. */
  keys: Set<string>;
  /** States whose mention in the sentence makes the demonym no mention. */
  states: Set<string>;
  /** Word keys that do the same. */
  words: Set<string>;
}

/** `homonyms.tsv` (see its header): demonyms that name another people in some sentences ("Tzotzil Indians" in Chiapas). */
export function readHomonyms(path: string, states: Set<string>): Homonym[] {
  const out: Homonym[] = [];
  const keysOf = (cell: string | undefined) => new Set((cell ?? '').split('|').map((x) => x.trim()).filter(Boolean).map((x) => phraseKeys(x)[0]));
  for (const r of readTsv(path).rows) {
    const code = r.get('code'), phrase = r.get('phrase'), cell = r.get('states');
    if (!code || !phrase || !cell) throw new DictionaryError(`${path}:${r.line}: code, phrase and states are required`);
    const codes = cell.split('|').map((x) => x.trim()).filter(Boolean);
    for (const c of [code, ...codes]) if (!states.has(c)) throw new DictionaryError(`${path}:${r.line}: "${c}" is not a state of countries.tsv`);
    out.push({ code, keys: keysOf(phrase), states: new Set(codes), words: keysOf(r.get('words')) });
  }
  return out;
}

/**
 * `regions.tsv` (see its header): names of regions that hold a state's name or demonym ("Latin America", "Central
 * American"), by the state's word key: the phrase's keys and where the state's word stands in it.
 */
export function readRegions(path: string, states: Set<string>): Map<string, { keys: string[]; at: number }[]> {
  const out = new Map<string, { keys: string[]; at: number }[]>();
  for (const r of readTsv(path).rows) {
    const code = r.get('code'), cell = r.get('phrase');
    if (!code || !cell) throw new DictionaryError(`${path}:${r.line}: code and phrase are required`);
    if (!states.has(code)) throw new DictionaryError(`${path}:${r.line}: "${code}" is not a state of countries.tsv`);
    for (const phrase of cell.split('|').map((x) => x.trim()).filter(Boolean)) {
      const keys = phraseKeys(phrase);
      // every word may be where the state's name stands ("America", "American"): the matcher checks the whole phrase
      keys.forEach((k, at) => { const l = out.get(k) ?? []; l.push({ keys, at }); out.set(k, l); });
    }
  }
  return out;
}
