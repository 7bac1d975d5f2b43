// Reads a graph from the server or from a user's file: graphology JSON or GEXF, normalised to the contract.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { checkKeys, graphFromSerialized, normalizeGraph, type SerializedGraph } from './normalize-graph.ts';
import type { OverviewPreview } from './core/preview.ts';
import { isSafeKey } from '../../src/graph/safe-keys.ts';
import type { ViewGraph } from './view-graph.ts';

/** A graph file the viewer could not read; `message` is shown to the user as is. */
export class GraphFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphFileError';
  }
}

/** The server has no graph file (404): the page shows its empty state, not an error. */
export class NoGraphError extends Error {
  constructor(readonly url: string) {
    super(`no graph at ${url}`);
    this.name = 'NoGraphError';
  }
}

/** File formats the viewer opens, as descriptors: the file picker's `accept` and the drop check derive from them. */
export const GRAPH_FORMATS = [
  { id: 'json', extension: '.json', name: 'graphology JSON (graph.export())' },
  { id: 'gexf', extension: '.gexf', name: 'GEXF 1.2 / 1.3' },
] as const;

/** Reads graphology JSON (`graph.export()`) as data, checking its shape; {@link buildJson} makes the graph of it. */
function parseJsonData(name: string, text: string): SerializedGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphFileError(`${name} is not valid JSON (${(err as Error).message}).`);
  }
  const d = data as { nodes?: unknown; edges?: unknown } | null;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.nodes)) {
    throw new GraphFileError(`${name} is JSON but not a graphology export: it has no "nodes" list.`);
  }
  if (d.edges !== undefined && !Array.isArray(d.edges)) throw new GraphFileError(`${name} is not a graphology export: "edges" is not a list.`);
  d.edges ??= [];
  return d as SerializedGraph;
}

function buildJson(name: string, data: SerializedGraph): ViewGraph {
  try {
    return graphFromSerialized(data);
  } catch (err) {
    throw new GraphFileError(`${name} could not be read as a graph: ${(err as Error).message}`);
  }
}

function parseGexfText(name: string, text: string): ViewGraph {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0 || doc.documentElement.nodeName !== 'gexf') {
    throw new GraphFileError(`${name} is not a GEXF file (its XML is malformed or its root is not <gexf>).`);
  }
  // checked before graphology reads the file: it keys plain objects by node ids and attribute ids
  for (const [tag, names] of [['node', ['id']], ['edge', ['id', 'source', 'target']], ['attribute', ['id', 'title']], ['attvalue', ['for']]] as const) {
    for (const el of Array.from(doc.getElementsByTagName(tag))) {
      for (const n of names) {
        const v = el.getAttribute(n);
        if (v !== null && !isSafeKey(v)) throw new GraphFileError(`${name} could not be read as GEXF: the ${tag} ${n} "${v}" is not allowed.`);
      }
    }
  }
  try {
    return normalizeGraph(parseGexf(Graph, doc, { addMissingNodes: true }));
  } catch (err) {
    throw new GraphFileError(`${name} could not be read as GEXF: ${(err as Error).message}`);
  }
}

/** Parses a graph file's text: GEXF when the name ends in .gexf or the text starts with `<`, else graphology JSON. */
export function parseGraphText(name: string, text: string): ViewGraph {
  return parseGraphStaged(name, text).build();
}

/** A parsed graph file: its first screen when one can be drawn before the whole graph is built, and the whole graph. */
export interface StagedGraph {
  preview: OverviewPreview | null;
  /** builds the whole graph (once; throws a {@link GraphFileError} when the file cannot be read as a graph) */
  build(): ViewGraph;
}

/**
 * Parses a graph file's text like {@link parseGraphText}, leaving the costly part (building the graph of every edge)
 * to `build()`. `previewOf` is asked for a first screen from the parsed JSON (see core/preview.ts); its errors only
 * mean no first screen.
 */
export function parseGraphStaged(name: string, text: string, previewOf?: (data: SerializedGraph) => OverviewPreview | null): StagedGraph {
  const checked = (graph: ViewGraph) => {
    if (graph.order === 0) throw new GraphFileError(`${name} contains no nodes.`);
    return graph;
  };
  if (/\.gexf$/i.test(name) || text.trimStart().startsWith('<')) {
    const graph = checked(parseGexfText(name, text));
    return { preview: null, build: () => graph };
  }
  const data = parseJsonData(name, text);
  if (data.nodes.length === 0) throw new GraphFileError(`${name} contains no nodes.`);
  let preview: OverviewPreview | null = null;
  if (previewOf) {
    try {
      checkKeys(data);
      preview = previewOf(data);
    } catch {
      preview = null; // the whole graph's build says what is wrong with the file
    }
  }
  let graph: ViewGraph | null = null;
  return { preview, build: () => (graph ??= checked(buildJson(name, data))) };
}

/** Reads a file the user picked or dropped; only the formats in {@link GRAPH_FORMATS} are accepted. */
export async function readGraphFile(file: File): Promise<ViewGraph> {
  if (!GRAPH_FORMATS.some((f) => file.name.toLowerCase().endsWith(f.extension))) {
    throw new GraphFileError(`${file.name} is not a graph file: open a ${GRAPH_FORMATS.map((f) => f.extension).join(' or ')} file.`);
  }
  return parseGraphText(file.name, await file.text());
}

/** The download index.html starts before the viewer's code has loaded, taken once for the same address. */
function takeEarlyFetch(href: string): Promise<Response> | null {
  const w = window as { scoKgEarlyGraph?: { href: string; response: Promise<Response> } };
  const early = w.scoKgEarlyGraph;
  delete w.scoKgEarlyGraph;
  return early && early.href === href ? early.response : null;
}

/** Response header by which `npm start` says where the graph's store answers (src/cli/start.ts). */
const STORE_API_HEADER = 'X-Sco-Kg-Store-Api';

/**
 * Fetches a graph from a same-origin URL; a 404 becomes {@link NoGraphError}. `meta.api` is set to the absolute URL of
 * the graph's evidence API when the server names one (`npm start` does; a static host does not).
 */
export async function fetchGraph(url: string, meta: { api?: string | null } = {}): Promise<ViewGraph> {
  return (await fetchGraphStaged(url, meta)).build();
}

/** {@link fetchGraph} in two steps: see {@link parseGraphStaged}. */
export async function fetchGraphStaged(url: string, meta: { api?: string | null } = {}, previewOf?: (data: SerializedGraph) => OverviewPreview | null): Promise<StagedGraph> {
  const resolved = new URL(url, location.href);
  if (resolved.origin !== location.origin) throw new GraphFileError(`Only graphs from this site can be opened by address (${resolved.origin} is another site).`);
  const response = await (takeEarlyFetch(resolved.href) ?? fetch(resolved, { cache: 'no-cache' }));
  if (response.status === 404) throw new NoGraphError(resolved.pathname);
  if (!response.ok) throw new GraphFileError(`Could not load ${resolved.pathname}: HTTP ${response.status}.`);
  // a development server answers unknown paths with the page itself: that is a missing file, not a broken GEXF
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
    throw new GraphFileError(`Could not load ${resolved.pathname}: the server answered with a web page, not a graph file (is the name right?).`);
  }
  const api = response.headers.get(STORE_API_HEADER);
  meta.api = api ? new URL(api, resolved).href : null;
  const text = await response.text();
  performance.mark('sco-kg:fetched');
  return parseGraphStaged(resolved.pathname, text, previewOf);
}
