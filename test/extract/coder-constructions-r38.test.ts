/**
 * Round 38: verb and noun rows found with the project's own wire-style sentences on trade measures, aid, law between
 * states, military posture, diplomacy and statements (2009–2021 facts). Phrasings that coded nothing or the wrong root
 * (dictionaries/verbs/patterns.tsv, "# round 38" batches). Each test has a near case that must stay as it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedAs, events, noCode, show } from './coding.ts';

const none = (text: string, ...prefixes: string[]) => assert.ok(noCode(...prefixes)(text), show(text));

test('purchases halted, duties raised, levied or placed, export curbs tightened and import bans are sanctions', () => {
  codedAs([
    ['China halted purchases of Australian coal in late 2020.', 'CHN', 'AUS', '163'],
    ['Turkey raised duties on American cars and alcohol in August 2018.', 'TUR', 'USA', '163'],
    ['China levied duties on Australian wine in November 2020.', 'CHN', 'AUS', '163'],
    ['Japan tightened curbs on exports of three chemicals to South Korea in 2019.', 'JPN', 'KOR', '163'],
    ['Saudi Arabia imposed a ban on imports of Lebanese fruit and vegetables in April 2021.', 'SAU', 'LBN', '163'],
  ]);
  // left alone: an offensive halted is de-escalation; duties cut are trade cooperation
  codedAs([['Turkey halted its offensive against Kurdish fighters in October 2019.', 'TUR', 'KRD', '087']]);
  codedAs([['India cut duties on American walnuts and apples.', 'IND', 'USA', '061']], noCode('163'));
});

test('a debt forgiven, a country bailed out or a loan rolled over is economic aid; a loan offered is an intent', () => {
  codedAs([
    ['Russia forgave most of the debt of North Korea in 2012.', 'RUS', 'PRK', '071'],
    ['The European Union bailed out Cyprus in 2013.', 'EU', 'CYP', '071'],
    ['Saudi Arabia rolled over a loan to Pakistan in 2019.', 'SAU', 'PAK', '071'],
    ['China offered Sri Lanka a loan to build a port at Hambantota.', 'CHN', 'LKA', '0331'],
  ]);
  // left alone: condolences offered; a loan repaid is no aid
  codedAs([['Japan offered condolences to Nepal after the earthquake.', 'JPN', 'NPL', '018']]);
  none('Greece repaid a loan to the International Monetary Fund in 2015.', '07', '03');
});

test('a state labelled a currency manipulator is accused; another label is not', () => {
  codedAs([['The United States labelled Vietnam a currency manipulator in December 2020.', 'USA', 'VNM', '112']]);
  none('The United States labelled China a strategic competitor.', '112');
});

test('a rescue team or ventilators sent are humanitarian aid; a team sent to investigate stays an investigation', () => {
  codedAs([
    ['Israel sent a rescue team to Mexico after the earthquake in September 2017.', 'ISR', 'MEX', '073'],
    ['Turkey delivered ventilators to Britain in April 2020.', 'TUR', 'GBR', '073'],
  ]);
  codedAs([['The United Nations sent a team to Syria to investigate the chemical attack.', 'UN', 'SYR', '090']], noCode('07'));
});

test('migrants sent back or returned to a state are expelled; ships returned stay a return of property', () => {
  codedAs([
    ['Spain sent hundreds of migrants back to Morocco in 2021.', 'ESP', 'MAR', '174'],
    ['Greece returned migrants to Turkey under its deal with the European Union.', 'GRC', 'TUR', '174'],
  ]);
  codedAs([['Russia returned three Ukrainian navy ships to Ukraine in November 2019.', 'RUS', 'UKRMIL', '0842']], noCode('174'));
});

test('an arrest warrant issued or an arrest ordered is an arrest; a warning issued stays a threat', () => {
  codedAs([
    ['The International Criminal Court issued an arrest warrant for a Congolese rebel commander.', 'ICC', 'CODREB', '173'],
    ['A Turkish court ordered the arrest of a German journalist in 2017.', 'TURJUD', 'DEUMED', '173'],
  ]);
  codedAs([['The Kremlin issued a warning to Georgia over its bid to join NATO.', 'RUSGOV', 'GEO', '130']], noCode('173'));
});

test('a state taken to a tribunal is sued; a suspect handed over is judicial cooperation', () => {
  codedAs([
    ['Ukraine took Russia to an international tribunal over the seizure of its sailors.', 'UKR', 'RUS', '115'],
    ['Bulgaria handed over a suspected Gulen supporter to Turkey in 2016.', 'BGR', 'TUROPP', '063'],
  ]);
  // left alone: a town handed over
  none('The Iraqi army handed over the town to Kurdish forces.', '063');
});

test('airspace violated, jets scrambled, aircraft intercepted, flown near, buzzed or shadowed are shows of force', () => {
  codedAs([
    ['Turkish warplanes violated Greek airspace over the Aegean islands.', 'TURMIL', 'GRC', '150'],
    ['Japan scrambled jets against Russian bombers near Hokkaido.', 'JPN', 'RUS', '150'],
    // (round 52: a warplane is the military's, as warplanes are)
    ['A Chinese warplane intercepted an American reconnaissance aircraft in 2014.', 'CHNMIL', 'USA', '150'],
    ['Chinese bombers flew near Taiwan in 2020.', 'CHN', 'TWN', '150'],
    ['Russian aircraft buzzed a Dutch frigate in the Black Sea in 2021.', 'RUS', 'NLD', '150'],
    ['Iranian speedboats shadowed an American warship in the Gulf.', 'IRN', 'USA', '150'],
    ['Israel flew jets over Beirut on Sunday.', 'ISR', 'LBN', '150'],
    ['North Korea flew a drone into South Korean airspace in 2017.', 'PRK', 'KOR', '150'],
    ['The US Navy conducted a freedom of navigation operation near China\'s artificial islands.', 'USAMIL', 'CHN', '150'],
  ]);
});

test('exercises held near a state are a show of force, joint ones stay cooperation; troops put on readiness raise the alert', () => {
  codedAs([['Russian forces held exercises near the border with Estonia.', 'RUSMIL', 'EST', '150']]);
  codedAs([['Russia and Belarus held joint exercises near Poland.', 'RUS', 'BLR', '062']], noCode('150'));
  codedAs([['North Korea put its army on combat readiness against South Korea in 2013.', 'PRK', 'KOR', '152']]);
});

test('an ambassador withdrawn, a high commissioner expelled or relations suspended break ties; an ambassador returned restores them', () => {
  codedAs([
    ['Saudi Arabia withdrew its ambassador to Sweden in March 2015.', 'SAU', 'SWE', '161'],
    ['Fiji expelled the Australian high commissioner in 2009.', 'FJI', 'AUS', '161'],
    ['Canada suspended diplomatic relations with Iran in 2012.', 'CAN', 'IRN', '161'],
  ]);
  codedAs([['India summoned Pakistan\'s high commissioner after the attack in Pulwama in February 2019.', 'IND', 'PAK', '114']]);
  codedAs([['Qatar returned its ambassador to Iran in August 2017.', 'QAT', 'IRN', '050']], noCode('16'));
  codedAs([['Qatar recalled its ambassador from Iran in January 2016.', 'QAT', 'IRN', '161']]);
});

test('a state suspended from a body or an agreement terminated reduces relations; an officer suspended from duty is no event', () => {
  codedAs([
    ['The Arab League suspended Syria from the organisation in 2011.', 'ARL', 'SYR', '160'],
    ['Russia terminated a plutonium disposal agreement with the United States in 2016.', 'RUS', 'USA', '160'],
  ]);
  codedAs([['Russia signed a plutonium disposal agreement with the United States in 2000.', 'RUS', 'USA', '057']], noCode('16'));
  assert.equal(events('Turkey suspended a police officer from duty.').length, 0);
});

test('visas denied and hours given to leave are administrative sanctions and expulsion', () => {
  codedAs([
    ['Israel denied visas to United Nations human rights staff in 2020.', 'ISR', 'UN', '172'],
    ['Venezuela gave the German ambassador 48 hours to leave in March 2019.', 'VEN', 'DEUGOV', '174'],
  ]);
  // left alone: a deadline given stays an ultimatum
  codedAs([['The United States gave Turkey a deadline to drop the Russian missiles.', 'USA', 'TUR', '139']], noCode('174'));
});

test('an actor likened to the Nazis is denounced; a plain comparison is not', () => {
  codedAs([['Turkey\'s president likened Germany to the Nazis in March 2017.', 'TURGOV', 'DEU', '111']]);
  none('The minister compared the agreement with Iran to the one of 2015.', '111');
});

test('an emir received is a visit hosted; a loan received is not', () => {
  codedAs([['The Turkish president received the Qatari emir in Ankara in 2018.', 'TURGOV', 'QATGOV', '043']]);
  none('Pakistan received a loan from China in 2018.', '043');
});

test('assets blocked are frozen; a road blocked is no sanction', () => {
  codedAs([['The European Union blocked the assets of eighteen Ukrainian officials in 2014.', 'EU', 'UKRGOV', '163']]);
  none('Protesters blocked the road to the airport in Hong Kong.', '163');
});

test('a sanctions waiver granted eases sanctions; a bailout agreed is aid, not a bare agreement', () => {
  codedAs([['The United States granted South Korea a waiver to keep buying Iranian oil in 2018.', 'USA', 'KOR', '085']]);
  codedAs([['The United States granted asylum to a Chinese dissident in 2012.', 'USA', 'CHN', '075']], noCode('085'));
  codedAs([['The European Union and the IMF agreed a bailout for Ireland in November 2010.', 'EU', 'IRL', '071']], noCode('030'));
});

test('a hospital ship or field hospital sent is humanitarian aid; a message of sympathy is an empathetic comment', () => {
  codedAs([
    ['China sent a hospital ship to Fiji in 2018.', 'CHN', 'FJI', '073'],
    ['Germany dispatched a field hospital to Italy during the pandemic.', 'DEU', 'ITA', '073'],
    ['Russia sent a message of sympathy to the Turkish president after the bombing in Ankara.', 'RUS', 'TURGOV', '018'],
  ]);
  // left alone: a patient flown to hospital; a letter with no sympathy in it
  assert.equal(events('The injured Indonesian minister was flown to a Jakarta hospital.').length, 0);
  none('Russia sent a letter to the United Nations over the sanctions.', '018');
});
