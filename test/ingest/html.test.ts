// Saved news pages: main content through Readability, page chrome and hidden blocks left out, metadata from the markup.
import { describe, expect, it } from 'vitest';
import { htmlToText, readHtml } from '../../src/ingest/html.ts';
import { cleanByline, readPageMetadata } from '../../src/ingest/page-metadata.ts';
import { looksLikeName, stripSiteName } from '../../src/ingest/page-names.ts';
import { parseDocument } from '../../src/ingest/html-dom.ts';
import { flatText, MAX_DEPTH, nestingDepth } from '../../src/ingest/html-guard.ts';
import { leanMarkup } from '../../src/ingest/html-lean.ts';

const P = [
  'The foreign ministers of the eight member states gathered in Almaty on Thursday to agree the agenda of the autumn summit and its draft declaration.',
  'Delegates said the talks on transport corridors went on late into the evening, with the Kazakh side proposing a joint fund for rail links.',
  'A closing statement is expected on Friday morning, after a working breakfast hosted by the Kyrgyz delegation at the conference centre.',
  'Officials from the secretariat described the mood as businesslike and said most of the paragraphs in the draft were already agreed.',
];

/** A page built like a real news site's: head metadata, a logo <h1>, menus, a hidden block, an aside, a footer. */
function page(opts: { head?: string; body?: string; paragraphs?: string[] } = {}): string {
  const ps = (opts.paragraphs ?? P).map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head>
<meta charset="utf-8">
<title>Ministers prepare the Almaty summit - Steppe Herald</title>
${opts.head ?? ''}
<style>.x > .y { color: red }</style>
</head><body>
<header class="site-header"><h1 class="logo"><a href="/">Steppe Herald</a></h1>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div hidden>Subscribe now to read unlimited stories</div>
<div aria-hidden="true">Breaking: markets fall in Tokyo</div>
<div style="display: none">Cookie settings and privacy choices</div>
<main><article>
<h2 class="headline">Ministers prepare the Almaty summit</h2>
<div class="body" data-note="a > b">
${ps}
${opts.body ?? ''}
</div>
</article>
<aside><h3>Most read</h3><ul><li>Ten things to do in Bukhara</li><li>Football results from the weekend</li></ul></aside>
</main>
<footer>© 2024 Steppe Herald Media. All rights reserved.</footer>
</body></html>`;
}

describe('readHtml', () => {
  it('keeps the article and leaves out menus, asides, footers, hidden blocks and the head', () => {
    const r = readHtml(page());
    expect(r.reader).toBe('readability');
    for (const p of P) expect(r.text).toContain(p);
    for (const chrome of ['Business', 'Subscribe now', 'markets fall', 'Cookie settings', 'Most read', 'Bukhara', 'All rights reserved', 'color: red', 'Steppe Herald Media']) {
      expect(r.text).not.toContain(chrome);
    }
    // one line per paragraph: Readability's blocks are not glued together
    expect(r.text.split('\n').filter((l) => P.includes(l))).toEqual(P);
  });

  it('reads title, date, author, outlet and URL from Open Graph and article meta tags', () => {
    const head = `<meta property="og:title" content="Ministers prepare the Almaty summit | Steppe Herald">
<meta property="og:site_name" content="Steppe Herald">
<meta property="article:published_time" content="2024-06-20T08:15:00+05:00">
<meta name="author" content="Aigerim Sadykova">
<link rel="canonical" href="https://steppeherald.example/world/almaty-summit">`;
    const r = readHtml(page({ head }));
    expect(r).toMatchObject({ title: 'Ministers prepare the Almaty summit', date: '2024-06-20', author: 'Aigerim Sadykova', source: 'Steppe Herald', url: 'https://steppeherald.example/world/almaty-summit' });
  });

  it('reads JSON-LD NewsArticle (in a @graph) when the meta tags are silent', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Ignore me' }, { '@type': 'NewsArticle', headline: 'Ministers gather in Almaty', datePublished: '2024-06-19T22:00:00Z', author: [{ '@type': 'Person', name: 'Timur Bekov' }], publisher: { '@type': 'Organization', name: 'Steppe Herald' } }] };
    const r = readHtml(page({ head: `<script type="application/ld+json">${JSON.stringify(ld)}</script>` }));
    expect(r).toMatchObject({ title: 'Ministers gather in Almaty', date: '2024-06-19', author: 'Timur Bekov', source: 'Steppe Herald' });
  });

  it('falls back to <time datetime>, then to the date in the URL, then the host as outlet', () => {
    const timed = readHtml(page({ body: '<p>Posted <time datetime="2023-11-02T10:00">2 November</time></p>' }));
    expect(timed.date).toBe('2023-11-02');
    const urlOnly = readHtml(page({ head: '<meta property="og:url" content="https://www.steppeherald.example/2018/06/09/summit-notes/">' }));
    expect(urlOnly).toMatchObject({ date: '2018-06-09', source: 'steppeherald.example' });
  });

  it('reads the <title> without the site name, never the logo <h1>', () => {
    expect(readHtml(page()).title).toBe('Ministers prepare the Almaty summit');
    const noTitle = page().replace(/<title>.*<\/title>/, '').replace('<h2 class="headline">', '<h1>').replace('summit</h2>', 'summit</h1>');
    expect(readHtml(noTitle).title).toBe('Ministers prepare the Almaty summit');
  });

  // a headline page: og:title, twitter:title, JSON-LD headline, <title> and the visible <h1> as real sites mix them
  it.each([
    ['all agree', { og: 'Envoys open the Bishkek talks', ld: 'Envoys open the Bishkek talks', title: 'Envoys open the Bishkek talks - Steppe Herald', h1: 'Envoys open the Bishkek talks' }, 'Envoys open the Bishkek talks'],
    // the display headline (og:title, <h1>) against the document's headline (JSON-LD, <title>): two markup titles agree
    ['JSON-LD and <title> agree against og:title and <h1>', { og: 'The Bishkek talks are a turning point for rail', ld: 'Bishkek talks, day one: a turning point for rail', title: 'Bishkek talks, day one: a turning point for rail - Steppe Herald', h1: 'The Bishkek talks are a turning point for rail' }, 'Bishkek talks, day one: a turning point for rail'],
    ['og:title and JSON-LD agree against <title> and <h1>', { og: 'Envoys open the Bishkek talks', ld: 'Envoys open the Bishkek talks', title: 'Talks open - Steppe Herald', h1: 'Talks open' }, 'Envoys open the Bishkek talks'],
    ['none agree: the <h1> chooses', { og: 'Envoys open talks', title: 'Envoys open talks: rail first - Steppe Herald', h1: 'Envoys open talks: rail first' }, 'Envoys open talks: rail first'],
    ['none agree, the <h1> matches no main title: og:title', { og: 'Why the envoys met', twitter: 'Rail on the table in Bishkek', title: 'A short history of the talks - Steppe Herald', h1: 'Rail on the table in Bishkek' }, 'Why the envoys met'],
  ])('chooses the title when %s', (_, t: { og?: string; twitter?: string; ld?: string; title: string; h1: string }, expected) => {
    const head = [
      `<title>${t.title}</title><meta property="og:site_name" content="Steppe Herald">`,
      t.og ? `<meta property="og:title" content="${t.og}">` : '',
      t.twitter ? `<meta name="twitter:title" content="${t.twitter}">` : '',
      t.ld ? `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: t.ld })}</script>` : '',
    ].join('\n');
    const html = page().replace(/<title>.*<\/title>/, head).replace('<h2 class="headline">Ministers prepare the Almaty summit</h2>', `<h1>${t.h1}</h1>`);
    expect(readHtml(html).title).toBe(expected);
  });

  it('turns a byline into an author only when it looks like a name', () => {
    const desk = readHtml(page({ head: '<meta name="author" content="Steppe Herald News Desk">' }));
    expect(desk.author).toBeUndefined();
    const by = readHtml(page({ head: '<meta name="author" content="By Dana Omarova, Staff Writer">' }));
    expect(by.author).toBe('Dana Omarova');
  });

  it('decodes every named entity and keeps a ">" inside an attribute value out of the text', () => {
    const r = readHtml(page({ body: '<p title="a > b" data-x=">>">Sch&ouml;n &laquo;quoted&raquo; &ndash; caf&eacute; &amp; M&uuml;ller&hellip; &euro;5 and a few more words to read.</p>' }));
    expect(r.text).toContain('Schön «quoted» – café & Müller… €5 and a few more words to read.');
    expect(r.text).not.toMatch(/&\w+;|data-x|"a >/);
  });

  it('falls back to the whole visible page when Readability finds almost nothing', () => {
    const r = readHtml('<html><head><title>Short note</title></head><body><div>Tashkent, 3 May.</div><div>Talks went well.</div><footer>footer text</footer></body></html>');
    expect(r.text).toBe('Tashkent, 3 May.\nTalks went well.');
  });
});

describe('htmlToText', () => {
  it('reads the <title>, drops hidden blocks and <head> text, keeps one line per block', () => {
    const r = htmlToText('<html><head><title>T &amp; U</title><meta name="x" content="y">stray head text</head><body><p>One</p><p hidden>Two</p><ul><li>Three</li><li>Four</li></ul><table><tr><td>Astana</td><td>2024</td></tr></table></body></html>');
    expect(r).toEqual({ text: 'One\nThree\nFour\nAstana 2024', title: 'T & U' });
  });

  it('reads markup nested beyond any real page flat, without the parser or Readability (quadratic in the depth)', () => {
    const deep = '<div><span>'.repeat(50_000) + 'deep &amp; text' + '</span></div>'.repeat(50_000);
    expect(htmlToText(deep).text).toBe('deep & text');
    expect(readHtml(deep)).toEqual({ text: 'deep & text', reader: 'flat' });
    const unclosed = `<p>${'<div>x'.repeat(50_000)}`;
    expect(readHtml(unclosed).text.split('\n').length).toBe(50_000);
  });
});

describe('nesting guard', () => {
  it.each([
    ['<p>a<p>b<br><img src=x><li>c', 0],
    ['<div><div><span>a</span></div></div>', 3],
    ['<div a=">"><div>x</div></div>', 2],
    ['<script>if (a < b) { "<div><div>" }</script><div>x</div>', 1],
    ['<!-- <div><div> --><div/>', 0],
    ['<div>' + 'a <b '.repeat(1000), 1],
    ['</div></div><div>x', 1],
  ])('nestingDepth(%j) = %i', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });

  it.each([
    // a '>' or a tag inside a quoted attribute value is part of the value
    ['<div title="a > <div><div>"><span>x</span></div>', 2],
    ["<div data-x='<p><div>'>y</div>", 1],
  ])('nestingDepth(%j) = %i, quoted attribute values read whole', (html, depth) => {
    expect(nestingDepth(html)).toBe(depth);
  });

  it('stops counting past the limit', () => {
    expect(nestingDepth('<div>'.repeat(10_000), MAX_DEPTH)).toBe(MAX_DEPTH + 1);
  });

  it('reads flat: block tags as lines, inline tags as nothing, entities decoded, script and style skipped', () => {
    expect(flatText('<div>Xi &amp; <b>Putin</b></div><style>p{}</style><p>met in Caf&eacute; 1 &lt; 2</p><script>x<y</script>a < b')).toBe('Xi & Putin\nmet in Café 1 < 2\na < b');
  });
});

describe('leanMarkup', () => {
  it.each([
    ['<p>a</p><script>var s = "<p>not text</p>";</script><p>b</p>', '<p>a</p><p>b</p>'],
    ['<div><script type="application/ld+json">{"headline":"Kept"}</script><STYLE>p > a {}</STYLE></div>', '<div><script type="application/ld+json">{"headline":"Kept"}</script></div>'],
    ["<script type='application/ld+json' id=x>{}</script>", "<script type='application/ld+json' id=x>{}</script>"],
    ['<p>a<!-- a <b>comment</b> --> b<!--unclosed', '<p>a b'],
    ['<p>x</p><svg viewBox="0 0 1 1"><title>Logo</title><svg><path d="M0"/></svg><text>in a drawing</text></svg><p>y</p>', '<p>x</p><p>y</p>'],
    ['<SVG/><p>z</p>', '<p>z</p>'],
    ['<p>z</p><svg><path/><p>text after a drawing never closed</p>', '<p>z</p><svg><path/><p>text after a drawing never closed</p>'],
    ['<p title="<script>x</script>">kept</p>', '<p title="<script>x</script>">kept</p>'],
    ['<p>no markup to drop</p>', '<p>no markup to drop</p>'],
    ['<svgx>a</svgx><scripts>b</scripts>', '<svgx>a</svgx><scripts>b</scripts>'],
  ])('leanMarkup(%j)', (html, expected) => {
    expect(leanMarkup(html)).toBe(expected);
  });

  it('reads a page with scripts, styles, comments and drawings in its body as the page without them', () => {
    const noisy = page({ body: '<!-- ad slot --><script>window.x = "<p>Subscribe</p>"</script><svg><text>Share</text></svg><style>.a{}</style>' });
    expect(readHtml(noisy)).toEqual(readHtml(page()));
  });
});

describe('page metadata helpers', () => {
  it.each([
    ['Ministers prepare the summit - Steppe Herald', 'Steppe Herald', undefined, 'Ministers prepare the summit'],
    ['Steppe Herald | Ministers prepare the summit', 'Steppe Herald', undefined, 'Ministers prepare the summit'],
    ['Ministers prepare the summit | World | steppeherald.example', undefined, 'steppeherald.example', 'Ministers prepare the summit | World'],
    ['Ministers prepare the summit for Almaty - SH Online', undefined, undefined, 'Ministers prepare the summit for Almaty'],
    ['Xi – Putin talks', undefined, undefined, 'Xi – Putin talks'],
    ['Modi: India will host the next meeting', undefined, undefined, 'Modi: India will host the next meeting'],
  ])('stripSiteName(%j)', (title, site, host, expected) => {
    expect(stripSiteName(title, site, host)).toBe(expected);
  });

  it.each([
    ['Aigerim Sadykova', true],
    ['Jane Roe and John Doe', true],
    ['Ursula von der Leyen', true],
    ['J. R. Hartley', true],
    ['BBC News', false],
    ['Staff Reporter', false],
    ['https://www.facebook.com/someone', false],
    ['admin', false],
    ['Madonna', false],
    ['2 min read', false],
  ])('looksLikeName(%j) = %s', (s, expected) => {
    expect(looksLikeName(s)).toBe(expected);
  });

  it.each([
    ['By Jane Roe', 'Jane Roe'],
    ['Jane Roe | Reporter', 'Jane Roe'],
    ['by  Jane Roe, Astana', 'Jane Roe'],
  ])('cleanByline(%j)', (s, expected) => {
    expect(cleanByline(s)).toBe(expected);
  });

  it('reads the URL of a page saved by a browser from its "saved from" comment, and ignores broken JSON-LD', () => {
    const html = '<!-- saved from url=(0042)https://news.example/2020/01/02/a-story -->\n<html><head><script type="application/ld+json">{broken</script></head><body><p>x</p></body></html>';
    expect(readPageMetadata(parseDocument(html), html)).toEqual({ url: 'https://news.example/2020/01/02/a-story', date: '2020-01-02', source: 'news.example' });
  });
});
