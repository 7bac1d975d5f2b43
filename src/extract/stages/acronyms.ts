// The acronyms stage: acronyms defined in parentheses ("… in Asia (CICA)") link to their long form; later bare uses resolve to it.
// A summit named with one ("the 23rd meeting of the Council of Heads of Government (CHG)") is that meeting when the
// acronym comes back ("on the sidelines of the CHG").
import type { Mention, Stage } from '../document.ts';
import { commit, mention } from '../document.ts';

const ACRONYM = /^[A-Z][A-Z&]{1,9}$/;

export const acronyms: Stage = {
  name: 'acronyms',
  requires: ['mentions'],
  provides: ['acronyms'],
  run(doc) {
    const summits = new Map<string, Mention>();
    for (const s of doc.sentences) {
      const t = s.tokens;
      for (const m of [...s.mentions]) {
        if (m.kind !== 'organisation' && m.kind !== 'initiative' && m.kind !== 'summit') continue;
        if (t[m.t1]?.text !== '(' || t[m.t1 + 2]?.text !== ')' || !ACRONYM.test(t[m.t1 + 1].text)) continue;
        const acr = t[m.t1 + 1].text;
        if (m.kind === 'summit') {
          // the meeting itself, unless the acronym is a known name (owned by a gazetteer mention) or an organisation's
          // (removed below, whichever comes first in the article)
          if (m.ref && !s.owner[m.t1 + 1]) summits.set(acr, m);
          continue;
        }
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
    for (const acr of doc.acronyms.keys()) summits.delete(acr);
    if (!doc.acronyms.size && !summits.size) return;
    for (const s of doc.sentences) {
      s.tokens.forEach((tok, i) => {
        if (s.owner[i]) return;
        const ref = doc.acronyms.get(tok.text);
        if (ref) commit(s, mention(ref.startsWith('initiative:') ? 'initiative' : 'organisation', ref, tok.text, i, i + 1, 'acronym'));
        const summit = summits.get(tok.text);
        if (summit) commit(s, mention('summit', summit.ref, tok.text, i, i + 1, 'acronym', undefined, summit.summit));
      });
    }
  },
};
