/**
 * Round 13 of the coder's constructions (data only: dictionaries/verbs/patterns.tsv): verb and noun phrasings of
 * CAMEO categories that no pattern had, each with the look-alikes the new rows must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cues, events, has, show } from './coding.ts';

const none = (text: string, root: string) => !events(text).some((e) => e.code.startsWith(root));

test('criticism phrasings: hitting out or back at, holding to account, taking to court', () => {
  let text = 'Germany hit out at Turkey over the arrests of reporters.';
  assert.ok(has(text, 'DEU', 'TUR', '111'), show(text));
  text = 'The White House will hold Iran accountable for the tanker seizures.';
  assert.ok(has(text, 'USAGOV', 'IRN', '112'), show(text));
  text = 'Mexico took the United States to court over the new border fees.';
  assert.ok(has(text, 'MEX', 'USA', '115'), show(text));
  // left alone: hitting out at no actor codes nothing
  assert.ok(events('Fans hit out at the referee after the game.').length === 0);
});

test('"hit" is force when an actor is hit, a tariff sanction when the blow is a tariff', () => {
  let text = 'Israeli jets hit Hamas positions in Gaza overnight.';
  assert.ok(has(text, 'ISRMIL', 'HAMAS', '19'), show(text));
  text = 'Washington hit China with new tariffs on steel.';
  assert.ok(events(text).some((e) => e.code === '163' && e.target === 'CHN'), show(text));
  assert.ok(none(text, '19'), show(text));
  // left alone: storms, records and sanctions that hit are no actors' force
  for (const alone of [
    'The storm hit Cuba on Sunday.',
    'Indian exports to China hit a record last year.',
    'Japanese factories were hit by a strong earthquake.',
    'Sanctions hit the Iranian economy hard.',
  ]) assert.ok(none(alone, '19'), show(alone));
  // crowds that hit the streets protest
  text = 'Thousands of Venezuelans hit the streets against the Venezuelan government.';
  assert.ok(events(text).some((e) => e.code === '140') && none(text, '19'), show(text));
});

test('what is released or called is not always a person or a phone call', () => {
  let text = 'The French government released a statement on Iran.';
  assert.ok(none(text, '084'), show(text));
  text = 'The Mexican government released three American prisoners.';
  assert.ok(has(text, 'MEXGOV', 'USA', '084'), show(text));
  text = 'Britain called a snap election.';
  assert.ok(none(text, '041'), show(text));
  text = 'The Kenyan president called his Ugandan counterpart to discuss the border.';
  assert.ok(events(text).some((e) => e.code === '041'), show(text));
});

test('vetoes, defiance and the breach of a truce', () => {
  let text = 'Russia blocked a United Nations resolution on Syria.';
  assert.ok(events(text).some((e) => e.code === '129' && e.source === 'RUS'), show(text));
  text = 'Colombian rebels broke the truce on Friday, the army said.';
  assert.ok(events(text).some((e) => e.code === '196' && e.source === 'COLREB'), show(text));
  // left alone: a road block is still a protest act, not a veto
  text = 'Bolivian miners blocked roads to protest against the Bolivian government.';
  assert.ok(none(text, '129'), show(text));
});

test('security and force stepped up, patrols, presence, attacks', () => {
  let text = 'The Indian army stepped up patrols along the border with Pakistan.';
  assert.ok(events(text).some((e) => e.code === '151' && e.source === 'INDMIL'), show(text));
  text = 'Beijing increased its military presence near Taiwan.';
  assert.ok(has(text, 'CHN', 'TWN', '154'), show(text));
  // left alone: stepping up trade or aid is no show of force
  assert.ok(none('Beijing increased its imports of Brazilian soybeans.', '15'));
  for (const alone of ['The United States boosted military aid to Ukraine.', 'India stepped up military cooperation with Vietnam.'])
    assert.ok(none(alone, '15'), show(alone));
});

test('sanctions and cuts: withheld aid, frozen accounts, blacklists', () => {
  let text = 'The United States withheld aid from Honduras last year.';
  assert.ok(events(text).some((e) => e.code.startsWith('16') && e.target === 'HND'), show(text));
  text = 'Ukraine froze the accounts of Russian banks.';
  assert.ok(events(text).some((e) => e.code === '163' && e.source === 'UKR'), show(text));
  // left alone: a frozen wage bill and a relation frozen keep their codes
  text = 'Ukraine froze its relations with Russia.';
  assert.ok(events(text).some((e) => e.code === '160'), show(text));
});

test('meetings, summits, tributes and appeals named by other words', () => {
  let text = 'Trump held a summit with Kim Jong Un in Hanoi.';
  assert.ok(events(text).some((e) => e.code === '040' && e.source.startsWith('USA')), show(text));
  text = 'The Russian foreign minister joined the Chinese delegation for dinner.';
  assert.ok(has(text, 'RUSGOV', 'CHNGOV', '040'), show(text));
  text = 'India paid tribute to the Nepalese soldiers.';
  assert.ok(has(text, 'IND', 'NPLMIL', '051'), show(text));
  text = 'The Kenyan government encouraged Somalia to hold fresh elections.';
  assert.ok(has(text, 'KENGOV', 'SOM', '020'), show(text));
  text = 'The European Union mobilised funds for Colombia.';
  assert.ok(events(text).some((e) => e.code === '071' && e.target === 'COL'), show(text));
  // left alone: encouraging results and a paid fee
  assert.ok(events('The results of the talks were encouraging for Iran and Iraq.').length === 0);
  assert.ok(none('The Indian team paid its fees to the Nepalese federation.', '051'));
});

test('arrests and armed revolt: apprehend, take up arms', () => {
  let text = "Egypt's police apprehended a Sudanese smuggler.";
  assert.ok(events(text).some((e) => e.code === '173' && e.source === 'EGYCOP'), show(text));
  text = 'Thousands of Iraqis took up arms against the US occupation.';
  assert.ok(events(text).some((e) => e.code.startsWith('19') && e.source === 'IRQ'), show(text));
  // left alone: an exiled leader is no expulsion
  assert.ok(none('The exiled Tibetan leader met the Indian prime minister in Delhi.', '174'));
});

test('second set: police deployed, protests put off, ties mended, loans approved, oaths to fight', () => {
  let text = 'The Kenyan government deployed riot police to Kisumu.';
  assert.ok(events(text).some((e) => e.code === '153' && e.source === 'KENGOV'), show(text));
  text = 'France dispatched troops to Mali.';
  assert.ok(has(text, 'FRA', 'MLI', '154'), show(text));
  text = 'Opposition leaders in Belarus postponed the protest against the Belarusian government.';
  assert.ok(events(text).some((e) => e.code === '082'), show(text));
  text = 'Qatar and Saudi Arabia mended their ties.';
  assert.ok(has(text, 'QAT', 'SAU', '050'), show(text));
  text = 'The IMF approved a loan to Pakistan.';
  assert.ok(has(text, 'IMF', 'PAK', '071'), show(text));
  text = 'Russia lent its support to Serbia.';
  assert.ok(has(text, 'RUS', 'SRB', '051'), show(text));
  text = 'The Nigerian army swore to crush Boko Haram.';
  assert.ok(events(text).some((e) => e.code.startsWith('13') && e.source === 'NGAMIL'), show(text));
  text = 'Kenyan teachers threatened to go on strike against the Kenyan government.';
  assert.ok(events(text).some((e) => e.code === '133'), show(text));
  // left alone: a letter dispatched is no deployment, a loan repaid no aid
  assert.ok(none('Turkey dispatched a letter to Greece.', '15'));
  assert.ok(none('Pakistan repaid its loan to the IMF.', '07'));
});

test('third set: waivers, access, missiles fired at a target, persona non grata, impounding, blocked sites', () => {
  let text = 'The United States waived sanctions on Indian oil imports.';
  assert.ok(has(text, 'USA', 'IND', '085'), show(text));
  text = 'Sudan accepted peacekeepers from Ethiopia.';
  assert.ok(events(text).some((e) => e.code === '0861' && e.source === 'SDN'), show(text));
  text = 'Hamas launched rockets against Israeli towns.';
  assert.ok(has(text, 'HAMAS', 'ISR', '194'), show(text));
  text = 'Russia declared two Estonian diplomats persona non grata.';
  assert.ok(events(text).some((e) => e.code === '161' && e.source === 'RUS'), show(text));
  text = 'Iranian forces impounded a British tanker.';
  assert.ok(events(text).some((e) => e.code === '171' && e.target === 'GBR'), show(text));
  text = 'China blocked websites of American newspapers.';
  assert.ok(events(text).some((e) => e.code === '1721' && e.source === 'CHN'), show(text));
  text = 'Ecuador offered asylum to an Australian activist.';
  assert.ok(events(text).some((e) => e.code === '075' && e.source === 'ECU'), show(text));
  // left alone: a missile launched on a weekday is a test, with no target of force
  for (const alone of ['North Korea launched a missile on Tuesday.', 'North Korea launched two missiles into the Sea of Japan.'])
    assert.ok(none(alone, '19'), show(alone));
  assert.ok(events('The ministry cautioned drivers about icy roads in Norway.').length === 0);
});

test('threats take the codebook code of what is threatened (complements.tsv)', () => {
  let text = 'The United States threatened to cut aid to Pakistan.';
  assert.ok(has(text, 'USA', 'PAK', '1311'), show(text));
  text = 'Al-Shabaab threatened to kidnap Kenyan teachers.';
  assert.ok(events(text).some((e) => e.code === '1383'), show(text));
  text = 'The Nigerian government threatened to ban the Kenyan newspaper.';
  assert.ok(events(text).some((e) => e.code.startsWith('132')), show(text));
});

test('a demand or an appeal renewed or repeated by its own maker', () => {
  let text = 'Pakistan renewed its demand for talks with India.';
  assert.ok(has(text, 'PAK', 'IND', '106'), show(text));
  text = 'The Chinese government reiterated its appeal to North Korea for restraint.';
  assert.ok(has(text, 'CHNGOV', 'PRK', '02'), show(text));
  // left alone: echoing another's demand is no demand of one's own
  assert.ok(none('Iran repeated the demand of the United States in a mocking tone.', '10'));
});

test('fifth set: commitments restated, people in need supported, contributions', () => {
  let text = 'Japan reaffirmed its commitment to the Philippines.';
  assert.ok(has(text, 'JPN', 'PHL', '030'), show(text));
  text = 'The United Nations supported Syrian refugees in Lebanon.';
  assert.ok(has(text, 'UN', 'SYRREF', '070'), show(text));
  text = 'Germany made a contribution to the World Food Programme.';
  assert.ok(has(text, 'DEU', 'WFP', '070'), show(text));
  // left alone: a restated commitment is no troop reinforcement; fans back a team by word
  assert.ok(none('Japan reinforced its commitment to the Philippines.', '15'));
  assert.ok(none('Brazilian fans supported the Argentine team.', '07'));
});

test('sixth set: impeachment, reimposed sanctions, revoked visas, equipped forces', () => {
  let text = 'The Brazilian Congress impeached the Brazilian president in 2016.';
  assert.ok(events(text).some((e) => e.code === '112' && e.source.startsWith('BRA')), show(text));
  text = 'The United States reimposed sanctions on Iran in November.';
  assert.ok(has(text, 'USA', 'IRN', '163'), show(text));
  text = 'Russia revoked the visas of two Japanese reporters.';
  assert.ok(events(text).some((e) => e.code === '172' && e.source === 'RUS'), show(text));
  text = 'Iran equipped the Houthi militia with drones.';
  assert.ok(events(text).some((e) => e.code === '072' && e.source === 'IRN'), show(text));
  // left alone: a device equipped with sensors names no aid
  assert.ok(none('A Russian probe equipped with sensors landed on Mars.', '07'));
});

test('seventh set: compliance, responsibility admitted, amnesty, unfrozen assets, encirclement, lemmas', () => {
  let text = 'Iran complied with the demands of the United Nations.';
  assert.ok(has(text, 'IRN', 'UN', '083'), show(text));
  text = 'The Myanmar army admitted responsibility for the killings of Rohingya villagers.';
  assert.ok(events(text).some((e) => e.code === '015' && e.source === 'MMRMIL'), show(text));
  text = 'Norway facilitated talks between Colombia and the FARC.';
  assert.ok(has(text, 'NOR', 'COL', '045'), show(text));
  text = 'The Sudanese government granted amnesty to Darfur rebels.';
  assert.ok(events(text).some((e) => e.code === '056' && e.source === 'SDNGOV'), show(text));
  text = 'Washington unfroze Iranian assets.';
  assert.ok(has(text, 'USA', 'IRN', '085'), show(text));
  text = 'Russian troops encircled Ukrainian soldiers near Debaltseve.';
  assert.ok(has(text, 'RUSMIL', 'UKRMIL', '191'), show(text));
  text = 'Pakistani troops honored the truce with India.';
  assert.ok(has(text, 'PAKMIL', 'IND', '0871'), show(text));
  // left alone: complying with rules names nobody who demanded it
  assert.ok(events('German carmakers complied with the new rules.').length === 0);
});

test('eighth set: what is called off, courts gone to, funds mobilised', () => {
  let text = 'Spanish unions called off the general strike against the Spanish government.';
  assert.ok(events(text).some((e) => e.code === '082' && e.source === 'ESPLAB'), show(text));
  text = 'India called off talks with Pakistan.';
  assert.ok(has(text, 'IND', 'PAK', '125'), show(text));
  text = 'Turkey called off its offensive against the Kurdish militia.';
  assert.ok(events(text).some((e) => e.code === '087' && e.source === 'TUR'), show(text));
  text = 'Mexico went to court against the United States.';
  assert.ok(has(text, 'MEX', 'USA', '115'), show(text));
  assert.ok(cues('The European Union mobilised funds to support peace in Colombia.').includes('071'));
  // left alone: a call to a counterpart is still a telephone call; support mobilised stays 053
  assert.ok(events('The Kenyan president called his Ugandan counterpart to discuss the border.').some((e) => e.code === '041'));
  assert.ok(has('The Arab League mobilised support for the Palestinians.', 'ARL', 'PSE', '053'));
  assert.ok(!cues('The strike by Nigerian dockworkers was called off on Friday.').includes('041'));
});
