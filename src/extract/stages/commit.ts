// The commit stage: choose non-overlapping mentions from the candidates — summits first, then names longest-first
// (a gazetteer entry beats a pattern of the same length), then titles in the tokens left free.
import type { Mention, Stage } from '../document.ts';
import { commit } from '../document.ts';

const KIND_RANK: Record<string, number> = { summit: 0, organisation: 1, initiative: 2, country: 3, place: 4, demonym: 5, title: 6, honorific: 7 };

function better(a: Mention, b: Mention): number {
  const len = b.t1 - b.t0 - (a.t1 - a.t0);
  if (len) return len;
  const via = Number(a.via === 'pattern') - Number(b.via === 'pattern');
  if (via) return via;
  return (KIND_RANK[a.kind] ?? 9) - (KIND_RANK[b.kind] ?? 9) || a.t0 - b.t0;
}

export const commitMentions: Stage = {
  name: 'commit',
  requires: ['gazetteer', 'org-patterns', 'summits'],
  provides: ['mentions'],
  run(doc) {
    for (const s of doc.sentences) {
      const cands = doc.candidates[s.index];
      const isTitle = (m: Mention) => m.kind === 'title' || m.kind === 'honorific';
      const summits = cands.filter((m) => m.kind === 'summit').sort(better);
      const names = cands.filter((m) => m.kind !== 'summit' && !isTitle(m)).sort(better);
      const titles = cands.filter(isTitle).sort(better);
      for (const m of [...summits, ...names, ...titles]) commit(s, m);
    }
  },
};
