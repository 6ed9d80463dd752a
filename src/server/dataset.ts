/**
 * What the HTTP API serves, as an interface: the windows of a database, the
 * signed network of a window, the events and evidence behind a dyad, documents,
 * actors, contradictions, and coding new text. `store-dataset.ts` implements it
 * over an entente DuckDB file; `edges-dataset.ts` over plain signed edge lists
 * (benchmarks, and any network without text behind it).
 */
import type { SignedEdge, Span } from '../model/types.ts';

export type Level = 'actor' | 'country';

export interface WindowInfo {
  /** Window id used in every other request (`2014-Q3`, `2014-06`, `96-99`). */
  id: string;
  /** First and last day covered (ISO), when the window is a date range. */
  from: string | null;
  to: string | null;
  events: number;
  documents: number;
}

export interface NetworkNode {
  id: string;
  label: string;
  /** Events involving the actor in the window (node size). */
  activity: number;
  kind?: string | null;
}

export interface Network {
  window: string;
  level: Level;
  nodes: NetworkNode[];
  edges: SignedEdge[];
}

export interface EvidenceEvent {
  id: string;
  date: string | null;
  source: string;
  target: string;
  code: string;
  /** CAMEO label of the code, when known. */
  label: string | null;
  goldstein: number;
  quad: number;
  negated: boolean;
  denied: boolean;
  modality: string;
  claimant: string | null;
  confidence: number;
  origin: string;
  doc: string | null;
  docTitle: string | null;
  docSource: string | null;
  /** The evidence sentence, and the actor and verb spans relative to its first character. */
  sentence: string | null;
  sourceSpan: Span | null;
  targetSpan: Span | null;
  verbSpan: Span | null;
  url: string | null;
}

export interface DyadEvidence {
  a: string;
  b: string;
  window: string;
  level: Level;
  edge: SignedEdge | null;
  events: EvidenceEvent[];
  /** Events matched before the `limit` cut. */
  total: number;
}

export interface DocumentView {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  text: string;
  sentences: { index: number; start: number; end: number }[];
}

export interface ActorHit {
  code: string;
  name: string | null;
  country: string | null;
  events: number;
}

export interface Contradiction {
  window: string | null;
  a: string;
  b: string;
  /** `denial` (asserted by one source, negated or denied by another) or `polarity` (cooperative by one, hostile by another). */
  kind: string;
  /** Events on each side in the window. */
  counts?: { claim: number; counter: number };
  /** The claim and the counter-evidence. */
  evidence: { source: string | null; doc: string | null; date: string | null; sentence: string | null; polarity: number; negated: boolean; denied: boolean; claimant: string | null; title?: string | null; code?: string }[];
}

export interface CodedText {
  document: { id: string; title: string | null; date: string | null };
  events: EvidenceEvent[];
  stored: boolean;
  /** Events newly stored (0 when the text was already in the database). */
  added: number;
}

export interface CodeRequest {
  text: string;
  date?: string;
  title?: string;
  source?: string;
  store: boolean;
}

export interface Dataset {
  /** A short description for /api/info ("entente.duckdb", "cow 1946-1999"). */
  name: string;
  windows(): Promise<WindowInfo[]>;
  /** null when the window does not exist. */
  network(window: string, level: Level): Promise<Network | null>;
  dyad(a: string, b: string, window: string, level: Level, limit: number): Promise<DyadEvidence | null>;
  document(id: string): Promise<DocumentView | null>;
  actors(q: string, limit: number): Promise<ActorHit[]>;
  contradictions(window: string | null, limit: number): Promise<Contradiction[]>;
  /** Code text into events; with `store`, write it to the database (then windows and networks change). */
  code?(req: CodeRequest): Promise<CodedText>;
}
