// Web worker: reads a graphology JSON file off the main thread (decode, JSON.parse, key checks) and works out its first
// screen (core/preview.ts), which it sends at once; the parsed data follows only when the page asks for it, after its
// first frame, so receiving it never delays that frame. Protocol: see load-graph.ts (parseInWorker).
import { overviewPreview, type OverviewPreview } from './core/preview.ts';
import { hashToState } from './core/url-hash.ts';
import type { ViewerSettings } from './core/settings.ts';
import { checkKeys, type SerializedGraph } from './normalize-graph.ts';
import { parseJsonData } from './read-json.ts';

/** What the page sends first: the file's bytes (transferred), its name, and what its first screen depends on. */
export interface ParseRequest {
  name: string;
  buffer: ArrayBuffer;
  hash: string;
  settings: ViewerSettings;
}

/** The worker's first answer: the first screen (null when the whole graph is needed first), or why the file is unreadable. */
export type ParseReply =
  | { error: string }
  | {
      /** the overview as {@link OverviewPreview} holds it, its graph serialized (with the graph's type) */
      preview: (Omit<OverviewPreview, 'graph'> & { graph: unknown; type: string }) | null;
    };

const scope = self as unknown as { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void };
let data: SerializedGraph | null = null;

scope.onmessage = (event: MessageEvent<ParseRequest | 'data'>) => {
  if (event.data === 'data') {
    scope.postMessage({ data });
    data = null;
    return;
  }
  const { name, buffer, hash, settings } = event.data;
  try {
    data = parseJsonData(name, new TextDecoder().decode(buffer));
  } catch (err) {
    scope.postMessage({ error: (err as Error).message } satisfies ParseReply);
    return;
  }
  let preview = null;
  try {
    checkKeys(data);
    preview = overviewPreview(data, hashToState(hash), settings);
  } catch {
    preview = null; // the whole graph's build says what is wrong with the file
  }
  scope.postMessage({
    preview: preview && { ...preview, graph: preview.graph.export(), type: preview.graph.type },
  } satisfies ParseReply);
};
