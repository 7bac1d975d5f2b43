// Reads a graph from the server or from a user's file: graphology JSON or GEXF, normalised to the contract.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { checkKeys, graphFromSerialized, normalizeGraph, type SerializedGraph } from './normalize-graph.ts';
import type { OverviewPreview } from './core/preview.ts';
import { GraphFileError, parseJsonData } from './read-json.ts';
import type { ParseReply, ParseRequest } from './parse-worker.ts';
import type { ViewerSettings } from './core/settings.ts';

export { GraphFileError };
import { isSafeKey } from '../../src/graph/safe-keys.ts';
import type { ViewGraph } from './view-graph.ts';

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
  /** builds the whole graph (once; fails with a {@link GraphFileError} when the file cannot be read as a graph) */
  build(): ViewGraph | Promise<ViewGraph>;
}

/** A {@link StagedGraph} read on this thread: the whole graph is built at once when asked for. */
interface ParsedNow extends StagedGraph {
  build(): ViewGraph;
}

/** What a graph's first screen depends on besides the file: the URL's hash (the view asked for) and the settings. */
export interface PreviewRequest {
  hash: string;
  settings: ViewerSettings;
  /** called once the worker has the file: the main thread is free until the first screen comes back */
  onParsing?: () => void;
}

/**
 * Parses a graph file's text like {@link parseGraphText}, leaving the costly part (building the graph of every edge)
 * to `build()`. `previewOf` is asked for a first screen from the parsed JSON (see core/preview.ts); its errors only
 * mean no first screen.
 */
export function parseGraphStaged(name: string, text: string, previewOf?: (data: SerializedGraph) => OverviewPreview | null): ParsedNow {
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

/**
 * Reads graphology JSON in a web worker (parse-worker.ts): the main thread stays free (the canvas gets ready meanwhile)
 * and receives the first screen at once; the parsed data crosses over when `build()` asks for it.
 */
async function parseInWorker(worker: Worker, name: string, buffer: ArrayBuffer, request: PreviewRequest): Promise<StagedGraph> {
  type Reply = ParseReply | { data: SerializedGraph };
  const waiting: { ok(reply: Reply): void; fail(err: Error): void }[] = [];
  const next = () => new Promise<Reply>((ok, fail) => waiting.push({ ok, fail }));
  worker.onmessage = (event: MessageEvent<Reply>) => waiting.shift()?.ok(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    for (const w of waiting.splice(0)) w.fail(new GraphFileError(`${name} could not be read: ${event.message || 'the worker reading it failed'}.`));
  };
  const first = next();
  worker.postMessage({ name, buffer, hash: request.hash, settings: request.settings } satisfies ParseRequest, [buffer]);
  request.onParsing?.();
  const reply = await first;
  if ('error' in reply) {
    worker.terminate();
    throw new GraphFileError(reply.error);
  }
  if (!('preview' in reply)) throw new GraphFileError(`${name} could not be read: the worker reading it answered out of turn.`);
  const preview = reply.preview && { ...reply.preview, graph: Graph.from(reply.preview.graph as never) as unknown as ViewGraph };
  let built: Promise<ViewGraph> | null = null;
  const build = async (): Promise<ViewGraph> => {
    const answer = next();
    worker.postMessage('data');
    const got = await answer;
    worker.terminate();
    if (!('data' in got) || !got.data) throw new GraphFileError(`${name} could not be read: the worker reading it answered out of turn.`);
    return buildJson(name, got.data);
  };
  return { preview, build: () => (built ??= build()) };
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

/**
 * {@link fetchGraph} in two steps: see {@link StagedGraph}. With `previewFor`, graphology JSON is read in a web worker
 * and comes with its first screen (see core/preview.ts) when the hash asks for the plain overview of a big graph.
 */
export async function fetchGraphStaged(url: string, meta: { api?: string | null } = {}, previewFor?: PreviewRequest): Promise<StagedGraph> {
  // the worker starts while the file downloads
  const worker = previewFor && typeof Worker === 'function' ? new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }) : null;
  try {
    return await fetchAndParse(url, meta, worker, previewFor);
  } catch (err) {
    worker?.terminate();
    throw err;
  }
}

async function fetchAndParse(url: string, meta: { api?: string | null }, worker: Worker | null, previewFor?: PreviewRequest): Promise<StagedGraph> {
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
  const buffer = await response.arrayBuffer();
  performance.mark('sco-kg:fetched');
  const gexf = /\.gexf$/i.test(resolved.pathname) || new TextDecoder().decode(buffer.slice(0, 512)).trimStart().startsWith('<');
  if (worker && previewFor && !gexf) return parseInWorker(worker, resolved.pathname, buffer, previewFor);
  worker?.terminate();
  return parseGraphStaged(resolved.pathname, new TextDecoder().decode(buffer));
}
