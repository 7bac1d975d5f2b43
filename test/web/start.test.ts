// `npm start` rebuilds the graph when it is missing or older than any article (nested folders included).
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { graphIsStale } from '../../src/cli/start.ts';

describe('graphIsStale', () => {
  it('is true when the graph is missing or older than some article, false otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sco-kg-start-'));
    try {
      const articles = join(dir, 'articles');
      mkdirSync(join(articles, 'nested'), { recursive: true });
      const graph = join(dir, 'graph.json');
      const article = join(articles, 'nested', 'a.txt');
      writeFileSync(article, 'text');
      utimesSync(article, new Date(1_000_000), new Date(1_000_000));
      expect(graphIsStale(graph, articles)).toBe(true);
      writeFileSync(graph, '{}');
      utimesSync(graph, new Date(2_000_000), new Date(2_000_000));
      expect(graphIsStale(graph, articles)).toBe(false);
      utimesSync(article, new Date(3_000_000), new Date(3_000_000));
      expect(graphIsStale(graph, articles)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
