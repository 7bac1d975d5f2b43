// One extraction job, the same on a worker thread and on the main thread: read the files (or take the articles),
// extract each article, pack the batch.
import { extractArticle, type ArticleExtraction } from '../extract/pipeline.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { packBatch } from '../graph/pack.ts';
import { articlesOfFile, type Skipped } from '../ingest/read-articles.ts';
import type { Job, JobResult } from './pool.ts';
import type { PackedBatch } from '../graph/pack.ts';

/** Articles packed together: extractions are packed (and freed) as they come, not held for a whole job. */
const BATCH_ARTICLES = 2000;

export function runJob(job: Job, knowledge: Knowledge): JobResult {
  if ('articles' in job) {
    const batch = packBatch(job.articles.map((a) => extractArticle(a, knowledge)));
    return { id: job.id, batches: [batch], articles: job.articles.length };
  }
  const skipped: Skipped[] = [];
  const keep = new Set(job.keepExtension);
  const batches: PackedBatch[] = [];
  let pending: ArticleExtraction[] = [];
  let articles = 0;
  for (const f of job.files) {
    for (const a of articlesOfFile(f, job.root, skipped, keep.has(f))) {
      pending.push(extractArticle(a, knowledge));
      articles++;
      if (pending.length >= BATCH_ARTICLES) {
        batches.push(packBatch(pending));
        pending = [];
      }
    }
  }
  if (pending.length || !batches.length) batches.push(packBatch(pending));
  return { id: job.id, batches, files: job.files.length, articles, skipped };
}
