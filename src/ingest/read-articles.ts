// Reads every article under a folder (recursively, in sorted order): decode, parse the format, clean, read metadata.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Article } from '../build/article.ts';
import { KgError } from '../errors.ts';
import { decode } from './decode.ts';
import { articleExtension, BINARY_EXTENSIONS, EXTENSIONS, parseBinaryFormat, parseFormat, type RawArticle } from './formats.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { parseDate, readMetadata } from './metadata.ts';
import { urlDate } from './article-date.ts';

export interface Skipped {
  file: string;
  reason: string;
}

/** Files under `dir` with an article extension, sorted, hidden files and folders left out. */
export function listArticleFiles(dir: string): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new KgError('E_NO_DIR', `article folder not found: ${dir}`);
  }
  if (!st.isDirectory()) throw new KgError('E_NOT_DIR', `not a folder: ${dir}`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && (EXTENSIONS as readonly string[]).includes(articleExtension(e.name))) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** Turns raw text into an Article: boilerplate removed, metadata read. */
export function toArticle(id: string, file: string, raw: RawArticle): Article | undefined {
  const first = raw.text.split('\n').find((l) => l.trim())?.trim();
  const text = removeBoilerplate(raw.text, raw.title ?? first);
  if (!text.trim()) return undefined;
  const meta = readMetadata(text, raw.title);
  const a: Article = { id, file, title: raw.title ?? meta.title, text };
  const date = (raw.date && (parseDate(raw.date) ?? raw.date)) || meta.date || urlDate(raw.url);
  if (date) a.date = date;
  const source = raw.source ?? meta.source;
  if (source) a.source = source;
  const author = raw.author ?? meta.author;
  if (author) a.author = author;
  if (raw.url) a.url = raw.url;
  if (raw.fields) a.fields = raw.fields;
  return a;
}

/** Reads one file into zero or more articles; problems go to `skipped`. */
export function readArticleFile(path: string, root: string, skipped: Skipped[]): Article[] {
  const rel = relative(root, path).split(sep).join('/');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    skipped.push({ file: rel, reason: `unreadable: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return [];
  }
  const ext = articleExtension(path);
  let parsed: ReturnType<typeof parseFormat>;
  if (BINARY_EXTENSIONS.includes(ext)) {
    parsed = parseBinaryFormat(ext, bytes);
  } else {
    const decoded = decode(bytes);
    if (!decoded.ok) {
      skipped.push({ file: rel, reason: decoded.reason });
      return [];
    }
    parsed = parseFormat(ext, decoded.text);
  }
  const { articles, problems } = parsed;
  for (const p of problems) skipped.push({ file: rel, reason: p });
  const id = rel.slice(0, rel.length - ext.length);
  const out: Article[] = [];
  for (const raw of articles) {
    const a = toArticle(raw.part ? `${id}${raw.part}` : id, rel, raw);
    if (a) out.push(a);
    else skipped.push({ file: rel + (raw.part ?? ''), reason: 'no text left after cleaning' });
  }
  return out;
}

/** Reads every article under `dir`. Throws a KgError (exit 2) when the folder is missing or holds no article. */
export function readArticles(dir: string, files = listArticleFiles(dir)): { articles: Article[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  const articles: Article[] = [];
  for (const f of files) articles.push(...readArticleFile(f, dir, skipped));
  if (!articles.length) {
    const why = skipped.length ? ` (${skipped.length} file(s) skipped: ${skipped.slice(0, 3).map((s) => `${s.file}: ${s.reason}`).join('; ')})` : '';
    throw new KgError('E_NO_ARTICLES', `no article found in ${dir}${why}`);
  }
  return { articles, skipped };
}
