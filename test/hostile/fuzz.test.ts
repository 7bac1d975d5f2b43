// Property-based and adversarial suite: random articles mixing invented prose with hostile lines (the shapes a probe
// found: '|' rows, 'A.'/'Q:' lines, '@.' and '![' runs, text without spaces, control characters, markup, formula
// cells, object-prototype names) go through the build, every export and every query; random hostile graph files go
// through loading, every export and every query. Invariants: no exception but a KgError, every prose sentence of a
// file that was read reaches extraction, every GEXF is well-formed and schema-valid (xmllint), every CSV parses
// strictly (Python's csv) with rows as wide as the header and no formula cell. Time is not measured here:
// `npm run bench:hostile` checks that the hostile shapes cost linear time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildFromDirectory } from '../../src/build/index.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { KgError } from '../../src/errors.ts';
import { loadGraph } from '../../src/io/load-graph.ts';
import { EXPORTERS } from '../../src/export/index.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { closestNames, egoNetwork, findEntity, meetings, neighbours, shortestPath, summit } from '../../src/query/index.ts';
import { folder } from './helpers.ts';

const exec = promisify(execFile);
const READ_CSV_PY = fileURLToPath(new URL('../export/read_csv.py', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const XSD = join(ROOT, 'data/gexf-schema/1.3/gexf.xsd');

// ---- invented prose: sentences the extractor reads, none taken from any article ----
const first = fc.constantFrom('Arman', 'Dilnoza', 'Rustam', 'Farida', 'Timur', 'Aigerim', 'Bakhtiyor', 'Zarina');
const last = fc.constantFrom('Tolegen', 'Karimova', 'Safarov', 'Nurlanova', 'Abdullaev', 'Seitkali', 'Rahimov');
const title = fc.constantFrom('President', 'Prime Minister', 'Foreign Minister', 'Defence Minister');
const city = fc.constantFrom('Astana', 'Bishkek', 'Tashkent', 'Dushanbe', 'Beijing', 'Moscow', 'New Delhi', 'Islamabad');
const day = fc.constantFrom('Monday', 'Tuesday', 'Wednesday', 'Thursday');
const prose = fc.oneof(
  fc.tuple(title, first, last, title, first, last, city, day).map(([t1, f1, l1, t2, f2, l2, c, d]) => `${t1} ${f1} ${l1} met ${t2} ${f2} ${l2} in ${c} on ${d} to discuss transit and energy.`),
  fc.tuple(title, first, last, city).map(([t, f, l, c]) => `${t} ${f} ${l} attended the summit of the Shanghai Cooperation Organisation in ${c} and spoke about security.`),
  fc.tuple(city, day).map(([c, d]) => `The foreign ministers of the member states gathered in ${c} on ${d} to prepare the documents of the next summit.`),
);

// ---- hostile lines: each a shape that once deleted prose, hung a pattern or broke an output ----
const filler = (s: string, max: number) => fc.integer({ min: 1, max }).map((n) => s.repeat(n));
const hostile = fc.oneof(
  prose.map((p) => `ASTANA | July 4, 2024 | ${p} ${p}`),
  prose.map((p) => `A. ${p} ${p}`),
  prose.map((p) => `Q: ${p} ${p}`),
  filler('@.', 400),
  filler('![', 400),
  filler('[', 400),
  filler('**', 300),
  filler('x', 3000), // a token without spaces
  fc.constantFrom('=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1:A9)', '\u001b[2J\u001b[31mred', '\u202eevil', 'a\u0000b', '\ufeff\ufffe'),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '</title><h1>x', '&#0; &#x110000; &bogus;', '__proto__ constructor prototype'),
  fc.constantFrom('12-01 | 99887766 | Pending |', 'Comments (3)', 'Related Articles', 'Follow us on Telegram', '© 2024 Media. All rights reserved.'),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);

type Line = { text: string; prose: boolean };
const line: fc.Arbitrary<Line> = fc.oneof({ weight: 2, arbitrary: prose.map((text) => ({ text, prose: true })) }, { weight: 3, arbitrary: hostile.map((text) => ({ text, prose: false })) });

const stem = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '=cmd', '-rf', '@x', 'a b', 'Тошкент', 'x\u001b[2Jy', 'new\nline', 'a#1'),
  fc.stringMatching(/^[a-z0-9_-]{1,12}$/),
);
const ext = fc.constantFrom('.txt', '.md', '.html', '.json', '.jsonl', '.csv', '.warc');
const article = fc.record({ stem, ext, title: prose, lines: fc.array(line, { minLength: 1, maxLength: 8 }) });

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The file's content in its format; every line stays a line of the article's text. */
function render(a: { ext: string; title: string; lines: Line[] }): string {
  const text = a.lines.map((l) => l.text).join('\n');
  switch (a.ext) {
    case '.html':
      return `<html><head><title>${escapeHtml(a.title)}</title></head><body>${a.lines.map((l) => `<p>${escapeHtml(l.text)}</p>`).join('\n')}</body></html>`;
    case '.json':
      return JSON.stringify({ title: a.title, text });
    case '.jsonl':
      return `${JSON.stringify({ title: a.title, text })}\n${JSON.stringify({ text: a.lines.map((l) => l.text).reverse().join('\n') })}\n`;
    case '.csv': {
      // a column named like an Object member, and every cell quoted: line breaks, commas and quotes inside
      const q = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
      return `title,text,__proto__\n${q(a.title)},${q(text)},x\n`;
    }
    case '.warc': {
      const body = `${a.title}\n${text}`;
      return `WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://a.example/x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}\r\n\r\n`;
    }
    default:
      return `${a.title}\n${text}`;
  }
}

/** Every query and export over a graph; only KgErrors (a name not found, ambiguous, no path) may come out. */
function exercise(graph: KnowledgeGraph, names: string[], gexfs: string[], csvDirs: string[]): void {
  const quiet = (f: () => unknown) => {
    try {
      f();
    } catch (err) {
      if (!(err instanceof KgError)) throw err;
    }
  };
  const keys = [...graph.nodes()].slice(0, 6);
  for (const name of [...names, ...keys, ...keys.map((k) => String(graph.getNodeAttribute(k, 'label')))]) {
    quiet(() => findEntity(graph, name));
    quiet(() => closestNames(graph, name));
    quiet(() => neighbours(graph, name, { depth: 2 }));
    quiet(() => meetings(graph, name));
    quiet(() => summit(graph, name));
    quiet(() => egoNetwork(graph, name, 1));
  }
  if (keys.length >= 2) quiet(() => shortestPath(graph, keys[0], keys[keys.length - 1]));
  for (const exporter of EXPORTERS) {
    const files = exporter.write(graph, { vizNamespace: 'core' }); // the viz elements in the core namespace: what the XSD validates
    if (exporter.name === 'gexf') gexfs.push(files['graph.gexf']);
    if (exporter.name === 'csv') {
      const dir = folder({}, 'kg-fuzz-csv-');
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
      csvDirs.push(dir);
    }
    if (exporter.name === 'json') {
      const again = loadGraph(files['graph.json']);
      expect(exporter.write(again)['graph.json']).toBe(files['graph.json']);
      expect(again.order).toBe(graph.order);
      expect(Object.keys(again.getAttribute('articles') ?? {}).sort()).toEqual(Object.keys(graph.getAttribute('articles') ?? {}).sort());
    }
  }
}

/** xmllint (well-formed, GEXF 1.3 schema) over all GEXF files, Python's strict csv reader over all CSV files. */
async function checkOutputs(gexfs: string[], csvDirs: string[]): Promise<void> {
  const dir = folder({}, 'kg-fuzz-gexf-');
  const files = gexfs.map((g, i) => join(dir, `${i}.gexf`));
  gexfs.forEach((g, i) => writeFileSync(files[i], g));
  if (files.length) await exec('xmllint', ['--noout', '--schema', XSD, ...files], { maxBuffer: 64 << 20 });
  const csvFiles = csvDirs.flatMap((d) => [join(d, 'nodes.csv'), join(d, 'relationships.csv')]);
  if (!csvFiles.length) return;
  const { stdout } = await exec('/usr/bin/python3', [READ_CSV_PY, ...csvFiles], { maxBuffer: 256 << 20 });
  for (const rows of Object.values(JSON.parse(stdout)) as string[][][]) {
    for (const row of rows.slice(1)) {
      expect(row.length).toBe(rows[0].length);
      for (const cell of row) if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/); // a number is a number
    }
  }
}

describe('hostile articles through build, exports and queries', () => {
  it('never throws but KgError, keeps every prose sentence of the files it reads, writes valid outputs', async () => {
    const gexfs: string[] = [];
    const csvDirs: string[] = [];
    let builds = 0;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(article, { minLength: 1, maxLength: 4, selector: (a) => a.stem + a.ext }), async (arts) => {
        const dir = folder(Object.fromEntries(arts.map((a) => [`${a.stem.replace(/\//g, '_')}${a.ext}`, render(a)])), 'kg-fuzz-');
        // every prose sentence of a file read reaches the text given to extraction
        let read: ReturnType<typeof readArticles> | undefined;
        try {
          read = readArticles(dir);
        } catch (err) {
          expect(err).toBeInstanceOf(KgError);
        }
        if (read) {
          const skipped = new Set(read.skipped.filter((s) => !s.altered).map((s) => s.file));
          for (const a of arts) {
            const file = `${a.stem.replace(/\//g, '_')}${a.ext}`;
            if (skipped.has(file)) continue;
            const text = read.articles.filter((x) => x.file === file).map((x) => x.text).join('\n');
            for (const l of a.lines) if (l.prose) expect(text, `${file}: ${l.text}`).toContain(l.text);
          }
        }
        let built: Awaited<ReturnType<typeof buildFromDirectory>> | undefined;
        try {
          built = await buildFromDirectory(dir, { workers: 1, layout: arts.length % 2 === 0 });
        } catch (err) {
          expect(err).toBeInstanceOf(KgError);
          return;
        }
        const names = arts.flatMap((a) => a.lines.slice(0, 2).map((l) => l.text));
        exercise(built.graph, names, gexfs, csvDirs);
        builds++;
      }),
      { numRuns: 40 },
    );
    expect(builds).toBeGreaterThan(20); // most random folders hold an article: the checks above ran on real graphs
    await checkOutputs(gexfs, csvDirs);
  }, 240_000);
});

// ---- hostile graph files ----
const key = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype') },
  { weight: 6, arbitrary: fc.oneof(fc.constantFrom('toString', 'hasOwnProperty', 'a\u0001', 'a\u0002', 'a ', '=1+1', '', 'x'.repeat(300)), fc.string({ maxLength: 12 }), fc.stringMatching(/^(person|country|summit):[a-z]{1,6}$/)) },
);
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '__proto__', '\u001b[31m', '=cmd', '-1', '@x', 'a\u0000b', '\u202e'));
/** Attributes of the contract's names with values of the right type but hostile content, and extra attributes of any JSON. */
const typed = fc.record(
  { label: text, aliases: fc.array(text, { maxLength: 3 }), scoStatus: text, acronym: text, mentions: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), year: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })), roles: fc.array(text, { maxLength: 2 }), x: fc.double({ noNaN: true, noDefaultInfinity: true }), y: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { requiredKeys: [] },
);
const extra = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), text);
const wild = fc.dictionary(fc.oneof(fc.constantFrom('label', 'aliases', 'kind', 'scoStatus', 'acronym', 'mentions', 'x', 'y', 'articles', 'year', 'roles', '__proto__', 'constructor'), fc.string({ maxLength: 6 })), value, { maxKeys: 5 });
const attrs = fc.oneof({ weight: 5, arbitrary: fc.tuple(extra, typed).map(([e, t]) => ({ ...e, ...t })) }, { weight: 1, arbitrary: wild });
const kind = fc.constantFrom('person', 'country', 'organisation', 'summit', 'initiative', 'place');
const relation = fc.constantFrom('met', 'attended', 'hosted', 'member_of', 'co_mentioned', 'weird');
const graphFile = fc
  .uniqueArray(fc.record({ key, kind, attributes: attrs }), { minLength: 1, maxLength: 8, selector: (n) => n.key })
  .chain((nodes) =>
    fc.record({
      nodes: fc.constant(nodes.map((n) => ({ key: n.key, attributes: { ...n.attributes, kind: n.kind } }))),
      edges: fc.array(
        fc.record({ source: fc.constantFrom(...nodes.map((n) => n.key)), target: fc.constantFrom(...nodes.map((n) => n.key)), relation, attributes: attrs, evidence: fc.array(fc.record({ article: fc.string(), sentence: fc.string() }), { maxLength: 2 }) }),
        { maxLength: 10 },
      ),
      articles: fc.dictionary(key, fc.record({ id: fc.string(), file: fc.string(), title: fc.string(), date: fc.string() }), { maxKeys: 3 }),
    }),
  );

describe('hostile graph files through loading, exports and queries', () => {
  it('loads or refuses with a KgError, never pollutes Object.prototype, and every query and export then works', async () => {
    const gexfs: string[] = [];
    const csvDirs: string[] = [];
    let loaded = 0;
    fc.assert(
      fc.property(graphFile, fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), (g, names) => {
        // JSON text, as a file holds it: "__proto__" is then an own key, as in a hostile file
        const text = JSON.stringify({
          attributes: { name: 'g', articles: g.articles },
          nodes: g.nodes,
          edges: g.edges.filter((e) => e.source !== e.target).map((e, i) => ({ key: `${e.relation}:${i}`, source: e.source, target: e.target, attributes: { ...e.attributes, relation: e.relation, evidence: e.evidence } })),
        }).replace(/"__proto_x_"/g, '"__proto__"');
        let graph: KnowledgeGraph;
        try {
          graph = loadGraph(text);
        } catch (err) {
          expect(err).toBeInstanceOf(KgError);
          return;
        }
        exercise(graph, names, gexfs, csvDirs);
        expect(Object.keys(Object.prototype)).toEqual([]);
        loaded++;
      }),
      { numRuns: 150 },
    );
    expect(loaded).toBeGreaterThan(15); // enough hostile graphs were loaded for the queries and exports to meet them
    await checkOutputs(gexfs, csvDirs);
  }, 240_000);
});

describe('the command line on hostile input', () => {
  const run = (args: string[]) =>
    exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, maxBuffer: 64 << 20 }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e) => ({ code: e.code as number, stderr: e.stderr as string }),
    );

  it('builds, exports and answers queries with one clear line per problem and never a stack trace', async () => {
    const dir = folder({
      'a.txt': 'Talks in Astana\nASTANA | July 4, 2024 | President Arman Tolegen met Prime Minister Dilnoza Karimova in Astana on Tuesday to discuss transit and energy and the next summit of the organisation.',
      '__proto__.md': `# x\n\n${'!['.repeat(5000)}\n${'@.'.repeat(3000)}`,
      'b\u001b[31m.json': '[]',
      'c.jsonl': '{"text": 1}\nnot json\n',
      'd.html': '<p title="a > b">President Timur Rahimov met Foreign Minister Zarina Seitkali.</p>',
      'e.txt': Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]),
      'f.txt': Buffer.from([0, 1, 2, 3]),
    });
    const out = join(folder({}), 'g.json');
    const runs = [
      await run(['build', dir, '--out', out, '--no-layout']),
      await run(['export', out, '--format', 'csv', '--out', join(folder({}), 'csv')]),
      await run(['export', out, '--format', 'gexf', '--out', join(folder({}), 'g.gexf')]),
      await run(['neighbours', out, 'x'.repeat(50_000)]),
      await run(['neighbours', out, '__proto__']),
      await run(['path', out, 'Arman Tolegen', '\u001b[2J']),
      await run(['meetings', out, 'constructor']),
      await run(['summit', out, 'prototype']),
      await run(['export', '/dev/zero', '--format', 'json', '--out', join(folder({}), 'z.json')]),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 3]);
    for (const r of runs) {
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toContain('\u001b');
    }
  }, 120_000);
});
