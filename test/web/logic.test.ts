// The viewer's pure parts, without a browser: URL hash, filters, presets, search ranking, graph normalisation, text-only DOM.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { ENTITY_KINDS } from '../../src/graph/types.ts';
import { RELATION_KINDS } from '../../src/graph/relations.ts';
import { indexGraph } from '../../web/src/core/graph-index.ts';
import { normalizeGraph } from '../../web/src/normalize-graph.ts';
import { PRESETS, summitPreset } from '../../web/src/core/presets.ts';
import { searchEntries, searchSentences } from '../../web/src/views/search.ts';
import { hashToState, stateToHash } from '../../web/src/core/url-hash.ts';
import { defaultState, type ViewState } from '../../web/src/core/view-state.ts';
import { alsoInText } from '../../web/src/copies.ts';
import { computeVisibility } from '../../web/src/core/visibility.ts';
import { ROOT } from './site.ts';

function fixture() {
  const data = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/mini-graph.json'), 'utf8'));
  const graph = normalizeGraph(Graph.from(data));
  return { graph, index: indexGraph(graph) };
}

const kindsOf = (graph: ReturnType<typeof fixture>['graph'], keys: Iterable<string>) => new Set([...keys].map((k) => graph.getNodeAttribute(k, 'kind')));

describe('url hash', () => {
  it('is empty for the default state and round-trips every field', () => {
    expect(stateToHash(defaultState())).toBe('');
    const state: ViewState = {
      selected: 'person:wang-yi',
      hiddenKinds: new Set(['place', 'country']),
      hiddenRelations: new Set(),
      minWeight: 3,
      years: [2019, 2024],
      summit: 'summit:sco-2024-astana',
      linkedOnly: true,
      scope: 'ego',
      ego: ['person:wang-yi', 'country:china,with-comma'],
      colorBy: 'community',
      sizeBy: 'mentions',
      until: '2024-05',
      community: 3,
    };
    const hash = stateToHash(state);
    expect(hash).toContain('node=person%3Awang-yi');
    expect(hash).toContain('roff=&'); // co-mentions switched on: an explicit empty list
    expect(hashToState(`#${hash}`)).toEqual(state);
  });

  it('falls back to defaults on malformed fields', () => {
    const state = hashToState('#w=abc&years=soon&linked=yes&node=');
    expect(state).toEqual(defaultState());
  });
});

describe('filters', () => {
  it('hides co-mentions by default and a kind when it is switched off', () => {
    const { graph, index } = fixture();
    const all = computeVisibility(graph, index, defaultState());
    expect(all.nodes.size).toBe(graph.order);
    expect([...all.edges].some((e) => graph.getEdgeAttribute(e, 'relation') === 'co_mentioned')).toBe(false);
    const noCountries = computeVisibility(graph, index, { ...defaultState(), hiddenKinds: new Set(['country']) });
    expect(kindsOf(graph, noCountries.nodes).has('country')).toBe(false);
    for (const e of noCountries.edges) for (const end of graph.extremities(e)) expect(noCountries.nodes.has(end)).toBe(true);
  });

  it('"who met whom" leaves only people linked by met', () => {
    const { graph, index } = fixture();
    const preset = PRESETS.find((p) => p.id === 'who-met-whom')!;
    const v = computeVisibility(graph, index, preset.apply(defaultState(), index));
    expect([...kindsOf(graph, v.nodes)]).toEqual(['person']);
    expect(new Set([...v.edges].map((e) => graph.getEdgeAttribute(e, 'relation')))).toEqual(new Set(['met']));
    expect(v.nodes).toEqual(new Set(['person:wang-yi', 'person:sergei-aleinik', 'person:jeenbek-kulubaev']));
  });

  it("a summit's view shows the summit, its attendees and its host", () => {
    const { graph, index } = fixture();
    const summit = index.summits[0];
    const v = computeVisibility(graph, index, summitPreset(summit).apply(defaultState(), index));
    expect(v.nodes).toEqual(new Set(['summit:sco-2024-astana', 'person:xi-jinping', 'country:kazakhstan']));
  });

  it('minimum weight and year range hide edges', () => {
    const { graph, index } = fixture();
    const heavy = computeVisibility(graph, index, { ...defaultState(), minWeight: 2 });
    for (const e of heavy.edges) expect(graph.getEdgeAttribute(e, 'weight')).toBeGreaterThanOrEqual(2);
    const before = computeVisibility(graph, index, { ...defaultState(), years: [2000, 2010] });
    expect(before.nodes.has('summit:sco-2024-astana')).toBe(false);
    expect([...before.edges].every((e) => !index.edgeYear.has(e) || index.edgeYear.get(e)! <= 2010)).toBe(true);
  });

  it('lists every schema kind and relation, in schema order', () => {
    const { index } = fixture();
    expect([...index.kindCounts.keys()].slice(0, ENTITY_KINDS.length)).toEqual([...ENTITY_KINDS]);
    expect([...index.relationCounts.keys()].slice(0, RELATION_KINDS.length)).toEqual(RELATION_KINDS);
  });
});

describe('search', () => {
  it('finds labels and aliases, accent- and case-insensitively, best match first', () => {
    const { index } = fixture();
    expect(searchEntries(index.search(), 'wang yi')[0].entry.key).toBe('person:wang-yi');
    expect(searchEntries(index.search(), 'WANG')[0].entry.key).toBe('person:wang-yi');
    expect(searchEntries(index.search(), 'Astana summit')[0]).toMatchObject({ entry: { key: 'summit:sco-2024-astana' }, matched: 'Astana summit' });
    expect(searchEntries(index.search(), 'aleïnik')[0].entry.key).toBe('person:sergei-aleinik');
    expect(searchEntries(index.search(), 'zzz')).toEqual([]);
  });

  it('finds people by a role after names, and sentences of the graph file by their text', () => {
    const g = new Graph({ multi: true });
    g.addNode('p:a', { kind: 'person', label: 'Ana Vell', roles: ['Harbour Commissioner'] });
    g.addNode('p:b', { kind: 'person', label: 'Commissioner Bray' });
    g.addNode('c:x', { kind: 'country', label: 'Xandria' });
    g.addEdgeWithKey('e1', 'p:a', 'c:x', { relation: 'visited', weight: 1, evidence: [{ article: 'a1', sentence: 'Ana Vell toured the salt flats of Xandria.', start: 0, end: 42 }] });
    g.addEdgeWithKey('e2', 'p:b', 'c:x', { relation: 'visited', weight: 1, evidence: [{ article: 'a2', start: 10, end: 50 }] });
    const index = indexGraph(normalizeGraph(g));
    const found = searchEntries(index.search(), 'commissioner');
    expect(found.map((m) => [m.entry.key, m.role ?? false])).toEqual([
      ['p:b', false],
      ['p:a', true],
    ]);
    expect(searchSentences(index.sentences(), 'SALT FLATS')).toEqual([{ edge: 'e1', at: 0 }]);
    expect(searchSentences(index.sentences(), 'sa')).toEqual([]);
    expect(index.edgesCiting('a2', 10)).toEqual(['e2']);
    expect(index.edgesCiting('a2', 11)).toEqual([]);
  });
});

describe('normalizeGraph', () => {
  it('reads GEXF-style attributes (lists and evidence as text) and lays out nodes without positions', () => {
    const g = new Graph({ multi: true });
    g.addNode('a', { kind: 'person', label: 'A', aliases: 'A|Mr A', roles: '["Minister"]', mentions: '2' });
    g.addNode('b', { label: 'B' });
    g.addEdge('a', 'b', { relation: 'met', weight: '3', evidence: JSON.stringify([{ article: 'x', sentence: 'A met B.' }]) });
    const n = normalizeGraph(g);
    expect(n.getNodeAttributes('a')).toMatchObject({ kind: 'person', aliases: ['A', 'Mr A'], roles: ['Minister'], mentions: 2 });
    expect(n.getNodeAttributes('b')).toMatchObject({ label: 'B', aliases: ['B'] });
    expect(n.getEdgeAttributes(n.edges()[0])).toMatchObject({ relation: 'met', weight: 3, evidence: [{ article: 'x', sentence: 'A met B.' }] });
    n.forEachNode((_k, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  it('keeps the evidence references of a lean graph file (no sentence) as evidence with an empty sentence', () => {
    const g = new Graph({ multi: true });
    g.addNode('a', { kind: 'person', label: 'A' });
    g.addNode('b', { kind: 'person', label: 'B' });
    g.addEdge('a', 'b', { relation: 'met', weight: 5, evidence: [{ article: 'x', start: 4, end: 30, date: '2024-01-02' }, { article: 'y', sentence: 'A met B.', start: 0, end: 8 }] });
    const n = normalizeGraph(g);
    expect(n.getEdgeAttribute(n.edges()[0], 'evidence')).toEqual([
      { article: 'x', sentence: '', start: 4, end: 30, date: '2024-01-02' },
      { article: 'y', sentence: 'A met B.', start: 0, end: 8 },
    ]);
  });
});

describe('viewer sources', () => {
  it('never parse text as HTML', () => {
    const dir = join(ROOT, 'web/src');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files).toContain(join('views', 'panel.ts')); // the views and core folders are read too
    for (const file of files) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment/);
    }
  });
});

describe('wire copies in the panel', () => {
  const meta = (copies: unknown) => ({ id: 'a', file: 'a.txt', title: 'A', copies }) as never;
  it.each([
    [undefined, ''],
    [[], ''],
    [[{ article: 'b', source: 'Daily One' }, { article: 'c' }, { article: 'd', source: 'Daily One' }], 'also in Daily One, c'],
    ['not a list', ''],
    [[null, 5, { source: '<b>x</b>' }], 'also in <b>x</b>'],
  ])('alsoInText(%j) = %j', (copies, expected) => {
    expect(alsoInText(copies === undefined ? undefined : meta(copies))).toBe(expected);
  });
});
