// What is never article text is cut from a page's markup before it is parsed: scripts (but JSON-LD, which page-metadata.ts
// reads), style sheets, comments and inline SVG drawings. On real news pages they are over half of the bytes and thousands
// of nodes that the parser would build and Readability would walk, only to remove them (it drops scripts and styles
// itself; the project's text readers skip svg). One linear scan, no tree.
import { findClose, tagAt, tagEnd } from './html-guard.ts';

const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;

/** Index just past the `</svg>` that closes the `<svg>` whose start tag ends at `from` (nested drawings counted), or -1. */
function svgEnd(html: string, from: number): number {
  let depth = 1;
  let i = from;
  while (depth > 0) {
    const close = findClose(html, 'svg', i);
    if (close < 0) return -1;
    // drawings opened before this end tag; each stretch of the page is searched once
    for (let o = openSvg(html, i, close); o >= 0; o = openSvg(html, o + 4, close)) depth++;
    depth--;
    i = close + 5;
  }
  return html.indexOf('>', i) + 1 || html.length;
}

/** Index of the next `<svg` start tag from `from` up to `to` (any case), or -1. */
function openSvg(html: string, from: number, to: number): number {
  for (let i = html.indexOf('<', from); i >= 0 && i < to; i = html.indexOf('<', i + 1)) {
    if ((html.charCodeAt(i + 1) | 32) === 115 && (html.charCodeAt(i + 2) | 32) === 118 && (html.charCodeAt(i + 3) | 32) === 103) {
      const c = html.charCodeAt(i + 4);
      if (c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 13 || c === 12) return i;
    }
  }
  return -1;
}

/** The page without its scripts (JSON-LD kept), style sheets, comments and inline SVG. */
export function leanMarkup(html: string): string {
  const out: string[] = [];
  let last = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i)) {
    const t = tagAt(html, i);
    if (!t) {
      i++;
      continue;
    }
    let end = t.end;
    let cut = false;
    if (!t.closing) {
      if (t.name === '!--' || t.name === 'style') cut = true;
      else if (t.name === 'script') cut = !JSON_LD.test(html.slice(i, tagEnd(html, i + 1)));
      else if (t.name === 'svg') {
        const gt = tagEnd(html, i + 1);
        // a self-closed <svg/> holds nothing; otherwise up to its own end tag (a drawing never closed is left to the
        // parser: the page's text may follow it)
        const close = html.charCodeAt(gt - 1) === 47 ? gt + 1 : svgEnd(html, gt + 1);
        cut = close > 0;
        if (cut) end = close;
      }
    }
    if (cut) {
      out.push(html.slice(last, i));
      last = end;
    }
    i = end;
  }
  if (last === 0) return html;
  out.push(html.slice(last));
  return out.join('');
}
