/**
 * Towns and cities (dictionaries/places.tsv) stand for their state as a place: the target of a material act when no
 * actor is named, never an actor beside one; taking a town is occupying territory; an event noun governed by a verb
 * that speaks about it does not take that verb's subject as its actor. The project's own sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { events, has, show } from './coding.ts';
import { readPlaces } from '../../src/extract/actor-dictionary.ts';
import { DICTIONARY_DIR } from '../../src/model/cameo.ts';
import { countryTable } from '../../src/model/countries.ts';


test('places.tsv: every row names a state of countries.tsv, and no place is listed for two states', () => {
  const states = new Set(countryTable().keys());
  const places = readPlaces(DICTIONARY_DIR + 'places.tsv', states);
  const seen = new Map<string, string>();
  let n = 0;
  for (const [code, list] of places) for (const p of list) {
    n++;
    const key = p.toLowerCase();
    assert.ok(!seen.has(key) || seen.get(key) === code, `${p}: ${seen.get(key)} and ${code}`);
    seen.set(key, code);
  }
  assert.ok(n > 500, `${n} place names`);
  assert.deepEqual(places.get('IRQ')?.includes('Mosul'), true);
  // a row naming an unknown state is an error that names the file and line
  const dir = mkdtempSync(join(tmpdir(), 'places-'));
  writeFileSync(join(dir, 'places.tsv'), 'code\tplace\tvariants\nIRQ\tMosul\t\nXXQ\tNowhere\t\n');
  assert.throws(() => readPlaces(join(dir, 'places.tsv'), states), /places\.tsv:3: "XXQ" is not a state/);
});

test('a town as the object or place of a material act is its state; taking it is occupying territory (192)', () => {
  let text = 'Islamic State fighters captured Palmyra on Thursday.';
  assert.ok(has(text, 'ISIS', 'SYR', '192'), show(text));
  text = 'Turkish aircraft bombed rebel positions around Idlib.';
  assert.ok(events(text).some((e) => e.source.startsWith('TUR') && e.target === 'SYR' && e.code.startsWith('19')), show(text));
  text = 'Israeli artillery shelled targets near Khan Younis overnight.';
  assert.ok(events(text).some((e) => e.source.startsWith('ISR') && e.target === 'PSE'), show(text));
});

test('a town is not an actor beside one, nor the counterpart of talks held there', () => {
  // a named actor wins over the place
  let text = 'American jets struck ISIS positions near Kobani.';
  assert.ok(events(text).some((e) => e.source.startsWith('USA') && e.target === 'ISIS'), show(text));
  assert.ok(!events(text).some((e) => e.target === 'SYR'), show(text));
  // statements and consultations do not target a place
  // a town does nothing: as a subject it is no source
  text = 'Kirkuk welcomed the Turkish delegation on Monday.';
  assert.ok(!events(text).some((e) => e.source === 'IRQ'), show(text));
  text = 'Kerry held talks in Sochi.';
  assert.ok(!events(text).some((e) => e.target === 'RUS'), show(text));
  // a town the list does not know is nobody
  text = 'Turkish aircraft bombed rebel positions around Tarbuckle.';
  assert.ok(!events(text).some((e) => e.source.startsWith('TUR')), show(text));
});

test("an event noun governed by a verb that speaks about it does not take that verb's subject as its actor", () => {
  // "condemned the attack on": the condemner did not attack
  let text = 'The Arab League condemned the bombing of Aleppo.';
  assert.ok(!events(text).some((e) => e.source === 'ARL' && e.code.startsWith('18')), show(text));
  // (nor, since round 49, is condemning an attack whose doer is not named any hostility to its victim)
  text = 'The United Nations condemned the attack on Iraq.';
  assert.ok(!has(text, 'UN', 'IRQ', '11') && !has(text, 'UN', 'IRQ', '19'), show(text));
  // an act or a promise makes its subject the noun's actor
  text = 'The United States carried out air strikes on ISIS.';
  assert.ok(has(text, 'USA', 'ISIS', '19'), show(text));
  text = 'Obama promised continued cooperation with Saudi Arabia.';
  assert.ok(events(text).some((e) => e.source.startsWith('USA') && e.target === 'SAU' && e.code.startsWith('06')), show(text));
});
