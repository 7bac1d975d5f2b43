// The viewer's core logic without a browser: overview and ego scopes, backbone edges, local layout (convergence and no
// overlaps), communities, attributes as colours, log scales, months, the remembered local file.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { graphFromSerialized } from '../../web/src/normalize-graph.ts';
import { indexGraph, monthOf } from '../../web/src/core/graph-index.ts';
import { computeVisibility } from '../../web/src/core/visibility.ts';
import { defaultState } from '../../web/src/core/view-state.ts';
import { backboneEdges, egoMembers, frontier, overviewMembers } from '../../web/src/core/scope.ts';
import { layoutLocally } from '../../web/src/core/local-layout.ts';
import { detectCommunities } from '../../web/src/core/communities.ts';
import { OTHER_COLOR, PALETTE, attributeColors, describeAttributes } from '../../web/src/core/attributes.ts';
import { edgeSize } from '../../web/src/core/display.ts';
import { createLabelDrawer, overlaps } from '../../web/src/core/labels.ts';
import { DEFAULT_SETTINGS } from '../../web/src/core/settings.ts';
import { recallFile, rememberFile, urlForFile } from '../../web/src/core/remembered-file.ts';
import { monthsBetween, weightAt, weightStep } from '../../web/src/core/scales.ts';

/** A star per kind: hub `<kind>:0` linked to `<kind>:1..n` by `met`, plus co-mentions between every pair of hubs. */
function stars(kinds: Record<string, number>) {
  const nodes: { key: string; attributes: Record<string, unknown> }[] = [];
  const edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[] = [];
  for (const [kind, n] of Object.entries(kinds)) {
    for (let i = 0; i <= n; i++) nodes.push({ key: `${kind}:${i}`, attributes: { kind, label: `${kind} ${i}`, x: i, y: kind.length } });
    for (let i = 1; i <= n; i++) edges.push({ key: `${kind}-${i}`, source: `${kind}:0`, target: `${kind}:${i}`, attributes: { relation: 'met', weight: i, evidence: [] } });
  }
  const hubs = Object.keys(kinds);
  hubs.forEach((a, i) => hubs.slice(i + 1).forEach((b) => edges.push({ key: `co-${a}-${b}`, source: `${a}:0`, target: `${b}:0`, attributes: { relation: 'co_mentioned', weight: 1, evidence: [] } })));
  const graph = graphFromSerialized({ attributes: { name: 'stars' }, nodes, edges });
  return { graph, index: indexGraph(graph) };
}

describe('overview', () => {
  it('shows every node of a small graph', () => {
    const { graph, index } = stars({ person: 5, country: 5 });
    const visibility = computeVisibility(graph, index, defaultState());
    expect(overviewMembers(graph, visibility, DEFAULT_SETTINGS.overview).size).toBe(graph.order);
  });

  it('keeps the most connected nodes of each kind with a quota, the budget shared among the kinds shown', () => {
    const { graph, index } = stars({ person: 300, country: 300, place: 300 });
    const visibility = computeVisibility(graph, index, defaultState());
    const members = overviewMembers(graph, visibility, { showAllUpTo: 10, perKind: { person: 3, country: 1 }, edgesPerNode: 3 });
    const kinds = [...members].map((k) => k.split(':')[0]);
    expect(kinds.filter((k) => k === 'place')).toEqual([]); // no quota
    expect(kinds.filter((k) => k === 'person').length).toBe(3);
    expect(kinds.filter((k) => k === 'country').length).toBe(1);
    expect(members.has('person:0') && members.has('country:0')).toBe(true); // the hubs first
    // countries hidden: their share goes to people
    const noCountries = computeVisibility(graph, index, { ...defaultState(), hiddenKinds: new Set(['country']) });
    expect(overviewMembers(graph, noCountries, { showAllUpTo: 10, perKind: { person: 3, country: 1 }, edgesPerNode: 3 }).size).toBe(4);
    // a file whose kinds have no quota: the most connected nodes whatever their kind
    const onlyPlaces = computeVisibility(graph, index, { ...defaultState(), hiddenKinds: new Set(['person', 'country']) });
    expect(overviewMembers(graph, onlyPlaces, { showAllUpTo: 10, perKind: { person: 3, country: 1 }, edgesPerNode: 3 }).has('place:0')).toBe(true);
  });

  it('keeps each member’s strongest edges only (backbone)', () => {
    const { graph, index } = stars({ person: 10 });
    const visibility = computeVisibility(graph, index, defaultState());
    const members = new Set(graph.nodes());
    const kept = backboneEdges(graph, visibility, members, 2);
    // the hub keeps weights 10 and 9; every leaf keeps its only edge
    expect(kept.size).toBe(10);
    expect(backboneEdges(graph, visibility, new Set(['person:0', 'person:10', 'person:9']), 1)).toEqual(new Set(['person-10', 'person-9']));
  });
});

describe('ego network', () => {
  it.each([
    [['person:0'], 3, 4],
    [['person:0'], 50, 11],
    [['person:3'], 50, 2],
    [['person:3', 'person:0'], 50, 11],
  ] as const)('expanded %j with %i neighbours each shows %i nodes', (expanded, maxNeighbours, size) => {
    const { graph, index } = stars({ person: 10 });
    const visibility = computeVisibility(graph, index, defaultState());
    const members = egoMembers(graph, visibility, expanded, { maxNeighbours, maxNodes: 400 });
    expect(members.size).toBe(size);
    for (const key of expanded) expect(members.has(key)).toBe(true);
  });

  it('grows one hop from the frontier and never past its cap', () => {
    const { graph, index } = stars({ person: 10 });
    const visibility = computeVisibility(graph, index, defaultState());
    const first = egoMembers(graph, visibility, ['person:3'], { maxNeighbours: 50, maxNodes: 400 });
    expect(frontier(first, ['person:3'])).toEqual(['person:0']);
    const second = egoMembers(graph, visibility, ['person:3', ...frontier(first, ['person:3'])], { maxNeighbours: 50, maxNodes: 400 });
    expect(second.size).toBe(11);
    expect(egoMembers(graph, visibility, ['person:0'], { maxNeighbours: 50, maxNodes: 5 }).size).toBe(5);
  });
});

describe('local layout', () => {
  it('runs ForceAtlas2 until it converges, then leaves no two discs overlapping', () => {
    const nodes = Array.from({ length: 60 }, (_v, i) => ({ key: `n${i}`, x: (i % 7) * 0.01, y: Math.floor(i / 7) * 0.01, size: 4 + (i % 5) }));
    const edges = nodes.slice(1).map((n, i) => ({ source: `n${Math.floor(i / 4)}`, target: n.key, weight: 1 + (i % 3) }));
    const result = layoutLocally(nodes, edges, DEFAULT_SETTINGS.localLayout);
    expect(result.converged).toBe(true);
    expect(result.iterations).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.localLayout.minIterations);
    expect(result.iterations).toBeLessThan(DEFAULT_SETTINGS.localLayout.maxIterations);
    const clashes: string[] = [];
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.key >= b.key) continue;
        const [p, q] = [result.positions.get(a.key)!, result.positions.get(b.key)!];
        if (Math.hypot(p.x - q.x, p.y - q.y) < a.size + b.size) clashes.push(`${a.key}/${b.key}`);
      }
    }
    expect(clashes).toEqual([]);
    // same input, same output
    expect(layoutLocally(nodes, edges, DEFAULT_SETTINGS.localLayout).positions).toEqual(result.positions);
  });

  it('stops at the iteration cap when told to converge to nothing', () => {
    const nodes = Array.from({ length: 20 }, (_v, i) => ({ key: `n${i}`, x: i, y: i % 3, size: 3 }));
    const edges = nodes.slice(1).map((n) => ({ source: 'n0', target: n.key, weight: 1 }));
    const result = layoutLocally(nodes, edges, { ...DEFAULT_SETTINGS.localLayout, tolerance: 0, maxIterations: 100 });
    expect(result).toMatchObject({ converged: false, iterations: 100 });
  });
});

describe('communities and attributes', () => {
  it('finds the two cliques of a barbell, the same way every time', () => {
    const graph = new Graph({ type: 'directed', multi: true });
    const clique = (p: string) => {
      for (let i = 0; i < 6; i++) graph.addNode(`${p}${i}`, { kind: 'person', label: `${p}${i}` });
      for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) graph.addEdge(`${p}${i}`, `${p}${j}`, { relation: 'met', weight: 1, evidence: [] });
    };
    clique('a');
    clique('b');
    graph.addEdge('a0', 'b0', { relation: 'met', weight: 1, evidence: [] });
    graph.addNode('alone', { kind: 'person', label: 'alone' });
    const c = detectCommunities(graph as never);
    expect(c.of.get('a1')).toBe(c.of.get('a5'));
    expect(c.of.get('b1')).toBe(c.of.get('b5'));
    expect(c.of.get('a1')).not.toBe(c.of.get('b1'));
    expect(c.sizes.slice(0, 2)).toEqual([6, 6]);
    expect(c.sizes.at(-1)).toBe(1);
    expect(detectCommunities(graph as never).of).toEqual(c.of);
  });

  it('describes attributes and colours them: categories by frequency, numbers on a ramp', () => {
    const graph = graphFromSerialized({
      nodes: ['a', 'b', 'c', 'd'].map((key, i) => ({ key, attributes: { label: key, club: i < 3 ? 'north' : 'south', score: i * 10, x: i, y: i } })),
      edges: [],
    });
    const info = describeAttributes(graph);
    const club = info.find((a) => a.name === 'club')!;
    expect(club).toMatchObject({ type: 'categorical', values: ['north', 'south'] });
    expect(info.find((a) => a.name === 'score')).toMatchObject({ type: 'numeric', min: 0, max: 30 });
    expect(info.some((a) => ['x', 'y', 'label'].includes(a.name))).toBe(false);
    const colours = attributeColors(club);
    expect([colours.color('north'), colours.color('south'), colours.color('east')]).toEqual([PALETTE[0], PALETTE[1], OTHER_COLOR]);
    const ramp = attributeColors(info.find((a) => a.name === 'score')!);
    expect(ramp.color(0)).not.toBe(ramp.color(30));
  });
});

describe('scales and dates', () => {
  it.each([
    [1, 2339, 1],
    [2339, 2339, 4],
    [100000, 2339, 4],
    [5, 1, 1],
  ])('an edge of weight %i (max %i) is %f px or thinner, capped', (weight, max, cap) => {
    const size = edgeSize(weight, max, 4);
    expect(size).toBeLessThanOrEqual(cap);
    expect(size).toBeGreaterThanOrEqual(1);
  });

  it('edge thickness grows with the log of the weight', () => {
    expect(edgeSize(48, 2304, 4) - edgeSize(1, 2304, 4)).toBeCloseTo(edgeSize(2304, 2304, 4) - edgeSize(48, 2304, 4), 1);
  });

  it.each([
    [0, 2339, 1],
    [50, 2339, 48],
    [100, 2339, 2339],
    [100, 1, 1],
  ])('the weight slider at %i (max %i) asks for weight ≥ %i, and back', (step, max, weight) => {
    expect(weightAt(step, max)).toBe(weight);
    if (max > 1) expect(weightStep(weight, max)).toBe(step);
  });

  it.each([
    ['2024-05-22', '2024-05'],
    ['2019', '2019-01'],
    [2019, '2019-01'],
    ['22 May 2024', '2024-01'],
    ['2024-13-01', '2024-01'],
    ['soon', null],
    [undefined, null],
  ])('the month of %j is %j', (date, month) => {
    expect(monthOf(date)).toBe(month);
  });

  it('lists the months between two, across years', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
  });

  it('label boxes overlap only when they share area', () => {
    const box = (x: number, y: number) => ({ key: '', label: '', x, y, width: 10, height: 5 });
    expect(overlaps(box(0, 0), box(9, 4))).toBe(true);
    expect(overlaps(box(0, 0), box(10, 0))).toBe(false);
    expect(overlaps(box(0, 0), box(0, 5))).toBe(false);
  });

  describe('the label drawer', () => {
    // a canvas of 400 × 300 px whose text is 6 px per character; labels 10 px high, no padding
    const context = () => {
      const drawn: [string, number, number][] = [];
      const ctx = { canvas: { clientWidth: 400, clientHeight: 300 }, font: '', fillStyle: '', measureText: (t: string) => ({ width: 6 * t.length }), fillText: (t: string, x: number, y: number) => drawn.push([t, x, y]) };
      return { ctx: ctx as unknown as CanvasRenderingContext2D, drawn };
    };
    const settings = { labelSize: 10, labelFont: 'x', labelWeight: '500', labelColor: { color: '#000' } };
    const node = (key: string, x: number, y: number, label = 'Label') => ({ key, label, x, y, size: 5 });
    // where each label went: right of its node (x + 8), left (x - 8 - width), under, over; or nowhere
    it.each([
      ['free space: right of the node', [], node('a', 100, 100), 'right'],
      ['another disc on the right: left', [{ key: 'b', x: 110, y: 95, width: 10, height: 10 }], node('a', 100, 100), 'left'],
      ['its own disc never blocks it', [{ key: 'a', x: 95, y: 95, width: 10, height: 10 }], node('a', 100, 100), 'right'],
      ['the canvas edge on the right: left', [], node('a', 380, 100), 'left'],
      ['both sides blocked: under', [{ key: 'b', x: 60, y: 95, width: 100, height: 10 }], node('a', 100, 100), 'under'],
      ['everything blocked: no label', [{ key: 'b', x: 0, y: 0, width: 400, height: 300 }], node('a', 100, 100), 'none'],
      ['every place blocked by discs less than half its width: over the one on the right', [{ key: 'b', x: 60, y: 85, width: 4, height: 30 }, { key: 'c', x: 110, y: 96, width: 4, height: 4 }, { key: 'd', x: 85, y: 105, width: 4, height: 4 }, { key: 'e', x: 85, y: 85, width: 4, height: 4 }], node('a', 100, 100), 'right'],
      ['every place blocked by a disc as wide as its own: no label', [{ key: 'b', x: 60, y: 85, width: 10, height: 30 }, { key: 'c', x: 110, y: 96, width: 10, height: 10 }, { key: 'd', x: 85, y: 105, width: 10, height: 10 }, { key: 'e', x: 85, y: 80, width: 10, height: 10 }], node('a', 100, 100), 'none'],
      ['every place blocked by a control over the canvas: no label', [{ key: '', x: 60, y: 85, width: 80, height: 30 }], node('a', 100, 100), 'none'],
    ])('%s', (_name, obstacles, data, where) => {
      const { ctx, drawn } = context();
      const drawer = createLabelDrawer(0, () => obstacles);
      drawer.reset();
      drawer.draw(ctx, data, settings);
      const at = drawn[0];
      const place = !at ? 'none' : at[1] === data.x + 8 ? 'right' : at[1] === data.x - 8 - 30 ? 'left' : at[2] > data.y + 5 ? 'under' : 'over';
      expect(place).toBe(where);
      expect(drawer.drawn().length).toBe(where === 'none' ? 0 : 1);
    });

    it('never draws two labels over each other, and starts afresh each frame', () => {
      const { ctx, drawn } = context();
      const drawer = createLabelDrawer(2);
      drawer.reset();
      drawer.draw(ctx, node('a', 100, 100, 'First label'), settings);
      drawer.draw(ctx, node('b', 100, 100, 'Second label'), settings);
      drawer.draw(ctx, node('c', 100, 100, 'Third'), settings);
      const boxes = drawer.drawn();
      for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
      expect(drawn.length).toBe(boxes.length);
      drawer.reset();
      expect(drawer.drawn()).toEqual([]);
    });
  });
});

describe('a local file kept for a reload', () => {
  function memoryStorage(limit = Infinity): Storage {
    const data = new Map<string, string>();
    return {
      get length() {
        return data.size;
      },
      key: (i) => [...data.keys()][i] ?? null,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => {
        if (v.length > limit) throw new Error('QuotaExceededError');
        data.set(k, v);
      },
      removeItem: (k) => void data.delete(k),
      clear: () => data.clear(),
    };
  }

  it('is recalled by name, replaces the previous one, and a file too big says so', () => {
    const storage = memoryStorage(100);
    expect(rememberFile('a.json', '{"nodes":[]}', storage)).toBe(true);
    expect(recallFile('a.json', storage)).toBe('{"nodes":[]}');
    expect(rememberFile('b.json', 'x', storage)).toBe(true);
    expect(recallFile('a.json', storage)).toBeNull();
    expect(rememberFile('big.json', 'x'.repeat(101), storage)).toBe(false);
    expect(recallFile('big.json', storage)).toBeNull();
    expect(rememberFile('c.json', 'x', null)).toBe(false);
  });

  it('is named in the URL instead of ?graph=', () => {
    expect(urlForFile('http://h/app/?graph=big.json&debug#node=x', 'mine.gexf')).toBe('http://h/app/?debug=&file=mine.gexf');
  });
});

describe('search index', () => {
  it('built a slice at a time (idle time) gives the entries built at once', () => {
    const { graph } = stars({ person: 700, country: 300 });
    const sliced = indexGraph(graph);
    let slices = 0;
    while (!sliced.prepareSearch(0)) slices++;
    expect(slices).toBeGreaterThan(1); // 1,002 nodes, 256 per slice at least
    expect(sliced.prepareSearch(0)).toBe(true);
    expect(sliced.search()).toEqual(indexGraph(graph).search());
    // half built, then asked for at once: completed, not started again
    const half = indexGraph(graph);
    half.prepareSearch(0);
    expect(half.search().map((e) => e.key)).toEqual(graph.nodes());
  });
});
