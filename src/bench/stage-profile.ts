// Per-stage timing of the extraction pipeline on the main thread: wraps each of STAGES with a timer and runs the real
// extractArticle() over a sample of articles, so the numbers include the per-article assembly after the stages.
import type { Article } from '../build/article.ts';
import { extractArticle, STAGES } from '../extract/pipeline.ts';
import type { Stage } from '../extract/document.ts';
import { loadKnowledge } from '../knowledge/load.ts';

export interface StageProfile {
  articles: number;
  bytes: number;
  totalMs: number;
  /** stage name → ms; "(after stages)" is extractArticle's own work once the stages are done */
  stages: { name: string; ms: number }[];
}

/** Times every stage over `articles` (one thread). The knowledge base is loaded before the clock starts. */
export function profileStages(articles: Article[]): StageProfile {
  const knowledge = loadKnowledge();
  const ms = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
  const timed: Stage[] = STAGES.map((s) => ({
    ...s,
    run(doc) {
      const t = performance.now();
      s.run(doc);
      ms.set(s.name, ms.get(s.name)! + performance.now() - t);
    },
  }));
  let bytes = 0;
  const t0 = performance.now();
  for (const a of articles) {
    extractArticle(a, knowledge, timed);
    bytes += Buffer.byteLength(a.text);
  }
  const totalMs = performance.now() - t0;
  const inStages = [...ms.values()].reduce((x, y) => x + y, 0);
  return {
    articles: articles.length,
    bytes,
    totalMs,
    stages: [...[...ms].map(([name, v]) => ({ name, ms: v })), { name: '(after stages)', ms: totalMs - inStages }],
  };
}
