// Legend over the graph: the kinds and relations currently shown, with their colours; also drawn into PNG exports.
import { KIND_STYLES, RELATION_STYLES, kindColor, relationColor } from '../../src/graph/style.ts';
import { el, replace, swatch } from './dom.ts';
import type { GraphIndex } from './graph-index.ts';
import type { ViewGraph } from './view-graph.ts';
import type { Visibility } from './visibility.ts';

/** One legend line. */
export interface LegendItem {
  name: string;
  color: string;
  shape: 'dot' | 'line';
}

/** Legend lines for what is visible: kinds in index order (schema first), then relations. Pure. */
export function legendItems(graph: ViewGraph, index: GraphIndex, visibility: Visibility): LegendItem[] {
  const kinds = new Set<string>();
  for (const key of visibility.nodes) kinds.add(graph.getNodeAttribute(key, 'kind'));
  const relations = new Set<string>();
  for (const key of visibility.edges) relations.add(graph.getEdgeAttribute(key, 'relation'));
  return [
    ...[...index.kindCounts.keys()].filter((k) => kinds.has(k)).map((k) => ({ name: (KIND_STYLES as Record<string, { name: string }>)[k]?.name ?? k, color: kindColor(k), shape: 'dot' as const })),
    ...[...index.relationCounts.keys()].filter((r) => relations.has(r)).map((r) => ({ name: (RELATION_STYLES as Record<string, { name: string }>)[r]?.name ?? r, color: relationColor(r), shape: 'line' as const })),
  ];
}

/** Renders the legend overlay. */
export function renderLegend(container: HTMLElement, items: LegendItem[]): void {
  replace(container,
    ...items.map((item) => {
      const mark = swatch(item.color);
      mark.classList.add(item.shape);
      return el('div', { className: 'legend-item' }, mark, item.name);
    }),
    items.length ? el('div', { className: 'legend-note muted' }, 'size: degree · thickness: weight') : null,
  );
}
