import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, createCoder, MAX_SENTENCE_TOKENS } from '../../src/extract/coder.ts';

test('tokens carry exact character offsets, lemmas and lower case', () => {
  const text = '  Iran didn’t attack Iraq.\n\nThe U.S. imposed sanctions on Iran on 06/30/2014.';
  const ss = tokenize(text);
  assert.equal(ss.length, 2);
  for (const s of ss) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(s.lemmas.length, s.tokens.length);
    assert.deepEqual(s.lowers, s.tokens.map((t) => t.text.toLowerCase()));
  }
  assert.equal(ss[1].lemmas[ss[1].tokens.findIndex((t) => t.text === 'imposed')], 'impose');
  assert.equal(ss[1].lemmas[ss[1].tokens.findIndex((t) => t.text === 'sanctions')], 'sanction');
});

test('run-on text is cut into sentences of bounded length; texts over 1 MB are read in parts with document offsets', () => {
  const runon = 'Iran attacked Iraq and Syria met Turkey '.repeat(200);
  const ss = tokenize(runon);
  assert.ok(ss.length > 1);
  assert.ok(ss.every((s) => s.tokens.length <= MAX_SENTENCE_TOKENS));
  const line = 'Iran attacked Iraq. The US condemned Iran.\n';
  const big = line.repeat(Math.ceil((1.2 * (1 << 20)) / line.length));
  const bs = tokenize(big);
  assert.equal(bs.length, 2 * (big.length / line.length));
  bs.forEach((s, i) => { assert.equal(s.index, i); assert.equal(big.slice(s.start, s.end), s.text); });
  const last = bs[bs.length - 1];
  assert.equal(last.text, 'The US condemned Iran.');
  assert.equal(last.end, big.length - 1);
});

test('contractions wink gives no lemma for ("cannot." / "cannot"") do not crash; "cannot" is negated', () => {
  const s = tokenize('Iran cannot. The US said it "cannot" help Iraq.');
  assert.equal(s.length, 2);
  for (const x of s) assert.equal(x.lemmas.length, x.tokens.length);
  assert.ok(s[0].lemmas.every((l) => typeof l === 'string' && l.length > 0));
  const ev = createCoder().codeText('Iran cannot attack Iraq.', '2014-06-30');
  assert.ok(ev.length > 0 && ev.every((e) => e.modality === 'hypothetical' || e.negated));
});

test('offsets stay exact where wink drops or changes characters (line and paragraph separators, odd spaces, form feeds)', () => {
  for (const gap of ['\u2028', '\u2029', ' \u3000 ', '\u000b', '\f', ' \u1680', '\u200b ', '\u00ad', '\r\n', ' \t ']) {
    const text = `Iran attacked${gap}Iraq on Monday.${gap}Turkey condemned${gap}the raid.`;
    const ss = tokenize(text);
    assert.ok(ss.length >= 1, JSON.stringify(gap));
    for (const s of ss) {
      assert.equal(text.slice(s.start, s.end), s.text, JSON.stringify(gap));
      for (const t of s.tokens) assert.equal(text.slice(t.start, t.end), t.text, `${JSON.stringify(gap)}: ${t.text}`);
    }
    assert.ok(ss.some((s) => s.tokens.some((t) => t.text === 'condemned')), JSON.stringify(gap));
  }
});
