/**
 * Round 32, the actor side: a place name two states share (dictionaries/shared-places.tsv), state-linked companies as
 * their state's business sector, disputed places, and source actors the dictionaries missed. Own sentences on public
 * facts; each test has a near case that must stay as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, coder, has, mentions, show } from './coding.ts';

const codesOf = (text: string, date = '2014-06-30') => coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => m.code));

test('Tripoli is the Lebanese city in a Lebanese story and Libya\'s capital otherwise', () => {
  // the sentence names Lebanon (a demonym, an institution, a Lebanese leader, a cue word)
  for (const t of [
    'The Lebanese army deployed extra units in Tripoli after a week of street battles.',
    'Soldiers of the Lebanese Armed Forces were ambushed in Tripoli.',
    'Prime Minister Tammam Salam condemned the bombing of two mosques in Tripoli.',
    'Gunmen loyal to Hezbollah exchanged fire with rivals in Tripoli.',
  ]) assert.ok(codesOf(t).includes('LBN') && !codesOf(t).includes('LBY'), `${t}: ${codesOf(t).join(' ')}`);
  // the document so far names Lebanon and not Libya
  let text = 'Fighting between Sunni and Alawite districts flared again in Lebanon. Snipers wounded five people in Tripoli.';
  assert.ok(codesOf(text).length === 2 && codesOf(text).every((c) => c.startsWith('LBN')), `${text}: ${codesOf(text).join(' ')}`);
  // left alone: a Libyan story, a sentence naming Libya, no cue at all, both states named
  for (const t of [
    'Libyan militias fought for control of the airport in Tripoli.',
    'Fighters loyal to Khalifa Haftar advanced on Tripoli.',
    'Rival militias clashed near the airport in Tripoli.',
    'Libya recalled its envoy from Lebanon. Diplomats in Tripoli said the move was expected.',
    'Lebanon and Libya signed a trade deal in Tripoli.',
  ]) assert.ok(codesOf(t).includes('LBY'), `${t}: ${codesOf(t).join(' ')}`);
  // a Libyan place earlier in the document keeps Libya even after a Lebanese word
  text = 'Militias shelled the port of Misrata. The Lebanese embassy was closed. Rockets then fell on Tripoli.';
  assert.ok(codesOf(text).at(-1) === 'LBY', `${text}: ${codesOf(text).join(' ')}`);
  void mentions;
});

test('state-linked companies are their state\'s business sector, also after a demonym and a company noun', () => {
  codedAs([
    ['Gazprom halted gas deliveries to Ukraine.', 'RUSBUS', 'UKR', '16'],
    ['Rosneft signed an oil supply deal with China.', 'RUSBUS', 'CHN', '057'],
    ['Washington imposed sanctions on PDVSA.', 'USA', 'VENBUS', '163'],
    ['The United States sanctioned the National Iranian Oil Company.', 'USA', 'IRNBUS', '163'],
    ['Saudi Aramco signed a refinery deal with India.', 'SAUBUS', 'IND', '057'],
    ['Chinese telecom giant Huawei sued the US government.', 'CHNBUS', 'USAGOV', '115'],
    ['Russia\'s state energy giant Gazprom cut gas supplies to Ukraine.', 'RUSBUS', 'UKR', '16'],
  ]);
  // the company's own name is shown, not the first row of its code
  const m = coder.analyse('Canada arrested a Huawei executive.', '2019-01-10', 'x').flatMap((s) => s.mentions);
  assert.ok(m.some((x) => x.code === 'CHNBUS' && x.name === 'Huawei'), m.map((x) => `${x.code}:${x.name}`).join(' '));
  // left alone: a demonym before a company noun and a company of another state stays apart; a demonym before officials
  let text = 'The Ukrainian lawyers of the Russian firm Gazprom lost the case.';
  assert.ok(codesOf(text).join(' ') === 'UKR RUSBUS', `${text}: ${codesOf(text).join(' ')}`);
  text = 'Russian officials met the Chinese company Huawei.';
  assert.ok(has(text, 'RUSGOV', 'CHNBUS', '04'), show(text));
});

test('a state\'s business sector keeps its sector name when companies share its code', () => {
  const m = coder.analyse('Indonesian companies signed palm oil contracts with Pakistan.', '2019-01-10', 'x').flatMap((s) => s.mentions);
  assert.ok(m.some((x) => x.code === 'IDNBUS' && x.name === 'Indonesia business'), m.map((x) => `${x.code}:${x.name}`).join(' '));
  // the company itself keeps its own name
  const p = coder.analyse('Pertamina signed an oil supply deal with Iran.', '2019-01-10', 'x').flatMap((s) => s.mentions);
  assert.ok(p.some((x) => x.code === 'IDNBUS' && x.name === 'Pertamina'), p.map((x) => `${x.code}:${x.name}`).join(' '));
});

test('source actors the dictionaries missed: USCIS, protest leaders, the Southeast Asian nations', () => {
  let text = 'A USCIS spokesman declined to comment on the new visa rules.';
  assert.ok(codesOf(text).includes('USAGOV'), `${text}: ${codesOf(text).join(' ')}`);
  codedAs([
    ['Protest leaders in Sudan met African Union mediators in Khartoum.', 'SDNOPP', 'AU', '04'],
    ['The Southeast Asian nations urged China to respect the 2016 arbitral ruling.', 'ASEAN', 'CHN', '0'],
  ]);
  // left alone: leaders of a state's government, and a single Southeast Asian nation
  text = 'Sudanese government leaders rejected the proposal.';
  assert.ok(codesOf(text).includes('SDNGOV'), `${text}: ${codesOf(text).join(' ')}`);
  text = 'The Southeast Asian nation of Vietnam protested to China.';
  assert.ok(!codesOf(text).includes('ASEAN'), `${text}: ${codesOf(text).join(' ')}`);
});

test('Crimea is Ukraine\'s as a place; after March 2014 its own authorities are Russia\'s', () => {
  for (const [text, date] of [['Russia annexed Crimea in a referendum condemned by the West.', '2014-03-20'], ['Russian troops seized the airport of Simferopol.', '2014-03-01']]) {
    assert.ok(coder.codeText(text, date).some((e) => e.source.startsWith('RUS') && e.target === 'UKR' && e.code.startsWith('19')), `${text}: ${coder.codeText(text, date).map((e) => `${e.source}>${e.target}:${e.code}`).join(' ')}`);
  }
  let text = 'Crimea\'s leader Sergei Aksyonov met Vladimir Putin in Moscow.';
  assert.ok(codesOf(text, '2016-05-10')[0] === 'RUSGOV', `${text}: ${codesOf(text, '2016-05-10').join(' ')}`);
  text = 'Sevastopol officials welcomed the Russian Black Sea Fleet.';
  assert.ok(codesOf(text, '2015-05-09')[0] === 'RUSGOV', `${text}: ${codesOf(text, '2015-05-09').join(' ')}`);
  // left alone: before the annexation the peninsula's parliament is Ukraine's; a place phrase stays Ukraine's
  text = 'Crimea\'s parliament approved the regional budget.';
  assert.ok(codesOf(text, '2012-04-02')[0] === 'UKRLEG', `${text}: ${codesOf(text, '2012-04-02').join(' ')}`);
  text = 'Russian warships held drills near Sevastopol.';
  assert.ok(codesOf(text, '2019-07-02').includes('UKR'), `${text}: ${codesOf(text, '2019-07-02').join(' ')}`);
});
