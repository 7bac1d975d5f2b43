// The checks a user would run, on the real seeds graph (built here from data/articles), and every reader on its exports.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromDirectory } from '../../src/build/index.ts';
import { writeGexf, type GexfVersion } from '../../src/export/gexf.ts';
import { writeJson } from '../../src/export/json.ts';
import { writeNeo4jCsv } from '../../src/export/neo4j-csv.ts';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { exec, networkxFor13, readWithNetworkx, ROOT, tempDir, XSD } from '../export/helpers.ts';
import { COMMANDS } from '../../src/cli/commands/index.ts';
import { runCommand as runCommandWith } from './helpers.ts';

/** Through the registry, as main.ts dispatches. */
const runCommand = (name: string, argv: string[]) => runCommandWith(COMMANDS.find((c) => c.name === name)!, argv);

const dir = tempDir('sco-kg-seeds-');
const GRAPH = join(dir, 'graph.json');
let graph: KnowledgeGraph;

beforeAll(async () => {
  ({ graph } = await buildFromDirectory(join(ROOT, 'data/articles'), { workers: 1 }));
  writeFileSync(GRAPH, writeJson(graph));
});

describe('checks a user would run on the seeds graph', () => {
  it('the query commands are registered', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['neighbours', 'path', 'meetings', 'summit', 'export']));
  });

  it('neighbours "Wang Yi" --relation met lists Sergei Aleinik, Jeenbek Kulubaev and Bakhtiyor Saidov with their evidence', async () => {
    const { code, out } = await runCommand('neighbours', [GRAPH, 'Wang Yi', '--relation', 'met']);
    expect(code).toBe(0);
    for (const name of ['Sergei Aleinik', 'Jeenbek Kulubaev', 'Bakhtiyor Saidov']) {
      expect(out).toMatch(new RegExp(`^${name}\\s+person\\s+met`, 'm'));
      expect(out).toMatch(new RegExp(`^    “[^\\n]*${name.split(' ')[1]}`, 'm')); // an evidence sentence naming them
    }
    const json = JSON.parse((await runCommand('neighbours', [GRAPH, 'Wang Yi', '--relation', 'met', '--json'])).out);
    expect(json.neighbours.map((n: { label: string }) => n.label).sort()).toEqual(['Bakhtiyor Saidov', 'Jeenbek Kulubaev', 'Sergei Aleinik']);
    for (const n of json.neighbours) expect(n.evidence.length).toBeGreaterThan(0);
  });

  it('meetings "Xi" resolves to Xi Jinping', async () => {
    const { code, out } = await runCommand('meetings', [GRAPH, 'Xi']);
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^Xi Jinping \(person:xi-jinping\) met \d+ (person|people)$/);
  });

  it('path "Zhang Ming" "Kassym-Jomart Tokayev" goes through the SCO', async () => {
    const { code, out } = await runCommand('path', [GRAPH, 'Zhang Ming', 'Kassym-Jomart Tokayev', '--json']);
    expect(code).toBe(0);
    const keys = JSON.parse(out).nodes.map((n: { key: string }) => n.key);
    expect(keys[0]).toBe('person:zhang-ming');
    expect(keys.at(-1)).toBe('person:kassym-jomart-tokayev');
    expect(keys).toContain('organisation:sco');
  });

  it('summit 2024 gives Astana, host Kazakhstan, Xi Jinping among the attendees', async () => {
    const { code, out } = await runCommand('summit', [GRAPH, '2024', '--json']);
    expect(code).toBe(0);
    const info = JSON.parse(out);
    expect(info.city).toBe('Astana');
    expect(info.host.label).toBe('Kazakhstan');
    expect(info.attendees.map((a: { label: string }) => a.label)).toContain('Xi Jinping');
  });
});

describe('every reader on the seeds graph exports', () => {
  it.each<GexfVersion>(['1.3', '1.2'])('GEXF %s (core namespace) validates against the official XSD', async (version) => {
    const file = join(dir, `seeds-core-${version}.gexf`);
    writeFileSync(file, writeGexf(graph, { version, vizNamespace: 'core' }));
    await expect(exec('xmllint', ['--noout', '--schema', XSD[version], file])).resolves.toBeDefined();
  });

  it('networkx 2.8 reads the 1.2 file and networkx 3.x the 1.3 file: every node with viz, every parallel edge', async () => {
    const files = { '1.2': join(dir, 'seeds-1.2.gexf'), '1.3': join(dir, 'seeds-1.3.gexf') };
    writeFileSync(files['1.2'], writeGexf(graph, { version: '1.2' }));
    writeFileSync(files['1.3'], writeGexf(graph, { version: '1.3' }));
    const nx13 = await networkxFor13(); // networkx ≥ 3, else Debian's 2.8 taught the 1.3 namespaces (see helpers)
    const reads = await Promise.all([
      readWithNetworkx('/usr/bin/python3', [files['1.2']]).then((r) => r.graphs[files['1.2']]),
      readWithNetworkx(nx13.python, [files['1.3']], { teach: nx13.teach }).then((r) => r.graphs[files['1.3']]),
    ]);
    for (const read of reads) {
      expect(Object.keys(read.nodes).length).toBe(graph.order);
      expect(read.edges.length).toBe(graph.size);
      expect(new Set(read.edges.map((e) => e[2])).size).toBe(graph.size);
      graph.forEachNode((key, attrs) => {
        expect(read.nodes[key].label).toBe(attrs.label);
        expect(read.nodes[key].kind).toBe(attrs.kind);
        expect(read.nodes[key].viz.position.x).toBeCloseTo(attrs.x!, 2);
      });
    }
  });

  it('graphology-gexf parses the 1.3 file back with every edge key and relation', () => {
    const back = parse(MultiDirectedGraph, writeGexf(graph), { respectInputGraphType: true });
    expect(back.edges().sort()).toEqual(graph.edges().sort());
    graph.forEachEdge((key, attrs) => expect(back.getEdgeAttribute(key, 'relation')).toBe(attrs.relation));
  });

  it("the Neo4j CSV parses and every relationship's ends exist", async () => {
    const files = writeNeo4jCsv(graph);
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const { stdout } = await exec('/usr/bin/python3', [join(ROOT, 'test/export/read_csv.py'), join(dir, 'nodes.csv'), join(dir, 'relationships.csv')]);
    const parsed = JSON.parse(stdout);
    const nodes: string[][] = parsed[join(dir, 'nodes.csv')];
    const rels: string[][] = parsed[join(dir, 'relationships.csv')];
    const ids = new Set(nodes.slice(1).map((r) => r[0]));
    expect(ids.size).toBe(graph.order);
    expect(rels.length - 1).toBe(graph.size);
    for (const r of rels.slice(1)) expect(ids.has(r[0]) && ids.has(r[1])).toBe(true);
  });
});
