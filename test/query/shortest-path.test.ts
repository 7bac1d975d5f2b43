// shortestPath(): fewest hops over stated relations, ignoring direction, with the evidence for each hop.
import { describe, expect, it } from 'vitest';
import { shortestPath } from '../../src/query/shortest-path.ts';
import type { RelationKind } from '../../src/graph/types.ts';
import { makeGraph, miniGraph } from './fixture.ts';

const graph = miniGraph();

describe('shortestPath', () => {
  it.each<[string, string, RelationKind[] | undefined, string[] | null]>([
    ['Sergei Aleinik', 'Jeenbek Kulubaev', undefined, ['person:sergei-aleinik', 'person:wang-yi', 'person:jeenbek-kulubaev']],
    ['Zhang Ming', 'Belarus', undefined, ['person:zhang-ming', 'organisation:sco', 'country:belarus']],
    ['Wang Yi', 'Wang Yi', undefined, ['person:wang-yi']],
    ['person:xss', 'China', undefined, null],
    ['person:xss', 'China', ['co_mentioned'], ['person:xss', 'country:china']],
    ['Sergei Aleinik', 'Jeenbek Kulubaev', ['affiliated_with'], null],
    ['Xi Jinping', 'Kazakhstan', undefined, ['person:xi-jinping', 'country:kazakhstan']],
  ])('%s → %s over %j', (a, b, relations, expected) => {
    const result = shortestPath(graph, a, b, { relations });
    expect(result ? result.nodes.map((n) => n.key) : null).toEqual(expected);
  });

  it('describes each hop: relation, direction from the previous node, evidence', () => {
    const result = shortestPath(graph, 'Zhang Ming', 'Belarus')!;
    expect(result.steps.map((s) => [s.relation, s.direction])).toEqual([
      ['affiliated_with', 'out'],
      ['member_of', 'in'],
    ]);
    expect(result.steps[0].evidence[0].sentence).toContain('SCO Secretary-General Zhang Ming');
  });

  it('picks the strongest of parallel relations and lists the others', () => {
    const g = makeGraph(
      [['person:a', 'A'], ['country:b', 'B']],
      [['visited', 'person:a', 'country:b', { weight: 1 }], ['affiliated_with', 'person:a', 'country:b', { weight: 3 }]],
    );
    const [step] = shortestPath(g, 'A', 'B')!.steps;
    expect(step.relation).toBe('affiliated_with');
    expect(step.relations).toEqual(['visited', 'affiliated_with']);
  });

  it('is deterministic between equally short paths (smallest keys first)', () => {
    const g = makeGraph(
      [['person:a', 'A'], ['person:m2', 'M2'], ['person:m1', 'M1'], ['person:z', 'Z']],
      [['met', 'person:a', 'person:m2'], ['met', 'person:m2', 'person:z'], ['met', 'person:a', 'person:m1'], ['met', 'person:m1', 'person:z']],
    );
    expect(shortestPath(g, 'A', 'Z')!.nodes.map((n) => n.key)).toEqual(['person:a', 'person:m1', 'person:z']);
  });
});
