// writeExport(): files land where --out says, atomically, and a csv export never overwrites a file with a folder.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { writeExport } from '../../src/export/write-export.ts';
import { exportFixture, tempDir } from './helpers.ts';

describe('writeExport', () => {
  const graph = exportFixture();

  it.each([
    ['gexf', 'file.gexf', ['file.gexf']],
    ['gexf', 'dir/', ['dir/graph.gexf']],
    ['json', 'out.json', ['out.json']],
    ['csv', 'neo4j', ['neo4j/nodes.csv', 'neo4j/relationships.csv']],
  ])('%s to %s writes %j', (format, out, expected) => {
    const dir = tempDir();
    const written = writeExport(graph, format, join(dir, out), { version: '1.3' });
    expect(written).toEqual(expected.map((p) => join(dir, p)));
    for (const path of written) expect(readFileSync(path, 'utf8').length).toBeGreaterThan(100);
    const leftovers = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('writes into an existing directory with the default file name', () => {
    const dir = tempDir();
    expect(writeExport(graph, 'json', dir)).toEqual([join(dir, 'graph.json')]);
  });

  it.each([
    ['an unknown format', 'xml', 'x.xml', 'E_FORMAT'],
    ['csv onto an existing file', 'csv', 'existing.txt', 'E_OUT'],
  ])('rejects %s', (_name, format, out, code) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'existing.txt'), 'keep me');
    expect(() => writeExport(graph, format, join(dir, out))).toThrow(expect.objectContaining({ code }) as KgError);
    expect(readFileSync(join(dir, 'existing.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(join(dir, 'x.xml'))).toBe(false);
  });
});
