// CSV files for `neo4j-admin database import`: nodes.csv and relationships.csv with typed headers. Browser-safe.
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../graph/types.ts';
import { evidenceOf, firstDate, isoDay } from '../query/dates.ts';

/** The array delimiter the files use (pass it as `--array-delimiter`); also separates multiple `:LABEL`s. */
export const NEO4J_ARRAY_DELIMITER = '|';

type CsvType = 'string' | 'int' | 'double' | 'boolean' | 'date' | 'string[]';
interface CsvColumn<A> {
  header: string;
  type: CsvType;
  value(attrs: Partial<A>, element: { key: string; source?: string; target?: string }, graph: Partial<GraphAttributes>): unknown;
}

/** Node columns: the key is the import `:ID` (and kept as property `key`); labels are `Entity` plus the kind, e.g. `Person`. */
export const NODE_CSV_COLUMNS: CsvColumn<EntityAttributes>[] = [
  { header: 'key:ID', type: 'string', value: (_a, e) => csvKey(e.key) },
  { header: ':LABEL', type: 'string[]', value: (a) => ['Entity', neo4jLabel(String(a.kind ?? 'entity'))] },
  { header: 'label', type: 'string', value: (a) => a.label },
  { header: 'kind', type: 'string', value: (a) => a.kind },
  { header: 'aliases:string[]', type: 'string[]', value: (a) => a.aliases },
  { header: 'roles:string[]', type: 'string[]', value: (a) => a.roles },
  { header: 'mentions:int', type: 'int', value: (a) => a.mentions },
  { header: 'articles:string[]', type: 'string[]', value: (a) => a.articles },
  { header: 'year:int', type: 'int', value: (a) => a.year },
  { header: 'city', type: 'string', value: (a) => a.city },
  { header: 'ordinal:int', type: 'int', value: (a) => a.ordinal },
  { header: 'host', type: 'string', value: (a) => a.host },
  { header: 'date:date', type: 'date', value: (a) => a.date },
  { header: 'acronym', type: 'string', value: (a) => a.acronym },
  { header: 'scoStatus', type: 'string', value: (a) => a.scoStatus },
  { header: 'x:double', type: 'double', value: (a) => a.x },
  { header: 'y:double', type: 'double', value: (a) => a.y },
];

/** Relationship columns: type is the relation in upper case (`MET`, `AFFILIATED_WITH`, …); the edge key is kept as `key`. */
export const RELATIONSHIP_CSV_COLUMNS: CsvColumn<RelationAttributes>[] = [
  { header: ':START_ID', type: 'string', value: (_a, e) => csvKey(e.source!) },
  { header: ':END_ID', type: 'string', value: (_a, e) => csvKey(e.target!) },
  { header: ':TYPE', type: 'string', value: (a) => String(a.relation ?? 'related').toUpperCase() },
  { header: 'key', type: 'string', value: (_a, e) => csvKey(e.key) },
  { header: 'relation', type: 'string', value: (a) => a.relation },
  { header: 'weight:int', type: 'int', value: (a) => a.weight },
  { header: 'evidenceCount:int', type: 'int', value: (a) => evidenceOf(a).length },
  { header: 'firstDate:date', type: 'date', value: (a, _k, g) => firstDate(a, g) },
  { header: 'role', type: 'string', value: (a) => a.role },
  { header: 'status', type: 'string', value: (a) => a.status },
  { header: 'planned:boolean', type: 'boolean', value: (a) => a.planned },
  { header: 'evidence:string[]', type: 'string[]', value: (a) => evidenceOf(a).map((e) => e.sentence) },
  { header: 'evidenceArticles:string[]', type: 'string[]', value: (a) => [...new Set(evidenceOf(a).map((e) => e.article))] },
];

/**
 * Writes `nodes.csv` and `relationships.csv` in the header format of `neo4j-admin database import`, sorted by key.
 * Strings are always double-quoted (`""` for a quote inside); a missing value is an empty unquoted field (no property).
 * Line breaks and control characters inside values become spaces, so no `--multiline-fields` is needed; a `|` inside
 * an array item becomes `¦` because `|` is the array delimiter. A text cell a spreadsheet would read as a formula
 * (starting with `=`, `+`, `-`, `@`, tab or carriage return) starts with `'` (OWASP's CSV-injection advice); keys
 * holding control characters or a backslash are escaped one to one (`\u0001`, `\\`), so two keys never share an `:ID`.
 */
export function writeNeo4jCsv(graph: KnowledgeGraph): { 'nodes.csv': string; 'relationships.csv': string } {
  return { 'nodes.csv': [...neo4jNodeLines(graph)].join(''), 'relationships.csv': [...neo4jRelationshipLines(graph)].join('') };
}

/** nodes.csv, a line at a time. */
export function* neo4jNodeLines(graph: KnowledgeGraph): Generator<string> {
  const graphAttrs: Partial<GraphAttributes> = graph.getAttributes() ?? {};
  yield NODE_CSV_COLUMNS.map((c) => c.header).join(',') + '\n';
  for (const key of [...graph.nodes()].sort(compare)) {
    const attrs = graph.getNodeAttributes(key) ?? {};
    yield NODE_CSV_COLUMNS.map((c) => csvField(c.type, c.value(attrs, { key }, graphAttrs))).join(',') + '\n';
  }
}

/** relationships.csv, a line at a time. */
export function* neo4jRelationshipLines(graph: KnowledgeGraph): Generator<string> {
  const graphAttrs: Partial<GraphAttributes> = graph.getAttributes() ?? {};
  yield RELATIONSHIP_CSV_COLUMNS.map((c) => c.header).join(',') + '\n';
  for (const key of [...graph.edges()].sort(compare)) {
    const attrs = graph.getEdgeAttributes(key) ?? {};
    const element = { key, source: graph.source(key), target: graph.target(key) };
    yield RELATIONSHIP_CSV_COLUMNS.map((c) => csvField(c.type, c.value(attrs, element, graphAttrs))).join(',') + '\n';
  }
}

/** `organisation` → `Organisation`, `co_mentioned` → `CoMentioned`: a Neo4j-style label. */
export function neo4jLabel(kind: string): string {
  return kind
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** One CSV field in the lexical form of its Neo4j import type; `''` (no property) when the value is missing or invalid. */
export function csvField(type: CsvType, value: unknown): string {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? quote(value) : '';
    case 'int':
      return Number.isSafeInteger(value) ? String(value) : '';
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : '';
    case 'date':
      return isoDay(value) ?? '';
    case 'string[]': {
      const items = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      return items.length ? quote(items.map((v) => v.replaceAll(NEO4J_ARRAY_DELIMITER, '¦')).join(NEO4J_ARRAY_DELIMITER)) : '';
    }
  }
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

function quote(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  // eslint-disable-next-line no-control-regex
  const flat = safe.replace(/[\u0000-\u001F\u007F]+/g, ' ');
  return `"${flat.replace(/"/g, '""')}"`;
}

/** A node or edge key for the CSV: control characters and `\\` escaped, one to one (no two keys become one). */
export function csvKey(key: string): string {
  // eslint-disable-next-line no-control-regex
  return key.replace(/[\\\u0000-\u001F\u007F]/g, (c) => (c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
