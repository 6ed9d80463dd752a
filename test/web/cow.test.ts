/**
 * The web UI on a network without text behind it: the Correlates of War
 * alliance/dispute windows (../shared/data/signed), served with `--edges`.
 * The graph draws, the timeline moves it through 51 windows with the layout
 * kept, and clicking a node lists its allies and adversaries over time.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT, shared } from '../shared.ts';
import { launch, needsChromium, type Launched } from './browser.ts';
import { startServer, type Started } from '../../src/server/start.ts';

const COW = 'data/signed/cow_signed_windows_1946_1999.csv';
const skip = needsChromium().skip || (shared(COW) ? false : `../shared/${COW} is absent`);
let server: Started | null = null;
let b: Launched | null = null;

before(async () => {
  if (skip) return;
  mkdirSync(join(ROOT, 'test', 'artifacts'), { recursive: true });
  const { buildWeb } = await import('../../web/build.mjs' as string);
  await buildWeb();
  server = await startServer({ edges: shared(COW)! });
  b = await launch(1400, 880);
});

after(async () => {
  await b?.close();
  await server?.stop();
});

/** The colour of one pixel of the page, from a 1×1 PNG screenshot (8-bit RGBA, one scanline: filter byte + 4). */
async function pixel(x: number, y: number): Promise<[number, number, number]> {
  const png = await b!.page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at), type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  return [raw[1], raw[2], raw[3]];
}

const probe = <T>(expr: string): Promise<T> => b!.page.evaluate(`(() => { const p = window.__entente; return ${expr}; })()`) as Promise<T>;

test('COW windows: first graph, timeline keys move through time with stable positions, node panel', async (t) => {
  if (skip) return t.skip(skip);
  const page = b!.page;
  await page.goto(`${server!.url}/?window=96-99`);
  await page.waitForFunction('window.__entente && window.__entente.ready', null, { timeout: 30_000 });
  assert.equal(await probe('p.state.net.window'), '96-99');
  assert.equal(await probe('p.graph.size'), 1247);
  assert.equal(await probe('p.graph.order'), 151);
  const usa = await probe<{ x: number; y: number }>(`p.graph.getNodeAttributes('USA')`);
  // nodes are drawn above the edges (they share one WebGL context, web/src/graph.ts): the centre of USA,
  // where dozens of edges meet, has the node's bloc colour, not an edge's
  await page.waitForFunction(`Number.isInteger(window.__entente.graph.getNodeAttribute('USA', 'bloc'))`, null, { timeout: 30_000 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  const graphBox = (await page.locator('#graph').boundingBox())!;
  const centre = await probe<{ x: number; y: number }>(`p.sigma.graphToViewport(p.graph.getNodeAttributes('USA'))`);
  const colour = await probe<string>(`p.graph.getNodeAttribute('USA', 'color')`);
  const want = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const got = await pixel(graphBox.x + centre.x, graphBox.y + centre.y);
  assert.ok(got.every((c, i) => Math.abs(c - want[i]) <= 24), `USA's centre is ${got}, its colour ${colour}`);
  // keyboard on the timeline: one window back
  await page.locator('#timeline').focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(`window.__entente.state.net.window === '95-98'`);
  const usa2 = await probe<{ x: number; y: number }>(`p.graph.getNodeAttributes('USA')`);
  assert.deepEqual([usa2.x, usa2.y], [usa.x, usa.y], 'USA keeps its position between windows');
  // a node click lists allies and adversaries per window
  const box = (await page.locator('#graph').boundingBox())!;
  const pos = await probe<{ x: number; y: number }>(`p.sigma.graphToViewport(p.graph.getNodeAttributes('USA'))`);
  await page.mouse.click(box.x + pos.x, box.y + pos.y);
  await page.waitForSelector('#tab-selection table.ties tbody tr');
  assert.ok((await page.locator('#tab-selection table.ties tbody tr').count()) >= 40, 'USA appears in most windows');
  assert.ok((await page.locator('#tab-selection table.ties .chip.coop').count()) > 0);
  // the window's blocs colour the nodes, the timeline has its balance line
  await page.waitForFunction(`(() => { const p = window.__entente; return p.graph.nodes().some((n) => Number.isInteger(p.graph.getNodeAttribute(n, 'bloc'))) && p.state.timeline.length > 0; })()`, null, { timeout: 30_000 });
  await page.screenshot({ path: join(ROOT, 'test/artifacts/cow-usa-ties.png') });
});
