// Entry point: builds the viewer, loads ./graph.json (or ?graph=…), and wires opening other files.
import { Viewer } from './app.ts';
import { byId } from './views/dom.ts';
import { attachFileOpen } from './views/file-open.ts';
import { GraphFileError, NoGraphError, fetchGraphStaged, parseGraphText, readGraphFile } from './load-graph.ts';
import { recallFile, rememberFile, urlForFile } from './core/remembered-file.ts';
import './styles.css';

const viewer = new Viewer();

function report(title: string, err: unknown): void {
  viewer.showError(title, err instanceof Error ? err.message : String(err));
}

window.addEventListener('error', (event) => report('Something went wrong', event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => report('Something went wrong', event.reason));

attachFileOpen(byId<HTMLInputElement>('open-file'), document.body, (file) => {
  readGraphFile(file).then(
    async (graph) => {
      // the URL names the file; a reload reopens it from this tab's storage when it fits there (kept before the graph
      // shows, so a reload right after finds it)
      const kept = rememberFile(file.name, await file.text());
      history.replaceState(null, '', urlForFile(location.href, file.name));
      viewer.open(graph, file.name);
      if (!kept) viewer.showError(`${file.name} is too big to keep for a reload`, 'Reloading this page will ask you to open it again.', 'info');
    },
    (err: unknown) => report(`Could not open ${file.name}`, err),
  );
});

/** `?file=name`: a file the user opened before reloading; reopened from this tab's storage, or the page says why not. */
function reopenFile(name: string): void {
  const text = recallFile(name);
  if (text === null) {
    viewer.showEmpty(`${name} was opened from your disk and is not kept in this tab (it is too big, or the tab is new). Open it again with the Open button.`);
    return;
  }
  try {
    viewer.open(parseGraphText(name, text), name, { useHash: true });
  } catch (err) {
    viewer.showEmpty(err instanceof Error ? err.message : String(err));
  }
}

async function start(): Promise<void> {
  const asked = new URLSearchParams(location.search).get('graph');
  const url = asked ?? 'graph.json';
  try {
    const meta: { api?: string | null } = {};
    // a big graph's first screen is drawn from the parsed file; the whole graph is built after that first frame
    // the canvas's WebGL programs compile while a worker parses the file
    const staged = await fetchGraphStaged(url, meta, { hash: location.hash, settings: viewer.settings, onParsing: () => viewer.warmUp() });
    const name = url.split('/').pop() ?? url;
    const options = { useHash: true, url, api: meta.api ?? null };
    if (staged.preview) {
      performance.mark('sco-kg:graph-loaded');
      viewer.openStaged(staged.preview, staged.build, name, options);
    } else {
      const graph = await staged.build();
      performance.mark('sco-kg:graph-loaded');
      viewer.open(graph, name, options);
    }
  } catch (err) {
    // no graph.json beside the page: the empty state; a graph asked for by name: say which and why
    if (err instanceof NoGraphError && asked === null) viewer.showEmpty();
    else if (err instanceof NoGraphError) viewer.showEmpty(`Could not load ${asked}: the server has no such file (HTTP 404). Check the name in ?graph=.`);
    else {
      viewer.showEmpty(err instanceof Error ? err.message : String(err));
      if (!(err instanceof GraphFileError)) report('Something went wrong', err);
    }
  }
}

const params = new URLSearchParams(location.search);
const file = params.get('file');
if (file !== null && !params.has('graph')) reopenFile(file);
else if (params.has('reference')) {
  // the benchmark's reference: plain sigma on the same file (src/bench/viewer-bench.ts)
  void import('./reference.ts').then(({ renderReference }) => renderReference(params.get('graph') ?? 'graph.json', byId('graph')));
} else void start();
