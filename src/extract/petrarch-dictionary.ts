/**
 * Importer for users' own PETRARCH/TABARI actor dictionaries (`.actors.txt`), so that
 * `--actors FILE` accepts them beside entente's TSV.
 *
 * Format (TABARI manual ch. 5; openeventdata/Dictionaries README):
 *   ROOT_PHRASE_ [CODE]          a phrase, words joined by "_", with its code(s)
 *   +SYNONYM_PHRASE_             more phrases for the same actor
 *   \t[CODE]                     code lines of the block
 *   \t[CODE >YYMMDD]             code valid after a date; "<YYMMDD" before; "YYMMDD-YYMMDD" between
 *   # comment                    to end of line
 * Dates have 6 (YYMMDD; years < 30 are 20YY) or 8 digits. A root line without a code
 * followed by another root line joins the next block. `[---]` is a null code and
 * relative codes without a state (`[ELI]`) are skipped. TABARI's stem matching (a word
 * without trailing "_" matches any word it begins) is not reproduced: phrases match
 * whole words. Parenthesised parts ("(AAIA)") and quoted nicknames are dropped.
 * A block whose codes carry dates becomes a person with tenures (its undated code,
 * if any, applies outside them); otherwise an actor with its first code.
 */
import { basename } from 'node:path';
import type { ActorKind } from '../model/types.ts';
import { DictionaryError, makeEntry, sectorOf, type Entry, type Lexeme, type Person, type Tenure } from './actor-dictionary.ts';

/** True when the text looks like a PETRARCH/TABARI actor dictionary (phrases with `_` and `[CODE]`). */
export function isPetrarchDictionary(text: string): boolean {
  const head = text.slice(0, 20000);
  return /^\s*\+?[A-Z0-9'.\-]+_[^\t\n]*$/m.test(head) && /\[[A-Z0-9]{3,}[^\]\n]*\]/.test(head) && !/^code\t/m.test(head);
}

interface Block { phrases: string[]; codes: { code: string; start: string | null; end: string | null }[]; line: number }

/** Parse a PETRARCH/TABARI actor dictionary into entries. */
export function readPetrarchDictionary(path: string, states: Set<string>, text: string): Entry[] {
  const file = basename(path);
  const blocks: Block[] = [];
  let cur: Block | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    if (!line.trim()) continue;
    const codes: Block['codes'] = [];
    line = line.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
      const c = parseCode(inner.trim(), path, i + 1);
      if (c) codes.push(c);
      return ' ';
    });
    const phrase = line.trim();
    if (phrase.startsWith('+')) {
      if (!cur) throw new DictionaryError(`${path}:${i + 1}: synonym "${phrase}" before any actor phrase`);
      cur.phrases.push(phrase.slice(1));
    } else if (phrase) {
      if (!cur || cur.codes.length > 0) { cur = { phrases: [], codes: [], line: i + 1 }; blocks.push(cur); }
      cur.phrases.push(phrase);
    } else if (!cur) {
      throw new DictionaryError(`${path}:${i + 1}: code line before any actor phrase`);
    }
    if (cur) cur.codes.push(...codes);
  }
  if (blocks.length === 0) throw new DictionaryError(`${path}: no actor entries found (not a PETRARCH/TABARI actor dictionary?)`);

  const out: Entry[] = [];
  for (const b of blocks) {
    const usable = b.codes.filter((c) => c.code.length >= 3 && (states.has(c.code.slice(0, 3)) || c.code.length > 3));
    if (usable.length === 0) continue;
    const names = b.phrases.map(clean).filter(Boolean);
    if (names.length === 0) continue;
    const display = titleCase(names[0]);
    const dated = usable.filter((c) => c.start || c.end);
    let lexeme: Lexeme;
    if (dated.length > 0) {
      const undated = usable.find((c) => !c.start && !c.end);
      const country = dated[0].code.slice(0, 3);
      const tenures: Tenure[] = dated.map((c) => ({ code: c.code, role: '', title: '', start: c.start, end: c.end }));
      const person: Person = { id: `${file}:${b.line}`, name: display, country, gender: null, tenures, otherwise: undated?.code ?? null };
      lexeme = { type: 'person', person };
    } else {
      const code = usable[0].code;
      const head = code.slice(0, 3);
      const isState = states.has(head);
      const kind: ActorKind = head === 'IGO' ? 'igo' : head === 'NGO' ? 'ngo' : !isState ? 'nonstate' : code.length === 3 ? 'state' : 'group';
      lexeme = { type: 'actor', code, name: display, kind, country: isState ? head : null, via: kind === 'igo' ? 'igo' : kind === 'nonstate' ? 'nonstate' : 'alias', sector: sectorOf(code, states) };
    }
    for (const p of names) {
      const e = makeEntry(p, lexeme, `${file}:${b.line}`);
      if (!e) continue;
      e.cased = false; // these dictionaries are written in capitals
      e.initialCap = true;
      out.push(e);
    }
  }
  return out;
}

function clean(p: string): string {
  return p.replace(/\([^)]*\)/g, ' ').replace(/"[^"]*"/g, ' ').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

function titleCase(p: string): string {
  return p.toLowerCase().replace(/(^|[\s\-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

function parseCode(inner: string, path: string, line: number): { code: string; start: string | null; end: string | null } | null {
  const m = /^([A-Z0-9]+|---)\s*(.*)$/.exec(inner);
  if (!m) throw new DictionaryError(`${path}:${line}: cannot read code "[${inner}]"`);
  if (m[1] === '---') return null;
  const restr = m[2].trim();
  let start: string | null = null, end: string | null = null;
  if (restr) {
    let r: RegExpExecArray | null;
    if ((r = /^>\s*(\d+)$/.exec(restr))) start = date(r[1]);
    else if ((r = /^<\s*(\d+)$/.exec(restr))) end = date(r[1]);
    else if ((r = /^(\d+)\s*-\s*(\d+)$/.exec(restr))) { start = date(r[1]); end = date(r[2]); }
    if (restr && !start && !end) return null; // unreadable restriction: skip the code rather than apply it always
  }
  return { code: m[1], start, end };
}

/** YYMMDD or YYYYMMDD → YYYY-MM-DD (null when not a date). */
function date(d: string): string | null {
  let y: number, rest: string;
  if (d.length === 6) { const yy = Number(d.slice(0, 2)); y = yy < 30 ? 2000 + yy : 1900 + yy; rest = d.slice(2); }
  else if (d.length === 8) { y = Number(d.slice(0, 4)); rest = d.slice(4); }
  else return null;
  const mm = Number(rest.slice(0, 2)), dd = Number(rest.slice(2, 4));
  if (!(mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31)) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
