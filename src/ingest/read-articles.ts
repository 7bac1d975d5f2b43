// Reads every article under a folder (recursively, in sorted order): decode, parse the format, clean, read metadata.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Article } from '../build/article.ts';
import { KgError } from '../errors.ts';
import { decode } from './decode.ts';
import { articleExtension, BINARY_EXTENSIONS, EXTENSIONS, jsonLines, parseBinaryFormat, parseFormat, type RawArticle } from './formats.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { parseDate, readMetadata } from './metadata.ts';
import { urlDate } from './article-date.ts';

export interface Skipped {
  file: string;
  reason: string;
  /** the file was read, but not as it is (a byte repaired, a record left out): it is not skipped */
  altered?: boolean;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const isArticleName = (name: string) => (EXTENSIONS as readonly string[]).includes(articleExtension(name));
const errorCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? (err as Error).message;

/**
 * Files under `dir` with an article extension, sorted, hidden files and folders left out. Symbolic links to files
 * are followed; links to folders (which may loop), dangling links, other non-regular files and folders that cannot
 * be read are left out and reported in `problems`, by path relative to `dir`.
 */
export function listArticleFiles(dir: string, problems: Skipped[] = []): string[] {
  let st;
  try {
    st = statSync(dir);
  } catch {
    throw new KgError('E_NO_DIR', `article folder not found: ${dir}`);
  }
  if (!st.isDirectory()) throw new KgError('E_NOT_DIR', `not a folder: ${dir}`);
  const out: string[] = [];
  const rel = (p: string) => relative(dir, p).split(sep).join('/');
  const walk = (d: string) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort(byName);
    } catch (err) {
      problems.push({ file: `${rel(d)}/`, reason: `folder not readable: ${errorCode(err)}` });
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        if (isArticleName(e.name)) out.push(p);
      } else if (e.isSymbolicLink()) {
        let target;
        try {
          target = statSync(p);
        } catch (err) {
          if (isArticleName(e.name)) problems.push({ file: rel(p), reason: `dangling symbolic link: ${errorCode(err)}` });
          continue;
        }
        if (target.isDirectory()) problems.push({ file: `${rel(p)}/`, reason: 'symbolic link to a folder: not followed' });
        else if (!isArticleName(e.name)) continue;
        else if (target.isFile()) out.push(p);
        else problems.push({ file: rel(p), reason: 'not a regular file' });
      } else if (isArticleName(e.name)) problems.push({ file: rel(p), reason: 'not a regular file' });
    }
  };
  walk(dir);
  return out;
}

/**
 * Files whose article id keeps its extension: those that share their name but for the extension with another
 * article file in the same folder (`x.txt` and `x.md` become articles `x.txt` and `x.md`, not two articles `x`).
 */
export function sameStemFiles(files: string[]): Set<string> {
  const byStem = new Map<string, string[]>();
  for (const f of files) {
    const stem = f.slice(0, f.length - articleExtension(f).length);
    const list = byStem.get(stem);
    if (list) list.push(f);
    else byStem.set(stem, [f]);
  }
  const out = new Set<string>();
  for (const list of byStem.values()) if (list.length > 1) for (const f of list) out.add(f);
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

/**
 * Reads one file into zero or more articles; problems go to `skipped`. The article id is the path relative to
 * `root` without its extension, or with it when `keepExtension` (see {@link sameStemFiles}).
 */
export function readArticleFile(path: string, root: string, skipped: Skipped[], keepExtension = false): Article[] {
  return [...articlesOfFile(path, root, skipped, keepExtension)];
}

/** {@link readArticleFile} one article at a time: a JSON Lines file is read record by record. */
export function* articlesOfFile(path: string, root: string, skipped: Skipped[], keepExtension = false): Generator<Article> {
  const rel = relative(root, path).split(sep).join('/');
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    skipped.push({ file: rel, reason: `unreadable: ${errorCode(err)}` });
    return;
  }
  const ext = articleExtension(path);
  const id = keepExtension ? rel : rel.slice(0, rel.length - ext.length);
  let records: Iterable<RawArticle | string>;
  if (BINARY_EXTENSIONS.includes(ext)) {
    records = parsedRecords(parseBinaryFormat(ext, bytes), rel, skipped);
  } else {
    const decoded = decode(bytes);
    bytes = Buffer.alloc(0); // the text is all that is needed from here on
    if (!decoded.ok) {
      skipped.push({ file: rel, reason: decoded.reason });
      return;
    }
    if (decoded.warning) skipped.push({ file: rel, reason: decoded.warning, altered: true });
    // JSON Lines one record at a time: a file of a million articles is never held as a million articles at once
    records = ext === '.jsonl' || ext === '.ndjson' ? jsonLines(decoded.text) : parsedRecords(parseFormat(ext, decoded.text), rel, skipped);
  }
  for (const raw of records) {
    if (typeof raw === 'string') {
      skipped.push({ file: rel, reason: raw });
      continue;
    }
    const a = toArticle(raw.part ? `${id}${raw.part}` : id, rel, raw);
    if (a) yield a;
    else skipped.push({ file: rel + (raw.part ?? ''), reason: 'no text left after cleaning' });
  }
}

/** A parsed file's records, problems first (as strings); what it altered goes to `skipped` as altered. */
function parsedRecords(parsed: ReturnType<typeof parseFormat>, file: string, skipped: Skipped[]): (RawArticle | string)[] {
  for (const reason of parsed.altered ?? []) skipped.push({ file, reason, altered: true });
  return [...parsed.problems, ...parsed.articles];
}

/** Reads every article under `dir`. Throws a KgError (exit 2) when the folder is missing or holds no article. */
export function readArticles(dir: string, files?: string[]): { articles: Article[]; skipped: Skipped[] } {
  const skipped: Skipped[] = [];
  files ??= listArticleFiles(dir, skipped);
  const keep = sameStemFiles(files);
  const articles: Article[] = [];
  for (const f of files) articles.push(...readArticleFile(f, dir, skipped, keep.has(f)));
  if (!articles.length) {
    const why = skipped.length ? ` (${skipped.length} file(s) skipped: ${skipped.slice(0, 3).map((s) => `${s.file}: ${s.reason}`).join('; ')})` : '';
    throw new KgError('E_NO_ARTICLES', `no article found in ${dir}${why}`);
  }
  return { articles, skipped };
}
