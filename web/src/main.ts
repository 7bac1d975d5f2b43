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
  const url = new URLSearchParams(location.search).get('graph') ?? 'graph.json';
  try {
    const graph = await fetchGraph(url);
    performance.mark('sco-kg:graph-loaded');
    viewer.open(graph, url.split('/').pop() ?? url, { useHash: true });
  } catch (err) {
    if (err instanceof NoGraphError) viewer.showEmpty();
    else {
      viewer.showEmpty(err instanceof Error ? err.message : String(err));
      if (!(err instanceof GraphFileError)) report('Something went wrong', err);
    }
  }
}

void start();
