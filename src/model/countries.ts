/**
 * States and their codes, and the rule that rolls sub-actors up to their country
 * (IRNGOV, IRNMIL → IRN; non-state actors keep their own code).
 * The list is data: `dictionaries/countries.tsv`.
 */
import { readFileSync } from 'node:fs';
import { DICTIONARY_DIR } from './cameo.ts';

export interface Country {
  /** CAMEO country code (ISO 3166 alpha-3 with CAMEO's few exceptions). */
  code: string;
  iso2: string;
  name: string;
  /** Other names ("Persia", "Islamic Republic of Iran"). */
  variants: string[];
  /** Adjectives and nouns of nationality ("Iranian", "Iranians"). */
  demonyms: string[];
  /** Capital cities used as metonyms ("Tehran"). */
  capitals: string[];
  /** Correlates of War state abbreviation and number, when the state is in the COW system. */
  cowAbb: string | null;
  cowCode: number | null;
}

let countries: Map<string, Country> | null = null;

function split(cell: string | undefined): string[] {
  return cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : [];
}

function load(): Map<string, Country> {
  const out = new Map<string, Country>();
  const text = readFileSync(DICTIONARY_DIR + 'countries.tsv', 'utf8');
  let header: string[] | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) { header = cells; continue; }
    const get = (k: string) => cells[header!.indexOf(k)];
    const code = get('code');
    out.set(code, {
      code,
      iso2: get('iso2') ?? '',
      name: get('name'),
      variants: split(get('variants')),
      demonyms: split(get('demonyms')),
      capitals: split(get('capitals')),
      cowAbb: get('cow_abb') || null,
      cowCode: get('cow_code') ? Number(get('cow_code')) : null,
    });
  }
  return out;
}

/** All states, keyed by CAMEO code. */
export function countryTable(): Map<string, Country> {
  return (countries ??= load());
}

/**
 * The country an actor code rolls up to: its first three letters when they are a
 * state's code (`IRNGOV` → `IRN`), otherwise the code itself (`ISIS`, `NATO`).
 */
export function countryOf(code: string): string {
  const head = code.slice(0, 3);
  return countryTable().has(head) ? head : code;
}

/** True when the code is a state or a sub-actor of one. */
export function isStateActor(code: string): boolean {
  return countryTable().has(code.slice(0, 3));
}
