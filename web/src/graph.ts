/**
 * The network view: a graphology graph drawn by sigma.js. Cooperative edges
 * are solid blue, hostile edges dashed red (custom program, dashed.ts), mixed
 * or neutral edges dotted grey; width follows the edge weight, node size the
 * actor's activity, node colour its bloc. Positions come from one layout over
 * all windows (/api/layout) so moving through time never reshuffles the graph.
 */
import Sigma from 'sigma';
import { UndirectedGraph } from 'graphology';
import { EdgeRectangleProgram } from 'sigma/rendering';
import { createDashedEdgeProgram } from './dashed.ts';
import type { Network } from './api.ts';

export const COLORS = { cooperative: '#1f6fb4', hostile: '#d1495b', neutral: '#9aa0a6', dim: '#e4e6ea', nodeDim: '#d5d8dc' };
/** Bloc colours (Okabe–Ito based, distinct from the two edge colours). */
export const BLOC_COLORS = ['#009e73', '#7b5ea7', '#e69f00', '#56b4e9', '#8c6d31', '#cc79a7', '#3f3f3f', '#b8860b'];
export const NO_BLOC = '#7f8c8d';
/** Above this many edges the graph hides edges while the camera moves. */
export const LARGE_GRAPH_EDGES = 3000;

export interface Selection {
  node?: string | null;
  edge?: [string, string] | null;
}

export class GraphView {
  readonly graph = new UndirectedGraph();
  readonly sigma: Sigma;
  private positions: Record<string, [number, number]> = {};
  private hovered: string | null = null;
  selection: Selection = {};
  onEdgeClick: (a: string, b: string) => void = () => {};
  onNodeClick: (id: string) => void = () => {};
  onBackgroundClick: () => void = () => {};

  constructor(container: HTMLElement) {
    this.sigma = new Sigma(this.graph, container, {
      defaultEdgeType: 'coop',
      edgeProgramClasses: { coop: EdgeRectangleProgram, hostile: createDashedEdgeProgram(9, 6), neutral: createDashedEdgeProgram(2, 5) },
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      labelFont: 'Inter, system-ui, sans-serif',
      labelSize: 13,
      labelWeight: '600',
      labelColor: { color: '#1d2733' },
      labelRenderedSizeThreshold: 7,
      minEdgeThickness: 1,
      zIndex: true,
      stagePadding: 70,
      nodeReducer: (node, data) => {
        const res: any = { ...data };
        const focus = this.hovered ?? this.selection.node ?? null;
        const edge = this.selection.edge;
        if (focus && focus !== node && !this.graph.areNeighbors(focus, node)) {
          res.color = COLORS.nodeDim;
          res.label = '';
          res.zIndex = 0;
        } else if (edge && !edge.includes(node) && !focus) {
          res.color = COLORS.nodeDim;
        } else res.zIndex = 1;
        if (node === focus || edge?.includes(node)) {
          res.highlighted = true;
          res.forceLabel = true;
          res.zIndex = 2;
        }
        return res;
      },
      edgeReducer: (e, data) => {
        const res: any = { ...data };
        const focus = this.hovered ?? this.selection.node ?? null;
        const [s, t] = this.graph.extremities(e);
        const sel = this.selection.edge;
        if (focus && s !== focus && t !== focus) {
          res.color = COLORS.dim;
          res.zIndex = 0;
        }
        if (sel) {
          if ((sel[0] === s && sel[1] === t) || (sel[0] === t && sel[1] === s)) {
            res.size = data.size + 3;
            res.zIndex = 3;
          } else if (!focus) res.color = COLORS.dim;
        }
        return res;
      },
    });
    this.sigma.on('clickEdge', ({ edge }) => {
      const [a, b] = this.graph.extremities(edge);
      this.onEdgeClick(a, b);
    });
    this.sigma.on('clickNode', ({ node }) => this.onNodeClick(node));
    this.sigma.on('clickStage', () => this.onBackgroundClick());
    this.sigma.on('enterNode', ({ node }) => {
      if (this.sigma.getMouseCaptor().isMouseDown) return;
      this.hovered = node;
      container.style.cursor = 'pointer';
      this.sigma.refresh({ skipIndexation: true });
    });
    this.sigma.on('leaveNode', () => {
      if (this.hovered === null) return;
      this.hovered = null;
      container.style.cursor = '';
      this.sigma.refresh({ skipIndexation: true });
    });
    // a small tooltip on edges: the dyad, its sign and its counts
    const tip = document.createElement('div');
    tip.className = 'edge-tip';
    tip.hidden = true;
    container.appendChild(tip);
    this.sigma.on('enterEdge', ({ edge, event }) => {
      container.style.cursor = 'pointer';
      const [a, b] = this.graph.extremities(edge);
      const e = this.graph.getEdgeAttributes(edge);
      tip.textContent = `${a} – ${b}: ${e.sign > 0 ? 'cooperative' : e.sign < 0 ? 'hostile' : 'mixed'} · ${e.cooperative ?? 0} coop / ${e.hostile ?? 0} hostile · click for evidence`;
      tip.style.left = `${event.x + 12}px`;
      tip.style.top = `${event.y + 12}px`;
      tip.hidden = false;
    });
    this.sigma.on('leaveEdge', () => {
      container.style.cursor = '';
      tip.hidden = true;
    });
  }

  setLayout(positions: Record<string, [number, number]>): void {
    this.positions = { ...positions };
  }

  /** Replace the drawn network by a window's network, keeping every known node where the layout put it. */
  setNetwork(net: Network): void {
    const g = this.graph;
    g.clear();
    const maxAct = Math.max(1, ...net.nodes.map((n) => n.activity));
    const maxW = Math.max(1e-9, ...net.edges.map((e) => e.weight));
    const n0 = net.nodes.length;
    const big = n0 > 400;
    const [minSize, span] = n0 > 100 ? [2, 9] : n0 > 40 ? [4, 13] : [6, 18];
    for (const n of net.nodes) {
      const p = this.positions[n.id];
      g.addNode(n.id, {
        x: p ? p[0] : 0, y: p ? p[1] : 0, placed: !!p,
        size: minSize + span * Math.sqrt(n.activity / maxAct),
        label: n.label && n.label !== n.id ? `${n.id} · ${n.label}` : n.id,
        color: n.bloc === null || n.bloc === undefined ? NO_BLOC : BLOC_COLORS[n.bloc % BLOC_COLORS.length],
        activity: n.activity, bloc: n.bloc,
      });
    }
    for (const e of net.edges) {
      if (!g.hasNode(e.a) || !g.hasNode(e.b) || g.hasEdge(e.a, e.b)) continue;
      const type = e.sign > 0 ? 'coop' : e.sign < 0 ? 'hostile' : 'neutral';
      g.addEdge(e.a, e.b, {
        type, sign: e.sign, weight: e.weight, events: e.events,
        cooperative: Math.round(e.cooperative * 10) / 10, hostile: Math.round(e.hostile * 10) / 10,
        size: e.sign === 0 ? 1 : (big ? 0.6 : 1.5) + (big ? 2 : 6) * Math.sqrt(e.weight / maxW),
        color: e.sign > 0 ? COLORS.cooperative : e.sign < 0 ? COLORS.hostile : COLORS.neutral,
        zIndex: 1,
      });
    }
    this.placeNewNodes();
    // large graphs: edges and labels are left out while the camera moves (sigma's own
    // setting), so panning and zooming stay fluid; they are drawn again when it stops
    const large = net.edges.length > LARGE_GRAPH_EDGES;
    this.sigma.setSetting('hideEdgesOnMove', large);
    this.sigma.setSetting('hideLabelsOnMove', large);
    // small networks: every actor labelled
    this.sigma.setSetting('labelRenderedSizeThreshold', n0 <= 60 ? 0 : 7);
    this.sigma.setSetting('labelDensity', n0 <= 60 ? 10 : 1);
    this.sigma.refresh();
  }

  /** Nodes the layout does not know (added by new text): next to their neighbours, remembered from now on. */
  private placeNewNodes(): void {
    const g = this.graph;
    const xs = Object.values(this.positions);
    const extent = xs.length ? Math.max(...xs.map((p) => p[0])) - Math.min(...xs.map((p) => p[0])) + Math.max(...xs.map((p) => p[1])) - Math.min(...xs.map((p) => p[1])) : 200;
    const cx = xs.length ? xs.reduce((t, p) => t + p[0], 0) / xs.length : 0;
    const cy = xs.length ? xs.reduce((t, p) => t + p[1], 0) / xs.length : 0;
    let i = 0;
    g.forEachNode((n, a) => {
      if (a.placed) return;
      let x = 0, y = 0, k = 0;
      g.forEachNeighbor(n, (m, b) => {
        if (b.placed) (x += b.x), (y += b.y), k++;
      });
      // outward from the layout's centre, fanned so that several new actors do not overlap
      const mx = k ? x / k : cx, my = k ? y / k : cy;
      const angle = Math.atan2(my - cy, mx - cx) + (((i++ * 0.9) % 1.8) - 0.9) + (k ? 0 : Math.PI / 4);
      const r = extent * (k ? 0.1 : 0.3);
      const px = mx + r * Math.cos(angle), py = my + r * Math.sin(angle);
      g.mergeNodeAttributes(n, { x: px, y: py });
      this.positions[n] = [px, py];
    });
  }

  /** Colour nodes by bloc (node → bloc index) once the balance report is in. */
  setBlocs(blocs: Map<string, number>): void {
    this.graph.forEachNode((n) => {
      const b = blocs.get(n);
      this.graph.mergeNodeAttributes(n, { bloc: b ?? null, color: b === undefined ? NO_BLOC : BLOC_COLORS[b % BLOC_COLORS.length] });
    });
  }

  select(sel: Selection): void {
    this.selection = sel;
    this.sigma.refresh({ skipIndexation: true });
  }

  /** Screen position (px, relative to the container) of an edge's midpoint: used by tests and the benchmark. */
  edgeMidpoint(a: string, b: string): { x: number; y: number } | null {
    if (!this.graph.hasEdge(a, b)) return null;
    const pa = this.graph.getNodeAttributes(a), pb = this.graph.getNodeAttributes(b);
    return this.sigma.graphToViewport({ x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2 });
  }
}
