// The article document that flows through the extraction stages, and the Stage interface.
import type { Article } from '../build/article.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { EntityKind, RelationKind, ScoStatus } from '../graph/types.ts';
import type { Token } from './text/tokenize.ts';

/** What a span of text refers to. `demonym` points at a country; `title` and `honorific` are context for people. */
export type MentionKind = EntityKind | 'demonym' | 'title' | 'honorific';

export interface Mention {
  kind: MentionKind;
  /** node key (`country:china`, `person:wang-yi`), or `title:<office id>` */
  ref: string;
  /** surface form */
  text: string;
  /** token range in the sentence, [t0, t1) */
  t0: number;
  t1: number;
  /** how it was found: gazetteer, pattern, acronym, context, alias */
  via: string;
  /** summit mentions: what the text said, and what it resolved to */
  summit?: SummitClue;
  /** canonical label suggested for a new node (patterns, persons) */
  label?: string;
}

/**
 * A new mention. Every mention has every field, in this order, so that all of them share one object shape: the code
 * reading mentions then stays monomorphic, and compiled code is not thrown away when another shape comes by.
 */
export function mention(kind: MentionKind, ref: string, text: string, t0: number, t1: number, via: string, label?: string, summit?: SummitClue): Mention {
  return { kind, ref, text, t0, t1, via, summit, label };
}

/** A summit clue with every field (unset ones undefined), in one order: one object shape, as for mentions. */
export function summitClue(series: string, generic?: boolean): SummitClue {
  return { series, ordinal: undefined, year: undefined, city: undefined, relative: undefined, host: undefined, generic, id: undefined, yearInSentence: undefined, cityInSentence: undefined };
}

/** What a summit mention says about its summit. */
export interface SummitClue {
  series: string;
  ordinal?: number;
  year?: number;
  city?: string;
  /**
   * this year's, last year's, next year's; `following`: the first one after the article's date ("the next summit");
   * `previous`: the latest one before it ("the last summit")
   */
  relative?: 'this' | 'last' | 'next' | 'following' | 'previous';
  /** host country id named with the summit ("the summit in Kazakhstan") */
  host?: string;
  generic?: boolean;
  /** gazetteer id once resolved */
  id?: string;
  /**
   * Weaker clues for a mention that names no year, ordinal or relative time: the one year the rest of the sentence names
   * ("In October 2023, Bishkek also hosted the meeting of …") and the one city of the series' summits it names
   */
  yearInSentence?: number;
  cityInSentence?: string;
  /** "the fourth conference of the Council of the SCO": the heads of state's or the heads of government's, by its year */
  eitherCouncil?: boolean;
}

export interface Sentence {
  index: number;
  /** offsets of the sentence in the article's text */
  start: number;
  end: number;
  /** the sentence with plain typography (see text/normalise-typography.ts); token offsets are `start` + offsets in it */
  text: string;
  tokens: Token[];
  /** committed mentions, in token order, never overlapping */
  mentions: Mention[];
  /** owner[i] = the mention holding token i */
  owner: (Mention | undefined)[];
  /** a headline in Title Case: capitalisation says nothing there, so name patterns skip it */
  titleCase: boolean;
  /** the bits of the cue words among its tokens (see text/cues.ts) */
  cues: number;
}

/** A relation found in one sentence, between node keys. */
export interface Hit {
  relation: RelationKind;
  source: string;
  target: string;
  sentence: number;
  role?: string;
  status?: ScoStatus;
  planned?: boolean;
  date?: string;
  /** id of the rule that found it (relations/rules.ts) */
  rule?: string;
}

export interface Doc {
  article: Article;
  knowledge: Knowledge;
  sentences: Sentence[];
  /** candidate mentions per sentence before the commit step */
  candidates: Mention[][];
  /** reference year for "this year's summit" and friends */
  refYear?: number;
  /** acronyms defined in this article: ACR → node key */
  acronyms: Map<string, string>;
  /** labels of nodes created by this article (patterns, persons) */
  labels: Map<string, string>;
  hits: Hit[];
  /** roles seen for people (also those with no organisation or country named) */
  roles: { person: string; role: string; target?: string; offices?: string[] }[];
  /** the rule running now: hits recorded meanwhile carry its id */
  rule?: string;
}

/**
 * What a stage adds to the document, by name, for the stages after it: `sentences` (sentences, tokens, cue bits),
 * candidate mentions by source (`gazetteer`, `org-patterns`, `summits`, with `ref-year`), committed `mentions`,
 * `acronyms`, `people`, `coreference` (short forms resolved), `roles`, `descriptions` ("the Iranian president" as the
 * person), and a relation's name for its hits.
 */
export type Provision =
  | 'sentences' | 'gazetteer' | 'org-patterns' | 'summits' | 'ref-year' | 'mentions' | 'acronyms'
  | 'people' | 'coreference' | 'roles' | 'home-country' | 'descriptions' | RelationKind;

/** A stage's name and what it needs and adds (spaCy's `requires` / `assigns`): the pipeline checks its order by them. */
export interface StageSpec {
  name: string;
  /** what the document must hold before it runs: each provided by a stage before it in the pipeline */
  requires: readonly Provision[];
  /** what it adds to the document */
  provides: readonly Provision[];
}

/** One step of the pipeline, after spaCy's components: it reads and adds to the document. */
export interface Stage extends StageSpec {
  run(doc: Doc): void;
}

/** A stage made of rules that each read one sentence at a time, in order. */
export function perSentence(spec: StageSpec, ...rules: ((doc: Doc, s: Sentence) => void)[]): Stage {
  return {
    ...spec,
    run(doc) {
      for (const s of doc.sentences) for (const rule of rules) rule(doc, s);
    },
  };
}

/** Commits a mention into a sentence if its tokens are free; returns whether it was added. */
export function commit(s: Sentence, m: Mention): boolean {
  for (let i = m.t0; i < m.t1; i++) if (s.owner[i]) return false;
  for (let i = m.t0; i < m.t1; i++) s.owner[i] = m;
  let at = s.mentions.length;
  while (at > 0 && s.mentions[at - 1].t0 > m.t0) at--;
  s.mentions.splice(at, 0, m);
  return true;
}

/** Surface text of tokens [t0, t1) of a sentence, as written. */
export function spanText(s: Sentence, t0: number, t1: number): string {
  if (t1 <= t0) return '';
  return s.text.slice(s.tokens[t0].start - s.start, s.tokens[t1 - 1].end - s.start);
}
