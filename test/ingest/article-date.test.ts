// Every date an article carries outside a feed field: a dateline, a line that is only a date, its URL. A date inside
// running text is not the article's.
import { describe, expect, it } from 'vitest';
import { isDateLine, urlDate } from '../../src/ingest/article-date.ts';
import { readMetadata } from '../../src/ingest/metadata.ts';
import { toArticle } from '../../src/ingest/read-articles.ts';

const PROSE = 'The ministers discussed trade, transport and security in the region at length during the session.';

describe('article dates in the text', () => {
  it.each([
    // dateline.forms: a place, then the date before or after the agency, or inside its brackets
    ['Vienna, 12 May 2004 (Wire/Agency) -- Ministers met in the city.', '2004-05-12'],
    ['TASHKENT, March 3, 2010, Agency-Plus — The presidents met in the city.', '2010-03-03'],
    ['Qingdao, China (AFP) June 9, 2018 China hosted a summit of the group.', '2018-06-09'],
    ['ASTANA, (Agency News / Wire - 3rd Jul, 2024 ) :The leaders arrived in the capital.', '2024-07-03'],
    ['MOSCOW, March 3. /TASS/. The minister said the talks went well.', undefined],
    // dateline.running-text: a date in the sentence a dateline opens, or in a sentence with none, is of an event
    ['Ufa: Leaders met on July 10, 2015 in the city.', undefined],
    ['On May 29,2003, the heads of state met.', undefined],
    ['The SCO was founded on June 15, 2001.', undefined],
    // date-line: a line that is only a date, with a label or a time
    ['Updated: 2011-04-18 10:05', '2011-04-18'],
    ['Published on 12:00 AM, July 11, 2015', '2015-07-11'],
  ] as [string, string | undefined][])('%s', (line, date) => {
    expect(readMetadata(['Headline', '', line, PROSE].join('\n')).date).toBe(date);
  });

  it.each([
    ['Updated: 2011-04-18 10:05', true],
    ['Tue, 06/05/2012 - 13:47', true],
    ['The SCO was founded on June 15, 2001.', false],
    ['Summit on June 15, 2001', false],
  ] as [string, boolean][])('isDateLine(%j)', (line, expected) => {
    expect(isDateLine(line)).toBe(expected);
  });
});

describe('article dates in the URL', () => {
  // url.forms: a dated path, a dated file name, a Unix time ending a slug; never an id or a year alone
  it.each([
    ['https://example.com/news/2018/06/09/leaders-meet', '2018-06-09'],
    ['http://example.org/archive/2002-06/10/content_1.htm', '2002-06-10'],
    ['https://example.com/docs/20140912.D1E.html', '2014-09-12'],
    ['https://example.com/events/meeting-with-the-secretary-1663327432', '2022-09-16'],
    ['https://example.com/news/1338647', undefined],
    ['https://example.com/a/29281706.html', undefined],
    ['https://example.com/news-579280-en.html', undefined],
    ['https://example.com/item/12810-bishkek-hosts-the-2013-summit.html', undefined],
    [undefined, undefined],
  ] as [string | undefined, string | undefined][])('urlDate(%j)', (url, expected) => {
    expect(urlDate(url)).toBe(expected);
  });

  it('takes the URL date only when neither the feed nor the text gives one', () => {
    const text = `Headline\n${PROSE}`;
    expect(toArticle('a', 'a.jsonl', { text, url: 'https://example.com/2018/06/09/x' })?.date).toBe('2018-06-09');
    expect(toArticle('a', 'a.jsonl', { text, url: 'https://example.com/2018/06/09/x', date: '2018-06-10' })?.date).toBe('2018-06-10');
    expect(toArticle('a', 'a.jsonl', { text: `Headline\nUpdated: 2018-06-11 10:00\n${PROSE}`, url: 'https://example.com/2018/06/09/x' })?.date).toBe('2018-06-11');
  });
});
