// HTML → article: the page is parsed (linkedom), its metadata read (page-metadata.ts), and its main content taken by
// Mozilla's Readability, read block by block; when Readability finds nothing or very little, the whole page's visible
// text stands in (htmlToText). The project's own boilerplate and metadata rules then run on the result as on any text.
import { Readability } from '@mozilla/readability';
import { blockText, inlineText, parseDocument } from './html-dom.ts';
import { pickAuthor, readPageMetadata, type PageMetadata } from './page-metadata.ts';
import { flatText, MAX_DEPTH, nestingDepth } from './html-guard.ts';
import { leanMarkup } from './html-lean.ts';

export interface HtmlText {
  text: string;
  title?: string;
}

export interface HtmlArticle extends PageMetadata {
  text: string;
  /** which reader gave the text: Readability, the whole page, or the flat reading of markup nested beyond reason */
  reader: 'readability' | 'page' | 'flat';
}

/** Readability's text shorter than this, where the page has more than twice as much, is "very little". */
const TOO_LITTLE = 250;

/** Elements dropped from Readability's output too (it keeps some asides and forms). */
const CONTENT_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'nav', 'aside', 'form', 'button', 'iframe', 'select', 'textarea', 'canvas', 'object', 'embed', 'dialog', 'menu']);

/** Visible text of a whole page (body only; hidden elements, nav, aside, footer left out) and its title. */
export function htmlToText(html: string): HtmlText {
  if (nestingDepth(html) > MAX_DEPTH) return { text: flatText(html) };
  const doc = parseDocument(leanMarkup(html));
  return pageText(doc, html);
}

function pageText(doc: Document, html: string): HtmlText {
  const meta = readPageMetadata(doc, html);
  return { text: doc.body ? blockText(doc.body) : '', title: meta.title ?? inlineText(doc.querySelector('title')) };
}

/** Reads a saved news page: its main text (one line per block) and its title, date, author, outlet and URL. */
export function readHtml(html: string): HtmlArticle {
  // markup nested deeper than any real page would take the parser and Readability quadratic time: read it flat
  if (nestingDepth(html) > MAX_DEPTH) return { text: flatText(html), reader: 'flat' };
  const doc = parseDocument(leanMarkup(html));
  const { bylines, ...meta } = readPageMetadata(doc, html);
  let content: string | undefined;
  let byline: string | undefined;
  try {
    // the page's JSON-LD is read above, in its order of trust
    const parsed = new Readability(doc, { serializer: (el: Node) => blockText(el, CONTENT_SKIP), disableJSONLD: true }).parse();
    content = parsed?.content ?? undefined;
    byline = parsed?.byline ?? undefined;
  } catch {
    content = undefined; // a page Readability cannot read is read whole
  }
  // when the markup names no author: Readability's byline (found next to the article), then the page's byline elements
  meta.author ??= pickAuthor([byline, ...(bylines ?? [])]);
  if (content && content.length >= TOO_LITTLE) return { ...meta, text: content, reader: 'readability' };
  // Readability changed the document: the page is parsed again for its whole text
  const page = htmlToText(html).text;
  if (content && content.length * 2 >= page.length) return { ...meta, text: content, reader: 'readability' };
  return { ...meta, text: page, reader: 'page' };
}
