/**
 * Round 67: threats, warnings and shows of force short of war (bench/accuracy/NOTES.md, round 67). Own sentences; near
 * cases the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedOn, showOn } from './coding.ts';

type Row = readonly [string, string, string, string, string];
/** Each [text, date, source, target, code prefix] row codes that event. */
function codes(rows: readonly Row[]): void {
  for (const [text, date, s, t, c] of rows) assert.ok(codedOn(text, date).some((e) => e.source === s && e.target === t && e.code.startsWith(c)), showOn(text, date));
}

test('a threat with no target of its own is aimed at the subject of its condition; a show of force at the act it answers', () => {
  codes([
    ["Vladimir Putin threatened a military response if NATO kept expanding toward Russia's borders.", '2021-12-21', 'RUSGOV', 'NATO', '13'],
    ['Russia threatened to respond if Ukraine received F-16 fighter jets.', '2023-06-13', 'RUS', 'UKR', '13'],
    ['Alexander Lukashenko threatened to cut off gas transit to Europe if the EU imposed new sanctions.', '2021-11-11', 'BLRGOV', 'EU', '13'],
    ['Japan scrambled fighter jets after a Chinese drone flew near the Senkaku Islands.', '2013-09-09', 'JPN', 'CHN', '150'],
    ['Taiwan put its forces on alert as Chinese missiles flew over the island.', '2022-08-04', 'TWN', 'CHN', '152'],
  ]);
  // left alone: no condition (a coordinated clause), a condition with no actor, an answered act of the same state
  for (const [text, date] of [
    ['Russia threatened to respond, and Ukraine received F-16 jets.', '2023-06-13'],
    ['Moscow said it would respond if the weather allowed.', '2023-06-13'],
    ['Japan held drills after Prime Minister Fumio Kishida visited the base.', '2022-08-04'],
  ] as const) assert.equal(codedOn(text, date).length, 0, showOn(text, date));
});

test("a warning to an actor that the warner will act is a threat (130), not a demand", () => {
  codes([
    ['Greece warned Turkey that it would defend its sovereign rights in the eastern Mediterranean.', '2020-08-13', 'GRC', 'TUR', '130'],
    ['India warned Pakistan that it would respond to any attack across the Line of Control.', '2019-09-23', 'IND', 'PAK', '130'],
  ]);
  // left alone: what the one warned must do is no threat
  const text = 'India warned Pakistan that it must stop cross-border terrorism.';
  assert.ok(!codedOn(text, '2019-09-23').some((e) => e.code.startsWith('13')), showOn(text, '2019-09-23'));
});

test('"its airspace" violated, as reported by a state, is that state\'s airspace', () => {
  codes([
    ['Estonia said a Russian helicopter had violated its airspace near Vaindloo.', '2022-08-19', 'RUS', 'EST', '150'],
    ['Japan said a Russian bomber had twice violated its airspace over islands in the Pacific.', '2019-06-20', 'RUS', 'JPN', '150'],
    ["Taiwan's defence ministry said 38 Chinese military aircraft had entered its air defence zone.", '2021-10-02', 'CHNMIL', 'TWNGOV', '150'],
  ]);
  // left alone: a state reporting its own act names its target itself
  codes([['Russia said it had violated Turkish airspace by mistake.', '2015-10-05', 'RUS', 'TUR', '150']]);
  assert.equal(codedOn('Russia said its jets had not violated its own airspace.', '2021-10-02').length, 0);
});

test('waters entered, a median line crossed, warning shots, mobilisations and hacking (rows of round 67)', () => {
  codes([
    ['Chinese coast guard ships entered Japanese waters around the Senkaku Islands.', '2016-08-08', 'CHNMIL', 'JPN', '150'],
    ["China's military began three days of drills encircling Taiwan.", '2023-04-08', 'CHNMIL', 'TWN', '150'],
    ["A Chinese survey ship entered Vietnam's exclusive economic zone near Vanguard Bank.", '2019-07-16', 'CHN', 'VNM', '150'],
    ['Chinese warplanes crossed the median line of the Taiwan Strait during a visit by a US official.', '2020-09-18', 'CHNMIL', 'TWN', '150'],
    ["China flew 56 military aircraft into Taiwan's air defence zone in a single day.", '2021-10-04', 'CHN', 'TWN', '150'],
    ['South Korean fighter jets fired warning shots at a Russian military plane over the Dokdo islets.', '2019-07-23', 'KORMIL', 'RUSMIL', '150'],
    ['Sudan declared a general mobilisation against South Sudan after the seizure of Heglig.', '2012-04-18', 'SDN', 'SSD', '154'],
    ['Vladimir Putin ordered a partial mobilisation of reservists for the war in Ukraine.', '2022-09-21', 'RUSGOV', 'UKR', '154'],
    ['Russian military intelligence hacked the Democratic National Committee.', '2016-07-22', 'RUSSPY', 'USAPTY', '170'],
    ["Iranian state hackers launched a cyberattack on Albania's government websites.", '2022-07-15', 'IRN', 'ALBGOV', '170'],
    ['Russian hackers knocked out power to parts of western Ukraine.', '2015-12-23', 'RUS', 'UKR', '170'],
    ['Kim Yo Jong threatened military action against South Korea over propaganda leaflets.', '2020-06-13', 'PRKGOV', 'KOR', '138'],
  ]);
  // left alone: power knocked out by a storm, drills around a holiday, talks entered
  assert.equal(codedOn('Hurricane Maria knocked out power across Puerto Rico.', '2017-09-20').length, 0);
  assert.equal(codedOn('China held drills surrounding the holiday.', '2023-04-08').length, 0);
  codes([['Iran entered talks with the United States.', '2019-06-20', 'IRN', 'USA', '046']]);
});

test('an actor given "until" a time to act is given an ultimatum (139)', () => {
  codes([['Theresa May gave Russia until midnight to explain how a Soviet-made nerve agent was used in Salisbury.', '2018-03-12', 'GBRGOV', 'RUS', '139']]);
  // left alone: diplomats given hours to leave are expelled (174); ministers given until Friday are no actor
  codes([['Saudi Arabia gave Iranian diplomats 48 hours to leave the kingdom.', '2016-01-03', 'SAU', 'IRNGOV', '174']]);
  assert.equal(codedOn('The president gave his ministers until Friday to finish the budget.', '2016-01-03').length, 0);
});
