/**
 * XML text from untrusted strings (actor names and codes come from news text and
 * third-party files): the five markup characters escaped, and characters XML 1.0
 * forbids (control characters, lone surrogates, U+FFFE/U+FFFF) removed, so that
 * the output always parses.
 */
const FORBIDDEN = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlEscape(value: string | number | boolean): string {
  return String(value)
    .replace(FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A number as XML text: finite numbers as JavaScript prints them, anything else 0. */
export function xmlNumber(x: number): string {
  return Number.isFinite(x) ? String(x) : '0';
}
