/**
 * The main text of an HTML page, as plain text (never HTML: nothing of the page is
 * kept as markup, so nothing in it can run or render later).
 *
 * One streaming pass with htmlparser2:
 * - dropped with everything inside: script, style, noscript, template, svg, nav,
 *   header, footer, aside, form, iframe and friends, elements whose role is
 *   navigation/banner/contentinfo/complementary, hidden elements, and elements whose
 *   class or id names boilerplate (menu, sidebar, share, comments, related, cookie,
 *   newsletter, advert, …; never html, body, main or article elements);
 * - the rest is cut into blocks at block elements (p, h1–h6, li, blockquote, div, …);
 * - when the page has an <article>, <main> or role=main, only blocks inside it are kept;
 * - blocks that are mostly link text (menus and link lists: over half of their
 *   characters inside <a>) are dropped;
 * - blocks are joined with blank lines; whitespace inside a block is collapsed.
 * Title: og:title, else the first <h1>, else <title>. Date: article:published_time,
 * other date metas, or the first <time datetime>.
 * The approach (boilerplate by markup and link density) follows Kohlschütter et al.,
 * "Boilerplate detection using shallow text features" (WSDM 2010), in simplified form.
 */
import { Parser } from 'htmlparser2';
import { parseDate } from './date.ts';

const DROP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map', 'menu', 'dialog', 'head']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section', 'article', 'main', 'table', 'tr', 'td', 'th', 'caption', 'figcaption', 'address', 'hr', 'br', 'body', 'html', 'center', 'details', 'summary']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr']);
/** Never dropped for their class or id. */
const STRUCTURAL = new Set(['html', 'body', 'main', 'article']);
const BOILERPLATE_ROLE = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);
const BOILERPLATE_NAME = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|header|sidebar|share|sharing|social|comments?|advert|advertisement|ads?|promo|related|recommended|cookies?|consent|newsletter|subscribe|subscription|breadcrumbs?|masthead|banner|popup|modal|skip-link|paywall|outbrain|taboola)(?:$|[\s_-])/i;
const DATE_META = new Set(['article:published_time', 'og:published_time', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'datepublished']);

export interface HtmlText {
  text: string;
  title: string | null;
  date: string | null;
}

interface Block {
  text: string;
  linkChars: number;
  main: boolean;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The main text, title and date of an HTML page. Class/id names can mislead
 * (`<article class="has-comments">`): when dropping by them leaves under 500
 * characters and dropping by markup alone gives over twice as much, the latter is used.
 */
export function htmlToText(html: string): HtmlText {
  const first = extract(html, true);
  if (first.text.length >= 500) return first;
  const markupOnly = extract(html, false);
  return markupOnly.text.length > 2 * first.text.length ? markupOnly : first;
}

function extract(html: string, byName: boolean): HtmlText {
  const blocks: Block[] = [];
  const stack: { name: string; drop: boolean; main: boolean; link: boolean; pre: boolean }[] = [];
  let dropDepth = 0;
  let mainDepth = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let buf = '';
  let linkChars = 0;
  let title: string | null = null;
  let h1: string | null = null;
  let ogTitle: string | null = null;
  let metaDate: string | null = null;
  let timeDate: string | null = null;
  let inTitle = 0;
  let inH1 = 0;
  let titleBuf = '';
  let h1Buf = '';
  let hasMain = false;

  const flush = () => {
    const text = preDepth > 0 ? buf.replace(/[ \t]+$/gm, '').trim() : collapse(buf);
    if (text) blocks.push({ text, linkChars, main: mainDepth > 0 });
    buf = '';
    linkChars = 0;
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
        const role = (attrs.role ?? '').toLowerCase();
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          if (key === 'og:title' && attrs.content) ogTitle ??= collapse(attrs.content);
          if (DATE_META.has(key) && !metaDate) metaDate = parseDate(attrs.content ?? '');
        }
        if (name === 'time' && !timeDate && attrs.datetime) timeDate = parseDate(attrs.datetime);
        if (name === 'title') inTitle++;
        if (name === 'h1') inH1++;
        const drop = DROP.has(name) || BOILERPLATE_ROLE.has(role) || 'hidden' in attrs || attrs['aria-hidden'] === 'true' || /display\s*:\s*none/i.test(attrs.style ?? '') || (byName && !STRUCTURAL.has(name) && role !== 'main' && BOILERPLATE_NAME.test(cls));
        const main = name === 'article' || name === 'main' || role === 'main' || role === 'article';
        if (VOID.has(name)) {
          if (dropDepth === 0 && (name === 'br' || name === 'hr')) {
            if (name === 'br' && preDepth === 0) buf += '\n';
            else flush();
          }
          return;
        }
        if (BLOCK.has(name) && dropDepth === 0) flush();
        stack.push({ name, drop, main, link: name === 'a', pre: name === 'pre' });
        if (drop) dropDepth++;
        if (main && dropDepth === 0) { mainDepth++; hasMain = true; }
        if (name === 'a') linkDepth++;
        if (name === 'pre') preDepth++;
      },
      ontext(data) {
        if (inTitle) titleBuf += data;
        if (inH1) h1Buf += data;
        if (dropDepth > 0) return;
        buf += data;
        if (linkDepth > 0) linkChars += collapse(data).length;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // close up to the matching open element (htmlparser2 reports implied closes too)
        let k = stack.length - 1;
        while (k >= 0 && stack[k].name !== name) k--;
        if (k < 0) return;
        while (stack.length > k) {
          const el = stack.pop()!;
          if (BLOCK.has(el.name) && dropDepth === 0) flush();
          if (el.main && dropDepth === 0) mainDepth--;
          if (el.drop) dropDepth--;
          if (el.link) linkDepth--;
          if (el.pre) preDepth--;
          if (el.name === 'title') { inTitle--; if (!title) title = collapse(titleBuf) || null; }
          if (el.name === 'h1') { inH1--; if (!h1) h1 = collapse(h1Buf) || null; h1Buf = ''; }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const kept = blocks.filter((b) => (!hasMain || b.main) && !(b.linkChars > 0 && b.linkChars / b.text.length > 0.5));
  return {
    text: kept.map((b) => b.text).join('\n\n'),
    title: ogTitle || h1 || title || null,
    date: metaDate ?? timeDate ?? null,
  };
}

/** Looks like an HTML page (for files without an .html extension). */
export function looksLikeHtml(head: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head);
}
