// The ordered list of extraction stages, and extractArticle(): one article → its entities and relations as plain data.
import type { Article } from '../build/article.ts';
import type { Knowledge } from '../knowledge/load.ts';
import type { EntityKind, Evidence, RelationKind, ScoStatus } from '../graph/types.ts';
import type { Doc, Stage } from './document.ts';
import { sentences } from './stages/sentences.ts';
import { gazetteer } from './stages/gazetteer.ts';
import { orgPatterns } from './stages/org-patterns.ts';
import { summits } from './stages/summits.ts';
import { commitMentions } from './stages/commit.ts';
import { acronyms } from './stages/acronyms.ts';
import { people } from './stages/people.ts';
import { coreference } from './stages/coreference.ts';
import { affiliation } from './stages/affiliation.ts';
import { descriptions } from './stages/descriptions.ts';
import { homeCountry } from './stages/home-country.ts';
import { meetings } from './stages/meetings.ts';
import { attendance } from './stages/attendance.ts';
import { membershipStage } from './stages/membership.ts';
import { proposalsStage } from './stages/proposals.ts';
import { coMentions } from './stages/co-mentions.ts';
import { describeEntity } from './describe.ts';
import { sentenceDate } from './text/dates.ts';

/**
 * Throws unless every stage's `requires` are provided before it runs: by some stage, and by every other stage that
 * provides them, earlier in the list. The message names the stage, what it lacks and where that comes from.
 */
export function checkStageOrder(stages: readonly Stage[]): void {
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`extraction pipeline: stage "${stage.name}" is listed twice`);
    names.add(stage.name);
  }
  stages.forEach((stage, at) => {
    for (const need of stage.requires) {
      const providers = stages.filter((p) => p !== stage && p.provides.includes(need));
      if (!providers.length) throw new Error(`extraction pipeline: stage "${stage.name}" requires "${need}", which no stage provides`);
      const late = providers.filter((p) => stages.indexOf(p) > at);
      if (late.length) {
        const who = late.map((p) => `"${p.name}"`).join(', ');
        throw new Error(`extraction pipeline: stage "${stage.name}" requires "${need}", provided by ${who} after it: move ${late.length > 1 ? 'them' : 'it'} before "${stage.name}"`);
      }
    }
  });
}

/** The stages, checked: a pipeline listed out of order fails when this module loads, not on some article later. */
function pipeline(stages: readonly Stage[]): readonly Stage[] {
  checkStageOrder(stages);
  return stages;
}

/** The pipeline, in order. Each stage reads and adds to the document. */
export const STAGES: readonly Stage[] = pipeline([
  sentences, gazetteer, orgPatterns, summits, commitMentions, acronyms, people, coreference,
  affiliation, homeCountry, descriptions, meetings, attendance, membershipStage, proposalsStage, coMentions,
]);

/** Stage lists already checked (STAGES, and any other list given to extractArticle). */
const checked = new WeakSet<readonly Stage[]>([STAGES]);

/** An entity as one article sees it. */
export interface ExtractedEntity {
  key: string;
  kind: EntityKind;
  label: string;
  /** true when the label is canonical (gazetteer), false when it is a surface form */
  canonical: boolean;
  aliases: string[];
  mentions: number;
  attrs: Record<string, unknown>;
}

/** A relation as one article states it, with its evidence sentence. */
export interface ExtractedRelation {
  relation: RelationKind;
  source: string;
  target: string;
  evidence: Evidence;
  role?: string;
  status?: ScoStatus;
  planned?: boolean;
  date?: string;
  /** id of the rule that found it (relations/rules.ts) */
  rule?: string;
}

export interface ArticleExtraction {
  article: Omit<Article, 'text'> & { fingerprint?: string };
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** The text without a possessive 's or ’s at its end ("China's" → "China"). */
function withoutPossessive(text: string): string {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 115) return text; // s
  const q = text.charCodeAt(n - 2);
  return q === 39 || q === 0x2019 ? text.slice(0, n - 2) : text;
}

/** Runs every stage over one article. Pure: same article and knowledge, same result. */
export function extractArticle(article: Article, knowledge: Knowledge, stages: readonly Stage[] = STAGES): ArticleExtraction {
  if (!checked.has(stages)) {
    checkStageOrder(stages);
    checked.add(stages);
  }
  const doc: Doc = { article, knowledge, sentences: [], candidates: [], refYear: undefined, acronyms: new Map(), labels: new Map(), hits: [], roles: [] };
  for (const stage of stages) stage.run(doc);

  const entities = new Map<string, ExtractedEntity>();
  const touch = (key: string, surface?: string) => {
    let e = entities.get(key);
    if (!e) {
      const d = describeEntity(doc, key);
      if (!d) return undefined;
      e = { key, ...d, aliases: [], mentions: 0 };
      entities.set(key, e);
    }
    if (surface !== undefined) {
      e.mentions++;
      if (!e.aliases.includes(surface)) e.aliases.push(surface);
    }
    return e;
  };
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.kind === 'title' || m.kind === 'honorific' || !m.ref) continue;
      if (m.kind === 'demonym') continue; // demonyms stand for the country in relations only
      if (m.via === 'description') {
        // "the Iranian president" counts as a mention of the person it means, not as one of their names
        const e = touch(m.ref);
        if (e) e.mentions++;
        continue;
      }
      touch(m.ref, withoutPossessive(m.text));
    }
  }
  const relations: ExtractedRelation[] = [];
  const dates = new Map<number, string | undefined>();
  const dateOf = (i: number) => {
    if (!dates.has(i)) dates.set(i, sentenceDate(doc.sentences[i].text, doc.refYear));
    return dates.get(i);
  };
  for (const h of doc.hits) {
    if (!touch(h.source) || !touch(h.target)) continue;
    const s = doc.sentences[h.sentence];
    // the sentence as the article writes it (s.text is its plain-typography form)
    const evidence: Evidence = { article: article.id, sentence: article.text.slice(s.start, s.end), start: s.start, end: s.end };
    if (article.date) evidence.date = article.date;
    const r: ExtractedRelation = { relation: h.relation, source: h.source, target: h.target, evidence };
    if (h.role) r.role = h.role;
    if (h.status) r.status = h.status;
    if (h.planned) r.planned = true;
    if (h.rule) r.rule = h.rule;
    // the date the sentence states, else the summit's (set by the stage), else the article's publication date
    const date = h.date ?? dateOf(h.sentence) ?? article.date;
    if (date) r.date = date;
    relations.push(r);
  }
  // a person's roles, for the node ("Foreign Minister of Kyrgyzstan")
  for (const r of doc.roles) {
    const e = touch(r.person);
    if (!e) continue;
    const where = r.target ? entities.get(r.target)?.label ?? touch(r.target)?.label : undefined;
    const role = where ? `${r.role} of ${where}` : r.role;
    const roles = (e.attrs.roles as string[] | undefined) ?? [];
    if (!roles.includes(role)) roles.push(role);
    e.attrs.roles = roles;
  }
  // a leader does not "visit" the country they serve
  const own = new Set(relations.filter((r) => r.relation === 'affiliated_with').map((r) => `${r.source}|${r.target}`));
  const kept = relations.filter((r) => !(r.relation === 'visited' && own.has(`${r.source}|${r.target}`)));
  const { text: _text, ...meta } = article;
  return { article: meta, entities: [...entities.values()], relations: kept };
}
