// The viewer on a graph of the bench corpus's size (9.6k nodes, 54k edges, synthetic) and on the seeds: overview first,
// ego networks one hop at a time, hit-testing, the edge evidence panel, the timeline, communities, foreign files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { syntheticGraph } from '../../src/bench/viewer-synthetic.ts';
import { launchChromium } from './chromium.ts';
import { darkPixelsIn } from './pixels.ts';
import { ROOT, buildSite, type Site } from './site.ts';
import type { LabelBox } from '../../web/src/core/labels.ts';

const SHOTS = join(ROOT, 'test-results/viewer');

let site: Site;
let browser: Browser;
let problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await buildSite();
  writeFileSync(join(site.dir, 'big.json'), JSON.stringify(syntheticGraph(9600, 54_000)));
  // what networkx writes: no kind, no relation, undirected edges with a weight and a free attribute
  writeFileSync(
    join(site.dir, 'networkx.gexf'),
    `<?xml version="1.0" encoding="utf-8"?><gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph defaultedgetype="undirected" mode="static">
<attributes class="node" mode="static"><attribute id="0" title="club" type="string"/></attributes>
<nodes>${['Ann', 'Bob', 'Cid', 'Dee', 'Eve'].map((n, i) => `<node id="${i}" label="${n}"><attvalues><attvalue for="0" value="${i < 3 ? 'north' : 'south'}"/></attvalues></node>`).join('')}</nodes>
<edges><edge source="0" target="1" id="0" weight="2"/><edge source="1" target="2" id="1"/><edge source="3" target="4" id="2"/><edge source="0" target="3" id="3"/></edges>
</graph></gexf>`,
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path = ''): Promise<Page> {
  problems = [];
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(site.url + path);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  return page;
}

/** A drawn label's box, as the viewer's label drawer gives it. */
type Box = LabelBox;

const drawnLabels = (page: Page) => page.evaluate(() => (window as unknown as { scoKg: { labels(): Box[] } }).scoKg.labels().map((b) => ({ ...b })));
const shown = async (page: Page) => {
  const m = /showing (\d+) of (\d+) nodes, (\d+) of (\d+) edges/.exec((await page.locator('#status').textContent()) ?? '');
  if (!m) throw new Error('no status line');
  return { nodes: Number(m[1]), total: Number(m[2]), edges: Number(m[3]) };
};

/** Viewport position (page pixels) of a drawn node. */
async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number; size: number }> {
  const p = await page.evaluate((k) => {
    const { renderer } = (window as unknown as { scoKg: { renderer: { getNodeDisplayData(k: string): { x: number; y: number; size: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; scaleSize(s: number): number } } }).scoKg;
    const d = renderer.getNodeDisplayData(k);
    return { ...renderer.framedGraphToViewport(d), size: renderer.scaleSize(d.size) };
  }, key);
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y, size: p.size };
}

describe('viewer at size (Chromium)', () => {
  it('opens the 9.6k-node graph on a readable overview: ≥ 30 labels, none overlapping, typed relations, co-mentions off', async () => {
    const page = await open('?debug&graph=big.json');
    const counts = await shown(page);
    expect(counts.total).toBe(9600);
    expect(counts.nodes).toBeGreaterThan(30);
    expect(counts.nodes).toBeLessThanOrEqual(150);
    expect(await page.locator('[data-filter="relations"] input[value="co_mentioned"]').isChecked()).toBe(false);
    expect(await page.locator('button[data-scope="overview"]').getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(SHOTS, '10-big-overview.png') });
    const labels = await drawnLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(30);
    const overlapping = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.label} / ${b.label}`));
    expect(overlapping).toEqual([]);
    // labels are whole names, never cut with an ellipsis
    expect(labels.filter((b) => b.label.endsWith('…'))).toEqual([]);
    // and the screenshot shows them: text pixels in every label's box, inside the canvas (not under the legend)
    const graphBox = (await page.locator('#graph').boundingBox())!;
    const png = await page.screenshot({ clip: graphBox });
    const dark = await darkPixelsIn(page, png, labels);
    expect(labels.filter((b, i) => dark[i] < 20 || b.x < 0 || b.y < 0 || b.x + b.width > graphBox.width || b.y + b.height > graphBox.height).map((b) => b.label)).toEqual([]);
    // ForceAtlas2 ran with a convergence test, not a fixed count
    expect(await page.evaluate(() => document.body.dataset.localLayout)).toMatch(/^\d+:(converged|capped)$/);
    // the whole graph is one click away, and back
    await page.locator('button[data-scope="all"]').click();
    await expect.poll(async () => (await shown(page)).nodes).toBeGreaterThan(5000);
    await page.locator('button[data-scope="overview"]').click();
    await expect.poll(async () => (await shown(page)).nodes).toBe(counts.nodes);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the first screen from the parsed file before building the whole graph, which then keeps it as it is', async () => {
    const page = await open('?debug&graph=big.json');
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    expect(marks['sco-kg:first-render']).toBeLessThan(marks['sco-kg:whole-graph']);
    const { first, now, order } = await page.evaluate(() => {
      const s = (window as unknown as { scoKg: { firstScreen: Record<string, [number, number]>; graph: { mapNodes<T>(f: (k: string, a: { x: number; y: number }) => T): T[] }; source: { order: number } } }).scoKg;
      return { first: s.firstScreen, now: Object.fromEntries(s.graph.mapNodes((k, a) => [k, [a.x, a.y]])), order: s.source.order };
    });
    expect(order).toBe(9600); // the whole graph is in
    expect(Object.keys(first).length).toBeGreaterThan(30);
    expect(now).toEqual(first); // the same nodes at the same places: nothing jumps when the whole graph arrives
    // a graph opened on another view than the plain overview is built whole first
    const other = await open('?debug&graph=big.json#view=all');
    expect(await other.evaluate(() => performance.getEntriesByName('sco-kg:whole-graph').length)).toBe(0);
    expect((await shown(other)).nodes).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
    await page.close();
    await other.close();
  });

  it('a click in the overview opens an ego network that expands one hop at a time; Overview goes back', async () => {
    const page = await open('?debug&graph=big.json');
    const overview = await shown(page);
    const key = await page.evaluate(() => (window as unknown as { scoKg: { graph: { nodes(): string[] } } }).scoKg.graph.nodes()[0]);
    const point = await nodePoint(page, key);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.evaluate(() => document.body.dataset.scope)).toBe('ego');
    expect(page.url()).toContain(`ego=${encodeURIComponent(key)}`);
    const ego = await shown(page);
    expect(ego.nodes).toBeGreaterThan(1);
    const title = await page.locator('#panel-title').textContent();
    expect(title).toBeTruthy();
    // the canvas shrank with the panel: it does not cover it, so the panel's buttons get the clicks
    const canvas = (await page.locator('#graph canvas').first().boundingBox())!;
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(canvas.x + canvas.width).toBeLessThanOrEqual(panel.x + 1);
    await page.locator('[data-action="expand-all"]').click();
    await expect.poll(async () => (await shown(page)).nodes).toBeGreaterThan(ego.nodes);
    await page.screenshot({ path: join(SHOTS, '11-big-ego.png') });
    await page.locator('#panel .close').click();
    await expect.poll(() => page.locator('body').getAttribute('class')).not.toContain('has-selection');
    await page.locator('button[data-scope="overview"]').click();
    await expect.poll(async () => (await shown(page)).nodes).toBe(overview.nodes);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a click on the biggest node of the whole graph selects that node, not a small one drawn inside it', async () => {
    const page = await open('?debug&graph=big.json#view=all');
    await expect.poll(async () => (await shown(page)).nodes).toBeGreaterThan(5000);
    const biggest = await page.evaluate(() => {
      const { graph } = (window as unknown as { scoKg: { graph: { reduceNodes<T>(f: (acc: T, k: string, a: { size: number }) => T, init: T): T } } }).scoKg;
      return graph.reduceNodes<{ key: string; size: number }>((best, k, a) => (a.size > best.size ? { key: k, size: a.size } : best), { key: '', size: 0 });
    });
    const point = await nodePoint(page, biggest.key);
    // a point inside the disc, off its centre, where smaller nodes may lie too
    await page.mouse.click(point.x + point.size * 0.4, point.y);
    await expect.poll(() => page.locator('#panel').getAttribute('data-node')).toBe(biggest.key);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an edge opens its evidence; a sentence opens its article card with date, outlet and URL', async () => {
    const page = await open('?debug');
    const edge = site.graph.edges.find((e) => e.attributes.relation === 'met' && (e.attributes.evidence?.length ?? 0) > 0)!;
    const key = edge.key ?? '';
    await page.evaluate((k) => (location.hash = `node=edge%3A${encodeURIComponent(k)}`), key);
    await expect.poll(() => page.locator('#panel').getAttribute('data-edge')).toBe(key);
    // the sentences arrive from the site's shards (the graph file gives references)
    await expect.poll(async () => (await page.locator('#panel').textContent()) ?? '').toContain(edge.attributes.evidence![0].sentence);
    await page.locator('#panel [data-open-article="0"]').click();
    const card = page.locator('#panel .article-view');
    await card.waitFor();
    const article = site.graph.attributes.articles![edge.attributes.evidence![0].article] as { title: string; date?: string; source?: string };
    expect(await card.locator('h3').textContent()).toBe(article.title);
    if (article.date) expect(await card.locator('[data-field="date"]').textContent()).toBe(article.date);
    expect(await card.locator('mark').first().textContent()).toBe(edge.attributes.evidence![0].sentence);
    await page.locator('#panel [data-action="back"]').click();
    await expect.poll(() => page.locator('#panel .evidence').count()).toBeGreaterThan(0);
    await page.close();
    // and a click on the edge itself on the canvas, on a fresh page: find its middle
    const fresh = await open('?debug');
    const [s, t] = [await nodePoint(fresh, edge.source), await nodePoint(fresh, edge.target)];
    let picked = '';
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
      await fresh.mouse.click(s.x + (t.x - s.x) * f, s.y + (t.y - s.y) * f);
      picked = (await fresh.locator('#panel').getAttribute('data-edge')) ?? '';
      if (picked) break;
    }
    expect(picked, 'a click on the edge selects an edge').not.toBe('');
    expect(problems).toEqual([]);
    await fresh.close();
  });

  it('the timeline replays the relations by month and shows evidence per month', async () => {
    const page = await open();
    const months = Number(await page.locator('#timeline').getAttribute('data-months'));
    expect(months).toBeGreaterThan(1);
    expect(await page.locator('#timeline .bar').count()).toBe(months);
    expect(await page.locator('#timeline .bar:not([data-count="0"])').count()).toBeGreaterThan(0);
    const all = await shown(page);
    await page.locator('#timeline-until').fill('0');
    await expect.poll(async () => (await shown(page)).edges).toBeLessThan(all.edges);
    expect(page.url()).toMatch(/until=\d{4}-\d{2}/);
    await page.locator('#timeline-play').click();
    expect(await page.locator('#timeline-play').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await shown(page)).edges, { timeout: 20_000 }).toBe(all.edges);
    expect(await page.locator('#timeline-play').getAttribute('aria-pressed')).toBe('false');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('colours by Louvain community and by any attribute, with a legend', async () => {
    const page = await open();
    await page.locator('#color-by').selectOption('community');
    await expect.poll(() => page.locator('#legend').textContent()).toContain('community 1');
    expect(page.url()).toContain('color=community');
    await page.locator('#community-filter').selectOption('0');
    const one = await shown(page);
    expect(one.nodes).toBeLessThan(one.total);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a GEXF from networkx (no kind, no relation) shows its nodes and edges and colours by its attribute', async () => {
    const page = await open('?graph=networkx.gexf');
    const counts = await shown(page);
    expect(counts).toMatchObject({ nodes: 5, total: 5, edges: 4 });
    await page.locator('#color-by').focus();
    await page.locator('#color-by').selectOption('club');
    await expect.poll(() => page.locator('#legend').textContent()).toContain('north');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a local file is named in the URL and comes back after a reload; one that cannot come back says so', async () => {
    const page = await open();
    const gexf = await (await fetch(`${site.url}networkx.gexf`)).text();
    await page.locator('#open-file').setInputFiles({ name: 'mine.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
    await expect.poll(() => page.locator('#status').textContent()).toContain('mine.gexf: showing 5 of 5 nodes');
    expect(new URL(page.url()).searchParams.get('file')).toBe('mine.gexf');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await page.locator('#status').textContent()).toContain('mine.gexf: showing 5 of 5 nodes');
    await page.close();
    // a new tab has nothing kept: the page says what to do, it does not show another graph
    const other = await browser.newPage();
    await other.goto(`${site.url}?file=gone.json`);
    await expect.poll(() => other.locator('#empty').textContent()).toContain('gone.json was opened from your disk');
    await other.close();
    expect(problems).toEqual([]);
  });

  it('the weight slider filters on a log scale and the label density control changes how many labels are drawn', async () => {
    const page = await open('?debug&graph=big.json#view=all');
    const before = await shown(page);
    await page.locator('#min-weight').fill('50');
    await expect.poll(() => page.locator('output[for="min-weight"]').textContent()).not.toBe('1');
    const minimum = Number(await page.locator('output[for="min-weight"]').textContent());
    const max = await page.evaluate(() => (window as unknown as { scoKg: { index: { maxWeight: number } } }).scoKg.index.maxWeight);
    expect(minimum).toBe(Math.round(Math.exp(0.5 * Math.log(max))));
    await expect.poll(async () => (await shown(page)).edges).toBeLessThan(before.edges);
    await page.locator('button[data-scope="overview"]').click();
    await page.locator('#min-weight').fill('0');
    await expect.poll(() => page.locator('output[for="min-weight"]').textContent()).toBe('1');
    const many = (await drawnLabels(page)).length;
    await page.locator('#label-density').fill('5');
    await expect.poll(async () => (await drawnLabels(page)).length).toBeLessThan(many);
    expect(problems).toEqual([]);
    await page.close();
  });
});
