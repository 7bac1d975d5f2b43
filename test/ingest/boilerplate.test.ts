// Page chrome goes by general rules, not by the seeds' exact strings; metadata is read from the text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDebris, removeBoilerplate, words } from '../../src/ingest/boilerplate.ts';
import { parseDate, readMetadata } from '../../src/ingest/metadata.ts';

const PROSE = 'The foreign ministers of the member states met in Astana on Tuesday to prepare the summit and its documents.';

describe('boilerplate', () => {
  it.each([
    ['', 0],
    ['Comments (12)', 2],
    ['Xi’an, 2024 — Şanghay İşbirliği Örgütü', 6],
    ['Москва и Пекин', 3],
    ['北京 𝒳y z', 3],
    ['a-b_c', 3],
  ])('words(%j) = %i', (line, n) => {
    expect(words(line)).toBe(n);
  });

  it('counts words as the regex /[\\p{L}\\p{N}]+/gu does, and stops at the limit', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', ' ', '-', '’', 'é', 'Ж', '中', '𝒳', '🙂', '\u0301', '|', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), fc.integer({ min: 1, max: 40 }), (line, limit) => {
        const n = (line.match(/[\p{L}\p{N}]+/gu) ?? []).length;
        expect(words(line)).toBe(n);
        expect(words(line, limit)).toBe(Math.min(n, limit));
      }),
    );
  });

  it.each([
    ['12-01 | 99887766 | Pending |', true],
    ['Q: How do I renew my permit?', true],
    ['A: Visit the office with your passport...', true],
    ['Comments (12)', true],
    ['Follow The Astana Times on Telegram and Facebook for daily updates.', true],
    ['© 2024 Some Media Group. All rights reserved.', true],
    ['Related Articles', true],
    ['https://example.org/news/123', true],
    [PROSE, false],
    ['Source: China Daily', false],
    ['Tashkent', false],
  ])('isDebris(%j) = %s', (line, expected) => {
    expect(isDebris(line)).toBe(expected);
  });

  it('cuts a portal tail of headings, tables and Q/A lists, keeping the source line', () => {
    const text = ['Headline here', PROSE, 'The author is Jane Roe, a researcher.', 'Source: Daily Planet', 'Visa Center', '01-02 | 123 | Done |', 'Help', 'Q: Where is it?', 'A: Downtown...'].join('\n');
    const out = removeBoilerplate(text, 'Headline here');
    expect(out.split('\n')).toEqual(['Headline here', PROSE, 'The author is Jane Roe, a researcher.', 'Source: Daily Planet']);
  });

  it('drops a headline repeated with a section name and an author/publisher profile block', () => {
    const text = ['Leaders meet in Astana', 'Leaders meet in Astana World News', PROSE, 'Leaders meet in Astana World News', 'About the Author', 'Some Media (www.some.example) is a publisher of news and views on world affairs and politics.'].join('\n');
    expect(removeBoilerplate(text, 'Leaders meet in Astana').split('\n')).toEqual(['Leaders meet in Astana', PROSE]);
  });

  it('drops social-media calls and comment counters at the end', () => {
    const text = [PROSE, "Follow Kabar's official channel on YouTube to stay informed.", 'Comments (0)'].join('\n');
    expect(removeBoilerplate(text)).toBe(PROSE);
  });
});

describe('metadata', () => {
  it.each([
    ['2024-08-27', '2024-08-27'],
    ['August 27, 2024', '2024-08-27'],
    ['27 August 2024', '2024-08-27'],
    ['Sept. 5, 2023', '2023-09-05'],
    ['17.09.2021', '2021-09-17'],
    ['45.19.2021', undefined],
    ['no date here', undefined],
  ])('parseDate(%j)', (s, expected) => {
    expect(parseDate(s)).toBe(expected);
  });

  it('reads the date in a headline, the outlet and the author', () => {
    const m = readMetadata(['Scope for peace - 2024-08-27', PROSE, 'The author is Gulnar Shaimergenova, director of the China Studies Center.', 'Source: China Daily'].join('\n'));
    expect(m).toEqual({ title: 'Scope for peace', date: '2024-08-27', source: 'China Daily', author: 'Gulnar Shaimergenova' });
  });

  it.each([
    ['Bishkek, September 3, 2025 / Kabar /. Kyrgyzstan has taken over the chair.', '2025-09-03', 'Kabar'],
    ['DUSHANBE, 17.09.2021 /NIAT "Khovar"/. On the sidelines of the summit, they met.', '2021-09-17', 'NIAT "Khovar"'],
    ['TIANJIN, Sept. 1 (Xinhua) -- Chinese President Xi Jinping has met leaders.', undefined, 'Xinhua'],
    ['NEW DELHI, May 4 (PTI) -- The minister arrived.', undefined, 'PTI'],
    ['ISLAMABAD: With the twin cities under lockdown, leaders arrived (all of them).', undefined, undefined],
    ['Moscow, the capital, hosted the talks (see below).', undefined, undefined],
  ])('reads a wire dateline: %s', (line, date, source) => {
    const m = readMetadata(['Headline', '', line, PROSE].join('\n'));
    expect([m.date, m.source]).toEqual([date, source]);
  });

  it('reads the agency of a dateline after a date line; a Source line names the outlet before it', () => {
    const dated = readMetadata(['Headline', '4 July 2024', 'MINSK, 4 July (BelTA) - Belarus became a member.', PROSE].join('\n'));
    expect([dated.date, dated.source]).toEqual(['2024-07-04', 'BelTA']);
    const sourced = readMetadata(['Headline', 'TIANJIN, Sept. 1 (Xinhua) -- Leaders met.', PROSE, 'Source: China Daily'].join('\n'));
    expect(sourced.source).toBe('China Daily');
  });

  it('shortens a first line that is a paragraph, not a headline', () => {
    const m = readMetadata(`${PROSE} ${PROSE} ${PROSE}`);
    expect(m.title.length).toBeLessThanOrEqual(121);
  });
});

describe('dates in page text', () => {
  it.each([
    ['2018-04-05T06:00', '2018-04-05'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['Updated: 2011-04-18 10:05', '2011-04-18'],
    ['2018-13-05T06:00', undefined],
    ['12018-04-05', undefined],
  ])('parseDate(%j)', (s, expected) => {
    expect(parseDate(s)).toBe(expected);
  });

  it('finds a "Published" line, else an "Updated" one, beyond the first lines', () => {
    const filler = Array.from({ length: 8 }, () => PROSE);
    expect(readMetadata(['Headline', ...filler, 'Updated: 2011-04-18 10:05', 'Published on 2 March 2011'].join('\n')).date).toBe('2011-03-02');
    expect(readMetadata(['Headline', ...filler, 'Updated: 2011-04-18 10:05'].join('\n')).date).toBe('2011-04-18');
    expect(readMetadata(['Headline', ...filler, 'The 2011-04-18 meeting was postponed to a later date in the spring.'].join('\n')).date).toBeUndefined();
  });
});
