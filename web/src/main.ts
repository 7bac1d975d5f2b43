// Entry point: builds the viewer, loads ./graph.json (or ?graph=…), and wires opening other files.
import { Viewer } from './app.ts';
import { byId } from './dom.ts';
import { attachFileOpen } from './file-open.ts';
import { GraphFileError, NoGraphError, fetchGraph, readGraphFile } from './load-graph.ts';
import './styles.css';

const viewer = new Viewer();

function report(title: string, err: unknown): void {
  viewer.showError(title, err instanceof Error ? err.message : String(err));
}

window.addEventListener('error', (event) => report('Something went wrong', event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => report('Something went wrong', event.reason));

attachFileOpen(byId<HTMLInputElement>('open-file'), document.body, (file) => {
  readGraphFile(file).then(
    (graph) => viewer.open(graph, file.name),
    (err: unknown) => report(`Could not open ${file.name}`, err),
  );
});

async function start(): Promise<void> {
  const asked = new URLSearchParams(location.search).get('graph');
  const url = asked ?? 'graph.json';
  try {
    const graph = await fetchGraph(url);
    performance.mark('sco-kg:graph-loaded');
    viewer.open(graph, url.split('/').pop() ?? url, { useHash: true });
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

void start();
