// HTML → DOM (linkedom: a real HTML parser, so every named entity is decoded and a `>` inside an attribute value stays
// in the attribute), and DOM → visible text with one line per block. Hidden elements and page furniture are left out.
import { parseHTML } from 'linkedom';

/** Elements whose content is never article text. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'nav', 'footer', 'aside', 'form', 'button', 'iframe', 'select', 'option', 'textarea', 'canvas', 'object', 'embed', 'dialog', 'menu']);
/** Elements that start a new line. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header',
  'blockquote', 'pre', 'hr', 'dd', 'dt', 'figure', 'figcaption', 'main', 'address', 'caption', 'details', 'summary', 'body',
]);
/** Table cells: a space between them, so that "Astana" and "2024" in two cells do not run together. */
const CELL = new Set(['td', 'th']);

/** Parses an HTML page. */
export function parseDocument(html: string): Document {
  // a fragment without <html>/<body> still gets a body, so the same code reads a page and a snippet
  const page = /<html[\s>]/i.test(html.slice(0, 4096)) || /<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(page).document as unknown as Document;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** An element the reader never sees: the `hidden` attribute, aria-hidden="true", or display:none / visibility:hidden inline. */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style ? HIDDEN_STYLE.test(style) : false;
}

/** Visible text of an element, one line per block, spaces collapsed, empty lines dropped. Iterative: any depth. */
export function blockText(root: Node, skip: ReadonlySet<string> = SKIP): string {
  const out: string[] = [];
  // the stack holds nodes to visit and, as strings, line breaks to write once an element's children are done
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 3) {
      // line breaks in the source are spaces; lines come from blocks only
      out.push((item as Text).data.replace(/[\n\r]+/g, ' '));
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    if (item.nodeType === 1) {
      const el = item as Element;
      const name = el.localName?.toLowerCase() ?? '';
      if (item !== root && (skip.has(name) || isHidden(el))) continue;
      const block = BLOCK.has(name);
      if (block) out.push('\n');
      else if (CELL.has(name)) out.push(' ');
      if (block) stack.push('\n');
    }
    const kids = item.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return tidy(out.join(''));
}

/** Spaces collapsed within lines, lines trimmed, empty lines dropped. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** Text of an element on one line (a title, a byline). */
export function inlineText(el: Element | null | undefined): string | undefined {
  if (!el) return undefined;
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t || undefined;
}
