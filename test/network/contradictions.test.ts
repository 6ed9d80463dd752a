/**
 * Contradictions on hand-made documents (sentences written for this test): a
 * claim and a denial from different documents and claimants, both signs from
 * different outlets, and pairs that must not be reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findContradictions } from '../../src/network/contradictions.ts';
import { formatContradictions } from '../../src/cli/commands/contradictions.ts';
import { insertDocs, insertEvents, memoryStore } from './fixture.ts';

async function store() {
  const s = await memoryStore();
  await insertDocs(s, [
    { id: 'docA', date: '2014-06-20', source: 'Tigris Daily', title: 'Official says troops arrived', sentences: ['Markets were calm.', 'Tehran has sent several hundred soldiers into Iraq, an Iraqi officer said.'] },
    { id: 'docB', date: '2014-06-28', source: 'Gulf Wire', title: 'Tehran denies', sentences: ['The ministry said Iranian troops are not present in Iraq.'] },
    { id: 'docC', date: '2014-06-29', source: 'Gulf Wire', title: 'Talks', sentences: ['Washington praised Baghdad.', 'Washington threatened Baghdad with sanctions.'] },
    { id: 'docD', date: '2014-07-15', source: 'Levant Observer', title: 'Later', sentences: ['Iranian advisers are working with Iraqi units.'] },
  ]);
  await insertEvents(s, [
    // the claim (IRNMIL at actor level: rolls up to IRN) and the denial a week later, other outlet and claimant
    { date: '2014-06-20', source: 'IRNMIL', target: 'IRQ', code: '074', quad: 2, goldstein: 8.5, doc: 'docA', sentence: 1, claimant: 'an Iraqi officer' },
    { date: '2014-06-28', source: 'IRN', target: 'IRQ', code: '074', quad: 2, goldstein: 8.5, doc: 'docB', sentence: 0, negated: true, denied: true, claimant: 'Iranian foreign ministry' },
    // same document, same voice: one cooperative and one hostile sentence is not a contradiction between sources
    { date: '2014-06-29', source: 'USA', target: 'IRQ', code: '051', quad: 1, goldstein: 3.4, doc: 'docC', sentence: 0 },
    { date: '2014-06-29', source: 'USA', target: 'IRQ', code: '130', quad: 3, goldstein: -4.4, doc: 'docC', sentence: 1 },
    // July: an assertion with no denial in its window
    { date: '2014-07-15', source: 'IRN', target: 'IRQ', code: '061', quad: 2, goldstein: 6.4, doc: 'docD', sentence: 0 },
  ]);
  return s;
}

test('a claim and its denial by another source, with both sentences', async () => {
  const s = await store();
  const list = await findContradictions(s);
  const denials = list.filter((c) => c.kind === 'denial');
  assert.equal(denials.length, 1);
  const d = denials[0];
  assert.deepEqual([d.window, d.a, d.b], ['2014-06', 'IRN', 'IRQ']);
  assert.equal(d.claim.sentence, 'Tehran has sent several hundred soldiers into Iraq, an Iraqi officer said.');
  assert.equal(d.claim.claimant, 'an Iraqi officer');
  assert.equal(d.claim.doc, 'docA');
  assert.equal(d.claim.date, '2014-06-20');
  assert.equal(d.claim.outlet, 'Tigris Daily');
  assert.equal(d.counter.sentence, 'The ministry said Iranian troops are not present in Iraq.');
  assert.equal(d.counter.denied, true);
  assert.equal(d.counter.title, 'Tehran denies');
  // one document's own two sentences are not a contradiction between sources
  assert.equal(list.filter((c) => c.kind === 'polarity').length, 0);
  const text = formatContradictions(list);
  assert.match(text, /2014-06 {2}IRN–IRQ {2}denial/);
  assert.match(text, /claimant: Iranian foreign ministry/);
  s.close();
});

test('opposite polarity from different sources; windows keep June and July apart', async () => {
  const s = await store();
  await insertDocs(s, [{ id: 'docE', date: '2014-06-30', source: 'Capital Dispatch', sentences: ['Washington and Baghdad signed a security pact.'] }]);
  await insertEvents(s, [{ date: '2014-06-30', source: 'USA', target: 'IRQ', code: '057', quad: 1, goldstein: 8, doc: 'docE', sentence: 0 }]);
  const list = await findContradictions(s, { kinds: ['polarity'] });
  assert.equal(list.length, 1);
  const p = list[0];
  assert.deepEqual([p.kind, p.window, p.a, p.b], ['polarity', '2014-06', 'IRQ', 'USA']);
  assert.equal(p.claim.doc, 'docE', 'the most cooperative event from a source other than the hostile one');
  assert.equal(p.counter.sentence, 'Washington threatened Baghdad with sanctions.');
  assert.deepEqual(p.counts, { claim: 2, counter: 1 });
  // a year window puts the July assertion with the June denial: one pair per asserting source, the same code first
  const year = await findContradictions(s, { window: 'year', kinds: ['denial'] });
  assert.deepEqual(year.map((c) => [c.window, c.claim.doc, c.counter.doc]), [['2014', 'docA', 'docB'], ['2014', 'docD', 'docB']]);
  // at actor level IRNMIL and IRN are different actors: the denial has no claim on its dyad
  assert.equal((await findContradictions(s, { level: 'actor', kinds: ['denial'] })).length, 0);
  s.close();
});
