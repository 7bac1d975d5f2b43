// Hostile graphs and output targets: keys and attribute types validated on load, CSV cells neutralised, ids kept
// distinct, terminal text escaped, files written through links with their mode, build:web never emptying a folder
// it did not write.
import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { loadGraph } from '../../src/io/load-graph.ts';
import { writeFileAtomic } from '../../src/io/atomic-write.ts';
import { printable } from '../../src/io/printable.ts';
import { writeNeo4jCsv } from '../../src/export/neo4j-csv.ts';
import { writeGexf } from '../../src/export/gexf.ts';
import { formatTable } from '../../src/export/text-table.ts';
import { closestNames } from '../../src/query/find-entity.ts';
import { assemble } from '../../src/graph/assemble.ts';
import type { ArticleExtraction } from '../../src/extract/pipeline.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { checkOutDir, SITE_MARKER } from '../../src/cli/build-web.ts';
import { miniGraph } from '../query/fixture.ts';
import { folder } from './helpers.ts';

const exec = promisify(execFile);
const READ_CSV_PY = fileURLToPath(new URL('../export/read_csv.py', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const node = (key: string, attributes: Record<string, unknown> = {}) => ({ key, attributes: { kind: 'person', label: key, ...attributes } });

describe('loading a hostile graph file', () => {
  it.each([
    ['a node key __proto__', { nodes: [node('__proto__')] }, /node key "__proto__" is not allowed/],
    ['a node key constructor', { nodes: [node('constructor')] }, /node key "constructor" is not allowed/],
    ['a node key toString (graphology would read Object.prototype.toString as an edge)', { nodes: [node('toString'), node('b')], edges: [{ source: 'b', target: 'toString', attributes: { relation: 'met' } }] }, /node key "toString" is not allowed/],
    ['an edge key prototype', { nodes: [node('a'), node('b')], edges: [{ key: 'prototype', source: 'a', target: 'b', attributes: { relation: 'met' } }] }, /key that is not allowed/],
    ['a node attribute __proto__', { nodes: [{ key: 'a', attributes: JSON.parse('{"kind":"person","__proto__":{"polluted":1}}') }] }, /invalid attribute "__proto__"/],
    ['a non-string scoStatus', { nodes: [node('country:x', { kind: 'country', scoStatus: 7 })] }, /invalid attribute "scoStatus"/],
    ['an object acronym', { nodes: [node('organisation:x', { kind: 'organisation', acronym: { a: 1 } })] }, /invalid attribute "acronym"/],
    ['aliases that are not strings', { nodes: [node('a', { aliases: [{}] })] }, /invalid attribute "aliases"/],
    ['evidence without sentences', { nodes: [node('a'), node('b')], edges: [{ source: 'a', target: 'b', attributes: { relation: 'met', evidence: [{ article: 'x' }] } }] }, /invalid attribute "evidence"/],
  ])('refuses %s with one line naming it', (_what, data, message) => {
    expect(() => loadGraph(JSON.stringify(data))).toThrow(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });

  it('keeps an article named __proto__ in the graph attributes', () => {
    const g = loadGraph(JSON.stringify({ attributes: { articles: JSON.parse('{"__proto__":{"id":"__proto__","file":"__proto__.txt","title":"T"}}') }, nodes: [node('a')] }));
    expect(g.getAttribute('articles')['__proto__']).toMatchObject({ title: 'T' });
  });

  it.each([
    ['/dev/zero', /not a regular file/],
    ['/tmp', /it is a folder/],
  ])('refuses %s at once', (path, message) => {
    expect(() => loadGraph(path)).toThrow(message);
  });
});

describe('Neo4j CSV of hostile text', () => {
  it('neutralises cells a spreadsheet would run as formulas, and Neo4j still reads them', async () => {
    const g = miniGraph();
    const cells = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\ry'];
    g.forEachNode((key, a) => void g.setNodeAttribute(key, 'label', cells[a.mentions % cells.length]));
    const first = [...g.nodes()].sort()[0];
    g.setNodeAttribute(first, 'aliases', ['=cmd|/C calc', 'ok']);
    const dir = folder({});
    for (const [name, content] of Object.entries(writeNeo4jCsv(g))) writeFileSync(join(dir, name), content);
    const { stdout } = await exec('/usr/bin/python3', [READ_CSV_PY, join(dir, 'nodes.csv'), join(dir, 'relationships.csv')]);
    const rows: string[][] = JSON.parse(stdout)[join(dir, 'nodes.csv')];
    for (const row of [...rows.slice(1), ...JSON.parse(stdout)[join(dir, 'relationships.csv')].slice(1)]) {
      for (const cell of row) if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell)) expect(cell).not.toMatch(/^[=+\-@\t\r]/); // a number is a number
    }
    const labels = rows.slice(1).map((r) => r[rows[0].indexOf('label')]);
    expect(labels.every((l) => l.startsWith("'") && cells.map((c) => c.replace(/[\t\r]/g, ' ')).includes(l.slice(1)))).toBe(true);
    expect(rows.find((r) => r[0] === first)![rows[0].indexOf('aliases:string[]')]).toBe("'=cmd¦/C calc|ok");
  });

  it('keys differing only in a control character get distinct ids in CSV and GEXF', () => {
    const g = new Graph({ type: 'directed', multi: true }) as unknown as KnowledgeGraph;
    g.replaceAttributes({ name: 'g', articles: {} });
    for (const key of ['person:a\u0001', 'person:a\u0002', 'person:a ', 'person:a\uFFFD', 'person:a\\u0001']) g.addNode(key, { kind: 'person', label: 'A', aliases: [], mentions: 1, articles: [] });
    g.addEdgeWithKey('met:1\u0001', 'person:a\u0001', 'person:a\u0002', { relation: 'met', weight: 1, evidence: [] });
    g.addEdgeWithKey('met:1\u0002', 'person:a\u0002', 'person:a\u0001', { relation: 'met', weight: 1, evidence: [] });
    const ids = writeNeo4jCsv(g)['nodes.csv'].split('\n').slice(1, -1).map((l) => l.split(',')[0]);
    expect(new Set(ids).size).toBe(5);
    const gexf = writeGexf(g);
    const nodeIds = [...gexf.matchAll(/<node id="([^"]*)"/g)].map((m) => m[1]);
    const edgeIds = [...gexf.matchAll(/<edge id="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(nodeIds).size).toBe(5);
    expect(new Set(edgeIds).size).toBe(2);
    expect(gexf).toContain('source="person:a\\u0001" target="person:a\\u0002"');
  });
});

describe('GEXF of out-of-range positions', () => {
  it('leaves out a position beyond xs:float instead of writing Infinity', () => {
    const g = miniGraph();
    const [first, second] = [...g.nodes()].sort();
    g.setNodeAttribute(first, 'x', 1e300);
    g.setNodeAttribute(first, 'y', 0);
    g.setNodeAttribute(second, 'x', 12.5);
    g.setNodeAttribute(second, 'y', -3);
    const gexf = writeGexf(g);
    expect(gexf).not.toContain('Infinity');
    expect(gexf.match(/<viz:position /g)).toHaveLength(1);
  });
});

describe('terminal output', () => {
  it.each([
    ['a\u001b[31mred', 'a\\e[31mred'],
    ['two\nlines\r', 'two\\nlines\\r'],
    ['\u202eevil', '\\u202eevil'],
    ['Тошкент — “ok”', 'Тошкент — “ok”'],
  ])('printable(%j) = %j', (text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('tables escape control characters in cells and details', () => {
    expect(formatTable(['A'], [{ cells: ['x\u001b]0;title\u0007'], details: ['y\nz'] }])).toBe('A\nx\\e]0;title\\u0007\n    y\\nz');
  });

  it('kg build --json lists every skipped and altered file with the reason', async () => {
    const dir = folder({
      'good.txt': 'Headline\nPresident Arman Tolegen met Prime Minister Dilnoza Karimova in Astana on Tuesday.',
      'empty.txt': '',
      'latin.txt': Buffer.from('Caf\xe9 talks\nPresident Arman Tolegen met Prime Minister Dilnoza Karimova in Astana.', 'latin1'),
      'list.json': '[]',
    });
    const out = join(folder({}), 'g.json');
    const { stdout, stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', dir, '--out', out, '--no-layout', '--json'], { cwd: ROOT });
    const summary = JSON.parse(stdout);
    expect(summary).toMatchObject({
      articles: 2,
      skipped: [{ file: 'empty.txt', reason: 'empty file' }, { file: 'list.json', reason: 'an empty JSON array: no article' }],
      altered: [{ file: 'latin.txt', reason: 'not UTF-8: read as Latin-1' }],
    });
    // stdout is the JSON alone; the warnings stay on stderr
    expect(stderr).toBe('warning: skipped empty.txt: empty file\nwarning: skipped list.json: an empty JSON array: no article\nwarning: read latin.txt with a change: not UTF-8: read as Latin-1\n');
  });

  it('a build names a hostile file name escaped, once per line', async () => {
    const dir = folder({ 'good.txt': 'Headline\nPresident Arman Tolegen met Prime Minister Dilnoza Karimova in Astana on Tuesday.', 'bad\u001b[2Jname\n.txt': '' });
    const out = join(folder({}), 'g.json');
    const { stderr } = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', dir, '--out', out, '--no-layout', '--quiet'], { cwd: ROOT });
    expect(stderr).toBe('warning: skipped bad\\e[2Jname\\n.txt: empty file\n');
  });
});

describe('did-you-mean on a hostile name', () => {
  it('offers nothing for a name longer than any entity, and still offers close names', () => {
    const g = miniGraph();
    expect(closestNames(g, 'x'.repeat(100_000))).toEqual([]);
    expect(closestNames(g, 'Wang Yii')).toContain('Wang Yi');
  });
});

describe('member_of status', () => {
  const ext = (id: string, date: string | undefined, status: 'member' | 'observer'): ArticleExtraction => ({
    article: { id, file: `${id}.txt`, title: id, ...(date ? { date } : {}) },
    entities: [
      { key: 'country:iran', kind: 'country', label: 'Iran', canonical: true, aliases: ['Iran'], mentions: 1, attrs: {} },
      { key: 'organisation:sco', kind: 'organisation', label: 'SCO', canonical: true, aliases: ['SCO'], mentions: 1, attrs: {} },
    ],
    relations: [{ relation: 'member_of', source: 'country:iran', target: 'organisation:sco', status, evidence: { article: id, sentence: `${status} sentence`, start: 0, end: 5 } }],
  });
  const status = (exts: ArticleExtraction[]) => assemble(exts).getEdgeAttribute('member_of:country:iran->organisation:sco', 'status');

  it.each([
    ['the later-dated article wins over the later file name', [ext('a-new', '2023-07-04', 'member'), ext('z-old', '2017-06-09', 'observer')], 'member'],
    ['renaming the files changes nothing', [ext('z-new', '2023-07-04', 'member'), ext('a-old', '2017-06-09', 'observer')], 'member'],
    ['a dated article wins over an undated one', [ext('a', '2017-06-09', 'observer'), ext('z', undefined, 'member')], 'observer'],
    ['on the same date the file name breaks the tie', [ext('a', '2020-01-01', 'observer'), ext('b', '2020-01-01', 'member')], 'member'],
  ])('%s', (_what, exts, expected) => {
    expect(status(exts)).toBe(expected);
  });
});

describe('writing output files', () => {
  it('writes through a symbolic link, keeping the link and the mode', () => {
    const dir = folder({ 'target.json': 'old' });
    chmodSync(join(dir, 'target.json'), 0o600);
    symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'));
    writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe(join(dir, 'target.json'));
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('new');
    expect(statSync(join(dir, 'target.json')).mode & 0o777).toBe(0o600);
  });

  it('refuses a folder as the file to write', () => {
    const dir = folder({ 'sub/x.txt': 'x' });
    expect(() => writeFileAtomic(join(dir, 'sub'), 'new')).toThrow(/sub is a folder; name a file to write/);
  });

  it('removes temporary files of killed writers, not those of running ones', () => {
    const dir = folder({ 'g.json': 'old', [`.g.json.${2 ** 22 + 7}.1700000000000.tmp`]: 'dead', [`.g.json.${process.ppid}.1700000000000.tmp`]: 'alive', '.other.1.2.tmp': 'x' });
    writeFileAtomic(join(dir, 'g.json'), 'new');
    expect(readdirSync(dir).sort()).toEqual([`.g.json.${process.ppid}.1700000000000.tmp`, '.other.1.2.tmp', 'g.json']);
  });

  it('kg build --out naming a folder whose graph.json is a folder says so, without a stack trace', async () => {
    const articles = folder({ 'a.txt': 'Headline\nPresident Arman Tolegen met Prime Minister Dilnoza Karimova in Astana on Tuesday.' });
    const out = folder({});
    mkdirSync(join(out, 'graph.json'));
    const r = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', articles, '--out', out, '--no-layout', '--quiet'], { cwd: ROOT }).catch((e) => e);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`sco-kg: ${join(out, 'graph.json')} is a folder; name a file to write\n`);
  });
});

describe('npm start staleness check', () => {
  it('reads the newest time past a dangling link and an unreadable entry instead of crashing', async () => {
    const { newestMtime } = await import('../../src/cli/start.ts');
    const dir = folder({ 'a.txt': 'x', 'sub/b.txt': 'y' });
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'dangling.txt'));
    expect(newestMtime(dir)).toBeGreaterThan(0);
    expect(newestMtime(join(dir, 'missing'))).toBe(0);
  });
});

describe('build:web output folder', () => {
  it('accepts a missing, an empty or a marked folder', () => {
    const base = folder({ [`marked/${SITE_MARKER}`]: '', 'marked/index.html': '' });
    mkdirSync(join(base, 'empty'));
    for (const d of ['missing', 'empty', 'marked']) expect(() => checkOutDir(join(base, d), {})).not.toThrow();
  });

  it.each([
    ['a folder with files it did not write', (b: string) => ({ out: join(b, 'mine'), inputs: {} }), /is not empty and was not written by build:web/],
    ['the working folder', () => ({ out: process.cwd(), inputs: {} }), /holds the working folder/],
    ['a parent of the project', () => ({ out: join(ROOT, '..'), inputs: {} }), /holds the working folder|holds the project/],
    ['a folder holding the articles', (b: string) => ({ out: b, inputs: { articles: join(b, 'marked/articles') } }), /holds the articles folder/],
    ['a marked folder holding the input graph under another name', (b: string) => ({ out: join(b, 'marked'), inputs: { graph: join(b, 'marked/mine.json') } }), /holds the graph .* it would be deleted/],
  ])('refuses %s', (_what, make, message) => {
    const base = folder({ 'mine/notes.txt': 'keep me', [`marked/${SITE_MARKER}`]: '' });
    const { out, inputs } = make(base);
    expect(() => checkOutDir(out, inputs)).toThrow(message);
    expect(existsSync(join(base, 'mine/notes.txt'))).toBe(true);
  });

  it.each([['src/cli/build-web.ts'], ['src/cli/start.ts']])('%s refuses /dev/zero as the graph at once', async (script) => {
    const r = await exec(process.execPath, ['--import', 'tsx', script, '--graph', '/dev/zero', ...(script.includes('web') ? ['--out-dir', join(folder({}), 'site')] : [])], { cwd: ROOT, timeout: 60_000 }).catch((e) => e);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('sco-kg: /dev/zero is not a regular file\n');
  });

  it('npm run build:web refuses a folder of other files and leaves it as it was', async () => {
    const dir = folder({ 'notes.txt': 'keep me' });
    const r = await exec(process.execPath, ['--import', 'tsx', 'src/cli/build-web.ts', '--out-dir', dir, '--no-graph'], { cwd: ROOT }).catch((e) => e);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/is not empty and was not written by build:web/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });
});
