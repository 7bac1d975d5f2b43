// The proposals stage: proposed (person or country → initiative): "China-proposed BRI", "X proposed the Y", "Y put forward by X",
// "China's Belt and Road Initiative" and "its … initiative" when the gazetteer names that proposer.
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { perSentence } from '../document.ts';
import { countryRef, hit, negated, skipTitles } from '../relations/helpers.ts';
import { cueBit, hasCue } from '../text/cues.ts';
import { isPossessive } from '../text/words.ts';
import { ALL_OF } from '../text/function-words.ts';
import { PROPOSE_VERBS, PROPOSAL_NOUNS } from '../text/event-words.ts';

function proposerOf(doc: Doc, m: Mention): string | null | undefined {
  return doc.knowledge.initiatives.get(m.ref.slice('initiative:'.length))?.proposer;
}

/** A capital stands for its government as a proposer ("proposed by Beijing"); other cities do not. */
const isCapital = (doc: Doc, m: Mention) => doc.knowledge.places.get(m.ref.slice('place:'.length))?.capital === true;

const actorRef = (doc: Doc, m: Mention | undefined) => (m?.kind === 'person' ? m.ref : countryRef(doc, m && (m.kind !== 'place' || isCapital(doc, m)) ? m : undefined));

function proposals(doc: Doc, s: Sentence): void {
  const t = s.tokens;
  for (const ini of s.mentions) {
    if (ini.kind !== 'initiative') continue;
    const known = proposerOf(doc, ini);
    // "China-proposed Belt and Road Initiative"
    let k = ini.t0 - 1;
    if (t[k]?.lower === 'the') k--;
    if (t[k] && /^(proposed|led|initiated|backed|launched)$/.test(t[k].lower) && t[k - 1]?.text === '-' ) {
      const a = actorRef(doc, s.owner[k - 2]);
      if (a) hit(doc, 'proposed', a, ini.ref, s);
      continue;
    }
    // "X's Y" / "its Y" / "his Y": only when the gazetteer says who proposed Y
    if (known) {
      const kk = ini.t0 - 1;
      const owner = s.owner[kk - 1];
      if (isPossessive(t[kk]) && countryRef(doc, owner) === `country:${known}`) {
        hit(doc, 'proposed', `country:${known}`, ini.ref, s);
        continue;
      }
      if (t[kk] && /^(its|his|her|their)$/.test(t[kk].lower)) {
        const before = s.mentions.filter((m) => m.t1 <= kk && (m.kind === 'country' || m.kind === 'demonym'));
        if (before.some((m) => countryRef(doc, m) === `country:${known}`)) {
          hit(doc, 'proposed', `country:${known}`, ini.ref, s);
          continue;
        }
      }
    }
    // "X proposed the Y" (verb shortly before), "Y, proposed by X" (verb after, then "by")
    for (let j = Math.max(0, ini.t0 - 4); j < ini.t0; j++) {
      if (s.owner[j] || !PROPOSE_VERBS.has(t[j].lower) || negated(s, j)) continue;
      if (t[j].lower === 'put' && t[j + 1]?.lower !== 'forward') continue;
      let actors = s.mentions.filter((m) => m.t1 <= j && j - m.t1 <= 4 && actorRef(doc, m));
      // "Xi used the SCO Plus session to unveil the …": the subject of the clause the infinitive depends on
      if (!actors.length && t[j - 1]?.lower === 'to') actors = s.mentions.filter((m) => m.t1 <= j && j - m.t1 <= 12 && actorRef(doc, m)).slice(0, 1);
      const a = actorRef(doc, actors[actors.length - 1]);
      if (a) hit(doc, 'proposed', a, ini.ref, s);
    }
    // "the Belt and Road Initiative that Xi launched in 2013": a relative clause whose subject is the proposer
    if (/^(that|which)$/.test(t[ini.t1]?.lower ?? '')) {
      const q = skipTitles(s, ini.t1 + 1).end;
      const a = s.owner[q] && actorRef(doc, s.owner[q]);
      const v = s.owner[q] ? s.owner[q]!.t1 : -1;
      if (a && v < t.length && PROPOSE_VERBS.has(t[v].lower) && t[v].lower !== 'put' && !negated(s, v)) hit(doc, 'proposed', a, ini.ref, s);
    }
    // "the Belarusian initiative to draft a Eurasian Charter", "China's proposal for a …"
    for (let j = Math.max(1, ini.t0 - 5); j < ini.t0; j++) {
      if (s.owner[j] || !PROPOSAL_NOUNS.has(t[j].lower) || !/^(to|for|of|on)$/.test(t[j + 1]?.lower ?? '')) continue;
      let o = s.owner[j - 1];
      if (!o && isPossessive(t[j - 1])) o = s.owner[j - 2];
      const a = o && (o.kind === 'country' || o.kind === 'demonym') ? countryRef(doc, o) : undefined;
      if (a && !s.mentions.some((m) => m.kind === 'initiative' && m.t0 > j && m.t1 < ini.t0)) hit(doc, 'proposed', a, ini.ref, s);
    }
    for (let j = ini.t1; j < Math.min(t.length, ini.t1 + 4); j++) {
      if (s.owner[j] || !PROPOSE_VERBS.has(t[j].lower)) continue;
      let b = j + 1;
      if (t[b]?.lower === 'forward') b++;
      if (t[b]?.lower !== 'by') break;
      let q = b + 1;
      while (s.owner[q]?.kind === 'title' || s.owner[q]?.kind === 'demonym' && s.owner[q + 1]) {
        const o = s.owner[q]!;
        if (o.kind === 'demonym' && s.owner[o.t1]?.kind !== 'person' && s.owner[o.t1]?.kind !== 'title') break;
        q = o.t1;
      }
      const a = actorRef(doc, s.owner[q]);
      if (a) hit(doc, 'proposed', a, ini.ref, s);
      break;
    }
  }
}

const ALL = cueBit(ALL_OF);

/** "…, all of them proposed by Beijing", "both launched by Xi": every initiative named before in the sentence. */
function proposedTogether(doc: Doc, s: Sentence): void {
  if (!hasCue(s.cues, ALL)) return;
  const t = s.tokens;
  for (let i = 0; i < t.length - 3; i++) {
    if (!ALL_OF.has(t[i].lower) || s.owner[i]) continue;
    let j = i + 1;
    if (t[j].lower === 'of' && /^(them|which)$/.test(t[j + 1]?.lower ?? '')) j += 2;
    if (t[j]?.lower === 'were' || t[j]?.lower === 'was') j++;
    if (!PROPOSE_VERBS.has(t[j]?.lower ?? '') || t[j].lower === 'put' || t[j + 1]?.lower !== 'by' || negated(s, j)) continue;
    const a = actorRef(doc, s.owner[skipTitles(s, j + 2).end]);
    if (!a) continue;
    // (the last one, right before the verb, is already read as "Y, proposed by X")
    for (const ini of s.mentions) if (ini.kind === 'initiative' && ini.t1 <= i && j - ini.t1 >= 4) hit(doc, 'proposed', a, ini.ref, s);
  }
}

export const proposalsStage: Stage = perSentence({ name: 'proposals', requires: ['mentions', 'people'], provides: ['proposed'] }, proposals, proposedTogether);
