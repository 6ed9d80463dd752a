/**
 * Round 41: verb and noun rows found with the project's own wire-style sentences on armed conflict, arms control,
 * espionage, territory and the sea, international bodies and domestic acts with foreign targets (2009–2022 facts).
 * Phrasings that coded nothing or the wrong root (dictionaries/verbs/patterns.tsv, "# round 41" batches). Each test has
 * a near case that must stay as it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, noCode, show } from './coding.ts';

const none = (text: string, ...prefixes: string[]) => assert.ok(noCode(...prefixes)(text), show(text));

test('an enclave, port or district captured or seized is territory taken; control regained is too', () => {
  codedAs([
    ['Turkish forces captured the Kurdish-held enclave of Afrin in March 2018.', 'TURMIL', 'KRD', '192'],
    ['Houthi fighters seized the Yemeni port of Hodeidah in 2014.', 'HOUTHI', 'YEM', '192'],
    ['Kurdish fighters regained control of Kobani from Islamic State in January 2015.', 'KRD', 'ISIS', '192'],
  ]);
  // left alone: a person captured stays an arrest; an event that took place in a capital is no capture
  codedAs([['Kurdish forces captured a senior Islamic State commander in Raqqa.', 'KRD', 'ISIS', '173']], noCode('192'));
  none('The bombing took place in the capital of Tunisia last month.', '192');
});

test('spies swapped are persons released; a humanitarian pause announced is a truce', () => {
  codedAs([
    ['Russia and the United States swapped spies in July 2010.', 'RUS', 'USA', '0841'],
    ['Russia announced a humanitarian pause in Aleppo in October 2016.', 'RUS', 'SYR', '0871'],
  ]);
  // left alone: spies arrested stay an arrest
  codedAs([['Russia arrested two Ukrainian spies in Crimea.', 'RUS', 'UKRSPY', '173']], noCode('084'));
});

test('a state suspended after a coup or over a crackdown has relations reduced; membership talks suspended are halted', () => {
  codedAs([
    ['The African Union suspended Burkina Faso after the military coup of January 2022.', 'AU', 'BFA', '160'],
    ['The Commonwealth suspended Fiji over the failure of its military ruler to hold elections.', 'CWLTH', 'FJI', '160'],
    ['The European Union suspended accession talks with Turkey in 2018.', 'EU', 'TUR', '164'],
  ]);
  // left alone: a parliament suspended for weeks is no act against a state; aid suspended stays aid stopped
  none('The British government suspended parliament for five weeks in September 2019.', '16');
  codedAs([['The United States suspended aid to Sudan after the coup.', 'USA', 'SDN', '162']], noCode('160'));
});

test('an actor added to a sanctions, entity or terror list is sanctioned; a state that quits a court reduces relations', () => {
  codedAs([
    ['The European Union added eight Belarusian officials to its sanctions list in 2020.', 'EU', 'BLRGOV', '163'],
    ['The United States added Huawei to its entity list in May 2019.', 'USA', 'CHNBUS', '163'],
    ['The United States added Cuba to its list of state sponsors of terrorism in 2021.', 'USA', 'CUB', '163'],
    ['The Philippines quit the International Criminal Court in March 2019.', 'PHL', 'ICC', '160'],
  ]);
  // left alone: a state added to an agenda; a state removed from a list eases sanctions
  none('The summit added Ukraine to its agenda.', '163');
  codedAs([['The European Union removed Belarus\'s president from its sanctions list in 2016.', 'EU', 'BLRGOV', '085']], noCode('163'));
});

test('a coup in a state condemned is criticism of it; aid paused is aid stopped; observers sent look into a state', () => {
  codedAs([
    ['The United States condemned the military coup in Myanmar in February 2021.', 'USA', 'MMR', '111'],
    ['The United States paused 700 million dollars in aid to Sudan in October 2021.', 'USA', 'SDN', '162'],
    ['The OSCE sent election observers to Belarus in 2015.', 'OSCE', 'BLR', '090'],
  ]);
  // left alone: aid sent stays aid; a coup attempt condemned in general names no state
  codedAs([['The United States sent 700 million dollars in aid to Sudan.', 'USA', 'SDN', '07']], noCode('162'));
  none('The United States condemned coups in general.', '111');
});


test('a consulate closure ordered, a state ordered to close one, or diplomatic compounds closed reduce relations', () => {
  codedAs([
    ['China ordered the closure of the American consulate in Chengdu in July 2020.', 'CHN', 'USAGOV', '161'],
    ['The United States ordered China to close its consulate in Houston in 2020.', 'USA', 'CHN', '161'],
    ['The United States closed two Russian diplomatic compounds in December 2016.', 'USA', 'RUS', '161'],
  ]);
  // left alone: a factory ordered closed stays an administrative act; an arrest ordered stays an arrest
  codedAs([['Russia ordered the arrest of a Ukrainian pilot in 2014.', 'RUS', 'UKR', '173']], noCode('161'));
});

test('cooperation scaled back or suspended reduces relations; inspectors barred or restricted refuse involvement', () => {
  codedAs([
    ['Iran scaled back its cooperation with the International Atomic Energy Agency in 2021.', 'IRN', 'IAEA', '160'],
    ['Ukraine suspended its cooperation with Russia in 2014.', 'UKR', 'RUS', '160'],
    ['Iran restricted access for UN inspectors in February 2021.', 'IRN', 'UN', '1245'],
  ]);
  // left alone: cooperation deepened stays cooperation
  codedAs([['Iran deepened its cooperation with the International Atomic Energy Agency.', 'IRN', 'IAEA', '0']], noCode('16'));
});

test('a state readmitted or admitted as a member, or given candidate status, is diplomatic cooperation', () => {
  codedAs([
    ['The African Union readmitted Morocco in January 2017.', 'AU', 'MAR', '050'],
    ['NATO admitted Montenegro as its 29th member in 2017.', 'NATO', 'MNE', '050'],
    ['The European Union granted candidate status to Moldova in 2022.', 'EU', 'MDA', '050'],
  ]);
  // left alone: refugees admitted stay refugees taken in
  codedAs([['Germany admitted refugees from Syria in 2015.', 'DEU', 'SYR', '075']], noCode('050'));
});

test('a state suspended from a council is reduced relations; a group delisted is sanctions eased; a warrant sought is legal action', () => {
  codedAs([
    ['The General Assembly suspended Libya from the Human Rights Council in 2011.', 'UN', 'LBY', '160'],
    ['The European Union removed Hamas from its terrorism list in 2014.', 'EU', 'HAMAS', '085'],
    ['The prosecutor of the International Criminal Court sought an arrest warrant for Libya\'s leader in 2011.', 'ICC', 'LBYGOV', '173'],
  ]);
  // left alone: an officer suspended from duty is no event; a group added to a terror list stays a sanction
  none('The officer was suspended from duty.', '16');
  codedAs([['The United States added the Houthis to its list of terrorist groups in 2021.', 'USA', 'HOUTHI', '163']], noCode('085'));
});

test('a border crossing opened or reopened is opened, closed is closed', () => {
  codedAs([
    ['Iraq reopened the Al-Qaim border crossing with Syria in 2019.', 'IRQ', 'SYR', '086'],
    ['Egypt opened the Rafah border crossing with the Gaza Strip in May 2018.', 'EGY', 'PSE', '086'],
  ]);
  codedAs([['Israel closed the Erez border crossing with the Gaza Strip in 2019.', 'ISR', 'PSE', '172']], noCode('086'));
  // left alone: a border crossed by troops is no opening; a border closed stays an administrative sanction
  none('Turkish troops crossed the border into Syria in October 2019.', '086');
  codedAs([['Saudi Arabia closed its border with Qatar in June 2017.', 'SAU', 'QAT', '172']], noCode('086'));
});

test('an attack repelled names its attacker after "by"; a person freed in exchange is a person released', () => {
  codedAs([
    ['Ukrainian troops repelled an attack by Russian forces near Kharkiv in May 2022.', 'UKRMIL', 'RUSMIL', '190'],
    ['Russia freed an American teacher in exchange for a Russian cybercriminal in 2024.', 'RUS', 'USA', '0841'],
  ]);
  // left alone: an attack repelled with no attacker named keeps its place
  codedAs([['Iraqi troops repelled an attack on Haditha in 2015.', 'IRQMIL', 'IRQ', '190']]);
});

test('islands handed to a state or enclaves swapped are yielded; a loan suspended stops economic aid', () => {
  codedAs([
    ['Egypt handed the islands of Tiran and Sanafir to Saudi Arabia in 2017.', 'EGY', 'SAU', '080'],
    ['India and Bangladesh swapped their enclaves in August 2015.', 'IND', 'BGD', '080'],
    ['The International Monetary Fund suspended its loans to Mozambique in 2016.', 'IMF', 'MOZ', '1621'],
  ]);
  // left alone: documents handed to a state stay as they were
  none('Egypt handed documents to Saudi Arabia in 2017.', '080');
});

test('an actor ordered to leave is expelled, peacekeepers too; a state ordered to halt operations is asked for a ceasefire', () => {
  codedAs([
    // (round 52: diplomats ordered to leave are expelled diplomats, 161, as with "expelled"; was 174)
    ['The United States ordered 35 Russian diplomats to leave the country in December 2016.', 'USA', 'RUSGOV', '161'],
    ['Mali ordered UN peacekeepers to leave the country in June 2023.', 'MLI', 'UN', '1661'],
    ['The International Court of Justice ordered Russia to halt its military operations in Ukraine.', 'ICJ', 'RUS', '1056'],
  ]);
  // left alone: an actor ordered to pay stays a demand
  codedAs([['The European Court of Human Rights ordered Russia to pay damages to Georgia.', 'ECHR', 'RUS', '10']], noCode('174', '1056'));
});

test('voting rights suspended reduce relations; a body that rules against a state finds it liable', () => {
  codedAs([
    ['The Council of Europe suspended the voting rights of Russia in 2014.', 'COE', 'RUS', '160'],
    ['The World Trade Organization ruled against the United States in a dispute over steel tariffs.', 'WTO', 'USA', '116'],
  ]);
  // left alone: a ruling for a state finds nobody liable
  none('The World Trade Organization ruled in favour of the United States.', '116');
});

test('territory regained from an actor names it; a truce extended is renewed; a complaint withdrawn is a concession', () => {
  codedAs([
    ['Ukraine\'s army regained territory near Kherson from Russian forces in November 2022.', 'UKRMIL', 'RUSMIL', '192'],
    ['Israel and Hamas extended their truce by two days in November 2023.', 'ISR', 'HAMAS', '087'],
    ['South Korea withdrew its complaint against Japan at the World Trade Organization in 2023.', 'KOR', 'JPN', '080'],
  ]);
  // left alone: a complaint filed stays a complaint; a decline in cases is no concession
  codedAs([['South Korea filed a complaint against Japan at the World Trade Organization in 2019.', 'KOR', 'JPN', '11']], noCode('080'));
  none('Measles cases dropped in Europe in 2019.', '080');
});

test('a firm barred or excluded from a network, market or tender is sanctioned; people barred from entering stay an entry ban', () => {
  codedAs([
    ['Canada barred Huawei from its 5G networks in May 2022.', 'CAN', 'CHNBUS', '163'],
    ['Sweden excluded Huawei from its 5G tender in 2020.', 'SWE', 'CHNBUS', '163'],
  ]);
  codedAs([['Israel barred two American congresswomen from entering the country in 2019.', 'ISR', 'USA', '172']], noCode('163'));
});
