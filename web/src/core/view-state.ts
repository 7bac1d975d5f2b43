// What the user is looking at: selection and filters. Plain data, shared through the URL hash.
import { RELATION_KINDS, isStated } from '../../../src/graph/relations.ts';

/** The viewer's state. Sets hold what is switched off, so kinds outside the schema are shown unless hidden. */
export interface ViewState {
  /** key of the node whose details the panel shows */
  selected: string | null;
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  /** edges lighter than this are hidden */
  minWeight: number;
  /** dated edges and summits outside [from, to] are hidden; null shows every year */
  years: readonly [number, number] | null;
  /** summit view: only this summit, its attendees and its host */
  summit: string | null;
  /** hide nodes left without a visible edge */
  linkedOnly: boolean;
  /** what is drawn: the overview (most connected nodes), an ego network, or every node that passes the filters */
  scope: Scope;
  /** ego network: the nodes expanded so far, the centre first */
  ego: readonly string[];
  /** node colour: 'kind', 'community' or the name of a node attribute */
  colorBy: string;
  /** node size: 'degree' or the name of a numeric node attribute */
  sizeBy: string;
  /** timeline: dated edges and summits after this month (YYYY-MM) are hidden; null shows all */
  until: string | null;
  /** show only this community (see core/communities.ts); null shows all */
  community: number | null;
}

/** What is drawn: see {@link ViewState.scope}. */
export type Scope = 'overview' | 'ego' | 'all';

/** Relations hidden until the user asks for them: co-mentions are many and state nothing. */
export const DEFAULT_HIDDEN_RELATIONS: readonly string[] = RELATION_KINDS.filter((r) => !isStated(r));

/** The state a graph opens in. */
export function defaultState(): ViewState {
  return {
    selected: null,
    hiddenKinds: new Set(),
    hiddenRelations: new Set(DEFAULT_HIDDEN_RELATIONS),
    minWeight: 1,
    years: null,
    summit: null,
    linkedOnly: false,
    scope: 'overview',
    ego: [],
    colorBy: 'kind',
    sizeBy: 'degree',
    until: null,
    community: null,
  };
}

/** True when two sets hold the same strings. */
export function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((v) => b.has(v));
}
