// `?reference`: sigma's plain rendering of the same graph file, no reducers, every node and edge: the benchmark's
// reference, measured in the same run as the viewer so their ratio carries over to other machines.
import Sigma from 'sigma';
import { fetchGraph } from './load-graph.ts';

/** Loads `url` and renders it with sigma's defaults; sets the same marks and `data-ready` as the viewer. */
export async function renderReference(url: string, container: HTMLElement): Promise<void> {
  document.getElementById('empty')?.setAttribute('hidden', '');
  const graph = (await fetchGraph(url)) as unknown as import('graphology').default;
  performance.mark('sco-kg:graph-loaded');
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, { size: 2 + Math.sqrt(graph.degree(key)) / 2 }));
  performance.mark('sco-kg:indexed');
  const renderer = new Sigma(graph, container, { allowInvalidContainer: true });
  performance.mark('sco-kg:renderer-created');
  let hidden: string | null = null;
  // the plain way to filter: a reducer that hides a kind, then a full refresh
  Object.assign(window, {
    scoKgReference: {
      renderer,
      graph,
      hideKind(kind: string | null) {
        hidden = kind;
        renderer.setSetting('nodeReducer', (_k, a) => (hidden !== null && a.kind === hidden ? { ...a, hidden: true } : a));
      },
    },
  });
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      performance.mark('sco-kg:first-render');
      document.body.dataset.ready = 'true';
    }),
  );
}
