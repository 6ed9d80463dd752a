import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadComplements, loadVerbDictionary, parsePatterns, VerbDictionaryError } from '../../src/extract/verbs.ts';
import { createCoder } from '../../src/extract/coder.ts';
import { cameo } from '../../src/model/cameo.ts';

const coder = createCoder();
/** Code one sentence and give its events as "SRC>TGT:CODE" strings. */
const code = (text: string) => coder.codeText(text, '2015-03-01').map((e) => `${e.source}>${e.target}:${e.code}`);

test('the verb dictionary covers all 20 CAMEO roots with valid codes', () => {
  const d = loadVerbDictionary();
  const roots = new Set<string>();
  for (const m of [d.verbs, d.nouns]) for (const list of m.values()) for (const p of list) { roots.add(p.code.slice(0, 2)); assert.ok(cameo(p.code), p.code); }
  for (let r = 1; r <= 20; r++) assert.ok(roots.has(String(r).padStart(2, '0')), `root ${r}`);
  assert.ok(d.size > 400);
});

test('bad pattern lines are reported with file and line', () => {
  assert.throws(() => parsePatterns('# c\n999\tV\tfoo\n', 'x.tsv'), (e: Error) => e instanceof VerbDictionaryError && /x\.tsv:2: unknown CAMEO code/.test(e.message));
  assert.throws(() => parsePatterns('040\tQ\tmeet\n', 'y.tsv'), /y\.tsv:1: kind must be V or N/);
  assert.throws(() => parsePatterns('040 meet\n', 'z.tsv'), /z\.tsv:1: expected code, kind and pattern/);
  assert.throws(() => parsePatterns('020\tV\tcall =\n', 'w.tsv'), /w\.tsv:1: empty word/);
});

test('"=" before a pattern word: no actor between it and the word before ("call =on")', () => {
  const [p] = parsePatterns('020\tV\tcall =on|upon to\n', 'a.tsv');
  assert.deepEqual(p.words, [['on', 'upon'], ['to']]);
  assert.deepEqual(p.adjacent, [true, false]);
  assert.deepEqual(code('Obama called on Putin to withdraw his troops.').map((e) => e.slice(0, 14)), ['USAGOV>RUSGOV:']);
  assert.ok(code('Obama called on Putin to withdraw his troops.')[0].startsWith('USAGOV>RUSGOV:02'));
  // a phone call on a day of the week is no appeal
  assert.deepEqual(code('Obama called Putin on Monday.'), ['USAGOV>RUSGOV:041']);
});

test('the longest pattern wins: "impose sanctions on" is 163, "hold talks with" 040, "air strikes on" 195', () => {
  assert.deepEqual(code('The United States imposed sanctions on Iran.'), ['USA>IRN:163']);
  assert.deepEqual(code('Iran held talks with Iraq on Monday.'), ['IRN>IRQ:040']);
  assert.ok(code('Russia launched air strikes on Syria.').includes('RUS>SYR:195'));
  assert.deepEqual(code('Turkey condemned Israel.'), ['TUR>ISR:111']);
  assert.deepEqual(code('Iraq accused Iran of funding militants.'), ['IRQ>IRN:1123']);
});

test('common verbs map to their CAMEO categories', () => {
  const cases: [string, string][] = [
    ['Egypt urged Israel to show restraint.', 'EGY>ISR:02'],
    ['Japan met China in Beijing.', 'JPN>CHN:04'],
    ['France praised Germany.', 'FRA>DEU:05'],
    ['Iran provided weapons to Syria.', 'IRN>SYR:072'],
    ['Russia threatened Ukraine.', 'RUS>UKR:13'],
    ['Israel rejected the Egyptian plan.', 'ISR>EGY:12'],
    ['India arrested Pakistani diplomats.', 'IND>PAK:173'],
    ['Turkey shelled Syria.', 'TUR>SYR:194'],
    ['Iraq and Iran clashed.', 'IRQ>IRN:190'],
  ];
  for (const [text, want] of cases) {
    const got = code(text);
    const [pair, c] = want.split(':');
    assert.ok(got.some((g) => g.startsWith(pair) && (!c || g.split(':')[1].startsWith(c))), `${text} → ${got.join(', ')} (want ${want})`);
  }
});

test('passive voice gets source and target right', () => {
  assert.deepEqual(code('Baghdad was attacked by ISIS on Monday.'), ['ISIS>IRQ:190']);
  assert.deepEqual(code('Syria was bombed by Russia.'), ['RUS>SYR:195']);
});

test('complements shift the code: agree to / threaten to / refuse to', () => {
  const c = loadComplements();
  assert.equal(c.shift('intent', '072'), '0332');
  assert.equal(c.shift('threat', '190'), '138');
  assert.equal(c.shift('reject', '040'), '125');
  assert.deepEqual(code('Russia agreed to provide weapons to Syria.'), ['RUS>SYR:0332']);
  assert.deepEqual(code('Israel threatened to attack Iran.'), ['ISR>IRN:138']);
  assert.deepEqual(code('Iran refused to meet Israel.'), ['IRN>ISR:125']);
});

test('compound actors yield one event per actor; source == target is skipped', () => {
  assert.deepEqual(code('Both Iran and the US provided military advisers to Iraq.').sort(), ['IRN>IRQ:072', 'USA>IRQ:072']);
  assert.deepEqual(code('France and Britain condemned Syria and Russia.').sort(), ['FRA>RUS:111', 'FRA>SYR:111', 'GBR>RUS:111', 'GBR>SYR:111']);
  assert.deepEqual(code('Iran condemned Iran.'), []);
});

test('events carry Goldstein weight, quad class (GDELT by default, ICEWS as a setting) and PLOVER type', () => {
  const [g] = coder.codeText('Turkey investigated Greece.', null);
  assert.equal(g.code.slice(0, 2), '09');
  assert.equal(g.quad, 3);
  const icews = createCoder({ quad: 'icews' });
  const [i] = icews.codeText('Turkey investigated Greece.', null);
  assert.equal(i.quad, 2);
  const [a] = coder.codeText('Russia bombed Syria.', null);
  assert.equal(a.goldstein, -10);
  assert.equal(a.quad, 4);
  assert.equal(a.ploverEvent, 'ASSAULT');
});
