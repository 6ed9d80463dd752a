/**
 * Shared helpers of the coder's construction tests: one coder, its events for a sentence (dated 2014-06-30), and
 * a readable listing for assertion messages.
 */
import assert from 'node:assert/strict';
import { createCoder } from '../../src/extract/coder.ts';

export const coder = createCoder();
export const events = (text: string) => coder.codeText(text, '2014-06-30');
export const show = (text: string) => `${text}: ${events(text).map((x) => `${x.source}>${x.target}:${x.code}`).join(' ')}`;
/** An event from `source` to `target` whose code starts with `root`. */
export const has = (text: string, source: string, target: string, root: string) =>
  events(text).some((e) => e.source === source && e.target === target && e.code.startsWith(root));
export const cues = (text: string) => coder.analyse(text, '2014-06-30', 'x').flatMap((s) => s.cues.map((c) => c.code));
export const mentions = (text: string) => coder.analyse(text, '2014-06-30', 'x').flatMap((s) => s.mentions.map((m) => m.code));
/** The same on a given date (leaders' tenures): mention codes, events, a readable listing, and an event test. */
export const mentionsOn = (text: string, date: string) => coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => m.code));
export const codedOn = (text: string, date: string) => coder.codeText(text, date);
export const showOn = (text: string, date: string) =>
  `${text} (${date}): ${codedOn(text, date).map((e) => `${e.source}>${e.target}:${e.code}`).join(' ')} | ${mentionsOn(text, date).join(' ')}`;
export const hasOn = (text: string, date: string, source: string, target: string, root: string) =>
  codedOn(text, date).some((e) => e.source === source && e.target === target && e.code.startsWith(root));
/** The same with the whole code given ("130", not a root or prefix). */
export const codedExactly = (text: string, date: string, source: string, target: string, code: string) =>
  codedOn(text, date).some((e) => e.source === source && e.target === target && e.code === code);
/** Each [text, source, target, code prefix] row codes that event, and passes `also` when one is given. */
export function codedAs(rows: readonly (readonly [string, string, string, string])[], also?: (text: string) => boolean): void {
  for (const [text, s, t, code] of rows) assert.ok(has(text, s, t, code) && (also === undefined || also(text)), show(text));
}
/** For `codedAs`: the text codes no event whose code starts with one of `prefixes`. */
export const noCode = (...prefixes: string[]) => (text: string): boolean => !events(text).some((e) => prefixes.some((p) => e.code.startsWith(p)));
