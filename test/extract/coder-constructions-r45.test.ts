/**
 * Round 45: verb and noun rows found with the project's own wire-style sentences on humanitarian action and migration,
 * human rights with foreign reactions, energy and economy between states, health and the pandemic, and changes of
 * leadership and relations (2010–2023 facts). Phrasings that coded nothing or the wrong code
 * (dictionaries/verbs/patterns.tsv, "# round 45" batches). Each test has a near case that must stay as it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, noCode, show } from './coding.ts';

const none = (text: string, ...prefixes: string[]) => assert.ok(noCode(...prefixes)(text), show(text));

test('relief or rescue teams offered are an intent to give humanitarian aid; aid refused or accepted names its giver', () => {
  codedAs([
    ['South Korea offered disaster relief to the Philippines after Typhoon Haiyan struck in 2013.', 'KOR', 'PHL', '0333'],
    ['Greece offered rescue teams to Turkey after the earthquake in Izmir, the Greek government said.', 'GRC', 'TUR', '0333'],
    ['Nicaragua rejected aid from the United States after the hurricane, officials said.', 'NIC', 'USA', '121'],
    ['Pakistan accepted relief teams from Turkey after the floods of 2010, the disaster agency said.', 'PAK', 'TUR', '0863'],
  ]);
  // left alone: talks offered stay an offer of talks; an offer of talks rejected stays a rejected proposal to meet
  codedAs([
    ['Iran offered talks to Saudi Arabia on Monday.', 'IRN', 'SAU', '036'],
    ['Pyongyang rejected an offer of talks from Seoul on Tuesday.', 'PRK', 'KOR', '125'],
  ], noCode('0333', '121', '0863'));
});

test('an aid convoy allowed in is humanitarian access, one blocked is access refused; patrol boats handed over are military aid', () => {
  codedAs([
    ['The Syrian government allowed a Red Cross aid convoy to enter Douma, the ICRC said.', 'SYRGOV', 'ICRC', '0863'],
    ['Syrian troops blocked an aid convoy to Daraya, the United Nations said.', 'SYRMIL', 'SYR', '1245'],
    ['Japan handed two patrol vessels to the Philippine coast guard in 2016.', 'JPN', 'PHLMIL', '072'],
  ]);
  // left alone: a road blocked stays an obstruction, not access refused
  codedAs([['Kurdish protesters blocked a road to the Turkish border on Monday.', 'KRD', 'TUR', '144']], noCode('1245'));
});

test('an arrest, sentence or execution "in" a state condemned names that state; a release there welcomed praises it', () => {
  codedAs([
    ['France condemned the jailing of the lawyer Nasrin Sotoudeh in Iran, the foreign ministry said on Tuesday.', 'FRA', 'IRN', '111'],
    ['Canada criticised the sentencing of Robert Schellenberg in China, the prime minister said.', 'CAN', 'CHN', '111'],
    ['Britain welcomed the release of political prisoners in Myanmar in 2012.', 'GBR', 'MMR', '051'],
  ]);
  // left alone: a condemnation with the state as object keeps it; a report of an arrest denied is no access refused
  codedAs([['Germany condemned Turkey over the arrest of a German journalist.', 'DEU', 'TUR', '111']]);
  none('Iran denied reports of an arrest in Tehran.', '1245');
});

test('access denied to investigators or a mission refuses international involvement', () => {
  codedAs([
    ['Israel denied UN investigators access to the Gaza Strip in 2014, the UN human rights office said.', 'ISR', 'UN', '1245'],
    ['Eritrea refused access to the UN commission of inquiry, a UN spokesman said.', 'ERI', 'UN', '1245'],
  ]);
  // left alone: a bare rejection stays a rejection
  codedAs([['Syria rejected the UN report on chemical attacks.', 'SYR', 'UN', '016']], noCode('1245'));
});

test('debt written off in an amount, tariffs raised, exports tightened and transit halted', () => {
  codedAs([
    ['Russia wrote off 32 billion dollars of Cuban debt in 2014, the finance ministry said.', 'RUS', 'CUB', '071'],
    ['China wrote off interest-free loans to Zimbabwe in 2018, the Chinese embassy said.', 'CHN', 'ZWE', '071'],
    ['The United States raised tariffs on 34 billion dollars of Chinese imports in July 2018.', 'USA', 'CHN', '163'],
    ['Japan tightened exports of high-tech materials to South Korea in July 2019.', 'JPN', 'KOR', '163'],
    ['Japan removed South Korea from its white list of trading partners in August 2019.', 'JPN', 'KOR', '163'],
    ['Ukraine halted the transit of Russian gas to Moldova, the energy ministry said.', 'UKR', 'RUS', '163'],
  ]);
  // left alone: tariffs lifted stay eased, removal from a terrorism list stays an easing (and is found at a distance)
  codedAs([
    ['The United States lifted tariffs on Canadian steel in May 2019.', 'USA', 'CAN', '085'],
    ['The United States removed Cuba from its list of state sponsors of terrorism in May 2015.', 'USA', 'CUB', '085'],
  ], noCode('163'));
});

test('gas supplies restored ease an embargo; a firm blocked from buying is economic cooperation rejected', () => {
  codedAs([
    ['Russia resumed gas deliveries to Ukraine in December 2014 after a deal on prices.', 'RUS', 'UKR', '085'],
    ['Germany blocked a Chinese state firm from buying a stake in the power grid operator 50Hertz in 2018.', 'DEU', 'CHN', '1211'],
  ]);
  // left alone: people blocked from entering stay an entry ban or an obstruction, not rejected investment
  codedAs([['Hungary barred Syrian refugees from entering its territory in 2015.', 'HUN', 'SYRREF', '172']], noCode('1211'));
});

test('vaccine doses gifted or counted in millions are humanitarian aid; doctors sent are too', () => {
  codedAs([
    ['India gifted 100,000 doses of the Covaxin vaccine to Myanmar in January 2021, the embassy said.', 'IND', 'MMR', '073'],
    ['China donated 2 million doses of the Sinovac vaccine to Cambodia in 2021, officials said.', 'CHN', 'KHM', '073'],
    ['Cuba sent a brigade of doctors to Peru in 2020 to help fight the pandemic.', 'CUB', 'PER', '073'],
  ]);
  // left alone: money donated stays economic aid; a team of experts sent to investigate stays an investigation
  codedAs([
    ['Norway donated 5 million dollars to Bangladesh in 2018.', 'NOR', 'BGD', '071'],
    ['The United States sent a team of experts to Guinea to investigate the outbreak.', 'USA', 'GIN', '090'],
  ], noCode('073'));
});

test('entry barred to travellers from a state and visas suspended are entry bans; a border reopened with a state is eased', () => {
  codedAs([
    ['Kuwait barred entry to travellers from Iran in February 2020, the civil aviation authority said.', 'KWT', 'IRN', '172'],
    ['Pakistan suspended visas for Indian nationals in 2019, the foreign office said.', 'PAK', 'INDCVL', '172'],
    ['Ethiopia reopened its border with Eritrea in September 2018.', 'ETH', 'ERI', '086'],
  ]);
  // left alone: a border reopening that is ruled out keeps its verdict
  assert.ok(events('Kenyan officials said that reopening the border to Somali traders is out of the question.').every((e) => !e.code.startsWith('086')));
});

test('a president toppled or removed from power is coerced; an armed group ousted from a town loses it', () => {
  codedAs([
    ['The Egyptian army removed President Mohamed Morsi from power in July 2013, the state television said.', 'EGYMIL', 'EGYELI', '170'],
    ['Iraqi forces ousted Islamic State from Ramadi in December 2015.', 'IRQMIL', 'ISIS', '192'],
  ]);
  // left alone: an official removed from office by a vote is no coercion
  none('The Senate removed the governor from office after a trial.', '17');
});

test('an ambassador restored, a suspension lifted and a pilot handed back', () => {
  codedAs([
    ['Qatar restored its ambassador to Saudi Arabia in 2021, the foreign ministry said.', 'QAT', 'SAU', '050'],
    ['The African Union lifted the suspension of Mali in 2014 after elections.', 'AU', 'MLI', '050'],
    ['Washington lifted its suspension of military aid to Egypt in 2015.', 'USA', 'EGY', '070'],
    ['Pakistan handed the downed Indian pilot back to India on 1 March 2019.', 'PAK', 'IND', '084'],
  ]);
  // left alone: an ambassador recalled stays a break; a parliament's suspension lifted codes nothing
  codedAs([['Qatar recalled its ambassador to Saudi Arabia in 2017.', 'QAT', 'SAU', '161']], noCode('050'));
  none('The Queen lifted the suspension of parliament.', '05', '07', '08');
});

test('a state named as the object of the condemnation keeps its place over an arrest "in" a month', () => {
  codedAs([['Norway criticised Egypt over the arrest of human rights activists in November 2020, prompting Cairo to summon the Norwegian ambassador.', 'NOR', 'EGY', '111']]);
  codedAs([['Australia condemned the detention of the writer Yang Hengjun in China.', 'AUS', 'CHN', '111']]);
});

test('food or masks sent in quantity are humanitarian aid; credentials and trade preferences revoked are sanctions', () => {
  codedAs([
    ['South Korea sent 50,000 tonnes of rice to North Korea in 2019, the unification ministry said.', 'KOR', 'PRK', '073'],
    ['China donated one million masks to Italy in March 2020, the Chinese embassy said.', 'CHN', 'ITA', '073'],
    ['China revoked the press credentials of three American reporters in 2020.', 'CHN', 'USAMED', '172'],
    ['The United States withdrew trade preferences from India in June 2019.', 'USA', 'IND', '163'],
  ]);
  // left alone: weapons sent stay military aid
  codedAs([['The United States sent anti-tank weapons to Ukraine in 2018.', 'USA', 'UKR', '072']], noCode('073'));
});

test('imports resumed ease an embargo; oil flows halted stop supply; a case launched against a state names it', () => {
  codedAs([
    ['China resumed imports of Canadian beef in 2020, the Canadian agriculture ministry said.', 'CHN', 'CAN', '085'],
    ['Russia halted oil flows to Belarus in January 2020 amid a pricing dispute.', 'RUS', 'BLR', '162'],
    ['Japan launched a WTO case against South Korea over steel subsidies in 2020.', 'JPN', 'KOR', '115'],
  ]);
  // left alone: talks resumed stay talks
  codedAs([['Iran resumed talks with the European Union in 2021.', 'IRN', 'EU', '04']], noCode('085'));
});

test('offers of talks or a ceasefire, talks whose suspension ends, and exports from a port are left to their own codes', () => {
  none('Ukraine rejected an offer of a ceasefire from Russia in 2022.', '121');
  none('Iran accepted an offer of talks from the European Union.', '0863');
  none('Ukraine resumed exports of grain from its Black Sea ports under a deal brokered by Turkey.', '085');
  codedAs([['The United States lifted the suspension of its nuclear talks with North Korea.', 'USA', 'PRK', '046']], noCode('050'));
});
