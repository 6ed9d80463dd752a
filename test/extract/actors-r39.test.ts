/**
 * Round 39, the actor side: actors that wire news names by office, by description and by reference — titles and
 * people the dictionaries missed, set phrases that stand for one state or group, a group named through what it
 * runs, and a state named by a description of it after the state itself. Own sentences on public facts; each test
 * has a near case that must stay as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coder } from './coding.ts';

const codesOf = (text: string, date = '2018-06-01') => coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => m.code));
const eventsOf = (text: string, date = '2018-06-01') => coder.codeText(text, date).map((e) => `${e.source}>${e.target}:${e.code}`);
const showOf = (text: string, date = '2018-06-01') => `${text} (${date}): ${eventsOf(text, date).join(' ')} | ${codesOf(text, date).join(' ')}`;
/** An event from `source` to `target` whose code starts with `root`, on `date`. */
const hasOn = (text: string, source: string, target: string, root: string, date = '2018-06-01') =>
  coder.codeText(text, date).some((e) => e.source === source && e.target === target && e.code.startsWith(root));

test('titles the sectors file missed: national security adviser, adviser, aide, monarch, spy agency', () => {
  for (const [t, s, o, r] of [
    ['National Security Adviser John Bolton warned Tehran against restarting enrichment.', 'USAGOV', 'IRN', '1'],
    ['A Kremlin aide criticised the new American sanctions.', 'RUSGOV', 'USA', '11'],
    ['The Jordanian monarch condemned the US decision on Jerusalem.', 'JORGOV', 'USA', '11'],
    ["Turkey's spy agency detained two suspected Islamic State militants.", 'TURSPY', 'ISIS', '17'],
  ] as const) assert.ok(hasOn(t, s, o, r), showOf(t));
  // left alone: a capitalised word before a known name that is no title is still someone else's name
  const t = 'Qassem Soleimani visited Baghdad.';
  assert.ok(!codesOf(t).some((c) => c.startsWith('IRNGOV')), showOf(t));
  // the monarchy is no title
  assert.ok(codesOf('The Jordanian monarchy is old.').every((c) => c === 'JOR'), showOf('The Jordanian monarchy is old.'));
});

test('set descriptions of one state or group: the Jewish state, the Hermit Kingdom, the self-ruled island, the Lebanese Shiite movement', () => {
  for (const [t, s, o, r] of [
    ['The Jewish state carried out air strikes on Iranian positions near Damascus.', 'ISR', 'IRN', '19'],
    ['The Hermit Kingdom fired two short-range missiles towards Japan.', 'PRK', 'JPN', '1'],
    ['China warned the self-ruled island against seeking independence.', 'CHN', 'TWN', '1'],
    ['The Lebanese Shiite movement fired anti-tank missiles at an Israeli army post.', 'HEZ', 'ISRMIL', '19'],
  ] as const) assert.ok(hasOn(t, s, o, r), showOf(t));
  // the Blue House in a story that names only North Korea is the South Korean presidency
  const blue = 'The Blue House welcomed the offer of talks from North Korea.';
  assert.deepEqual(codesOf(blue), ['KORGOV', 'PRK'], showOf(blue));
  // left alone: the Lebanese army, a Jewish group abroad, a Blue House with no Korea in the story
  assert.deepEqual(codesOf('The Lebanese army shelled militant positions near Arsal.'), ['LBNMIL', 'LBN'], showOf('The Lebanese army shelled militant positions near Arsal.'));
  assert.ok(!codesOf('Jewish groups in France criticised the ruling.').includes('ISR'), showOf('Jewish groups in France criticised the ruling.'));
  assert.deepEqual(codesOf('The Blue House restaurant closed on Monday.'), [], showOf('The Blue House restaurant closed on Monday.'));
});

test('people the leaders file missed, by their tenures: Peskov, Zakharova, Kushner, Guaido, Akar as chief of staff', () => {
  for (const [t, s, o, r, d] of [
    ['Dmitry Peskov rejected the British accusations.', 'RUSGOV', 'GBR', '0', '2018-03-20'],
    ['Maria Zakharova accused Washington of hypocrisy.', 'RUSGOV', 'USA', '11', '2017-05-02'],
    ['Jared Kushner met Saudi officials in Riyadh.', 'USAGOV', 'SAUGOV', '04', '2019-02-26'],
    ['Juan Guaido accused Maduro of stealing the election.', 'VENOPP', 'VENGOV', '11', '2019-02-01'],
    ['Hulusi Akar met his Russian counterpart in Moscow.', 'TURMIL', 'RUSGOV', '04', '2017-03-07'],
    ['Hulusi Akar met his Russian counterpart in Moscow.', 'TURGOV', 'RUSGOV', '04', '2019-03-07'],
  ] as const) assert.ok(hasOn(t, s, o, r, d), showOf(t, d));
  // left alone: outside the tenure, an elite of the state, not its government
  assert.deepEqual(codesOf('Juan Guaido accused Maduro of fraud.', '2016-05-01'), ['VENELI', 'VENGOV'], showOf('Juan Guaido accused Maduro of fraud.', '2016-05-01'));
});
