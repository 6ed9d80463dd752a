/**
 * Round 5 of the coder's constructions (bench/accuracy/NOTES.md, "Round 5"): each test codes the project's own
 * sentences and checks the construction, and the cases the rule must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoder, tokenize } from '../../src/extract/coder.ts';
import { loadLemmaFixes } from '../../src/extract/verbs.ts';

const coder = createCoder();
const events = (text: string) => coder.codeText(text, '2014-06-30');
const show = (text: string) => `${text}: ${events(text).map((x) => `${x.source}>${x.target}:${x.code}`).join(' ')}`;
const has = (text: string, source: string, target: string, root: string) =>
  events(text).some((e) => e.source === source && e.target === target && e.code.startsWith(root));

test('lemma corrections: wink lemmas "staged" as "stag"; lemmas.tsv gives the verb back', () => {
  const fixes = loadLemmaFixes();
  assert.equal(fixes.get('staged'), 'stage');
  const [s] = tokenize('Students staged a sit-in and the army waged a campaign.');
  const lemma = (w: string) => s.lemmas[s.tokens.findIndex((t) => t.text === w)];
  assert.equal(lemma('staged'), 'stage');
  assert.equal(lemma('waged'), 'wage');
  // other words keep wink's lemma
  assert.equal(lemma('army'), 'army');
  const text = 'Kenyan opposition supporters staged protests in Nairobi against President Uhuru Kenyatta.';
  assert.ok(has(text, 'KENOPP', 'KENGOV', '14'), show(text));
});
