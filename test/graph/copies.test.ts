// Wire copies: one agency story printed by several outlets is found as near-duplicates and counted once.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build/index.ts';
import { fingerprint, groupCopies, similarity } from '../../src/graph/copies.ts';
import { graphToJson } from '../../src/io/write-graph.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { meetings } from '../../src/cli/commands/meetings.ts';
import { runCommand } from '../cli/helpers.ts';
import { copy, OTHER, STORY, wireArticles } from './wire-story.ts';

describe('fingerprint and similarity', () => {
  it('finds an edited printing near and another story far; short texts get no signature', () => {
    const a = fingerprint(STORY)!;
    const b = fingerprint(copy('ASTANA (Wire) --', 'Reporting by a correspondent; editing by the desk.', (s) => s.replace('on Monday', 'on Monday, 3 June')))!;
    const c = fingerprint(OTHER)!;
    expect(similarity(a, a)).toBe(1);
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.6);
    expect(similarity(a, c)).toBeLessThan(0.2);
    expect(fingerprint('Too short to say anything about copies.')).toBeUndefined();
  });

  it('groups the same way whatever the order, the smallest id first', () => {
    const items = [
      { id: 'c', fingerprint: fingerprint(copy('Via Wire', 'More news at our site today'))! },
      { id: 'a', fingerprint: fingerprint(STORY)! },
      { id: 'z', fingerprint: fingerprint(OTHER)! },
      { id: 'b', fingerprint: fingerprint(copy('By Wire staff', 'Follow us for more'))! },
      { id: 'short' },
    ];
    const g1 = groupCopies(items);
    const g2 = groupCopies([...items].reverse());
    expect([...g1].sort()).toEqual([...g2].sort());
    expect(g1.get('b')).toEqual(['a', 'b', 'c']);
    expect(g1.has('z')).toBe(false);
    expect(g1.has('short')).toBe(false);
  });
});

describe('wire copies in the graph', () => {
  const articles = wireArticles();

  it('counts the evidence of copies once, keeps the copies and their outlets on each article', async () => {
    const graph = await buildGraph(articles, { layout: false });
    const met = graph.edges().map((k) => graph.getEdgeAttributes(k)).find((e) => e.relation === 'met' && e.evidence.some((ev) => ev.sentence.includes('Tokayev')))!;
    // one sentence from the three printings of the wire story, one from the independent report
    expect(met.weight).toBe(2);
    expect(met.evidence.map((e) => e.article)).toEqual(['agency', 'own-report']);
    const arts = graph.getAttribute('articles');
    expect(arts['paper-1'].copies).toEqual([{ article: 'agency', source: 'Wire Agency' }, { article: 'paper-2', source: 'Evening Two' }]);
    expect(arts['own-report'].copies).toBeUndefined();
    expect(Object.values(arts).some((a) => 'fingerprint' in a)).toBe(false);
    // mentions of Japarov: the most of any one printing (2) plus the independent report's (1)
    const japarov = graph.nodes().find((n) => graph.getNodeAttribute(n, 'label') === 'Sadyr Japarov')!;
    expect(graph.getNodeAttribute(japarov, 'mentions')).toBe(3);
    expect(graph.getNodeAttribute(japarov, 'articles')).toEqual(['agency', 'own-report', 'paper-1', 'paper-2']);
  });

  it('gives the same graph whatever the order of the articles', async () => {
    const a = graphToJson(await buildGraph(articles, { layout: false }));
    const b = graphToJson(await buildGraph([...articles].reverse(), { layout: false }));
    expect(b).toBe(a);
  });

  it('shows where else the evidence was printed, in --json and in the table', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kg-copies-')), 'graph.json');
    writeFileSync(file, graphToJson(await buildGraph(articles, { layout: false })));
    const json = JSON.parse((await runCommand(meetings, [file, 'Tokayev', '--json'])).out);
    const evidence = json.meetings[0].evidence;
    expect(evidence.find((e: { article: string }) => e.article === 'agency').alsoIn).toEqual(['Daily One', 'Evening Two']);
    expect(evidence.find((e: { article: string }) => e.article === 'own-report').alsoIn).toBeUndefined();
    expect((await runCommand(meetings, [file, 'Tokayev'])).out).toContain('[agency; also in Daily One, Evening Two]');
  });
});
