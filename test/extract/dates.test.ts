// Dates stated in sentences, and the date an edge gets.
import { describe, expect, it } from 'vitest';
import { futureYear, pastEventYear, sentenceDate } from '../../src/extract/text/dates.ts';
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

describe('incidental years', () => {
  const at = (text: string) => {
    const words = text.toLowerCase().split(' ');
    return [words, words.findIndex((w) => /^\d{4}$/.test(w))] as const;
  };
  // incidental.past-event: the year of a founding or a joining
  it.each([
    ['the group was formed in 2001 to fight terrorism', true],
    ["the anniversary of the organisation's founding on june 15 , 2001", true],
    ['a rival founded in june 2001', true],
    ['india and pakistan joined in 2017', true],
    ['the summit was held in bishkek in 2019', false],
    ['in october 2023 , bishkek hosted the meeting', false],
    ['leaders met on the morning of june 15 , 2001', false],
  ] as [string, boolean][])('%s', (text, expected) => {
    expect(pastEventYear(...at(text))).toBe(expected);
  });

  // incidental.future: a year after a word of the future
  it.each([
    ['mongolia hopes to host a ministerial meeting in 2012', true],
    ['kazakhstan will host it on july 3 , 2024', true],
    ['the summit opened in 2024', false],
  ] as [string, boolean][])('%s', (text, expected) => {
    expect(futureYear(...at(text))).toBe(expected);
  });
});
