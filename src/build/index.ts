// Public build API: articles → knowledge graph (ingest, extract on worker threads, assemble, lay out).
import { availableParallelism } from 'node:os';
import type { Article } from './article.ts';
import type { KnowledgeGraph } from '../graph/types.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { Assembler, type Resolved } from '../graph/assemble.ts';
import { applyPositions, computeLayout, layoutInputOf, type Position } from '../graph/layout.ts';
import { listArticleFiles, sameStemFiles, type Skipped } from '../ingest/read-articles.ts';
import { chunk, layoutOnWorker, runOnWorkers, startWorkers, type Job, type JobResult } from './pool.ts';
import { runJob } from './job.ts';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { StoreBuild, type ListedFile } from '../store/build-store.ts';
import { extractorVersion } from '../store/extractor-version.ts';
import type { Worker } from 'node:worker_threads';
import { KgError } from '../errors.ts';

export type { Article } from './article.ts';

export interface BuildOptions {
  /** extraction threads, this one included (default: CPU count for corpora over 1 MB, else 1 = this thread only) */
  workers?: number;
  /** compute ForceAtlas2 positions (default true) */
  layout?: boolean;
  /** called as extraction goes on: articles done of all (buildGraph), files extracted of those to extract (buildFromDirectory) */
  onProgress?: (done: number, total: number) => void;
  /** buildFromDirectory: the store to cache extractions in and write the graph to (default: a temporary one) */
  store?: string;
}

export interface BuildReport {
  articlesRead: number;
  skipped: Skipped[];
  entities: Record<string, number>;
  relations: Record<string, number>;
  seconds: number;
  /** files extracted in this build, files whose cached extraction was kept, files gone since the last build */
  files?: { extracted: number; kept: number; removed: number };
  /** articles left out as exact duplicates of another (same text, larger id) */
  duplicates?: number;
  /** seconds of each phase of buildFromDirectory, in order: wall, and CPU of all threads under "<phase> (CPU)" */
  phases?: Record<string, number>;
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
async function finishGraph(resolved: Resolved, layout: boolean, threads: Worker[], whileLayingOut?: () => void): Promise<KnowledgeGraph> {
  try {
    const [layoutThread, ...idle] = threads;
    void terminate(idle);
    let positions: Promise<Record<string, Position>> | undefined;
    if (layout && layoutThread) {
      positions = layoutOnWorker(layoutThread, layoutInputOf(resolved.nodes.keys(), resolved.layoutEdges(), resolved.edges.size));
      positions.catch(() => undefined); // awaited below; this only keeps a failure in toGraph from leaving it unhandled
    }
    whileLayingOut?.();
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
  // exact duplicates (the same text under another id) count once, under the smallest id
  const firstByText = new Map<string, Article>();
  for (const a of [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const h = createHash('sha1').update(a.text).digest('hex');
    if (!firstByText.has(h)) firstByText.set(h, a);
  }
  const sorted = [...firstByText.values()];
  const bytes = sorted.reduce((n, a) => n + a.text.length, 0);
  const workers = options.workers ?? (bytes > WORKER_THRESHOLD ? availableParallelism() : 1);
  const jobs: Job[] = chunk(sorted, (a) => a.text.length).map((batch, id) => ({ id, articles: batch }));
  const assembler = new Assembler();
  let done = 0;
  const threads = await extract(jobs, workers, (r) => {
    assembler.add(r.batch!);
    done += r.articles ?? 0;
    options.onProgress?.(done, sorted.length);
  });
  let resolved: Resolved;
  try {
    resolved = assembler.resolve();
  } catch (err) {
    await terminate(threads);
    throw err;
  }
  return finishGraph(resolved, options.layout !== false, threads);
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
 * Reads every article under `dir` (recursively) and builds the graph, through the store: each file's extraction is
 * cached there by content hash and extractor version, so a folder built before is only extracted where files were
 * added or changed (files gone leave the graph), then everything is merged again. The threads read and clean the
 * files themselves, in jobs of consecutive files; `onProgress` counts the files extracted. Without `options.store`
 * the store is a temporary file, removed afterwards. The store is written in one transaction: a failed build leaves
 * it as it was.
 */
export async function buildFromDirectory(dir: string, options: BuildOptions = {}): Promise<{ graph: KnowledgeGraph; report: BuildReport }> {
  const t0 = performance.now();
  const root = resolve(dir);
  const problems: Skipped[] = [];
  const paths = listArticleFiles(dir, problems);
  const sameStem = sameStemFiles(paths);
  const listed: ListedFile[] = paths.map((path) => ({ path, rel: relative(root, resolve(path)).split(sep).join('/'), ...fileStat(path), ...(sameStem.has(path) ? { keepExtension: true } : {}) }));
  const tmpDir = options.store ? undefined : mkdtempSync(join(tmpdir(), 'sco-kg-store-'));
  let threads: Worker[] = [];
  let store: StoreBuild | undefined;
  const phases: Record<string, number> = {};
  let tPhase = performance.now();
  let cpuPhase = process.cpuUsage();
  const phase = (name: string) => {
    const now = performance.now();
    const cpu = process.cpuUsage(cpuPhase);
    phases[name] = (now - tPhase) / 1000;
    phases[`${name} (CPU)`] = (cpu.user + cpu.system) / 1e6;
    tPhase = now;
    cpuPhase = process.cpuUsage();
  };
  try {
    store = StoreBuild.open(options.store ?? join(tmpDir!, 'graph.db'), extractorVersion());
    const plan = store.plan(listed);
    phase('list and plan');
    const size = plan.extract.reduce((n, f) => n + f.size, 0);
    const workers = options.workers ?? (size > WORKER_THRESHOLD ? availableParallelism() : 1);
    const byPath = new Map(plan.extract.map((f) => [f.path, f]));
    const jobs: Job[] = chunk(plan.extract, (f) => f.size).map((batch, id) => {
      const job: Job = { id, files: batch.map((f) => f.path), root: dir };
      const keep = job.files.filter((f) => sameStem.has(f));
      if (keep.length) job.keepExtension = keep;
      return job;
    });
    let filesDone = 0;
    options.onProgress?.(0, plan.extract.length);
    const adder = store;
    threads = await extract(jobs, workers, (r) => {
      for (const f of r.perFile!) adder.addFile(byPath.get(f.path)!, f);
      filesDone += r.files ?? 0;
      options.onProgress?.(filesDone, plan.extract.length);
    });
    phase('extract');
    const drop = store.duplicates();
    const articlesRead = store.articleCount();
    const skipped = [...problems, ...store.skipped()];
    if (!articlesRead) {
      const why = skipped.length ? ` (${skipped.length} file(s) skipped: ${skipped.slice(0, 3).map((s) => `${s.file}: ${s.reason}`).join('; ')})` : '';
      throw new KgError('E_NO_ARTICLES', `no article found in ${dir}${why}`);
    }
    // the sentences are in the store: the assembler keeps none, the graph's few per edge are read back below
    let assembler: Assembler | undefined = new Assembler({ sentences: false });
    for (const batch of store.batches()) assembler.add(batch, drop);
    phase('read the cache');
    const resolved = assembler.resolve();
    // what the assembler holds (every batch's entity rows) is not needed past this point
    assembler = undefined;
    phase('merge');
    const pending = threads;
    threads = [];
    const writer = store;
    // while the layout runs on a thread, every edge's evidence goes to the store; the graph keeps its first few (the
    // rest is let go: memory)
    const graph = await finishGraph(resolved, options.layout !== false, pending, () => writer.writeEdges(resolved));
    store.fillSentences(graph);
    phase('lay out and write the edges');
    store.writeGraph(graph);
    phase('write the graph to the store');
    store.commit();
    phase('commit');
    const report: BuildReport = {
      articlesRead,
      skipped,
      ...summarize(graph),
      seconds: (performance.now() - t0) / 1000,
      files: { extracted: plan.extract.length, kept: plan.kept, removed: plan.removed },
      duplicates: drop.size,
      phases,
    };
    return { graph, report };
  } catch (err) {
    store?.abort();
    await terminate(threads);
    throw err;
  } finally {
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  }
}

/** Size and modification time (whole ms) of a file; 0 when it cannot be read (the job reading it reports why). */
function fileStat(path: string): { size: number; mtime: number } {
  try {
    const st = statSync(path);
    return { size: st.size, mtime: Math.floor(st.mtimeMs) };
  } catch {
    return { size: 0, mtime: 0 };
  }
}
