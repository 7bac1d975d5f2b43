// The relation rules by id, declared under their relation in the relation registry (graph/relations.ts). Every hit a
// rule records carries its id (Hit.rule), `kg explain` prints it, and each id has rows of its own in the extraction
// test tables (test/extract/rules.test.ts checks that every id is exercised).
import type { Doc, Sentence } from '../document.ts';

export { RULES, type RuleId } from '../../graph/relations.ts';
import type { RuleId } from '../../graph/relations.ts';

/** A per-sentence rule function wrapped so that every hit it records carries `id`. */
export function rule(id: RuleId, fn: (doc: Doc, s: Sentence) => void): (doc: Doc, s: Sentence) => void {
  const wrapped = (doc: Doc, s: Sentence) => {
    doc.rule = id;
    fn(doc, s);
    doc.rule = undefined;
  };
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped;
}
