// meetings(): whom a person met, in date order, with evidence.
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.ts';
import { meetings } from '../../src/query/meetings.ts';
import { makeGraph, miniGraph } from './fixture.ts';

describe('meetings', () => {
  it('lists the people met, dated ones first in date order', () => {
    const result = meetings(miniGraph(), 'Wang');
    expect(result.person).toEqual({ key: 'person:wang-yi', label: 'Wang Yi' });
    expect(result.meetings.map((m) => [m.label, m.date])).toEqual([
      ['Sergei Aleinik', '2024-05-21'],
      ['Jeenbek Kulubaev', '2024-05-22'],
    ]);
    expect(result.meetings[0].evidence[0].article).toBe('003');
  });

  it('puts undated meetings last, by name, and keeps "planned"', () => {
    const g = makeGraph(
      [['person:a', 'A'], ['person:b', 'Bea'], ['person:c', 'Cy'], ['person:d', 'Al']],
      [
        ['met', 'person:a', 'person:b', { evidence: [] }],
        ['met', 'person:c', 'person:a', { date: '2024-01-02', planned: true }],
        ['met', 'person:a', 'person:d', { evidence: [] }],
        ['visited', 'person:a', 'person:c'],
      ],
    );
    g.replaceAttributes({ name: 'g', articles: {} });
    expect(meetings(g, 'A').meetings.map((m) => [m.label, m.date ?? null, m.planned ?? null])).toEqual([
      ['Cy', '2024-01-02', true],
      ['Al', null, null],
      ['Bea', null, null],
    ]);
  });

  it('only resolves people', () => {
    expect(() => meetings(miniGraph(), 'China')).toThrow(NotFoundError);
  });
});
