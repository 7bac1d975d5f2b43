// Worker thread: extracts the articles it is sent and posts the extractions back.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/pipeline.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import type { Article } from './article.ts';
import { packSentences, type BatchResult } from './pool.ts';

const knowledge = loadKnowledge();
parentPort!.on('message', (msg: { id: number; articles: Article[] }) => {
  try {
    const extractions = msg.articles.map((a) => extractArticle(a, knowledge));
    const sentences = packSentences(extractions);
    parentPort!.postMessage({ id: msg.id, extractions, sentences } satisfies BatchResult);
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: (err as Error).stack ?? String(err) });
  }
});
