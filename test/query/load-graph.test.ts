// loadGraph(): from a path, a JSON string or an object; clear errors naming the file on bad input.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { loadGraph } from '../../src/io/load-graph.ts';
import { MINI_GRAPH_PATH } from './fixture.ts';

const text = readFileSync(MINI_GRAPH_PATH, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'sco-kg-load-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('loadGraph', () => {
  it.each([
    ['a path', MINI_GRAPH_PATH],
    ['a JSON string', text],
    ['an object', JSON.parse(text)],
  ])('loads from %s', (_name, input) => {
    const graph = loadGraph(input);
    expect(graph.order).toBe(14);
    expect(graph.size).toBe(14);
    expect(graph.multi).toBe(true);
    expect(graph.type).toBe('directed');
    expect(graph.getNodeAttribute('person:wang-yi', 'label')).toBe('Wang Yi');
    expect(graph.getAttribute('articles')['003'].date).toBe('2024-05-22');
  });

  it('fills in missing list and count attributes', () => {
    const graph = loadGraph({
      nodes: [{ key: 'person:a', attributes: { kind: 'person' } }, { key: 'person:b', attributes: { kind: 'person', label: 'B' } }],
      edges: [{ key: 'met:person:a->person:b', source: 'person:a', target: 'person:b', attributes: { relation: 'met' } }],
    });
    expect(graph.getNodeAttributes('person:a')).toEqual({ kind: 'person', label: 'person:a', aliases: [], mentions: 0, articles: [] });
    expect(graph.getEdgeAttributes('met:person:a->person:b')).toEqual({ relation: 'met', evidence: [], weight: 0 });
    expect(graph.getAttributes()).toEqual({ name: '', articles: {} });
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), 'E_GRAPH_READ', /cannot read graph file ".*nope\.json": no such file/],
    ['invalid JSON', () => file('bad.json', '{"nodes": ['), 'E_GRAPH_FORMAT', /graph file ".*bad\.json" is not valid JSON/],
    ['a JSON array', () => file('array.json', '[]'), 'E_GRAPH_FORMAT', /"nodes" and "edges"/],
    ['no nodes', () => file('nonodes.json', '{"edges": []}'), 'E_GRAPH_FORMAT', /"nodes" is missing/],
    ['a node without kind', () => file('nokind.json', '{"nodes": [{"key": "x", "attributes": {}}]}'), 'E_GRAPH_FORMAT', /node "x" has no "kind"/],
    [
      'an edge to a missing node',
      () => file('dangling.json', JSON.stringify({ nodes: [{ key: 'a', attributes: { kind: 'person' } }], edges: [{ key: 'e1', source: 'a', target: 'b', attributes: { relation: 'met' } }] })),
      'E_GRAPH_FORMAT',
      /dangling\.json.*edge "e1" ends at unknown node "b"/,
    ],
  ])('rejects %s with a KgError naming the file', (_name, input, code, message) => {
    const path = input();
    let error: unknown;
    try {
      loadGraph(path);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe(code);
    expect((error as KgError).exitCode).toBe(3);
    expect((error as Error).message).toMatch(message);
  });
});
