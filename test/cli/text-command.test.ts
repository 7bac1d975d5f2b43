// `kg text`: what the tool reads from one file, as text or one JSON object per article.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from '../../src/cli/commands/text.ts';
import { runCommand } from './helpers.ts';

const P = 'The heads of government of the member states met in Bishkek on Tuesday and approved the budget of the secretariat for next year.';
const dir = mkdtempSync(join(tmpdir(), 'kg-text-'));
const page = join(dir, 'page.html');
writeFileSync(page, `<html><head><title>Budget approved - Mountain News</title><meta property="og:site_name" content="Mountain News"><meta name="author" content="Asel Umarova"><meta property="article:published_time" content="2024-10-01T09:00:00Z"><link rel="canonical" href="https://mountain.example/budget"></head><body><nav>Home Politics</nav><article><h1>Budget approved</h1><p>${P}</p><p>${P}</p></article></body></html>`);
const jsonl = join(dir, 'feed.jsonl');
writeFileSync(jsonl, `${JSON.stringify({ headline: 'One', body: P, lang: 'en' })}\n${JSON.stringify({ headline: 'Two', content: P, outlet: 'Valley Post' })}\n`);

describe('kg text', () => {
  it('prints the cleaned text with title, date, author, outlet and URL', async () => {
    const { code, out } = await runCommand(text, [page]);
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 6)).toEqual(['== page', 'title:  Budget approved', 'date:   2024-10-01', 'author: Asel Umarova', 'outlet: Mountain News', 'url:    https://mountain.example/budget']);
    expect(out).toContain(P);
    expect(out).not.toContain('Home Politics');
  });

  it('--json: one object per article, the fields then the text', async () => {
    const { code, out } = await runCommand(text, [jsonl, '--json']);
    expect(code).toBe(0);
    const rows = out.split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => Object.keys(r))).toEqual([
      ['id', 'title', 'date', 'author', 'source', 'url', 'fields', 'text'],
      ['id', 'title', 'date', 'author', 'source', 'url', 'text'],
    ]);
    expect(rows[0]).toMatchObject({ id: 'feed#1', title: 'One', fields: { lang: 'en' }, text: `One\n${P}` });
    expect(rows[1]).toMatchObject({ id: 'feed#2', source: 'Valley Post', date: null });
  });

  it.each([
    [[], /takes one article file/, 2],
    [[join(dir, 'missing.html')], /file not found: .*missing\.html/, 3],
    [[dir], /not a file/, 3],
  ])('refuses %j with one clear line', async (argv, message, exitCode) => {
    const { error } = await runCommand(text, argv);
    expect(error?.message).toMatch(message);
    expect(error?.exitCode).toBe(exitCode);
  });
});
