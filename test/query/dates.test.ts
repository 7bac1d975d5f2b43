// Date helpers: which strings are dates, and whether facts fall in a range.
import { describe, expect, it } from 'vitest';
import { dateInterval, factDates, firstDate, overlapsRange } from '../../src/query/dates.ts';

describe('dateInterval', () => {
  it.each([
    ['2024', { start: '2024-01-01', end: '2024-12-31' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2023-02', { start: '2023-02-01', end: '2023-02-28' }],
    ['2024-07-03', { start: '2024-07-03', end: '2024-07-03' }],
    ['2024-02-30', undefined],
    ['2024-13', undefined],
    ['24 May 2024', undefined],
    ['', undefined],
    [2024, undefined],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(dateInterval(input)).toEqual(expected);
  });
});

describe('overlapsRange', () => {
  it.each([
    [['2024-05-21'], '2024-05-21', undefined, true],
    [['2024-05-21'], '2024-05-22', undefined, false],
    [['2024-05-21'], undefined, '2024-05-20', false],
    [['2024-05-21'], '2024', '2024', true],
    [['2024-05-21'], '2024-06', undefined, false],
    [['2024'], '2024-06-01', '2024-06-30', true],
    [['2023-12-31', '2024-07-01'], '2024-06', '2024-07', true],
    [[], undefined, undefined, true],
    [[], '2020', undefined, false],
  ] as const)('%j within [%s, %s] → %s', (dates, from, to, expected) => {
    expect(overlapsRange(dates, from, to)).toBe(expected);
  });
});

describe('firstDate and factDates', () => {
  const graphAttributes = { articles: { a: { id: 'a', file: 'a', title: 'A', date: '2024-05-22' }, b: { id: 'b', file: 'b', title: 'B' } } };
  it.each([
    ['own date wins', { date: '2024-05-21', evidence: [{ article: 'a', sentence: '', start: 0, end: 0, date: '2024-01-01' }] }, '2024-05-21', ['2024-01-01', '2024-05-21']],
    ['earliest evidence date', { evidence: [{ article: 'a', sentence: '', start: 0, end: 0, date: '2024-06-02' }, { article: 'a', sentence: '', start: 0, end: 0, date: '2024-06-01' }] }, '2024-06-01', ['2024-06-01', '2024-06-02']],
    ['article date as a fallback', { evidence: [{ article: 'a', sentence: '', start: 0, end: 0 }] }, '2024-05-22', ['2024-05-22']],
    ['undated article', { evidence: [{ article: 'b', sentence: '', start: 0, end: 0 }] }, undefined, []],
    ['invalid dates ignored', { date: 'soon', evidence: [] }, undefined, []],
  ])('%s', (_name, attrs, first, all) => {
    expect(firstDate(attrs, graphAttributes)).toBe(first);
    expect(factDates(attrs, graphAttributes)).toEqual(all);
  });
});
