// `npm run bench:pages -- <test-pages folder> [--pages a,b,c] [--runs 3] [--verbose]`
// Runs the project's HTML path and Readability alone over the real news pages of Mozilla Readability's test suite
// (test/test-pages/<name>/source.html, expected.html, expected-metadata.json; not in this repository: extract them from
// a checkout of github.com/mozilla/readability) and reports, for each:
//   - token precision/recall/F1 (words, lower case, as multisets, averaged over pages) against the body the publisher
//     marked (itemprop="articleBody" and the usual article-body classes), on the pages that mark one, and against
//     Readability's expected.html on all pages;
//   - chrome kept: characters of output lines that appear nowhere in the publisher's body (the title line excepted);
//   - title right (equal to the expected title, either side allowed one trailing " - Site" part), date found (and
//     wrong, where the expected metadata gives one), author right (and wrong names), outlet found;
//   - milliseconds per page, after a pass that warms the code up: wall-clock time, and the process's CPU time (user +
//     system, every thread), each the least of --runs passes (3 by default) per page and reader, which a machine shared
//     with other work inflates far less than one pass; the ratio of the two readers' times in the same run is the figure
//     to compare across machines. The load average is printed with them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus, loadavg } from 'node:os';
import { Readability } from '@mozilla/readability';
import { blockText, parseDocument } from '../ingest/html-dom.ts';
import { parseFormat } from '../ingest/formats.ts';
import { toArticle } from '../ingest/read-articles.ts';
import { parseDate } from '../ingest/metadata.ts';

/** The 42 news articles among the test pages (the rest are blogs, manuals, wikis and parser edge cases). */
export const NEWS_PAGES = [
  'aktualne', 'ars-1', 'bbc-1', 'breitbart', 'buzzfeed-1', 'citylab-1', 'cnet', 'cnn', 'engadget', 'folha', 'gmw', 'guardian-1',
  'heise', 'herald-sun-1', 'la-nacion', 'lemonde-1', 'liberation-1', 'lwn-1', 'medicalnewstoday', 'msn', 'nytimes-1', 'nytimes-2',
  'nytimes-3', 'nytimes-4', 'nytimes-5', 'qq', 'quanta-1', 'salon-1', 'seattletimes-1', 'telegraph', 'theverge', 'tmz-1', 'wapo-1',
  'wapo-2', 'webmd-1', 'webmd-2', 'wikia', 'yahoo-1', 'yahoo-2', 'yahoo-3', 'yahoo-4', 'youth',
];

const PUBLISHER_BODY = ['[itemprop="articleBody"]', '[property="articleBody"]', '.article-body, .articleBody, .article__body, .story-body, .entry-content, .post-content'];
const RAW_SKIP = new Set(['script', 'style', 'noscript', 'template']);

interface Reading {
  text: string;
  title?: string;
  date?: string;
  author?: string;
  source?: string;
}

interface Expected {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
}

const tokens = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function prf(got: string, want: string): { p: number; r: number; f: number } {
  const counts = new Map<string, number>();
  for (const t of tokens(want)) counts.set(t, (counts.get(t) ?? 0) + 1);
  const g = tokens(got);
  const w = tokens(want).length;
  let hit = 0;
  for (const t of g) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      hit++;
      counts.set(t, n - 1);
    }
  }
  const p = g.length ? hit / g.length : 0;
  const r = w ? hit / w : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const squash = (s: string) => tokens(s.replace(/[’‘]/g, "'")).join(' ');

/** Characters of the lines of `text` found nowhere in `body` (the title line is not chrome). */
function chrome(text: string, body: string, titles: (string | undefined)[]): number {
  const b = squash(body);
  const t = new Set(titles.filter(Boolean).map((x) => squash(x!)));
  let n = 0;
  for (const line of text.split('\n')) {
    const l = squash(line);
    if (l && !t.has(l) && !b.includes(l)) n += line.length;
  }
  return n;
}

/** Equal once squashed, either side allowed to carry one trailing " - Site" / " | Site" part. */
function titleRight(got: string | undefined, want: string | undefined): boolean {
  if (!got || !want) return false;
  const cut = (s: string) => s.replace(/\s+[-|–—_:»]{1,2}\s*[^-|–—_:»]+$/, '');
  const forms = (s: string) => new Set([squash(s), squash(cut(s)), squash(s.split(/_/)[0])]);
  const g = forms(got);
  for (const w of forms(want)) if (w && g.has(w)) return true;
  return false;
}

function authorRight(got: string | undefined, want: string): boolean {
  if (!got) return false;
  const g = squash(got);
  const w = squash(want.replace(/^\s*by:?\s*/i, ''));
  return g.length > 0 && (w.includes(g) || g.includes(w));
}

function readProject(html: string): Reading {
  const raw = parseFormat('.html', html).articles[0];
  const a = toArticle('page', 'page.html', raw);
  // the headline line the project puts first is not part of a publisher's body (nor of Readability's content)
  const text = a ? (a.text.startsWith(`${a.title}\n`) ? a.text.slice(a.title.length + 1) : a.text) : '';
  return { text, title: a?.title, date: a?.date, author: a?.author, source: a?.source };
}

function readAlone(html: string): Reading {
  const doc = parseDocument(html);
  const r = new Readability(doc, { serializer: (el: Node) => blockText(el, RAW_SKIP) }).parse();
  return { text: r?.content ?? '', title: r?.title ?? undefined, date: r?.publishedTime ? parseDate(r.publishedTime) : undefined, author: r?.byline ?? undefined, source: r?.siteName ?? undefined };
}

function publisherBody(html: string): string | undefined {
  const doc = parseDocument(html);
  for (const sel of PUBLISHER_BODY) {
    const els = [...doc.querySelectorAll(sel)];
    const text = els.map((e) => blockText(e, RAW_SKIP)).join('\n');
    if (tokens(text).length >= 50) return text;
  }
  return undefined;
}

interface Tally {
  pub: { p: number; r: number; f: number }[];
  exp: { p: number; r: number; f: number }[];
  chrome: number[];
  title: number;
  date: number;
  dateWrong: number;
  author: number;
  authorWrong: number;
  outlet: number;
  ms: number;
  cpuMs: number;
}

const tally = (): Tally => ({ pub: [], exp: [], chrome: [], title: 0, date: 0, dateWrong: 0, author: 0, authorWrong: 0, outlet: 0, ms: 0, cpuMs: 0 });
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

function main() {
  const { values, positionals } = parseArgs({ options: { pages: { type: 'string' }, runs: { type: 'string', default: '3' }, verbose: { type: 'boolean' } }, allowPositionals: true });
  const dir = positionals[0];
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run bench:pages -- <readability test-pages folder> [--pages a,b] [--runs 3] [--verbose]');
    process.exit(2);
  }
  const names = values.pages ? values.pages.split(',') : NEWS_PAGES.filter((n) => readdirSync(dir).includes(n));
  const pages = names.map((name) => {
    const p = join(dir, name);
    const html = readFileSync(join(p, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(p, 'expected-metadata.json'), 'utf8')) as Expected;
    const expectedText = blockText(parseDocument(readFileSync(join(p, 'expected.html'), 'utf8')), RAW_SKIP);
    return { name, html, expected, expectedText, body: publisherBody(html) };
  });
  const readers = { project: readProject, readability: readAlone } as const;
  const results = { project: tally(), readability: tally() };
  const order = Object.entries(readers) as [keyof typeof readers, (h: string) => Reading][];
  // scored (and the code warmed up)
  pages.forEach((pg) => {
    for (const [key, read] of order) {
      const t = results[key];
      const r = read(pg.html);
      const e = pg.expected;
      t.exp.push(prf(r.text, pg.expectedText));
      if (pg.body) {
        t.pub.push(prf(r.text, pg.body));
        t.chrome.push(chrome(r.text, pg.body, [r.title, e.title]));
      }
      const title = titleRight(r.title, e.title);
      if (title) t.title++;
      if (r.date) {
        t.date++;
        const want = e.publishedTime ? parseDate(e.publishedTime) : undefined;
        if (want && want !== r.date) t.dateWrong++;
      }
      if (e.byline && authorRight(r.author, e.byline)) t.author++;
      else if (r.author && (!e.byline || !authorRight(r.author, e.byline))) t.authorWrong++;
      if (r.source) t.outlet++;
      if (values.verbose) {
        const body = pg.body ? prf(r.text, pg.body) : undefined;
        console.log(`${key.padEnd(11)} ${pg.name.padEnd(16)} F1 ${body ? body.f.toFixed(3) : '  -  '} chrome ${pg.body ? chrome(r.text, pg.body, [r.title, e.title]) : '-'} | title ${title ? 'ok' : `✗ ${JSON.stringify(r.title)} vs ${JSON.stringify(e.title)}`} | date ${r.date ?? '-'} (${e.publishedTime ?? '-'}) | author ${JSON.stringify(r.author ?? null)} (${JSON.stringify(e.byline)}) | outlet ${JSON.stringify(r.source ?? null)}`);
      }
    }
  });
  // timed: page by page, the two readers in turn (one first, then the other), so that a busy machine slows both alike
  const runs = Math.max(1, Number(values.runs) || 1);
  const best = { project: pages.map(() => ({ ms: Infinity, cpuMs: Infinity })), readability: pages.map(() => ({ ms: Infinity, cpuMs: Infinity })) };
  for (let run = 0; run < runs; run++) {
    pages.forEach((pg, i) => {
      for (const [key, read] of (i + run) % 2 ? [...order].reverse() : order) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        read(pg.html);
        const ms = performance.now() - t0;
        const c = process.cpuUsage(c0);
        const b = best[key][i];
        b.ms = Math.min(b.ms, ms);
        b.cpuMs = Math.min(b.cpuMs, (c.user + c.system) / 1000);
      }
    });
  }
  for (const key of Object.keys(best) as (keyof typeof best)[]) {
    results[key].ms = best[key].reduce((a, b) => a + b.ms, 0);
    results[key].cpuMs = best[key].reduce((a, b) => a + b.cpuMs, 0);
  }
  const load = loadavg().map((x) => x.toFixed(1)).join(', ');
  const withBody = pages.filter((p) => p.body).length;
  const withByline = pages.filter((p) => p.expected.byline).length;
  const n = pages.length;
  const row = (label: string, f: (t: Tally) => string) => `| ${label} | ${f(results.project)} | ${f(results.readability)} |`;
  const score = (xs: { p: number; r: number; f: number }[]) => `${mean(xs.map((x) => x.f)).toFixed(3)} (P ${mean(xs.map((x) => x.p)).toFixed(3)}, R ${mean(xs.map((x) => x.r)).toFixed(3)})`;
  console.log(`\n| on ${n} real news pages (${withBody} with a publisher-marked body) | sco-kg | Readability alone |`);
  console.log('|---|---|---|');
  console.log(row('token F1 against the publisher-marked body', (t) => score(t.pub)));
  console.log(row("token F1 against Readability's expected.html", (t) => score(t.exp)));
  console.log(row('chrome kept, characters per page (publisher-marked pages)', (t) => Math.round(mean(t.chrome)).toString()));
  console.log(row('title right', (t) => `${t.title}/${n}`));
  console.log(row('date found (wrong where known)', (t) => `${t.date}/${n} (${t.dateWrong} wrong)`));
  console.log(row(`author right (of ${withByline} with a byline), wrong names`, (t) => `${t.author}/${withByline}, ${t.authorWrong} wrong`));
  console.log(row('outlet found', (t) => `${t.outlet}/${n}`));
  console.log(row(`ms per page, wall clock (least of ${runs} passes)`, (t) => (t.ms / n).toFixed(1)));
  console.log(row(`ms per page, CPU time (least of ${runs} passes)`, (t) => (t.cpuMs / n).toFixed(1)));
  const ratio = (f: (t: Tally) => number) => (f(results.project) / f(results.readability)).toFixed(2);
  console.log(row('time against Readability alone (CPU, wall)', (t) => (t === results.readability ? '1' : `${ratio((x) => x.cpuMs)}x, ${ratio((x) => x.ms)}x`)));
  console.log(`\nload average ${load} (1, 5, 15 min) on ${cpus().length} cores`);
}

if (process.argv[1]?.endsWith("readability-bench.ts")) main();
