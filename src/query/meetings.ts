// Meetings of a person: whom they met, when, with the sentences that say so.
import type { Evidence, KnowledgeGraph } from '../graph/types.ts';
import { labelOf, resolveEntity } from './find-entity.ts';
import { neighbours } from './neighbours.ts';

/** One person met, with every date and sentence the graph has for it. */
export interface Meeting {
  key: string;
  label: string;
  edge: string;
  weight: number;
  /** first date the meeting is attested on */
  date?: string;
  dates: string[];
  evidence: Evidence[];
  /** the text gives the meeting as planned, not done */
  planned?: boolean;
}

export interface MeetingsResult {
  person: { key: string; label: string };
  meetings: Meeting[];
}

/**
 * Whom `person` (a key or a name) met, from the `met` relation: dated meetings first in date order, then undated
 * ones by name.
 */
export function meetings(graph: KnowledgeGraph, person: string): MeetingsResult {
  const key = resolveEntity(graph, person, { kind: 'person' });
  const list: Meeting[] = neighbours(graph, key, { relation: 'met' }).map((n) => ({
    key: n.key,
    label: n.label,
    edge: n.edge,
    weight: n.weight,
    ...(n.date !== undefined && { date: n.date }),
    dates: n.dates,
    evidence: n.evidence,
    ...(n.planned !== undefined && { planned: n.planned }),
  }));
  list.sort((a, b) => compareDates(a.date, b.date) || a.label.localeCompare(b.label));
  return { person: { key, label: labelOf(key, graph.getNodeAttributes(key)) }, meetings: list };
}

function compareDates(a?: string, b?: string): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}
