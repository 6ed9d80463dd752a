/**
 * The timeline: one column per window with its event count (grey bars), the
 * balance ratio (solid teal line, 0–1) and the frustration index (dashed
 * orange line with square markers, scaled to its maximum). Dragging across it,
 * clicking, or the arrow keys choose the window the graph shows.
 */
export interface TimelineDatum {
  id: string;
  events: number;
  balanceRatio?: number | null;
  frustration?: number | null;
  optimal?: boolean | null;
}

const NS = 'http://www.w3.org/2000/svg';
function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export class Timeline {
  data: TimelineDatum[] = [];
  index = 0;
  onChange: (index: number) => void = () => {};
  private dragging = false;

  constructor(readonly svg: SVGSVGElement) {
    svg.addEventListener('pointerdown', (e) => {
      this.dragging = true;
      svg.setPointerCapture(e.pointerId);
      this.pick(e.clientX);
    });
    svg.addEventListener('pointermove', (e) => this.dragging && this.pick(e.clientX));
    const end = () => (this.dragging = false);
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    svg.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        e.preventDefault();
        this.set(this.index + (e.key === 'ArrowLeft' ? -1 : 1), true);
      }
    });
    new ResizeObserver(() => this.draw()).observe(svg);
  }

  private geometry() {
    const w = this.svg.clientWidth || 800, h = this.svg.clientHeight || 120;
    const left = 36, right = 36, top = 12, bottom = 24;
    const n = Math.max(1, this.data.length);
    const step = (w - left - right) / n;
    return { w, h, left, right, top, bottom, step, x: (i: number) => left + step * (i + 0.5), plotH: h - top - bottom };
  }

  private pick(clientX: number): void {
    const r = this.svg.getBoundingClientRect();
    const g = this.geometry();
    this.set(Math.floor((clientX - r.left - g.left) / g.step), true);
  }

  set(i: number, fire: boolean): void {
    const j = Math.max(0, Math.min(this.data.length - 1, i));
    if (j === this.index && this.svg.childNodes.length) return;
    this.index = j;
    this.svg.setAttribute('aria-valuenow', String(j));
    this.svg.setAttribute('aria-valuetext', this.data[j]?.id ?? '');
    this.draw();
    if (fire) this.onChange(j);
  }

  setData(data: TimelineDatum[]): void {
    this.data = data;
    this.draw();
  }

  draw(): void {
    const svg = this.svg;
    svg.replaceChildren();
    if (!this.data.length) return;
    const g = this.geometry();
    const maxEv = Math.max(1, ...this.data.map((d) => d.events));
    const fr = this.data.map((d) => d.frustration ?? null);
    const maxFr = Math.max(1, ...fr.filter((x): x is number => x !== null));
    const y01 = (v: number) => g.top + g.plotH * (1 - v);
    // axes
    svg.append(s('line', { x1: g.left, x2: g.w - g.right, y1: g.top + g.plotH, y2: g.top + g.plotH, class: 'axis' }));
    svg.append(s('text', { x: g.left - 6, y: y01(1) + 4, class: 'tick', 'text-anchor': 'end' }, '1.0'));
    svg.append(s('text', { x: g.left - 6, y: y01(0.5) + 4, class: 'tick', 'text-anchor': 'end' }, '0.5'));
    svg.append(s('line', { x1: g.left, x2: g.w - g.right, y1: y01(0.5), y2: y01(0.5), class: 'grid' }));
    if (fr.some((x) => x !== null)) svg.append(s('text', { x: g.w - g.right + 6, y: y01(1) + 4, class: 'tick frus-t' }, `${maxFr}`));
    if (fr.some((x) => x !== null)) svg.append(s('text', { x: g.w - g.right + 6, y: y01(0) + 4, class: 'tick frus-t' }, '0'));
    // selection column
    svg.append(s('rect', { x: g.x(this.index) - g.step / 2, y: 2, width: g.step, height: g.h - 4, rx: 4, class: 'sel' }));
    // event bars
    const bw = Math.max(2, Math.min(26, g.step * 0.6));
    this.data.forEach((d, i) => {
      const bh = (g.plotH * 0.45 * d.events) / maxEv;
      const bar = s('rect', { x: g.x(i) - bw / 2, y: g.top + g.plotH - bh, width: bw, height: bh, class: 'ev' });
      bar.append(s('title', {}, `${d.id}: ${d.events} events`));
      svg.append(bar);
    });
    const path = (vals: (number | null)[], scale: (v: number) => number) => {
      let p = '', pen = false;
      vals.forEach((v, i) => {
        if (v === null || v === undefined) return void (pen = false);
        p += `${pen ? 'L' : 'M'}${g.x(i).toFixed(1)},${scale(v).toFixed(1)}`;
        pen = true;
      });
      return p;
    };
    const ratios = this.data.map((d) => d.balanceRatio ?? null);
    svg.append(s('path', { d: path(ratios, y01), class: 'ratio' }));
    svg.append(s('path', { d: path(fr, (v) => y01(v / maxFr)), class: 'frus' }));
    ratios.forEach((v, i) => v !== null && svg.append(s('circle', { cx: g.x(i), cy: y01(v), r: 3, class: 'ratio-pt' })));
    fr.forEach((v, i) => {
      if (v === null) return;
      const r = s('rect', { x: g.x(i) - 3, y: y01(v / maxFr) - 3, width: 6, height: 6, class: 'frus-pt' + (this.data[i].optimal ? ' proven' : '') });
      r.append(s('title', {}, `${this.data[i].id}: frustration ${v}${this.data[i].optimal ? ' (proven optimal)' : ''}`));
      svg.append(r);
    });
    // labels, thinned to fit
    const every = Math.max(1, Math.ceil(46 / g.step));
    this.data.forEach((d, i) => {
      if (i % every && i !== this.index) return;
      if (i !== this.index && Math.abs(i - this.index) < every) return;
      svg.append(s('text', { x: g.x(i), y: g.h - 6, class: 'label' + (i === this.index ? ' on' : ''), 'text-anchor': 'middle' }, d.id));
    });
  }
}
