/**
 * Round 12 of the coder's constructions: each test codes the project's own sentences and checks the construction,
 * and the cases the rule must leave alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { events, has, mentions, show } from './coding.ts';

test('armed movements of older wars are actors (nonstate.tsv), each with its own code', () => {
  let text = 'UNITA fighters ambushed a convoy of Zambian soldiers last week.';
  assert.ok(has(text, 'UNITA', 'ZMBMIL', '1'), show(text));
  text = 'The Tamil Tigers attacked a Sri Lankan navy base.';
  assert.ok(has(text, 'LTTE', 'LKAMIL', '1'), show(text));
  text = 'Ugandan troops clashed with the SPLA in a border district.';
  assert.ok(events(text).some((e) => e.target === 'SPLA' || e.source === 'SPLA'), show(text));
  // left alone: capital-only acronyms and a first name are no groups
  assert.ok(!mentions('Aunt Eta visited the eta café with Karen.').some((c) => ['ETA', 'KNU'].includes(c)));
  assert.ok(!mentions('Karen met Ira in a quiet village.').some((c) => ['IRA', 'KNU'].includes(c)));
});

test('UN agencies and peacekeeping missions are IGOs (igos.tsv)', () => {
  let text = 'The ILO criticised Qatar over the treatment of migrant workers.';
  assert.ok(has(text, 'ILO', 'QAT', '1'), show(text));
  text = 'KFOR troops detained two Serbian policemen.';
  assert.ok(events(text).some((e) => e.source === 'KFOR'), show(text));
  // left alone: lower-case words that spell an acronym
  assert.ok(!mentions('The kfor and ilo tags were removed from the page.').some((c) => ['ILO', 'KFOR'].includes(c)));
});

test('people named by trade, cause or faith attach to their state (sectors.tsv)', () => {
  let text = 'Bolivian farmers blocked roads to La Paz to protest against a new water tax.';
  assert.ok(mentions(text).includes('BOLAGR'), mentions(text).join(' '));
  text = 'Indonesian fundamentalists attacked the Danish embassy in Jakarta.';
  assert.ok(events(text).some((e) => e.source === 'IDNRAD' && e.target.startsWith('DNK')), show(text));
  text = 'Striking Nigerian dockworkers turned down a new pay offer from the Nigerian government.';
  assert.ok(mentions(text).includes('NGALAB'), mentions(text).join(' '));
  // left alone: the word with no state, and a title still names its holder
  assert.ok(!mentions('Farmers in the valley planted maize.').some((c) => c.endsWith('AGR')));
  text = 'Opposition leader Raila Odinga accused the Kenyan government of fraud.';
  assert.ok(events(text).some((e) => e.source.startsWith('KEN') && e.target === 'KENGOV'), show(text));
});

test('verbs and nouns of round 12 (patterns.tsv): swaps, snubs, skirmishes, recaptures, airlifts', () => {
  let text = 'Armenia swapped prisoners with Azerbaijan on Tuesday.';
  assert.ok(events(text).some((e) => e.code.startsWith('084')), show(text));
  text = 'Syrian troops recaptured a Turkish observation post.';
  assert.ok(has(text, 'SYRMIL', 'TUR', '19'), show(text));
  text = 'Indian soldiers skirmished with Chinese troops along the frontier.';
  assert.ok(has(text, 'INDMIL', 'CHNMIL', '19'), show(text));
  text = 'Canada airlifted food to Haitian villagers.';
  assert.ok(has(text, 'CAN', 'HTICVL', '07'), show(text));
  text = 'The Iranian president snubbed France.';
  assert.ok(has(text, 'IRNGOV', 'FRA', '12'), show(text));
  // left alone: a traded good is no prisoner, a fired employee no snub
  for (const alone of [
    'Armenia exchanged views on trade with Azerbaijan.',
  ]) assert.ok(!events(alone).some((e) => e.code.startsWith('084')), show(alone));
});

test('peoples and movements of one state are actors of that state (peoples.tsv)', () => {
  let text = 'Chechen rebels ambushed a Russian army convoy near Grozny.';
  assert.ok(has(text, 'RUSSEP', 'RUSMIL', '19'), show(text));
  text = 'Chinese police detained dozens of Uighurs in Urumqi.';
  assert.ok(has(text, 'CHNCOP', 'CHNCVL', '17'), show(text));
  text = 'Coptic Christians protested against the Egyptian government.';
  assert.ok(has(text, 'EGYREL', 'EGYGOV', '14'), show(text));
  // left alone: peoples of several states have no entry; a lower-case word is no movement
  assert.ok(!mentions('Tamils in Chennai celebrated the harvest festival.').some((c) => c.startsWith('LKA')));
  assert.ok(!mentions('The contras of the painting were sharp, the Nicaraguan critic said.').includes('NICREB'));
});

test('parties of one state are its party sector (parties.tsv)', () => {
  let text = 'The Awami League accused Myanmar of burning villages near the frontier.';
  assert.ok(has(text, 'BGDPTY', 'MMR', '11'), show(text));
  text = 'ZANU-PF militants attacked a British reporter in Harare.';
  assert.ok(events(text).some((e) => e.source === 'ZWEPTY'), show(text));
  // left alone: acronyms with other meanings, and lower case
  assert.ok(!mentions('The PPP contract for the new bridge was signed in London.').some((c) => c.endsWith('PTY')));
  assert.ok(!mentions('She bought a pan and a kmt sticker.').some((c) => c.endsWith('PTY')));
});

test('UN missions of later wars and press or aid NGOs are actors of their own (igos.tsv)', () => {
  const text = 'Reporters Without Borders condemned Eritrea for jailing eleven editors.';
  assert.ok(has(text, 'RWB', 'ERI', '11'), show(text));
  assert.ok(mentions('UNMIK police arrested a Serbian smuggler.').includes('UNMIK'));
  // left alone: a quartet of musicians is no mediator group
  assert.ok(!mentions('A string quartet from Vienna played in Cairo.').includes('QUARTET'));
});

test('insurgencies of the Cold War and after in Latin America, Africa and the Levant (nonstate.tsv)', () => {
  let text = 'FMLN guerrillas attacked an army garrison in San Miguel.';
  assert.ok(mentions(text).includes('FMLN'), mentions(text).join(' '));
  text = 'The PFLP claimed responsibility for the bombing of an Israeli bus.';
  assert.ok(events(text).some((e) => e.source === 'PFLP'), show(text));
  // left alone: a courthouse is no Islamic court union; lower-case mujahideen with no people named
  assert.ok(!mentions('The Islamic court in Kano sentenced a thief.').includes('ICU'));
  assert.ok(!mentions('The mujahideen of the old stories rode at dawn.').includes('MUJAHIDEEN'));
});
