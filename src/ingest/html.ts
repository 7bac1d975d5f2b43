// HTML → visible text: drops script/style/head/nav/footer, turns block elements into line breaks, decodes entities.
// A linear scan, no regex backtracking, so a 10 MB page costs linear time.

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'nav', 'footer', 'aside', 'form', 'button', 'iframe']);
const BLOCK = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'section', 'article', 'header', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'figcaption', 'title', 'main']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', eacute: 'é', copy: '©' };

/** Decodes character references (&amp; &#8217; &#x2019;). */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return NAMED[body.toLowerCase()] ?? all;
  });
}

export interface HtmlText {
  text: string;
  title?: string;
}

/** Extracts visible text and the <title> (or first <h1>) from an HTML document. */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let title: string | undefined;
  let h1: string | undefined;
  let i = 0;
  let skipping: string | undefined;
  let capture: 'title' | 'h1' | undefined;
  let captured = '';
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunk = html.slice(i, lt < 0 ? html.length : lt);
    if (!skipping && chunk) {
      out.push(chunk);
      if (capture) captured += chunk;
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const tag = html.slice(lt + 1, gt);
    const closing = tag.startsWith('/');
    const name = /^\/?\s*([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    i = gt + 1;
    if (name === 'title' || name === 'h1') {
      if (!closing) {
        capture = name;
        captured = '';
      } else if (capture === name) {
        if (name === 'title') title ??= captured;
        else h1 ??= captured;
        capture = undefined;
      }
      if (name === 'title') {
        if (!closing) skipping = 'title';
        else if (skipping === 'title') skipping = undefined;
        continue;
      }
    }
    if (skipping) {
      if (closing && name === skipping) skipping = undefined;
      continue;
    }
    if (!closing && SKIP.has(name) && !tag.endsWith('/')) {
      skipping = name;
      continue;
    }
    if (BLOCK.has(name)) out.push('\n');
  }
  const text = decodeEntities(out.join(''))
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const clean = (s?: string) => (s ? decodeEntities(s).replace(/\s+/g, ' ').trim() || undefined : undefined);
  return { text, title: clean(h1) ?? clean(title) };
}
