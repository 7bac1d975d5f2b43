// Exports users have: JSON/JSONL with any usual field names, CSV/TSV with a header row, WARC crawls (plain and gzipped).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { exportDate, recordFields } from '../../src/ingest/record-fields.ts';

const BODY = 'Uzbek President Shavkat Mirziyoyev received the Secretary-General of the organisation in Tashkent on Monday for talks.';
const BODY2 = 'The defence ministers of the member states met in Minsk and agreed a plan of joint exercises for the coming year.';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-exports-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('record fields', () => {
  it.each([
    [{ text: BODY, title: 'T', date: '2024-07-03', url: 'u', source: 's', author: 'A B' }, { text: BODY, title: 'T', date: '2024-07-03', url: 'u', source: 's', author: 'A B' }],
    [{ Body: BODY, Headline: 'T', publishedAt: '2024-07-03T10:00:00Z', Link: 'u', outlet: 's' }, { text: BODY, title: 'T', date: '2024-07-03T10:00:00Z', url: 'u', source: 's' }],
    [{ content: BODY, seendate: '20240703T101500Z', url: 'u', domain: 'news.example', sourcecountry: 'Kazakhstan' }, { text: BODY, date: '2024-07-03', url: 'u', source: 'news.example', fields: { sourcecountry: 'Kazakhstan' } }],
    [{ content: BODY, source: { id: null, name: 'Daily Example' }, authors: ['Ann Lee', 'Bo Kim'], published_at: 1720000000 }, { text: BODY, source: 'Daily Example', author: 'Ann Lee, Bo Kim', date: '2024-07-03' }],
    [{ text: '  ', body: BODY, lang: 'en', tags: ['sco'], empty: '' }, { text: BODY, fields: { text: '  ', lang: 'en', tags: ['sco'] } }],
  ])('recordFields(%j)', (record, expected) => {
    expect(recordFields(record)).toEqual(expected);
  });

  it.each([
    ['20240827T120000Z', '2024-08-27'],
    ['20240827', '2024-08-27'],
    [1724760000, '2024-08-27'],
    [1724760000000, '2024-08-27'],
    ['1724760000', '2024-08-27'],
    ['20241327', '20241327'],
    ['27 August 2024', '27 August 2024'],
  ])('exportDate(%j) = %j', (v, expected) => {
    expect(exportDate(v)).toBe(expected);
  });
});

describe('JSON and JSONL exports', () => {
  it('reads the usual field names, a wrapped list, markup in a text field, and keeps unknown fields', () => {
    const dir = folder({
      'newsapi.json': JSON.stringify({ status: 'ok', articles: [{ source: { name: 'Daily Example' }, author: 'Ann Lee', title: 'Talks in Tashkent', content: BODY, publishedAt: '2024-07-01T09:00:00Z', url: 'https://daily.example/a' }] }),
      'gdelt.jsonl': `${JSON.stringify({ title: 'Minsk drills', seendate: '20240702T080000Z', domain: 'minsk.example', body: BODY2, tone: -1.5 })}\n`,
      'cms.json': JSON.stringify([{ headline: 'Markup', body: `<div><p>${BODY}</p><p>${BODY2}</p></div>`, published: '2024-07-04' }]),
    });
    const { articles, skipped } = readArticles(dir);
    expect(skipped).toEqual([]);
    const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
    expect(byId['newsapi#1']).toMatchObject({ title: 'Talks in Tashkent', author: 'Ann Lee', source: 'Daily Example', date: '2024-07-01', url: 'https://daily.example/a' });
    expect(byId['gdelt#1']).toMatchObject({ title: 'Minsk drills', date: '2024-07-02', source: 'minsk.example', fields: { tone: -1.5 } });
    expect(byId['cms#1'].text.split('\n')).toEqual(['Markup', BODY, BODY2]);
    expect(byId['cms#1'].date).toBe('2024-07-04');
  });
});

describe('CSV exports', () => {
  it('reads a header row, quoted commas, quotes and line breaks, and names rows as a spreadsheet does', () => {
    const csv = ['Headline,Body,Published,Outlet,Section', `"Talks, in Tashkent","${BODY.replace('Monday', '""Monday""')}\n${BODY2}",2024-07-01,Daily Example,World`, ',,,,', `Minsk drills,${BODY2},2024-07-02,Minsk Post,Defence`].join('\r\n');
    const { articles, skipped } = readArticles(folder({ 'export.csv': csv, 'export.tsv': `title\ttext\nTab one\t${BODY}\n` }));
    expect(skipped).toEqual([]);
    // two files of one name but for the extension: each article id keeps its file's extension
    expect(articles.map((a) => a.id)).toEqual(['export.csv#2', 'export.csv#4', 'export.tsv#2']);
    const [first, second, tsv] = articles;
    expect(first).toMatchObject({ title: 'Talks, in Tashkent', date: '2024-07-01', source: 'Daily Example', fields: { Section: 'World' } });
    expect(first.text).toContain('on "Monday" for talks.\nThe defence ministers');
    expect(second).toMatchObject({ title: 'Minsk drills', source: 'Minsk Post' });
    expect(tsv.title).toBe('Tab one');
  });

  it('says which column is missing and which row is broken', () => {
    const { skipped } = (() => {
      try {
        return readArticles(folder({ 'a.csv': 'name,value\nx,1\n', 'b.txt': BODY }));
      } catch (err) {
        return { skipped: [{ file: 'thrown', reason: String(err) }] };
      }
    })();
    expect(skipped).toEqual([{ file: 'a.csv', reason: 'no text column (text, body or content) in the header: name, value' }]);
  });
});

/** A WARC record: header lines, a blank line, the block, two line breaks. */
function record(type: string, block: string | Buffer, extra: Record<string, string> = {}): Buffer {
  const body = typeof block === 'string' ? Buffer.from(block, 'utf8') : block;
  const head = [`WARC/1.0`, `WARC-Type: ${type}`, `WARC-Record-ID: <urn:uuid:${type}-${body.length}>`, ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${body.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
}

const page = (title: string, body: string) => `<html><head><title>${title}</title><meta property="article:published_time" content="2024-06-30T10:00:00Z"></head><body><nav>Home World</nav><article><h1>${title}</h1><p>${body}</p><p>${body}</p></article></body></html>`;

function http(status: string, headers: string[], body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${headers.join('\r\n')}\r\n\r\n`), body]);
}

function chunked(b: Buffer): Buffer {
  const half = Math.floor(b.length / 2);
  return Buffer.concat([Buffer.from(`${half.toString(16)}\r\n`), b.subarray(0, half), Buffer.from(`\r\n${(b.length - half).toString(16)}\r\n`), b.subarray(half), Buffer.from('\r\n0\r\n\r\n')]);
}

describe('WARC crawls', () => {
  const html1 = Buffer.from(page('Talks in Tashkent', BODY));
  const html2 = Buffer.from(page('Minsk drills', BODY2), 'utf8');
  const records = [
    record('warcinfo', 'software: test\r\n', { 'Content-Type': 'application/warc-fields' }),
    record('request', 'GET / HTTP/1.1\r\nHost: a.example\r\n\r\n', { 'WARC-Target-URI': 'https://a.example/1', 'Content-Type': 'application/http; msgtype=request' }),
    record('response', http('200 OK', ['Content-Type: text/html; charset=utf-8', 'Content-Encoding: gzip', 'Transfer-Encoding: chunked'], chunked(gzipSync(html1))), { 'WARC-Target-URI': 'https://a.example/1', 'WARC-Date': '2024-07-01T00:00:00Z', 'Content-Type': 'application/http; msgtype=response' }),
    record('response', http('301 Moved', ['Location: /x'], Buffer.alloc(0)), { 'WARC-Target-URI': 'https://a.example/old', 'Content-Type': 'application/http; msgtype=response' }),
    record('response', http('200 OK', ['Content-Type: image/png'], Buffer.from([0x89, 0x50, 0, 1])), { 'WARC-Target-URI': 'https://a.example/i.png', 'Content-Type': 'application/http; msgtype=response' }),
    record('resource', html2, { 'WARC-Target-URI': 'https://b.example/2', 'Content-Type': 'text/html' }),
  ];

  it('reads each HTML response or resource as one article, gzipped per record or not', () => {
    const dir = folder({ 'crawl.warc': Buffer.concat(records), 'crawl2.warc.gz': Buffer.concat(records.map((r) => gzipSync(r))) });
    const { articles, skipped } = readArticles(dir);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(['crawl#3', 'crawl#6', 'crawl2#3', 'crawl2#6']);
    expect(articles[0]).toMatchObject({ title: 'Talks in Tashkent', url: 'https://a.example/1', date: '2024-06-30', fields: { crawled: '2024-07-01T00:00:00Z' } });
    expect(articles[0].text).toContain(BODY);
    expect(articles[0].text).not.toContain('Home World');
    expect(articles[1]).toMatchObject({ title: 'Minsk drills', url: 'https://b.example/2' });
  });

  it('names a broken gzip stream and a record whose length runs past the end', () => {
    const bad = Buffer.concat([records[2], Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nshort')]);
    const dir = folder({ 'broken.warc.gz': gzipSync(Buffer.concat(records)).subarray(0, 40), 'short.warc': bad });
    const { articles, skipped } = readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['short#1']);
    expect(skipped.map((s) => [s.file, s.reason.replace(/:.*$/s, '')])).toEqual([['broken.warc.gz', 'broken gzip stream'], ['short.warc', 'record 2']]);
  });
});
