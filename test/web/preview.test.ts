// The first screen drawn from the parsed file (core/preview.ts) is the overview the whole graph gives: same nodes, same
// backbone edges, same sizes; and it steps aside (null) whenever the whole graph would differ.
import { describe, expect, it } from 'vitest';
import { graphFromSerialized, type SerializedGraph } from '../../web/src/normalize-graph.ts';
import { indexGraph } from '../../web/src/core/graph-index.ts';
import { computeVisibility } from '../../web/src/core/visibility.ts';
import { defaultState } from '../../web/src/core/view-state.ts';
import { backboneEdges, overviewMembers } from '../../web/src/core/scope.ts';
import { DEFAULT_SETTINGS } from '../../web/src/core/settings.ts';
import { overviewPreview } from '../../web/src/core/preview.ts';
import { syntheticGraph } from '../../src/bench/viewer-synthetic.ts';

/** Two independent copies of a file's data, as JSON.parse gives them. */
function twice(data: unknown): [SerializedGraph, SerializedGraph] {
  const text = JSON.stringify(data);
  return [JSON.parse(text), JSON.parse(text)];
}

/** The overview as the app computes it from the whole graph. */
function wholeOverview(data: SerializedGraph, state = defaultState()) {
  const graph = graphFromSerialized(data);
  const index = indexGraph(graph);
  const visibility = computeVisibility(graph, index, state);
  const members = overviewMembers(graph, visibility, DEFAULT_SETTINGS.overview);
  return { graph, index, members, edges: backboneEdges(graph, visibility, members, DEFAULT_SETTINGS.overview.edgesPerNode) };
}

/** A synthetic graph the way `kg build` writes it: edges keyed by relation and ends carry no key. */
function keyless(nodes: number, edges: number) {
  const data = syntheticGraph(nodes, edges, 7);
  const seen = new Set<string>();
  return {
    ...data,
    edges: data.edges.map(({ key, ...edge }) => {
      const derived = `${edge.attributes.relation}:${edge.source}->${edge.target}`;
      if (seen.has(derived)) return { key, ...edge };
      seen.add(derived);
      return edge;
    }),
  };
}

describe('first screen from the parsed file', () => {
  it.each([
    ['synthetic, 2,000 nodes', syntheticGraph(2000, 11_000)],
    ['kg build’s keyless edges', keyless(1500, 9000)],
    ['undirected edges', { ...syntheticGraph(800, 3000, 3), edges: syntheticGraph(800, 3000, 3).edges.map((e, i) => (i % 3 ? e : { ...e, undirected: true })) }],
  ])('%s: the same members, backbone, degrees and heaviest weight as the whole graph', (_name, file) => {
    const [a, b] = twice(file);
    const preview = overviewPreview(a, defaultState(), DEFAULT_SETTINGS);
    const whole = wholeOverview(b);
    expect(preview).not.toBeNull();
    expect([...preview!.members]).toEqual([...whole.members]); // the same order too: the layout reads them in it
    expect([...preview!.edges]).toEqual([...whole.edges]);
    expect(preview!.members.size).toBeGreaterThan(50);
    expect(preview!.edges.size).toBeGreaterThan(0);
    expect(preview!.degree).toEqual(whole.index.degree);
    expect(preview!.maxWeight).toBe(whole.index.maxWeight);
    expect([preview!.order, preview!.size]).toEqual([whole.graph.order, whole.graph.size]);
    // the small graph carries the members and their backbone edges with the whole graph's attributes
    expect(preview!.graph.order).toBe(preview!.members.size);
    expect(new Set(preview!.graph.edges())).toEqual(preview!.edges);
    for (const key of preview!.graph.nodes()) expect(preview!.graph.getNodeAttributes(key)).toEqual(whole.graph.getNodeAttributes(key));
    for (const key of preview!.graph.edges()) {
      expect(preview!.graph.extremities(key)).toEqual(whole.graph.extremities(key));
      expect(preview!.graph.isUndirected(key)).toBe(whole.graph.isUndirected(key));
      expect(preview!.graph.getEdgeAttributes(key)).toEqual(whole.graph.getEdgeAttributes(key));
    }
  });

  it('follows kind, relation and weight filters of the state', () => {
    const state = { ...defaultState(), hiddenKinds: new Set(['country']), hiddenRelations: new Set<string>(), minWeight: 2 };
    const [a, b] = twice(syntheticGraph(2000, 11_000));
    const preview = overviewPreview(a, state, DEFAULT_SETTINGS);
    const whole = wholeOverview(b, state);
    expect([...preview!.members]).toEqual([...whole.members]);
    expect([...preview!.edges]).toEqual([...whole.edges]);
    expect([...preview!.members].some((k) => k.startsWith('country:'))).toBe(false);
  });

  const big = () => twice(syntheticGraph(1000, 4000))[0];
  it.each<[string, () => SerializedGraph | null, (d: SerializedGraph) => void]>([
    ['a small graph (its whole is the first screen)', () => twice(syntheticGraph(250, 600))[0], () => undefined],
    ['a node without a position (the whole graph is laid out first)', big, (d) => delete d.nodes[17].attributes!.x],
    ['a repeated node key', big, (d) => d.nodes.push(d.nodes[3])],
    ['a repeated edge key', big, (d) => d.edges.push(d.edges[3])],
    ['an edge to a missing node', big, (d) => (d.edges[5].target = 'nobody')],
  ])('steps aside for %s', (_name, make, spoil) => {
    const data = make()!;
    spoil(data);
    expect(overviewPreview(data, defaultState(), DEFAULT_SETTINGS)).toBeNull();
  });

  it('steps aside when the URL asks for another view than the plain overview', () => {
    const data = big();
    for (const state of [{ ...defaultState(), scope: 'all' as const }, { ...defaultState(), selected: 'person:n1' }, { ...defaultState(), years: [2015, 2016] as const }, { ...defaultState(), colorBy: 'community' }]) {
      expect(overviewPreview(data, state, DEFAULT_SETTINGS)).toBeNull();
    }
  });
});
