import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/extract/coder.ts';
import { shallowParse, type MentionLike } from '../../src/extract/shallow.ts';

/** Hand-built actor mentions: every token whose text is in `codes` is an actor. */
function parse(text: string, codes: Record<string, string>) {
  const s = tokenize(text)[0];
  const mentions: MentionLike[] = [];
  s.tokens.forEach((t, i) => { if (codes[t.text]) mentions.push({ code: codes[t.text], start: t.start, end: t.end, first: i, last: i + 1 }); });
  return { s, p: shallowParse(s, s.lemmas, mentions) };
}
const word = (s: ReturnType<typeof parse>['s'], i: number) => s.tokens[i].lower;

test('passive voice: be + participle, with the by-agent as a prepositional group', () => {
  const { s, p } = parse('Baghdad was attacked by ISIS on Monday.', { Baghdad: 'IRQ', ISIS: 'ISIS' });
  const v = p.verbs.find((x) => x.lemma === 'attack')!;
  assert.ok(v.passive);
  assert.equal(word(s, v.head), 'attacked');
  const agent = p.groups.find((g) => g.mentions[0].code === 'ISIS')!;
  assert.equal(agent.prep, 'by');
  assert.equal(p.groups.find((g) => g.mentions[0].code === 'IRQ')!.prep, null);
  const active = parse('ISIS attacked Baghdad.', { Baghdad: 'IRQ', ISIS: 'ISIS' }).p.verbs[0];
  assert.equal(active.passive, false);
});

test('negation and modals stay with their verb group', () => {
  const { p } = parse('Iran did not attack Iraq but it might attack Syria.', { Iran: 'IRN', Iraq: 'IRQ', Syria: 'SYR' });
  const [a, b] = p.verbs.filter((v) => v.lemma === 'attack');
  assert.ok(a.negated);
  assert.deepEqual(a.modals, []);
  assert.equal(b.negated, false);
  assert.deepEqual(b.modals, ['might']);
  assert.notEqual(a.clause, b.clause, '"but" opens a new clause');
});

test('coordination: "Both the US and Iran" is one group; a conjunction before a new subject and verb splits clauses', () => {
  const { p } = parse('Both the US and Iran provided advisers to Iraq and Syria sent troops.', { US: 'USA', Iran: 'IRN', Iraq: 'IRQ', Syria: 'SYR' });
  const g = p.groups[0];
  assert.deepEqual(g.mentions.map((m) => m.code), ['USA', 'IRN']);
  assert.equal(g.first, 0, 'the group takes in "Both"');
  const iraq = p.groups.find((x) => x.mentions[0].code === 'IRQ')!;
  assert.equal(iraq.mentions.length, 1, 'Iraq and Syria are in different clauses');
  assert.equal(iraq.prep, 'to');
  const sent = p.verbs.find((v) => v.lemma === 'send')!;
  const syria = p.groups.find((x) => x.mentions[0].code === 'SYR')!;
  assert.equal(syria.clause, sent.clause);
  assert.notEqual(iraq.clause, sent.clause);
});

test('quotes: tokens inside quotation marks are flagged and the quotation is its own clause', () => {
  const { s, p } = parse('"We oppose the US," Khamenei said.', { US: 'USA', Khamenei: 'IRNGOV' });
  const oppose = p.verbs.find((v) => v.lemma === 'oppose')!;
  const said = p.verbs.find((v) => v.lemma === 'say')!;
  assert.equal(p.quoted[oppose.head], 1);
  assert.equal(p.quoted[said.head], 0);
  assert.ok(p.clauses[oppose.clause].quoted);
  assert.equal(word(s, said.head), 'said');
});

test('infinitives and that-clauses: the marker and the clause opener are recorded', () => {
  const { p } = parse('Iran wants to cooperate with the US and officials said that Iraq refused.', { Iran: 'IRN', US: 'USA', Iraq: 'IRQ' });
  const coop = p.verbs.find((v) => v.lemma === 'cooperate')!;
  assert.ok(coop.infinitive);
  const refused = p.verbs.find((v) => v.lemma === 'refuse')!;
  assert.equal(p.clauses[refused.clause].opener, 'that');
});
