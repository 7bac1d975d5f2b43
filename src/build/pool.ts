// Runs extraction on worker threads in batches; falls back to the main thread when workers cannot start.
import { Worker } from 'node:worker_threads';
import type { Article } from './article.ts';
import type { ArticleExtraction } from '../extract/pipeline.ts';

const BATCH_BYTES = 256 * 1024;

/** Splits articles into batches of about BATCH_BYTES of text. */
function batches(articles: Article[]): Article[][] {
  const out: Article[][] = [];
  let cur: Article[] = [];
  let size = 0;
  for (const a of articles) {
    cur.push(a);
    size += a.text.length;
    if (size >= BATCH_BYTES) {
      out.push(cur);
      cur = [];
      size = 0;
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * What a worker posts back. Evidence sentences travel once per batch: `evidence.sentence` holds an index into
 * `sentences` (every relation of a sentence would otherwise copy its text), and is put back before anyone sees it.
 */
export interface BatchResult {
  id: number;
  extractions?: ArticleExtraction[];
  sentences?: string[];
  error?: string;
}

/** Replaces each evidence sentence by its index in a table of the batch's distinct sentences (in place). */
export function packSentences(extractions: ArticleExtraction[]): string[] {
  const table: string[] = [];
  const index = new Map<string, number>();
  for (const x of extractions) {
    for (const r of x.relations) {
      const s = r.evidence.sentence as string | number;
      if (typeof s !== 'string') continue; // an evidence object shared by two relations is packed once
      let i = index.get(s);
      if (i === undefined) {
        i = table.length;
        table.push(s);
        index.set(s, i);
      }
      (r.evidence as { sentence: string | number }).sentence = i;
    }
  }
  return table;
}

/** Puts the sentences back (in place): the inverse of {@link packSentences}. */
export function unpackSentences(extractions: ArticleExtraction[], table: string[]): void {
  for (const x of extractions) {
    for (const r of x.relations) {
      const s = r.evidence.sentence as string | number;
      if (typeof s === 'number') r.evidence.sentence = table[s];
    }
  }
}

// compiled builds ship worker.js; from source, a bootstrap registers tsx inside the thread
const WORKER_URL = import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);

/** Starts `n` extraction threads now, so that their start-up overlaps whatever the caller does next (reading files). */
export function startWorkers(n: number): Worker[] {
  return Array.from({ length: n }, () => new Worker(WORKER_URL));
}

/** Extracts on `workers` threads (or on `started` ones); results come back in input order. All threads end after. */
export async function extractOnWorkers(articles: Article[], workers: number, onProgress?: (done: number, total: number) => void, started: Worker[] = []): Promise<ArticleExtraction[]> {
  const jobs = batches(articles);
  const results: ArticleExtraction[][] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  const threads = Math.min(workers, jobs.length);
  const run = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      // two batches in flight per worker, so a worker never waits for the main thread between batches; only one
      // once fewer batches are left than workers, so the last ones go to idle workers rather than queue behind others
      let inFlight = 0;
      const send = () => {
        if (next >= jobs.length) {
          if (inFlight === 0) resolve();
          return;
        }
        const id = next++;
        inFlight++;
        w.postMessage({ id, articles: jobs[id] });
      };
      w.on('message', (msg: BatchResult) => {
        if (msg.error) return reject(new Error(msg.error));
        inFlight--;
        unpackSentences(msg.extractions!, msg.sentences ?? []);
        results[msg.id] = msg.extractions!;
        done += jobs[msg.id].length;
        onProgress?.(done, articles.length);
        if (inFlight === 0 || jobs.length - next >= threads) send();
      });
      w.on('error', reject);
      w.on('exit', (code) => {
        if (next < jobs.length || inFlight > 0) reject(new Error(`sco-kg: an extraction thread stopped (exit code ${code})`));
      });
      send();
      if (jobs.length - next >= threads) send();
    });
  const pool = [...started.slice(0, threads), ...startWorkers(Math.max(0, threads - started.length))];
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all([...pool, ...started.slice(threads)].map((w) => w.terminate()));
  }
  return results.flat();
}
