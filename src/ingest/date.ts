/**
 * Dates of articles, as ISO `YYYY-MM-DD`.
 *
 * `parseDate(value)` reads a date field of a record or feed item: ISO dates and
 * date-times, `YYYY/MM/DD`, US `MM/DD/YYYY` (`DD/MM/YYYY` when the first number exceeds 12), `YYYYMMDD`, "June 30, 2014",
 * "Jun. 30 2014", "30 June 2014" and RFC 822 ("Mon, 30 Jun 2014 16:29:00 GMT",
 * the day as written, not shifted to UTC).
 *
 * `dateLine(text)` finds the date line at the top of an article: one of the
 * first five non-empty lines, at most 120 characters long, that starts with a
 * date (after an optional label such as "Published:" or "Updated" and an optional
 * weekday), e.g. "06/30/2014 04:29 pm ET Updated Aug 29, 2014" → 2014-06-30.
 * Dates inside running text ("since 1979", "on June 16") are not date lines.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';

/** `YYYY-MM-DD` when the parts make a real calendar date (1800–2199), else null. */
export function isoFromParts(y: number, m: number, d: number): string | null {
  if (!(y >= 1800 && y < 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Date patterns anchored at the start of the string; each returns the ISO date or null. */
const LEADING: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/, (m) => isoFromParts(+m[1], +m[2], +m[3])],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d])/, (m) => isoFromParts(+m[1], +m[2], +m[3])],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d])/, (m) => (+m[1] > 12 ? isoFromParts(+m[3], +m[2], +m[1]) : isoFromParts(+m[3], +m[1], +m[2]))],
  [new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\d])`, 'i'), (m) => isoFromParts(+m[3], MONTHS[m[1].toLowerCase()], +m[2])],
  [new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?![\\d])`, 'i'), (m) => isoFromParts(+m[3], MONTHS[m[2].toLowerCase()], +m[1])],
];

/** A date field of a record or feed item → `YYYY-MM-DD`, or null when it is not a date. */
export function parseDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 18000101 && value <= 21991231) value = String(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d{8}(\d{6})?$/.test(s)) return isoFromParts(+s.slice(0, 4), +s.slice(4, 6), +s.slice(6, 8));
  for (const [re, f] of LEADING) {
    const m = re.exec(s);
    if (m) return f(m);
  }
  return null;
}

const LABEL = /^(?:(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|last\s+updated|updated(?:\s+on)?|dated?|filed)\s*:?\s*/i;

/** The article's date line near the top of the text → `YYYY-MM-DD`, or null. */
export function dateLine(text: string): string | null {
  let seen = 0;
  let at = 0;
  const head = text.slice(0, 2000);
  while (at < head.length && seen < 5) {
    let nl = head.indexOf('\n', at);
    if (nl < 0) nl = head.length;
    const line = head.slice(at, nl).trim();
    at = nl + 1;
    if (!line) continue;
    seen++;
    if (line.length > 120) continue;
    const date = parseDate(line.replace(LABEL, ''));
    if (date) return date;
  }
  return null;
}
