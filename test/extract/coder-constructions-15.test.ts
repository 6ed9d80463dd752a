/**
 * Round 15 (actors only): the dictionaries name actors news text uses that entente did not know. Each test codes the
 * project's own sentences, and checks look-alikes the new entries must leave alone (lower-case words, a first name,
 * a company department, a shopkeeper who shares a minister's name).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, has, mentions, mentionsOn, show } from './coding.ts';

test('US federal agencies and law enforcement are US state actors (institutions.tsv)', () => {
  let text = 'ICE agents detained a Guatemalan farmworker in Texas.';
  assert.ok(has(text, 'USACOP', 'GTM', '17'), show(text));
  text = 'Customs and Border Protection turned back three Mexican trucks.';
  assert.ok(mentions(text).includes('USACOP'), mentions(text).join(' '));
  text = 'USAID suspended its aid to Yemen after the fighting.';
  assert.ok(events(text).some((e) => e.source === 'USAGOV' && e.target.startsWith('YEM')), show(text));
  text = 'The DHS accused Cuban agents of spying.';
  assert.ok(mentions(text).includes('USAGOV'), mentions(text).join(' '));
  text = 'The Commerce Department blacklisted a Chinese telecom maker.';
  assert.ok(mentions(text).includes('USAGOV'), mentions(text).join(' '));
  // left alone: frozen water in any case but capitals, and a company's or a union's own department
  for (const alone of [
    'Ice covered the roads before the ice age ended.',
    'The climbers crossed the Ice in the early morning.',
    'The labor department of the union criticised the new plan.',
  ]) assert.ok(!mentions(alone).some((c) => c.startsWith('USA')), `${alone}: ${mentions(alone).join(' ')}`);
});

test('UN offices and missions are IGOs of their own (igos.tsv)', () => {
  let text = 'UNDOF pulled its observers out of a post on the Syrian side.';
  assert.ok(mentions(text).includes('UNDOF'), mentions(text).join(' '));
  text = 'The UN migration agency appealed for funds to help Ethiopian families.';
  assert.ok(mentions(text).includes('IOM'), mentions(text).join(' '));
  text = 'OCHA warned that Yemeni hospitals were running out of fuel.';
  assert.ok(mentions(text).includes('OCHA'), mentions(text).join(' '));
  // left alone: the same letters in lower case
  assert.ok(!mentions('The undof and ocha files were deleted.').some((c) => ['UNDOF', 'OCHA'].includes(c)));
});

test('armed groups and cartels are actors, with codes of their own (nonstate.tsv)', () => {
  let text = 'Farc guerrillas kidnapped a Colombian police officer.';
  assert.ok(has(text, 'FARC', 'COLCOP', '18'), show(text));
  text = 'Hezb-e-Islami fighters attacked an Afghan army post.';
  assert.ok(events(text).some((e) => e.source === 'HIG' && e.target.startsWith('AFG')), show(text));
  text = 'Los Zetas killed two Mexican policemen near the border.';
  assert.ok(events(text).some((e) => e.source === 'ZETAS' && e.target.startsWith('MEX')), show(text));
  text = 'The Tatmadaw shelled villages held by the Kachin Independence Army.';
  assert.ok(mentions(text).includes('MMRMIL') && mentions(text).includes('KACHIN'), mentions(text).join(' '));
  text = 'The FDLR attacked a Congolese army camp.';
  assert.ok(events(text).some((e) => e.source === 'FDLR' && e.target.startsWith('COD')), show(text));
  // left alone: the word in lower case, and a people's own name
  assert.ok(!mentions('The farc hashtag trended after the zetas meme.').some((c) => ['FARC', 'ZETAS'].includes(c)));
});

test('national forces and police known by their own names attach to their state (institutions.tsv)', () => {
  let text = "The Uganda People's Defence Force deployed troops to Somalia.";
  assert.ok(mentions(text).includes('UGAMIL') && !mentions(text).includes('UGACVL'), mentions(text).join(' '));
  text = 'The Garda arrested two men after the bombing.';
  assert.ok(mentions(text).includes('IRLCOP'), mentions(text).join(' '));
  text = 'Kenya Defence Forces killed several al-Shabaab fighters.';
  assert.ok(has(text, 'KENMIL', 'SHABAAB', '1'), show(text));
  text = 'The Welsh Government criticised the Home Office.';
  assert.ok(mentions(text).filter((c) => c === 'GBRGOV').length === 2, mentions(text).join(' '));
  // left alone: a generic border force with no capitals
  assert.ok(!mentions('A border security force was set up by the town.').some((c) => c.startsWith('IND')));
});

test('parties of one state are that state\'s PTY (parties.tsv)', () => {
  let text = 'Fidesz accused the European Commission of meddling.';
  assert.ok(has(text, 'HUNPTY', 'EU', '1'), show(text));
  text = 'The AfD criticised the German government over migration.';
  assert.ok(mentions(text).includes('DEUPTY'), mentions(text).join(' '));
  // left alone: the words "law and justice" without the party
  assert.ok(!mentions('Protesters demanded law and justice for the victims.').includes('POLPTY'));
});

test('leaders with tenures: in office they code their government, outside it the elite (leaders.tsv)', () => {
  assert.ok(mentionsOn('Evo Morales criticised the United States.', '2012-03-01').includes('BOLGOV'));
  assert.ok(mentionsOn('Goodluck Jonathan met the Ghanaian president.', '2013-03-01').includes('NGAGOV'));
  assert.ok(mentionsOn('Goodluck Jonathan met the Ghanaian president.', '2019-03-01').includes('NGAELI'));
  assert.ok(mentionsOn('Aung San Suu Kyi welcomed the Indian foreign minister.', '2018-03-01').includes('MMRGOV'));
  assert.ok(mentionsOn('Isa Mustafa thanked the Turkish government.', '2016-03-01').includes('KSVGOV'));
  // one person, one mention: "President Jimmy Carter" is not a titled "Jimmy" beside a Carter
  const carter = mentionsOn('President Jimmy Carter met the Egyptian president.', '2019-05-01');
  assert.deepEqual(carter.filter((c) => c.startsWith('USA')), ['USAELI'], carter.join(' '));
  // left alone: a first name, a footballer, a shopkeeper sharing a surname
  for (const alone of ['Jonathan said he was leaving the company.', 'Morales scored twice for the club.', 'Mustafa, a shopkeeper, was arrested by police.'])
    assert.ok(!mentionsOn(alone, '2016-03-01').some((c) => ['NGAGOV', 'BOLGOV', 'GTMGOV', 'KSVGOV'].includes(c)), alone);
  // "President Bush" is still George W. Bush: the elder Bush is known by his full name only
  assert.ok(mentionsOn('President George H. W. Bush sent troops to the Gulf.', '1990-09-01').includes('USAGOV'));
});
