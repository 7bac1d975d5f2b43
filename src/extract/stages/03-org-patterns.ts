// Stage 3: organisations and initiatives by pattern — capitalised runs with a head noun ("… Institute of …", "… Center for …").
import type { Mention, Sentence, Stage } from '../document.ts';
import { spanText } from '../document.ts';
import { COMPLEMENT_OPENERS, INITIATIVE_HEADS, NAME_CONNECTORS, ORG_HEADS } from '../text/words.ts';
import type { PhraseTrie } from '../../knowledge/trie.ts';
import { slug } from '../../graph/keys.ts';
import type { Token } from '../text/tokenize.ts';

function startsTitle(trie: PhraseTrie, tokens: Token[], i: number): boolean {
  return trie.matchAt(tokens, i).some((m) => m.entry.kind === 'title' || m.entry.kind === 'honorific');
}

const capWord = (t: Token) => t.word && (t.cap || /^\d+(st|nd|rd|th)$/.test(t.lower));

/** Maximal runs of capitalised words joined by connectors, commas and hyphens; titles end a run. */
function runs(s: Sentence, trie: PhraseTrie): [number, number][] {
  const out: [number, number][] = [];
  const toks = s.tokens;
  let i = 0;
  while (i < toks.length) {
    if (!capWord(toks[i]) || startsTitle(trie, toks, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastCap = i;
    while (j < toks.length) {
      const t = toks[j];
      if (capWord(t)) {
        if (startsTitle(trie, toks, j)) break;
        lastCap = j;
        j++;
      } else if ((t.text === '-' && t.attached) || NAME_CONNECTORS.has(t.lower) || t.text === ',') {
        j++;
      } else break;
    }
    out.push([i, lastCap + 1]);
    i = lastCap + 1;
  }
  return out;
}

/** Turns one run into organisation/initiative spans: modifiers + head, and an optional of/for/on complement. */
function spansInRun(s: Sentence, r0: number, r1: number): { t0: number; t1: number; kind: 'organisation' | 'initiative' }[] {
  const toks = s.tokens;
  const out: { t0: number; t1: number; kind: 'organisation' | 'initiative' }[] = [];
  let start = r0;
  // a run never starts with a comma-separated list item before a head: cut the run at commas outside complements
  let i = r0;
  while (i < r1) {
    const t = toks[i];
    const isHead = t.cap && (ORG_HEADS.has(t.lower) || INITIATIVE_HEADS.has(t.lower));
    if (t.text === ',' && !out.length) start = i + 1;
    if (!isHead) {
      i++;
      continue;
    }
    // extend over following heads and capitalised modifiers ("Council of Ministers", "Group on Investments")
    let end = i + 1;
    while (end < r1 && toks[end].cap && toks[end].word) end++;
    const kind: 'organisation' | 'initiative' = INITIATIVE_HEADS.has(toks[end - 1].lower) || INITIATIVE_HEADS.has(t.lower) ? 'initiative' : 'organisation';
    // complement: of/for/on + capitalised words, commas and connectors, up to the run's end or an "of the <head>" split
    if (end < r1 && COMPLEMENT_OPENERS.has(toks[end].lower)) {
      let k = end + 1;
      let lastCap = -1;
      while (k < r1) {
        const tk = toks[k];
        if (tk.lower === 'of' && toks[k + 1]?.lower === 'the' && lastCap > 0) {
          // does a new organisation start after "of the"? then split here
          let m = k + 2;
          let hasHead = false;
          while (m < r1 && (toks[m].cap || NAME_CONNECTORS.has(toks[m].lower))) {
            if (toks[m].cap && ORG_HEADS.has(toks[m].lower)) hasHead = true;
            m++;
          }
          if (hasHead) break;
        }
        if (tk.cap && tk.word) lastCap = k;
        k++;
      }
      if (lastCap > end) end = lastCap + 1;
    }
    // leading lower-case connectors are never part of a name
    let t0 = start;
    while (t0 < i && !toks[t0].cap) t0++;
    if (end - t0 >= 2 || toks[t0].cap) out.push({ t0, t1: end, kind });
    start = end;
    i = end;
  }
  return out;
}

export const orgPatterns: Stage = {
  name: 'org-patterns',
  run(doc) {
    const trie = doc.knowledge.trie;
    for (const s of doc.sentences) {
      const out: Mention[] = doc.candidates[s.index];
      for (const [r0, r1] of runs(s, trie)) {
        for (const sp of spansInRun(s, r0, r1)) {
          if (sp.t1 - sp.t0 < 2) continue; // a bare head word ("Council") is not a name
          const text = spanText(s, sp.t0, sp.t1);
          out.push({ kind: sp.kind, ref: `${sp.kind}:${slug(text)}`, text, t0: sp.t0, t1: sp.t1, via: 'pattern', label: text });
        }
      }
    }
  },
};
