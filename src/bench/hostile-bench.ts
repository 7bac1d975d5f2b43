// `npm run bench:hostile [-- --scale N]`: the input shapes that once cost super-linear time (a hostile-input probe
// found them), each timed at two sizes, n and 2n. Linear code takes about twice as long at 2n: the ratio is printed
// and must stay under MAX_RATIO (quadratic code gives 4, cubic 8). Each shape runs its real code path: page-chrome
// rules, Markdown, HTML read flat, CSV rows, extraction of one huge article, "did you mean" on a large graph, reading a
// large JSONL file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Graph from 'graphology';
import { removeBoilerplate } from '../ingest/boilerplate.ts';
import { parseFormat } from '../ingest/formats.ts';
import { readArticleFile, type Skipped } from '../ingest/read-articles.ts';
import { htmlToText, readHtml } from '../ingest/html.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { closestNames } from '../query/find-entity.ts';
import type { KnowledgeGraph } from '../graph/types.ts';

/** Largest time ratio at 2n over n that counts as linear (2 plus room for noise on a shared machine). */
export const MAX_RATIO = 3;

const knowledge = loadKnowledge();
const PROSE = 'President Arman Tolegen met Prime Minister Dilnoza Karimova at the summit in Astana on Tuesday. Tolegen said the summit was a success. ';

/** One hostile shape: makes the input of size n, and runs the code on it. */
interface Shape {
  name: string;
  /** base size n (characters, lines or nodes), before --scale */
  n: number;
  make(n: number): unknown;
  run(input: unknown): void;
}

const article = (text: string) => ({ id: 'a', file: 'a.txt', title: 'Headline', text });

function graphOf(n: number): KnowledgeGraph {
  const g = new Graph({ type: 'directed', multi: true }) as unknown as KnowledgeGraph;
  for (let i = 0; i < n; i++) g.addNode(`person:p${i}`, { kind: 'person', label: `Person Number ${i} Name`, aliases: [`P. N. ${i}`], mentions: 1, articles: [] });
  return g;
}

const SHAPES: Shape[] = [
  { name: "line of '@.' (e-mail rule)", n: 200_000, make: (n) => `${'@.'.repeat(n / 2)} x`, run: (s) => void removeBoilerplate(s as string) },
  { name: "lines with two '|' (table rule)", n: 20_000, make: (n) => `ASTANA | July 4 | ${PROSE}\n`.repeat(n / 10), run: (s) => void removeBoilerplate(s as string) },
  { name: "Markdown run of '!['", n: 1_000_000, make: (n) => '!['.repeat(n / 2), run: (s) => void parseFormat('.md', s as string) },
  { name: "Markdown run of '['", n: 1_000_000, make: (n) => '['.repeat(n), run: (s) => void parseFormat('.md', s as string) },
  { name: "Markdown run of '**'", n: 1_000_000, make: (n) => '**'.repeat(n / 2), run: (s) => void parseFormat('.md', s as string) },
  { name: 'Markdown blank lines', n: 1_000_000, make: (n) => '\n'.repeat(n) + '> x', run: (s) => void parseFormat('.md', s as string) },
  { name: 'HTML unclosed tags', n: 1_000_000, make: (n) => '<div>' + 'a <b '.repeat(n / 5), run: (s) => void htmlToText(s as string) },
  { name: 'HTML page of many paragraphs (Readability)', n: 200_000, make: (n) => `<html><head><title>T</title></head><body><article>${`<p>${PROSE}</p>`.repeat(Math.ceil(n / (PROSE.length + 7)))}</article></body></html>`, run: (s) => void readHtml(s as string) },
  { name: "HTML nested deep, quoted '>' (flat reader)", n: 400_000, make: (n) => '<div>'.repeat(500) + '<p title="a > b">x</p><head>y</head>'.repeat(n / 37), run: (s) => void readHtml(s as string) },
  { name: 'CSV file of short rows (parse)', n: 1_000_000, make: (n) => 'title,text\n' + 'Note,"Minister A met B in Astana, on Tuesday."\n'.repeat(n / 48), run: (s) => void parseFormat('.csv', s as string) },
  { name: 'text without spaces (extraction)', n: 2_000_000, make: (n) => 'x'.repeat(n), run: (s) => void extractArticle(article(s as string), knowledge) },
  { name: 'one huge article of prose (extraction)', n: 500_000, make: (n) => PROSE.repeat(Math.ceil(n / PROSE.length)).replace(/\n/g, ' '), run: (s) => void extractArticle(article(s as string), knowledge) },
  { name: "'the summit' again and again (summit stage)", n: 300_000, make: (n) => 'The summit opened. '.repeat(n / 19), run: (s) => void extractArticle(article(s as string), knowledge) },
  { name: 'did-you-mean: long unknown name, 20k nodes', n: 40_000, make: (n) => ({ g: graphOf(20_000), name: 'Person Numbr '.repeat(n / 13) }), run: (x) => void closestNames((x as { g: KnowledgeGraph }).g, (x as { name: string }).name) },
  { name: 'did-you-mean: short name, n nodes', n: 20_000, make: (n) => graphOf(n), run: (g) => void closestNames(g as KnowledgeGraph, 'Persn Number 7 Name') },
  {
    name: 'JSONL file of short articles (read)',
    n: 40_000,
    make: (n) => {
      const dir = mkdtempSync(join(tmpdir(), 'kg-bench-hostile-'));
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(JSON.stringify({ title: `Note ${i}`, text: `Minister number ${i} met a delegation in Astana.` }));
      writeFileSync(join(dir, 'a.jsonl'), lines.join('\n'));
      return dir;
    },
    run: (dir) => {
      const skipped: Skipped[] = [];
      readArticleFile(join(dir as string, 'a.jsonl'), dir as string, skipped);
    },
  },
];

/** Best of `reps` runs (ms): the least disturbed by the other processes on the machine. */
function time(run: () => void, reps: number): number {
  let best = Infinity;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function main(): number {
  const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, only: { type: 'string' } } });
  const scale = Number(values.scale);
  console.log(`hostile shapes, each at n and 2n (best of 3; linear: ratio about 2, allowed up to ${MAX_RATIO})`);
  console.log(`${'shape'.padEnd(46)} ${'n'.padStart(10)} ${'t(n) ms'.padStart(9)} ${'t(2n) ms'.padStart(9)} ratio`);
  let worst = 0;
  for (const shape of SHAPES) {
    if (values.only && !shape.name.includes(values.only)) continue;
    const n = Math.round(shape.n * scale);
    const small = shape.make(n);
    const large = shape.make(2 * n);
    shape.run(small); // warm up the code paths
    const t1 = time(() => shape.run(small), 3);
    const t2 = time(() => shape.run(large), 3);
    for (const x of [small, large]) if (typeof x === 'string' && x.startsWith(tmpdir())) rmSync(x, { recursive: true, force: true });
    const ratio = t2 / Math.max(t1, 0.01);
    worst = Math.max(worst, t1 > 5 ? ratio : 0); // under 5 ms the ratio is noise
    console.log(`${shape.name.padEnd(46)} ${String(n).padStart(10)} ${t1.toFixed(1).padStart(9)} ${t2.toFixed(1).padStart(9)} ${ratio.toFixed(2)}${t1 > 5 && ratio > MAX_RATIO ? '  SUPER-LINEAR' : ''}`);
  }
  console.log(worst > MAX_RATIO ? `FAIL: a shape grew faster than linear (worst ratio ${worst.toFixed(2)})` : `ok: worst ratio ${worst.toFixed(2)}`);
  return worst > MAX_RATIO ? 1 : 0;
}

process.exitCode = main();
