// Hostile input on the paths the store and the export readers brought: the store written through a link with its
// mode, temporary stores of killed builds removed, a folder named as the store refused; hostile stores refused like
// hostile graph files; record fields named like Object members kept as fields; CSV files read through links and
// repaired like any text; WARC pages with a bad byte reported as altered.
import { describe, expect, it } from 'vitest';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { buildFromDirectory } from '../../src/build/index.ts';
import { readArticles } from '../../src/ingest/read-articles.ts';
import { KgError, NotFoundError } from '../../src/errors.ts';
import { StoreReader, withStore } from '../../src/store/read-store.ts';
import { folder, PARAGRAPH } from './helpers.ts';

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLES = { 'a.txt': `Talks in Astana\n${PARAGRAPH}` };

/** A SQLite file that looks like a store of another schema version (a build replaces it with a new store). */
function oldStore(path: string): void {
  const db = new Database(path);
  db.exec("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT); INSERT INTO meta VALUES ('schema', '0')");
  db.close();
}

describe('the store as a build writes it', () => {
  it('is written through a symbolic link, keeping the link and the mode', async () => {
    const out = folder({});
    const target = join(out, 'real.db');
    oldStore(target);
    chmodSync(target, 0o600);
    symlinkSync(target, join(out, 'graph.db'));
    await buildFromDirectory(folder(ARTICLES), { workers: 1, layout: false, store: join(out, 'graph.db') });
    expect(lstatSync(join(out, 'graph.db')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(out, 'graph.db'))).toBe(target);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(withStore(join(out, 'graph.db'), (s) => s.counts().articles)).toBe(1);
  });

  it('removes the temporary stores of killed builds, not those of running ones', async () => {
    const dead = `.graph.db.${2 ** 22 + 7}.1700000000000.tmp`;
    const alive = `.graph.db.${process.ppid}.1700000000000.tmp`;
    const out = folder({ [dead]: 'half a store', [alive]: 'being written' });
    await buildFromDirectory(folder(ARTICLES), { workers: 1, layout: false, store: join(out, 'graph.db') });
    expect(readdirSync(out).sort()).toEqual([alive, 'graph.db']);
  });

  it('kg build --store naming a folder says so in one line, exit 4', async () => {
    const out = folder({});
    mkdirSync(join(out, 'graph.db'));
    const r = await exec(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'build', folder(ARTICLES), '--out', join(out, 'graph.json'), '--no-layout', '--quiet'], { cwd: ROOT }).catch((e) => e);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(`sco-kg: ${join(out, 'graph.db')} is a folder; name a file to write\n`);
  });
});

describe('a hostile store', () => {
  /** A store built from the invented articles, then changed by hand as an attacker would. */
  async function tampered(sql: string): Promise<string> {
    const store = join(folder({}), 'graph.db');
    await buildFromDirectory(folder(ARTICLES), { workers: 1, layout: false, store });
    const db = new Database(store);
    db.exec(sql);
    db.close();
    return store;
  }

  it.each([
    ['a node key', `INSERT INTO nodes(key, kind, label, mentions, attributes) VALUES ('__proto__', 'person', 'Proto', 1, '{"kind":"person","label":"Proto","mentions":1,"aliases":[],"articles":[]}');
      INSERT INTO edges(key, relation, source, target, weight, attributes, evidence) SELECT 'x', 'met', key, '__proto__', 1, '{"relation":"met","weight":1}', '[]' FROM nodes WHERE key = 'person:arman-tolegen'`],
    ['an edge key', `INSERT INTO edges(key, relation, source, target, weight, attributes, evidence) SELECT 'constructor', 'met', key, 'country:kazakhstan', 1, '{"relation":"met","weight":1}', '[]' FROM nodes WHERE key = 'person:arman-tolegen'`],
    ['an attribute name', `UPDATE nodes SET attributes = json_set(attributes, '$.__proto__', json('{"previous":1}')) WHERE key = 'person:arman-tolegen'`],
  ])('with %s no object may use is refused with a KgError, and no prototype is touched', async (_what, sql) => {
    const store = await tampered(sql);
    const reader = new StoreReader(store);
    try {
      expect(() => reader.around('person:arman-tolegen')).toThrow(KgError);
      expect(() => reader.wholeGraph()).toThrow(/is not allowed/);
    } finally {
      reader.close();
    }
    expect(({} as Record<string, unknown>).previous).toBeUndefined();
  });

  it('a name of thousands of words is looked up without an SQL error: not found', async () => {
    const store = join(folder({}), 'graph.db');
    await buildFromDirectory(folder(ARTICLES), { workers: 1, layout: false, store });
    const name = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    expect(() => withStore(store, (s) => s.resolve(name))).toThrow(NotFoundError);
    expect(withStore(store, (s) => s.resolve('Arman Tolegen'))).toBe('person:arman-tolegen');
  });
});

/** A record as JSON text: JSON.parse makes "__proto__" an own key (an object literal would set the prototype). */
const RECORD = `{"text": ${JSON.stringify(PARAGRAPH)}, "__proto__": {"polluted": 1}, "constructor": "c", "section": "World"}`;

describe('export records', () => {
  it.each([
    ['a JSON Lines record', 'x.jsonl', RECORD],
    ['a JSON record', 'x.json', `[${RECORD}]`],
    ['a CSV row', 'x.csv', `text,__proto__,constructor,section\n"${PARAGRAPH}",{},c,World\n`],
  ])('%s keeps fields named like Object members as its own fields', (_what, name, content) => {
    const { articles } = readArticles(folder({ [name]: content }));
    expect(articles).toHaveLength(1);
    const fields = articles[0].fields!;
    expect(Object.keys(fields).sort()).toEqual(['__proto__', 'constructor', 'section']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(fields)).section).toBe('World');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a CSV row of too few or too many cells is read as far as it goes and reported as altered, not skipped', () => {
    const { articles, skipped } = readArticles(folder({ 'x.csv': `title,text,section\nShort,"${PARAGRAPH}"\nLong,"${PARAGRAPH}",World,extra\n` }));
    expect(articles.map((a) => [a.id, a.title])).toEqual([['x#2', 'Short'], ['x#3', 'Long']]);
    expect(skipped).toEqual([
      { file: 'x.csv', reason: 'row 2: 2 cells for 3 columns', altered: true },
      { file: 'x.csv', reason: 'row 3: 4 cells for 3 columns', altered: true },
    ]);
  });

  it('a CSV file is read through a symbolic link, and a bad byte in it is repaired and reported', () => {
    const outside = folder({ 'real.csv': Buffer.concat([Buffer.from(`title,text\nCaf\u00e9 talks,"${PARAGRAPH} Bad `), Buffer.from([0xff]), Buffer.from(' byte."\n')]) });
    const dir = folder({});
    symlinkSync(join(outside, 'real.csv'), join(dir, 'export.csv'));
    const { articles, skipped } = readArticles(dir);
    expect(articles.map((a) => a.id)).toEqual(['export#2']);
    expect(articles[0].text).toContain('Bad \ufffd byte.');
    expect(articles[0].title).toBe('Café talks');
    expect(skipped).toEqual([{ file: 'export.csv', reason: '1 invalid UTF-8 byte sequence(s) replaced by U+FFFD', altered: true }]);
  });

  it('a WARC page with a bad byte is read with U+FFFD and reported as altered, by record', () => {
    const html = Buffer.concat([Buffer.from(`<html><head><title>Caf\u00e9 talks</title></head><body><article><p>${PARAGRAPH}</p><p>Bad `), Buffer.from([0xff]), Buffer.from(` byte. ${PARAGRAPH}</p></article></body></html>`)]);
    const block = Buffer.concat([Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n'), html]);
    const record = (body: Buffer) => Buffer.concat([Buffer.from(`WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/x\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${body.length}\r\n\r\n`), body, Buffer.from('\r\n\r\n')]);
    const { articles, skipped } = readArticles(folder({ 'crawl.warc': record(block) }));
    expect(articles.map((a) => a.id)).toEqual(['crawl#1']);
    expect(articles[0].text).toContain('Bad \ufffd byte.');
    expect(articles[0].text).toContain('Café talks');
    expect(skipped).toEqual([{ file: 'crawl.warc', reason: 'record 1: 1 invalid UTF-8 byte sequence(s) replaced by U+FFFD', altered: true }]);
  });
});
