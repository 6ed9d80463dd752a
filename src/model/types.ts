/**
 * The shared vocabulary of entente. Every stage reads and writes these shapes;
 * nothing here does I/O.
 */

/** A news article or other text, keyed by the hash of its normalised text. */
export interface Document {
  /** Content hash (hex) of the normalised text: re-ingesting the same text yields the same id. */
  id: string;
  /** Identifier the record carried in its source (JSONL/CSV `id` field, RSS guid), if any. */
  externalId?: string | null;
  title?: string | null;
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  date?: string | null;
  url?: string | null;
  /** Publisher or outlet name ("CNN", "Reuters"). */
  source?: string | null;
  /** File the document was read from, and the line/record number within it. */
  path?: string | null;
  line?: number | null;
  text: string;
}

/** A sentence of a document with its character offsets (UTF-16 code units, end exclusive). */
export interface Sentence {
  doc: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

/** A half-open character span [start, end) in the document text. */
export interface Span {
  start: number;
  end: number;
}

/** Kinds of actor in the dictionaries. */
export type ActorKind = 'state' | 'igo' | 'ngo' | 'nonstate' | 'person' | 'institution' | 'group';

/** An actor as it appears in the actor vocabulary (store table `actors`). */
export interface Actor {
  /** CAMEO-style code: `USA`, `IRNGOV`, `IRQMIL`, `ISIS`, `NATO`. */
  code: string;
  name: string;
  /** Country the actor rolls up to at country level (`IRN` for `IRNGOV`); null for non-state and IGO actors. */
  country: string | null;
  /** Sector suffix (`GOV`, `MIL`, `REB`, …) when the code has one. */
  sector?: string | null;
  kind: ActorKind;
}

/**
 * How an event is asserted.
 * - `asserted`: reported as having happened or happening.
 * - `hypothetical`: conditional or possible ("might consider working with").
 * - `predicted`: expected in the future ("will likely use air strikes").
 * - `intended`: stated intent, plan or desire ("wants to stop ISIS").
 */
export type Modality = 'asserted' | 'hypothetical' | 'predicted' | 'intended';

/** Where an event came from. */
export type EventOrigin = 'text' | 'gdelt' | 'icews' | 'phoenix' | 'polecat' | 'cow' | 'dyads';

/** Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** One coded event: who did what to whom, when, with its evidence. */
export interface Event {
  /** Stable id: hash of (doc, sentence, source, target, code, verb span) for text events; origin-specific for imports. */
  id: string;
  origin: EventOrigin;
  /** Document id (text events) or null for imported events. */
  doc: string | null;
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  date: string | null;
  source: string;
  target: string;
  sourceName?: string | null;
  targetName?: string | null;
  /** CAMEO event code (`042`, `190`, `0311`). */
  code: string;
  /** CAMEO root (first two digits). */
  root: string;
  goldstein: number;
  quad: QuadClass;
  ploverEvent?: string | null;
  ploverMode?: string | null;
  /** The event is reported as not happening ("has had no negotiations with"). */
  negated: boolean;
  /** The event is denied by someone ("insisted that its forces do not have a presence"). */
  denied?: boolean;
  modality: Modality;
  /** Who claims the event, when attributed ("according to a senior security official"): free text, or an actor code. */
  claimant: string | null;
  /** 0..1 */
  confidence: number;
  /** Evidence for text events: sentence index and text, sentence offsets, spans of source, target and verb. */
  sentenceIndex?: number | null;
  sentence?: string | null;
  start?: number | null;
  end?: number | null;
  sourceSpan?: Span | null;
  targetSpan?: Span | null;
  verbSpan?: Span | null;
  /** For imported events: the file and row it came from, the article URL, and report counts. */
  file?: string | null;
  row?: number | null;
  url?: string | null;
  mentions?: number | null;
  sources?: number | null;
}

/** A signed, weighted, undirected edge of an actor network. */
export interface SignedEdge {
  a: string;
  b: string;
  /** 1 cooperative, -1 hostile, 0 neutral/ambivalent. */
  sign: 1 | -1 | 0;
  weight: number;
  cooperative: number;
  hostile: number;
  events: number;
  /** 0..1: agreement of the events behind the sign and how many there are. */
  confidence: number;
}
