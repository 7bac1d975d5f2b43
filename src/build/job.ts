// One extraction job, the same on a worker thread and on the main thread: read the files (or take the articles),
// extract each article, pack the batch.
import { extractArticle } from '../extract/pipeline.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { packBatch } from '../graph/pack.ts';
import { readArticleFile, type Skipped } from '../ingest/read-articles.ts';
import type { Job, JobResult } from './pool.ts';

export function runJob(job: Job, knowledge: Knowledge): JobResult {
  if ('articles' in job) {
    const batch = packBatch(job.articles.map((a) => extractArticle(a, knowledge)));
    return { id: job.id, batch, articles: job.articles.length };
  }
  const skipped: Skipped[] = [];
  const keep = new Set(job.keepExtension);
  const articles = job.files.flatMap((f) => readArticleFile(f, job.root, skipped, keep.has(f)));
  const batch = packBatch(articles.map((a) => extractArticle(a, knowledge)));
  return { id: job.id, batch, files: job.files.length, articles: articles.length, skipped };
}
