/**
 * Round 46, the actor side for domestic and non-state actors: broadcasters, state companies, NGOs, peoples and
 * religious communities, agencies and forces by their own names; ISWAP apart from Boko Haram; display names of
 * composed sector codes; bare sectors ("the government", "the ruling party", "the military council") of the one state a
 * story named before; the opposition, legislature or parties after a state's police, spies, judges or party; adjectives
 * between a possessive and a sector. Own sentences on public facts; each test has a near case that must stay as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coder } from './coding.ts';

const codesOf = (text: string, date = '2018-06-01') => coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => m.code));
const namesOf = (text: string, date = '2018-06-01') => coder.analyse(text, date, 'x').flatMap((s) => s.mentions.map((m) => `${m.code}:${m.name}`));
const eventsOf = (text: string, date = '2018-06-01') => coder.codeText(text, date).map((e) => `${e.source}>${e.target}:${e.code}`);
const showOf = (text: string, date = '2018-06-01') => `${text} (${date}): ${eventsOf(text, date).join(' ')} | ${codesOf(text, date).join(' ')}`;
/** An event from `source` to `target` whose code starts with `root`, on `date`. */
const hasOn = (text: string, source: string, target: string, root: string, date = '2018-06-01') =>
  coder.codeText(text, date).some((e) => e.source === source && e.target === target && e.code.startsWith(root));
const all = (rows: readonly (readonly [string, string, string, string, string?])[]) => {
  for (const [t, s, o, r, d] of rows) assert.ok(hasOn(t, s, o, r, d), showOf(t, d));
};

test('broadcasters, state companies and NGOs by their own names (institutions.tsv, companies.tsv, igos.tsv)', () => {
  all([
    ['Cairo jailed three Al Jazeera reporters on charges of aiding the Brotherhood.', 'EGY', 'QATMED', '17', '2014-06-23'],
    ['Tehran froze the bank accounts of BBC Persian staff.', 'IRN', 'GBRMED', '16', '2017-10-26'],
    ['Washington ordered RT to register as a foreign agent.', 'USA', 'RUSMED', '', '2017-11-13'],
    ['The US Treasury imposed sanctions on Nord Stream 2.', 'USAGOV', 'RUSBUS', '16', '2019-12-21'],
    ['Budapest accused the Open Society Foundations of financing migration.', 'HUN', 'OSF', '11', '2017-04-05'],
  ]);
  // left alone: the vaccine of that name, "rt" in lower case, and a state's own demonym before "media"
  assert.ok(!codesOf('Russia registered the Sputnik V vaccine.', '2020-08-11').includes('RUSMED'));
  assert.ok(!codesOf('Fans will rt the post from Moscow.').includes('RUSMED'));
  assert.ok(codesOf('Iranian state television aired the confession.').includes('IRNMED'));
});

test('ISWAP has its own code, apart from Shekau\'s Boko Haram (nonstate.tsv); Dapchi and Zaria are Nigerian towns', () => {
  all([
    ['Boko Haram fighters attacked ISWAP positions near Lake Chad.', 'BOKO', 'ISWAP', '19', '2019-03-01'],
    ['The Nigerian army accused the Islamic State West Africa Province of killing aid workers.', 'NGAMIL', 'ISWAP', '11', '2019-07-26'],
    ['Boko Haram abducted schoolgirls in Dapchi.', 'BOKO', 'NGA', '18', '2018-02-19'],
  ]);
  // left alone: Boko Haram by its own name, and a Swedish fighter jet named JAS in a story that names no Nigeria
  assert.ok(hasOn('Boko Haram killed villagers near Maiduguri.', 'BOKO', 'NGA', '1', '2015-01-10'));
  assert.ok(!codesOf('Thailand bought JAS 39 Gripen jets from Sweden.', '2010-06-01').includes('BOKO'));
});

test('people and parties of the opposition: Navalny, the CNRP, Venezuela\'s Constituent Assembly (leaders, parties, institutions)', () => {
  assert.ok(hasOn('Navalny accused Medvedev of hiding a fortune in villas.', 'RUSOPP', 'RUSGOV', '11', '2017-03-02'), showOf('Navalny accused Medvedev of hiding a fortune in villas.', '2017-03-02'));
  assert.deepEqual(codesOf('The Cambodian Supreme Court dissolved the Cambodia National Rescue Party.', '2017-11-16'), ['KHMJUD', 'KHMOPP']);
  assert.ok(codesOf('The Constituent Assembly lifted the immunity of Juan Guaido.', '2019-04-02').includes('VENLEG'));
  // left alone: the ruling Cambodian People's Party stays a party, and "Constituent Assembly" in a story about Nepal
  assert.ok(codesOf("The Cambodian People's Party won every seat.", '2018-07-30').includes('KHMPTY'));
  assert.ok(!codesOf("Nepal's Constituent Assembly adopted a new constitution.", '2015-09-16').includes('VENLEG'));
});

test('peoples and religious communities: Yazidis, Oromo, Christians of a state, Gulenists, Rohingya insurgents, mercenaries', () => {
  all([
    ['Islamic State fighters killed hundreds of Yazidis near Sinjar.', 'ISIS', 'IRQREL', '19', '2014-08-03'],
    ['Ethiopian troops shot Oromo protesters in Bishoftu.', 'ETHMIL', 'ETHCVL', '1', '2016-10-02'],
    ['The Nigerian army killed hundreds of Shiite Muslims in Zaria.', 'NGAMIL', 'NGAREL', '19', '2015-12-12'],
    ['Turkish intelligence seized Gulenist teachers in Moldova.', 'TURSPY', 'TUROPP', '17', '2018-09-06'],
    ['Myanmar troops clashed with Rohingya insurgents in Maungdaw.', 'MMRMIL', 'ARSA', '19', '2017-08-25'],
    ['American strikes killed Russian mercenaries near Deir ez-Zor.', 'USA', 'RUSUAF', '19', '2018-02-07'],
  ]);
  assert.ok(codesOf('Iraqi Christians returned to Qaraqosh.', '2017-06-01').includes('IRQREL'));
  // left alone: Rohingya civilians stay the Rohingya people, and religious words without a state name no actor
  assert.ok(codesOf('Rohingya refugees fled to Bangladesh.', '2017-09-01').includes('MMRCVL'));
  assert.deepEqual(codesOf('Christians and Muslims prayed together.'), []);
});

test('agencies and forces by the words wire news uses: external affairs, military intelligence, Rangers, domestic security agency', () => {
  all([
    ["The Indian External Affairs Ministry summoned Pakistan's envoy over the shelling.", 'INDGOV', 'PAKGOV', '11', '2018-01-20'],
    ['Washington indicted Russian military intelligence officers for hacking.', 'USA', 'RUSSPY', '', '2018-07-13'],
    ['Pakistani Rangers arrested gang members in Karachi.', 'PAKMIL', 'PAK', '17', '2015-03-11'],
    ["Israel's domestic security agency arrested Hamas operatives in Hebron.", 'ISRSPY', 'HAMAS', '17', '2016-05-01'],
  ]);
  // left alone: a civil protection service is no spy agency, the Russian military stays the military
  assert.ok(!codesOf('The French Civil Security service said the fire was under control.').includes('FRASPY'));
  assert.ok(codesOf('The Russian military shelled Ukrainian positions.', '2022-03-01').includes('RUSMIL'));
});

test('display names of composed sector codes come from the state and the sector, not the first institution row', () => {
  const names = namesOf('Indian police detained Chadian troops and Iraqi Christians.');
  assert.ok(names.includes('INDCOP:India police'), names.join(' '));
  assert.ok(names.includes('TCDMIL:Chad military'), names.join(' '));
  assert.ok(names.includes('IRQREL:Iraq religious'), names.join(' '));
  // left alone: a row's own name ("the Kremlin", "Huawei", "the CRPF") when the text names it
  const own = namesOf('The Kremlin criticised Huawei and the Central Reserve Police Force.');
  assert.ok(own.includes('RUSGOV:Kremlin') && own.includes('CHNBUS:Huawei') && own.includes('INDCOP:Central Reserve Police Force'), own.join(' '));
});

test('"the government", "the ruling party", "the military council" of the one state named before (descriptions.tsv)', () => {
  all([
    ['Zimbabwe voted in July. The ruling party accused the opposition of violence.', 'ZWEPTY', 'ZWEOPP', '11', '2018-08-02'],
    ['Zimbabwe voted in July. The government accused the opposition of inciting riots.', 'ZWEGOV', 'ZWEOPP', '11', '2018-08-02'],
    ["Sudan's generals removed Bashir from power. The military council then arrested the former president.", 'SDNMIL', 'SDN', '17', '2019-04-17'],
    ['Protesters marched through Hong Kong on Sunday. Later the police fired tear gas at the crowd.', 'HKGCOP', 'HKG', '17', '2019-08-11'],
  ]);
  // left alone: two states named before, "the government of" another state, and a broadcaster's state
  const two = 'Iran seized a British tanker. The government denied breaking the law.';
  assert.ok(!codesOf(two, '2019-07-20').some((c) => c.endsWith('GOV')), showOf(two, '2019-07-20'));
  assert.ok(!codesOf('Niger closed its border. The government of Mali protested.').includes('NERGOV'));
});

test('a broadcaster named by its name is no state the story is about: the story\'s one state stays one', () => {
  // the unknown prime minister is the Bahamas' when the story names no other state; the BBC cited in between is no state
  const t = 'Hurricane Dorian struck the Bahamas. According to the BBC, residents rescued their neighbours. Prime Minister Hubert Minnis said twenty people had died.';
  assert.ok(codesOf(t, '2019-09-05').includes('BHSGOV'), showOf(t, '2019-09-05'));
  // left alone: a second state named by name makes two
  const u = 'Hurricane Dorian struck the Bahamas. Britain sent a navy ship. Prime Minister Hubert Minnis said twenty people had died.';
  assert.ok(!codesOf(u, '2019-09-05').includes('BHSGOV'), showOf(u, '2019-09-05'));
});

test('the opposition, legislature or party after a state\'s police, spies, judges or party is that state\'s', () => {
  all([
    ['The Nicaraguan police arrested opposition leaders.', 'NICCOP', 'NICOPP', '17', '2018-09-01'],
    ['Russian police detained opposition activists in Moscow.', 'RUSCOP', 'RUSOPP', '17', '2018-05-05'],
    ["Venezuela's Supreme Court condemned the National Assembly.", 'VENJUD', 'VENLEG', '11', '2017-03-29'],
    ["Bangladesh's ruling Awami League accused the opposition of arson.", 'BGDPTY', 'BGDOPP', '11', '2015-02-01'],
  ]);
  // left alone: a foreign capital, an army, two states
  assert.ok(!codesOf('Washington backed the opposition against Maduro.', '2019-02-01').includes('USAOPP'));
  assert.ok(!codesOf('The Russian army attacked opposition fighters near Idlib.').includes('RUSOPP'));
  assert.ok(!codesOf("After Germany's protest, Turkish police detained opposition figures.").includes('TUROPP'));
  // and the opposition so found is named as the state's, not as a row of the same code (TUROPP is also the Gülen movement's)
  assert.ok(namesOf('Turkish police detained opposition figures.').includes('TUROPP:Turkey opposition'));
});

test('adjectives between a possessive and a sector word; a sector word before "-backed" is the backer\'s', () => {
  all([
    ["Yemen's Saudi-backed government accused the UAE of arming separatists.", 'YEMGOV', 'ARE', '11', '2019-08-11'],
    ["Egypt's military-backed government accused Qatar of funding terrorism.", 'EGYGOV', 'QAT', '11', '2014-03-06'],
    ["Iran's elite Quds Force armed Houthi rebels.", 'IRNMIL', 'HOUTHI', '07', '2018-06-01'],
  ]);
  assert.ok(!codesOf("Egypt's military-backed government accused Qatar of funding terrorism.", '2014-03-06').includes('EGYMIL'));
  // left alone: no possessive ("the Saudi-backed government" names no Yemen), and a noun that is no sector
  assert.ok(!codesOf('The Saudi-backed government accused Iran of arming the Houthis.').includes('YEMGOV'));
  assert.deepEqual(codesOf("Iran's nuclear programme worried Israel."), ['IRN', 'ISR']);
});
