// GEXF 1.3 / 1.2draft writer for the knowledge graph: declared attributes, viz, dynamics. Browser-safe (no node: imports).
import type { EntityAttributes, GraphAttributes, KnowledgeGraph, RelationAttributes } from '../graph/types.ts';
import { kindColor, relationColor } from '../graph/style.ts';
import { KgError } from '../errors.ts';
import { articleDates, evidenceOf, firstDate, isoDay } from '../query/dates.ts';
import { escapeText, openTag, toXmlChars, xmlId, type XmlAttributes } from './xml.ts';

/** GEXF versions the writer emits. */
export type GexfVersion = '1.3' | '1.2';

/**
 * Where the `viz:` elements (colour, size, position) go.
 * - `viz` (default): in the viz namespace of the GEXF primer, as Gephi itself writes and networkx reads them.
 * - `core`: in the core GEXF namespace, where the official XSDs (1.3 and 1.2draft) declare them; the file then
 *   validates against the unmodified schemas, but networkx ignores colours and positions (it only looks in the viz
 *   namespace). Gephi and graphology-gexf read both. See src/export/README-exports.md.
 */
export type GexfVizNamespace = 'viz' | 'core';

export interface GexfOptions {
  /** default '1.3' */
  version?: GexfVersion;
  /** default 'viz' */
  vizNamespace?: GexfVizNamespace;
}

/** Namespaces and schema locations per version. */
export const GEXF_NAMESPACES: Record<GexfVersion, { core: string; viz: string; schema: string }> = {
  '1.3': { core: 'http://gexf.net/1.3', viz: 'http://gexf.net/1.3/viz', schema: 'http://gexf.net/1.3/gexf.xsd' },
  '1.2': { core: 'http://www.gexf.net/1.2draft', viz: 'http://www.gexf.net/1.2draft/viz', schema: 'http://www.gexf.net/1.2draft/gexf.xsd' },
};

type AttrType = 'string' | 'integer' | 'double' | 'boolean' | 'liststring';
interface Column<A> {
  id: string;
  type: AttrType;
  value(attrs: Partial<A>, graph: Partial<GraphAttributes>): unknown;
}

/** Node attributes declared in every file (id = title, so readers key them by these names). */
export const NODE_COLUMNS: Column<EntityAttributes>[] = [
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'aliases', type: 'liststring', value: (a) => a.aliases },
  { id: 'roles', type: 'liststring', value: (a) => a.roles },
  { id: 'mentions', type: 'integer', value: (a) => a.mentions },
  { id: 'articles', type: 'liststring', value: (a) => a.articles },
  { id: 'year', type: 'integer', value: (a) => a.year },
  { id: 'city', type: 'string', value: (a) => a.city },
  { id: 'ordinal', type: 'integer', value: (a) => a.ordinal },
  { id: 'host', type: 'string', value: (a) => a.host },
  { id: 'date', type: 'string', value: (a) => a.date },
  { id: 'acronym', type: 'string', value: (a) => a.acronym },
  { id: 'scoStatus', type: 'string', value: (a) => a.scoStatus },
];

/** Edge attributes declared in every file. The weight is GEXF's own `weight` on the edge (Gephi's Weight column). */
export const EDGE_COLUMNS: Column<RelationAttributes>[] = [
  { id: 'relation', type: 'string', value: (a) => a.relation },
  { id: 'evidenceCount', type: 'integer', value: (a) => evidenceOf(a).length },
  { id: 'firstDate', type: 'string', value: (a, g) => firstDate(a, g) },
  { id: 'evidence', type: 'string', value: (a) => evidenceOf(a).map((e) => e.sentence).filter((s) => typeof s === 'string').join('\n') || undefined },
  { id: 'evidenceArticles', type: 'liststring', value: (a) => [...new Set(evidenceOf(a).map((e) => e.article))] },
  { id: 'role', type: 'string', value: (a) => a.role },
  { id: 'status', type: 'string', value: (a) => a.status },
  { id: 'planned', type: 'boolean', value: (a) => a.planned },
];

/**
 * Writes the graph as GEXF (default 1.3). Nodes and edges are sorted by key, so the same graph gives the same file.
 * - Attributes: `NODE_COLUMNS` and `EDGE_COLUMNS`, declared with GEXF types; missing values are left out.
 * - viz: colour by kind (the viewer's palette), size from mentions, position from the layout (`x`, `y`) when present.
 * - Edges keep their keys as ids and carry the relation as `label` (and, in 1.3, as `kind`, so Gephi keeps parallel
 *   edges of different relations apart).
 * - Dynamics: `mode="dynamic"`, `timeformat="date"`; an edge starts at its first attested date, a node at the earliest
 *   of its articles' dates and its edges' starts. Undated elements have no start (always present).
 * - Any string is escaped; characters XML cannot carry become U+FFFD.
 */
export function writeGexf(graph: KnowledgeGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}

/** {@link writeGexf} in pieces (a node or an edge at a time), for files too large for one string. */
export function* gexfChunks(graph: KnowledgeGraph, options: GexfOptions = {}): Generator<string> {
  const version: GexfVersion = options.version ?? '1.3';
  const ns = GEXF_NAMESPACES[version];
  if (!ns) throw new KgError('E_GEXF_VERSION', `unknown GEXF version "${String(version)}" (expected 1.3 or 1.2)`);
  const vizUri = (options.vizNamespace ?? 'viz') === 'core' ? ns.core : ns.viz;
  const graphAttrs: Partial<GraphAttributes> = graph.getAttributes() ?? {};

  const nodes = [...graph.nodes()].sort(compareKeys);
  const edges = [...graph.edges()].sort(compareKeys);
  const edgeStart = new Map<string, string>();
  for (const edge of edges) {
    const start = isoDay(firstDate(graph.getEdgeAttributes(edge), graphAttrs));
    if (start) edgeStart.set(edge, start);
  }
  const nodeStart = (node: string): string | undefined => {
    const attrs: Partial<EntityAttributes> = graph.getNodeAttributes(node);
    const candidates = articleDates(Array.isArray(attrs.articles) ? attrs.articles : [], graphAttrs).map(isoDay);
    candidates.push(isoDay(attrs.date));
    graph.forEachEdge(node, (edge) => void candidates.push(edgeStart.get(edge)));
    return candidates.filter((d): d is string => d !== undefined).sort()[0];
  };
  const allDates = [...edgeStart.values(), ...articleDates(Object.keys(graphAttrs.articles ?? {}), graphAttrs).map(isoDay)]
    .filter((d): d is string => d !== undefined)
    .sort();

  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    openTag('gexf', [
      ['xmlns', ns.core],
      ['xmlns:viz', vizUri],
      ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
      ['xsi:schemaLocation', `${ns.core} ${ns.schema}`],
      ['version', version],
    ]) + '>',
  );
  out.push(`  ${openTag('meta', [['lastmodifieddate', allDates.at(-1)]])}>`);
  out.push(`    <creator>sco-kg</creator>`);
  if (typeof graphAttrs.name === 'string' && graphAttrs.name) out.push(`    <description>${escapeText(graphAttrs.name)}</description>`);
  out.push('  </meta>');
  out.push(
    `  ${openTag('graph', [
      ['defaultedgetype', 'directed'],
      ['mode', 'dynamic'],
      ['timeformat', 'date'],
      ['timerepresentation', version === '1.3' ? 'interval' : undefined],
      ['start', allDates[0]],
      ['end', allDates.at(-1)],
    ])}>`,
  );
  writeModel(out, 'node', NODE_COLUMNS);
  writeModel(out, 'edge', EDGE_COLUMNS);

  out.push(`    <nodes count="${nodes.length}">`);
  for (const node of nodes) {
    const attrs: Partial<EntityAttributes> = graph.getNodeAttributes(node) ?? {};
    out.push(`      ${openTag('node', [['id', xmlId(node)], ['label', typeof attrs.label === 'string' ? attrs.label : node], ['start', nodeStart(node)]])}>`);
    writeValues(out, NODE_COLUMNS, attrs, graphAttrs, version);
    out.push(`        ${openTag('viz:color', rgb(kindColor(String(attrs.kind))))}/>`);
    out.push(`        ${openTag('viz:size', [['value', nodeSize(attrs.mentions)]])}/>`);
    if (isPosition(attrs.x) && isPosition(attrs.y)) {
      out.push(`        ${openTag('viz:position', [['x', round(attrs.x)], ['y', round(attrs.y)], ['z', 0]])}/>`);
    }
    out.push('      </node>');
    yield out.join('\n') + '\n';
    out.length = 0;
  }
  out.push('    </nodes>');

  out.push(`    <edges count="${edges.length}">`);
  for (const edge of edges) {
    const attrs: Partial<RelationAttributes> = graph.getEdgeAttributes(edge) ?? {};
    const relation = typeof attrs.relation === 'string' ? attrs.relation : undefined;
    const weight = isFiniteNumber(attrs.weight) ? attrs.weight : evidenceOf(attrs).length || 1;
    out.push(
      `      ${openTag('edge', [
        ['id', xmlId(edge)],
        ['source', xmlId(graph.source(edge))],
        ['target', xmlId(graph.target(edge))],
        ['label', relation],
        ['kind', version === '1.3' ? relation : undefined],
        ['weight', weight],
        ['start', edgeStart.get(edge)],
      ])}>`,
    );
    writeValues(out, EDGE_COLUMNS, attrs, graphAttrs, version);
    out.push(`        ${openTag('viz:color', rgb(relationColor(String(relation))))}/>`);
    out.push('      </edge>');
    yield out.join('\n') + '\n';
    out.length = 0;
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  yield out.join('\n') + '\n';
}

function writeModel<A>(out: string[], cls: 'node' | 'edge', columns: Column<A>[]): void {
  out.push(`    <attributes class="${cls}" mode="static">`);
  for (const c of columns) out.push(`      ${openTag('attribute', [['id', c.id], ['title', c.id], ['type', c.type]])}/>`);
  out.push('    </attributes>');
}

function writeValues<A>(out: string[], columns: Column<A>[], attrs: Partial<A>, graphAttrs: Partial<GraphAttributes>, version: GexfVersion): void {
  const values: string[] = [];
  for (const c of columns) {
    const value = formatValue(c.type, c.value(attrs, graphAttrs), version);
    if (value !== undefined) values.push(`          ${openTag('attvalue', [['for', c.id], ['value', value]])}/>`);
  }
  if (!values.length) return;
  out.push('        <attvalues>', ...values, '        </attvalues>');
}

/** A value in the lexical form of its GEXF type, or `undefined` when there is nothing (valid) to write. */
export function formatValue(type: AttrType, value: unknown, version: GexfVersion): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' && value !== '' ? value : undefined;
    case 'integer':
      return Number.isSafeInteger(value) ? String(value) : undefined;
    case 'double':
      return isFiniteNumber(value) ? String(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'liststring': {
      const items = Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
      if (!items.length) return undefined;
      return version === '1.3' ? `[${items.map(quoteListItem).join(', ')}]` : items.map((v) => v.replace(/\|/g, '¦')).join('|');
    }
  }
}

/** A list item in GEXF 1.3's `[ "a", "b" ]` syntax: double-quoted, backslash escapes for `\`, `"`, newline, tab, CR. */
function quoteListItem(item: string): string {
  const escaped = toXmlChars(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
  return `"${escaped}"`;
}

/** Node size from mentions: 10 for one mention, growing with the square root. */
function nodeSize(mentions: unknown): number {
  const m = isFiniteNumber(mentions) && mentions > 0 ? mentions : 1;
  return round(6 + 4 * Math.sqrt(m));
}

/** `#rrggbb` (or `#rgb`) → r, g, b attributes; GEXF readers such as networkx need the channels, not `hex`. */
function rgb(color: string): XmlAttributes {
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color)?.[1] ?? '999999';
  if (hex.length === 3) hex = [...hex].map((c) => c + c).join('');
  return [
    ['r', parseInt(hex.slice(0, 2), 16)],
    ['g', parseInt(hex.slice(2, 4), 16)],
    ['b', parseInt(hex.slice(4, 6), 16)],
  ];
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** GEXF positions are xs:float: a coordinate beyond its range (about 3.4e38) is left out rather than written as Infinity. */
function isPosition(value: unknown): value is number {
  return isFiniteNumber(value) && Math.abs(value) <= 3.4e35;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
