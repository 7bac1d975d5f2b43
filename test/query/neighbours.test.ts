// neighbours(): relation, direction, weight, dates and evidence, with filters and depth.
import { describe, expect, it } from 'vitest';
import { neighbours, neighboursWithTotals, type NeighboursOptions } from '../../src/query/neighbours.ts';
import { makeGraph, miniGraph } from './fixture.ts';
import { shortestPath } from '../../src/query/shortest-path.ts';
import { egoNetwork } from '../../src/query/ego-network.ts';
import { KgError } from '../../src/errors.ts';
import type { EntityKind, RelationKind } from '../../src/graph/types.ts';

const graph = miniGraph();
const rows = (entity: string, options: NeighboursOptions = {}) =>
  neighbours(graph, entity, options).map((n) => `${n.depth} ${n.relation} ${n.direction} ${n.key}`);

describe('neighbours on the mini fixture', () => {
  it.each<[string, string, NeighboursOptions, string[]]>([
    ['met, by name', 'Wang Yi', { relation: 'met' }, ['1 met undirected person:jeenbek-kulubaev', '1 met undirected person:sergei-aleinik']],
    ['all relations, sorted by registry order', 'wang yi', {}, ['1 met undirected person:jeenbek-kulubaev', '1 met undirected person:sergei-aleinik', '1 affiliated_with out country:china']],
    ['incoming edges are "in"', 'China', { relation: ['affiliated_with', 'member_of'] }, ['1 affiliated_with in person:wang-yi', '1 member_of out organisation:sco']],
    ['outgoing member_of', 'country:china', { relation: 'member_of' }, ['1 member_of out organisation:sco']],
    ['kind filter', 'China', { kind: 'initiative' }, ['1 proposed out initiative:global-security-initiative']],
    ['depth 2 goes through other nodes', 'Sergei Aleinik', { relation: 'met', depth: 2 }, ['1 met undirected person:wang-yi', '2 met undirected person:jeenbek-kulubaev']],
    ['depth 2 with kind filter reports only that kind', 'Sergei Aleinik', { depth: 2, kind: 'country' }, ['1 affiliated_with out country:belarus', '2 affiliated_with out country:china']],
    ['minWeight drops weak relations', 'Wang Yi', { minWeight: 2 }, []],
    ['from: dated on or after', 'Wang Yi', { relation: 'met', from: '2024-05-22' }, ['1 met undirected person:jeenbek-kulubaev']],
    ['to: dated on or before', 'Wang Yi', { relation: 'met', to: '2024-05-21' }, ['1 met undirected person:sergei-aleinik']],
    ['a year covers the whole year', 'Wang Yi', { relation: 'met', from: '2024', to: '2024' }, ['1 met undirected person:jeenbek-kulubaev', '1 met undirected person:sergei-aleinik']],
    ['undated relations are out of any range', 'Zhang Ming', { from: '2000' }, []],
  ])('%s', (_name, entity, options, expected) => {
    expect(rows(entity, options)).toEqual(expected);
  });

  it('carries weight, dates and the evidence sentences', () => {
    const [aleinik] = neighbours(graph, 'Wang Yi', { relation: 'met', to: '2024-05-21' });
    expect(aleinik).toMatchObject({ label: 'Sergei Aleinik', kind: 'person', via: 'person:wang-yi', weight: 1, date: '2024-05-21', dates: ['2024-05-21'] });
    expect(aleinik.edge).toBe('met:person:sergei-aleinik->person:wang-yi');
    expect(aleinik.evidence[0].sentence).toMatch(/^During a meeting with Sergei Aleinik/);
  });

  it('lists each relation to the same neighbour separately', () => {
    const g = makeGraph(
      [['person:a', 'A'], ['person:b', 'B']],
      [['met', 'person:a', 'person:b', { weight: 2 }], ['co_mentioned', 'person:a', 'person:b', { weight: 5 }]],
    );
    expect(neighbours(g, 'A').map((n) => [n.relation, n.weight])).toEqual([['met', 2], ['co_mentioned', 5]]);
  });
});

describe('limit: a hub\'s heaviest relations of each kind only', () => {
  // a hub co-mentioned with five people (weights 1, 3, 3, 2, 5), met by one, and a second hop through p5
  const hub = makeGraph(
    [['organisation:hub', 'Hub'], ...[1, 2, 3, 4, 5, 6, 7].map((i): [string, string] => [`person:p${i}`, `P${i}`])],
    [
      ...([[1, 1], [2, 3], [3, 3], [4, 2], [5, 5]] as const).map(([i, weight]): ['co_mentioned', string, string, { weight: number }] => ['co_mentioned', 'organisation:hub', `person:p${i}`, { weight }]),
      ['met', 'person:p6', 'organisation:hub'],
      ['co_mentioned', 'person:p5', 'person:p7', { weight: 9 }],
      ['co_mentioned', 'person:p1', 'person:p7', { weight: 1 }],
    ],
  );
  const list = (options: NeighboursOptions) => {
    const r = neighboursWithTotals(hub, 'Hub', options);
    return [r.neighbours.map((n) => `${n.depth} ${n.relation} ${n.key}`), r.leftOut];
  };
  it.each<[string, NeighboursOptions, string[], number]>([
    ['all by default', {}, ['1 met person:p6', '1 co_mentioned person:p5', '1 co_mentioned person:p2', '1 co_mentioned person:p3', '1 co_mentioned person:p4', '1 co_mentioned person:p1'], 0],
    ['the 2 heaviest of each kind (a tie broken by edge key)', { limit: 2 }, ['1 met person:p6', '1 co_mentioned person:p5', '1 co_mentioned person:p2'], 3],
    ['none', { limit: 0 }, [], 6],
    ['only the relations asked are counted', { limit: 0, relation: 'met' }, [], 1],
    ['a kind with fewer than the limit loses nothing', { limit: 1, relation: 'met' }, ['1 met person:p6'], 0],
    ['at depth 2, each followed node keeps its heaviest', { limit: 1, depth: 2 }, ['1 met person:p6', '1 co_mentioned person:p5', '2 co_mentioned person:p7'], 5],
  ])('%s', (_name, options, expected, leftOut) => {
    expect(list(options)).toEqual([expected, leftOut]);
  });
});

describe('options that match nothing are errors, not empty answers', () => {
  it.each<[string, () => unknown, RegExp]>([
    ['an unknown relation', () => neighbours(graph, 'Wang Yi', { relation: 'befriended' as RelationKind }), /relation "befriended" is not one of met, attended/],
    ['an unknown relation in a list', () => neighbours(graph, 'Wang Yi', { relation: ['met', 'Met' as RelationKind] }), /relation "Met"/],
    ['an unknown kind', () => neighbours(graph, 'Wang Yi', { kind: 'city' as EntityKind }), /kind "city" is not one of person/],
    ['a from that is no date', () => neighbours(graph, 'Wang Yi', { from: 'May 2024' }), /from must be a date .* got "May 2024"/],
    ['a to that is no date', () => neighbours(graph, 'Wang Yi', { to: '2024-13' }), /to must be a date/],
    ['shortestPath with an unknown relation', () => shortestPath(graph, 'Wang Yi', 'China', { relations: ['friend' as RelationKind] }), /relations "friend"/],
    ['egoNetwork with an unknown relation', () => egoNetwork(graph, 'Wang Yi', 1, { relations: ['friend' as RelationKind] }), /relations "friend"/],
  ])('%s throws KgError E_OPTION (exit code 2)', (_name, call, message) => {
    let error: unknown;
    try {
      call();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('E_OPTION');
    expect((error as KgError).exitCode).toBe(2);
    expect((error as Error).message).toMatch(message);
  });
});
