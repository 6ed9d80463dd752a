/**
 * Round 20 of the coder's constructions (code), from misses found on the dev halves of the gold sets: each test codes
 * the project's own sentences and checks the construction, and the cases the rule must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, has, mentions, show } from './coding.ts';

test('"French and German troops": two modifiers of one noun are one group, not a new clause at "and"', () => {
  // the clause split at "and" left "French" alone before the verb and the demand went to the second state only
  let text = 'Amnesty said Dutch and Danish troops must halt the night raids.';
  assert.ok(has(text, 'AMNESTY', 'NLDMIL', '10') && has(text, 'AMNESTY', 'DNKMIL', '10'), show(text));
  // nor was "halt the raids" the second state's own attack on itself
  assert.ok(!events(text).some((e) => e.root === '19'), show(text));
  // left alone: after a verb, "and" before a subject with a noun of its own and a verb still opens a clause
  text = 'Iraqi troops held the bridge and Kurdish fighters shelled ISIS positions nearby.';
  assert.ok(has(text, 'KRD', 'ISIS', '19') && !events(text).some((e) => e.source === 'IRQMIL'), show(text));
});

test('"its demand that Y …": a demand noun\'s that-clause is what its owner asks of Y, not what Y did', () => {
  const asserted = (text: string, source: string) => events(text).some((e) => e.source === source && e.modality === 'asserted');
  let text = 'The European Union repeated its demand that Turkey lift the restrictions on Syrian traders.';
  assert.ok(events(text).some((e) => e.source === 'EU' && e.target === 'TUR' && e.root === '10'), show(text));
  assert.ok(!asserted(text, 'TUR'), show(text));
  // a time word may stand between the noun and "that"
  text = 'The European Union renewed its demand today that Turkey lift the restrictions on Syrian traders.';
  assert.ok(events(text).some((e) => e.source === 'EU' && e.target === 'TUR' && e.root === '10') && !asserted(text, 'TUR'), show(text));
  // left alone: a demand the subject does not own ("rejected the demand") is not the subject's demand
  text = 'Ankara rejected the demand that Turkey lift the restrictions on Syrian traders.';
  assert.ok(!events(text).some((e) => e.root === '10' && e.source === 'TUR') && !asserted(text, 'TUR'), show(text));
  // nor is a that-clause after a noun of another kind ("the news that …") made a demand
  text = 'Brussels welcomed the news that Turkey lifted the restrictions on Syrian traders.';
  assert.ok(!events(text).some((e) => e.root === '10'), show(text));
});

test('"bombed rebel-held towns in X": the second half of a hyphenated compound before a noun is no verb of its own', () => {
  // "held" was a verb group that cut the object off, and the place went unread
  // (round 51: the place's holder, "rebel-held", is the target, Syria's rebels)
  let text = 'Russian jets bombed rebel-held villages in Syria.';
  assert.ok(events(text).some((e) => e.source === 'RUSMIL' && e.target === 'SYRREB' && e.root === '19'), show(text));
  text = 'Russia bombed rebel-held towns in Syria.';
  assert.ok(has(text, 'RUS', 'SYRREB', '19'), show(text));
  // left alone: after an actor the compound names who leads ("the Kurdish-led forces"), as before
  text = 'The Kurdish-led SDF signed an accord with Damascus.';
  assert.ok(!events(text).some((e) => e.source === 'KRD'), show(text));
});

test('a verb of force is no domestic matter of its own: "threatened to strike Guam" is not the state threatening itself', () => {
  // "strike" is in domestic.tsv for labour strikes; the verb read as that noun made the threat PRK against PRK
  let text = 'North Korea threatened to strike Guam.';
  assert.ok(!events(text).some((e) => e.source === 'PRK' && e.target === 'PRK'), show(text));
  text = 'Pyongyang threatened to strike Guam with missiles.';
  assert.ok(!events(text).some((e) => e.target === 'PRK'), show(text));
  // left alone: a verb that is a domestic matter keeps the home target ("agreed to resign"), as does a strike noun
  text = 'The Kyrgyz president agreed to resign.';
  assert.ok(events(text).some((e) => e.source.startsWith('KGZ') && e.target === 'KGZ'), show(text));
  text = 'Kenyan doctors organised a general strike.';
  assert.ok(events(text).some((e) => e.source.startsWith('KEN') && e.target === 'KEN' && e.root === '14'), show(text));
});

test('"expressed willingness to talk", "issued a threat to strike": a stated noun of intent or threat shifts the infinitive', () => {
  let text = 'Iran expressed willingness to talk with the United States.';
  assert.ok(has(text, 'IRN', 'USA', '036'), show(text));
  text = 'China issued a threat to attack Taiwan.';
  assert.ok(has(text, 'CHN', 'TWN', '13'), show(text));
  text = 'Serbia announced its refusal to meet Kosovo officials.';
  assert.ok(events(text).some((e) => e.source === 'SRB' && e.root === '12'), show(text));
  // left alone: a noun after a verb that does not state it ("rejected the plan to build …") shifts nothing
  text = 'Iran rejected the plan to build a pipeline with Pakistan.';
  assert.ok(!events(text).some((e) => e.root === '03'), show(text));
});

test('"clashed on the border", "cooperated on security": "on" before no date is no object, and coordinated actors act on each other', () => {
  // "on" was skipped as a time word, so "the border" read as an object and the mutual act was not coded
  let text = 'Indian and Chinese troops clashed on the border.';
  assert.ok(has(text, 'INDMIL', 'CHNMIL', '19') && has(text, 'CHNMIL', 'INDMIL', '19'), show(text));
  text = 'Iran and Iraq cooperated on security.';
  assert.ok(has(text, 'IRN', 'IRQ', '06') && has(text, 'IRQ', 'IRN', '06'), show(text));
  text = 'Iran and Iraq met on the sidelines of the summit.';
  assert.ok(has(text, 'IRN', 'IRQ', '04'), show(text));
  // left alone: a date after "on" is still skipped, and a real object still stops the mutual reading
  text = 'Iran and Iraq met on Monday.';
  assert.ok(has(text, 'IRN', 'IRQ', '04'), show(text));
  text = 'Iran and Iraq attacked Kurdish positions on Friday.';
  assert.ok(!has(text, 'IRN', 'IRQ', '19'), show(text));
});

test('"warned X against selling", "prevented X from firing": X does the gerund, and it is not done', () => {
  // the gerund was the warner's own act, asserted
  let text = 'Beijing warned Washington against selling arms to Taiwan.';
  assert.ok(!events(text).some((e) => e.source === 'CHN' && e.target === 'TWN'), show(text));
  assert.ok(events(text).some((e) => e.source === 'USA' && e.target === 'TWN' && e.modality === 'hypothetical'), show(text));
  text = 'Cairo prevented Hamas from shelling Israeli towns.';
  assert.ok(!events(text).some((e) => e.target.startsWith('ISR') && !e.negated), show(text));
  // left alone: a gerund after "accused X of" is still X's act, asserted as the accusation says
  text = 'Iran accused Israel of attacking its embassy.';
  assert.ok(has(text, 'IRN', 'ISR', '11'), show(text));
});

test('"Iran, which backs Hezbollah, condemned Israel": the verb after a relative clause set off by commas is the antecedent\'s', () => {
  // the relative clause's object was taken as the main verb's subject
  let text = 'Iran, which backs Hezbollah, condemned Israel.';
  assert.ok(has(text, 'IRN', 'ISR', '11') && !events(text).some((e) => e.source === 'HEZ'), show(text));
  text = 'Kenya, which borders Somalia, sent troops to fight al-Shabaab.';
  assert.ok(events(text).some((e) => e.source === 'KEN' && e.target === 'SHABAAB') && !events(text).some((e) => e.source === 'SOM'), show(text));
  // left alone: a relative clause after the object keeps its own subject
  text = 'Iran condemned Israel, which had attacked Syria.';
  assert.ok(has(text, 'IRN', 'ISR', '11') && has(text, 'ISR', 'SYR', '19'), show(text));
});

test('"Putin and Erdogan discussed Syria": a state named as what is discussed is the matter, not the counterpart', () => {
  let text = 'Vladimir Putin and Recep Tayyip Erdogan discussed Syria by phone.';
  assert.ok(has(text, 'RUSGOV', 'TURGOV', '04') && has(text, 'TURGOV', 'RUSGOV', '04') && !events(text).some((e) => e.target === 'SYR'), show(text));
  text = 'Putin discussed Syria with Erdogan.';
  assert.ok(has(text, 'RUSGOV', 'TURGOV', '04') && !events(text).some((e) => e.target === 'SYR'), show(text));
  // left alone: the counterpart after "with" when no actor is the matter, and a single subject's plain object
  text = 'The US discussed Iran\'s nuclear program with Israel.';
  assert.ok(has(text, 'USA', 'ISR', '04'), show(text));
  text = 'Egypt and Sudan discussed border security.';
  assert.ok(has(text, 'EGY', 'SDN', '04') && has(text, 'SDN', 'EGY', '04'), show(text));
});

test('"closed its embassy in Tehran": a mission "in" a state is located there, not that state\'s government', () => {
  // "embassy in Tehran" was Iran's government, so Britain seemed to sanction Iran's government (172)
  const text = 'Britain closed its embassy in Tehran.';
  assert.ok(!events(text).some((e) => e.target === 'IRNGOV'), show(text));
  assert.ok(events(text).some((e) => e.source === 'GBR' && e.target === 'IRN' && e.root === '16'), show(text));
  // left alone: "the government in Kabul" is still Afghanistan's
  assert.ok(mentions('The government in Kabul rejected the plan.').includes('AFGGOV'));
});

test('"retook" (which wink tags as a noun) is read as the verb after its actor', () => {
  const text = 'The Iraqi army retook Ramadi from ISIS.';
  assert.ok(has(text, 'IRQMIL', 'ISIS', '19'), show(text));
});

test('a meeting in one side\'s own country is that side hosting (043) or the other visiting (042), not a third location', () => {
  assert.ok(has('Egypt\'s foreign minister met his Jordanian counterpart in Cairo.', 'EGYGOV', 'JORGOV', '043'));
  assert.ok(has('Egypt\'s foreign minister met his Jordanian counterpart in Amman.', 'EGYGOV', 'JORGOV', '042'));
  // left alone: a city of neither side stays a third location
  const text = 'Egypt\'s foreign minister met his Jordanian counterpart in Geneva.';
  assert.ok(has(text, 'EGYGOV', 'JORGOV', '044'), show(text));
});

test('"India and China met in Moscow": coordinated sides meet each other; the city is where, no party', () => {
  let text = 'India and China met in Moscow.';
  assert.ok(has(text, 'IND', 'CHN', '044') && has(text, 'CHN', 'IND', '044') && !events(text).some((e) => e.target === 'RUS'), show(text));
  // in one side's own capital: the other side visits, the host hosts
  text = 'Iran and Turkey met in Ankara.';
  assert.ok(has(text, 'IRN', 'TUR', '042') && has(text, 'TUR', 'IRN', '043'), show(text));
});

test('"relaxed sanctions": an -ed word wink tags as an adjective is the verb when its own pattern names the noun after it', () => {
  // "relaxed" stayed an adjective and "sanctions on Cuba" read as imposing them (163)
  const text = 'The United States relaxed sanctions on Cuba.';
  assert.ok(has(text, 'USA', 'CUB', '085') && !events(text).some((e) => e.root === '16'), show(text));
  // left alone: "armed forces" keeps "armed" as an adjective
  assert.ok(has('Iraqi armed forces attacked ISIS.', 'IRQMIL', 'ISIS', '19'));
});

test('a base form wink tags as a noun after an actor opening a that-clause ("that Israel end the blockade") is the verb', () => {
  const text = 'The Arab League renewed its call that Israel end the blockade of Gaza.';
  assert.ok(events(text).some((e) => e.source === 'ARL' && e.target === 'ISR' && e.root === '02'), show(text));
  assert.ok(!events(text).some((e) => e.source === 'ISR' && e.modality === 'asserted'), show(text));
  // left alone: a noun after an actor where the sentence has a verb of its own and no that-clause ("the Israel visit")
  const other = 'After the Israel visit the minister flew to Jordan.';
  assert.ok(!events(other).some((e) => e.source === 'ISR' && e.root === '04'), show(other));
});

test('a resignation is the leadership change CAMEO codes 0831, so a call for one is 0241 and a demand 1041', () => {
  let text = 'Washington called on Maduro to resign.';
  assert.ok(has(text, 'USA', 'VENGOV', '0241'), show(text));
  text = 'The Kyrgyz president resigned on Sunday.';
  assert.ok(events(text).some((e) => e.code === '0831'), show(text));
  text = 'Egypt demanded that the Sudanese president resign.';
  assert.ok(events(text).some((e) => e.source === 'EGY' && e.code === '1041'), show(text));
  // left alone: refusing to resign stays a refusal
  text = 'The Kyrgyz president refused to resign.';
  assert.ok(events(text).some((e) => e.root === '12'), show(text));
});

test('force used by protesters is a riot (145), not an armed attack (19x)', () => {
  const text = 'Iraqi protesters stormed the US embassy in Baghdad.';
  assert.ok(has(text, 'IRQCVL', 'USAGOV', '145') && !events(text).some((e) => e.root === '19'), show(text));
  // left alone: troops storming a stronghold, and police attacking protesters
  assert.ok(has('Iraqi troops stormed the ISIS stronghold.', 'IRQMIL', 'ISIS', '19'));
  assert.ok(!events('Iraqi police attacked protesters in Baghdad.').some((e) => e.code === '145'));
});

test('"Kuwait mediated between …": an -ed word tagged as an adjective before the preposition its pattern names is the verb', () => {
  const text = 'Kuwait mediated between Saudi Arabia and Qatar.';
  assert.ok(has(text, 'KWT', 'SAU', '045') && has(text, 'KWT', 'QAT', '045'), show(text));
  // left alone: a participle before a preposition no pattern of it names ("forces stationed in Qatar")
  const other = 'Turkish forces stationed in Qatar trained Qatari troops.';
  assert.ok(has(other, 'TURMIL', 'QATMIL', '06'), show(other));
});
