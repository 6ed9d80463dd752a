/**
 * Round 31: constructions that left a named counterpart unattached (see bench/accuracy/NOTES.md, round 31). Own
 * sentences on real facts; each test has a near case the change must leave as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coder, codedAs, events, noCode, show } from './coding.ts';

test('military units and armoured vehicles sent to a state: a show of force and military equipment', () => {
  codedAs([
    ['Russia sent armoured vehicles and a unit of paratroopers to Belarus.', 'RUS', 'BLR', '072'],
    ['Russia sent a unit of paratroopers to Kazakhstan.', 'RUS', 'KAZ', '154'],
    ['The United States dispatched B-52 bombers to Qatar.', 'USA', 'QAT', '154'],
    ['India sent military vehicles to Nepal.', 'IND', 'NPL', '072'],
  ]);
  // left alone: a letter sent is no force, and a medical unit sent is aid
  const text = 'Pakistan sent a letter to India.';
  assert.ok(!events(text).some((e) => /^(07|15)/.test(e.code)), show(text));
  codedAs([['Cuba sent a medical unit to Italy.', 'CUB', 'ITA', '07']], noCode('15'));
});

test('firing back at a government in words is a retort with its target; troops firing back stay force', () => {
  codedAs([
    // the actor after "at", a word of the pattern before its last, is the target
    ['Tehran fired back at Washington over the sanctions.', 'IRN', 'USA', '111'],
    ['Ankara fired back at Paris over the genocide bill.', 'TUR', 'FRA', '111'],
    ['Washington fired back at Beijing on Twitter.', 'USA', 'CHN', '111'],
    // a government firing back at a government, named by capitals or as governments
    ['Tehran fired back at Washington.', 'IRN', 'USA', '111'],
    ['Obama fired back at the Russian president.', 'USAGOV', 'RUSGOV', '111'],
  ], noCode('19'));
  // left alone: armed forces firing back, and states with no sign of a government
  codedAs([
    ['Israeli troops fired back at Palestinian gunmen.', 'ISRMIL', 'PSEREB', '19'],
    ['Pakistan fired back at India.', 'PAK', 'IND', '19'],
    // a weapon fired is shooting, whoever fires it
    ['Tehran fired back at Washington with missiles.', 'IRN', 'USA', '19'],
  ], noCode('11'));
});

test('a counterpart named in a fronted phrase of meeting is the target when the clause names none', () => {
  codedAs([
    ['In talks with Iran, Russia agreed to supply nuclear fuel.', 'RUS', 'IRN', '03'],
    ['During his visit to Tehran, Putin signed an energy agreement.', 'RUSGOV', 'IRN', '057'],
    // the fronted object no longer runs into the subject as one list ("Putin, Erdogan")
    ['At a meeting with Putin, Erdogan criticized the United States.', 'TURGOV', 'USA', '111'],
    ['At a meeting with the Japanese prime minister, Obama praised the trade deal.', 'USAGOV', 'JPNGOV', '051'],
  ]);
  // left alone: a meeting's place is no counterpart, a statement with no event gets none, and an object named in the
  // clause stays the target
  for (const t of ['After talks in Geneva, Russia agreed to supply nuclear fuel.', 'In talks with Iran, Russian officials said the fuel was ready.']) {
    assert.equal(events(t).length, 0, show(t));
  }
  const text = 'At a meeting with Putin, Erdogan criticized the United States.';
  assert.ok(!events(text).some((e) => e.target === 'RUSGOV'), show(text));
});

test("an object's possessive that refers back to a reporter of another state makes that reporter the target", () => {
  codedAs([
    ['The Indian army said Pakistani troops fired at its posts in Kashmir.', 'PAKMIL', 'INDMIL', '19'],
    ['Ukraine said Russian forces shelled its positions near Donetsk.', 'RUSMIL', 'UKR', '19'],
    // a place after the object is only where it happened
    ['Israel said Hamas fighters attacked its soldiers near Gaza.', 'HAMAS', 'ISR', '19'],
    ['Indian officials said Pakistani troops shelled their posts.', 'PAKMIL', 'INDGOV', '19'],
  ]);
  // left alone: no reporter, "own", a reporter of the doer's state, and "their" after a state's name (the doers' own)
  codedAs([['Pakistani troops fired at their own positions.', 'PAKMIL', 'PAK', '19']]);
  for (const t of ['The Indian army said Pakistani troops fired at their own posts.', 'Iran said it had strengthened its defences.', 'Iraq said Iranian troops shelled their positions.']) {
    assert.ok(!events(t).some((e) => e.target === 'IND' || e.target === 'INDMIL' || e.target === 'IRQ'), show(t));
  }
});

test("a domestic target is named by the state's name or place after the verb, never by a person or a place of saying", () => {
  const target = (text: string, date: string) => coder.codeText(text, date).map((e) => `${e.source}>${e.target}:${e.code}:${e.targetSpan ? text.slice(e.targetSpan.start - (e.start ?? 0), e.targetSpan.end - (e.start ?? 0)) : '-'}`);
  // beyond the reach of a place phrase of the verb's own
  assert.deepEqual(target('Bolivian President Evo Morales resigned on Sunday after weeks of protests against his disputed re-election in Bolivia.', '2019-11-10'), ['BOLGOV>BOL:0831:Bolivia']);
  assert.ok(target('Syrian government jets bombed besieged rebel districts again on Tuesday, killing dozens in Eastern Ghouta.', '2018-02-20').includes('SYRGOV>SYR:195:Eastern Ghouta'));
  // left alone: the state named only before the verb, by a person after it, or where a report was made
  assert.deepEqual(target('Turkey declared a state of emergency.', '2016-07-21'), ['TUR>TUR:1724:-']);
  assert.deepEqual(target('Florida Governor Rick Scott declared a state of emergency, with Georgia Governor Nathan Deal following suit.', '2017-09-05'), ['USA>USA:1724:-']);
  assert.deepEqual(target('Nigerian troops raided several camps of the militants on Friday, the army said in Abuja.', '2019-11-10'), ['NGAMIL>NGA:190:-']);
});

test('a claim of responsibility for an act in a place targets that place', () => {
  codedAs([
    ['Al-Shabaab claimed responsibility for two bombings in Mogadishu.', 'SHABAAB', 'SOM', '015'],
    ['Boko Haram claimed responsibility for the attacks in Maiduguri.', 'BOKO', 'NGA', '015'],
  ]);
  // left alone: where the claim was made is no target
  for (const t of ['Al-Shabaab claimed responsibility in Mogadishu.', 'Al-Shabaab claimed responsibility in a statement issued in Mogadishu.']) {
    assert.equal(events(t).length, 0, show(t));
  }
});

test('the recipient after "to" past a participle that modifies the object', () => {
  codedAs([
    ['Japan returned a statue stolen in 1990 to China.', 'JPN', 'CHN', '084'],
    ['France returned a skull taken in the colonial era to Algeria.', 'FRA', 'DZA', '084'],
    ['Germany sold tanks built in Kassel to Qatar.', 'DEU', 'QAT', '07'],
  ]);
  // left alone: the one it was taken from stays the target of a return with no "to"
  codedAs([['Pakistan returned weapons seized from Afghan traders.', 'PAK', 'AFG', '084']]);
});

test('an amount given in aid to an actor is aid, not giving in', () => {
  codedAs([['Germany gave 20 million euros in aid to Yemen.', 'DEU', 'YEM', '070']], noCode('08'));
  // left alone: giving in to pressure is yielding
  codedAs([['Britain gave in to pressure from the United States.', 'GBR', 'USA', '080']]);
});

test("the owner, employer or author named after a participle that modifies the object is the target", () => {
  codedAs([
    ['Sudan expelled aid workers employed by the UNHCR.', 'SDN', 'UNHCR', '166'],
    ['Iran seized a tanker owned by Britain.', 'IRN', 'GBR', '171'],
    ['Iran rejected the proposal submitted by France.', 'IRN', 'FRA', '12'],
  ]);
  // left alone: a participle of another kind names no owner
  const text = 'Israel killed fighters trained by Iran.';
  assert.ok(!events(text).some((e) => e.target === 'IRN'), show(text));
});

test('the one a returned thing was taken from is the target also when the participle opens a clause of its own', () => {
  codedAs([
    ['The Taliban announced it will return vehicles and radios seized last year from Pakistani troops.', 'TALIBAN', 'PAKMIL', '035'],
    ['Hezbollah said it would return weapons and equipment captured in 2006 from UN peacekeepers.', 'HEZ', 'UN', '035'],
  ]);
  // left alone: the short case
  codedAs([['Pakistan returned weapons seized from Afghan traders.', 'PAK', 'AFG', '084']]);
});
