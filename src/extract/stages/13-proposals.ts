// Stage 13: proposed (person or country → initiative): "China-proposed BRI", "X proposed the Y", "Y put forward by X",
// "China's Belt and Road Initiative" and "its … initiative" when the gazetteer names that proposer.
import type { Doc, Mention, Sentence, Stage } from '../document.ts';
import { perSentence } from '../document.ts';
import { countryRef, hit, negated } from '../relations/helpers.ts';

const VERBS = new Set(['proposed', 'proposes', 'propose', 'proposing', 'launched', 'launches', 'launch', 'launching', 'unveiled', 'unveils', 'unveil', 'unveiling', 'initiated', 'initiate', 'floated', 'float', 'announced', 'announce', 'introduced', 'introduce', 'advanced', 'championed', 'put']);

function proposerOf(doc: Doc, m: Mention): string | null | undefined {
  return doc.knowledge.initiatives.get(m.ref.slice('initiative:'.length))?.proposer;
}

const actorRef = (doc: Doc, m: Mention | undefined) => (m?.kind === 'person' ? m.ref : countryRef(doc, m && m.kind !== 'place' ? m : undefined));

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
      if ((t[kk]?.lower === "'s" || t[kk]?.lower === '’s') && countryRef(doc, owner) === `country:${known}`) {
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
      if (s.owner[j] || !VERBS.has(t[j].lower) || negated(s, j)) continue;
      if (t[j].lower === 'put' && t[j + 1]?.lower !== 'forward') continue;
      let actors = s.mentions.filter((m) => m.t1 <= j && j - m.t1 <= 4 && actorRef(doc, m));
      // "Xi used the SCO Plus session to unveil the …": the subject of the clause the infinitive depends on
      if (!actors.length && t[j - 1]?.lower === 'to') actors = s.mentions.filter((m) => m.t1 <= j && j - m.t1 <= 12 && actorRef(doc, m)).slice(0, 1);
      const a = actorRef(doc, actors[actors.length - 1]);
      if (a) hit(doc, 'proposed', a, ini.ref, s);
    }
    for (let j = ini.t1; j < Math.min(t.length, ini.t1 + 4); j++) {
      if (s.owner[j] || !VERBS.has(t[j].lower)) continue;
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

export const proposalsStage: Stage = perSentence('proposals', proposals);
