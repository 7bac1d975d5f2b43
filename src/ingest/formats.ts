// Article formats: .txt and .md (headline = first non-empty line), .html/.htm (saved pages, through html.ts),
// .json/.jsonl (objects or lists of them, with any of the usual field names: record-fields.ts), .csv with a header
// row, and .warc/.warc.gz crawls (each HTML or text response one article).
import Papa from 'papaparse';
import { readHtml } from './html.ts';
import { recordFields, setField } from './record-fields.ts';
import { readWarc, warcBytes } from './warc.ts';

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
  /** the record's other fields, kept as they are */
  fields?: Record<string, unknown>;
}

export const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', '.json', '.jsonl', '.ndjson', '.csv', '.tsv', '.warc', '.warc.gz'] as const;

/** Formats read from the file's bytes (compressed or binary-framed), not from its decoded text. */
export const BINARY_EXTENSIONS: readonly string[] = ['.warc', '.warc.gz'];

/** The article extension of a file name, lower case: ".warc.gz" counts as one. */
export function articleExtension(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.warc.gz')) return '.warc.gz';
  const dot = lower.lastIndexOf('.');
  return dot > lower.lastIndexOf('/') && dot >= 0 ? lower.slice(dot) : '';
}

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

/** A text field that holds markup ("<p>…</p>" in a CMS export) is read as HTML. */
const MARKUP = /<(?:p|div|br|span|a|h[1-6]|li|html|body|article)\b[^>]*>/i;

/** An HTML page as an article: its main text with its headline first, and what the page says about itself. */
function fromHtml(html: string): RawArticle {
  const { text, title, date, author, source, url } = readHtml(html);
  const a: RawArticle = { text: title && !text.startsWith(title) ? `${title}\n${text}` : text };
  if (title) a.title = title;
  if (date) a.date = date;
  if (author) a.author = author;
  if (source) a.source = source;
  if (url) a.url = url;
  return a;
}

const problem = (part: string, what: string) => (part ? `${part}: ${what}` : what);

function fromRecord(o: unknown, part: string): RawArticle | string {
  if (!o || typeof o !== 'object' || Array.isArray(o)) return problem(part, 'not an object');
  const f = recordFields(o as Record<string, unknown>);
  if (!f.text) return problem(part, 'no text field (text, body or content)');
  let text = f.text;
  const a: RawArticle = { part, text };
  if (MARKUP.test(text)) {
    const page = fromHtml(text);
    text = page.text;
    // the record's own fields before what the markup says
    Object.assign(a, page, Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)));
  } else {
    Object.assign(a, f);
  }
  a.part = part;
  a.text = f.title && !text.startsWith(f.title) ? `${f.title}\n${text}` : text;
  return a;
}

/** A file's articles, the records left out (`problems`) and those read with a change (`altered`), each a line. */
type Parsed = { articles: RawArticle[]; problems: string[]; altered?: string[] };

function fromRecords(list: unknown[], numbered: boolean, base = 1): Parsed {
  const articles: RawArticle[] = [];
  const problems: string[] = [];
  list.forEach((o, i) => {
    const r = fromRecord(o, numbered ? `#${i + base}` : '');
    if (typeof r === 'string') problems.push(r);
    else articles.push(r);
  });
  return { articles, problems };
}

/**
 * CSV/TSV with a header row (papaparse: quoted fields, embedded line breaks and delimiters). Records are numbered as a
 * spreadsheet shows them (the header is row 1); empty rows are passed over; a row with too few or too many cells is
 * read as far as it goes, and named.
 */
function fromCsv(raw: string, delimiter?: string): Parsed {
  const parsed = Papa.parse<string[]>(raw, { header: false, skipEmptyLines: false, delimiter });
  const [header = [], ...rows] = parsed.data;
  const names = header.map((h) => h.trim());
  if (!names.some((f) => f && recordFields({ [f]: 'x' }).text)) return { articles: [], problems: [`no text column (text, body or content) in the header: ${names.slice(0, 8).join(', ')}`] };
  const articles: RawArticle[] = [];
  const problems: string[] = [];
  const altered: string[] = [];
  rows.forEach((cells, i) => {
    if (cells.every((c) => !c.trim())) return;
    const row = i + 2;
    // read as far as it goes: the row is not skipped, it is altered
    if (cells.length !== names.length) altered.push(`row ${row}: ${cells.length} cells for ${names.length} columns`);
    const o: Record<string, string> = {};
    names.forEach((n, k) => {
      if (n && cells[k] !== undefined) setField(o, n, cells[k]);
    });
    const r = fromRecord(o, `#${row}`);
    if (typeof r === 'string') problems.push(r);
    else articles.push(r);
  });
  return { articles, problems, altered };
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
    yield fromRecord(o, `#${i}`);
  }
}

/** Parses one file's text by extension; returns articles and per-record problems. */
export function parseFormat(ext: string, raw: string): Parsed {
  switch (ext) {
    case '.html':
    case '.htm':
    case '.xhtml':
      return { articles: [fromHtml(raw)], problems: [] };
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
      // a list, or an object holding one under a usual key ({"articles": […]}), or one article
      const inner = data && typeof data === 'object' && !Array.isArray(data) ? ['articles', 'items', 'data', 'results', 'documents', 'records'].map((k) => (data as Record<string, unknown>)[k]).find(Array.isArray) : undefined;
      const list = Array.isArray(data) ? data : inner ?? [data];
      const parsed = fromRecords(list, Array.isArray(data) || !!inner);
      if (!list.length) parsed.problems.push('an empty JSON array: no article');
      return parsed;
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
    case '.csv':
      return fromCsv(raw);
    case '.tsv':
      return fromCsv(raw, '\t');
    default:
      return { articles: [{ text: raw }], problems: [] };
  }
}

/** Parses a file read as bytes (WARC): each HTML or text response record one article, numbered by its record. */
export function parseBinaryFormat(_ext: string, bytes: Uint8Array): Parsed {
  const problems: string[] = [];
  let b: Buffer;
  try {
    b = warcBytes(bytes);
  } catch (err) {
    return { articles: [], problems: [`broken gzip stream: ${(err as Error).message}`] };
  }
  const articles: RawArticle[] = [];
  const altered: string[] = [];
  for (const page of readWarc(b, problems)) {
    if (page.warning) altered.push(`record ${page.record}: ${page.warning}`);
    const a = /html/i.test(page.contentType) ? fromHtml(page.text) : { text: page.text };
    if (!a.text.trim()) continue;
    a.part = `#${page.record}`;
    // the crawled address when the page names none; the crawl date is kept, but is no publication date
    if (page.url) a.url ??= page.url;
    if (page.crawled) a.fields = { crawled: page.crawled };
    articles.push(a);
  }
  return { articles, problems, altered };
}
