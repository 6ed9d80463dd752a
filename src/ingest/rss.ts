/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items with title, link, date, guid and
 * text. The item's content (content:encoded, Atom content, else description or
 * summary) is HTML: it goes through htmlToText, so only its text is kept.
 * Parsed with htmlparser2 in XML mode. A feed whose elements do not close
 * properly (truncated, mismatched tags) is refused as malformed, naming the line
 * where the structure broke.
 */
import { Parser } from 'htmlparser2';
import { htmlToText } from './html.ts';
import { parseDate } from './date.ts';
import { InputError } from './errors.ts';

export interface FeedItem {
  title: string | null;
  link: string | null;
  date: string | null;
  guid: string | null;
  text: string;
  /** The feed's own title (the outlet). */
  source: string | null;
  /** Item number in the feed (1-based). */
  index: number;
}

/** Looks like a feed: an <rss>, <feed> or <rdf:RDF> root near the start. */
export function looksLikeFeed(head: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function lineOf(text: string, at: number): number {
  let n = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Items of a feed. Throws an InputError (with the line) when it is not a well-formed feed. */
export function parseFeed(xml: string, file: string): FeedItem[] {
  const items: FeedItem[] = [];
  const stack: { name: string; at: number; selfClosing: boolean }[] = [];
  let root: string | null = null;
  let error: InputError | null = null;
  let feedTitle: string | null = null;
  let item: Record<string, string> | null = null;
  let itemLink: string | null = null;
  let text = '';

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (error) return;
        const n = name.toLowerCase();
        if (!root) {
          root = n;
          if (n !== 'rss' && n !== 'feed' && n !== 'rdf:rdf') error = new InputError(file, `not an RSS or Atom feed (root element <${name}>)`, { line: lineOf(xml, parser.startIndex) });
        }
        stack.push({ name: n, at: parser.startIndex, selfClosing: xml.slice(parser.startIndex, parser.endIndex + 1).trimEnd().endsWith('/>') });
        if (n === 'item' || n === 'entry') {
          item = {};
          itemLink = null;
        }
        if (item && n === 'link' && attrs.href && (!attrs.rel || attrs.rel === 'alternate') && !itemLink) itemLink = attrs.href;
        text = '';
      },
      ontext(data) {
        text += data;
      },
      onclosetag(name, implied) {
        if (error) return;
        const n = name.toLowerCase();
        const top = stack.pop();
        if ((implied && !top?.selfClosing) || !top || top.name !== n) {
          const el = top ?? { name: n, at: parser.startIndex };
          error = new InputError(file, `malformed feed: <${el.name}> opened on line ${lineOf(xml, el.at)} is not closed`, { line: lineOf(xml, Math.min(parser.startIndex, xml.length)) });
          return;
        }
        const value = text.trim();
        const parent = stack[stack.length - 1]?.name;
        if (item && (parent === 'item' || parent === 'entry')) {
          if (value && !(n in item)) item[n] = value;
        } else if (!item && n === 'title' && (parent === 'channel' || parent === 'feed') && !feedTitle) {
          feedTitle = value.replace(/\s+/g, ' ') || null;
        }
        if ((n === 'item' || n === 'entry') && item) {
          const it: Record<string, string> = item;
          const html = it['content:encoded'] ?? it.content ?? it.description ?? it.summary ?? '';
          const title = it.title ? htmlToText(it.title).text || null : null;
          const body = htmlToText(html).text;
          items.push({
            title,
            link: itemLink ?? it.link ?? null,
            date: parseDate(it.pubdate ?? it['dc:date'] ?? it.published ?? it.updated ?? it.date ?? ''),
            guid: it.guid ?? it.id ?? null,
            text: body || title || '',
            source: feedTitle,
            index: items.length + 1,
          });
          item = null;
        }
        text = '';
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeCDATA: true },
  );
  parser.write(xml);
  parser.end();
  if (!error && !root) error = new InputError(file, 'not an RSS or Atom feed (no root element)');
  if (!error && stack.length) error = new InputError(file, `malformed feed: <${stack[stack.length - 1].name}> is not closed (truncated?)`, { line: lineOf(xml, xml.length) });
  if (error) throw error;
  return items;
}
