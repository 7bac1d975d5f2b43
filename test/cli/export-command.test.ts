// kg export: formats from the registry, --out file or directory, GEXF version and namespace, ego networks, bad arguments.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.ts';
import { loadGraph } from '../../src/io/load-graph.ts';
import { MINI_GRAPH_PATH as G } from '../query/fixture.ts';
import { tempDir } from '../export/helpers.ts';
import { exportCommand } from '../../src/cli/commands/export.ts';
import { runCommand } from './helpers.ts';

describe('kg export', () => {
  it.each<[string[], string[], (dir: string) => void]>([
    [['--format', 'gexf'], ['graph.gexf'], (d) => expect(readFileSync(join(d, 'graph.gexf'), 'utf8')).toContain('xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi')],
    [['--format', 'gexf', '--gexf-version', '1.2'], ['graph.gexf'], (d) => expect(readFileSync(join(d, 'graph.gexf'), 'utf8')).toContain('xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz"')],
    [['--format', 'gexf', '--viz-namespace', 'core'], ['graph.gexf'], (d) => expect(readFileSync(join(d, 'graph.gexf'), 'utf8')).toContain('xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3" ')],
    [['--format', 'csv'], ['nodes.csv', 'relationships.csv'], (d) => expect(readFileSync(join(d, 'nodes.csv'), 'utf8')).toMatch(/^key:ID,:LABEL,/)],
    [['--format', 'json'], ['graph.json'], (d) => expect(loadGraph(join(d, 'graph.json')).order).toBe(14)],
    [['--format', 'json', '--ego', 'Wang Yi'], ['graph.json'], (d) => expect(loadGraph(join(d, 'graph.json')).nodes().sort()).toEqual(['country:china', 'person:jeenbek-kulubaev', 'person:sergei-aleinik', 'person:wang-yi'])],
    [['--format', 'json', '--ego', 'Wang Yi', '--depth', '0'], ['graph.json'], (d) => expect(loadGraph(join(d, 'graph.json')).order).toBe(1)],
  ])('%j writes %j', async (args, files, check) => {
    const dir = tempDir('sco-kg-cli-export-');
    const { code, out, error } = await runCommand(exportCommand, [G, ...args, '--out', `${dir}/`]);
    expect(error).toBeUndefined();
    expect(code).toBe(0);
    expect(out).toMatch(/^wrote .* \(\d+ nodes, \d+ edges\)$/);
    expect(readdirSync(dir).sort()).toEqual(files);
    check(dir);
  });

  it.each<[string[], RegExp]>([
    [[G, '--out', 'x'], /--format is required/],
    [[G, '--format', 'gexf'], /--out is required/],
    [[G, '--format', 'graphml', '--out', 'x'], /--format "graphml" is not one of gexf, csv, json/],
    [[G, '--format', 'gexf', '--gexf-version', '1.1', '--out', 'x'], /--gexf-version must be 1.3 or 1.2/],
    [[G, '--format', 'gexf', '--viz-namespace', 'both', '--out', 'x'], /--viz-namespace must be viz or core/],
    [[G, '--format', 'csv', '--gexf-version', '1.2', '--out', 'x'], /only apply to --format gexf/],
    [[G, '--format', 'json', '--depth', '2', '--out', 'x'], /--depth needs --ego/],
    [[G, G, '--format', 'json', '--out', 'x'], /one graph file/],
  ])('%j is a usage error', async (argv, message) => {
    const { error } = await runCommand(exportCommand, argv);
    expect(error).toBeInstanceOf(UsageError);
    expect(error?.message).toMatch(message);
  });
});
