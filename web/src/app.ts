// The viewer: owns the loaded graph, the view state and the sigma renderer, and keeps page, hash and canvas in step.
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../src/graph/types.ts';
import { byId, el } from './dom.ts';
import { EXPORTERS, download } from './exporters.ts';
import { renderFilterControls, type SyncControls } from './filter-controls.ts';
import { indexGraph, type GraphIndex } from './graph-index.ts';
import { LiveLayout, type LayoutStatus } from './layout-worker.ts';
import { legendItems, renderLegend } from './legend.ts';
import { clearMessages, setEmptyState, showMessage } from './messages.ts';
import { renderPanel } from './panel.ts';
import { THIN_EDGE_TYPE, createReducers, nodeScaleFor, visibleNeighbours, type DisplayContext } from './reducers.ts';
import { createSearch } from './search.ts';
import { hashToState, stateToHash } from './url-hash.ts';
import type { ViewGraph } from './view-graph.ts';
import { defaultState, type ViewState } from './view-state.ts';
import { computeVisibility } from './visibility.ts';

type Renderer = Sigma<EntityAttributes, RelationAttributes, GraphAttributes>;

/** Graphs with more edges than this hide their edges while the camera moves, to keep panning smooth. */
const HIDE_EDGES_ON_MOVE_ABOVE = 30_000;

/** Views with more visible edges than this switch to the light level of detail (see {@link DisplayContext.light}). */
const LIGHT_ABOVE_EDGES = 15_000;

/** Graphs up to this order label every node that fits (sigma's label grid still prevents overlaps). */
const SMALL_GRAPH = 300;

/** One loaded graph and everything built for it; replaced as a whole when another graph is opened. */
interface Session {
  graph: ViewGraph;
  index: GraphIndex;
  renderer: Renderer;
  display: DisplayContext;
  layout: LiveLayout;
  syncControls: SyncControls;
  name: string;
}

/** The page's fixed elements, looked up once. */
function pageElements() {
  return {
    graph: byId('graph'),
    empty: byId('empty'),
    legend: byId('legend'),
    status: byId('status'),
    filters: byId('filters'),
    panel: byId('panel'),
    messages: byId('messages'),
    search: byId<HTMLInputElement>('search'),
    searchResults: byId<HTMLUListElement>('search-results'),
    exports: byId('exports'),
    layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
    layoutStatus: byId('layout-status'),
  };
}

/** The viewer application. Create once per page; call {@link Viewer.open} for each graph. */
export class Viewer {
  private readonly page = pageElements();
  private session: Session | null = null;
  private state: ViewState = defaultState();
  private hovered: string | null = null;
  private readonly setSearchEntries: ReturnType<typeof createSearch>;

  constructor() {
    this.setSearchEntries = createSearch(this.page.search, this.page.searchResults, (key) => this.select(key, { center: true }));
    this.page.layoutToggle.addEventListener('click', () => {
      const layout = this.session?.layout;
      if (!layout) return;
      if (layout.isRunning()) layout.stop('user');
      else layout.start();
    });
    for (const exporter of EXPORTERS) {
      const button = el('button', { attrs: { type: 'button', 'data-export': exporter.id, disabled: true }, title: `Export ${exporter.description}` }, exporter.name);
      button.addEventListener('click', () => void this.export(exporter.id));
      this.page.exports.append(button);
    }
    window.addEventListener('hashchange', () => this.setState(this.validState(hashToState(location.hash)), { writeHash: false, center: true }));
    this.showEmpty();
  }

  /** Shows the empty state: no graph loaded, with what to do about it. `problem` says why, when loading failed. */
  showEmpty(problem?: string): void {
    this.close();
    setEmptyState(this.page.empty, {
      title: problem ? 'Could not load the graph' : 'No graph loaded',
      detail: [
        problem ? `${problem} ` : '',
        'Build one with ',
        el('code', {}, 'npm run kg -- build'),
        ' and serve it with ',
        el('code', {}, 'npm start'),
        ', or open a .json or .gexf graph file with the Open button, or drop one on this page.',
      ],
    });
    this.page.status.textContent = 'No graph';
  }

  /** Shows an error message in the page. */
  showError(title: string, detail: string): void {
    showMessage(this.page.messages, 'error', title, detail);
  }

  /** Replaces the displayed graph. `useHash`: restore selection and filters from the URL hash (first load). */
  open(graph: ViewGraph, name: string, { useHash = false } = {}): void {
    this.close();
    clearMessages(this.page.messages);
    setEmptyState(this.page.empty, null);
    const index = indexGraph(graph);
    const display: DisplayContext = { graph, index, visibility: { nodes: new Set(), edges: new Set() }, focus: null, neighbours: new Set(), light: false, nodeScale: nodeScaleFor(graph.order) };
    // the state is settled before sigma is created, so its first (synchronous) render is already the right one
    this.state = useHash ? this.validState(hashToState(location.hash), graph) : defaultState();
    this.applyFilters(display, this.state);
    const { nodeReducer, edgeReducer } = createReducers(display);
    performance.mark('sco-kg:indexed');
    const renderer = new Sigma<EntityAttributes, RelationAttributes, GraphAttributes>(graph, this.page.graph, {
      nodeReducer,
      edgeReducer,
      zIndex: true,
      renderEdgeLabels: false,
      edgeProgramClasses: { [THIN_EDGE_TYPE]: EdgeLineProgram },
      labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1f2328' },
      labelDensity: 0.6,
      labelGridCellSize: 150,
      // small graphs label every node the grid has room for; big ones only the larger nodes
      labelRenderedSizeThreshold: graph.order <= SMALL_GRAPH ? 0 : 7,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
      allowInvalidContainer: true,
    });
    // sigma's constructor has drawn the first frame; it is on screen once the next frame has been produced
    performance.mark('sco-kg:renderer-created');
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (this.session?.renderer !== renderer) return;
        performance.mark('sco-kg:first-render');
        document.body.dataset.ready = 'true';
      }),
    );
    renderer.on('enterNode', ({ node }) => this.hover(node));
    renderer.on('leaveNode', () => this.hover(null));
    renderer.on('clickNode', ({ node }) => this.select(node));
    renderer.on('clickStage', () => this.select(null));
    const layout = new LiveLayout(graph, (status) => this.showLayoutStatus(status));
    const syncControls = renderFilterControls(this.page.filters, graph, index, () => this.state, (next, options) => this.setState(next, options));
    this.session = { graph, index, renderer, display, layout, syncControls, name };
    // `?debug` exposes the renderer and graph to the console (and to the benchmark's breakdown)
    if (new URLSearchParams(location.search).has('debug')) Object.assign(window, { scoKg: { renderer, graph, index } });
    this.setSearchEntries(index.search);
    this.page.layoutToggle.disabled = false;
    this.showLayoutStatus({ running: false, reason: 'idle' });
    for (const button of this.page.exports.querySelectorAll('button')) button.disabled = false;
    document.title = `${name} · SCO knowledge graph`;
    this.setState(this.state, { writeHash: !useHash, center: useHash, refresh: false });
  }

  /** Kills the renderer and the layout worker of the current graph. */
  close(): void {
    if (!this.session) return;
    this.session.layout.kill();
    this.session.renderer.kill();
    this.session = null;
    this.hovered = null;
    document.body.dataset.ready = 'false';
  }

  /** Drops hash fields that name nodes the graph does not have. */
  private validState(state: ViewState, graph = this.session?.graph): ViewState {
    if (!graph) return state;
    return {
      ...state,
      selected: state.selected && graph.hasNode(state.selected) ? state.selected : null,
      summit: state.summit && graph.hasNode(state.summit) ? state.summit : null,
    };
  }

  /** Applies a new view state: filters, reducers, controls, panel and (unless told not to) the URL hash. */
  setState(next: ViewState, { writeHash = true, center = false, refresh = true, fit = false } = {}): void {
    const session = this.session;
    this.state = next;
    if (!session) return;
    const { graph, index, display, renderer } = session;
    if (refresh) {
      this.applyFilters(display, next);
      renderer.refresh();
    }
    session.syncControls(next, display.visibility);
    renderLegend(this.page.legend, legendItems(graph, index, display.visibility));
    this.page.status.textContent = `${session.name}: showing ${display.visibility.nodes.size} of ${graph.order} nodes, ${display.visibility.edges.size} of ${graph.size} edges`;
    renderPanel(this.page.panel, next.selected, {
      graph,
      isVisible: (key) => display.visibility.nodes.has(key),
      onSelect: (key) => this.select(key, { center: true }),
      onClose: () => this.select(null),
    });
    document.body.classList.toggle('has-selection', Boolean(next.selected));
    if (writeHash) {
      const hash = stateToHash(next);
      history.replaceState(null, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
    }
    if (fit) this.fit(display.visibility.nodes);
    else if (center && next.selected) this.center(next.selected);
  }

  /** Animates the camera so that the given nodes fill the view (all of them: back to the whole graph). */
  fit(nodes: Iterable<string>): void {
    const renderer = this.session?.renderer;
    if (!renderer) return;
    let [minX, minY, maxX, maxY, count] = [Infinity, Infinity, -Infinity, -Infinity, 0];
    for (const key of nodes) {
      const d = renderer.getNodeDisplayData(key);
      if (!d) continue;
      [minX, minY, maxX, maxY] = [Math.min(minX, d.x), Math.min(minY, d.y), Math.max(maxX, d.x), Math.max(maxY, d.y)];
      count++;
    }
    if (count === 0) return;
    // display data are in sigma's normalised frame, where ratio 1 shows the whole graph
    const ratio = Math.min(1, Math.max(0.25, 1.6 * Math.max(maxX - minX, maxY - minY)));
    void renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  /** Selects a node (or clears the selection with null); `center` also moves the camera to it. */
  select(key: string | null, { center = false } = {}): void {
    // filters are unchanged: in a light view only the highlight is repainted, not every item
    const light = this.session?.display.light ?? false;
    this.setState({ ...this.state, selected: key }, { center, refresh: !light });
    if (light) this.repaintFocus();
  }

  /** Animates the camera to a node. */
  center(key: string): void {
    const renderer = this.session?.renderer;
    const position = renderer?.getNodeDisplayData(key);
    if (!renderer || !position) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  /** Recomputes what the filters show and the highlight, into the reducers' context. */
  private applyFilters(display: DisplayContext, state: ViewState): void {
    display.visibility = computeVisibility(display.graph, display.index, state);
    display.light = display.visibility.edges.size > LIGHT_ABOVE_EDGES;
    this.updateFocus(display, state);
  }

  private hover(key: string | null): void {
    this.hovered = key;
    this.repaintFocus();
  }

  /** Moves the highlight to the current focus: a full refresh, or in a light view only the items that change. */
  private repaintFocus(): void {
    const session = this.session;
    if (!session) return;
    const { display, renderer, graph } = session;
    if (!display.light) {
      this.updateFocus(display, this.state);
      renderer.refresh();
      return;
    }
    // light view: nothing is dimmed, so only the old and new focus, their neighbours and edges need repainting
    const touched = (focus: string | null, neighbours: Set<string>) => (focus ? [focus, ...neighbours] : []);
    const before = touched(display.focus, display.neighbours);
    const edgesBefore = display.focus ? graph.edges(display.focus) : [];
    this.updateFocus(display, this.state);
    const nodes = [...new Set([...before, ...touched(display.focus, display.neighbours)])];
    const edges = [...new Set([...edgesBefore, ...(display.focus ? graph.edges(display.focus) : [])])];
    renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
  }

  /** Highlight follows the hovered node, else the selected one, if it is visible. */
  private updateFocus(display: DisplayContext, state: ViewState): void {
    const candidate = this.hovered ?? state.selected;
    display.focus = candidate && display.visibility.nodes.has(candidate) ? candidate : null;
    display.neighbours = visibleNeighbours(display.graph, display.visibility, display.focus);
  }

  private showLayoutStatus(status: LayoutStatus): void {
    this.page.layoutToggle.textContent = status.running ? 'Stop layout' : 'Run layout';
    this.page.layoutToggle.setAttribute('aria-pressed', String(status.running));
    const seconds = !status.running && status.seconds !== undefined ? ` after ${status.seconds.toFixed(1)} s` : '';
    this.page.layoutStatus.textContent = status.running
      ? 'ForceAtlas2 running (stops when settled)'
      : { idle: 'Positions from the build', user: `Stopped${seconds}`, settled: `Settled${seconds}`, 'time-limit': `Stopped at the time limit${seconds}` }[status.reason];
    document.body.dataset.layout = status.running ? 'running' : status.reason;
  }

  private async export(id: string): Promise<void> {
    const session = this.session;
    const exporter = EXPORTERS.find((e) => e.id === id);
    if (!session || !exporter) return;
    try {
      const blob = await exporter.run({ graph: session.graph, renderer: session.renderer, legend: legendItems(session.graph, session.index, session.display.visibility), name: session.name });
      download(blob, `${session.name.replace(/[^\w.-]+/g, '-').replace(/\.(json|gexf)$/i, '') || 'graph'}${exporter.extension}`);
    } catch (err) {
      this.showError(`Export as ${exporter.name} failed`, (err as Error).message);
    }
  }
}
