/**
 * The web UI in headless Chromium (Debian's, via playwright-core) on the demo
 * corpus: `entente demo --no-serve` codes corpus/demo into a temporary
 * database, the server runs on an ephemeral loopback port. Screenshots go to
 * test/artifacts/ (git-ignored).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../shared.ts';
import { launch, needsChromium, type Launched } from './browser.ts';
import { startServer, type Started } from '../../src/server/start.ts';

const ART = join(ROOT, 'test', 'artifacts');
let dir: string;
let server: Started | null = null;
let b: Launched | null = null;
const skip: string | false = needsChromium().skip;

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'entente-ui-'));
  mkdirSync(ART, { recursive: true });
  const db = join(dir, 'demo.duckdb');
  const r = spawnSync(process.execPath, ['bin/entente.js', 'demo', '--no-serve', '--db', db], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `entente demo --no-serve: ${r.stderr}`);
  const { buildWeb } = await import('../../web/build.mjs' as string);
  await buildWeb();
  server = await startServer({ db });
  b = await launch(1400, 880);
});

after(async () => {
  await b?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const page = () => b!.page;
const probe = <T>(expr: string): Promise<T> => page().evaluate(`(() => { const p = window.__entente; return ${expr}; })()`) as Promise<T>;
const ready = () => page().waitForFunction('window.__entente && window.__entente.ready', null, { timeout: 30_000 });
const shot = (name: string) => page().screenshot({ path: join(ART, `${name}.png`) });

async function open(query = '') {
  await page().goto(`${server!.url}/${query}`);
  await ready();
  await page().waitForTimeout(200);
}

/** Click an edge on screen: its midpoint, or points along it when something else lies on top. */
async function clickEdge(a: string, b_: string): Promise<void> {
  const box = (await page().locator('#graph').boundingBox())!;
  for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
    const p = await probe<{ x: number; y: number } | null>(`(() => {
      const s = p.sigma, g = p.graph; if (!g.hasEdge(${JSON.stringify(a)}, ${JSON.stringify(b_)})) return null;
      const A = g.getNodeAttributes(${JSON.stringify(a)}), B = g.getNodeAttributes(${JSON.stringify(b_)});
      return s.graphToViewport({ x: A.x + (B.x - A.x) * ${t}, y: A.y + (B.y - A.y) * ${t} });
    })()`);
    assert.ok(p, `edge ${a}–${b_} is drawn`);
    await page().mouse.click(box.x + p.x, box.y + p.y);
    await page().waitForTimeout(150);
    const sel = await probe<any>('p.state.selected');
    if (sel?.kind === 'edge' && [sel.a, sel.b].sort().join() === [a, b_].sort().join()) return;
  }
  assert.fail(`could not click the ${a}–${b_} edge`);
}

test('the demo loads and the graph has the demo actors', async (t) => {
  if (skip) return t.skip(skip);
  await open();
  assert.equal(await probe('p.error'), null);
  const windows = await probe<string[]>('p.state.windows.map((w) => w.id)');
  assert.ok(windows.length >= 5, `windows: ${windows}`);
  const nodes = await probe<string[]>('p.graph.nodes()');
  for (const a of ['USA', 'IRN', 'IRQ']) assert.ok(nodes.includes(a), `${a} in ${nodes}`);
  assert.ok(nodes.some((n) => /^IS|ISI/.test(n)), `an ISIS node in ${nodes}`);
  assert.ok((await probe<number>('p.graph.size')) >= 5);
  // after the first frame: the balance report colours the nodes by bloc, the timeline gets its balance line
  await page().waitForFunction(`(() => { const p = window.__entente; return p.graph.nodes().some((n) => Number.isInteger(p.graph.getNodeAttribute(n, 'bloc'))) && p.state.timeline.length > 0; })()`, null, { timeout: 30_000 });
  const colours = await probe<string[]>('[...new Set(p.graph.nodes().map((n) => p.graph.getNodeAttribute(n, "color")))]');
  assert.ok(colours.length >= 2, `nodes coloured by bloc: ${colours}`);
  await shot('demo-overview');
});

test('clicking the USA–IRN edge shows its evidence sentences with spans', async (t) => {
  if (skip) return t.skip(skip);
  await open();
  // the first window where USA and IRN share an edge
  const windows = await probe<string[]>('p.state.windows.map((w) => w.id)');
  let found = false;
  for (const w of windows) {
    await probe(`p.selectWindow(${JSON.stringify(w)})`);
    await page().waitForFunction(`window.__entente.state.net && window.__entente.state.net.window === ${JSON.stringify(w)}`);
    if (await probe<boolean>(`p.graph.hasEdge('USA', 'IRN')`)) {
      found = true;
      break;
    }
  }
  assert.ok(found, 'some window has a USA–IRN edge');
  await clickEdge('USA', 'IRN');
  await page().waitForSelector('#tab-selection ol.events li.event blockquote.evidence', { timeout: 10_000 });
  const head = await page().locator('#tab-selection h2').first().textContent();
  assert.match(head ?? '', /^(USA – IRN|IRN – USA)$/);
  const sentences = await page().locator('#tab-selection blockquote.evidence').allTextContents();
  assert.ok(sentences.length >= 1);
  assert.ok(sentences.some((s) => /Iran|Tehran|Iranian|Rouhani|Khamenei/.test(s) && /United States|Washington|US|American|Obama|Kerry/.test(s)), sentences.join('\n'));
  assert.ok((await page().locator('#tab-selection blockquote.evidence mark.m-verb').count()) >= 1, 'verb spans highlighted');
  assert.ok((await page().locator('#tab-selection blockquote.evidence mark.m-src, #tab-selection blockquote.evidence mark.m-tgt').count()) >= 1, 'actor spans highlighted');
  await shot('usa-irn-evidence');
  // the source document opens as text
  await page().locator('#tab-selection a.doclink').first().click();
  await page().waitForSelector('#doc[open] .doc-text');
  assert.ok(((await page().locator('#doc .doc-text').textContent()) ?? '').length > 100);
  await shot('usa-irn-document');
  await page().keyboard.press('Escape');
});

test('dragging the timeline moves the graph through time', async (t) => {
  if (skip) return t.skip(skip);
  await open();
  const before = await probe<{ w: string; edges: string[] }>(`({ w: p.state.net.window, edges: p.graph.edges().map((e) => p.graph.extremities(e).join('-') + ':' + p.graph.getEdgeAttribute(e, 'sign')).sort() })`);
  const box = (await page().locator('#timeline').boundingBox())!;
  const n = await probe<number>('p.state.windows.length');
  const i = await probe<number>('p.state.index');
  const target = i < n / 2 ? n - 1 : 0;
  const x = (k: number) => box.x + 36 + ((box.width - 72) / n) * (k + 0.5);
  await page().mouse.move(x(i), box.y + box.height / 2);
  await page().mouse.down();
  for (let s = 1; s <= 10; s++) await page().mouse.move(x(i) + ((x(target) - x(i)) * s) / 10, box.y + box.height / 2);
  await page().mouse.up();
  await page().waitForFunction(`window.__entente.state.net && window.__entente.state.net.window !== ${JSON.stringify(before.w)}`);
  await page().waitForTimeout(300);
  const after = await probe<{ w: string; edges: string[] }>(`({ w: p.state.net.window, edges: p.graph.edges().map((e) => p.graph.extremities(e).join('-') + ':' + p.graph.getEdgeAttribute(e, 'sign')).sort() })`);
  assert.notEqual(after.w, before.w);
  assert.equal(after.w, await probe<string>(`p.state.windows[${target}].id`));
  assert.notDeepEqual(after.edges, before.edges, 'the network changed');
  // positions are stable: a node in both windows keeps its place
  await shot('timeline-moved');
});

test('a document with <script> and <img onerror> renders inert', async (t) => {
  if (skip) return t.skip(skip);
  const text = `Iran condemned Saudi Arabia <img src=x onerror="window.__pwned=1;alert('img')"> on Monday. <script>window.__pwned=2;alert('script')</script> Turkey attacked ISIS fighters near the border <b onmouseover=alert(3)>today</b>.`;
  const r = await fetch(`${server!.url}/api/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date: '2015-11-02', title: '<img src=y onerror=alert(4)>Breaking', source: '<script>alert(5)</script>', store: true }) });
  assert.equal(r.status, 200, await r.clone().text());
  const coded = await r.json();
  assert.ok(coded.events.length >= 1, 'the text yields events');
  const ev = coded.events[0];
  await open(`?window=2015-Q4`);
  await probe(`p.selectEdge(${JSON.stringify(ev.source.slice(0, 3))}, ${JSON.stringify(ev.target.slice(0, 3))})`);
  await page().waitForSelector('#tab-selection blockquote.evidence');
  await page().locator('#tab-selection a.doclink', { hasText: 'Breaking' }).first().click();
  await page().waitForSelector('#doc[open] .doc-text');
  await page().mouse.move(300, 300);
  await page().waitForTimeout(300);
  const docText = (await page().locator('#doc .doc-text').textContent()) ?? '';
  assert.match(docText, /<script>window.__pwned=2;alert\('script'\)<\/script>/, 'the markup shows as text');
  assert.match((await page().locator('#doc h2').textContent()) ?? '', /<img src=y onerror=alert\(4\)>Breaking/);
  assert.equal(await page().evaluate('window.__pwned === undefined'), true, 'no injected code ran');
  assert.equal(await page().locator('img[src="x"], img[src="y"], #doc script, #tab-selection script, b[onmouseover]').count(), 0, 'no injected element');
  assert.deepEqual(b!.dialogs, [], 'no alert fired');
  await shot('xss-inert');
  await page().keyboard.press('Escape');
});

test('a pasted article is coded and adds events to the graph', async (t) => {
  if (skip) return t.skip(skip);
  await open('?window=2015-Q4');
  const eventsBefore = await probe<number>('p.state.windows.find((w) => w.id === "2015-Q4").events');
  await page().locator('#paste-open').click();
  await page().locator('#paste-date').fill('2015-12-10');
  await page().locator('#paste-title').fill('Pasted: Egypt and Jordan sign with Riyadh');
  await page().locator('#paste-text').fill('Egypt and Jordan signed a defence agreement with Saudi Arabia on Tuesday. Qatar criticized Egypt.');
  assert.equal(await probe('p.graph.hasNode("EGY") || p.graph.hasNode("JOR") || p.graph.hasNode("QAT")'), false, 'Egypt, Jordan and Qatar are not in 2015-Q4 before');
  await shot('paste-dialog');
  await page().locator('#paste-go').click();
  await page().waitForFunction(`/events coded/.test(document.querySelector('#paste-status').textContent)`, null, { timeout: 20_000 });
  const status = (await page().locator('#paste-status').textContent()) ?? '';
  const m = status.match(/(\d+) events coded, (\d+) new/);
  assert.ok(m && Number(m[2]) > 0, status);
  const listed = await page().locator('#paste-events li').allTextContents();
  assert.ok(listed.some((l) => /^EGY → SAU/.test(l)), `coded events listed in the dialog: ${listed}`);
  await shot('paste-coded');
  await page().keyboard.press('Escape');
  await page().waitForFunction(`window.__entente.state.windows.find((w) => w.id === "2015-Q4").events > ${eventsBefore}`);
  await page().waitForFunction(`window.__entente.graph.hasEdge('EGY', 'SAU') && window.__entente.graph.hasEdge('EGY', 'QAT')`, null, { timeout: 10_000 });
  assert.equal(await probe(`p.graph.getEdgeAttribute(p.graph.edge('EGY', 'SAU'), 'sign')`), 1, 'Egypt–Saudi Arabia cooperative');
  assert.equal(await probe(`p.graph.getEdgeAttribute(p.graph.edge('EGY', 'QAT'), 'sign')`), -1, 'Qatar–Egypt hostile');
  await shot('pasted-added');
});

test('balance panel: tense edges, a what-if toggle gives the new frustration; contradictions with both sides', async (t) => {
  if (skip) return t.skip(skip);
  await open('?window=2014-Q3');
  await page().locator('#tabs button[data-tab=balance]').click();
  await page().waitForSelector('#tab-balance .stats .stat');
  const stats = await page().locator('#tab-balance .stats .stat .v').allTextContents();
  assert.match(stats[1], /^\d+$/, `frustration shown: ${stats}`);
  const boxes = page().locator('#tab-balance table.tension input[type=checkbox]');
  assert.ok((await boxes.count()) >= 1, 'tense edges listed');
  await boxes.first().check();
  await page().waitForSelector('#whatif-result .whatif .stats');
  const whatif = (await page().locator('#whatif-result .whatif').textContent()) ?? '';
  assert.match(whatif, new RegExp(`${stats[1]} → \\d+frustration`));
  await shot('balance-whatif');
  await page().locator('#tabs button[data-tab=contradictions]').click();
  await page().waitForSelector('#tab-contradictions ol.contra li');
  // each contradiction shows both sides: the claim and the denial (or the opposite report)
  const items = page().locator('#tab-contradictions ol.contra > li');
  const n = await items.count();
  for (let i = 0; i < n; i++) assert.equal(await items.nth(i).locator('blockquote.evidence').count(), 2);
  const api = await (await fetch(`${server!.url}/api/contradictions`)).json();
  assert.equal(n, api.contradictions.length);
  await shot('contradictions');
});

test('actor level shows sub-actors; clicking an actor lists its allies and adversaries over time', async (t) => {
  if (skip) return t.skip(skip);
  await open('?window=2014-Q3');
  await page().selectOption('#level', 'actor');
  await page().waitForFunction(`window.__entente.state.net && window.__entente.state.net.level === 'actor'`);
  const nodes = await probe<string[]>('p.graph.nodes()');
  assert.ok(nodes.some((n) => n.length > 3 && /^(USA|IRN|IRQ|SAU|TUR|SYR)/.test(n)), `sub-actors at actor level: ${nodes}`);
  await page().selectOption('#level', 'country');
  await page().waitForFunction(`window.__entente.state.net && window.__entente.state.net.level === 'country'`);
  const box = (await page().locator('#graph').boundingBox())!;
  const pos = await probe<{ x: number; y: number }>(`p.sigma.graphToViewport(p.graph.getNodeAttributes('IRN'))`);
  await page().mouse.click(box.x + pos.x, box.y + pos.y);
  await page().waitForSelector('#tab-selection table.ties tbody tr');
  assert.match((await page().locator('#tab-selection h2').textContent()) ?? '', /^IRN/);
  assert.ok((await page().locator('#tab-selection table.ties tbody tr').count()) >= 3, 'Iran is active in several windows');
  assert.ok((await page().locator('#tab-selection table.ties .chip.host').count()) >= 1, 'Iran has adversaries');
  await shot('iran-over-time');
});

test('dropping a text file opens the add-article dialog with its text', async (t) => {
  if (skip) return t.skip(skip);
  await open();
  const dt = await page().evaluateHandle(`(() => { const d = new DataTransfer(); d.items.add(new File(['Iran criticized Turkey on Monday.'], 'iran-turkey.txt', { type: 'text/plain' })); return d; })()`);
  await page().dispatchEvent('#graph', 'dragover', { dataTransfer: dt });
  assert.equal(await page().locator('#drop-hint').isVisible(), true, 'drop hint shown');
  await page().dispatchEvent('#graph', 'drop', { dataTransfer: dt });
  await page().waitForSelector('#paste[open]');
  assert.equal(await page().locator('#paste-text').inputValue(), 'Iran criticized Turkey on Monday.');
  assert.equal(await page().locator('#paste-title').inputValue(), 'iran-turkey');
  assert.equal(await page().locator('#drop-hint').isVisible(), false);
  await page().keyboard.press('Escape');
});
