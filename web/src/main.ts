/**
 * The entente web UI: the signed network of the selected window (graph.ts),
 * the timeline (timeline.ts), and the side panels: the evidence behind an
 * edge, an actor's allies and adversaries over time, the balance report with
 * what-if toggles, contradictions between sources, and adding an article.
 * All text from the data is inserted with textContent (dom.ts), never as HTML.
 */
import './style.css';
import { api, type Dyad, type EvidenceEvent, type Network, type TimelinePoint, type WindowInfo } from './api.ts';
import { $, clear, fmt, h, marked } from './dom.ts';
import { BLOC_COLORS, GraphView, NO_BLOC } from './graph.ts';
import { Timeline } from './timeline.ts';

interface State {
  level: string;
  windows: WindowInfo[];
  index: number;
  net: Network | null;
  timeline: TimelinePoint[];
  selected: { kind: 'edge'; a: string; b: string } | { kind: 'node'; id: string } | null;
  whatif: Map<string, { op: string; a: string; b: string }>;
}

const state: State = { level: 'country', windows: [], index: 0, net: null, timeline: [], selected: null, whatif: new Map() };
// marks for the UI benchmark (bench/ui.ts): script run, data in, graph handed to sigma, frame shown
performance.mark('entente:script');
const view = new GraphView($('#graph'));
const timeline = new Timeline($<SVGSVGElement>('#timeline'));
const status = (msg: string) => ($('#graph-status').textContent = msg);
const win = () => state.windows[state.index]?.id;
let loadSeq = 0;

/** For tests and benchmarks: the live graph, the state and helpers. */
const probe = {
  state, view, get sigma() { return view.sigma; }, graph: view.graph, ready: false, firstGraphMs: 0, readyAt: 0, setNetworkMs: 0, loads: 0, error: null as string | null,
  edgeMidpoint: (a: string, b: string) => view.edgeMidpoint(a, b),
  selectWindow: (id: string) => goTo(state.windows.findIndex((w) => w.id === id)),
  selectEdge: (a: string, b: string) => showDyad(a, b),
};
(window as any).__entente = probe;

// ---------- loading ----------

async function boot(): Promise<void> {
  const t0 = performance.now();
  try {
    // a window named in the URL is fetched at once, in parallel with the window list and the layout
    const wanted = new URLSearchParams(location.search).get('window');
    const early = wanted ? api.network(wanted, state.level).catch(() => null) : Promise.resolve(null);
    const [info, ws, layout] = await Promise.all([api.info(), api.windows(), api.layout(state.level)]);
    performance.mark('entente:data');
    $('#dataset').textContent = info.dataset.split('/').pop() ?? '';
    state.windows = ws.windows;
    view.setLayout(layout.positions);
    if (!ws.windows.length) {
      status('No dated events in this database yet: add an article (+ Add article) or run entente ingest.');
      probe.ready = true;
      return;
    }
    const at = wanted ? ws.windows.findIndex((w) => w.id === wanted) : -1;
    state.index = at >= 0 ? at : busiest(ws.windows);
    timeline.setData(ws.windows.map((w) => ({ id: w.id, events: w.events })));
    timeline.set(state.index, false);
    await loadNetwork(at >= 0 ? ((await early) ?? undefined) : undefined);
    performance.mark('entente:drawn');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    performance.mark('entente:shown');
    probe.firstGraphMs = performance.now() - t0;
    probe.readyAt = performance.now();
    probe.ready = true;
    loadTimeline();
    loadContradictions();
  } catch (e) {
    probe.error = (e as Error).message;
    status(`Could not load: ${(e as Error).message}`);
  }
}

const busiest = (ws: WindowInfo[]) => ws.reduce((best, w, i) => (w.events > ws[best].events ? i : best), 0);

async function loadTimeline(): Promise<void> {
  try {
    const t = await api.timeline(state.level);
    state.timeline = t.points;
    timeline.setData(t.points.map((p) => ({ id: p.window, events: p.events, balanceRatio: p.balanceRatio, frustration: p.frustration, optimal: p.optimal })));
  } catch {
    /* timeline stays with event counts only */
  }
}

async function loadNetwork(prefetched?: Network): Promise<void> {
  const seq = ++loadSeq;
  const w = win();
  if (!w) return;
  const net = prefetched && prefetched.window === w ? prefetched : await api.network(w, state.level);
  if (seq !== loadSeq) return;
  state.net = net;
  const tn = performance.now();
  view.setNetwork(net);
  probe.setNetworkMs = performance.now() - tn;
  probe.loads++;
  const pos = net.edges.filter((e) => e.sign > 0).length, neg = net.edges.filter((e) => e.sign < 0).length;
  const wi = state.windows[state.index];
  clear($('#window-title'), h('strong', {}, w), wi?.from && wi?.to ? h('span', { class: 'muted' }, ` ${wi.from} → ${wi.to}`) : null,
    h('div', { class: 'muted' }, `${net.nodes.length} actors · ${pos} cooperative · ${neg} hostile${net.edges.length - pos - neg ? ` · ${net.edges.length - pos - neg} mixed` : ''} · ${wi?.events ?? 0} events`));
  status('');
  // the side panels (and their own requests) wait until the graph's frame is out: in software WebGL
  // that frame is the slow part, and the panels' layout and parsing would only add to it
  afterFrame(() => {
    if (seq === loadSeq) updatePanels(w);
  });
}

/** Run `fn` once the next frame has been produced. */
const afterFrame = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

/** The selection, window summary and balance panels for window `w`, after its network is drawn. */
function updatePanels(w: string): void {
  // keep the selection if it still exists in this window
  const sel = state.selected;
  if (sel?.kind === 'edge' && view.graph.hasEdge(sel.a, sel.b)) showDyad(sel.a, sel.b);
  else if (sel?.kind === 'node' && view.graph.hasNode(sel.id)) view.select({ node: sel.id });
  else if (!sel) showWindowSummary();
  else if (sel?.kind === 'edge') {
    view.select({});
    clear($('#tab-selection'), h('p', { class: 'hint' }, `${sel.a}–${sel.b} has no events in ${w}. `, h('span', { class: 'muted' }, 'Pick another edge, or move the timeline.')));
  }
  state.whatif.clear();
  loadBalance();
}

function goTo(i: number): void {
  if (i < 0 || i >= state.windows.length) return;
  state.index = i;
  timeline.set(i, false);
  loadNetwork().catch((e) => status((e as Error).message));
  const url = new URL(location.href);
  url.searchParams.set('window', state.windows[i].id);
  history.replaceState(null, '', url);
}

timeline.onChange = (i) => goTo(i);

// ---------- edge: the dyad's events and evidence ----------

const FLAG = (cls: string, text: string, title: string) => h('span', { class: `flag ${cls}`, title }, text);

function eventRow(e: EvidenceEvent): HTMLElement {
  const flags = [
    e.negated && FLAG('neg', 'negated', 'reported as not happening'),
    e.denied && FLAG('neg', 'denied', 'denied by someone'),
    e.modality !== 'asserted' && FLAG('hyp', e.modality, 'not asserted as fact'),
    e.claimant && FLAG('claim', `claimed by ${e.claimant}`, 'attributed claim'),
  ];
  const spans = [
    e.sourceSpan && { ...e.sourceSpan, cls: 'm-src', title: `source: ${e.source}` },
    e.targetSpan && { ...e.targetSpan, cls: 'm-tgt', title: `target: ${e.target}` },
    e.verbSpan && { ...e.verbSpan, cls: 'm-verb', title: `event ${e.code}` },
  ].filter(Boolean) as { start: number; end: number; cls: string; title: string }[];
  const tone = e.quad <= 2 ? 'coop' : 'host';
  return h('li', { class: `event ${tone}` },
    h('div', { class: 'ev-head' },
      h('span', { class: 'date' }, e.date ?? 'undated'),
      h('span', { class: 'dir' }, `${e.source} → ${e.target}`),
      h('span', { class: 'code', title: e.label ?? '' }, `${e.code}${e.label ? ' ' + e.label : ''}`),
      h('span', { class: `gs ${e.goldstein >= 0 ? 'pos' : 'neg'}`, title: 'Goldstein weight' }, (e.goldstein > 0 ? '+' : '') + fmt(e.goldstein, 1)),
      ...flags),
    e.sentence ? h('blockquote', { class: 'evidence' }, ...marked(e.sentence, spans)) : null,
    e.doc ? h('div', { class: 'ev-src' },
      h('a', { href: '#', class: 'doclink', 'data-doc': e.doc, onclick: (ev: Event) => { ev.preventDefault(); openDocument(e.doc!, e.sentence); } }, e.docTitle ?? 'source document'),
      e.docSource ? h('span', { class: 'muted' }, ` · ${e.docSource}`) : null) : null);
}

async function showDyad(a: string, b: string): Promise<void> {
  const w = win();
  if (!w) return;
  state.selected = { kind: 'edge', a, b };
  view.select({ edge: [a, b] });
  tab('selection');
  const panel = $('#tab-selection');
  clear(panel, h('p', { class: 'muted' }, `Loading ${a}–${b}…`));
  let d: Dyad;
  try {
    d = await api.dyad(a, b, w, state.level);
  } catch (e) {
    clear(panel, h('p', { class: 'error' }, (e as Error).message));
    return;
  }
  if (state.selected?.kind !== 'edge' || state.selected.a !== a || state.selected.b !== b) return;
  const e = d.edge;
  const signText = !e ? 'no edge' : e.sign > 0 ? 'cooperative' : e.sign < 0 ? 'hostile' : 'mixed / neutral';
  clear(panel,
    h('div', { class: 'dyad-head' },
      h('h2', {}, `${a} – ${b}`),
      h('span', { class: `pill ${e?.sign === 1 ? 'coop' : e?.sign === -1 ? 'host' : 'neutral'}` }, signText)),
    e ? h('p', { class: 'muted' }, `${w}: ${fmt(e.cooperative, 1)} cooperative and ${fmt(e.hostile, 1)} hostile events counted (hypothetical ones count half, negated ones not at all), weight ${fmt(e.weight, 1)}, confidence ${fmt(e.confidence)}; ${d.total} events listed below.`) : null,
    h('div', { class: 'actions' },
      e && e.sign !== 0 ? h('button', { type: 'button', onclick: () => toggleWhatIf('flip', a, b) }, 'What if this flipped?') : null,
      e && e.sign !== 0 ? h('button', { type: 'button', onclick: () => toggleWhatIf('remove', a, b) }, 'What if it were gone?') : null),
    h('div', { id: 'dyad-triads' }),
    d.events.length ? h('ol', { class: 'events' }, d.events.map(eventRow)) : h('p', { class: 'muted' }, 'No text evidence behind this edge (imported data).'));
  loadTriads(a, b);
}

function triadList(items: any[], cls: string): HTMLElement {
  return h('ul', { class: `triads ${cls}` }, items.slice(0, 12).map((t: any) => {
    const third = t.third ?? t.node ?? t.via ?? t.c ?? '?';
    const signs = Array.isArray(t.signs) ? t.signs : [t.signA ?? t.sa ?? t.ac, t.signB ?? t.sb ?? t.bc];
    const sym = (s: number) => (s > 0 ? '+' : s < 0 ? '−' : '?');
    return h('li', {}, h('strong', {}, String(third)), ` (${sym(signs[0])}, ${sym(signs[1])})`);
  }));
}

async function loadTriads(a: string, b: string): Promise<void> {
  const w = win();
  if (!w) return;
  let r: any;
  try {
    r = await api.balance(w, state.level, a, b);
  } catch {
    return;
  }
  const box = document.getElementById('dyad-triads');
  if (!box || state.selected?.kind !== 'edge' || state.selected.a !== a) return;
  const p = Array.isArray(r.predictions) ? r.predictions[0] : null;
  if (!p) return;
  const forT = p.for ?? p.triadsFor ?? p.support ?? [];
  const againstT = p.against ?? p.triadsAgainst ?? p.oppose ?? [];
  const sign = p.sign ?? p.predicted;
  if (!forT.length && !againstT.length) {
    clear(box, h('div', { class: 'card' }, h('h3', {}, 'Enemy of my enemy'), h('p', { class: 'muted' }, `No third actor has ties to both ${a} and ${b} in ${w}: balance theory has nothing to say about this pair here.`)));
    return;
  }
  clear(box, h('div', { class: 'card' },
    h('h3', {}, 'Enemy of my enemy: what balance predicts'),
    h('p', {}, 'Balance predicts ', h('strong', { class: sign > 0 ? 'coop-t' : sign < 0 ? 'host-t' : '' }, sign > 0 ? 'cooperation (+)' : sign < 0 ? 'hostility (−)' : 'no sign'), p.probability != null ? ` with probability ${fmt(p.probability)}` : '', '.'),
    h('div', { class: 'two' },
      h('div', {}, h('h4', {}, `Triads for (${forT.length})`), forT.length ? triadList(forT, 'for') : h('p', { class: 'muted' }, 'none')),
      h('div', {}, h('h4', {}, `Triads against (${againstT.length})`), againstT.length ? triadList(againstT, 'against') : h('p', { class: 'muted' }, 'none'))),
    h('p', { class: 'muted small' }, 'A third actor X argues for + when X is friend of both or enemy of both, for − otherwise.')));
}

// ---------- node: allies and adversaries over time ----------

async function showNode(id: string): Promise<void> {
  state.selected = { kind: 'node', id };
  view.select({ node: id });
  tab('selection');
  const panel = $('#tab-selection');
  clear(panel, h('p', { class: 'muted' }, `Loading ${id}…`));
  let r: any;
  try {
    r = await api.actor(id, state.level);
  } catch (e) {
    clear(panel, h('p', { class: 'error' }, (e as Error).message));
    return;
  }
  const cur = r.windows.find((x: any) => x.window === win());
  const chip = (t: any) => h('button', { type: 'button', class: `chip ${t.sign > 0 ? 'coop' : t.sign < 0 ? 'host' : 'neutral'}`, title: `${t.events} events, weight ${fmt(t.weight)}`, onclick: () => view.graph.hasEdge(id, t.other) ? showDyad(id, t.other) : undefined }, t.other);
  const rows = r.windows.filter((x: any) => x.activity > 0).map((x: any) =>
    h('tr', { class: x.window === win() ? 'on' : '' },
      h('th', {}, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); goTo(state.windows.findIndex((w) => w.id === x.window)); } }, x.window)),
      h('td', {}, x.allies.map(chip)),
      h('td', {}, x.adversaries.map(chip))));
  clear(panel,
    h('h2', {}, r.name && r.name !== id ? `${id} · ${r.name}` : id),
    cur ? h('p', { class: 'muted' }, `${win()}: ${cur.activity} events, ${cur.allies.length} allies, ${cur.adversaries.length} adversaries.`) : null,
    h('h3', {}, 'Allies and adversaries over time'),
    h('table', { class: 'ties' }, h('thead', {}, h('tr', {}, h('th', {}, 'window'), h('th', {}, 'cooperative with'), h('th', {}, 'hostile to'))), h('tbody', {}, rows)));
  panel.querySelector('tr.on')?.scrollIntoView({ block: 'center' });
}

view.onEdgeClick = (a, b) => showDyad(a, b);
view.onNodeClick = (id) => showNode(id);
view.onBackgroundClick = () => {
  state.selected = null;
  view.select({});
  showWindowSummary();
};

/** Dyads whose sign differs from the previous window's: the shifts of alignment an analyst looks for first. */
async function loadSignChanges(box: HTMLElement, net: Network): Promise<void> {
  const i = state.windows.findIndex((w) => w.id === net.window);
  if (i <= 0) return;
  const prevId = state.windows[i - 1].id;
  let prev: Network;
  try {
    prev = await api.network(prevId, net.level);
  } catch {
    return;
  }
  const before = new Map(prev.edges.map((e) => [`${e.a}|${e.b}`, e.sign]));
  const sym = (x: number) => (x > 0 ? '+' : x < 0 ? '−' : '0');
  const flips = net.edges.filter((e) => before.has(`${e.a}|${e.b}`) && before.get(`${e.a}|${e.b}`) !== e.sign);
  clear(box, h('h3', {}, `Changed sign since ${prevId}`), flips.length
    ? h('ul', { class: 'ties-list flips' }, flips.map((e) => h('li', {},
        h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); showDyad(e.a, e.b); } }, `${e.a} – ${e.b}`),
        ' ', h('span', { class: before.get(`${e.a}|${e.b}`)! > 0 ? 'coop-t' : 'host-t' }, sym(before.get(`${e.a}|${e.b}`)!)), ' → ',
        h('span', { class: e.sign > 0 ? 'coop-t' : e.sign < 0 ? 'host-t' : '' }, sym(e.sign)))))
    : h('p', { class: 'muted' }, 'No dyad present in both windows changed sign.'));
}

/** With nothing selected: the window's strongest ties of each sign and its most active actors, each clickable. */
function showWindowSummary(): void {
  const net = state.net;
  if (!net) return;
  const label = new Map(net.nodes.map((n) => [n.id, n.label]));
  const tie = (e: { a: string; b: string; sign: number; weight: number; events: number }) =>
    h('li', {}, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); showDyad(e.a, e.b); } }, `${e.a} – ${e.b}`),
      h('span', { class: 'muted' }, ` ${label.get(e.a) !== e.a ? label.get(e.a) : ''}${label.get(e.a) !== e.a && label.get(e.b) !== e.b ? ' and ' : ''}${label.get(e.b) !== e.b ? label.get(e.b) : ''} · ${fmt(e.events, 1)} event${e.events === 1 ? "" : "s"}`));
  // heaviest first; among equals, the ties between the most active actors
  const act = new Map(net.nodes.map((n) => [n.id, n.activity]));
  const rank = (x: (typeof net.edges)[number], y: (typeof net.edges)[number]) => y.weight - x.weight || (act.get(y.a)! + act.get(y.b)!) - (act.get(x.a)! + act.get(x.b)!);
  const coop = net.edges.filter((e) => e.sign > 0).sort(rank).slice(0, 6);
  const host = net.edges.filter((e) => e.sign < 0).sort(rank).slice(0, 6);
  const active = net.nodes.slice(0, 8);
  const changes = h('div', { id: 'sign-changes' });
  loadSignChanges(changes, net);
  clear($('#tab-selection'),
    h('h2', {}, `${net.window} at a glance`),
    h('p', { class: 'hint' }, 'Click an edge to read the events and sentences behind it; click an actor to see its allies and adversaries over time. Drag the timeline to move through time.'),
    h('h3', {}, h('span', { class: 'coop-t' }, 'Strongest cooperation')), coop.length ? h('ul', { class: 'ties-list' }, coop.map(tie)) : h('p', { class: 'muted' }, 'none'),
    h('h3', {}, h('span', { class: 'host-t' }, 'Strongest hostility')), host.length ? h('ul', { class: 'ties-list host' }, host.map(tie)) : h('p', { class: 'muted' }, 'none'),
    changes,
    h('h3', {}, 'Most active actors'),
    h('div', {}, active.map((n) => h('button', { type: 'button', class: 'chip neutral', onclick: () => showNode(n.id), title: `${n.activity} events` }, n.label && n.label !== n.id ? `${n.id} · ${n.label}` : n.id))));
}

// ---------- balance panel ----------

async function loadBalance(): Promise<void> {
  const w = win();
  const panel = $('#tab-balance');
  if (!w) return;
  let r: any;
  try {
    r = await api.balance(w, state.level);
  } catch (e) {
    clear(panel, h('p', { class: 'error' }, (e as Error).message));
    return;
  }
  if (w !== win()) return;
  const groups = blocGroups(r.blocs);
  if (groups.length) view.setBlocs(new Map(groups.flatMap((g, i) => g.map((n) => [n, i] as [string, number]))));
  if (r.empty) return void clear(panel, h('p', { class: 'muted' }, `${w}: no signed edges, nothing to balance.`));
  const f = r.frustration ?? {};
  const t = r.triangles ?? {};
  const tension: any[] = Array.isArray(r.tension) ? r.tension : [];
  const blocs = blocGroups(r.blocs);
  clear(panel,
    h('h2', {}, `Balance in ${w}`),
    h('div', { class: 'stats' },
      stat('balance ratio', fmt(r.balanceRatio), r.nullModel ? `null model z = ${fmt(r.nullModel.z)}, p = ${fmt(r.nullModel.p, 3)}` : ''),
      stat('frustration', fmt(f.value), f.optimal ? 'proven optimal' : f.lowerBound != null ? `best found; lower bound ${fmt(f.lowerBound)}` : (f.method ?? '')),
      stat('triangles', `${fmt(t.ppp)} / ${fmt(t.ppn)} / ${fmt(t.pnn)} / ${fmt(t.nnn)}`, '+++ / ++− / +−− / −−−')),
    blocs.length ? h('div', {}, h('h3', {}, 'Blocs'), h('div', { class: 'blocs' }, blocs.map((g, i) => h('div', { class: 'bloc' }, h('i', { class: 'dot', style: `background:${BLOC_COLORS[i % BLOC_COLORS.length]}` }), g.join(', '))))) : null,
    h('h3', {}, 'Most tense edges'),
    h('p', { class: 'muted small' }, 'Edges closing the most unbalanced triangles. Tick to try the edge with its sign flipped.'),
    tension.length ? h('table', { class: 'tension' }, h('tbody', {}, tension.slice(0, 12).map((x: any) => {
      const a = x.a ?? x.source ?? x.u, b = x.b ?? x.target ?? x.v;
      const k = `flip|${a}|${b}`;
      return h('tr', {},
        h('td', {}, h('input', { type: 'checkbox', title: 'what if this edge flipped sign?', checked: state.whatif.has(k), onchange: () => toggleWhatIf('flip', a, b) })),
        h('td', {}, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); showDyad(a, b); } }, `${a}–${b}`)),
        h('td', { class: (x.sign ?? 0) > 0 ? 'coop-t' : 'host-t' }, (x.sign ?? 0) > 0 ? '+' : '−'),
        h('td', { class: 'muted' }, `${fmt(x.unbalanced ?? x.unbalancedTriangles ?? x.bad)} unbalanced / ${fmt(x.balanced ?? x.balancedTriangles ?? x.good)} balanced`),
        h('td', {}, x.frustrated ? h('span', { class: 'flag neg', title: 'frustrated in the optimal colouring' }, 'frustrated') : ''));
    }))) : h('p', { class: 'muted' }, 'No tension: every triangle is balanced.'),
    h('div', { id: 'whatif-result' }));
  renderWhatIf();
}

const stat = (k: string, v: string, sub: string) => h('div', { class: 'stat' }, h('div', { class: 'v' }, v), h('div', { class: 'k' }, k), sub ? h('div', { class: 'sub muted' }, sub) : null);

function blocGroups(b: any): string[][] {
  if (!b) return [];
  const groups = Array.isArray(b) ? b : Array.isArray(b.groups) ? b.groups : Array.isArray(b.blocs) ? b.blocs : null;
  if (groups) return groups.map((g: any) => (Array.isArray(g) ? g : g?.members ?? g?.nodes ?? []));
  if (b.assignment) {
    const out: string[][] = [];
    for (const [n, i] of Object.entries(b.assignment)) (out[Number(i)] ??= []).push(n);
    return out.filter(Boolean);
  }
  return [];
}

function toggleWhatIf(op: string, a: string, b: string): void {
  const k = `${op}|${a}|${b}`;
  if (state.whatif.has(k)) state.whatif.delete(k);
  else state.whatif.set(k, { op, a, b });
  tab('balance');
  loadBalance();
}

async function renderWhatIf(): Promise<void> {
  const box = document.getElementById('whatif-result');
  if (!box) return;
  const changes = [...state.whatif.values()];
  if (!changes.length) return void clear(box);
  clear(box, h('p', { class: 'muted' }, 'Computing…'));
  try {
    const r = await api.whatif(win()!, state.level, changes);
    const bf = r.before.frustration?.value, af = r.after.frustration?.value;
    clear(box, h('div', { class: 'card whatif' },
      h('h3', {}, 'What if'),
      h('ul', {}, changes.map((c) => h('li', {}, `${c.op} ${c.a}–${c.b} `, h('button', { type: 'button', class: 'link', onclick: () => toggleWhatIf(c.op, c.a, c.b) }, 'undo')))),
      h('div', { class: 'stats' },
        stat('frustration', `${fmt(bf)} → ${fmt(af)}`, r.delta.frustration === null ? '' : r.delta.frustration < 0 ? `${r.delta.frustration}: more balanced` : r.delta.frustration > 0 ? `+${r.delta.frustration}: less balanced` : 'unchanged'),
        stat('balance ratio', `${fmt(r.before.balanceRatio)} → ${fmt(r.after.balanceRatio)}`, '')),
      r.blocMoves?.length ? h('p', {}, 'Actors changing bloc: ', r.blocMoves.map((m: any) => m.node).join(', ')) : h('p', { class: 'muted' }, 'No actor changes bloc.')));
  } catch (e) {
    clear(box, h('p', { class: 'error' }, (e as Error).message));
  }
}

// ---------- contradictions ----------

async function loadContradictions(): Promise<void> {
  const panel = $('#tab-contradictions');
  try {
    const { contradictions } = await api.contradictions();
    if (!contradictions.length) return void clear(panel, h('p', { class: 'muted' }, 'No contradictions between sources found.'));
    clear(panel, h('h2', {}, 'Sources that disagree'), h('ol', { class: 'contra' }, contradictions.map((c: any) => h('li', {},
      h('div', { class: 'ev-head' },
        h('a', { href: '#', title: 'show this dyad in its window', onclick: (ev: Event) => { ev.preventDefault(); showContradiction(c.window, c.a, c.b); } }, h('strong', {}, `${c.a} – ${c.b}`)),
        h('span', { class: 'muted' }, ` ${c.window ?? ''} · ${c.kind === 'denial' ? 'asserted and denied' : c.kind === 'polarity' ? 'cooperative and hostile' : String(c.kind ?? '')}`)),
      (c.evidence ?? []).map((e: any) => h('blockquote', { class: `evidence ${e.negated || e.denied ? 'denied' : ''}` },
        e.sentence ?? '', h('div', { class: 'muted small' }, [e.source, e.date, e.claimant ? `claimed by ${e.claimant}` : null, e.negated || e.denied ? 'denies / negates' : 'asserts'].filter(Boolean).join(' · ')))),
    ))));
  } catch (e) {
    clear(panel, h('p', { class: 'error' }, (e as Error).message));
  }
}

async function showContradiction(window: string | null, a: string, b: string): Promise<void> {
  const i = state.windows.findIndex((w) => w.id === window);
  if (i >= 0 && i !== state.index) {
    state.selected = null;
    goTo(i);
    await new Promise((r) => setTimeout(r, 0));
    for (let k = 0; k < 100 && state.net?.window !== window; k++) await new Promise((r) => setTimeout(r, 30));
  }
  if (view.graph.hasEdge(a, b)) showDyad(a, b);
}

// ---------- documents ----------

async function openDocument(id: string, sentence: string | null): Promise<void> {
  const dlg = $<HTMLDialogElement>('#doc');
  const body = $('#doc-body');
  clear(body, h('p', { class: 'muted' }, 'Loading…'));
  dlg.showModal();
  try {
    const d = await api.document(id);
    const at = sentence ? d.text.indexOf(sentence) : -1;
    clear(body,
      h('h2', {}, d.title ?? 'Untitled document'),
      h('p', { class: 'muted' }, [d.source, d.date].filter(Boolean).join(' · ')),
      h('div', { class: 'doc-text' }, ...(at >= 0 ? marked(d.text, [{ start: at, end: at + sentence!.length, cls: 'm-sent' }]) : [document.createTextNode(d.text)])),
      h('p', { class: 'muted small' }, `document ${d.id}`));
    body.querySelector('mark')?.scrollIntoView({ block: 'center' });
  } catch (e) {
    clear(body, h('p', { class: 'error' }, (e as Error).message));
  }
}

// ---------- adding an article ----------

const pasteDlg = $<HTMLDialogElement>('#paste');
$('#paste-open').addEventListener('click', openPaste);
function openPaste(): void {
  const w = state.windows[state.index];
  const d = $<HTMLInputElement>('#paste-date');
  if (!d.value) d.value = w?.from && /^\d{4}-\d{2}-\d{2}$/.test(w.from) ? w.from : new Date().toISOString().slice(0, 10);
  $('#paste-status').textContent = '';
  pasteDlg.showModal();
}

$('#paste-go').addEventListener('click', async () => {
  const text = $<HTMLTextAreaElement>('#paste-text').value;
  const date = $<HTMLInputElement>('#paste-date').value;
  const st = $('#paste-status');
  if (!text.trim()) return void (st.textContent = 'Paste some text first.');
  if (!date) return void (st.textContent = 'Give the article a date.');
  st.textContent = 'Coding…';
  try {
    const r = await api.code(text, date, $<HTMLInputElement>('#paste-title').value, $<HTMLInputElement>('#paste-source').value);
    st.textContent = `${r.events.length} events coded, ${r.added} new.`;
    clear($('#paste-events'), r.events.slice(0, 30).map((e: EvidenceEvent) => h('li', { class: e.quad <= 2 ? 'coop' : 'host' },
      h('strong', {}, `${e.source} → ${e.target}`), ` ${e.code}${e.label ? ' ' + e.label : ''} `, h('span', { class: `gs ${e.goldstein >= 0 ? 'pos' : 'neg'}` }, (e.goldstein > 0 ? '+' : '') + fmt(e.goldstein, 1)),
      e.negated ? ' · negated' : '', e.modality !== 'asserted' ? ` · ${e.modality}` : '')));
    const ws = await api.windows();
    state.windows = ws.windows;
    const target = r.events.find((e: any) => e.date)?.date ?? date;
    const idx = state.windows.findIndex((w) => w.from && w.to && target >= w.from && target <= w.to);
    timeline.setData(ws.windows.map((w) => ({ id: w.id, events: w.events })));
    goTo(idx >= 0 ? idx : state.index);
    loadTimeline();
    loadContradictions();
    (window as any).__entente.lastCoded = r;
  } catch (e) {
    st.textContent = (e as Error).message;
  }
});

// drop a text file anywhere
window.addEventListener('dragover', (e) => {
  e.preventDefault();
  $('#drop-hint').hidden = false;
});
window.addEventListener('dragleave', (e) => {
  if (!e.relatedTarget) $('#drop-hint').hidden = true;
});
window.addEventListener('drop', async (e) => {
  e.preventDefault();
  $('#drop-hint').hidden = true;
  const f = e.dataTransfer?.files?.[0];
  const text = f ? await f.text() : e.dataTransfer?.getData('text/plain') ?? '';
  if (!text) return;
  $<HTMLTextAreaElement>('#paste-text').value = text.slice(0, 100_000);
  if (f) $<HTMLInputElement>('#paste-title').value = f.name.replace(/\.[a-z0-9]+$/i, '');
  openPaste();
});

// ---------- header: level, search, tabs ----------

$<HTMLSelectElement>('#level').addEventListener('change', async (e) => {
  state.level = (e.target as HTMLSelectElement).value;
  state.selected = null;
  const layout = await api.layout(state.level);
  view.setLayout(layout.positions);
  await loadNetwork();
  loadTimeline();
});

const search = $<HTMLInputElement>('#search');
const hits = $<HTMLUListElement>('#search-hits');
let searchSeq = 0;
search.addEventListener('input', async () => {
  const seq = ++searchSeq;
  const q = search.value.trim();
  if (!q) return void (hits.hidden = true);
  try {
    const r = await api.actors(q);
    if (seq !== searchSeq) return;
    clear(hits, r.actors.map((a) => h('li', { onclick: () => { hits.hidden = true; search.value = ''; if (view.graph.hasNode(a.code)) showNode(a.code); else showNode(a.code); } },
      h('strong', {}, a.code), a.name ? ` ${a.name}` : '', h('span', { class: 'muted' }, ` · ${a.events}`))));
    hits.hidden = !r.actors.length;
  } catch {
    hits.hidden = true;
  }
});
search.addEventListener('blur', () => setTimeout(() => (hits.hidden = true), 200));

function tab(name: string): void {
  document.querySelectorAll('#tabs button').forEach((b) => b.classList.toggle('on', (b as HTMLElement).dataset.tab === name));
  document.querySelectorAll('.tab').forEach((t) => t.classList.toggle('on', t.id === `tab-${name}`));
}
document.querySelectorAll('#tabs button').forEach((b) => b.addEventListener('click', () => tab((b as HTMLElement).dataset.tab!)));
void NO_BLOC;

boot();
