// The relation registry: every relation type of the graph declared once, with what each part of the project reads of
// it. The graph contract (graph/types.ts), the viewer's colours and legend (graph/style.ts, web/), the GEXF and CSV
// exports, the CLI's --relation lists, the scorer (eval/score.ts, whose scored list must equal data/gold/score.py's) and
// the extraction rule ids (extract/relations/rules.ts) all derive their lists from here. A new relation is an entry
// here, the patterns that find it, and their tests: see "How to add a relation" in README.md.
import { ENTITY_KINDS, type EntityKind } from './types.ts';

/** What the project knows of one relation type. */
export interface RelationSpec {
  /** the name the legend, the filters and the side panel show */
  label: string;
  /** node kinds at the source and at the target */
  from: readonly EntityKind[];
  to: readonly EntityKind[];
  /** A–B is B–A (stored with the smaller key first, listed as `undirected`) */
  symmetric: boolean;
  /** counted by `kg eval` and data/gold/score.py (data/gold/README.md lists the scored relations) */
  scored: boolean;
  /**
   * false for a relation no sentence states (co-occurrence): the viewer hides it until asked, paths do not use it,
   * `kg build --lean` leaves it out, the layout lets it pull less, and `kg explain` does not list it
   */
  stated: boolean;
  /** edge colour (light, so edges stay behind the nodes) in the viewer and in GEXF exports */
  color: string;
  /** one line for tooltips and `--help` */
  description: string;
  /** the extraction rules that emit it: id (`<relation>.<name>`) → what the rule reads */
  rules: Readonly<Record<string, string>>;
}

/** The relations, in the order the legend, the filters, the panel and the scorer list them. */
export const RELATIONS = {
  met: {
    label: 'met',
    from: ['person'],
    to: ['person'],
    symmetric: true,
    scored: true,
    stated: true,
    color: '#f28b9b',
    description: 'a meeting, talks, a call or conversation',
    rules: {
      'met.with': 'a meeting noun or verb with "with": "held talks with X", "during a meeting with X, Y said"',
      'met.between': '"talks between X and Y"',
      'met.direct': 'a verb whose object is the person met: "X met Y", "X received the delegation led by Y", "X has already hosted A, B and C"',
      'met.group': 'a list before a verb of meeting: "X and Y met", "A and B held talks"',
    },
  },
  attended: {
    label: 'attended',
    from: ['person'],
    to: ['summit'],
    symmetric: false,
    scored: true,
    stated: true,
    color: '#f0c75e',
    description: 'attended a summit or meeting',
    rules: {
      'attended.summit-cue': 'a verb or preposition of attendance between people and a named summit: "A, B and C attend the Astana summit"',
      'attended.by-list': 'a passive with "by": "The meeting was attended (and addressed) by …", "brought together …", "Among the participants … were"',
      'attended.represented-by': '"China was represented by Premier A; Russia by Prime Minister B"',
      'attended.were-list': '"Taking part in it were …", "Also present were: …", "Leaders attending the summit included …"',
      'attended.speech': '"In his address at the summit, X said", "A, B and C, in their speeches, …"',
      'attended.relative': 'a relative clause after a summit: "the summit, which X attended", "…, where X met Y"',
      'attended.focus': 'attendance at the article\'s summit without naming it: "X is attending as …", meetings on the sidelines',
      'attended.guests': 'presence or travel: "A and B were among the guests", "A, B and C all made the trip"',
      'attended.back-reference': 'a list before "took part in / attended the meeting" that refers back to a summit (a delegation "including …" with its leader)',
      'attended.participation': '"with the participation of A, B and C", "joined by D and E"',
      'attended.leaders-of': 'leaders named by their countries: "the presidents of A, B and C signed …", "heads of state from the six member countries met" (the people the article titles so)',
      'attended.group-list': 'a group of leaders spelled out at the start of a sentence: "The six -- A, B, … -- focused on …", "The leaders: A, B and C"',
    },
  },
  hosted: {
    label: 'hosted',
    from: ['country'],
    to: ['summit'],
    symmetric: false,
    scored: true,
    stated: true,
    color: '#6cc3b9',
    description: 'hosted a summit',
    rules: {
      'hosted.summit': 'a country hosting a summit: "hosted by India", "the summit in Astana"',
    },
  },
  visited: {
    label: 'visited',
    from: ['person'],
    to: ['country'],
    symmetric: false,
    scored: true,
    stated: true,
    color: '#9cc4ea',
    description: 'visited a country',
    rules: {
      'visited.travel': 'a visit or journey: "X paid a state visit to Y", "A, B and C also traveled to Samarkand", "X\'s first to Y"',
    },
  },
  affiliated_with: {
    label: 'affiliated with',
    from: ['person'],
    to: ['country', 'organisation'],
    symmetric: false,
    scored: true,
    stated: true,
    color: '#a3d98f',
    description: 'holds an office or role in (role attribute)',
    rules: {},
  },
  member_of: {
    label: 'member of',
    from: ['country'],
    to: ['organisation'],
    symmetric: false,
    scored: true,
    stated: true,
    color: '#b9b0c9',
    description: 'member, observer, dialogue partner or applicant (status attribute)',
    rules: {
      'member_of.cue': 'a word of membership with its countries and organisation: "Iran joined the SCO", "Mongolia is an observer", "SCO members China and Kyrgyzstan"',
      'member_of.list': 'an organisation that includes its members: "The SCO includes A, B and C", "brings together A, B and C"',
      'member_of.members-are': '"Its members are A, B, …", "The SCO was founded in 2001 by A, B, …"',
    },
  },
  proposed: {
    label: 'proposed',
    from: ['person', 'country'],
    to: ['initiative'],
    symmetric: false,
    scored: true,
    stated: true,
    color: '#d9a6d0',
    description: 'proposed or launched an initiative',
    rules: {
      'proposed.compound': 'a compound before the initiative: "the China-proposed Belt and Road Initiative"',
      'proposed.possessive': 'a possessive naming the proposer the gazetteer gives: "China\'s Belt and Road Initiative", "its Global Development Initiative"',
      'proposed.verb': 'a verb of proposing: "X proposed the Y", "Y, put forward by X"',
      'proposed.relative': 'a relative clause: "the Y that X launched in 2013"',
      'proposed.noun': 'a proposal noun with its country: "the Belarusian initiative to draft the Y"',
      'proposed.all-of': 'several initiatives at once: "…, all of them proposed by Beijing"',
    },
  },
  chairs: {
    label: 'chairs',
    from: ['country'],
    to: ['organisation'],
    symmetric: false,
    scored: true,
    stated: true,
    color: '#8f8a86',
    description: 'holds the rotating chairmanship',
    rules: {
      'chairs.cue': 'a chairmanship with its country: "Kazakhstan\'s chairmanship", "the chairmanship passed from Kazakhstan to China"',
    },
  },
  co_mentioned: {
    label: 'co-mentioned',
    from: ENTITY_KINDS,
    to: ENTITY_KINDS,
    symmetric: true,
    scored: false,
    stated: false,
    color: '#dcdcdc',
    description: 'named in the same sentence (weight = sentences); not a stated relation',
    rules: {},
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationKind = keyof typeof RELATIONS;

/** Every relation, in registry order. */
export const RELATION_KINDS = Object.keys(RELATIONS) as RelationKind[];

/** The relations the scorer counts (score.py RELATIONS, same order). */
export type ScoredRelation = { [K in RelationKind]: (typeof RELATIONS)[K]['scored'] extends true ? K : never }[RelationKind];
export const SCORED_RELATIONS = RELATION_KINDS.filter((r) => RELATIONS[r].scored) as ScoredRelation[];

/** The relations a sentence states: every one but co-occurrence. */
export const STATED_RELATIONS = RELATION_KINDS.filter((r) => RELATIONS[r].stated);

/** An extraction rule's id: `<relation>.<name>`, declared under its relation. */
export type RuleId = { [K in RelationKind]: keyof (typeof RELATIONS)[K]['rules'] & string }[RelationKind];

/** Every rule id → what it reads, in registry order. */
export const RULES = Object.fromEntries(RELATION_KINDS.flatMap((r) => Object.entries(RELATIONS[r].rules))) as Readonly<Record<RuleId, string>>;

/** The registry's entry for a relation name, or undefined for one outside it (a foreign GEXF file, an old graph). */
export function relationSpec(relation: unknown): RelationSpec | undefined {
  return typeof relation === 'string' && Object.hasOwn(RELATIONS, relation) ? RELATIONS[relation as RelationKind] : undefined;
}

/** Whether a sentence states the relation (false for co_mentioned; unknown relations count as stated). */
export function isStated(relation: unknown): boolean {
  return relationSpec(relation)?.stated ?? true;
}
