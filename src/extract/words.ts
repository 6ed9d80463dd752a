/**
 * Per-word facts the coder needs for every token, computed once per distinct word of
 * wink's lexicon and then looked up by the word's wink id (`its.uniqueId`, an index into
 * wink's lexicon, OOV words included): the text, its lower-case form, the
 * actor-dictionary keys, and the lemma for each POS tag the word has been seen with.
 *
 * Why this is exact: a wink id stands for one string, and wink's lemma (`its.lemma`)
 * depends only on that id and the token's POS tag — except for the parts of a
 * contraction ("do" + "n't"), whose lemma is stored with the token; the tokenizer asks
 * wink for those directly and does not memoise them. So the memo returns wink's own
 * text and lemma without running its lemmatizer (and its regexes) for every token.
 * Ids are only meaningful for one wink instance: use one memo per instance.
 */
import { casedKey, wordKey } from './actor-dictionary.ts';
import type { WordLike } from './actors.ts';

/** A token that is only white space (wink's line-break tokens): not part of any sentence's tokens. */
export function isBlank(v: string): boolean {
  return v.length === 0 || (v.charCodeAt(0) <= 32 && !v.trim());
}

/** The word facts the actor matcher's pre-check reads (actors.ts `WordLike`), plus the lemmas by POS. */
export interface WordInfo extends WordLike {
  /** First POS seen and its lower-case lemma; other POS tags in `lemmas`. */
  pos: string | null;
  /** `text.length`, kept with the other facts (reading the string's own length is one more memory load). */
  length: number;
  lemma: string;
  lemmas: Map<string, string> | null;
}

export class WordMemo {
  private readonly byId: (WordInfo | undefined)[] = [];

  /** The facts of word `id`, if known. */
  get(id: number): WordInfo | undefined {
    return this.byId[id];
  }

  /** Record word `id` with its text (first sight). */
  add(id: number, text: string): WordInfo {
    const key = wordKey(text), cased = casedKey(text);
    const w: WordInfo = { text, lower: text.toLowerCase(), keys: [key, cased], key, casedKey: cased, blank: isBlank(text), pronoun: false, slot: null, slotOwner: null, pos: null, length: text.length, lemma: '', lemmas: null };
    w.pronoun = w.lower === 'he' || w.lower === 'she';
    const byId = this.byId;
    while (byId.length <= id) byId.push(undefined);
    byId[id] = w;
    return w;
  }

  /** The memoised lower-case lemma of a word under a POS tag, or undefined. */
  static lemma(w: WordInfo, pos: string): string | undefined {
    if (w.pos === pos) return w.lemma;
    return w.lemmas === null ? undefined : w.lemmas.get(pos);
  }

  /** Remember a word's lower-case lemma under a POS tag. */
  static remember(w: WordInfo, pos: string, lemma: string): void {
    if (w.pos === null) { w.pos = pos; w.lemma = lemma; return; }
    (w.lemmas ??= new Map()).set(pos, lemma);
  }
}
