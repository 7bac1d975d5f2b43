#!/usr/bin/env node
// `npm start`: rebuilds out/graph.json (and its store, out/graph.db) when the articles are newer, then serves the viewer
// on 127.0.0.1:5173, with the graph file at /graph.json and the evidence API over the store at /api/ (see
// store-api.ts: /api/evidence/edge?key=…, /api/evidence/node?key=…, /api/search?q=…, /api/status).
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Plugin } from 'vite';
import { KgError } from '../errors.ts';
import { storePathFor } from '../store/open-store.ts';
import { storeApi } from './store-api.ts';

/** The repository root (this file is src/cli/start.ts). */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** Newest modification time (ms) of any file under `dir`, recursively; 0 when there is none. */
export function newestMtime(dir: string): number {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0; // a folder that cannot be read: the build reports it
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : mtimeOf(path));
  }
  return newest;
}

/** A file's modification time (ms), following links; a dangling link or an unreadable file counts as its own. */
function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    try {
      return lstatSync(path).mtimeMs;
    } catch {
      return 0;
    }
  }
}

/** True when `graphFile` is missing or older than some file under `articlesDir`. */
export function graphIsStale(graphFile: string, articlesDir: string): boolean {
  if (!existsSync(graphFile)) return true;
  return existsSync(articlesDir) && newestMtime(articlesDir) > statSync(graphFile).mtimeMs;
}

/** Builds `graphFile` from `articlesDir` with the project's CLI (`kg build`) when it is missing or stale. Returns true if it built. */
export function ensureGraph(graphFile: string, articlesDir: string, { quiet = false } = {}): boolean {
  if (!graphIsStale(graphFile, articlesDir) && existsSync(storePathFor(graphFile))) return false;
  if (!existsSync(articlesDir)) throw new KgError('E_NO_ARTICLES', `no graph at ${graphFile} and no articles folder ${articlesDir} to build it from`);
  if (!quiet) console.log(`Building ${graphFile} from ${articlesDir} …`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'build', articlesDir, '--out', graphFile, ...(quiet ? ['--quiet'] : [])], {
    cwd: ROOT,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
  });
  if (result.status !== 0 || !existsSync(graphFile)) {
    throw new KgError('E_BUILD', `building the graph failed (kg build exited with ${result.status ?? result.signal})`);
  }
  return true;
}

/** Response header of the graph file naming where its store's evidence API is (relative to the page). */
export const STORE_API_HEADER = 'X-Sco-Kg-Store-Api';

/** Vite plugin: serves `/graph.json` straight from the built file, so the viewer always reads the current graph. */
export function serveGraph(graphFile: string): Plugin {
  return {
    name: 'sco-kg:serve-graph',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/graph.json') return next();
        if (!existsSync(graphFile)) {
          res.statusCode = 404;
          res.end('no graph');
          return;
        }
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Cache-Control', 'no-cache');
        // tells the viewer that this graph's store answers under api/ (a static host sends no such header, so the
        // viewer never asks it for an API it does not have)
        res.setHeader(STORE_API_HEADER, 'api/');
        createReadStream(graphFile).pipe(res);
      });
    },
  };
}

/** Throws a KgError unless `file` is a regular file: a missing graph, a folder or a device (/dev/zero) is refused. */
export function checkGraphFile(file: string): void {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new KgError('E_NO_GRAPH', `no graph file at ${file}`);
  }
  if (!st.isFile()) throw new KgError('E_NO_GRAPH', `${file} is not a regular file`);
}

/** Runs an argument parser, turning its error into a KgError that shows the usage (no stack trace). */
export function parseOptions<T>(parse: () => T, usage: string): T {
  try {
    return parse();
  } catch (err) {
    throw new KgError('E_USAGE', `${(err as Error).message}; ${usage.split('\n')[0]}`);
  }
}

/** Vite plugin: the evidence API over the store (see store-api.ts). */
export function serveStoreApi(storeFile: string): Plugin {
  return {
    name: 'sco-kg:store-api',
    configureServer(server) {
      server.middlewares.use(storeApi(storeFile));
    },
  };
}

const USAGE = [
  'usage: npm start -- [--articles data/articles] [--graph FILE] [--port 5173]',
  '  without --graph, out/graph.json is (re)built from the articles when missing or older than them;',
  '  with --graph, that file is served as it is. The store next to it (graph.db) answers /api/ (evidence, search).',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const { values } = parseOptions(() => parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: 'data/articles' },
      graph: { type: 'string' },
      port: { type: 'string', default: '5173' },
      help: { type: 'boolean', short: 'h' },
    },
  }), USAGE);
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const graphFile = resolve(values.graph ?? join(ROOT, 'out/graph.json'));
  if (values.graph === undefined) ensureGraph(graphFile, resolve(values.articles));
  else checkGraphFile(graphFile);
  const { createServer } = await import('vite');
  const server = await createServer({
    configFile: join(ROOT, 'vite.config.ts'),
    server: { host: '127.0.0.1', port: Number(values.port) },
    plugins: [serveGraph(graphFile), serveStoreApi(storePathFor(graphFile))],
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${values.port}/`;
  console.log(`\nSCO knowledge graph viewer: ${url}  (bound to 127.0.0.1 only; Ctrl-C to stop)\n`);
  return -1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (err: unknown) => {
      console.error(err instanceof KgError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exitCode = err instanceof KgError ? err.exitCode : 1;
    },
  );
}
