/**
 * Round 44 of the coder's constructions: the act of a gerund of means after an intransitive verb ("retaliated by
 * expelling …"), … Each test codes the project's own sentences and checks the construction, and the cases the rule must
 * leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, coder, events, show } from './coding.ts';

test('a gerund of means after "by" is done by the subject, as the act before it is', () => {
  // each coded nothing (wink read the gerund as a noun or an adjective) or an intended act, or a claim of the subject
  codedAs([
    ['Moscow retaliated by expelling an Estonian diplomat.', 'RUS', 'ESTGOV', '16'],
    ['Turkey retaliated by striking dozens of Syrian government targets.', 'TUR', 'SYRGOV', '19'],
    ['China hit back by imposing tariffs on American soybeans.', 'CHN', 'USA', '163'],
    ['Iran responded by seizing a British tanker in the Strait of Hormuz.', 'IRN', 'GBR', '17'],
  ], (text) => events(text).every((e) => e.modality === 'asserted' && e.claimant === null));
  // the governor's own modality carries over: a retaliation threatened is only intended
  const threat = 'Russia threatened to retaliate by expelling British diplomats.';
  assert.ok(events(threat).some((e) => e.target === 'GBRGOV' && e.modality === 'intended'), show(threat));
  // left alone: an -ing word after the "by" of a passive describes the agent, and its act stays intended as before
  const passive = 'The Hong Kong leader was interrupted by protesting legislators.';
  assert.ok(coder.analyse(passive, '2019-10-16', 'x').flatMap((s) => s.cues).every((c) => c.code !== '140' || c.modality === 'intended'), passive);
});
