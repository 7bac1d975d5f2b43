// Article formats and encodings: txt, md, html (visible text only), json, jsonl; latin-1; binary and empty files.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { decode } from '../../src/ingest/decode.ts';
import { htmlToText } from '../../src/ingest/html.ts';

const BODY = 'Kyrgyz President Sadyr Japarov welcomed Uzbek President Shavkat Mirziyoyev to Bishkek on Monday for talks.';

function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-formats-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('formats', () => {
  it('reads txt, md, html, json and jsonl, recursively, in sorted order', () => {
    const dir = folder({
      'b.txt': `Talks in Bishkek\n${BODY}`,
      'a/c.md': `# Markdown headline\n\n**${BODY}** [link](http://x)`,
      'd.html': `<html><head><title>Page title</title><style>p{}</style><script>var x = "Xi Jinping";</script></head><body><h1>HTML headline</h1><p>${BODY}</p><footer>Copyright</footer></body></html>`,
      'e.json': JSON.stringify([{ title: 'JSON one', text: BODY, date: '2024-07-03', url: 'http://x/1' }, { text: BODY }]),
      'f.jsonl': `${JSON.stringify({ title: 'Line one', text: BODY })}\n\n${JSON.stringify({ text: BODY, source: 'Kabar' })}\n`,
      '.hidden.txt': BODY,
      'notes.csv': BODY,
    });
    const { articles, skipped } = readArticles(dir);
    // a .csv is read now: one without a header naming a text column is skipped, saying so
    expect(skipped).toEqual([{ file: 'notes.csv', reason: expect.stringMatching(/^no text column/) }]);
    expect(articles.map((a) => a.id)).toEqual(['a/c', 'b', 'd', 'e#1', 'e#2', 'f#1', 'f#3']);
    const byId = Object.fromEntries(articles.map((a) => [a.id, a]));
    expect(byId['a/c'].title).toBe('Markdown headline');
    expect(byId['a/c'].text).not.toContain('**');
    expect(byId.d.title).toBe('Page title'); // <title> before the first <h1>
    expect(byId.d.text).not.toContain('var x');
    expect(byId.d.text).not.toContain('Copyright');
    expect(byId['e#1']).toMatchObject({ title: 'JSON one', date: '2024-07-03', url: 'http://x/1' });
    expect(byId['f#3'].source).toBe('Kabar');
  });

  it('skips binary, empty and invalid files with a reason naming them', () => {
    const dir = folder({ 'ok.txt': BODY, 'img.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), 'empty.txt': '', 'bad.json': '{"text": ', 'none.jsonl': '{"title":"x"}\n' });
    const { articles, skipped } = readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['ok']);
    expect(skipped.map((s) => s.file).sort()).toEqual(['bad.json', 'empty.txt', 'img.txt', 'none.jsonl']);
    expect(skipped.find((s) => s.file === 'img.txt')!.reason).toMatch(/binary/);
  });

  it('decodes latin-1 when the bytes are not UTF-8', () => {
    const r = decode(Buffer.from('Caf\xe9 in Tashkent', 'latin1'));
    expect(r).toEqual({ ok: true, text: 'Café in Tashkent', encoding: 'latin1', warning: 'not UTF-8: read as Latin-1' });
  });

  it('errors clearly on a missing folder or one without articles', () => {
    expect(() => readArticles('/nonexistent/folder')).toThrow(/article folder not found: \/nonexistent\/folder/);
    expect(() => readArticles(folder({ 'x.csv': 'a,b' }))).toThrow(/no article found in/);
  });

  it('html: decodes entities and keeps text of unclosed tags linear', () => {
    expect(htmlToText('<p>Xi &amp; Putin &#8217;s &#x2019; &nbsp;met</p>').text).toBe('Xi & Putin ’s ’ met');
    const big = '<div>' + 'a <b '.repeat(200_000);
    expect(htmlToText(big).text.length).toBeLessThan(big.length);
  });
});
