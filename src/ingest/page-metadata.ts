// Title, date, author, outlet and URL of a saved news page, from what the publisher marked up, in order of trust:
// <meta> (Open Graph, article:published_time, Dublin Core, itemprop), JSON-LD (NewsArticle and kin), <time datetime>,
// the page's URL (/2018/06/09/). Datelines in the text are read later, by metadata.ts, when all of these are silent.
import { inlineText } from './html-dom.ts';
import { parseDate } from './metadata.ts';
import { urlDate } from './article-date.ts';
import { looksLikeName, stripSiteName } from './page-names.ts';

export interface PageMetadata {
  title?: string;
  date?: string;
  author?: string;
  /** the outlet: site name, publisher, else the URL's host */
  source?: string;
  url?: string;
  /** byline elements of the page (rel=author, itemprop=author, class byline/author), when the markup names no author */
  bylines?: string[];
}

/** Meta keys, first one present wins. */
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'headline', 'sailthru.title', 'parsely-title'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'article.published', 'published_time', 'datepublished', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'pubdate', 'publishdate', 'publish-date',
  'publication_date', 'date', 'sailthru.date', 'parsely-pub-date', 'original-publish-date', 'article:modified_time', 'og:updated_time', 'datemodified',
];
const AUTHOR_KEYS = ['author', 'article:author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author', 'parsely-author', 'cxenseparse:author'];
const SITE_KEYS = ['og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher', 'publisher', 'cre', 'twitter:app:name:iphone'];
const URL_KEYS = ['og:url', 'twitter:url', 'dc.identifier', 'parsely-link'];

const ARTICLE_TYPE = /^(?:News|Report|Blog|Scholarly|Tech|Analysis|Opinion|Review|Background|Satirical)?Article$|^(?:BlogPosting|LiveBlogPosting|Report)$/;

type Json = Record<string, unknown>;

/** The elements the readers below look at, found in one walk over the page (one selector query each is slow). */
interface Marked {
  meta: Element[];
  canonical?: Element;
  ldJson: Element[];
  title?: Element;
  h1: Element[];
  time: Element[];
  byline: Element[];
}

const BYLINE_CLASS = /(?:^|\s)(?:byline|author-name|byline__name|author)(?:\s|$)/;

function marked(doc: Document): Marked {
  const out: Marked = { meta: [], ldJson: [], h1: [], time: [], byline: [] };
  const stack: Element[] = doc.documentElement ? [doc.documentElement] : [];
  while (stack.length) {
    const el = stack.pop()!;
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    switch (el.localName) {
      case 'meta':
        out.meta.push(el);
        continue;
      case 'link':
        if (!out.canonical && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical') out.canonical = el;
        continue;
      case 'script':
        if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') out.ldJson.push(el);
        continue;
      case 'title':
        out.title ??= el;
        continue;
      case 'h1':
        out.h1.push(el);
        break;
      case 'time':
        out.time.push(el);
        break;
    }
    if (el.hasAttribute('datetime') && el.localName !== 'time' && el.getAttribute('itemprop') === 'datePublished') out.time.unshift(el);
    if (out.byline.length < 4 && (el.getAttribute('rel') === 'author' || el.getAttribute('itemprop') === 'author' || BYLINE_CLASS.test(el.getAttribute('class') ?? ''))) out.byline.push(el);
  }
  return out;
}

/** <meta> contents by lower-case property/name/itemprop; the first of each key is kept. */
function metaMap(metas: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of metas) {
    const content = (m.getAttribute('content') ?? '').trim();
    if (!content) continue;
    // `property` may hold several space-separated names ("og:title twitter:title")
    const keys = `${m.getAttribute('property') ?? ''} ${m.getAttribute('name') ?? ''} ${m.getAttribute('itemprop') ?? ''}`.toLowerCase().split(/\s+/);
    for (const k of keys) if (k && !out.has(k)) out.set(k, content);
  }
  return out;
}

/** JSON-LD objects of an article type (in @graph and arrays too), in page order; the other objects after them. */
function jsonLd(scripts: Element[]): Json[] {
  const articles: Json[] = [];
  const others: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    (types.some((t) => ARTICLE_TYPE.test(t)) ? articles : others).push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
  };
  for (const s of scripts) {
    try {
      // some CMSs wrap the JSON in a CDATA comment
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // a broken block says nothing
    }
  }
  return [...articles, ...others];
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** Names in a JSON-LD author/publisher value: a string, {name}, or a list of them. */
function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object') return names((v as Json).name);
  return [];
}

/** The page's address: canonical link, og:url, or the "saved from url=" comment browsers write into saved pages. */
function pageUrl(canonical: Element | undefined, meta: Map<string, string>, html: string): string | undefined {
  const candidates = [canonical?.getAttribute('href'), ...URL_KEYS.map((k) => meta.get(k)), /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1]];
  for (const c of candidates) {
    if (c && /^https?:\/\/[^\s/]+/i.test(c.trim())) return c.trim();
  }
  return undefined;
}

/** The host of a URL without "www.", as the outlet's name of last resort. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '') || undefined;
  } catch {
    return undefined;
  }
}

const LOGO = /logo|brand|masthead|site-?(?:title|name)|header-title/i;

/** The first <h1> that is not the site's logo (a home link, an image, the site's name, a logo class). */
function headline(h1s: Element[], site: string | undefined): string | undefined {
  for (const h of h1s) {
    const text = inlineText(h);
    if (!text) continue;
    if (site && text.toLowerCase() === site.toLowerCase()) continue;
    let logo = false;
    // the heading and its near ancestors (a page-wide class on <body> says nothing about one heading)
    for (let e: Element | null = h, n = 0; e && !logo && n < 4 && e.localName !== 'body'; e = e.parentElement, n++) logo = LOGO.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`);
    const home = [...h.getElementsByTagName('a')].find((a) => a.getAttribute('href') === '/');
    if (logo || (home && inlineText(home) === text)) continue;
    return text;
  }
  return undefined;
}

/** A `<time>` element's date: one marked as the publication date first, else the first in the page. */
function timeDate(times: Element[]): string | undefined {
  const published = times.find((t) => t.getAttribute('itemprop') === 'datePublished' || t.hasAttribute('pubdate'));
  for (const t of published ? [published] : times) {
    const d = parseDate(t.getAttribute('datetime') ?? '');
    if (d) return d;
  }
  return undefined;
}

/** Reads the page's metadata. Call it before anything changes the document (Readability does). */
export function readPageMetadata(doc: Document, html: string): PageMetadata {
  const m = marked(doc);
  const meta = metaMap(m.meta);
  const ld = jsonLd(m.ldJson);
  const first = <T>(...xs: (T | undefined)[]) => xs.find((x) => x !== undefined);
  const fromLd = (f: (o: Json) => string | undefined) => first(...ld.map(f));
  const url = pageUrl(m.canonical, meta, html) ?? fromLd((o) => str(o.url));

  let site = first(...SITE_KEYS.map((k) => meta.get(k)), fromLd((o) => names(o.publisher).map((n) => n.trim()).find(Boolean)));
  if (site && /^https?:\/\//i.test(site)) site = hostOf(site); // og:site_name="http://www.example.com"
  const source = site ?? hostOf(url);

  const strip = (t: string | undefined) => (t ? stripSiteName(t, site, hostOf(url)) : undefined);
  const main = [meta.get('og:title'), fromLd((o) => str(o.headline)), inlineText(m.title)].map(strip);
  const titles = [main[0], ...TITLE_KEYS.slice(1).map((k) => strip(meta.get(k))), main[1], main[2]].filter((t): t is string => !!t);
  // two of the three main titles that agree outweigh the third (og:title and <h1> "X is Y", JSON-LD headline and
  // <title> "X hands-on: Y - Site": the headline the publisher gives the document, as Readability reads it);
  // when no two agree, the headline the reader sees decides (og:title "X", <title> "X: Y - Site", <h1> "X: Y")
  const h1 = headline(m.h1, site);
  const seen = h1 ? main.find((t) => t && squashTitle(t) === squashTitle(h1)) : undefined;
  const title = agreed(main) ?? seen ?? titles[0] ?? h1;

  const date = first(
    ...DATE_KEYS.map((k) => parseDate(meta.get(k) ?? '')),
    fromLd((o) => parseDate(str(o.datePublished) ?? str(o.dateCreated) ?? '')),
    timeDate(m.time),
    urlDate(url),
  );

  const authorCandidates = [...AUTHOR_KEYS.map((k) => meta.get(k)), ...ld.flatMap((o) => names(o.author))];
  const author = pickAuthor(authorCandidates);
  // bylines in the page's body are weaker: the caller weighs them after the reader's own byline
  const bylines = m.byline.map((e) => inlineText(e)).filter((b): b is string => !!b);

  const out: PageMetadata = {};
  if (title) out.title = title;
  if (date) out.date = date;
  if (author) out.author = author;
  if (source) out.source = source;
  if (url) out.url = url;
  if (bylines.length) out.bylines = bylines;
  return out;
}

/** The first candidate that, cleaned, reads as a person's name. */
export function pickAuthor(candidates: (string | undefined)[]): string | undefined {
  for (const c of candidates) {
    const a = c ? cleanByline(c) : undefined;
    if (a && looksLikeName(a)) return a;
  }
  return undefined;
}

const squashTitle = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The first of the titles that another one equals (letters and digits compared), if any two agree. */
function agreed(titles: (string | undefined)[]): string | undefined {
  for (let i = 0; i < titles.length; i++) {
    const t = titles[i];
    if (t && titles.some((u, j) => j !== i && u && squashTitle(u) === squashTitle(t))) return t;
  }
  return undefined;
}

/** "By Jane Roe, Staff Writer" → "Jane Roe, Staff Writer" → the name part. */
export function cleanByline(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:by|written by|posted by|von|par|por)\s*:?\s+/i, '')
    .replace(/\s*(?:,|\||·|–|—| - ).*$/, '')
    .trim();
}
