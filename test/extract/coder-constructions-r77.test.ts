/**
 * Round 77: Asia and the Pacific — fire returned, aid cancelled, rescues approved, conduct called
 * a breach, the first or only one to do something, and two Speakers of the US House (bench/accuracy/NOTES.md, round 77).
 * Own sentences; near cases the change must leave as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codedExactly as coded, codedOn, hasOn, showOn } from './coding.ts';

test('fire returned is force, aid cancelled is aid stopped, a rescue approved is aid', () => {
  for (const [text, date, s, t, code] of [
    ['South Korean marines returned fire at North Korean artillery positions.', '2010-11-23', 'KORMIL', 'PRKMIL', '190'],
    ['Washington cancelled 300 million dollars in military aid to Islamabad.', '2018-09-01', 'USA', 'PAK', '1622'],
    ['The IMF approved a three billion dollar rescue for Pakistan.', '2023-07-12', 'IMF', 'PAK', '071'],
  ] as const) assert.ok(coded(text, date, s, t, code), showOn(text, date));
  // left alone: bodies returned stay a return, aid suspended stays aid stopped
  assert.ok(coded('Washington suspended military aid to Cairo.', '2013-10-09', 'USA', 'EGY', '1622'), showOn('Washington suspended military aid to Cairo.', '2013-10-09'));
  assert.ok(coded('Russia returned the bodies of the soldiers to Ukraine.', '2023-06-01', 'RUS', 'UKR', '0842'), showOn('Russia returned the bodies of the soldiers to Ukraine.', '2023-06-01'));
});

test('what the first or only one did is done, not intended', () => {
  for (const [text, date, s, t] of [
    ['Russia became the first country to recognise the Taliban government.', '2025-07-03', 'RUS', 'TALIBAN'],
    ['Modi was the first Indian prime minister to visit Israel.', '2017-07-04', 'INDGOV', 'ISR'],
  ] as const) {
    assert.ok(codedOn(text, date).some((e) => e.source === s && e.target === t && e.modality === 'asserted'), showOn(text, date));
  }
  // left alone: wanting or planning to be the first stays an intention
  for (const text of ['Russia plans to be the first country to recognise the Taliban.', 'Russia wants to recognise the Taliban government.']) {
    assert.ok(codedOn(text, '2025-05-01').some((e) => e.source === 'RUS' && e.target === 'TALIBAN' && e.modality === 'intended'), showOn(text, '2025-05-01'));
  }
});

test('Nancy Pelosi and Kevin McCarthy as Speakers of the House', () => {
  for (const [text, date, s, t, code] of [
    ['China imposed sanctions on Nancy Pelosi.', '2022-08-05', 'CHN', 'USALEG', '163'],
    ['Tsai Ing-wen met Kevin McCarthy in California.', '2023-04-05', 'TWNGOV', 'USALEG', '04'],
    ['Nancy Pelosi called the Hong Kong security law a breach of Beijing\'s promises.', '2020-07-01', 'USALEG', 'HKG', '111'],
    // a quoted noun phrase after its determiner stays in the clause, and its quotation mark counts for no word
    ['Nancy Pelosi called Beijing\'s law a "breach" of its promises.', '2020-07-01', 'USALEG', 'CHN', '111'],
  ] as const) assert.ok(hasOn(text, date, s, t, code), showOn(text, date));
  // out of office: an elite, not the legislature
  assert.ok(codedOn('Nancy Pelosi visited Taipei.', '2024-06-01').every((e) => e.source !== 'USALEG'), showOn('Nancy Pelosi visited Taipei.', '2024-06-01'));
});
