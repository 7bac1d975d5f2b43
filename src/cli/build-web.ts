#!/usr/bin/env node
// `npm run build:web`: builds the viewer into a static site (dist/) with the graph beside it as graph.json.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { KgError } from '../errors.ts';
import { ROOT, ensureGraph } from './start.ts';

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

/** Builds the static viewer (relative asset paths, so it works from any folder of any static host) and copies the graph beside it. */
export async function buildWeb(options: BuildWebOptions = {}): Promise<string> {
  const outDir = resolve(options.outDir ?? join(ROOT, 'dist'));
  const graph = resolve(options.graph ?? join(ROOT, 'out/graph.json'));
  if (!options.noGraph) {
    if (options.graph === undefined) ensureGraph(graph, resolve(options.articles ?? join(ROOT, 'data/articles')), { quiet: options.quiet });
    else if (!existsSync(graph)) throw new KgError('E_NO_GRAPH', `no graph file at ${graph}`);
  }
  const { build } = await import('vite');
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    base: './',
    logLevel: options.quiet ? 'warn' : 'info',
    build: { outDir, emptyOutDir: true, minify: options.minify ?? true },
  });
  mkdirSync(outDir, { recursive: true });
  if (!options.noGraph) copyFileSync(graph, join(outDir, 'graph.json'));
  return outDir;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
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
  });
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
      process.exitCode = 1;
    },
  );
}
