// Test setup for the viewer: builds the real graph and an XSS graph with `kg build`, builds the site with build:web, serves it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { serveStatic, type StaticServer } from './static-server.ts';
import { storeApi } from '../../src/cli/store-api.ts';
import { storePathFor } from '../../src/store/open-store.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/** The XSS payloads the test article carries in a name, a sentence and its title. */
export const XSS_IMG = '<img src=x onerror=alert(1)>';
export const XSS_SCRIPT = '<script>alert(2)</script>';

/** A hostile article: markup in the title, in a person's name and in sentences that state relations. */
export const XSS_ARTICLE = [
  `Wang Yi meets ${XSS_IMG} envoy ${XSS_SCRIPT} in Astana - 2024-07-03`,
  '',
  `Chinese Foreign Minister Wang Yi met Ivan ${XSS_IMG} Petrov, Foreign Minister of Kazakhstan, in Astana on 3 July 2024 on the sidelines of the SCO summit.`,
  `Wang Yi also held talks with Sergei ${XSS_SCRIPT} Aleinik, Minister of Foreign Affairs of Belarus, in Astana.`,
  `President Kassym-Jomart Tokayev of Kazakhstan hosted the 24th SCO summit in Astana, where <b onmouseover=alert(3)>leaders</b> met.`,
  '',
].join('\n');

/** Graph JSON as written by `kg build`. */
export interface GraphFile {
  attributes: { name?: string; articles?: Record<string, { id: string; title: string; file?: string; date?: string }> };
  nodes: { key: string; attributes: { kind: string; label: string; aliases?: string[]; articles?: string[] } }[];
  edges: { key?: string; source: string; target: string; attributes: { relation: string; weight?: number; evidence?: { article: string; sentence: string }[] } }[];
}

/** A built and served viewer with its graphs. */
export interface Site {
  url: string;
  dir: string;
  graph: GraphFile;
  xssGraph: GraphFile;
  xssGraphFile: string;
  /** the store `kg build` wrote next to graph.json (graph.db) */
  store: string;
  close(): Promise<void>;
}

function run(args: string[], what: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
}

/** Runs `kg build <dir> --out <file>` (the project's CLI) unless `override` names an existing graph file to use instead. */
function buildGraph(articles: string, out: string, override: string | undefined, extra: string[] = []): void {
  if (override) {
    copyFileSync(resolve(ROOT, override), out);
    return;
  }
  run(['src/cli/main.ts', 'build', articles, '--out', out, '--workers', '1', '--quiet', ...extra], `kg build ${articles}`);
}

/**
 * The graph file as the tests read it: kg build writes evidence as references (article, offsets); the sentences are
 * read here from the store beside it with SQLite itself, so the tests know what the viewer should show.
 */
function readGraphFile(file: string): GraphFile {
  const graph = JSON.parse(readFileSync(file, 'utf8')) as GraphFile;
  // an edge is written without its key when the key is relation:source->target
  for (const e of graph.edges) e.key ??= `${e.attributes.relation}:${e.source}->${e.target}`;
  const store = file.replace(/\.json$/, '.db');
  if (!existsSync(store)) return graph;
  const db = new Database(store, { readonly: true });
  try {
    const text = db.prepare('SELECT text FROM sentences WHERE article = ? AND start = ?').pluck();
    for (const e of graph.edges) for (const ev of e.attributes.evidence ?? []) ev.sentence ??= text.get(ev.article, (ev as { start?: number }).start) as string;
  } finally {
    db.close();
  }
  return graph;
}

/**
 * Builds everything into a fresh temp folder: data/articles → graph.json, an XSS article → xss.json, the viewer via
 * build:web, and serves it. `SCO_VIEWER_TEST_GRAPH` / `SCO_VIEWER_TEST_XSS_GRAPH` (paths to graph files) skip the
 * builds, for working on the viewer while the extractor is broken.
 */
export async function buildSite(): Promise<Site> {
  const tmp = mkdtempSync(join(tmpdir(), 'sco-kg-viewer-'));
  const dir = join(tmp, 'site');
  const graphFile = join(tmp, 'graph.json');
  const xssDir = join(tmp, 'xss-articles');
  const xssGraphFile = join(tmp, 'xss.json');
  mkdirSync(xssDir);
  writeFileSync(join(xssDir, 'xss_0001.txt'), XSS_ARTICLE);
  buildGraph(join(ROOT, 'data/articles'), graphFile, process.env.SCO_VIEWER_TEST_GRAPH);
  // the XSS graph is opened from disk (no shards, no API): it carries its sentences (--full)
  buildGraph(xssDir, xssGraphFile, process.env.SCO_VIEWER_TEST_XSS_GRAPH, ['--full']);
  run(['src/cli/build-web.ts', '--out-dir', dir, '--graph', graphFile, '--quiet'], 'build:web');
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'graph.json'))) throw new Error('build:web wrote no index.html or graph.json');
  copyFileSync(xssGraphFile, join(dir, 'xss.json'));
  writeFileSync(join(dir, 'not-a-graph.json'), '{"hello": "world"}');
  // the same graph under another name has no shards beside it: the viewer asks the store's API (as under npm start)
  copyFileSync(graphFile, join(dir, 'api.json'));
  // (a static host: the API answers but no header names it, so the viewer asks none; see viewer.test.ts for npm start)
  const server: StaticServer = await serveStatic(dir, { handler: storeApi(graphFile.replace(/\.json$/, '.db')), headers: {} });
  return {
    url: server.url,
    dir,
    graph: readGraphFile(graphFile),
    xssGraph: readGraphFile(xssGraphFile),
    xssGraphFile,
    store: storePathFor(graphFile),
    close: async () => {
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
