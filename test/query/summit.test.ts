// summit(): host, city, date and attendees, by name or year.
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/errors.ts';
import { AmbiguousNameError } from '../../src/query/errors.ts';
import { parseOrdinal, summit } from '../../src/query/summit.ts';
import { makeGraph, miniGraph } from './fixture.ts';

describe('summit', () => {
  it.each([2024, '2024', 'Astana summit', 'SCO Summit 2024 (Astana)', 'summit:sco-2024-astana'])('finds the Astana summit from %j', (query) => {
    const info = summit(miniGraph(), query);
    expect(info).toMatchObject({ key: 'summit:sco-2024-astana', city: 'Astana', year: 2024, ordinal: 24, date: '2024-07-03' });
    expect(info.host).toMatchObject({ key: 'country:kazakhstan', label: 'Kazakhstan' });
    expect(info.host?.evidence[0].sentence).toContain('Astana summit');
    expect(info.attendees.map((a) => [a.label, a.planned])).toEqual([['Xi Jinping', true]]);
  });

  it('a year with no summit is not found, and the years that exist are suggested', () => {
    const err = (() => {
      try {
        summit(miniGraph(), 2019);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(NotFoundError);
    expect((err as NotFoundError).suggestions).toEqual(['2024']);
  });

  const twoIn2024 = () =>
    makeGraph([
      ['summit:cfm-2024', 'SCO Council of Foreign Ministers 2024', { year: 2024, city: 'Astana' }],
      ['summit:sco-2024', 'SCO Summit 2024', { year: 2024, ordinal: 24, host: 'Kazakhstan' }],
      ['country:kazakhstan', 'Kazakhstan'],
    ]);

  it('prefers the numbered summit of a year, and falls back to the host attribute', () => {
    const info = summit(twoIn2024(), 2024);
    expect(info.key).toBe('summit:sco-2024');
    expect(info.host).toMatchObject({ key: 'country:kazakhstan', label: 'Kazakhstan', evidence: [] });
    expect(info.attendees).toEqual([]);
  });

  it('two unnumbered summits in a year are ambiguous', () => {
    const g = twoIn2024();
    g.setNodeAttribute('summit:sco-2024', 'ordinal', null);
    expect(() => summit(g, 2024)).toThrow(AmbiguousNameError);
  });
});

describe('summit by ordinal or city', () => {
  it.each<[string, number | undefined]>([
    ['24', 24],
    ['24th', 24],
    ['1st', 1],
    ['22nd', 22],
    ['23rd', 23],
    ['11th', 11],
    ['112th', 112],
    ['24st', undefined],
    ['11st', undefined],
    ['0', undefined],
    ['2024', undefined],
    ['twenty', undefined],
  ])('parseOrdinal(%j) = %s', (text, expected) => {
    expect(parseOrdinal(text)).toBe(expected);
  });

  const cities = makeGraph([
    ['summit:sco-2019-bishkek', 'SCO Summit 2019', { ordinal: 19, year: 2019, city: 'Bishkek' }],
    ['summit:sco-2007-bishkek', 'SCO Summit 2007', { ordinal: 7, year: 2007, city: 'Bishkek' }],
    ['summit:sco-2025-tianjin', 'SCO Summit 2025', { ordinal: 25, year: 2025, city: 'Tianjin' }],
  ]);

  it.each<[string | number, string]>([
    ['19th', 'summit:sco-2019-bishkek'],
    [7, 'summit:sco-2007-bishkek'],
    ['2025', 'summit:sco-2025-tianjin'],
    ['tianjin', 'summit:sco-2025-tianjin'],
  ])('%j is %s', (which, key) => {
    expect(summit(cities, which).key).toBe(key);
  });

  it('a city of several summits lists them; an ordinal the graph lacks names the ones it has', () => {
    expect(() => summit(cities, 'Bishkek')).toThrow(/"Bishkek" matches 2 entities: SCO Summit 2007 \(summit:sco-2007-bishkek\), SCO Summit 2019/);
    expect(() => summit(cities, '8th')).toThrow(/no summit numbered 8 in the graph \(it has 7, 19, 25\)/);
  });
});
