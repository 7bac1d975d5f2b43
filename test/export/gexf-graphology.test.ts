// graphology-gexf's parser (a third, independent reader) round-trips labels, kinds, relations, lists and layout.
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { writeGexf, type GexfVersion, type GexfVizNamespace } from '../../src/export/gexf.ts';
import { kindColor } from '../../src/graph/style.ts';
import { exportFixture, hexToRgb } from './helpers.ts';

const graph = exportFixture();

describe.each<[GexfVersion, GexfVizNamespace]>([
  ['1.3', 'viz'],
  ['1.3', 'core'],
  ['1.2', 'viz'],
  ['1.2', 'core'],
])('graphology-gexf parses GEXF %s (%s namespace)', (version, vizNamespace) => {
  const parsed = parse(MultiDirectedGraph, writeGexf(graph, { version, vizNamespace }), { respectInputGraphType: true });

  it('every node with its label, kind, aliases, colour and position', () => {
    expect(parsed.nodes().sort()).toEqual(graph.nodes().sort());
    graph.forEachNode((key, attrs) => {
      const back = parsed.getNodeAttributes(key);
      expect(back.label).toBe(attrs.label);
      expect(back.kind).toBe(attrs.kind);
      expect(back.aliases).toEqual(attrs.aliases);
      expect(back.color).toBe(`rgb(${hexToRgb(kindColor(attrs.kind)).join(',')})`);
      expect([back.x, back.y]).toEqual([attrs.x, attrs.y]);
    });
  });

  it('every edge, parallel ones included, with its key, ends, relation and weight', () => {
    expect(parsed.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((key, attrs, source, target) => {
      expect(parsed.extremities(key)).toEqual([source, target]);
      expect(parsed.getEdgeAttribute(key, 'relation')).toBe(attrs.relation);
      expect(parsed.getEdgeAttribute(key, 'label')).toBe(attrs.relation);
      expect(parsed.getEdgeAttribute(key, 'weight')).toBe(attrs.weight);
      // 1.3 edges carry the relation as GEXF `kind`, which Gephi uses to keep parallel edges apart; 1.2 has no `kind`
      expect(parsed.getEdgeAttribute(key, 'kind')).toBe(version === '1.3' ? attrs.relation : undefined);
    });
  });
});
