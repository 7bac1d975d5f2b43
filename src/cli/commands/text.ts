// `kg text <file> [--json]`: what the tool reads from a file: each article's cleaned text with its title, date,
// author, outlet and URL, so a user can check what a saved page, an export or a crawl gives.
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../args.ts';
import { KgError, UsageError } from '../../errors.ts';
import { readArticleFile } from '../../ingest/read-articles.ts';
import type { Article } from '../../build/article.ts';

const USAGE = `usage: sco-kg text <article-file> [--json]

  article-file   one file: .txt .md .html .json .jsonl .csv .tsv .warc .warc.gz
  --json         one JSON object per line and article: id, title, date, author, source, url, fields, text`;

/** The article as JSON: its fields in a fixed order, the text last. */
function toJson(a: Article): string {
  return JSON.stringify({ id: a.id, title: a.title, date: a.date ?? null, author: a.author ?? null, source: a.source ?? null, url: a.url ?? null, ...(a.fields ? { fields: a.fields } : {}), text: a.text });
}

function toText(a: Article): string {
  const head = [`== ${a.id}`, `title:  ${a.title}`, `date:   ${a.date ?? '-'}`, `author: ${a.author ?? '-'}`, `outlet: ${a.source ?? '-'}`, `url:    ${a.url ?? '-'}`];
  return `${head.join('\n')}\n\n${a.text}\n`;
}

export const text: Command = {
  name: 'text',
  summary: 'print the cleaned text and metadata the tool reads from one file',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError(`text takes one article file, got ${positionals.length}`);
    const file = positionals[0];
    if (!existsSync(file)) throw new KgError('E_NO_FILE', `file not found: ${file}`);
    if (!statSync(file).isFile()) throw new KgError('E_NOT_FILE', `not a file: ${file}`);
    const skipped: { file: string; reason: string }[] = [];
    const articles = readArticleFile(file, dirname(file), skipped);
    for (const s of skipped) console.error(`warning: skipped ${s.file}: ${s.reason}`);
    if (!articles.length) throw new KgError('E_NO_ARTICLES', `no article in ${file}${skipped.length ? ` (${skipped.map((s) => s.reason).join('; ')})` : ''}`);
    for (const a of articles) console.log(values.json ? toJson(a) : toText(a));
    return 0;
  },
};
