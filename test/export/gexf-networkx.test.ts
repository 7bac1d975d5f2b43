// networkx reads our GEXF: Debian's networkx 2.8 the 1.2draft file, networkx 3.x the 1.3 file — attributes, viz, multi-edges, time.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeGexf, type GexfOptions } from '../../src/export/gexf.ts';
import { kindColor } from '../../src/graph/style.ts';
import { firstDate, isoDay } from '../../src/query/dates.ts';
import { toXmlChars } from '../../src/export/xml.ts';
import { exportFixture, hexToRgb, NASTY_SENTENCE, networkxFor13, pythonForGexf13, readWithNetworkx, tempDir, type NetworkxRead } from './helpers.ts';

const graph = exportFixture();
const dir = tempDir();
const write = (name: string, options: GexfOptions) => {
  const file = join(dir, name);
  writeFileSync(file, writeGexf(graph, options));
  return file;
};

/** What every networkx read must give back: labels, declared attributes, viz, every edge by key, dynamics. */
function expectFaithful(read: NetworkxRead['graphs'][string], { viz }: { viz: boolean }) {
  expect(read.directed).toBe(true);
  expect(read.multigraph).toBe(true); // met + co_mentioned between the same pair stay two edges
  expect(read.graph.mode).toBe('dynamic');
  expect(Object.keys(read.nodes).sort()).toEqual(graph.nodes().sort());
  graph.forEachNode((key, attrs) => {
    const node = read.nodes[key];
    expect(node.label).toBe(attrs.label);
    expect(node.kind).toBe(attrs.kind);
    expect(node.mentions).toBe(attrs.mentions);
    for (const alias of attrs.aliases) expect(node.aliases).toContain(alias);
    for (const role of attrs.roles ?? []) expect(node.roles).toContain(role);
    if (viz) {
      const [r, g, b] = hexToRgb(kindColor(attrs.kind));
      expect(node.viz.color).toMatchObject({ r, g, b });
      expect(node.viz.position.x).toBeCloseTo(attrs.x!, 3);
      expect(node.viz.position.y).toBeCloseTo(attrs.y!, 3);
      expect(node.viz.size).toBeGreaterThan(0);
    } else {
      expect(node.viz).toBeUndefined();
    }
  });
  const summit = read.nodes['summit:sco-2024-astana'];
  expect([summit.year, summit.city, summit.ordinal, summit.host]).toEqual([2024, 'Astana', 24, 'Kazakhstan']);

  expect(read.edges.map((e) => e[2]).sort()).toEqual(graph.edges().sort());
  for (const [source, target, key, data] of read.edges) {
    const attrs = graph.getEdgeAttributes(key);
    expect([source, target]).toEqual(graph.extremities(key));
    expect(data.relation).toBe(attrs.relation);
    expect(data.weight).toBe(attrs.weight);
    expect(data.evidenceCount).toBe(attrs.evidence.length);
    expect(data.firstDate).toBe(firstDate(attrs, graph.getAttributes()));
    expect(data.start).toBe(isoDay(firstDate(attrs, graph.getAttributes())));
  }
  const nasty = read.edges.find((e) => e[2] === 'co_mentioned:person:sergei-aleinik->person:wang-yi')![3];
  expect(nasty.evidence).toBe(`${toXmlChars(NASTY_SENTENCE)}\nSecond sentence.`);
  expect(nasty.start).toBe('2024-05-20');
  expect(read.nodes['person:xss'].label).toBe('<img src=x onerror=alert(1)> & "Bob"');
  expect(read.nodes['person:sergei-aleinik'].start).toBe('2024-05-20'); // the node starts with its earliest edge
}

describe('networkx 2.8 (Debian python3-networkx, /usr/bin/python3) reads GEXF 1.2draft', () => {
  let read: NetworkxRead;
  let files: Record<string, string>;
  beforeAll(async () => {
    files = { viz: write('nx-1.2-viz.gexf', { version: '1.2' }), core: write('nx-1.2-core.gexf', { version: '1.2', vizNamespace: 'core' }) };
    read = await readWithNetworkx('/usr/bin/python3', [files.viz, files.core]);
  });

  it('with attributes, viz colour/size/position, parallel edges and start dates intact', () => {
    expect(read.networkx).toMatch(/^2\.8/);
    expectFaithful(read.graphs[files.viz], { viz: true });
    expect(read.graphs[files.viz].nodes['person:wang-yi'].aliases).toBe('Wang Yi|Wang');
  });

  it('the core-namespace variant keeps attributes but loses viz (why viz is the default)', () => {
    expectFaithful(read.graphs[files.core], { viz: false });
  });
});

// networkx 2.8 cannot read GEXF 1.3 at all, so the 1.3 check uses networkx ≥ 3 — here the `python3` on PATH
// (networkx 3.6). PyPI is unreachable; on a machine with only Debian's networkx 2.8 (e.g. CI, if its PATH python3 is
// Debian's), the check runs on networkx 2.8 given networkx 3's 1.3 namespace table, and its title says so.
const nx13 = await networkxFor13();
describe(`networkx reads GEXF 1.3 — ${nx13.label}`, () => {
  let read: NetworkxRead;
  let files: Record<string, string>;
  beforeAll(async () => {
    files = { viz: write('nx-1.3-viz.gexf', { version: '1.3' }), core: write('nx-1.3-core.gexf', { version: '1.3', vizNamespace: 'core' }) };
    read = await readWithNetworkx(nx13.python, [files.viz, files.core], { teach: nx13.teach });
  });

  it('with attributes, viz colour/size/position, parallel edges and start dates intact', () => {
    expect(read.gexf13).toBe(!nx13.teach);
    expectFaithful(read.graphs[files.viz], { viz: true });
    expect(read.graphs[files.viz].nodes['person:wang-yi'].aliases).toBe('["Wang Yi", "Wang"]');
  });

  it('the core-namespace variant keeps attributes but loses viz', () => {
    expectFaithful(read.graphs[files.core], { viz: false });
  });
});

it('networkx 2.8 taught the 1.3 namespaces reads 1.3 exactly as networkx 3 does (keeps the fallback honest)', async () => {
  const file = write('nx-1.3-compare.gexf', { version: '1.3' });
  const taught = await readWithNetworkx('/usr/bin/python3', [file], { teach: true });
  expect(taught.gexf13).toBe(false);
  const python13 = await pythonForGexf13();
  if (!python13) return; // nothing to compare with on this machine
  const native = await readWithNetworkx(python13, [file]);
  expect(taught.graphs[file]).toEqual(native.graphs[file]);
});
