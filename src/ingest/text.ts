/**
 * Plain-text articles. The title is the first short line at the top that is not
 * the date line and does not read as a sentence (≤ 150 characters, no final
 * period), as in "06/30/2014 … ET\n\nWorking Together Is a Tough Decision …\n\n…";
 * the date comes from the date line (date.ts). The whole text is kept as the
 * document text, so character offsets refer to what the file holds.
 */
import { dateLine, parseDate } from './date.ts';

/** The title line near the top of a plain-text article, or null. */
export function titleLine(text: string): string | null {
  const head = text.slice(0, 1500).split('\n').map((l) => l.trim());
  let seen = 0;
  for (let i = 0; i < head.length && seen < 3; i++) {
    const line = head[i];
    if (!line) continue;
    seen++;
    if (seen === 1 && parseDate(line.replace(/^(?:published|posted|updated|date)\s*:?\s*/i, ''))) continue;
    const next = head[i + 1];
    if (line.length <= 150 && !/[.:;,]$/.test(line) && /\p{L}/u.test(line) && (next === undefined || next === '')) return line;
    return null;
  }
  return null;
}

export { dateLine };
