// egoNetwork(): the subgraph within N hops, a graph of its own.
import { describe, expect, it } from 'vitest';
import { egoNetwork } from '../../src/query/ego-network.ts';
import { miniGraph } from './fixture.ts';

describe('egoNetwork', () => {
  const graph = miniGraph();
  it.each([
    [0, ['person:wang-yi'], []],
    [1, ['country:china', 'person:jeenbek-kulubaev', 'person:sergei-aleinik', 'person:wang-yi'], [
      'affiliated_with:person:wang-yi->country:china',
      'met:person:jeenbek-kulubaev->person:wang-yi',
      'met:person:sergei-aleinik->person:wang-yi',
    ]],
  ])('depth %i', (depth, nodes, edges) => {
    const ego = egoNetwork(graph, 'Wang Yi', depth);
    expect(ego.nodes().sort()).toEqual(nodes);
    expect(ego.edges().sort()).toEqual(edges);
  });

  it('keeps every edge among the kept nodes, not only the ones on the way', () => {
    const ego = egoNetwork(graph, 'Wang Yi', 2);
    expect(ego.hasEdge('affiliated_with:person:sergei-aleinik->country:belarus')).toBe(true);
    expect(ego.hasEdge('co_mentioned:country:china->country:kyrgyzstan')).toBe(true);
    expect(ego.hasNode('organisation:sco')).toBe(true);
    expect(ego.hasNode('summit:sco-2024-astana')).toBe(false);
  });

  it('copies attributes, so editing the ego network leaves the graph alone', () => {
    const ego = egoNetwork(graph, 'Wang Yi', 1);
    expect(ego.getAttribute('articles')).toEqual(graph.getAttribute('articles'));
    ego.getNodeAttribute('person:wang-yi', 'aliases').push('changed');
    expect(graph.getNodeAttribute('person:wang-yi', 'aliases')).not.toContain('changed');
  });

  it('can follow only some relations', () => {
    expect(egoNetwork(graph, 'Wang Yi', 3, { relations: ['met'] }).nodes().sort()).toEqual([
      'person:jeenbek-kulubaev',
      'person:sergei-aleinik',
      'person:wang-yi',
    ]);
  });
});
