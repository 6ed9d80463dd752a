/** Prints the shallow parse, mentions and events of a sentence: npx tsx bench/accuracy/debug.ts "text" */
import { createCoder } from '../../src/extract/coder.ts';
import { shallowParse } from '../../src/extract/shallow.ts';
const coder = createCoder();
for (const text of process.argv.slice(2)) {
  for (const a of coder.analyse(text)) {
    const s = a.sentence;
    const p = shallowParse(s, s.lemmas, a.mentions);
    console.log(s.tokens.map((t, i) => `${i}:${t.text}/${t.pos}${p.verbAt[i] >= 0 ? '*' : ''}${p.groupAt[i] >= 0 ? '@' + p.groupAt[i] : ''}|c${p.clauseOf[i]}`).join(' '));
    console.log('verbs', p.verbs.map((v) => `${v.lemma}[${v.first},${v.last})c${v.clause}${v.passive ? ' pass' : ''}${v.infinitive ? ' inf' : ''}${v.gerund ? ' ger' : ''}`).join('; '));
    console.log('groups', p.groups.map((g) => `${g.mentions.map((m) => m.code).join('+')}[${g.first},${g.last}) prep=${g.prep} c${g.clause}`).join('; '));
    console.log('clauses', p.clauses.map((c) => `[${c.first},${c.last}) ${c.opener}`).join('; '));
    for (const e of a.events) console.log('EVENT', e.code, e.source, '->', e.target, e.negated ? 'neg' : '', e.modality);
    for (const c of a.cues) console.log('cue', c.code, 'head', c.head, 'coded', c.coded, 'src', c.source, 'main', c.main);
  }
}
