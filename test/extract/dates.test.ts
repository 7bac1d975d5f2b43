// Dates stated in sentences, and the date an edge gets.
import { describe, expect, it } from 'vitest';
import { sentenceDate } from '../../src/extract/text/dates.ts';
import { extract } from './helpers.ts';

describe('sentence dates', () => {
  it.each([
    ['During a meeting in Kazakhstan on 21 May, Wang spoke.', 2024, '2024-05-21'],
    ['Addressing the meeting on November 10, Xi spoke.', 2020, '2020-11-10'],
    ['The summit is scheduled for July 3–4 2024.', undefined, '2024-07-03'],
    ['Belarus joined in July 2024.', undefined, '2024-07'],
    ['He said on Thursday that talks may continue.', 2024, undefined],
    ['Talks may resume soon.', 2024, undefined],
    ['It happened on 21 May.', undefined, undefined],
    ['Wang met Aleinik in Kazakhstan on 21 May, as reported by Global Times on May 22.', 2024, '2024-05-21'],
  ] as [string, number | undefined, string | undefined][])('%s', (text, year, expected) => {
    expect(sentenceDate(text, year)).toBe(expected);
  });

  it('an edge takes the date its sentence states, with the article year', () => {
    const r = extract('Wang Yi met Sergei Aleinik, Minister of Foreign Affairs of Belarus, in Astana on 21 May.', '2024-05-22');
    const met = r.raw.relations.find((x) => x.relation === 'met')!;
    expect(met.date).toBe('2024-05-21');
  });
});
