// Test helper: extract one text and describe the result by labels.
import { extractArticle } from '../../src/extract/pipeline.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

/** `title`: the article's headline, which then opens its text too (as the readers give it). */
export function extract(text: string, date?: string, title?: string) {
  const ex = extractArticle({ id: 't', file: 't.txt', title: title ?? 't', text: title ? `${title}\n\n${text}` : text, ...(date ? { date } : {}) }, loadKnowledge());
  const label = new Map(ex.entities.map((e) => [e.key, e.label]));
  return {
    entities: ex.entities,
    people: ex.entities.filter((e) => e.kind === 'person').map((e) => e.label).sort(),
    labels: (kind: string) => ex.entities.filter((e) => e.kind === kind).map((e) => e.label).sort(),
    relations: ex.relations
      .filter((r) => r.relation !== 'co_mentioned')
      .map((r) => `${r.relation}: ${label.get(r.source)} -> ${label.get(r.target)}${r.planned ? ' (planned)' : ''}`)
      .sort(),
    raw: ex,
  };
}
