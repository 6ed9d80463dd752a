/**
 * The coder on the three seed articles (read from ../shared at test time):
 * negation, denial, modality and attribution on their sentences, and the dyads a
 * careful reader finds (../shared/seeds/expected.md), rolled up to countries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCoder, tokenize, type SentenceAnalysis } from '../../src/extract/coder.ts';
import { shallowParse } from '../../src/extract/shallow.ts';
import { accordingTo, assertionOf } from '../../src/extract/modality.ts';
import { countryOf } from '../../src/model/countries.ts';
import { polarity } from '../../src/model/cameo.ts';
import type { Event } from '../../src/model/types.ts';
import { needsShared, shared } from '../shared.ts';

const DIR = 'seeds/articles';
const DATES: Record<string, string | null> = { '000': '2014-06-30', '001': '2014-06-25', '002': null };
const coder = createCoder();

function articles(): { name: string; text: string; date: string | null }[] {
  const dir = shared(DIR)!;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), date: DATES[f.slice(0, 3)] ?? null }));
}

let analysed: { name: string; sentences: SentenceAnalysis[] }[] | null = null;
function all() {
  return (analysed ??= articles().map((a) => ({ name: a.name, sentences: coder.analyse(a.text, a.date, a.name) })));
}
/** The analysis of the seed sentence containing `needle`. */
function sentence(needle: string): SentenceAnalysis {
  for (const a of all()) for (const s of a.sentences) if (s.sentence.text.includes(needle)) return s;
  throw new Error(`no seed sentence contains ${JSON.stringify(needle)}`);
}
/** Modality of the verb group with lemma `lemma` in the seed sentence containing `needle`. */
function verbAssertion(needle: string, lemma: string) {
  const s = sentence(needle);
  const p = shallowParse(s.sentence, s.sentence.lemmas, s.mentions);
  const v = p.verbs.findIndex((x) => x.lemma === lemma);
  assert.ok(v >= 0, `verb ${lemma} in ${needle}`);
  return assertionOf(p, v, p.verbs[v].last);
}

test('the Pentagon\'s "no contact" statement is coded as negated contact between the US and Iranian militaries', needsShared(DIR), () => {
  const s = sentence('There has been no contact');
  const contact = s.events.filter((e) => e.root === '04');
  assert.ok(contact.length > 0, 'a consult event');
  for (const e of contact) assert.equal(e.negated, true);
  assert.ok(contact.some((e) => countryOf(e.source) === 'USA' && countryOf(e.target) === 'IRN'));
});

test('"has had no negotiations with the Americans" is a negated negotiation, Iran → US', needsShared(DIR), () => {
  const e = sentence('has had no negotiations with the Americans').events.find((x) => x.root === '04');
  assert.ok(e);
  assert.equal(countryOf(e.source), 'IRN');
  assert.equal(countryOf(e.target), 'USA');
  assert.equal(e.negated, true);
});

test('"might hold serious discussions" and "might consider working with" are hypothetical', needsShared(DIR), () => {
  const talks = sentence('might hold serious discussions').events.filter((e) => e.code.startsWith('04') && e.verbSpan && e.sentence?.includes('hold'));
  assert.ok(talks.length > 0);
  for (const e of talks) assert.equal(e.modality, 'hypothetical');
  const working = sentence('might consider working with').events.find((e) => e.source === 'IRN' && e.target === 'USA');
  assert.ok(working, 'Iran → US cooperation');
  assert.equal(working.modality, 'hypothetical');
  assert.equal(verbAssertion('might consider working with', 'consider').modality, 'hypothetical');
});

test('"will likely use air strikes" is predicted', needsShared(DIR), () => {
  assert.equal(verbAssertion('will likely use air strikes', 'use').modality, 'predicted');
});

test('"according to a senior security official … who spoke to CNN" is recorded as the claimant', needsShared(DIR), () => {
  const s = sentence('According to a senior security official');
  const p = shallowParse(s.sentence, s.sentence.lemmas, s.mentions);
  const who = accordingTo(p);
  assert.ok(who);
  assert.match(who.text, /^a senior security official in Iraq who spoke to CNN$/);
  for (const e of s.events) assert.ok(e.claimant, `claimant on ${e.source} → ${e.target}`);
});

test('denial: "insisted that its forces do not have a presence" and "denies that" mark what they govern', () => {
  const events = coder.codeText('Iran insisted that its forces did not attack Iraq. Syria denied that it bombed Turkey.', null);
  const iran = events.find((e) => e.source === 'IRN');
  const syria = events.find((e) => e.target === 'TUR');
  assert.ok(iran && syria);
  assert.equal(iran.negated, true);
  assert.equal(iran.denied, true);
  assert.equal(syria.denied, true);
});

test('attribution: "X said that …" and quotations give the claimant', () => {
  const [a] = coder.codeText('Iraqi officials said that Iran attacked Kuwait.', null);
  assert.equal(a.source, 'IRN');
  assert.equal(countryOf(a.claimant!), 'IRQ');
  const [t] = coder.codeText('Turkey says Russia bombed Syria.', null);
  assert.equal(`${t.source}>${t.target}:${t.claimant}`, 'RUS>SYR:TUR', 'a speech verb without "that"');
  const [c] = coder.codeText('Iran attacked Iraq, according to a senior Turkish official.', null);
  assert.equal(c.source, 'IRN');
  assert.equal(countryOf(c.claimant!), 'TUR', 'the claimant is an actor code when the phrase names one');
  const [d] = coder.codeText('Iran attacked Iraq, according to a source close to the talks.', null);
  assert.equal(d.claimant, 'a source close to the talks', 'otherwise the phrase as written');
  const [b] = coder.codeText('"We condemn Israel," Egypt said.', null);
  assert.equal(b.source, 'EGY', 'first person in a quotation is the speaker');
  assert.equal(b.target, 'ISR');
});

function dyads(): Map<string, { co: Event[]; ho: Event[] }> {
  const out = new Map<string, { co: Event[]; ho: Event[] }>();
  for (const a of articles()) {
    const { events } = coder.codeDocument({ id: a.name, date: a.date, text: a.text });
    for (const e of events) {
      assert.equal(e.date, a.date);
      const s = countryOf(e.source), t = countryOf(e.target);
      if (s === t || e.negated || e.modality === 'hypothetical') continue;
      const key = [s, t].sort().join('-');
      const d = out.get(key) ?? { co: [], ho: [] };
      out.set(key, d);
      (polarity(e.quad) > 0 ? d.co : d.ho).push(e);
    }
  }
  return out;
}

test('seed dyads: the relations of expected.md with the right sign, with evidence', needsShared(DIR), () => {
  const d = dyads();
  const sign = (a: string, b: string) => {
    const x = d.get([a, b].sort().join('-'));
    return x ? { co: x.co.length, ho: x.ho.length, evidence: [...x.co, ...x.ho].map((e) => e.sentence) } : { co: 0, ho: 0, evidence: [] };
  };
  for (const [a, b] of [['USA', 'ISIS'], ['IRN', 'ISIS'], ['IRQ', 'ISIS'], ['IRN', 'SAU']]) {
    const s = sign(a, b);
    assert.ok(s.ho > 0 && s.ho > s.co, `${a}–${b} hostile: ${JSON.stringify(s)}`);
    assert.ok(s.evidence.every((t) => typeof t === 'string' && t.length > 10));
  }
  for (const [a, b] of [['USA', 'IRQ'], ['IRN', 'IRQ'], ['USA', 'SAU']]) {
    const s = sign(a, b);
    assert.ok(s.co > 0 && s.co > s.ho, `${a}–${b} cooperative: ${JSON.stringify(s)}`);
  }
  const usIran = sign('USA', 'IRN');
  assert.ok(usIran.co > 0 && usIran.ho > 0, `USA–IRN contested: ${JSON.stringify(usIran)}`);
});

test('events carry the Event fields: stable id, evidence offsets into the document, weights', needsShared(DIR), () => {
  const [a] = articles();
  const one = coder.codeDocument({ id: 'doc-1', date: a.date, text: a.text });
  const two = coder.codeDocument({ id: 'doc-1', date: a.date, text: a.text });
  assert.ok(one.events.length > 5);
  assert.deepEqual(one.events.map((e) => e.id), two.events.map((e) => e.id));
  assert.equal(new Set(one.events.map((e) => e.id)).size, one.events.length);
  for (const e of one.events) {
    assert.equal(e.origin, 'text');
    assert.equal(e.doc, 'doc-1');
    assert.equal(a.text.slice(e.start!, e.end!), e.sentence);
    assert.equal(e.sentence, one.sentences[e.sentenceIndex!].text);
    // a domestic act's target (the source's own country) is implicit: no span; source and verb always have one
    assert.ok(e.sourceSpan && e.verbSpan);
    for (const sp of [e.sourceSpan, e.targetSpan, e.verbSpan]) if (sp) assert.ok(sp.start >= e.start! && sp.end <= e.end! && sp.start < sp.end);
    if (!e.targetSpan) assert.equal(e.target, e.source.slice(0, 3), `${e.id}: an implicit target is the source's own country`);
    assert.equal(e.root, e.code.slice(0, 2));
    assert.ok(Number.isFinite(e.goldstein) && e.quad >= 1 && e.quad <= 4);
    assert.ok(e.confidence > 0 && e.confidence <= 1);
    if (e.targetSpan) assert.notEqual(e.source, e.target);
  }
  // sentences tile the text in order
  const ss = tokenize(a.text);
  assert.equal(ss.length, one.sentences.length);
});
