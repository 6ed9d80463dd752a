/**
 * Round 26 (actor side): the US state Georgia against the Caucasus republic, and states that no longer exist.
 * Each test codes sentences written for this round and checks look-alikes that the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coder, mentionsOn } from './coding.ts';

/** Each mention as CODE:text. */
const spans = (text: string, date = '2019-06-30') =>
  coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => `${m.code}:${s.sentence.tokens.slice(m.first, m.last).map((t) => t.text).join(' ')}`));
const codesOn = (text: string, date = '2019-06-30') => mentionsOn(text, date);

test('"Georgia" is the US state when the sentence says so, and the republic in the Caucasus otherwise', () => {
  const us = [
    'A tornado damaged dozens of homes near Atlanta, Georgia, on Sunday.',
    'The museum in Savannah, Georgia, reopened after the storm.',
    'The Georgia governor signed the abortion bill on Tuesday.',
    "Georgia's Republican governor Brian Kemp signed the bill.",
    'Senator David Perdue of Georgia criticised the trade deal.',
    'Democratic congressman John Lewis of Georgia spoke at the rally.',
    'Voters in the state of Georgia waited for hours to cast their ballots.',
    'Storms flooded roads in Georgia and South Carolina.',
  ];
  for (const text of us) assert.ok(codesOn(text).includes('USA') && !codesOn(text).some((c) => c.startsWith('GEO')), `${text} → ${spans(text).join(' | ')}`);
  const geo = [
    'Russian troops crossed into Georgia in August 2008.',
    'Georgia and Ukraine both hope to join NATO one day.',
    'The United States pledged $1 billion to help Georgia rebuild.',
    'Protesters in Tbilisi demanded new elections in Georgia.',
    'Georgia accused Moscow of backing the separatists in Abkhazia.',
    'Georgia signed an association agreement with the European Union.',
    'President Salome Zurabishvili of Georgia met the Pope in Rome.',
    'The Democratic Republic of Georgia declared independence in May 1918.',
  ];
  for (const text of geo) assert.ok(codesOn(text).some((c) => c.startsWith('GEO')), `${text} → ${spans(text).join(' | ')}`);
  // a US president talking about the republic: USA is named, but no US place
  const text = 'President Trump met the Georgian prime minister and praised Georgia for its troops in Afghanistan.';
  assert.ok(codesOn(text).some((c) => c.startsWith('GEO')), spans(text).join(' | '));
});

test('Yugoslavia is SRB and Czechoslovakia CZE (Correlates of War continuity), with Tito, Dubcek and Husak dated', () => {
  let text = 'Yugoslavia expelled two Soviet diplomats in 1948.';
  assert.ok(codesOn(text, '1948-07-01').includes('SRB'), spans(text, '1948-07-01').join(' | '));
  text = 'The Yugoslav army shelled Vukovar for three months.';
  assert.ok(codesOn(text, '1991-10-01').includes('SRBMIL'), spans(text, '1991-10-01').join(' | '));
  text = 'Warsaw Pact troops invaded Czechoslovakia in August 1968.';
  assert.ok(codesOn(text, '1968-08-21').includes('CZE'), spans(text, '1968-08-21').join(' | '));
  text = 'Tito refused to join the Warsaw Pact.';
  assert.ok(codesOn(text, '1955-05-14').includes('SRBGOV'), spans(text, '1955-05-14').join(' | '));
  text = 'Marshal Tito met Nehru and Nasser on the island of Brioni.';
  assert.ok(codesOn(text, '1956-07-19').includes('SRBGOV'), spans(text, '1956-07-19').join(' | '));
  text = 'Husak replaced Dubcek as party leader.';
  assert.deepEqual(codesOn(text, '1969-04-17').filter((c) => c.startsWith('CZE')).length, 2, spans(text, '1969-04-17').join(' | '));
  text = 'President Havel pardoned thousands of prisoners.';
  assert.ok(codesOn(text, '1990-01-01').includes('CZEGOV'), spans(text, '1990-01-01').join(' | '));
  // out of office: an elite, not the government
  text = 'Schoolchildren still learn how Tito broke with Stalin.';
  assert.ok(codesOn(text, '2019-05-01').includes('SRBELI') && !codesOn(text, '2019-05-01').includes('SRBGOV'), spans(text, '2019-05-01').join(' | '));
  // left alone: the adjectives of the era, other people called Tito, the Macedonian name
  for (const t of ['Slovenia was the first former Yugoslav republic to join the EU.', 'Czechoslovak glassware sold well at the auction in Vienna.',
    'Tito Puente played at the festival in Havana.', 'The Former Yugoslav Republic of Macedonia renamed itself in 2019.']) {
    const cs = codesOn(t, '2019-05-01');
    assert.ok(!cs.some((c) => c.startsWith('SRB') || c.startsWith('CZE')), `${t} → ${spans(t, '2019-05-01').join(' | ')}`);
  }
});

test('"police in the Indian state of Assam" is one mention that runs on to the place', () => {
  for (const [text, code, last] of [
    ['Police in the Indian state of Assam arrested ten people.', 'INDCOP', 'Assam'],
    ['Protesters in the Pakistani city of Lahore blocked the main road.', 'PAKCVL', 'Lahore'],
  ] as const) {
    const sp = spans(text);
    assert.ok(sp.some((s) => s.startsWith(`${code}:`) && s.endsWith(` ${last}`)) && !sp.includes(`${code.slice(0, 3)}:${last}`), `${text} → ${sp.join(' | ')}`);
  }
  // left alone: a place of another state, no level word, and a sector before the demonym without "in"
  let text = 'Police in the Indian state of Punjab questioned the men.';
  assert.ok(spans(text).some((s) => s.endsWith(':Police in the Indian')), spans(text).join(' | '));
  text = 'Police in India arrested a man from Assam.';
  assert.ok(spans(text).includes('INDCOP:Police in India'), spans(text).join(' | '));
  text = 'Indian police in Assam arrested ten people.';
  assert.ok(!spans(text).some((s) => s.includes('of Assam')), spans(text).join(' | '));
});
