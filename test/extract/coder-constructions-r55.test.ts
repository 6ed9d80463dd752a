/**
 * Round 55: verb rows (dictionaries/verbs/patterns.tsv, "# round 55" batches) found with the project's own news-style
 * sentences on coups, protests and crackdowns, elections and repression (1990–2024 facts). Sentences carry their dates,
 * so that leaders' tenures apply. Each test has a near case that must stay as it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedOn, showOn } from './coding.ts';

/** Each [date, text, source, target, code prefix] row codes that event and no event with a code in `not`. */
function dated(rows: readonly (readonly [string, string, string, string, string])[], ...not: string[]): void {
  for (const [date, text, s, t, code] of rows) {
    const ev = codedOn(text, date);
    assert.ok(ev.some((e) => e.source === s && e.target === t && e.code.startsWith(code)) && !ev.some((e) => not.some((p) => e.code.startsWith(p))), showOn(text, date));
  }
}

test('a coup: a leader overthrown (wink tags "overthrew" a noun) and power seized are coercion, not seized property', () => {
  dated([
    ['2013-07-03', 'The Egyptian army overthrew President Mohamed Morsi on Wednesday.', 'EGYMIL', 'EGYGOV', '170'],
    ['2021-02-02', "Myanmar's military seized power in the early hours of Monday.", 'MMRMIL', 'MMR', '170'],
  ], '1711');
  // left alone: weapons seized stay property seized
  dated([['2015-03-01', 'Nigerian troops seized weapons from Boko Haram fighters.', 'NGAMIL', 'BOKO', '171']], '170');
});

test('water cannon, pepper spray and rubber bullets used on protesters are repression; the internet cut or blocked restricts freedoms', () => {
  dated([
    ['2022-04-20', 'Sri Lankan police used water cannon on student protesters in Colombo.', 'LKACOP', 'LKACVL', '175'],
    ['2019-08-12', 'Hong Kong police fired rubber bullets at protesters in Kowloon.', 'HKGCOP', 'HKG', '175'],
    ['2021-02-07', 'The Myanmar junta blocked access to the internet across the country.', 'MMRGOV', 'MMR', '1721'],
    ['2019-11-17', 'Iran shut down the internet during the fuel protests.', 'IRN', 'IRN', '1721'],
  ], '144', '172 ');
  // left alone: a border shut down stays an administrative sanction
  dated([['2021-01-01', 'Egypt shut down its border with Gaza.', 'EGY', 'PSE', '172']], '1721');
});

test('an election in a state criticised is criticism of that state; a party dissolved is banned; work in a state halted is a withdrawal', () => {
  dated([
    ['2021-11-09', 'The European Union criticised the elections in Nicaragua as a sham.', 'EU', 'NIC', '111'],
    ['2020-08-13', 'OSCE observers criticised the presidential election in Belarus.', 'OSCE', 'BLR', '111'],
    ['2020-02-21', "Thailand's Constitutional Court dissolved the opposition Future Forward Party.", 'THAJUD', 'THAOPP', '1722'],
    ['2020-09-29', 'Amnesty International halted its work in India after its accounts were frozen.', 'AMNESTY', 'IND', '166'],
  ], '190');
  // left alone: criticism of a leader's election keeps its leader; military operations halted stay a de-escalation
  dated([
    ['2018-03-19', 'Germany criticised the election of Vladimir Putin.', 'DEU', 'RUSGOV', '111'],
    ['2022-03-29', 'Russia halted military operations near Kyiv.', 'RUS', 'UKR', '087'],
  ], '166');
});

test('martial law or a state of emergency lifted is eased (0814); gatherings banned restrict freedoms', () => {
  dated([
    ['2024-12-04', 'South Korea lifted martial law six hours after it was declared.', 'KOR', 'KOR', '0814'],
    ['2022-01-19', 'Kazakhstan lifted its state of emergency on Wednesday.', 'KAZ', 'KAZ', '0814'],
    ['2021-02-08', "Myanmar's junta banned gatherings of more than five people.", 'MMRGOV', 'MMR', '1721'],
  ]);
  // left alone: a ban on imports lifted stays an eased sanction, not the state of emergency
  dated([['2020-03-01', 'Kazakhstan lifted the ban on imports from Russia.', 'KAZ', 'RUS', '081']], '0814');
});

test('a coup attempted against a leader is coercion; a partnership ended and a seat on a council removed reduce relations', () => {
  dated([
    ['2015-05-14', 'Burundian army officers attempted a coup against President Pierre Nkurunziza.', 'BDIMIL', 'BDIGOV', '170'],
    ['2023-12-03', "Niger's junta ended its security partnership with the European Union.", 'NERGOV', 'EU', '160'],
    ['2022-12-15', 'The United Nations removed Iran from its Commission on the Status of Women.', 'UN', 'IRN', '160'],
  ], '060');
  // left alone: a partnership signed stays an agreement
  dated([['2023-12-03', 'Niger signed a military partnership with Russia.', 'NER', 'RUS', '057']], '160');
});

test('a reaction to a leader\'s victory, re-election or rule is aimed at that leader, even of the reacting actor\'s own state', () => {
  dated([
    ['2017-08-12', 'The Kenyan opposition rejected the re-election of Uhuru Kenyatta.', 'KENOPP', 'KENGOV', '120'],
    ['2019-02-27', "Senegal's opposition rejected the victory of Macky Sall.", 'SENOPP', 'SENGOV', '120'],
  ]);
  // left alone: a reaction to what was done to one's own people is not aimed at them
  assert.ok(!codedOn('Moscow denounced the expulsion of Russian diplomats from Prague.', '2021-04-18').some((e) => e.target.startsWith('RUS')), showOn('Moscow denounced the expulsion of Russian diplomats from Prague.', '2021-04-18'));
});

test('the office a leader leaves, after "as", is not the target of the resignation', () => {
  dated([
    ['2019-11-10', 'Evo Morales resigned as president of Bolivia on Sunday.', 'BOLGOV', 'BOL', '0831'],
    ['2011-02-11', 'Hosni Mubarak stepped down as president of Egypt.', 'EGYGOV', 'EGY', '0831'],
  ]);
  // left alone: a leader recognised "as" president is the one recognised
  dated([['2019-01-24', 'Canada recognised Juan Guaido as interim president of Venezuela.', 'CAN', 'VENOPP', '054']]);
});

test('a leader\'s impeachment or ouster demanded is a demand for a leadership change; candidates disqualified are politicians banned', () => {
  dated([
    ['2016-11-27', 'Tens of thousands of South Korean protesters demanded the impeachment of President Park Geun-hye.', 'KORCVL', 'KORGOV', '1041'],
    ['2016-11-27', 'South Korean opposition parties called for the impeachment of President Park Geun-hye.', 'KOROPP', 'KORGOV', '0241'],
    ['2020-07-31', 'Hong Kong disqualified twelve opposition candidates from the September election.', 'HKG', 'HKG', '1722'],
  ]);
  // left alone: the removal of troops demanded is no demand for a change in leadership
  dated([['2008-08-20', 'The United States demanded the removal of Russian troops from Georgia.', 'USA', 'RUSMIL', '100']], '1041');
});

test('a coup in a state praised is support; protest camps cleared are repression; joint exercises cancelled reduce relations; a leader asked to step aside', () => {
  dated([
    ['2023-07-28', "Russia's Wagner group hailed the coup in Niger.", 'WAGNER', 'NER', '051'],
    ['2013-08-14', 'Egyptian security forces cleared two protest camps in Cairo.', 'EGYMIL', 'EGY', '175'],
    ['2013-08-16', 'The United States cancelled joint military exercises with Egypt.', 'USA', 'EGY', '160'],
    ['2011-08-19', 'Angela Merkel called on President Bashar al-Assad to step aside.', 'DEUGOV', 'SYRGOV', '0241'],
  ], '020');
  // left alone: joint exercises held stay military cooperation
  dated([['2013-08-16', 'Egypt held joint military exercises with Russia.', 'EGY', 'RUS', '062']], '160');
});
