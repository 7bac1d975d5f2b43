#!/usr/bin/env node
// `npm run build:web`: builds the viewer into a static site (dist/) with the graph beside it as graph.json, and the
// sentences of its evidence references in shards (graph.evidence/), loaded by the viewer when a node is opened.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { KgError } from '../errors.ts';
import { ROOT, checkGraphFile, ensureGraph, parseOptions } from './start.ts';
import { storePathFor } from '../store/open-store.ts';
import { writeEvidenceShards } from '../store/write-shards.ts';

const USAGE = 'usage: npm run build:web -- [--out-dir dist] [--graph out/graph.json] [--articles data/articles] [--no-graph] [--no-minify]';

/** Options of {@link buildWeb}. */
export interface BuildWebOptions {
  /** output folder (default dist/) */
  outDir?: string;
  /** graph file to ship as graph.json, as it is; by default out/graph.json, built from `articles` when missing or stale */
  graph?: string;
  articles?: string;
  /** ship no graph: the site opens on its empty state and lets the user open a file */
  noGraph?: boolean;
  quiet?: boolean;
  /** false: readable function names in profiles (bench:web --profile) */
  minify?: boolean;
}

/** The file that marks a folder as written by build:web, so that a later build may empty it. */
export const SITE_MARKER = '.sco-kg-site';

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Checks that the site may be written to `outDir`, which is emptied first: it must be missing, empty, or marked as
 * a site this command wrote ({@link SITE_MARKER}), and hold none of the inputs (the articles, the project, the
 * working folder), except the graph file it ships as `graph.json`. Throws a KgError (exit 2) otherwise.
 */
export function checkOutDir(outDir: string, inputs: { graph?: string; articles?: string }): void {
  for (const [what, path] of [['the working folder', process.cwd()], ['the project', ROOT], ['the articles folder', inputs.articles]] as const) {
    if (path && within(resolve(path), outDir)) throw new KgError('E_OUT_DIR', `--out-dir ${outDir} holds ${what} (${resolve(path)}); it would be emptied. Name a new or empty folder`);
  }
  if (inputs.graph && within(inputs.graph, outDir) && inputs.graph !== join(outDir, 'graph.json')) {
    throw new KgError('E_OUT_DIR', `--out-dir ${outDir} holds the graph ${inputs.graph}; it would be deleted. Name another folder`);
  }
  let entries: string[];
  try {
    if (!statSync(outDir).isDirectory()) throw new KgError('E_OUT_DIR', `--out-dir ${outDir} is not a folder`);
    entries = readdirSync(outDir);
  } catch (err) {
    if (err instanceof KgError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new KgError('E_OUT_DIR', `cannot read --out-dir ${outDir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  if (entries.length && !entries.includes(SITE_MARKER)) {
    throw new KgError('E_OUT_DIR', `--out-dir ${outDir} is not empty and was not written by build:web (no ${SITE_MARKER} in it); it would be emptied. Name a new or empty folder`);
  }
}

/** Builds the static viewer (relative asset paths, so it works from any folder of any static host) and copies the graph beside it. */
export async function buildWeb(options: BuildWebOptions = {}): Promise<string> {
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  const graph = resolve(options.graph ?? join(ROOT, 'out/graph.json'));
  const articles = resolve(options.articles ?? join(ROOT, 'data/articles'));
  checkOutDir(outDir, { graph: options.noGraph ? undefined : graph, articles: options.noGraph || options.graph !== undefined ? undefined : articles });
  if (!options.noGraph) {
    if (options.graph === undefined) ensureGraph(graph, articles, { quiet: options.quiet });
    else checkGraphFile(graph);
  }
  // read before the folder is emptied: the graph may be the site's own graph.json
  let graphBytes: Buffer | undefined;
  if (!options.noGraph) {
    try {
      graphBytes = readFileSync(graph);
    } catch (err) {
      throw new KgError('E_GRAPH_READ', `cannot read ${graph}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    base: './',
    logLevel: options.quiet ? 'warn' : 'info',
    build: { outDir, emptyOutDir: true, minify: options.minify ?? true },
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, SITE_MARKER), 'Written by sco-kg build:web; the next build:web empties this folder.\n');
  if (graphBytes) {
    writeFileSync(join(outDir, 'graph.json'), graphBytes);
    // evidence written as references (kg build's default graph file): the sentences from the store beside the graph
    const store = storePathFor(graph);
    if (existsSync(store)) writeEvidenceShards(join(outDir, 'graph.json'), store, outDir, 'graph.json');
  }
  return outDir;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseOptions(() => parseArgs({
    args: argv,
    options: {
      'out-dir': { type: 'string' },
      graph: { type: 'string' },
      articles: { type: 'string' },
      'no-graph': { type: 'boolean' },
      quiet: { type: 'boolean' },
      'no-minify': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }), USAGE);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const outDir = await buildWeb({ outDir: values['out-dir'], graph: values.graph, articles: values.articles, noGraph: values['no-graph'], quiet: values.quiet, minify: !values['no-minify'] });
  console.log(`Static viewer written to ${outDir}${values['no-graph'] ? '' : ' (with graph.json)'}; serve that folder with any static file server.`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof KgError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = err instanceof KgError ? err.exitCode : 1;
    },
  );
}
