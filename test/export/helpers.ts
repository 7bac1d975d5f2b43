// Helpers for the export tests: an export-ready fixture, temp dirs and the external readers (xmllint, python).
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { KnowledgeGraph } from '../../src/graph/types.ts';
import { miniGraph } from '../query/fixture.ts';

export const exec = promisify(execFile);
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The official schemas, copied into the repo (a fresh clone has no ../shared). */
export const XSD = { '1.3': join(ROOT, 'data/gexf-schema/1.3/gexf.xsd'), '1.2': join(ROOT, 'data/gexf-schema/1.2draft/gexf.xsd') } as const;
export const READ_GEXF_PY = fileURLToPath(new URL('./read_gexf.py', import.meta.url));

/** A fresh temporary directory. */
export function tempDir(prefix = 'sco-kg-export-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** An evidence sentence with everything XML finds hard: markup, quotes, tab, newline, a C0 control, emoji. */
export const NASTY_SENTENCE = 'Talks <b>"frank" & \'open\'</b>\tsaid\nWang \u0001 — 🤝🏽 done.';

/**
 * The mini fixture made ready for export checks: a layout position on every node (as `kg build` writes), a second
 * relation between the same pair (met + co_mentioned, same direction) and a sentence with hard characters.
 */
export function exportFixture(): KnowledgeGraph {
  const graph = miniGraph();
  [...graph.nodes()].sort().forEach((node, i) => {
    graph.setNodeAttribute(node, 'x', i * 10.5 - 40);
    graph.setNodeAttribute(node, 'y', -i * 3.25 + 0.125);
  });
  graph.addEdgeWithKey('co_mentioned:person:sergei-aleinik->person:wang-yi', 'person:sergei-aleinik', 'person:wang-yi', {
    relation: 'co_mentioned',
    weight: 2,
    evidence: [
      { article: '003', sentence: NASTY_SENTENCE, start: 0, end: 10 },
      { article: '003', sentence: 'Second sentence.', start: 20, end: 36, date: '2024-05-20' },
    ],
  });
  return graph;
}

/** `#rrggbb` → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * A Python interpreter whose networkx can read GEXF 1.3 (networkx ≥ 3 lists "1.3" in its GEXF versions), trying the
 * `python3` on PATH first, then Debian's /usr/bin/python3; `undefined` if none has it.
 */
export function pythonForGexf13(): Promise<string | undefined> {
  probe13 ??= findPythonForGexf13();
  return probe13;
}
let probe13: Promise<string | undefined> | undefined;

async function findPythonForGexf13(): Promise<string | undefined> {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      const { stdout } = await exec(python, ['-c', 'from networkx.readwrite import gexf; print("1.3" in gexf.GEXF.versions)']);
      if (stdout.trim() === 'True') return python;
    } catch {
      // no networkx in this interpreter
    }
  }
  return undefined;
}

/**
 * The interpreter and flags that read GEXF 1.3 with networkx: a networkx ≥ 3 if one is installed, else Debian's
 * networkx 2.8 taught the 1.3 namespaces exactly as networkx 3 defines them (read_gexf.py --teach-gexf13).
 */
export async function networkxFor13(): Promise<{ python: string; teach: boolean; label: string }> {
  const python = await pythonForGexf13();
  if (python) return { python, teach: false, label: `networkx ≥ 3 (${python})` };
  return { python: '/usr/bin/python3', teach: true, label: 'no networkx ≥ 3 installed: networkx 2.8 given networkx 3’s GEXF 1.3 namespaces' };
}

/** Reads GEXF files with networkx through test/export/read_gexf.py. */
export async function readWithNetworkx(python: string, files: string[], options: { teach?: boolean } = {}): Promise<NetworkxRead> {
  const args = [READ_GEXF_PY, ...(options.teach ? ['--teach-gexf13'] : []), ...files];
  const { stdout } = await exec(python, args, { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

export interface NetworkxRead {
  networkx: string;
  gexf13: boolean;
  graphs: Record<string, { graph: Record<string, unknown>; directed: boolean; multigraph: boolean; nodes: Record<string, any>; edges: [string, string, string, any][] }>;
}
