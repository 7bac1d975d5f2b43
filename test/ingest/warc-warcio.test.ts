// The WARC reader against an independent implementation: files written by warcio (webrecorder's maintained WARC
// library) are read by ours, record for record.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser, WARCRecord, WARCSerializer } from 'warcio';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { readWarc, warcBytes } from '../../src/ingest/warc.ts';

const P = 'Delegations from the member states arrived in Tashként and Almaty for the forum on trade and transport corridors.';

async function* once(b: Uint8Array) {
  yield b;
}

async function warc(gzip: boolean): Promise<Buffer> {
  const date = '2024-07-01T00:00:00Z';
  const records = [
    await WARCRecord.createWARCInfo({ filename: 'crawl.warc', warcVersion: 'WARC/1.1' }, { software: 'test' }),
    await WARCRecord.create({ url: 'https://a.example/utf8', date, type: 'request', warcVersion: 'WARC/1.1', httpHeaders: { Host: 'a.example' }, statusline: 'GET /utf8 HTTP/1.1' }, once(new Uint8Array())),
    await WARCRecord.create({ url: 'https://a.example/utf8', date, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' }, statusline: 'HTTP/1.1 200 OK' }, once(Buffer.from(`<html><head><title>Forum opens</title></head><body><article><p>${P}</p><p>${P}</p></article></body></html>`, 'utf8'))),
    await WARCRecord.create({ url: 'https://b.example/latin1', date, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=iso-8859-1' }, statusline: 'HTTP/1.1 200 OK' }, once(Buffer.from(`<html><head><title>Caf\xe9 talks</title></head><body><p>${P}</p><p>${P}</p></body></html>`, 'latin1'))),
    await WARCRecord.create({ url: 'https://c.example/missing', date, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 404 Not Found' }, once(Buffer.from('<p>not here</p>'))),
    await WARCRecord.create({ url: 'https://d.example/note.txt', date, type: 'resource', warcVersion: 'WARC/1.1', warcHeaders: { 'Content-Type': 'text/plain' } }, once(Buffer.from(`Note\n${P}`))),
  ];
  const parts: Uint8Array[] = [];
  for (const r of records) parts.push(await WARCSerializer.serialize(r, { gzip }));
  return Buffer.concat(parts);
}

describe('WARC files written by warcio', () => {
  it.each([false, true])('are read record for record (gzip %s)', async (gzip) => {
    const bytes = await warc(gzip);
    // warcio reads back the records it wrote: six, of these types
    const types: string[] = [];
    for await (const r of new WARCParser(once(bytes))) types.push(r.warcType ?? '');
    expect(types).toEqual(['warcinfo', 'request', 'response', 'response', 'response', 'resource']);
    // ours finds the same records and keeps the three pages
    const problems: string[] = [];
    const pages = readWarc(warcBytes(bytes), problems);
    expect(problems).toEqual([]);
    expect(pages.map((p) => [p.record, p.url])).toEqual([[3, 'https://a.example/utf8'], [4, 'https://b.example/latin1'], [6, 'https://d.example/note.txt']]);
    const dir = mkdtempSync(join(tmpdir(), 'kg-warcio-'));
    writeFileSync(join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc'), bytes);
    const { articles } = readArticles(dir);
    expect(articles.map((a) => a.title)).toEqual(['Forum opens', 'Café talks', 'Note']);
    expect(articles[0].text).toContain(P);
    expect(articles[1].text).toContain('Tashként');
  });
});
