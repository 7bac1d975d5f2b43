// Token trie for the entity ruler: longest match of gazetteer phrases over a token sequence.
import type { Token } from '../extract/text/tokenize.ts';

/** How the case of a phrase must look in the text. exact: as written (acronyms); cap: content words capitalised; any: case-blind. */
export type CaseMode = 'exact' | 'cap' | 'any';

export interface PhraseEntry {
  kind: 'country' | 'demonym' | 'place' | 'organisation' | 'initiative' | 'title' | 'honorific';
  ref: string;
  /** the phrase as written in the gazetteer */
  phrase: string;
  words: string[];
  caseMode: CaseMode;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** null where no phrase ends (an empty array there would be of another elements kind, and another map, than a filled one) */
  entries: PhraseEntry[] | null;
}

const NO_MATCH: readonly { entry: PhraseEntry; end: number }[] = Object.freeze([]);

const LOWER_OK = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'la', 'al', 'bin', 'to', 'at', '-', "'s", '’s', ',', '&']);

export class PhraseTrie {
  private root: TrieNode = { next: new Map(), entries: null };

  add(entry: PhraseEntry): void {
    let node = this.root;
    for (const w of entry.words) {
      const key = w.toLowerCase();
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: null };
        node.next.set(key, child);
      }
      node = child;
    }
    const entries = (node.entries ??= []);
    if (!entries.some((e) => e.kind === entry.kind && e.ref === entry.ref && e.caseMode === entry.caseMode)) entries.push(entry);
  }

  /** All entries matching at token `i`, longest first, filtered by case mode. */
  matchAt(tokens: Token[], i: number): readonly { entry: PhraseEntry; end: number }[] {
    // most words start no phrase: those are answered without allocating
    let node: TrieNode | undefined = this.root.next.get(tokens[i].lower);
    let found: { entry: PhraseEntry; end: number }[] | undefined;
    for (let j = i; node; node = ++j < tokens.length ? node.next.get(tokens[j].lower) : undefined) {
      if (node.entries) {
        for (const entry of node.entries) if (caseOk(entry, tokens, i, j + 1)) (found ??= []).push({ entry, end: j + 1 });
      }
    }
    return found ? found.reverse() : NO_MATCH;
  }
}

function caseOk(entry: PhraseEntry, tokens: Token[], start: number, end: number): boolean {
  if (entry.caseMode === 'any') return true;
  for (let k = start; k < end; k++) {
    const t = tokens[k];
    const w = entry.words[k - start];
    if (entry.caseMode === 'exact') {
      if (t.text !== w) return false;
    } else if (t.word && !LOWER_OK.has(t.lower) && !t.cap && !/^\d/.test(t.text) && !(k > start && t.attached && tokens[k - 1].text === '-' && w === w.toLowerCase())) {
      // (the lower-case half of a hyphenated word is allowed where the phrase writes it so: "Co-operation")
      return false;
    }
  }
  return true;
}
