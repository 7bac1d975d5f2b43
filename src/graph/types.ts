// The graph contract: node kinds, relation kinds and their attributes (see data/gold/README.md).
import type { MultiDirectedGraph } from 'graphology';

/** Kinds of entity a node can be. `place` (cities, regions) is kept but not scored. */
export const ENTITY_KINDS = ['person', 'country', 'organisation', 'summit', 'initiative', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** SCO status of a country (edge `member_of.status`, node `scoStatus`). */
export const SCO_STATUSES = ['member', 'observer', 'dialogue_partner', 'applicant'] as const;
export type ScoStatus = (typeof SCO_STATUSES)[number];

/** One sentence that supports a fact; `start`/`end` are character offsets of the sentence in the article's cleaned text. */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  date?: string;
  /** id of the extraction rule that read the relation from this sentence (src/extract/relations/rules.ts) */
  rule?: string;
}

/** Attributes of every node. Optional fields apply to some kinds only. */
export interface EntityAttributes {
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  /** in kg build's default graph file, when `articles` lists only the first 20: how many articles name the node */
  articleCount?: number;
  /** person: titles held, e.g. "Foreign Minister of Kyrgyzstan". */
  roles?: string[];
  /** summit: SCO numbering (24 = Astana 2024), year, city, host country label, start date (YYYY-MM-DD). */
  ordinal?: number | null;
  year?: number | null;
  city?: string | null;
  host?: string | null;
  date?: string | null;
  /** organisation: acronym, e.g. "SCO". */
  acronym?: string;
  /** country: SCO status where known. */
  scoStatus?: ScoStatus | null;
  /** layout position, written at build time. */
  x?: number;
  y?: number;
}

/** Relation kinds: declared once, in the relation registry (graph/relations.ts). */
export type { RelationKind } from './relations.ts';
import type { RelationKind } from './relations.ts';

/** Attributes of every edge. */
export interface RelationAttributes {
  relation: RelationKind;
  /** number of supporting sentences */
  weight: number;
  evidence: Evidence[];
  /** affiliated_with: the office or role title. */
  role?: string;
  /** member_of: member | observer | dialogue_partner | applicant. */
  status?: ScoStatus;
  /** earliest date the text gives for the fact (YYYY-MM-DD or YYYY). */
  date?: string;
  /** the text states the fact as planned, not done. */
  planned?: boolean;
}

/** Metadata of one article, kept in the graph's attributes so evidence can show titles. */
export interface ArticleMeta {
  id: string;
  file: string;
  title: string;
  date?: string;
  source?: string;
  author?: string;
  url?: string;
  /** fields of the export record the article came from that the reader does not know */
  fields?: Record<string, unknown>;
  /** the other printings of the same story (near-duplicate texts, see graph/copies.ts), with their outlets */
  copies?: { article: string; source?: string }[];
  /** MinHash signature of the text, used while assembling to find copies; not kept in the graph */
  fingerprint?: string;
}

export interface GraphAttributes {
  name: string;
  articles: Record<string, ArticleMeta>;
}

export type KnowledgeGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;
