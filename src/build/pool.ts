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

/** Extracts on `workers` threads; results come back in input order. */
export async function extractOnWorkers(articles: Article[], workers: number, onProgress?: (done: number, total: number) => void): Promise<ArticleExtraction[]> {
  const jobs = batches(articles);
  const results: ArticleExtraction[][] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  // compiled builds ship worker.js; from source, a bootstrap registers tsx inside the thread
  const url = import.meta.url.endsWith('.js') ? new URL('./worker.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);
  const run = (w: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= jobs.length) return resolve();
        const id = next++;
        w.postMessage({ id, articles: jobs[id] });
      };
      w.on('message', (msg: { id: number; extractions?: ArticleExtraction[]; error?: string }) => {
        if (msg.error) return reject(new Error(msg.error));
        results[msg.id] = msg.extractions!;
        done += jobs[msg.id].length;
        onProgress?.(done, articles.length);
        send();
      });
      w.on('error', reject);
      send();
    });
  const pool = Array.from({ length: Math.min(workers, jobs.length) }, () => new Worker(url));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}
