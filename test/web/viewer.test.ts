// The viewer in a real browser (Debian's Chromium): loading, search and panel, filters, presets, URL hash, exports, XSS.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { KIND_STYLES } from '../../src/graph/style.ts';
import { DIM_NODE_COLOR } from '../../web/src/core/reducers.ts';
import { launchChromium } from './chromium.ts';
import { countColours, graphColours } from './pixels.ts';
import { ROOT, XSS_IMG, XSS_SCRIPT, buildSite, type GraphFile, type Site } from './site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { storeApi } from '../../src/cli/store-api.ts';
import { STORE_API_HEADER } from '../../src/cli/start.ts';

const SHOTS = join(ROOT, 'test-results/viewer');
/** Elements article text would create if it were parsed as HTML (the page itself has none in these places). */
const INJECTED = ['main', 'header', '#messages'].flatMap((area) => ['img', 'script', 'b'].map((tag) => `${area} ${tag}`)).join(', ');
const KIND_COLOURS = Object.fromEntries(Object.entries(KIND_STYLES).map(([kind, s]) => [kind, s.color]));

let site: Site;
let browser: Browser;
/** Problems seen by the current test's page: console errors, page errors, dialogs (alert = script ran). */
let problems: string[] = [];
let dialogs: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  site = await buildSite();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

afterEach(() => {
  problems = [];
  dialogs = [];
});

/** Opens the viewer (path relative to the site, e.g. "#node=…") and waits for sigma's first render. */
async function open(path = '', { waitReady = true } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(site.url + path);
  if (waitReady) await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return page;
}

function nodeByLabel(graph: GraphFile, label: string) {
  const node = graph.nodes.find((n) => n.attributes.label === label) ?? graph.nodes.find((n) => n.attributes.aliases?.includes(label));
  if (!node) throw new Error(`the graph has no node "${label}"; labels: ${graph.nodes.map((n) => n.attributes.label).join(', ')}`);
  return node;
}

function visibleCount(text: string | null): number {
  const m = /showing (\d+) of (\d+) nodes/.exec(text ?? '');
  if (!m) throw new Error(`unexpected status "${text}"`);
  return Number(m[1]);
}

describe('viewer (Chromium)', () => {
  it('loads the built graph with no console errors and draws a non-blank canvas', async () => {
    const page = await open();
    await expect.poll(() => page.locator('#status').textContent()).toMatch(new RegExp(`showing \\d+ of ${site.graph.nodes.length} nodes`));
    const colours = await graphColours(page, KIND_COLOURS);
    await page.screenshot({ path: join(SHOTS, '01-loaded.png') });
    expect(colours.nonBackground).toBeGreaterThan(2000);
    const drawnKinds = Object.keys(KIND_COLOURS).filter((k) => colours[k] > 20);
    expect(drawnKinds).toContain('person');
    expect(drawnKinds.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#empty').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search "Wang Yi" selects him, centres him and lists Sergei Aleinik under met with the evidence', async () => {
    const wang = nodeByLabel(site.graph, 'Wang Yi');
    const sergei = nodeByLabel(site.graph, 'Sergei Aleinik');
    const met = site.graph.edges.filter((e) => e.attributes.relation === 'met' && [e.source, e.target].sort().join() === [wang.key, sergei.key].sort().join());
    expect(met.length, 'the graph has Wang Yi –met– Sergei Aleinik').toBeGreaterThan(0);
    const evidence = met.flatMap((e) => e.attributes.evidence ?? []);
    expect(evidence.length).toBeGreaterThan(0);

    const page = await open();
    await page.locator('#search').fill('Wang Y');
    const option = page.locator(`#search-results [role=option][data-node="${wang.key}"]`);
    await option.waitFor();
    await option.click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Wang Yi');
    expect(page.url()).toContain(`node=${encodeURIComponent(wang.key)}`);
    const section = page.locator('#panel [data-relation="met"]');
    const link = section.locator(`.link:has([data-node="${sergei.key}"])`);
    await expect.poll(() => link.count()).toBe(1);
    // the graph file gives evidence as references: the sentences arrive from the site's shards
    await expect.poll(async () => (await link.textContent()) ?? '').toContain(evidence[0].sentence);
    const text = (await link.textContent()) ?? '';
    expect(text).toContain('Sergei Aleinik');
    const cited = await link.locator('cite').evaluateAll((cites) => cites.map((c) => c.getAttribute('title')));
    for (const e of evidence) {
      expect(text).toContain(e.sentence);
      const title = site.graph.attributes.articles?.[e.article]?.title;
      expect(title, `article ${e.article} has a title`).toBeTruthy();
      expect(cited).toContain(title);
    }
    // the camera moves to him: his colour ends up at the middle of the canvas
    await expect.poll(async () => (await graphColours(page, { person: KIND_COLOURS.person }, { around: 'centre' })).person, { timeout: 5000 }).toBeGreaterThan(40);
    await page.screenshot({ path: join(SHOTS, '02-wang-yi.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hovering a node lights it and its neighbours and dims the rest; leaving undoes it', async () => {
    const sergei = nodeByLabel(site.graph, 'Sergei Aleinik');
    const page = await open('?debug'); // ?debug exposes the renderer, to find where the node is drawn
    // (some antialiased grey edges come near the dim colour too: compare with the idle count)
    const idle = await graphColours(page, { dim: DIM_NODE_COLOR, ...KIND_COLOURS }, { tolerance: 3 });
    const point = await page.evaluate((key) => {
      const { renderer, graph } = (window as unknown as { scoKg: { renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number } }; graph: { getNodeAttributes(k: string): { x: number; y: number } } } }).scoKg;
      return renderer.graphToViewport(graph.getNodeAttributes(key));
    }, sergei.key);
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    const measure = async () => {
      const png = await page.locator('#graph').screenshot();
      return countColours(page, png, { dim: DIM_NODE_COLOR, ...KIND_COLOURS }, 3);
    };
    await expect.poll(async () => (await measure()).dim, { timeout: 5000 }).toBeGreaterThan(idle.dim + 1000);
    const hovered = await measure();
    expect(hovered.person).toBeGreaterThan(20); // Sergei and Wang Yi stay lit
    expect(hovered.organisation).toBeLessThan(idle.organisation / 2); // the organisations, not his neighbours, fade
    await page.screenshot({ path: join(SHOTS, '02b-hover.png') });
    // leaving the canvas brings the colours back (sigma may keep the hovered node's label box until the next move)
    await page.mouse.move(1, 1);
    await expect.poll(async () => (await measure()).organisation, { timeout: 5000 }).toBeGreaterThan(idle.organisation * 0.9);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('turning off a kind hides its nodes', async () => {
    const page = await open();
    const countries = site.graph.nodes.filter((n) => n.attributes.kind === 'country').length;
    expect(countries).toBeGreaterThan(0);
    const before = await graphColours(page, KIND_COLOURS);
    expect(before.country).toBeGreaterThan(20);
    const total = visibleCount(await page.locator('#status').textContent());
    await page.locator('[data-filter="kinds"] input[value="country"]').uncheck();
    await expect.poll(async () => visibleCount(await page.locator('#status').textContent())).toBe(total - countries);
    const after = await graphColours(page, KIND_COLOURS);
    expect(after.country).toBe(0);
    expect(after.person).toBeGreaterThan(20);
    expect(page.url()).toContain('off=country');
    await page.screenshot({ path: join(SHOTS, '03-no-countries.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the "who met whom" preset shows only people', async () => {
    const page = await open();
    await page.locator('[data-preset="who-met-whom"]').click();
    await expect.poll(() => page.locator('[data-filter="kinds"] input[value="country"]').isChecked()).toBe(false);
    const metPeople = new Set(site.graph.edges.filter((e) => e.attributes.relation === 'met').flatMap((e) => [e.source, e.target]));
    await expect.poll(async () => visibleCount(await page.locator('#status').textContent())).toBe(metPeople.size);
    const colours = await graphColours(page, KIND_COLOURS);
    await page.screenshot({ path: join(SHOTS, '04-who-met-whom.png') });
    expect(colours.person).toBeGreaterThan(20);
    for (const kind of Object.keys(KIND_COLOURS).filter((k) => k !== 'person')) expect(colours[kind], kind).toBe(0);
    const relations = await page.locator('[data-filter="relations"] input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(relations).toEqual(['met']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a summit's view shows the summit, its attendees and its host, and the panel its facts", async () => {
    const summit = site.graph.nodes.find((n) => n.attributes.kind === 'summit' && site.graph.edges.some((e) => e.target === n.key && e.attributes.relation === 'attended'));
    expect(summit, 'the graph has a summit someone attended').toBeTruthy();
    const members = new Set([summit!.key]);
    for (const e of site.graph.edges) {
      if (!['attended', 'hosted'].includes(e.attributes.relation)) continue;
      if (e.target === summit!.key) members.add(e.source);
      if (e.source === summit!.key) members.add(e.target);
    }
    const page = await open();
    await page.locator('#summit-view').selectOption(summit!.key);
    await expect.poll(async () => visibleCount(await page.locator('#status').textContent())).toBe(members.size);
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe(summit!.attributes.label);
    const facts = (await page.locator('#panel .facts').innerText()).replace(/\s+/g, ' ');
    const a = summit!.attributes as { year?: number; city?: string; host?: string };
    for (const [term, value] of [['Year', a.year], ['City', a.city], ['Host', a.host]] as const) if (value) expect(facts).toContain(`${term} ${value}`);
    expect(await page.locator('#panel [data-relation="attended"] .link').count()).toBeGreaterThan(0);
    expect(page.url()).toContain(`summit=${encodeURIComponent(summit!.key)}`);
    await page.screenshot({ path: join(SHOTS, '05-summit.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reloading with a hash restores the selection and the filters', async () => {
    const wang = nodeByLabel(site.graph, 'Wang Yi');
    const page = await open(`#node=${encodeURIComponent(wang.key)}&off=place`);
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Wang Yi');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Wang Yi');
    expect(await page.locator('[data-filter="kinds"] input[value="place"]').isChecked()).toBe(false);
    expect(await page.locator('[data-filter="kinds"] input[value="person"]').isChecked()).toBe(true);
    // and a hash typed in later applies too
    const sergei = nodeByLabel(site.graph, 'Sergei Aleinik');
    await page.evaluate((key) => (location.hash = `node=${encodeURIComponent(key)}`), sergei.key);
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Sergei Aleinik');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the XSS article inert: markup from articles shows as text and runs nothing', async () => {
    const xss = site.xssGraph;
    const hostile = (s: string | undefined) => Boolean(s && /<(img|script|b)\b/i.test(s));
    const articleIds = Object.values(xss.attributes.articles ?? {}).filter((a) => hostile(a.title)).map((a) => a.id);
    expect(articleIds.length, 'the XSS article keeps its title').toBeGreaterThan(0);
    const fromArticle = xss.nodes.filter((n) => n.attributes.articles?.some((id) => articleIds.includes(id)));
    expect(fromArticle.length).toBeGreaterThan(0);
    // prefer a node whose name or evidence carries markup, so the panel shows it in several places
    const hostileEvidence = (key: string) => xss.edges.some((e) => (e.source === key || e.target === key) && e.attributes.relation !== 'co_mentioned' && e.attributes.evidence?.some((ev) => hostile(ev.sentence)));
    const target = fromArticle.find((n) => hostile(n.attributes.label) || n.attributes.aliases?.some(hostile)) ?? fromArticle.find((n) => hostileEvidence(n.key)) ?? fromArticle[0];

    // open it the way a user would: the file picker
    const page = await open();
    await page.locator('#open-file').setInputFiles(site.xssGraphFile);
    await expect.poll(() => page.locator('#status').textContent()).toContain(`of ${xss.nodes.length} nodes`);
    await page.locator('#search').fill(target.attributes.label.slice(0, 12));
    await page.locator(`#search-results [data-node="${target.key.replace(/["\\]/g, "\\$&")}"]`).click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe(target.attributes.label);
    await page.locator('#panel details.articles').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const panelText = await page.locator('#panel').innerText(); // rendered text only
    const title = xss.attributes.articles?.[articleIds[0]]?.title ?? '';
    expect(panelText).toContain(title);
    expect(title).toMatch(/<img src=x onerror=alert\(1\)>|<script>/);
    const shown = xss.edges.filter((e) => (e.source === target.key || e.target === target.key) && e.attributes.relation !== 'co_mentioned');
    const hostileSentences = shown.flatMap((e) => (e.attributes.evidence ?? []).map((ev) => ev.sentence).filter(hostile));
    for (const sentence of hostileSentences) expect(panelText).toContain(sentence);
    await page.screenshot({ path: join(SHOTS, '06-xss.png') });
    const injected = await page.evaluate((selector) => document.querySelectorAll(selector).length, INJECTED);
    expect(injected).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    // the payloads really are there as text
    expect(`${title}${panelText}`).toMatch(new RegExp(`${XSS_IMG.replace(/[()]/g, '\\$&')}|${XSS_SCRIPT.replace(/[()/]/g, '\\$&')}`));

    // names: the extractor drops markup from names, so a graph file whose labels and aliases carry it is opened too
    await page.locator('#open-file').setInputFiles(join(ROOT, 'test/fixtures/mini-graph.json'));
    await expect.poll(() => page.locator('#status').textContent()).toContain('mini-graph.json');
    await page.locator('#search').fill('<script>');
    const option = page.locator('#search-results [role=option]').first();
    await expect.poll(() => option.textContent()).toContain(XSS_SCRIPT);
    expect(await option.textContent()).toContain(XSS_IMG);
    await option.click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toContain(XSS_IMG);
    expect(await page.locator('#panel').innerText()).toContain(XSS_SCRIPT);
    await page.screenshot({ path: join(SHOTS, '06-xss-names.png') });
    expect(await page.evaluate((selector) => document.querySelectorAll(selector).length, INJECTED)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows errors in the page: a bad file dropped, a missing graph', async () => {
    const page = await open();
    await page.locator('#open-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [ oops') });
    await expect.poll(() => page.locator('#messages [role=alert]').textContent()).toContain('broken.json is not valid JSON');
    expect(await page.locator('#status').textContent()).toContain(`of ${site.graph.nodes.length} nodes`);
    // drag-and-drop of a file that is not a graph
    const drop = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
      return data;
    });
    await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
    await expect.poll(() => page.locator('#messages [role=alert]').textContent()).toContain('notes.txt is not a graph file');
    await page.close();

    const missing = await open('?graph=missing.json', { waitReady: false });
    await expect.poll(() => missing.locator('#empty').isVisible()).toBe(true);
    // a graph the user asked for by name: the message says which and what went wrong, not "no graph" or "not GEXF"
    await expect.poll(() => missing.locator('#empty').textContent()).toContain('missing.json');
    expect(await missing.locator('#empty').textContent()).toContain('HTTP 404');
    expect(await missing.locator('#empty').textContent()).not.toContain('GEXF');
    await missing.close();
    const wrong = await open('?graph=not-a-graph.json', { waitReady: false });
    await expect.poll(() => wrong.locator('#empty').textContent()).toContain('not a graphology export');
    await wrong.close();
    problems = problems.filter((p) => !/404/.test(p)); // the missing graph's 404
    expect(problems).toEqual([]);
  });

  it('exports the current filtered view as JSON, GEXF 1.3 and 1.2, PNG and SVG with the legend', async () => {
    const page = await open();
    const save = async (id: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${id}"]`).click()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), data: readFileSync(path) };
    };
    // filter first: the export is the view, not the whole graph
    await page.locator('[data-filter="kinds"] input[value="place"]').uncheck();
    const status = (await page.locator('#status').textContent()) ?? '';
    const drawn = /showing (\d+) of \d+ nodes, (\d+) of/.exec(status)!;
    expect(Number(drawn[1])).toBeLessThan(site.graph.nodes.length);
    const json = await save('json');
    expect(json.name).toMatch(/\.json$/);
    const exported = JSON.parse(json.data.toString('utf8')) as GraphFile;
    expect(exported.nodes.length).toBe(Number(drawn[1]));
    expect(exported.edges.length).toBe(Number(drawn[2]));
    expect(exported.nodes.filter((n) => n.attributes.kind === 'place')).toEqual([]);
    expect(exported.edges.every((e) => e.attributes.evidence !== undefined)).toBe(true);
    const gexf = await save('gexf');
    expect(gexf.name).toMatch(/\.gexf$/);
    const xml = gexf.data.toString('utf8');
    expect(xml).toContain('version="1.3"');
    expect((xml.match(/<node /g) ?? []).length).toBe(Number(drawn[1]));
    expect((xml.match(/<edge /g) ?? []).length).toBe(Number(drawn[2]));
    const gexf12 = (await save('gexf12')).data.toString('utf8');
    expect(gexf12).toContain('version="1.2"');
    expect(gexf12).toContain('http://www.gexf.net/1.2draft');
    expect((gexf12.match(/<node /g) ?? []).length).toBe(Number(drawn[1]));
    const svg = (await save('svg')).data.toString('utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect((svg.match(/<circle [^>]*data-node=/g) ?? []).length).toBe(Number(drawn[1]));
    expect(svg).toContain('>Person</text>'); // the legend
    expect(svg).not.toContain('>Place</text>');
    // the GEXF opens again in the viewer, evidence included
    await page.locator('#open-file').setInputFiles({ name: 'exported.gexf', mimeType: 'application/xml', buffer: gexf.data });
    await expect.poll(() => page.locator('#status').textContent()).toMatch(new RegExp(`^exported\\.gexf: showing \\d+ of ${drawn[1]} nodes`));
    const wang = nodeByLabel(site.graph, 'Wang Yi');
    const sergei = nodeByLabel(site.graph, 'Sergei Aleinik');
    await page.evaluate((key) => (location.hash = `node=${encodeURIComponent(key)}`), wang.key);
    await expect.poll(() => page.locator(`#panel [data-relation="met"] .link:has([data-node="${sergei.key}"])`).textContent()).toContain('Sergei Aleinik');
    const metEvidence = site.graph.edges.find((e) => e.attributes.relation === 'met' && [e.source, e.target].includes(sergei.key))?.attributes.evidence?.[0]?.sentence ?? '';
    expect(await page.locator('#panel [data-relation="met"]').textContent()).toContain(metEvidence);
    const png = await save('png');
    expect(png.data.subarray(1, 4).toString('latin1')).toBe('PNG');
    const colours = await countColours(page, png.data, KIND_COLOURS);
    expect(colours.nonBackground).toBeGreaterThan(2000);
    expect(colours.person).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('runs ForceAtlas2 live in a worker and stops by itself', async () => {
    const page = await open('?debug'); // ?debug exposes the graph, to read positions
    const positions = () => page.evaluate(() => (window as unknown as { scoKg: { graph: { mapNodes(f: (k: string, a: { x: number; y: number }) => number[]): number[][] } } }).scoKg.graph.mapNodes((_k, a) => [a.x, a.y]));
    const start = await positions();
    expect(await page.evaluate(() => document.body.dataset.layout)).toBe('local'); // the overview was laid out for the view
    // record every layout state, however short-lived
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { layoutStates: string[] }).layoutStates = seen;
      // records of one task come together: the value after each is the next one's old value, the last one's is current
      new MutationObserver((records) => records.forEach((_r, i) => seen.push(records[i + 1]?.oldValue ?? document.body.dataset.layout ?? ''))).observe(document.body, {
        attributes: true,
        attributeOldValue: true,
        attributeFilter: ['data-layout'],
      });
    });
    const before = await page.locator('[data-export="json"]').isEnabled();
    expect(before).toBe(true);
    await page.locator('#layout-toggle').click();
    await page.waitForFunction(() => ['settled', 'time-limit'].includes(document.body.dataset.layout ?? ''), undefined, { timeout: 30_000 });
    const states = await page.evaluate(() => (window as unknown as { layoutStates: string[] }).layoutStates);
    expect(states[0]).toBe('running');
    expect(['settled', 'time-limit']).toContain(states.at(-1));
    expect(await page.locator('#layout-toggle').textContent()).toBe('Run layout');
    expect(await page.locator('#layout-status').textContent()).toMatch(/^(Settled|Stopped at the time limit) after \d/);
    const moved = (await positions()).filter(([x, y], i) => Math.hypot(x - start[i][0], y - start[i][1]) > 1e-6).length;
    expect(moved).toBeGreaterThan(start.length / 2);
    // and the user can start and stop it (two clicks in one task: a settled layout may stop itself within 0.5 s)
    await page.locator('#layout-toggle').evaluate((button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
    });
    expect(await page.evaluate(() => (window as unknown as { layoutStates: string[] }).layoutStates.slice(-2))).toEqual(['running', 'user']);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('viewer with the store (Chromium): evidence and search through the API `npm start` serves', () => {
  let api: StaticServer;
  /** the graph file as `kg build --lean` writes its evidence: references (article, offsets, date), no sentences */
  let lean: GraphFile;

  beforeAll(async () => {
    lean = structuredClone(site.graph);
    for (const edge of lean.edges) edge.attributes.evidence = (edge.attributes.evidence ?? []).map(({ sentence: _, ...ref }) => ref as { article: string; sentence: string });
    writeFileSync(join(site.dir, 'lean.json'), JSON.stringify(lean));
    // the site served as `npm start` serves it: the store's API under /api/, and the header that names it on the graph
    api = await serveStatic(site.dir, { handler: storeApi(site.store), headers: { [STORE_API_HEADER]: 'api/' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  async function openAt(base: string, path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(base + path);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    return page;
  }

  const metEdge = () => {
    const wang = nodeByLabel(site.graph, 'Wang Yi').key;
    const edge = site.graph.edges.find((e) => e.attributes.relation === 'met' && (e.source === wang || e.target === wang) && e.attributes.evidence?.length);
    if (!edge?.key) throw new Error('no met edge of Wang Yi with evidence');
    return edge as Required<typeof edge>;
  };

  it('a graph with no shards beside it gets its sentences from the store\'s API (npm start)', async () => {
    const wang = nodeByLabel(site.graph, 'Wang Yi');
    const sergei = nodeByLabel(site.graph, 'Sergei Aleinik');
    const sentence = site.graph.edges.find((e) => e.attributes.relation === 'met' && [e.source, e.target].includes(sergei.key))?.attributes.evidence?.[0]?.sentence;
    expect(sentence).toBeTruthy();
    const page = await openAt(api.url, `?graph=api.json#node=${encodeURIComponent(wang.key)}`);
    const link = page.locator(`#panel [data-relation="met"] .link:has([data-node="${sergei.key}"])`);
    await expect.poll(async () => ((await link.count()) ? ((await link.textContent()) ?? '') : '')).toContain(sentence!);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a lean graph file: an edge’s sentences come from the store, and a node’s panel fills them in', async () => {
    const edge = metEdge();
    const page = await openAt(api.url, `?graph=lean.json#node=${encodeURIComponent(`edge:${edge.key}`)}`);
    await page.waitForSelector('#panel[data-evidence="store"]');
    const sentences = await page.locator('#panel .evidence-list q').allTextContents();
    expect(sentences).toContain(edge.attributes.evidence![0].sentence);
    expect(await page.locator('#panel [data-reference]').count()).toBe(0);
    // the node panel: the references of its relations become sentences
    await page.locator(`#panel .edge-ends [data-node="${edge.source}"]`).click();
    await page.waitForSelector(`#panel[data-node="${edge.source}"][data-evidence="store"]`);
    expect(await page.locator(`#panel [data-evidence-for="${edge.key}"] q`).first().textContent()).toBe(edge.attributes.evidence![0].sentence);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a lean graph file on a static host says where its sentences are, and asks no API', async () => {
    const edge = metEdge();
    const requests: string[] = [];
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}?graph=lean.json#node=${encodeURIComponent(`edge:${edge.key}`)}`);
    await page.waitForSelector('#panel [data-reference]');
    expect(await page.locator('#panel [data-evidence="file"]').textContent()).toMatch(/npm start/);
    expect(requests.filter((p) => p.startsWith('/api/'))).toEqual([]);
    await page.close();
  });

  it('search finds evidence text through the store’s full-text search and opens the relation it supports', async () => {
    const edge = metEdge();
    // a word of the sentence that is no name of the graph: found in the sentences only
    const names = new Set(site.graph.nodes.flatMap((n) => [n.attributes.label, ...(n.attributes.aliases ?? [])]).join(' ').toLowerCase().split(/\W+/));
    const word = edge.attributes.evidence![0].sentence.split(/[^\p{L}]+/u).filter((w) => w.length >= 6 && !names.has(w.toLowerCase())).sort((a, b) => b.length - a.length)[0];
    expect(word).toBeTruthy();
    const page = await openAt(api.url, '?graph=lean.json');
    await page.locator('#search').fill(word);
    await page.waitForSelector('#search-results li.sentence-hit');
    const hit = page.locator('#search-results li.sentence-hit').first();
    const text = (await hit.locator('q').textContent()) ?? '';
    expect(text.toLowerCase()).toContain(word.toLowerCase());
    await hit.dispatchEvent('mousedown');
    // the relation whose evidence is that sentence, or (when the file's first sentences are others) its article
    await page.waitForFunction(() => Boolean(document.getElementById('panel')?.dataset.edge) || Boolean(document.querySelector('#panel .article-view')));
    expect(await page.locator('#panel').textContent()).toContain(text);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('search finds people by their roles', async () => {
    // a role held by one person whose name does not contain it
    const holders = new Map<string, string[]>();
    for (const n of site.graph.nodes) for (const role of (n.attributes as { roles?: string[] }).roles ?? []) holders.set(role, [...(holders.get(role) ?? []), n.key]);
    const [role, [person]] = [...holders].find(([r, keys]) => keys.length === 1 && r.length >= 6 && !site.graph.nodes.find((n) => n.key === keys[0])!.attributes.label.toLowerCase().includes(r.toLowerCase()))!;
    const page = await openAt(site.url, '');
    await page.locator('#search').fill(role.toLowerCase());
    const option = page.locator(`#search-results li[data-node="${person}"]`);
    await option.waitFor();
    expect(await option.textContent()).toContain(`role: ${role}`);
    await page.close();
  });
});
