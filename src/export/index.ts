// Registry of export formats: each turns a graph into named files (pure); the CLI and `writeExport` derive from it.
import type { KnowledgeGraph } from '../graph/types.ts';
import { gexfChunks, writeGexf, type GexfOptions } from './gexf.ts';
import { writeJson } from './json.ts';
import { neo4jNodeLines, neo4jRelationshipLines, writeNeo4jCsv } from './neo4j-csv.ts';

export type ExportOptions = GexfOptions;

/** One export format. `output: 'file'` writes one file; `'directory'` writes several into a folder. */
export interface Exporter {
  name: string;
  description: string;
  output: 'file' | 'directory';
  /** file name used when `--out` is a directory (for `file` formats) */
  defaultFile: string;
  /** the files to write, by name */
  write(graph: KnowledgeGraph, options?: ExportOptions): Record<string, string>;
  /** the same files in pieces, for graphs whose files are too large for one string (Node writers use this) */
  pieces?(graph: KnowledgeGraph, options?: ExportOptions): Record<string, Iterable<string>>;
}

/** Export formats, in the order `kg export --help` lists them. */
export const EXPORTERS: readonly Exporter[] = [
  {
    name: 'gexf',
    description: 'GEXF for Gephi (1.3 by default, 1.2draft with --gexf-version 1.2): attributes, colours, layout, timeline',
    output: 'file',
    defaultFile: 'graph.gexf',
    write: (graph, options) => ({ 'graph.gexf': writeGexf(graph, options) }),
    pieces: (graph, options) => ({ 'graph.gexf': gexfChunks(graph, options) }),
  },
  {
    name: 'csv',
    description: 'nodes.csv and relationships.csv for `neo4j-admin database import`',
    output: 'directory',
    defaultFile: 'nodes.csv',
    write: (graph) => writeNeo4jCsv(graph),
    pieces: (graph) => ({ 'nodes.csv': neo4jNodeLines(graph), 'relationships.csv': neo4jRelationshipLines(graph) }),
  },
  {
    name: 'json',
    description: 'graphology JSON (what `kg build` writes), nodes, edges and keys in stable order',
    output: 'file',
    defaultFile: 'graph.json',
    write: (graph) => ({ 'graph.json': writeJson(graph) }),
  },
];

/** The exporter called `name`, or `undefined`. */
export function findExporter(name: string): Exporter | undefined {
  return EXPORTERS.find((e) => e.name === name);
}

export { writeGexf, GEXF_NAMESPACES, type GexfOptions, type GexfVersion, type GexfVizNamespace } from './gexf.ts';
export { writeJson } from './json.ts';
export { writeNeo4jCsv, NEO4J_ARRAY_DELIMITER } from './neo4j-csv.ts';
