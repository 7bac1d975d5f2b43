// Runs extraction jobs on worker threads. A job is a batch of files (the thread reads and cleans them too) or a batch
// of articles already in memory; each comes back as one packed batch, as soon as it is done, in any order.
import { Worker } from 'node:worker_threads';
import type { Article } from './article.ts';
import type { PackedBatch } from '../graph/pack.ts';
import type { Skipped } from '../ingest/read-articles.ts';
import type { LayoutInput, Position } from '../graph/layout.ts';
import { bundledWorker } from './worker-bundle.ts';

/** Text per job: big enough that a thread is rarely idle between jobs, small enough to share the work evenly. */
export const JOB_BYTES = 256 * 1024;

/** What a thread is asked to do. File paths are read relative to `root` for article ids. */
export type Job = { id: number; files: string[]; root: string; /** files whose id keeps the extension */ keepExtension?: string[] } | { id: number; articles: Article[] };

/** What one file gave: its bytes' hash, its articles' extractions, each article's text hash, what was skipped. */
export interface FileResult {
  path: string;
  hash: string;
  batch: PackedBatch;
  textHashes: string[];
  skipped: Skipped[];
}

/** What a thread posts back for a job. */
export interface JobResult {
  id: number;
  /** article jobs: one batch */
  batch?: PackedBatch;
  /** file jobs: one result per file, in the job's order */
  perFile?: FileResult[];
  /** files read and the articles found in them (file jobs) */
  files?: number;
  articles?: number;
  error?: string;
}

/** Splits items into consecutive groups of about JOB_BYTES, by the size each one reports. */
export function chunk<T>(items: T[], size: (item: T) => number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let bytes = 0;
  for (const item of items) {
    cur.push(item);
    bytes += size(item);
    if (bytes >= JOB_BYTES) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

let workerUrl: URL | undefined;

/**
 * The worker thread's script: compiled builds ship worker.js; from source, the worker bundled into plain JavaScript
 * (see worker-bundle.ts), else a bootstrap that registers tsx inside the thread.
 */
function workerScript(): URL {
  if (import.meta.url.endsWith('.js')) return new URL('./worker.js', import.meta.url);
  workerUrl ??= bundledWorker() ?? new URL('./worker-entry.mjs', import.meta.url);
  return workerUrl;
}

/** Starts `n` extraction threads now, so that their start-up overlaps whatever the caller does next. */
export function startWorkers(n: number): Worker[] {
  return Array.from({ length: n }, () => new Worker(workerScript()));
}

/**
 * Runs `jobs` on the worker threads of `pool` and, when `here` is given, on this thread too: between two of its own
 * jobs it hands the threads' results to `onResult`, so one fewer thread has to start and warm up. Rejects on the
 * first failure (a job's error, `onResult` throwing, a thread dying). The caller ends the threads.
 */
export async function runOnWorkers(jobs: Job[], pool: Worker[], onResult: (result: JobResult) => void, here?: (job: Job) => JobResult): Promise<void> {
  let next = 0;
  let failed: unknown;
  const threads = pool.length;
  const perThread = here ? 3 : 2; // a thread may wait longer for this one while it runs a job of its own
  const run = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      // jobs in flight per thread, so a thread never waits for this one between jobs; only one once fewer jobs are
      // left than threads, so the last ones go to idle threads rather than queue behind others
      let inFlight = 0;
      const send = () => {
        if (failed !== undefined || next >= jobs.length) {
          if (inFlight === 0) done();
          return;
        }
        inFlight++;
        w.postMessage(jobs[next++]);
      };
      const onMessage = (msg: JobResult) => {
        if (msg.error) return fail(new Error(msg.error));
        inFlight--;
        try {
          onResult(msg);
        } catch (err) {
          return fail(err);
        }
        if (inFlight === 0 || jobs.length - next >= threads + (here ? 1 : 0)) send();
      };
      const onExit = (code: number) => fail(new Error(`sco-kg: an extraction thread stopped (exit code ${code})`));
      const done = () => {
        w.off('message', onMessage).off('error', fail).off('exit', onExit);
        resolve();
      };
      const fail = (err: unknown) => {
        failed ??= err;
        w.off('message', onMessage).off('error', fail).off('exit', onExit);
        reject(err);
      };
      w.on('message', onMessage).on('error', fail).on('exit', onExit);
      for (let i = 0; i < perThread; i++) if (i === 0 || jobs.length - next >= threads) send();
    });
  const local = async () => {
    if (!here) return;
    // take a job, run it, then yield so that the threads' results (and their requests for more) are handled
    while (failed === undefined && next < jobs.length) {
      try {
        onResult(here(jobs[next++]));
      } catch (err) {
        failed ??= err; // the threads get no further job
        throw err;
      }
      await new Promise((r) => setImmediate(r));
    }
  };
  await Promise.all([...pool.map(run), local()]);
}

/** A layout request for a thread, and its answer. */
export interface LayoutRequest {
  layout: LayoutInput;
}
export interface LayoutResult {
  positions?: Record<string, Position>;
  error?: string;
}

/** Computes the layout on thread `w` (one that has finished its extraction jobs). */
export function layoutOnWorker(w: Worker, input: LayoutInput): Promise<Record<string, Position>> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`sco-kg: the layout thread stopped (exit code ${code})`));
    w.once('message', (msg: LayoutResult) => {
      w.off('error', reject).off('exit', onExit);
      if (msg.error) reject(new Error(msg.error));
      else resolve(msg.positions!);
    });
    w.once('error', reject).once('exit', onExit);
    w.postMessage({ layout: input } satisfies LayoutRequest);
  });
}
