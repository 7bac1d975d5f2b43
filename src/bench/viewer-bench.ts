#!/usr/bin/env node
// `npm run bench:web`: the viewer on a 9.6k-node / 54k-edge and a 50k-node / 250k-edge graph in headless Chromium, next to
// sigma's plain rendering of the same file in the same run: first render, select → panel, filter, hover, pan and zoom.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { syntheticGraph } from './viewer-synthetic.ts';
import { launchChromium } from '../../test/web/chromium.ts';
import { serveStatic } from '../../test/web/static-server.ts';
import { ROOT } from '../cli/start.ts';
import { profileViewer } from './viewer-profile.ts';

/** How long each measured gesture (pan, zoom) lasts. */
const GESTURE_MS = 6000;

/** Records requestAnimationFrame timestamps in the page while `action` runs; returns the frame intervals. */
async function recordFrames(page: Page, action: () => Promise<void>): Promise<number[]> {
  // a string, not a function: tsx would wrap a named inner function in a helper the page does not have
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await action();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  return frames.slice(1).map((t, i) => t - frames[i]);
}

function stats(intervals: number[]) {
  const sorted = [...intervals].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  const total = intervals.reduce((a, b) => a + b, 0);
  return { frames: intervals.length, median: q(0.5), p95: q(0.95), max: sorted[sorted.length - 1] ?? NaN, fps: (intervals.length / total) * 1000 };
}

/** Pans (drag) and zooms (wheel) for a fixed time each, so a slow machine gives fewer frames, not a longer run. */
async function panAndZoom(page: Page) {
  const box = (await page.locator('#graph').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.mouse.move(cx, cy);
  const pan = await recordFrames(page, async () => {
    await page.mouse.down();
    const start = performance.now();
    for (let i = 0; performance.now() - start < GESTURE_MS; i++) {
      await page.mouse.move(cx + 250 * Math.sin(i / 12), cy + 150 * Math.cos(i / 15));
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(400);
  });
  const zoom = await recordFrames(page, async () => {
    const start = performance.now();
    for (let i = 0; performance.now() - start < GESTURE_MS; i++) {
      await page.mouse.wheel(0, Math.floor(i / 8) % 2 === 0 ? -120 : 120);
      await page.waitForTimeout(60);
    }
    await page.waitForTimeout(400);
  });
  await page.mouse.move(1, 1);
  return { pan: stats(pan), zoom: stats(zoom) };
}

/** Time (ms) from a call in the page to the second animation frame after it: the change is on screen. */
function timeToFrame(page: Page, script: string): Promise<number> {
  return page.evaluate(`(async () => {
    const t = performance.now();
    ${script};
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    return performance.now() - t;
  })()`) as Promise<number>;
}

/** Loads a page and waits for its first frame; returns the marks (ms after navigation start). */
async function load(page: Page, url: string): Promise<Record<string, number>> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
  return page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('sco-kg:', ''), m.startTime])));
}

interface Figures {
  firstRender: number;
  steps: string;
  pan: ReturnType<typeof stats>;
  zoom: ReturnType<typeof stats>;
  /** search typed and Enter pressed until the driver sees the panel (the driver's round trips included) */
  select?: number;
  /** the same from the Enter key only */
  selectEnter?: number;
  /** in the page: the Enter key's event to the panel's title painted (Element Timing) */
  selectInPage?: number;
  filter: number;
  hover: number;
  /** a second hover in the first view, on another node */
  hoverAgain?: number;
  hoverAll?: number;
  status?: string;
}

/** The viewer: first render, select → panel, filter toggle, hover (overview and whole graph), pan and zoom. */
async function measureViewer(page: Page, base: string, file: string, probe: string, quick = false): Promise<Figures> {
  const marks = await load(page, `${base}?debug&graph=${file}`);
  const step = (from: string, to: string) => ((marks[to] ?? NaN) - (from === 'start' ? 0 : (marks[from] ?? NaN))).toFixed(0);
  // a big graph's first screen comes from the parsed file; the whole graph is built after it (whole-graph mark)
  const staged = marks['whole-graph'] !== undefined;
  const steps = staged
    ? `fetch ${step('start', 'fetched')} · parse + first screen ${step('fetched', 'graph-loaded')} · view + sigma ${step('indexed', 'renderer-created')} · first frame ${step('renderer-created', 'first-render')}; then the whole graph ${step('first-render', 'whole-graph')} · controls ${step('whole-graph', 'controls')} (ready at ${step('start', 'controls')})`
    : `fetch ${step('start', 'fetched')} · parse + normalise ${step('fetched', 'graph-loaded')} · index ${step('graph-loaded', 'indexed')} · view + sigma ${step('indexed', 'renderer-created')} · first frame ${step('renderer-created', 'first-render')} (ready at ${step('start', 'controls')})`;
  const status = (await page.locator('#status').textContent()) ?? '';
  const hover = await timeToFrame(page, `const s = window.scoKg; s.renderer.emit('enterNode', { node: s.graph.nodes()[0] })`);
  await timeToFrame(page, `window.scoKg.renderer.emit('leaveNode', { node: null })`);
  const hoverAgain = await timeToFrame(page, `const s = window.scoKg; s.renderer.emit('enterNode', { node: s.graph.nodes()[1] })`);
  await timeToFrame(page, `window.scoKg.renderer.emit('leaveNode', { node: null })`);
  const none = stats([]);
  const { pan, zoom } = quick ? { pan: none, zoom: none } : await panAndZoom(page);
  let t = performance.now();
  await page.locator('#search').fill(probe);
  // in the page: from the Enter key's event to the panel's title painted (Element Timing: the title is marked
  // elementtiming="panel-title", and Chromium reports when its text was first painted)
  const inPage = page.evaluate(`new Promise((ok) => {
    let t0 = 0;
    document.getElementById('search').addEventListener('keydown', (e) => { if (e.key === 'Enter') t0 = performance.now(); }, { capture: true, once: true });
    new PerformanceObserver((list, observer) => {
      for (const entry of list.getEntries()) {
        if (entry.identifier !== 'panel-title' || !t0 || entry.renderTime < t0) continue;
        observer.disconnect();
        ok(entry.renderTime - t0);
      }
    }).observe({ type: 'element', buffered: false });
  })`) as Promise<number>;
  await page.waitForTimeout(50);
  const tEnter = performance.now();
  await page.locator('#search').press('Enter');
  await page.waitForFunction((label) => document.getElementById('panel-title')?.textContent === label, probe);
  const select = performance.now() - t;
  const selectEnter = performance.now() - tEnter;
  const selectInPage = await inPage;
  await page.locator('#panel .close').click();
  t = performance.now();
  await page.locator('[data-filter="kinds"] input[value="organisation"]').uncheck();
  await page.waitForFunction(() => document.querySelector('[data-filter="kinds"] input[value="organisation"]')?.closest('label')?.querySelector('.count')?.textContent?.startsWith('0/'));
  const filter = performance.now() - t;
  await page.locator('[data-filter="kinds"] input[value="organisation"]').check();
  await page.locator('button[data-scope="all"]').click();
  await page.waitForFunction(() => document.body.dataset.scope === 'all');
  await page.waitForTimeout(300);
  const hoverAll = await timeToFrame(page, `const s = window.scoKg; s.renderer.emit('enterNode', { node: s.graph.nodes()[0] })`);
  return { firstRender: marks['first-render'] ?? NaN, steps, pan, zoom, select, selectEnter, selectInPage, filter, hover, hoverAgain, hoverAll, status };
}

/** sigma's plain rendering of the same file: first render, pan and zoom, a kind hidden by a reducer, hover. */
async function measureReference(page: Page, base: string, file: string): Promise<Figures> {
  const marks = await load(page, `${base}?reference&graph=${file}`);
  const hover = await timeToFrame(page, `const s = window.scoKgReference; s.renderer.emit('enterNode', { node: s.graph.nodes()[0] })`);
  const { pan, zoom } = await panAndZoom(page);
  const filter = await timeToFrame(page, `window.scoKgReference.hideKind('organisation')`);
  return { firstRender: marks['first-render'] ?? NaN, steps: '', pan, zoom, filter, hover };
}

const ms = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(0)} ms`);
const ratio = (ours: number | undefined, ref: number | undefined) => (ours && ref ? `${(ours / ref).toFixed(2)}×` : '—');

function report(size: string, ours: Figures, ref: Figures): string {
  const rows: [string, string, string, string, string][] = [
    ['first render', ms(ours.firstRender), ms(ref.firstRender), ratio(ours.firstRender, ref.firstRender), '≤ 2000 ms'],
    ['select → panel', ms(ours.select), 'no panel', '—', '≤ 300 ms'],
    ['  from Enter', ms(ours.selectEnter), '', '', ''],
    ['  Enter → painted', ms(ours.selectInPage), '', '', ''],
    ['filter toggle', ms(ours.filter), ms(ref.filter), ratio(ours.filter, ref.filter), '≤ 300 ms'],
    ['hover (first view)', ms(ours.hover), ms(ref.hover), ratio(ours.hover, ref.hover), '≤ 100 ms'],
    ['hover again', ms(ours.hoverAgain), ms(ref.hover), ratio(ours.hoverAgain, ref.hover), '≤ 100 ms'],
    ['hover (whole graph)', ms(ours.hoverAll), ms(ref.hover), ratio(ours.hoverAll, ref.hover), '≤ 100 ms'],
    ['pan fps', ours.pan.fps.toFixed(1), ref.pan.fps.toFixed(1), ratio(ours.pan.fps, ref.pan.fps), '≥ 20'],
    ['zoom fps', ours.zoom.fps.toFixed(1), ref.zoom.fps.toFixed(1), ratio(ours.zoom.fps, ref.zoom.fps), '≥ 20'],
    ['pan/zoom worst frame', ms(Math.max(ours.pan.max, ours.zoom.max)), ms(Math.max(ref.pan.max, ref.zoom.max)), '—', ''],
  ];
  const head = `  ${'measure'.padEnd(22)} ${'viewer'.padStart(10)} ${'plain sigma'.padStart(12)} ${'ratio'.padStart(7)}   target`;
  return [`\n${size}`, `  ${ours.status}`, `  viewer first render: ${ours.steps} (ms)`, head, ...rows.map((r) => `  ${r[0].padEnd(22)} ${r[1].padStart(10)} ${r[2].padStart(12)} ${r[3].padStart(7)}   ${r[4]}`)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { nodes: { type: 'string' }, edges: { type: 'string' }, profile: { type: 'boolean' }, quick: { type: 'boolean' } } });
  // the bench corpus's graph size (10 MB of text gives ~9.6k nodes, 54k edges) and a ten-year archive's (50k nodes)
  const sizes = values.nodes ? [[Number(values.nodes), Number(values.edges ?? Number(values.nodes) * 5)]] : [[9600, 54_000], [50_000, 250_000]];
  const tmp = mkdtempSync(join(tmpdir(), 'sco-kg-bench-'));
  try {
    const site = join(tmp, 'site');
    const build = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/build-web.ts'), '--out-dir', site, '--no-graph', '--quiet', ...(values.profile ? ['--no-minify'] : [])], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build:web failed');
    const files: string[] = [];
    for (const [nodes, edges] of sizes) {
      const t = performance.now();
      const file = `bench-${nodes}.json`;
      writeFileSync(join(site, file), JSON.stringify(syntheticGraph(nodes, edges)));
      files.push(file);
      console.log(`generated ${nodes} nodes, ${edges} edges in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    const server = await serveStatic(site);
    const browser = await launchChromium();
    try {
      console.log(`\nViewer benchmark, headless Chromium ${browser.version()} (WebGL via SwiftShader, CPU only)`);
      console.log(`  machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (figures scale with free CPU; the ratio to plain sigma travels)`);
      for (const [i, [nodes, edges]] of sizes.entries()) {
        const errors: string[] = [];
        const fresh = async () => {
          const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
          page.on('pageerror', (e) => errors.push(e.message));
          page.setDefaultTimeout(600_000); // a 50k graph on a busy CPU-only machine takes its time; the figures say how much
          return page;
        };
        if (values.profile) {
          // `--profile`: CPU profiles of the viewer instead of the figures (test-results/profile-<nodes>/*.cpuprofile)
          const dir = join(ROOT, 'test-results', `profile-${nodes}`);
          mkdirSync(dir, { recursive: true });
          const page = await fresh();
          await profileViewer(page, `${server.url}?debug&graph=${files[i]}`, 'Person 1234', dir);
          await page.close();
          console.log(`\nprofiles in ${dir}`);
          continue;
        }
        // `--quick`: the viewer alone, without pan and zoom (while working on it; the figures to quote come with the reference)
        let page = await fresh();
        const none = stats([]);
        const ref = values.quick ? { firstRender: NaN, steps: '', pan: none, zoom: none, filter: NaN, hover: NaN } : await measureReference(page, server.url, files[i]);
        await page.close();
        page = await fresh();
        const ours = await measureViewer(page, server.url, files[i], 'Person 1234', values.quick);
        await page.screenshot({ path: join(ROOT, 'test-results', `bench-${nodes}.png`) }).catch(() => undefined);
        await page.close();
        console.log(report(`${nodes} nodes, ${edges} edges`, ours, ref));
        if (errors.length) console.log(`  page errors: ${errors.join('; ')}`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  });
}
