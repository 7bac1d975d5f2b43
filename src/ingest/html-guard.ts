// Markup nested deeper than any real page (thousands of unclosed <div>s) makes the DOM parser and Readability slow
// beyond reason (quadratic in the depth). It is measured here without parsing, in one linear scan, and such a page is
// read flat: its tags become line breaks or nothing, and only the flat result is parsed (for its entities).
import { blockText, parseDocument, tidy } from './html-dom.ts';

/** Deeper nesting than this is no real page (news pages stay well under 100). */
export const MAX_DEPTH = 400;

/** Void elements and those whose end tag may be left out: they do not make the markup deeper. */
const NO_NEST = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'colgroup', 'caption', 'rb', 'rt', 'rp',
  'html', 'head', 'body', '!doctype',
]);
/** Elements whose content is text to skip, up to their end tag. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'template', 'svg']);
/** Elements that do not break a line in the flat reading. */
const INLINE = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'small', 'sub', 'sup', 'u', 's', 'q', 'abbr', 'cite', 'code', 'time', 'mark', 'font', 'bdi', 'bdo', 'kbd', 'var', 'wbr', 'data']);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
}

/** Index of the end tag `</name` (any case) at or after `from`, or -1. */
export function findClose(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i >= 0; i = html.indexOf('</', i + 2)) {
    let k = 0;
    while (k < name.length && (html.charCodeAt(i + 2 + k) | 32) === name.charCodeAt(k)) k++;
    if (k === name.length) return i;
  }
  return -1;
}

/** Index of the `<body` tag at or after `from` and before `limit` (any case), or -1. */
function findBody(html: string, from: number, limit: number): number {
  for (let i = html.indexOf('<', from); i >= 0 && i < limit; i = html.indexOf('<', i + 1)) {
    if (html.slice(i + 1, i + 5).toLowerCase() === 'body' && !isNameChar(html.charCodeAt(i + 5))) return i;
  }
  return -1;
}

/**
 * Index of the '>' that ends a tag whose name ends at `from`, or -1. A quoted attribute value (after '=') may hold
 * '>' (`title="a > b"`): it does not end the tag. An unclosed quote runs to the end of the markup, as in a browser.
 */
export function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 62) {
      return i;
    } else if ((c === 34 || c === 39) && afterEquals) {
      quote = c;
    } else if (c === 61) {
      afterEquals = true;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) afterEquals = false;
  }
  return -1;
}

const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;

/**
 * The tag opening at `lt` (a '<'), or undefined when it is no tag; comments come back as name '!--'. A '<' with no '>'
 * after it ends the markup: its name is '' and its `end` the text's length (so that a scan stays linear).
 */
export function tagAt(html: string, lt: number): Tag | undefined {
  if (html.startsWith('<!--', lt)) {
    const e = html.indexOf('-->', lt + 4);
    return { name: '!--', closing: false, selfClosing: true, end: e < 0 ? html.length : e + 3 };
  }
  const closing = html.charCodeAt(lt + 1) === 47;
  let j = lt + (closing ? 2 : 1);
  const first = html.charCodeAt(j);
  if (!(first === 33 || (first >= 97 && first <= 122) || (first >= 65 && first <= 90))) return undefined;
  const start = j;
  j++;
  while (j < html.length && j - start < 32 && isNameChar(html.charCodeAt(j))) j++;
  const name = html.slice(start, j).toLowerCase();
  const gt = tagEnd(html, j);
  if (gt < 0) return { name: '', closing: false, selfClosing: true, end: html.length };
  let end = gt + 1;
  if (!closing && RAW.has(name)) {
    const close = findClose(html, name, gt);
    end = close < 0 ? html.length : (html.indexOf('>', close) + 1 || html.length);
  } else if (!closing && name === 'head') {
    // the head is no text, whatever stands in it after the title; its end tag may be left out, <body> ends it then
    const close = findClose(html, name, gt);
    const body = findBody(html, gt, close < 0 ? html.length : close); // never past the end tag: linear over many heads
    const stop = close < 0 ? body : body < 0 ? close : Math.min(close, body);
    end = stop < 0 ? html.length : stop === close ? html.indexOf('>', close) + 1 || html.length : stop;
  }
  return { name, closing, selfClosing: html.charCodeAt(gt - 1) === 47 || RAW.has(name) || name === 'head', end };
}

/** How deep the markup nests, counted up to `limit` (then `limit + 1`): open tags minus close tags, in one pass. */
export function nestingDepth(html: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
    const t = tagAt(html, i);
    if (!t) {
      i++;
      continue;
    }
    if (t.name && !NO_NEST.has(t.name) && !t.selfClosing && t.name !== '!--') {
      if (t.closing) depth = Math.max(0, depth - 1);
      else if (++depth > max && (max = depth) > limit) return limit + 1;
    }
    i = t.end;
  }
  return max;
}

/** Stands for a line break while the flat text is parsed (text-node line breaks are spaces to blockText). */
const LINE = '\ue000';

/** The visible text of a page read flat: tags dropped (block tags as line breaks), script and style skipped. */
export function flatText(html: string): string {
  const out: string[] = [];
  let last = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
    const t = tagAt(html, i);
    if (!t) {
      i++;
      continue;
    }
    out.push(html.slice(last, i).replace(/</g, '&lt;').replace(/\ue000/g, ''), t.name === '' || INLINE.has(t.name) ? (t.name === '' ? html.slice(i, t.end).replace(/</g, '&lt;') : '') : LINE);
    last = i = t.end;
  }
  out.push(html.slice(last).replace(/</g, '&lt;').replace(/\ue000/g, ''));
  // one text node: parsed in linear time, entities decoded
  const doc = parseDocument(`<!DOCTYPE html><html><head></head><body><div>${out.join('')}</div></body></html>`);
  return tidy((doc.body ? blockText(doc.body) : '').split(LINE).join('\n'));
}
