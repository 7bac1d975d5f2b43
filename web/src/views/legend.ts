// Legend over the graph: the kinds (or the colour scale) and relations currently drawn; also drawn into PNG/SVG exports.
import { KIND_STYLES, RELATION_STYLES, kindColor, relationColor } from '../../../src/graph/style.ts';
import type { DisplayGraph } from '../core/display.ts';
import { el, replace, swatch } from './dom.ts';
import type { GraphIndex } from '../core/graph-index.ts';

/** One legend line. */
export interface LegendItem {
  name: string;
  color: string;
  shape: 'dot' | 'line';
}

/**
 * Legend lines for what is drawn: kinds in index order (schema first), or the colour scale when nodes are coloured by
 * something else, then relations. Pure.
 */
export function legendItems(index: GraphIndex, display: DisplayGraph, colorScale: { name: string; color: string }[] | null = null): LegendItem[] {
  const kinds = new Set<string>();
  display.forEachNode((_k, a) => kinds.add(a.kind));
  const relations = new Set<string>();
  display.forEachEdge((_k, a) => relations.add(a.relation));
  const nodeItems = colorScale
    ? colorScale.map((c) => ({ ...c, shape: 'dot' as const }))
    : [...index.kindCounts.keys()].filter((k) => kinds.has(k)).map((k) => ({ name: (KIND_STYLES as Record<string, { name: string }>)[k]?.name ?? k, color: kindColor(k), shape: 'dot' as const }));
  return [
    ...nodeItems,
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
    items.length ? el('div', { className: 'legend-note muted' }, 'size: degree · thickness: weight (log)') : null,
  );
}
