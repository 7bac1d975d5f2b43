// Hostile graph files opened in the viewer (Debian's Chromium): prototype keys, wrong attribute types, markup and XXE
// in JSON and GEXF. No script runs, Object.prototype stays clean, a refused file leaves the current graph working.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { ROOT } from './site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const MINI = join(ROOT, 'test/fixtures/mini-graph.json');
const XSS = '<img src=x onerror=alert(1)>';

const json = (nodes: unknown[], edges: unknown[] = [], attributes: unknown = { name: 'hostile' }) => Buffer.from(JSON.stringify({ attributes, nodes, edges }).replace(/"__proto_x_"/g, '"__proto__"'));
const person = (key: string, attributes: Record<string, unknown> = {}) => ({ key, attributes: { kind: 'person', label: key, ...attributes } });
const gexf = (nodes: string, doctype = '') =>
  Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>${doctype}<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${nodes}</nodes><edges/></graph></gexf>`);

/** Files the viewer must refuse, with the words its message must hold. */
const REFUSED: [name: string, data: Buffer, message: RegExp][] = [
  ['proto-node.json', json([person('__proto__'), person('b')], [{ source: '__proto__', target: 'b', attributes: { relation: 'met' } }]), /node key "__proto__" is not allowed/],
  ['constructor-node.json', json([person('constructor'), person('b')]), /node key "constructor" is not allowed/],
  ['prototype-edge.json', json([person('a'), person('b')], [{ key: 'prototype', source: 'a', target: 'b', attributes: { relation: 'met' } }]), /"prototype" is not allowed/],
  ['proto-attribute.json', json([{ key: 'a', attributes: { kind: 'person', __proto_x_: { previous: 1 } } }]), /attribute "__proto__" is not allowed/],
  ['proto-node.gexf', gexf('<node id="__proto__" label="x"/><node id="b" label="y"/>'), /node id "__proto__" is not allowed/],
  ['constructor-node.gexf', gexf('<node id="constructor" label="x"/>'), /node id "constructor" is not allowed/],
];

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'sco-kg-hostile-site-')), 'site');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/build-web.ts', '--out-dir', dir, '--no-graph', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build:web failed: ${r.stderr}`);
  server = await serveStatic(dir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.locator('#open-file').setInputFiles({ name, mimeType: name.endsWith('.gexf') ? 'application/xml' : 'application/json', buffer });
}

describe('hostile graph files in the viewer (Chromium)', () => {
  it('refuses prototype keys, shows wrong attribute types as text, runs no script and keeps working', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const problems: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && !/404/.test(m.text()) && problems.push(`console: ${m.text()}`)));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(server.url);
    await openFile(page, 'mini-graph.json', await import('node:fs').then((fs) => fs.readFileSync(MINI)));
    await expect.poll(() => page.locator('#status').textContent()).toContain('mini-graph.json');
    const status = await page.locator('#status').textContent();

    for (const [name, data, message] of REFUSED) {
      await openFile(page, name, data);
      await expect.poll(() => page.locator('#messages [role=alert]').textContent(), { message: name }).toMatch(message);
      expect(await page.locator('#status').textContent()).toBe(status); // the graph shown before stays
      expect(await page.evaluate(() => Object.keys(Object.prototype).concat(Object.keys(Array.prototype)))).toEqual([]);
    }

    // the page still works: search and select in the graph shown before
    await page.locator('#search').fill('Wang');
    await page.locator('#search-results [role=option]').first().click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe('Wang Yi');

    // wrong attribute types and markup: opened, shown as text, the panel works
    const odd = json([
      { key: 'country:x', attributes: { kind: 'country', label: `Oddland ${XSS}`, scoStatus: 7, acronym: { a: 1 }, aliases: 'not a list', year: 'soon', x: 'left' } },
      { key: 'organisation:y', attributes: { kind: 'organisation', label: 'Oddorg', acronym: ['A', 'B'], scoStatus: { toString: 1 } } },
    ], [{ source: 'country:x', target: 'organisation:y', attributes: { relation: 'member_of', status: { s: 1 }, evidence: 'a sentence <script>alert(2)</script>' } }]);
    await openFile(page, 'odd-types.json', odd);
    await expect.poll(() => page.locator('#status').textContent()).toContain('odd-types.json');
    await page.locator('#search').fill('Oddland');
    await page.locator('#search-results [role=option]').first().click();
    await expect.poll(() => page.locator('#panel-title').textContent()).toBe(`Oddland ${XSS}`);
    expect(await page.locator('#panel').innerText()).toContain('Oddorg');

    // GEXF with an external entity: no file content reaches the page
    const xxe = gexf('<node id="a" label="&xxe;"/><node id="b" label="Plain"/>', '<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>');
    await openFile(page, 'xxe.gexf', xxe);
    await expect.poll(async () => `${await page.locator('#status').textContent()} ${await page.locator('#messages').textContent()}`).toMatch(/xxe\.gexf/);
    expect(await page.locator('body').innerText()).not.toContain('root:x:0');

    expect(await page.evaluate(() => document.querySelectorAll('main img, main script, header img, header script, #messages img, #messages script').length)).toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);
});
