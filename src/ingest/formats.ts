// Article formats: .txt and .md (headline = first non-empty line), .html/.htm (visible text), .json/.jsonl (objects with text).
import { htmlToText } from './html.ts';

/** Raw article fields before cleaning. */
export interface RawArticle {
  /** suffix added to the file's id when one file holds several articles ("#2") */
  part?: string;
  text: string;
  title?: string;
  date?: string;
  url?: string;
  source?: string;
  author?: string;
}

export const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl', '.ndjson'] as const;

// The Markdown patterns stop at the next bracket and every repeated part has an upper bound, so that a run of `![`,
// `[` or `**` without its closing half costs linear time (each opening scanned to the end of its line: quadratic).
function fromMarkdown(md: string): RawArticle {
  const text = md
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/!\[[^[\]\n]{0,1000}\]\([^()\n]{0,2000}\)/g, '')
    .replace(/\[([^[\]\n]{1,1000})\]\([^()\n]{0,2000}\)/g, '$1')
    .replace(/^#{1,6}[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/(\*\*|__)([^\n]{1,1000}?)\1/g, '$2')
    .replace(/^[ \t]*[-*+][ \t]+/gm, '');
  return { text };
}

function fromObject(o: unknown, part: string): RawArticle | string {
  if (!o || typeof o !== 'object') return `${part}: not an object`;
  const r = o as Record<string, unknown>;
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string) : undefined);
  const text = str('text') ?? str('body') ?? str('content');
  if (!text) return `${part}: no "text" field`;
  const title = str('title');
  return { part, text: title && !text.startsWith(title) ? `${title}\n${text}` : text, title, date: str('date'), url: str('url'), source: str('source'), author: str('author') };
}

/**
 * The records of a JSON Lines file one at a time (an article, or a problem as a string), so that a file of a million
 * articles is never held as a million articles at once.
 */
export function* jsonLines(raw: string): Generator<RawArticle | string> {
  for (let start = 0, i = 1; start < raw.length; i++) {
    let end = raw.indexOf('\n', start);
    if (end < 0) end = raw.length;
    const line = raw.slice(start, end);
    start = end + 1;
    if (!line.trim()) continue;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch {
      yield `line ${i}: invalid JSON`;
      continue;
    }
    yield fromObject(o, `#${i}`);
  }
}

/** Parses one file's text by extension; returns articles and per-record problems. */
export function parseFormat(ext: string, raw: string): { articles: RawArticle[]; problems: string[] } {
  switch (ext) {
    case '.html':
    case '.htm': {
      const { text, title } = htmlToText(raw);
      return { articles: [{ text: title && !text.startsWith(title) ? `${title}\n${text}` : text, title }], problems: [] };
    }
    case '.md':
    case '.markdown':
      return { articles: [fromMarkdown(raw)], problems: [] };
    case '.json': {
      let data: unknown;
      try {
        data = JSON.parse(raw);
      } catch (err) {
        return { articles: [], problems: [`invalid JSON: ${(err as Error).message}`] };
      }
      const list = Array.isArray(data) ? data : [data];
      const articles: RawArticle[] = [];
      const problems: string[] = Array.isArray(data) && !data.length ? ['an empty JSON array: no article'] : [];
      list.forEach((o, i) => {
        const r = fromObject(o, Array.isArray(data) ? `#${i + 1}` : '');
        if (typeof r === 'string') problems.push(r || 'no "text" field');
        else articles.push(r);
      });
      return { articles, problems };
    }
    case '.jsonl':
    case '.ndjson': {
      const articles: RawArticle[] = [];
      const problems: string[] = [];
      for (const r of jsonLines(raw)) {
        if (typeof r === 'string') problems.push(r);
        else articles.push(r);
      }
      return { articles, problems };
    }
    default:
      return { articles: [{ text: raw }], problems: [] };
  }
}
