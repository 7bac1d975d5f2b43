// The co-mentions stage: co_mentioned — entities named in the same sentence (weight = sentences). Not a stated relation.
import type { Stage } from '../document.ts';
import { perSentence } from '../document.ts';
import { hit } from '../relations/helpers.ts';

/** Sentences naming more entities than this are lists; pairing them all says nothing. */
const MAX_ENTITIES = 12;

export const coMentions: Stage = perSentence({ name: 'co-mentions', requires: ['acronyms', 'people', 'coreference', 'descriptions'], provides: ['co_mentioned'] }, (doc, s) => {
  const refs = [...new Set(s.mentions.filter((m) => m.kind !== 'title' && m.kind !== 'honorific' && m.kind !== 'demonym' && m.ref).map((m) => m.ref))].sort();
  if (refs.length < 2 || refs.length > MAX_ENTITIES) return;
  for (let a = 0; a < refs.length; a++) for (let b = a + 1; b < refs.length; b++) hit(doc, 'co_mentioned', refs[a], refs[b], s);
});
