/** Typed calls to the entente HTTP API (docs/api.md). Errors carry the server's message. */
export interface SignedEdge { a: string; b: string; sign: 1 | -1 | 0; weight: number; cooperative: number; hostile: number; events: number; confidence: number }
export interface NodeInfo { id: string; label: string; activity: number; bloc: number | null }
export interface Network { window: string; level: string; nodes: NodeInfo[]; edges: SignedEdge[] }
export interface WindowInfo { id: string; from: string | null; to: string | null; events: number; documents: number }
export interface TimelinePoint { window: string; from: string | null; to: string | null; events: number; nodes: number; edges: number; positive: number; negative: number; balanceRatio: number | null; frustration: number | null; optimal: boolean | null }
export interface Span { start: number; end: number }
export interface EvidenceEvent { id: string; date: string | null; source: string; target: string; code: string; label: string | null; goldstein: number; quad: number; negated: boolean; denied: boolean; modality: string; claimant: string | null; confidence: number; origin: string; doc: string | null; docTitle: string | null; docSource: string | null; sentence: string | null; sourceSpan: Span | null; targetSpan: Span | null; verbSpan: Span | null; url: string | null }
export interface Dyad { a: string; b: string; window: string; edge: SignedEdge | null; events: EvidenceEvent[]; total: number }
export interface DocumentView { id: string; title: string | null; date: string | null; source: string | null; url: string | null; text: string; sentences: { index: number; start: number; end: number }[] }

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const r = await fetch(path, init);
  let body: any = null;
  try {
    body = await r.json();
  } catch {
    /* not JSON */
  }
  if (!r.ok) throw new ApiError(r.status, body?.error ?? `${r.status} ${r.statusText}`);
  return body as T;
}

const qs = (p: Record<string, string | number | undefined>) => new URLSearchParams(Object.entries(p).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
const post = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export const api = {
  info: () => call<{ dataset: string }>('/api'),
  windows: () => call<{ windows: WindowInfo[] }>('/api/windows'),
  timeline: (level: string) => call<{ points: TimelinePoint[] }>(`/api/timeline?${qs({ level })}`),
  layout: (level: string) => call<{ positions: Record<string, [number, number]> }>(`/api/layout?${qs({ level })}`),
  network: (window: string, level: string) => call<Network>(`/api/network?${qs({ window, level })}`),
  dyad: (a: string, b: string, window: string, level: string) => call<Dyad>(`/api/dyad?${qs({ a, b, window, level })}`),
  balance: (window: string, level: string, a?: string, b?: string) => call<any>(`/api/balance?${qs({ window, level, a, b })}`),
  whatif: (window: string, level: string, changes: unknown[]) => call<any>('/api/whatif', post({ window, level, changes })),
  contradictions: (window?: string) => call<{ contradictions: any[] }>(`/api/contradictions?${qs({ window })}`),
  actors: (q: string) => call<{ actors: { code: string; name: string | null; events: number }[] }>(`/api/actors?${qs({ q, limit: 12 })}`),
  actor: (code: string, level: string) => call<any>(`/api/actor?${qs({ code, level })}`),
  document: (id: string) => call<DocumentView>(`/api/document?${qs({ id })}`),
  code: (text: string, date: string, title?: string, source?: string) => call<any>('/api/code', post({ text, date, title: title || undefined, source: source || undefined, store: true })),
};
