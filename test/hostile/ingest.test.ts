// Hostile article files: chrome rules never delete prose, odd encodings are decoded or repaired with a warning, odd
// folders and files are reported by name, and file names never cost an article its id or metadata.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDebris, isEmailAddress, removeBoilerplate } from '../../src/ingest/boilerplate.ts';
import { decode } from '../../src/ingest/decode.ts';
import { parseFormat } from '../../src/ingest/formats.ts';
import { readHtml } from '../../src/ingest/html.ts';
import { listArticleFiles, readArticles } from '../../src/ingest/read-articles.ts';
import { buildFromDirectory } from '../../src/build/index.ts';
import { folder, PARAGRAPH, PROSE } from './helpers.ts';

describe('page-chrome rules keep prose', () => {
  it.each([
    [`ASTANA | July 4, 2024 | ${PARAGRAPH}`],
    [`A. ${PARAGRAPH}`],
    [`Q: ${PARAGRAPH}`],
    [`Kabar | 12:40 | ${PROSE[0]}`],
    ['A. Tolegen met the Kyrgyz foreign minister in Bishkek on Monday.'],
  ])('keeps %j', (line) => {
    expect(isDebris(line)).toBe(false);
    expect(removeBoilerplate(`Headline\n${line}\nComments (3)`, 'Headline')).toContain(line);
  });

  it.each([['12-01 | 99887766 | Pending |'], ['Home | World | Asia | Contacts'], ['Q: Where is the visa centre?'], ['A: Downtown, next to the station.']])('still drops the table row or FAQ line %j', (line) => {
    expect(isDebris(line)).toBe(true);
  });

  it('a single-line article of megabytes holding two | is read, not dropped as a table row', () => {
    const line = `Q: ${PARAGRAPH} | ${PARAGRAPH.repeat(4000)} | ${PARAGRAPH}`;
    expect(line.length).toBeGreaterThan(1_000_000);
    expect(removeBoilerplate(line)).toBe(line);
  });

  it('a JSONL article made of a dateline row of prose yields its text', () => {
    const line = `ASTANA | July 4, 2024 | ${PARAGRAPH}`;
    const { articles } = parseFormat('.jsonl', JSON.stringify({ text: line }));
    expect(articles).toHaveLength(1);
    const dir = folder({ 'a.jsonl': JSON.stringify({ text: line }) });
    expect(readArticles(dir).articles[0].text).toContain(PROSE[2]);
  });

  it('tells an e-mail address as /^\\S+@\\S+\\.\\S+$/ does, without its backtracking', () => {
    const char = fc.constantFrom('a', '@', '.', ' ', 'b', '\t');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 14 }).map((a) => a.join('')), (s) => {
        expect(isEmailAddress(s)).toBe(/^\S+@\S+\.\S+$/.test(s));
      }),
      { numRuns: 2000 },
    );
    expect(isDebris('@.'.repeat(20_000))).toBe(true); // an address by the pattern's terms; took minutes with it
  });
});

describe('Markdown patterns', () => {
  it.each([
    ['![a photo](http://x/y.jpg) Text', ' Text'],
    ['See [the statement](http://x) here.', 'See the statement here.'],
    ['**Bold** and __also__', 'Bold and also'],
    ['> quoted line', 'quoted line'],
    ['- item', 'item'],
    ['![' .repeat(50_000), '!['.repeat(50_000)], // no closing half: left as it is, in linear time
  ])('%j', (md, text) => {
    expect(parseFormat('.md', md).articles[0].text).toBe(text);
  });
});

describe('HTML text that is no article text', () => {
  // markup nested beyond MAX_DEPTH is read flat (html-guard.ts), other pages through the DOM: both must agree
  const DEEP = '<div>'.repeat(500);
  it.each([
    ['text in <head> after <title>', (deep: string) => `<html><head><title>Talks</title>Rustam Safarov met Wang Yi in Minsk.</head><body>${deep}<p>${PROSE[0]}</p></body></html>`],
    ['text in a <head> without its end tag', (deep: string) => `<html><head><title>Talks</title>Rustam Safarov met Wang Yi in Minsk.<body>${deep}<p>${PROSE[0]}</p></body></html>`],
    ['a ">" inside attribute values', (deep: string) => `<html><head><title>Talks</title><meta name="d" content="a > Rustam Safarov met Wang Yi in Minsk."></head><body>${deep}<p title="x > Rustam Safarov met Wang Yi">${PROSE[0]}</p><img alt='a > Safarov met Wang Yi'></body></html>`],
  ])('%s never reaches the text, read flat or through the DOM', (_what, page) => {
    for (const deep of ['', DEEP]) {
      const r = readHtml(page(deep));
      expect(r.reader === 'flat').toBe(deep === DEEP);
      expect(r.text).toBe(PROSE[0]);
    }
  });
});

describe('decoding', () => {
  const text = 'Şanghay İşbirliği Örgütü met in Tashkent — “talks”.';
  it.each([
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ])('reads %s with a byte-order mark', (encoding, bytes) => {
    expect(decode(bytes)).toEqual({ ok: true, text, encoding });
  });

  it('repairs one invalid byte in UTF-8 text with U+FFFD and a warning, keeping every other character', () => {
    const bytes = Buffer.concat([Buffer.from(`${text} `), Buffer.from([0xff]), Buffer.from(` ${text}`)]);
    const r = decode(bytes);
    expect(r).toMatchObject({ ok: true, encoding: 'utf-8', text: `${text} \uFFFD ${text}` });
    expect(r.ok && r.warning).toMatch(/1 invalid UTF-8/);
  });

  it('reads Latin-1 text as Latin-1, saying so', () => {
    const r = decode(Buffer.from('Caf\xe9 in Tashkent, na\xefve', 'latin1'));
    expect(r).toMatchObject({ ok: true, text: 'Café in Tashkent, naïve', encoding: 'latin1' });
    expect(r.ok && r.warning).toMatch(/Latin-1/);
  });

  it('the build names the repaired file among the altered ones', async () => {
    const dir = folder({ 'a.txt': Buffer.concat([Buffer.from(`Headline é\n${PARAGRAPH} `), Buffer.from([0xc3]), Buffer.from(' é')]) });
    const { report } = await buildFromDirectory(dir, { layout: false, workers: 1 });
    expect(report.skipped).toEqual([{ file: 'a.txt', reason: '1 invalid UTF-8 byte sequence(s) replaced by U+FFFD', altered: true }]);
  });
});

describe('folders and file names', () => {
  it('follows symbolic links to files and reports dangling ones and links to folders', () => {
    const dir = folder({ 'real/a.txt': `Headline\n${PARAGRAPH}` });
    symlinkSync(join(dir, 'real/a.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    symlinkSync(join(dir, 'real'), join(dir, 'looped'));
    const problems: { file: string; reason: string }[] = [];
    const files = listArticleFiles(dir, problems).map((f) => f.slice(dir.length + 1));
    expect(files).toEqual(['link.txt', 'real/a.txt']);
    expect(problems).toEqual([
      { file: 'dangling.txt', reason: 'dangling symbolic link: ENOENT' },
      { file: 'looped/', reason: 'symbolic link to a folder: not followed' },
    ]);
  });

  it('reports a folder deeper than PATH_MAX instead of crashing', () => {
    const dir = folder({ 'a.txt': `Headline\n${PARAGRAPH}` });
    const part = 'd'.repeat(200);
    execFileSync('bash', ['-c', `cd "$1" && for i in $(seq 1 25); do mkdir ${part} && cd ${part}; done && echo "${PROSE[0]}" > deep.txt`, 'bash', dir]);
    const problems: { file: string; reason: string }[] = [];
    const files = listArticleFiles(dir, problems);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.txt']);
    expect(problems).toHaveLength(1);
    expect(problems[0].reason).toMatch(/^folder not readable: ENAMETOOLONG/);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it may not read', () => {
    const dir = folder({ 'a.txt': `Headline\n${PARAGRAPH}`, 'locked/b.txt': PARAGRAPH });
    execFileSync('chmod', ['000', join(dir, 'locked')]);
    const problems: { file: string; reason: string }[] = [];
    expect(listArticleFiles(dir, problems).length).toBe(1);
    expect(problems).toEqual([{ file: 'locked/', reason: 'folder not readable: EACCES' }]);
    execFileSync('chmod', ['755', join(dir, 'locked')]);
  });

  it('x.txt next to x.md gives two articles with distinct ids, not a refused build', async () => {
    const dir = folder({ 'x.txt': `Text headline\n${PROSE[0]}`, 'x.md': `# Markdown headline\n\n${PROSE[1]}`, 'y.txt': `Other\n${PROSE[2]}` });
    expect(readArticles(dir).articles.map((a) => a.id)).toEqual(['x.md', 'x.txt', 'y']);
    const { graph } = await buildFromDirectory(dir, { layout: false, workers: 1 });
    expect(Object.keys(graph.getAttribute('articles')).sort()).toEqual(['x.md', 'x.txt', 'y']);
  });

  it('__proto__.txt keeps its article metadata', async () => {
    const dir = folder({ '__proto__.txt': `Talks in Astana - 2024-07-04\n${PARAGRAPH}`, 'constructor.txt': `Other talks\n${PROSE[1]}` });
    const { graph } = await buildFromDirectory(dir, { layout: false, workers: 1 });
    const articles = graph.getAttribute('articles');
    expect(Object.prototype.hasOwnProperty.call(articles, '__proto__')).toBe(true);
    expect(articles['__proto__']).toMatchObject({ id: '__proto__', file: '__proto__.txt', title: 'Talks in Astana', date: '2024-07-04' });
    expect(articles['constructor']).toMatchObject({ id: 'constructor', title: 'Other talks' });
    expect(({} as Record<string, unknown>).file).toBeUndefined();
  });

  it('a JSON file holding [] is reported', () => {
    const dir = folder({ 'a.txt': `Headline\n${PARAGRAPH}`, 'b.json': '[]', 'c.json': '[{"title": "x"}]' });
    expect(readArticles(dir).skipped).toEqual([
      { file: 'b.json', reason: 'an empty JSON array: no article' },
      { file: 'c.json', reason: '#1: no text field (text, body or content)' },
    ]);
  });

  it('a FIFO or device among the articles is reported, not read', () => {
    const dir = folder({ 'a.txt': `Headline\n${PARAGRAPH}` });
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    const problems: { file: string; reason: string }[] = [];
    expect(listArticleFiles(dir, problems).length).toBe(1);
    expect(problems).toEqual([
      { file: 'pipe.txt', reason: 'not a regular file' },
      { file: 'zero.txt', reason: 'not a regular file' },
    ]);
  });

  it('a sub-folder named like an article is walked, not read', () => {
    const dir = folder({ 'a.txt': `Headline\n${PARAGRAPH}` });
    mkdirSync(join(dir, 'folder.txt'));
    writeFileSync(join(dir, 'folder.txt', 'b.txt'), `Other\n${PROSE[0]}`);
    expect(readArticles(dir).articles.map((a) => a.id)).toEqual(['a', 'folder.txt/b']);
  });
});

describe('a JSON Lines file of many short articles', () => {
  it('is read record by record into one packed batch per file, with the bad line named, into the same graph', async () => {
    const { runJob } = await import('../../src/build/job.ts');
    const { loadKnowledge } = await import('../../src/knowledge/load.ts');
    const lines = Array.from({ length: 4500 }, (_, i) => JSON.stringify({ title: `Note ${i}`, text: `Minister Arman Tolegen met a delegation in Astana on day ${i}.` }));
    const dir = folder({ 'a.jsonl': `${lines.join('\n')}\nnot json\n` });
    const result = runJob({ id: 0, files: [join(dir, 'a.jsonl')], root: dir }, loadKnowledge());
    expect(result.articles).toBe(4500);
    expect(result.perFile!.map((f) => f.batch.articles.length)).toEqual([4500]);
    expect(result.perFile!.map((f) => f.skipped)).toEqual([[{ file: 'a.jsonl', reason: 'line 4501: invalid JSON' }]]);
    const { graph } = await buildFromDirectory(dir, { layout: false, workers: 1 });
    expect(Object.keys(graph.getAttribute('articles')).length).toBe(4500);
  }, 60_000);
});
