// Public build API: articles → knowledge graph (ingest, extract on worker threads, assemble, lay out).
import { availableParallelism } from 'node:os';
import type { Article } from './article.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { Assembler } from '../graph/assemble.ts';
import { applyPositions, computeLayout, layoutInputOf, type Position } from '../graph/layout.ts';
import { listArticleFiles, sameStemFiles, type Skipped } from '../ingest/read-articles.ts';
import { chunk, layoutOnWorker, runOnWorkers, startWorkers, type Job, type JobResult } from './pool.ts';
import { runJob } from './job.ts';
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { KgError } from '../errors.ts';

export type { Article } from './article.ts';

export interface BuildOptions {
  /** extraction threads, this one included (default: CPU count for corpora over 1 MB, else 1 = this thread only) */
  workers?: number;
  /** compute ForceAtlas2 positions (default true) */
  layout?: boolean;
  /** called as extraction goes on: articles done of all (buildGraph), files done of all (buildFromDirectory) */
  onProgress?: (done: number, total: number) => void;
}

export interface BuildReport {
  articlesRead: number;
  skipped: Skipped[];
  entities: Record<string, number>;
  relations: Record<string, number>;
  seconds: number;
}


/** Corpora larger than this are extracted on worker threads by default. */
const WORKER_THRESHOLD = 1_000_000;

const terminate = (threads: Worker[]) => Promise.all(threads.map((w) => w.terminate()));

/**
 * Runs the jobs on `workers` threads in all: this one and `workers - 1` worker threads, or only here when `workers` is
 * 1. Each result goes to `onResult`. Returns the worker threads, still running, for the layout.
 */
async function extract(jobs: Job[], workers: number, onResult: (r: JobResult) => void): Promise<Worker[]> {
  // the threads start first, so that their start-up overlaps loading the knowledge here
  const pool = workers > 1 && jobs.length > 1 ? startWorkers(Math.min(workers, jobs.length) - 1) : [];
  const knowledge = loadKnowledge();
  const here = (job: Job) => runJob(job, knowledge);
  if (pool.length) {
    try {
      await runOnWorkers(jobs, pool, onResult, here);
    } catch (err) {
      await terminate(pool);
      throw err;
    }
    return pool;
  }
  for (const job of jobs) onResult(here(job));
  return [];
}

/**
 * Resolves the assembled extractions into the graph and lays it out: on a worker thread, when there is one, while
 * this thread builds the graph (the positions depend only on the nodes and edges, so they are the same either way).
 * Ends the threads.
 */
async function finishGraph(assembler: Assembler, layout: boolean, threads: Worker[]): Promise<KnowledgeGraph> {
  try {
    const resolved = assembler.resolve();
    const [layoutThread, ...idle] = threads;
    void terminate(idle);
    let positions: Promise<Record<string, Position>> | undefined;
    if (layout && layoutThread) {
      positions = layoutOnWorker(layoutThread, layoutInputOf(resolved.nodes.keys(), resolved.layoutEdges(), resolved.edges.size));
      positions.catch(() => undefined); // awaited below; this only keeps a failure in toGraph from leaving it unhandled
    }
    const graph = resolved.toGraph();
    if (layout) applyPositions(graph, positions ? await positions : computeLayout(graph));
    return graph;
  } finally {
    await terminate(threads);
  }
}

/** Builds the graph from articles already in memory. Same articles in any order give the same graph. */
export async function buildGraph(articles: Article[], options: BuildOptions = {}): Promise<KnowledgeGraph> {
  const ids = new Set<string>();
  for (const a of articles) {
    if (ids.has(a.id)) throw new KgError('E_DUPLICATE_ID', `two articles have the id "${a.id}"`);
    ids.add(a.id);
  }
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bytes = sorted.reduce((n, a) => n + a.text.length, 0);
  const workers = options.workers ?? (bytes > WORKER_THRESHOLD ? availableParallelism() : 1);
  const jobs: Job[] = chunk(sorted, (a) => a.text.length).map((batch, id) => ({ id, articles: batch }));
  const assembler = new Assembler();
  let done = 0;
  const threads = await extract(jobs, workers, (r) => {
    for (const b of r.batches!) assembler.add(b);
    done += r.articles ?? 0;
    options.onProgress?.(done, sorted.length);
  });
  return finishGraph(assembler, options.layout !== false, threads);
}

/** Counts nodes by kind and edges by relation. */
export function summarize(graph: KnowledgeGraph): { entities: Record<string, number>; relations: Record<string, number> } {
  const entities: Record<string, number> = {};
  const relations: Record<string, number> = {};
  graph.forEachNode((_, a) => (entities[a.kind] = (entities[a.kind] ?? 0) + 1));
  graph.forEachEdge((_, a) => (relations[a.relation] = (relations[a.relation] ?? 0) + 1));
  return { entities, relations };
}

/**
 * Reads every article under `dir` (recursively) and builds the graph. The threads read and clean the files
 * themselves, in jobs of consecutive files; `onProgress` counts files.
 */
export async function buildFromDirectory(dir: string, options: BuildOptions = {}): Promise<{ graph: KnowledgeGraph; report: BuildReport }> {
  const t0 = performance.now();
  const listed: Skipped[] = [];
  const paths = listArticleFiles(dir, listed);
  const sameStem = sameStemFiles(paths);
  const files = paths.map((path) => ({ path, size: fileSize(path) }));
  const size = files.reduce((n, f) => n + f.size, 0);
  const workers = options.workers ?? (size > WORKER_THRESHOLD ? availableParallelism() : 1);
  const jobs: Job[] = chunk(files, (f) => f.size).map((batch, id) => {
    const job: Job = { id, files: batch.map((f) => f.path), root: dir };
    const keep = job.files.filter((f) => sameStem.has(f));
    if (keep.length) job.keepExtension = keep;
    return job;
  });
  const assembler = new Assembler();
  const skippedByJob: Skipped[][] = new Array(jobs.length);
  let filesDone = 0;
  let articlesRead = 0;
  const threads = await extract(jobs, workers, (r) => {
    for (const b of r.batches!) assembler.add(b);
    skippedByJob[r.id] = r.skipped ?? [];
    articlesRead += r.articles ?? 0;
    filesDone += r.files ?? 0;
    options.onProgress?.(filesDone, files.length);
  });
  const skipped = [...listed, ...skippedByJob.flat()];
  if (!articlesRead) {
    await terminate(threads);
    const why = skipped.length ? ` (${skipped.length} file(s) skipped: ${skipped.slice(0, 3).map((s) => `${s.file}: ${s.reason}`).join('; ')})` : '';
    throw new KgError('E_NO_ARTICLES', `no article found in ${dir}${why}`);
  }
  const graph = await finishGraph(assembler, options.layout !== false, threads);
  return { graph, report: { articlesRead, skipped, ...summarize(graph), seconds: (performance.now() - t0) / 1000 } };
}

/** Size of a file in bytes; 0 when it cannot be read (the job reading it reports why). */
function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
