// Stage 6: acronyms defined in parentheses ("… in Asia (CICA)") link to their long form; later bare uses resolve to it.
import type { Stage } from '../document.ts';
import { commit, mention } from '../document.ts';

const ACRONYM = /^[A-Z][A-Z&]{1,9}$/;

export const acronyms: Stage = {
  name: 'acronyms',
  run(doc) {
    for (const s of doc.sentences) {
      const t = s.tokens;
      for (const m of [...s.mentions]) {
        if (m.kind !== 'organisation' && m.kind !== 'initiative') continue;
        if (t[m.t1]?.text !== '(' || t[m.t1 + 2]?.text !== ')' || !ACRONYM.test(t[m.t1 + 1].text)) continue;
        const acr = t[m.t1 + 1].text;
        doc.acronyms.set(acr, m.ref);
        if (m.label) doc.labels.set(m.ref, m.label);
        const owner = s.owner[m.t1 + 1];
        if (!owner) commit(s, mention(m.kind, m.ref, acr, m.t1 + 1, m.t1 + 2, 'acronym'));
        else if (owner.ref !== m.ref && owner.via === 'gazetteer' && m.via === 'pattern') {
          // the long form is a variant of a known organisation: take the gazetteer's identity
          m.ref = owner.ref;
          m.via = 'gazetteer';
        }
      }
    }
    if (!doc.acronyms.size) return;
    for (const s of doc.sentences) {
      s.tokens.forEach((tok, i) => {
        const ref = doc.acronyms.get(tok.text);
        if (ref && !s.owner[i]) commit(s, mention(ref.startsWith('initiative:') ? 'initiative' : 'organisation', ref, tok.text, i, i + 1, 'acronym'));
      });
    }
  },
};
