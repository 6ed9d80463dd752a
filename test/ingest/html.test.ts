/**
 * HTML → main text: boilerplate (nav, header, footer, aside, cookie banners, share
 * links, link lists) dropped, scripts and styles inert (their text never appears),
 * paragraphs kept as blocks, entities decoded, title and date from the metadata.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../../src/ingest/html.ts';
import { ROOT } from '../shared.ts';

const page = readFileSync(join(ROOT, 'test', 'fixtures', 'ingest', 'page.html'), 'utf8');

test('the fixture page gives its headline and paragraphs only', () => {
  const h = htmlToText(page);
  assert.equal(h.text, [
    'Gulf states meet in Riyadh',
    'Saudi Arabia hosted the foreign ministers of five Gulf states in Riyadh on Tuesday & urged them to coordinate their policy on Yemen.',
    'The ministers praised Kuwait for its mediation. Qatar did not send its minister.',
    'An official said the talks would resume in June.',
  ].join('\n\n'));
  assert.equal(h.title, 'Gulf states meet in Riyadh');
  assert.equal(h.date, '2015-05-05');
});

test('scripts, styles and event handlers stay inert: none of their text reaches the output', () => {
  const h = htmlToText(page);
  for (const bad of ['alert', 'document.', 'cookie', 'Injected', 'color: red', 'onerror', 'Hidden paragraph', 'JavaScript', 'Share on', 'Read more', 'weather', 'rights reserved', 'Politics']) {
    assert.ok(!h.text.includes(bad), bad);
  }
  const tricky = htmlToText('<p>Oman &lt;script&gt;alert(1)&lt;/script&gt; mediated.</p><script>var x = "</p><p>fake";</script><style>p{}</style>');
  assert.equal(tricky.text, 'Oman <script>alert(1)</script> mediated.', 'escaped markup is text, to be shown as text, never as HTML');
});

test('without <article>/<main> the body is used; link-heavy blocks and boilerplate classes dropped', () => {
  const h = htmlToText(`<html><head><title>Plain page</title></head><body>
    <div id="menu"><a href="/">Home</a></div>
    <div><a href="/a">One</a> | <a href="/b">Two</a> | <a href="/c">Three</a></div>
    <h2>Yemen talks</h2>
    <div>Yemen's factions met in <a href="/geneva">Geneva</a> on Monday under UN auspices.</div>
    <pre>  kept   as
  written</pre>
    <div class="footer-links">Contact us</div>
  </body></html>`);
  assert.equal(h.text, "Yemen talks\n\nYemen's factions met in Geneva on Monday under UN auspices.\n\nkept   as\n  written");
  assert.equal(h.title, 'Plain page');
  assert.equal(h.date, null);
});

test('unclosed and misnested tags do not lose text', () => {
  const h = htmlToText('<article><p>Iran met Iraq.<p>Syria <b>condemned <i>Turkey</b> on Monday.</i><div>Jordan</article>');
  assert.equal(h.text, 'Iran met Iraq.\n\nSyria condemned Turkey on Monday.\n\nJordan');
});

test('class names do not drop the article itself, and a misleading class on the wrapper falls back to markup alone', () => {
  const body = 'Morocco and Mauritania signed a fisheries agreement in Rabat on Monday after two years of talks. '.repeat(8).trim();
  const a = htmlToText(`<body><article class="post has-comments"><p>${body}</p></article><div class="comments"><p>First!</p></div></body>`);
  assert.equal(a.text, body);
  const b = htmlToText(`<body><div class="content share-enabled"><p>${body}</p></div><nav>Home</nav></body>`);
  assert.equal(b.text, body);
});
