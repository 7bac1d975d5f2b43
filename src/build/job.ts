// One extraction job, the same on a worker thread and on the main thread: read the files (or take the articles),
// extract each article, pack the results (one batch per file for file jobs, so that each file's extraction can be
// cached on its own).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../extract/pipeline.ts';
import type { Knowledge } from '../knowledge/load.ts';
import { packBatch } from '../graph/pack.ts';
import { articlesOfFile, type Skipped } from '../ingest/read-articles.ts';
import type { FileResult, Job, JobResult } from './pool.ts';
import type { Article } from './article.ts';
import { fingerprint } from '../graph/copies.ts';

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

/** sha1 of a file's bytes ('' when it cannot be read: the reader reports why). */
function fileHash(path: string): string {
  try {
    return sha1(readFileSync(path));
  } catch {
    return '';
  }
}

/** Extracts one article, its text's MinHash signature added to its metadata (the assembler groups wire copies by it). */
function extractWithFingerprint(a: Article, knowledge: Knowledge) {
  const x = extractArticle(a, knowledge);
  const f = fingerprint(a.text);
  if (f) x.article = { ...x.article, fingerprint: f };
  return x;
}

export function runJob(job: Job, knowledge: Knowledge): JobResult {
  if ('articles' in job) {
    const batch = packBatch(job.articles.map((a) => extractWithFingerprint(a, knowledge)));
    return { id: job.id, batch, articles: job.articles.length };
  }
  const keep = new Set(job.keepExtension);
  const perFile: FileResult[] = [];
  let articles = 0;
  for (const path of job.files) {
    const skipped: Skipped[] = [];
    const hash = fileHash(path);
    const textHashes: string[] = [];
    // article by article, read, extracted and packed: a JSON Lines file of a million articles is never held whole
    const extractions = function* () {
      for (const a of articlesOfFile(path, job.root, skipped, keep.has(path))) {
        textHashes.push(sha1(a.text));
        yield extractWithFingerprint(a, knowledge);
      }
    };
    const batch = packBatch(extractions());
    articles += textHashes.length;
    perFile.push({ path, hash, batch, textHashes, skipped });
  }
  return { id: job.id, perFile, files: job.files.length, articles };
}
