// The store keeps what the graph file keeps of each article: an export record's own fields and the article's wire copies
// (rewritten by every build), so that queries over the store say "also in …" as queries over the graph file do.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { buildFromDirectory } from '../../src/build/index.ts';
import { writeGraph } from '../../src/io/write-graph.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { runCommand } from '../cli/helpers.ts';
import { wireArticles } from '../graph/wire-story.ts';

const run = (name: string, args: string[]) => runCommand(COMMANDS.find((c) => c.name === name)!, args);

/** The wire story's printings as export records (one JSON file each) with a field the reader does not know. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-store-copies-'));
  for (const a of wireArticles()) writeFileSync(join(dir, `${a.id}.json`), JSON.stringify({ headline: a.title, body: a.text, outlet: a.source, desk: `${a.source} desk` }));
  return dir;
}

async function build(dir: string, out: string) {
  const store = join(out, 'graph.db');
  const graph = join(out, 'graph.json');
  writeGraph((await buildFromDirectory(dir, { workers: 1, layout: false, store })).graph, graph);
  return { store, graph };
}

const rows = (store: string) => {
  const db = new Database(store, { readonly: true });
  try {
    return db.prepare('SELECT id, fields, copies FROM articles ORDER BY id').all() as { id: string; fields: string | null; copies: string | null }[];
  } finally {
    db.close();
  }
};

describe('wire copies and record fields in the store', () => {
  it('keeps them per article, says "also in" from the store as from the graph file, and rewrites copies on rebuild', async () => {
    const dir = folder();
    const out = mkdtempSync(join(tmpdir(), 'kg-store-copies-out-'));
    const { store, graph } = await build(dir, out);

    expect(rows(store)).toEqual([
      { id: 'agency', fields: '{"desk":"Wire Agency desk"}', copies: '[{"article":"paper-1","source":"Daily One"},{"article":"paper-2","source":"Evening Two"}]' },
      { id: 'own-report', fields: '{"desk":"Third Post desk"}', copies: null },
      { id: 'paper-1', fields: '{"desk":"Daily One desk"}', copies: '[{"article":"agency","source":"Wire Agency"},{"article":"paper-2","source":"Evening Two"}]' },
      { id: 'paper-2', fields: '{"desk":"Evening Two desk"}', copies: '[{"article":"agency","source":"Wire Agency"},{"article":"paper-1","source":"Daily One"}]' },
    ]);

    for (const [name, args] of [['meetings', ['Tokayev', '--json']], ['meetings', ['Tokayev']], ['neighbours', ['Japarov', '--json']], ['path', ['Tokayev', 'Japarov']]] as [string, string[]][]) {
      const fromFile = await run(name, [graph, ...args]);
      const fromStore = await run(name, [store, ...args]);
      expect(fromStore.out).toBe(fromFile.out);
      expect(fromStore.out).toMatch(/also in Daily One, Evening Two|"alsoIn": \[\s*"Daily One",\s*"Evening Two"\s*\]/);
    }

    // one printing gone: the others' copies are written again
    rmSync(join(dir, 'paper-2.json'));
    await build(dir, out);
    expect(rows(store).map((r) => [r.id, r.copies])).toEqual([
      ['agency', '[{"article":"paper-1","source":"Daily One"}]'],
      ['own-report', null],
      ['paper-1', '[{"article":"agency","source":"Wire Agency"}]'],
    ]);
    expect((await run('meetings', [store, 'Tokayev'])).out).toContain('[agency; also in Daily One]');
  });
});
