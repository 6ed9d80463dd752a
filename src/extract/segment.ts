/**
 * Sentences and tokens with their character offsets, from wink-nlp.
 * Offsets are UTF-16 code units into the document text, end exclusive.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** The token as written. */
  text: string;
  lower: string;
  /** Universal POS tag from wink (NOUN, PROPN, VERB, AUX, PART, ADP, …). */
  pos: string;
  /** Lemma-ish normal form (wink's `normal`; lower case). */
  normal: string;
  start: number;
  end: number;
  /** Actor-dictionary keys of `text` ([normalised, cased]; actor-dictionary.ts), when the tokenizer has them at hand. */
  keys?: [string, string];
}

export interface SegmentedSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  tokens: Token[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The shared wink instance (loaded once; ~100 ms). */
export function wink(): Nlp {
  return (nlp ??= winkNLP(model));
}

/** Split a document into sentences and POS-tagged tokens with character offsets. */
export function segment(text: string): SegmentedSentence[] {
  const w = wink();
  const its = w.its;
  const doc = w.readDoc(text);
  const out: SegmentedSentence[] = [];
  let cursor = 0;
  doc.sentences().each((s: ReturnType<typeof doc.sentences>["itemAt"] extends (i: number) => infer R ? R : never) => {
    const values = s.tokens().out(its.value) as string[];
    const pos = s.tokens().out(its.pos) as string[];
    const normal = s.tokens().out(its.normal) as string[];
    const tokens: Token[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!v.trim()) continue; // line breaks come through as tokens
      let at = text.indexOf(v, cursor);
      // wink may normalise a token (quotes, ellipses); fall back to the cursor position.
      if (at < 0 || at - cursor > 64) at = skipSpace(text, cursor);
      const end = at < 0 ? cursor : Math.min(text.length, at + v.length);
      tokens.push({ text: v, lower: v.toLowerCase(), pos: pos[i], normal: normal[i], start: at, end });
      cursor = end;
    }
    if (tokens.length === 0) return;
    const start = tokens[0].start;
    const end = tokens[tokens.length - 1].end;
    out.push({ index: out.length, start, end, text: text.slice(start, end), tokens });
  });
  return out;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}
