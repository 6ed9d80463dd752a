/**
 * The network view: a graphology graph drawn by sigma.js. Cooperative edges
 * are solid blue, hostile edges dashed red (one custom program for all edges, edges.ts), mixed
 * or neutral edges dotted grey; width follows the edge weight, node size the
 * actor's activity, node colour its bloc. Positions come from one layout over
 * all windows (/api/layout) so moving through time never reshuffles the graph.
 */
import Sigma from 'sigma';
import { UndirectedGraph } from 'graphology';
import { NodeCircleProgram, drawDiscNodeHover } from 'sigma/rendering';
import { SignedEdgeProgram } from './edges.ts';
import type { Settings } from 'sigma/settings';
import type { RenderParams } from 'sigma/types';
import type { Network } from './api.ts';

export const COLORS = { cooperative: '#1f6fb4', hostile: '#d1495b', neutral: '#9aa0a6', dim: '#e4e6ea', nodeDim: '#d5d8dc' };
/** Bloc colours (Okabe–Ito based, distinct from the two edge colours). */
export const BLOC_COLORS = ['#009e73', '#7b5ea7', '#e69f00', '#56b4e9', '#8c6d31', '#cc79a7', '#3f3f3f', '#b8860b'];
export const NO_BLOC = '#7f8c8d';
/** Dash patterns ([on, off] px) of cooperative, hostile and mixed edges. */
const SOLID: [number, number] = [0, 0], DASHED: [number, number] = [9, 6], DOTTED: [number, number] = [2, 5];
/** Above this many edges the graph hides edges while the camera moves. */
export const LARGE_GRAPH_EDGES = 3000;

/** What the pointer is over. */
export interface Hit {
  node?: string;
  edge?: string;
}

export interface Selection {
  node?: string | null;
  edge?: [string, string] | null;
}

/** Sigma's disc program without its picking pass (see GraphView.itemAt). */
class NodeProgram extends NodeCircleProgram {
  private pending: RenderParams | null = null;
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma) {
    super(gl, null, renderer);
  }
  /** sigma asks for the nodes before the edges; they share a context here, so the nodes wait (Renderer). */
  override render(params: RenderParams): void {
    this.pending = params;
  }
  drawPending(): void {
    if (this.pending) super.render(this.pending);
    this.pending = null;
  }
}

/** Draws nothing: the focused node is drawn on the 2D hover layer (defaultDrawNodeHover below). */
class NoHoverProgram {
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}

/** What sigma calls on its hovered-nodes layer once that layer draws nothing. */
const NO_WEBGL = { COLOR_BUFFER_BIT: 0x4000, clear() {}, viewport() {}, blendFunc() {}, getExtension: () => null } as unknown as WebGLRenderingContext;

type Internals = { webGLContexts: Record<string, WebGLRenderingContext>; nodePrograms: Record<string, NodeProgram> };

/**
 * sigma with one WebGL context instead of three. Every WebGL canvas costs a
 * context to create and, in software WebGL (headless Chromium, machines without
 * a GPU), a read-back on every frame; so:
 * - nodes are drawn in the edges' context, after the edges (NodeProgram waits
 *   for sigma's 'afterRender'), without sigma's picking framebuffer, which it
 *   would re-allocate on every render and read back on every mouse move: nodes
 *   and edges under the pointer are found by GraphView.itemAt;
 * - the hovered-nodes layer gets no WebGL context (its program is NoHoverProgram).
 */
class Renderer extends Sigma {
  constructor(...args: ConstructorParameters<typeof Sigma>) {
    super(...args);
    const drawNodes = () => {
      for (const p of Object.values((this as unknown as Internals).nodePrograms)) p.drawPending();
    };
    this.on('afterRender', drawNodes);
    // sigma drew its first frame as it was created, before the listener was there
    drawNodes();
  }

  override createWebGLContext(id: string, options: Parameters<Sigma['createWebGLContext']>[1] = {}): WebGLRenderingContext {
    const contexts = (this as unknown as Internals).webGLContexts;
    if (id === 'nodes' || id === 'hoverNodes') {
      this.createCanvas(id, {}).remove();
      return (contexts[id] = id === 'nodes' ? contexts.edges : NO_WEBGL);
    }
    return super.createWebGLContext(id, options);
  }
}
// sigma's mouse handling asks for the node under the pointer on every move (a
// read-back of the picking buffer, which is gone); hover is GraphView's job
(Renderer.prototype as unknown as { getNodeAtPosition(): null }).getNodeAtPosition = () => null;

export class GraphView {
  readonly graph = new UndirectedGraph();
  private renderer: Sigma | null = null;
  private positions: Record<string, [number, number]> = {};
  private hovered: string | null = null;
  private hoveredEdge: string | null = null;
  /** Viewport position and radius of each node for the hit test (itemAt); null after each render. */
  private screen: Map<string, { x: number; y: number; r: number }> | null = null;
  private readonly tip: HTMLDivElement;
  selection: Selection = {};
  onEdgeClick: (a: string, b: string) => void = () => {};
  onNodeClick: (id: string) => void = () => {};
  onBackgroundClick: () => void = () => {};

  constructor(private readonly container: HTMLElement) {
    // a small tooltip on edges: the dyad, its sign and its counts
    this.tip = document.createElement('div');
    this.tip.className = 'edge-tip';
    this.tip.hidden = true;
    container.appendChild(this.tip);
  }

  /**
   * The sigma renderer, created on first use. It is created once the first
   * network is in the graph, so that the page draws no empty frame first: in
   * software WebGL (headless Chromium, machines without a GPU) every frame
   * costs a read-back of each WebGL canvas.
   */
  get sigma(): Sigma {
    return (this.renderer ??= this.createRenderer());
  }

  private createRenderer(settings: Partial<Settings> = {}): Sigma {
    const container = this.container;
    const sigma = new Renderer(this.graph, container, {
      defaultEdgeType: 'signed',
      // every edge style is drawn by the one program (edges.ts); sigma's default
      // programs are replaced by it too, so none of them is compiled
      edgeProgramClasses: { signed: SignedEdgeProgram, line: SignedEdgeProgram, arrow: SignedEdgeProgram },
      // nodes and edges are hit-tested here (itemAt), without sigma's picking passes
      nodeProgramClasses: { circle: NodeProgram },
      nodeHoverProgramClasses: { circle: NoHoverProgram as never },
      // a focused node is drawn with its label box on the 2D hover layer (sigma's
      // WebGL layer for it has no context, see Renderer)
      defaultDrawNodeHover: (context, data, settings) => {
        drawDiscNodeHover(context, data, settings);
        context.beginPath();
        context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
        context.fillStyle = data.color;
        context.fill();
      },
      enableEdgeEvents: false,
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
      ...settings,
    });
    sigma.on('afterRender', () => (this.screen = null));
    sigma.on('clickStage', ({ event }) => {
      const hit = this.itemAt(event.x, event.y);
      if (hit?.node) return this.onNodeClick(hit.node);
      if (hit?.edge) {
        const [a, b] = this.graph.extremities(hit.edge);
        return this.onEdgeClick(a, b);
      }
      this.onBackgroundClick();
    });
    sigma.on('leaveStage', () => this.hover(null, 0, 0));
    sigma.getMouseCaptor().on('mousemove', (e) => {
      if (sigma.getMouseCaptor().isMouseDown) return;
      this.hover(this.itemAt(e.x, e.y), e.x, e.y);
    });
    return sigma;
  }

  /** Follow the pointer: a node under it is focused (its ties stand out), an edge under it gets a tooltip. */
  private hover(hit: Hit | null, x: number, y: number): void {
    const node = hit?.node ?? null, edge = hit?.edge ?? null;
    this.container.style.cursor = node || edge ? 'pointer' : '';
    if (node !== this.hovered) {
      this.hovered = node;
      this.sigma.refresh({ skipIndexation: true });
    }
    if (edge === this.hoveredEdge) {
      if (edge) this.placeTip(x, y);
      return;
    }
    this.hoveredEdge = edge;
    if (!edge) {
      this.tip.hidden = true;
      return;
    }
    const [a, b] = this.graph.extremities(edge);
    const e = this.graph.getEdgeAttributes(edge);
    this.tip.textContent = `${a} – ${b}: ${e.sign > 0 ? 'cooperative' : e.sign < 0 ? 'hostile' : 'mixed'} · ${e.cooperative ?? 0} coop / ${e.hostile ?? 0} hostile · click for evidence`;
    this.placeTip(x, y);
    this.tip.hidden = false;
  }

  private placeTip(x: number, y: number): void {
    this.tip.style.left = `${x + 12}px`;
    this.tip.style.top = `${y + 12}px`;
  }

  /**
   * The node or edge under a point of the viewport (px), or null. Nodes first:
   * the one whose disc holds the point (the nearest centre if discs overlap);
   * else the nearest edge whose stroke, widened to at least 4 px either side,
   * holds it. Done here rather than by sigma's picking passes, which draw every
   * node and edge a second time on each frame: in software WebGL that is most
   * of a frame's cost. Viewport positions are cached until the next render.
   */
  itemAt(x: number, y: number): Hit | null {
    const sigma = this.sigma;
    if (!this.screen) {
      const screen = (this.screen = new Map());
      this.graph.forEachNode((n, a) => {
        const p = sigma.graphToViewport({ x: a.x, y: a.y });
        screen.set(n, { x: p.x, y: p.y, r: sigma.scaleSize(a.size ?? 1) });
      });
    }
    const screen = this.screen;
    let node: string | null = null, nodeDistance = Infinity;
    for (const [n, p] of screen) {
      const d = Math.hypot(x - p.x, y - p.y);
      if (d <= Math.max(p.r, 3) && d < nodeDistance) (node = n), (nodeDistance = d);
    }
    if (node) return { node };
    let edge: string | null = null, edgeDistance = Infinity;
    this.graph.forEachEdge((e, attrs, s, t) => {
      const p = screen.get(s)!, q = screen.get(t)!;
      const dx = q.x - p.x, dy = q.y - p.y;
      const len2 = dx * dx + dy * dy;
      const u = len2 ? Math.max(0, Math.min(1, ((x - p.x) * dx + (y - p.y) * dy) / len2)) : 0;
      const d = Math.hypot(x - (p.x + u * dx), y - (p.y + u * dy));
      if (d <= Math.max(4, sigma.scaleSize(attrs.size ?? 1) / 2 + 2) && d < edgeDistance) (edge = e), (edgeDistance = d);
    });
    return edge ? { edge } : null;
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
      g.addEdge(e.a, e.b, {
        dash: e.sign > 0 ? SOLID : e.sign < 0 ? DASHED : DOTTED, sign: e.sign, weight: e.weight, events: e.events,
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
    const settings: Partial<Settings> = {
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
      // small networks: every actor labelled
      labelRenderedSizeThreshold: n0 <= 60 ? 0 : 7,
      labelDensity: n0 <= 60 ? 10 : 1,
    };
    this.screen = null;
    if (!this.renderer) {
      // the first network: sigma draws it as it is created
      this.renderer = this.createRenderer(settings);
      return;
    }
    for (const [k, v] of Object.entries(settings)) this.renderer.setSetting(k as keyof Settings, v as never);
    this.renderer.refresh();
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
