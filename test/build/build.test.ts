// The build end to end: deterministic whatever the file order, atomic output, clear errors with exit codes.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildFromDirectory } from '../../src/build/index.ts';
import { JOB_BYTES } from '../../src/build/pool.ts';
import { generateCorpus } from '../../src/bench/corpus.ts';
import { graphToJson } from '../../src/io/write-graph.ts';

const ARTICLES = 'data/articles';
const CLI = ['--import', 'tsx', 'src/cli/main.ts'];
const kg = (...args: string[]) => spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8' });

describe('build', () => {
  it('gives a byte-identical graph whatever order the files are listed or created in', async () => {
    const a = graphToJson((await buildFromDirectory(ARTICLES)).graph);
    // same articles, created in reverse order under other folder names that sort differently
    const dir = mkdtempSync(join(tmpdir(), 'kg-order-'));
    for (const f of readdirSync(ARTICLES).reverse()) cpSync(join(ARTICLES, f), join(dir, f));
    const b = graphToJson((await buildFromDirectory(dir)).graph);
    expect(b).toBe(a);
  });

  it('writes graphology JSON with the contract attributes and evidence', async () => {
    const { graph, report } = await buildFromDirectory(ARTICLES);
    expect(report.articlesRead).toBe(5);
    const json = JSON.parse(graphToJson(graph));
    const wang = json.nodes.find((n: { attributes: { label: string } }) => n.attributes.label === 'Wang Yi');
    expect(wang.attributes).toMatchObject({ kind: 'person', aliases: expect.arrayContaining(['Wang', 'Wang Yi']) });
    const met = json.edges.find((e: { attributes: { relation: string }; source: string; target: string }) => e.attributes.relation === 'met' && e.source === 'person:sergei-aleinik');
    expect(met.target).toBe('person:wang-yi');
    expect(met.attributes.evidence[0].sentence).toMatch(/^During a meeting with Sergei Aleinik/);
    const ev = met.attributes.evidence[0];
    const text = graph.getAttribute('articles')[ev.article];
    expect(text.title).toBeTruthy();
    expect(typeof wang.attributes.x).toBe('number');
  });

  it('CLI: builds, prints a summary, and never leaves a half-written file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-out-')), 'g.json');
    const r = kg('build', ARTICLES, '--out', out, '--quiet');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/read 5 article\(s\), skipped 0/);
    expect(r.stdout).toMatch(/relations: \d+ \(.*met 3/);
    expect(JSON.parse(readFileSync(out, 'utf8')).nodes.length).toBeGreaterThan(50);
    expect(readdirSync(join(out, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('CLI: a missing folder exits 3, a bad argument 2, each with a message naming it, and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kg-bad-')), 'g.json');
    const missing = kg('build', '/no/such/dir', '--out', out);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain('/no/such/dir');
    expect(existsSync(out)).toBe(false);
    const bad = kg('build', ARTICLES, '--workers', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--workers/);
    expect(bad.stderr).toMatch(/usage:/);
  });

  it('CLI: skipped files are named in a warning and the rest is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-skip-'));
    cpSync(join(ARTICLES, readdirSync(ARTICLES)[0]), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3]));
    const out = join(dir, 'out', 'g.json');
    const r = kg('build', dir, '--out', out, '--quiet');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/warning: skipped broken\.txt: binary/);
    expect(existsSync(out)).toBe(true);
  });

  it('a 3 MB single-line article finishes (no regex backtracking) and is not lost', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-long-'));
    const sentence = 'Kyrgyz President Sadyr Japarov met Uzbek President Shavkat Mirziyoyev in Bishkek, ';
    writeFileSync(join(dir, 'long.txt'), 'Long line\n' + sentence.repeat(Math.ceil(3e6 / sentence.length)));
    const { graph } = await buildFromDirectory(dir, { layout: false, workers: 1 });
    expect(graph.hasEdge('met:person:sadyr-japarov->person:shavkat-mirziyoyev')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('worker threads (reading the files themselves, in several jobs) and the main thread give the same graph and warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-workers-'));
    const corpus = join(dir, 'corpus');
    generateCorpus({ dir: corpus, targetBytes: 3.5 * JOB_BYTES }); // several jobs, so both threads get some
    writeFileSync(join(corpus, 'zz-broken.txt'), Buffer.from([0, 1, 2, 3]));
    const one = spawnSync(process.execPath, [...CLI, 'build', corpus, '--out', join(dir, 'one.json'), '--workers', '1', '--quiet'], { encoding: 'utf8' });
    const two = spawnSync(process.execPath, [...CLI, 'build', corpus, '--out', join(dir, 'two.json'), '--workers', '2', '--quiet'], { encoding: 'utf8' });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stderr).toMatch(/warning: skipped zz-broken\.txt: binary/);
    expect(two.stderr).toBe(one.stderr);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(readFileSync(join(dir, 'one.json'), 'utf8'));
    rmSync(dir, { recursive: true, force: true });
  });
});
