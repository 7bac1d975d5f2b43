// The package as a user gets it: `npm pack` (which compiles src/ into lib/), the tarball installed into an empty
// project from the npm cache, then the `sco-kg` command and the library used there on plain node, with no
// TypeScript loader and no file of this repository in reach.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JOB_BYTES } from '../../src/build/pool.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLES = join(ROOT, 'data/articles');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

// npm passes its own settings to scripts as npm_* variables; the nested npm must not inherit those of `npm test`
// (npm_config_cache and the registry stay, so the cache `npm ci` filled is the one read).
const KEEP = new Set(['npm_config_cache', 'npm_config_registry', 'npm_config_userconfig']);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_') || KEEP.has(k.toLowerCase())));

let work: string;
let project: string;

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { cwd: project, env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, ...options });
  return { status: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

function ok(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = run(cmd, args, options);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}:\n${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kg-package-'));
  project = join(work, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const packed = JSON.parse(ok(NPM, ['pack', '--json', '--pack-destination', work], { cwd: ROOT })) as { filename: string; files: { path: string }[] }[];
  const tarball = join(work, packed[0].filename);
  ok(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', tarball]);
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('holds compiled JavaScript with declarations and the gazetteer, and no TypeScript source', () => {
    const pkg = join(project, 'node_modules/sco-kg');
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)).map((f) => `${e.name}/${f}`) : [e.name]));
    const all = files(pkg).filter((f) => !f.startsWith('node_modules/'));
    expect(all).toContain('lib/index.js');
    expect(all).toContain('lib/index.d.ts');
    expect(all).toContain('lib/cli/main.js');
    expect(all).toContain('lib/build/worker.js');
    expect(all).toContain('data/gazetteer/countries.json');
    expect(all.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(readFileSync(join(pkg, 'lib/cli/main.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('npx sco-kg build and neighbours --json run from the installed package, on worker threads too', () => {
    // copies of the seed articles, enough for two extraction jobs, so that --workers 2 starts a worker thread
    const size = readdirSync(ARTICLES).reduce((n, f) => n + statSync(join(ARTICLES, f)).size, 0);
    const copies = Math.ceil((JOB_BYTES * 1.5) / size);
    for (let i = 0; i < copies; i++) cpSync(ARTICLES, join(project, 'articles', `copy-${i}`), { recursive: true });
    const built = run(NPX, ['--no-install', 'sco-kg', 'build', 'articles', '--out', 'graph.json', '--workers', '2', '--no-layout']);
    // (progress lines on stderr, one per tenth of the files when it is no terminal)
    expect(built.stderr.replace(/^extracting: .*\n/gm, '')).toBe('');
    expect(built.status).toBe(0);
    // (the copies are the same texts: each is read, and counted once)
    const n = readdirSync(ARTICLES).length;
    expect(built.stdout).toContain(`read ${n} article(s), skipped 0, ${(copies - 1) * n} duplicate(s) counted once`);

    const r = run(NPX, ['--no-install', 'sco-kg', 'neighbours', 'graph.json', 'Wang Yi', '--relation', 'met', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { entity: { key: string }; neighbours: { label: string }[] };
    expect(json.entity.key).toBe('person:wang-yi');
    expect(json.neighbours.map((n) => n.label).sort()).toEqual(['Bakhtiyor Saidov', 'Jeenbek Kulubaev', 'Sergei Aleinik']);
  });

  it('a plain node script imports the library, reads a graph and gets typed errors', () => {
    writeFileSync(
      join(project, 'read.mjs'),
      [
        "import { loadGraph, neighbours, KgError } from 'sco-kg';",
        "const graph = loadGraph('graph.json');",
        "const met = neighbours(graph, 'Wang Yi', { relation: 'met' }).map((n) => n.label).sort();",
        'let code = null;',
        "try { loadGraph('missing.json'); } catch (err) { code = err instanceof KgError ? err.code : String(err); }",
        'console.log(JSON.stringify({ nodes: graph.order, met, code }));',
      ].join('\n'),
    );
    const out = JSON.parse(ok(process.execPath, ['read.mjs'])) as { nodes: number; met: string[]; code: string };
    expect(out.nodes).toBeGreaterThan(50);
    expect(out.met).toEqual(['Bakhtiyor Saidov', 'Jeenbek Kulubaev', 'Sergei Aleinik']);
    expect(out.code).toBe('E_GRAPH_READ');
  });

  // the expected error also shows that the declarations resolve: had an import inside them failed, `relation` would be `any`
  it('its declarations type-check a TypeScript program that uses it (and reject a wrong relation)', () => {
    writeFileSync(
      join(project, 'use.ts'),
      [
        "import { loadGraph, neighbours, KgError, type KnowledgeGraph, type Neighbour } from 'sco-kg';",
        "const graph: KnowledgeGraph = loadGraph('graph.json');",
        "const rows: Neighbour[] = neighbours(graph, 'Wang Yi', { relation: 'met' });",
        "const code: string = new KgError('E_X', 'x').code;",
        'export const result = [rows.length, code];',
        '// @ts-expect-error not a relation',
        "neighbours(graph, 'Wang Yi', { relation: 'befriended' });",
      ].join('\n'),
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['use.ts'],
      }),
    );
    const r = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.']);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
