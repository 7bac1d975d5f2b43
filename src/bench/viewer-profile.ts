#!/usr/bin/env node
// `npm run bench:web -- --profile`: where the viewer spends its time on the bench's graph. Records CPU profiles through
// the Chrome DevTools protocol (playwright-core's CDPSession, Profiler domain) for the first render, a hover in the
// first screen, a search → panel, a filter toggle and a hover in the whole graph, writes them as .cpuprofile files (open them in Chrome DevTools' Performance panel) and
// prints the functions with the most self and total time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** A CPU profile as the Profiler domain returns it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self and total milliseconds per function (name, file and line), heaviest first. */
export function summarise(profile: CpuProfile, top = 15): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) self.set(samples[i], (self.get(samples[i]) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  const name = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop()?.replace(/\?.*$/, '') ?? '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const selfBy = new Map<string, number>();
  const totalBy = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + ms);
    // total: once per function on the stack, however deep its recursion
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(byId.get(cur)!);
      if (seen.has(key)) continue;
      seen.add(key);
      totalBy.set(key, (totalBy.get(key) ?? 0) + ms);
    }
  }
  const fmt = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `    ${ms.toFixed(0).padStart(6)} ms  ${k}`);
  const wall = (profile.endTime - profile.startTime) / 1000;
  return [`  wall ${wall.toFixed(0)} ms; self time:`, ...fmt(selfBy), '  total time:', ...fmt(totalBy)];
}

/** Runs `action` under the CPU profiler; writes `<dir>/<name>.cpuprofile` and prints the summary. */
export async function profiled(session: CDPSession, dir: string, name: string, action: () => Promise<void>): Promise<void> {
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  await action();
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  console.log(`\n${name}\n${summarise(profile).join('\n')}`);
}

/** Profiles the viewer on `url`: first render, search → panel, filter toggle, hover. */
export async function profileViewer(page: Page, url: string, probe: string, dir: string): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await profiled(session, dir, 'first-render', async () => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
  });
  // right after the page is ready, as the benchmark does: what a hover in the first screen waits for
  await profiled(session, dir, 'hover-overview', async () => {
    await page.evaluate(`(async () => {
      const s = window.scoKg; s.renderer.emit('enterNode', { node: s.graph.nodes()[0] });
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    })()`);
  });
  await page.evaluate(`window.scoKg.renderer.emit('leaveNode', { node: null })`);
  await page.waitForTimeout(500);
  await profiled(session, dir, 'select', async () => {
    await page.locator('#search').fill(probe);
    await page.locator('#search').press('Enter');
    await page.waitForFunction((label) => document.getElementById('panel-title')?.textContent === label, probe);
    await page.waitForFunction(() => document.body.dataset.pending !== 'true');
  });
  await page.locator('#panel .close').click();
  await page.waitForTimeout(300);
  await profiled(session, dir, 'filter', async () => {
    await page.locator('[data-filter="kinds"] input[value="organisation"]').uncheck();
    await page.waitForFunction(() => document.querySelector('[data-filter="kinds"] input[value="organisation"]')?.closest('label')?.querySelector('.count')?.textContent?.startsWith('0/'));
  });
  await page.locator('[data-filter="kinds"] input[value="organisation"]').check();
  await page.locator('button[data-scope="all"]').click();
  await page.waitForFunction(() => document.body.dataset.scope === 'all');
  await page.waitForTimeout(500);
  await profiled(session, dir, 'hover-all', async () => {
    await page.evaluate(`(async () => {
      const s = window.scoKg; s.renderer.emit('enterNode', { node: s.graph.nodes()[0] });
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    })()`);
  });
  await session.detach();
}
