// The viewer: owns the loaded graph, the view state and the sigma renderer, and keeps page, hash and canvas in step.
// Data logic lives in core/ (scope, display graph, layout, communities, attributes); DOM views in views/ and beside.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { EntityAttributes, GraphAttributes, RelationAttributes } from '../../src/graph/types.ts';
import { describeAttributes, type AttributeInfo } from './core/attributes.ts';
import { detectCommunities, type Communities } from './core/communities.ts';
import { THIN_EDGE_TYPE, buildDisplayGraph, displaySize, nodeScaleFor, nodeStyler, type DisplayEdgeAttributes, type DisplayGraph, type DisplayNodeAttributes } from './core/display.ts';
import { createLabelDrawer, type Obstacle } from './core/labels.ts';
import { LAYOUT_EXTENT, layoutLocally } from './core/local-layout.ts';
import { backboneEdges, edgesAmong, egoMembers, overviewMembers, visibleDegrees } from './core/scope.ts';
import { DEFAULT_SETTINGS, type ViewerSettings } from './core/settings.ts';
import { byId, el, replace } from './views/dom.ts';
import { EXPORTERS, download } from './exporters.ts';
import { renderFilterControls, type SyncControls } from './views/filter-controls.ts';
import { indexGraph, type GraphIndex } from './core/graph-index.ts';
import { LiveLayout, type LayoutStatus } from './layout-worker.ts';
import { legendItems, renderLegend } from './views/legend.ts';
import { clearMessages, setEmptyState, showMessage } from './views/messages.ts';
import { renderPanel } from './views/panel.ts';
import { EvidenceSource } from './evidence-source.ts';
import { createReducers, displayNeighbours, type FocusContext } from './core/reducers.ts';
import { createSearch, searchSentences, type SentenceHit } from './views/search.ts';
import { hashToState, stateToHash } from './core/url-hash.ts';
import type { ViewGraph } from './view-graph.ts';
import { defaultState, type ViewState } from './core/view-state.ts';
import { articleView, renderEdgePanel } from './views/edge-panel.ts';
import { renderTimeline, type SyncTimeline } from './views/timeline.ts';
import { renderViewControls, type SyncViewControls } from './views/view-controls.ts';
import { computeVisibility, type Visibility } from './core/visibility.ts';
import type { OverviewPreview } from './core/preview.ts';
import { createEvidenceApi, type EvidenceApi } from './core/evidence-api.ts';

type Renderer = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** A click this close (pixels) to an edge selects it. */
const EDGE_PICK_RADIUS = 4;

/** One loaded graph and everything built for it; replaced as a whole when another graph is opened. */
interface Session {
  graph: ViewGraph;
  index: GraphIndex;
  renderer: Renderer;
  display: DisplayGraph;
  focus: FocusContext;
  visibility: Visibility;
  /** cache keys of what the display graph was built from */
  filterKey: string;
  displayKey: string;
  layout: LiveLayout;
  syncControls: SyncControls;
  syncView: SyncViewControls;
  syncTimeline: SyncTimeline;
  name: string;
  /** local layouts by member set, so going back to a view finds it as it was */
  layouts: Map<string, Map<string, { x: number; y: number }>>;
  attributes: AttributeInfo[] | null;
  communities: Communities | null;
  labels: ReturnType<typeof createLabelDrawer>;
  /** sentences of evidence the graph file gives as references, fetched when a node is opened */
  evidence: EvidenceSource;
  /** legend of the node colours when they are not by kind */
  colorLegend: { name: string; color: string }[] | null;
  /** while the whole graph is being built after the first screen: that first screen (`graph` is its small graph) */
  preview: OverviewPreview | null;
}

/** The page's fixed elements, looked up once. */
function pageElements() {
  return {
    graph: byId('graph'),
    empty: byId('empty'),
    legend: byId('legend'),
    status: byId('status'),
    filters: byId('filters'),
    viewControls: byId('view-controls'),
    timeline: byId('timeline'),
    panel: byId('panel'),
    messages: byId('messages'),
    search: byId<HTMLInputElement>('search'),
    searchResults: byId<HTMLUListElement>('search-results'),
    exports: byId('exports'),
    layoutToggle: byId<HTMLButtonElement>('layout-toggle'),
    layoutStatus: byId('layout-status'),
  };
}

/** Fields of the state that change what passes the filters. */
function filterKeyOf(s: ViewState): string {
  return JSON.stringify([[...s.hiddenKinds].sort(), [...s.hiddenRelations].sort(), s.minWeight, s.years, s.summit, s.linkedOnly, s.until, s.community]);
}

/** How {@link Viewer.open} reads the URL and where the graph came from. */
export interface OpenOptions {
  /** restore selection and filters from the URL hash (first load) */
  useHash?: boolean;
  /** the address the graph came from (its evidence shards are beside it) */
  url?: string;
  /** the store's API that served it, if any */
  api?: string | null;
}

/** The viewer application. Create once per page; call {@link Viewer.open} for each graph. */
export class Viewer {
  private readonly page = pageElements();
  private session: Session | null = null;
  private state: ViewState = defaultState();
  private hovered: string | null = null;
  private readonly setSearchEntries: ReturnType<typeof createSearch>;
  /** the store's evidence and full-text search, when the graph was served with its store's API (`npm start`) */
  private api: EvidenceApi | null = null;

  constructor(readonly settings: ViewerSettings = DEFAULT_SETTINGS) {
    this.setSearchEntries = createSearch(this.page.search, this.page.searchResults, { onChoose: (key) => this.openNode(key), onSentence: (hit) => this.openSentence(hit) });
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

  /** Shows a message in the page. */
  showError(title: string, detail: string, kind: 'error' | 'info' = 'error'): void {
    showMessage(this.page.messages, kind, title, detail);
  }

  /**
   * Replaces the displayed graph. `useHash`: restore selection and filters from the URL hash (first load); `url`: the
   * address the graph came from (its evidence shards are beside it); `api`: the store's API that served it, if any.
   */
  open(graph: ViewGraph, name: string, options: OpenOptions = {}): void {
    this.openGraph(graph, null, name, options);
  }

  /**
   * Opens a graph in two steps: its first screen (`preview`) at once, then, after that first frame, the whole graph
   * from `build`, which takes the first screen's place without moving it (the overview's layout is kept). Clicks and
   * searches made in between apply once the whole graph is in; an error from `build` is shown as a load error.
   */
  openStaged(preview: OverviewPreview, build: () => ViewGraph | Promise<ViewGraph>, name: string, options: OpenOptions = {}): void {
    this.openGraph(preview.graph, { preview, build }, name, options);
  }

  private openGraph(graph: ViewGraph, staged: { preview: OverviewPreview; build: () => ViewGraph | Promise<ViewGraph> } | null, name: string, { useHash = false, url, api = null }: OpenOptions): void {
    this.close();
    this.api = api ? createEvidenceApi(api) : null;
    clearMessages(this.page.messages);
    setEmptyState(this.page.empty, null);
    const index = indexGraph(graph, staged?.preview);
    this.state = useHash ? this.validState(hashToState(location.hash), graph) : defaultState();
    performance.mark('sco-kg:indexed');
    // the canvas (sigma and its WebGL programs) outlives graphs: made once, while the first graph downloads (warmUp)
    const { renderer, focus, labels } = this.canvas();
    Object.assign(focus, { focus: null, neighbours: new Set(), edge: null, light: false });
    renderer.setSetting('hideEdgesOnMove', (staged?.preview.size ?? graph.size) > this.settings.edges.hideOnMoveAbove);
    renderer.setSetting('labelDensity', this.settings.labels.density);
    renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    const empty: DisplayGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    const syncView = renderViewControls(this.page.viewControls, {
      getState: () => this.state,
      onChange: (next) => this.setState(next),
      attributes: () => this.attributes(),
      setLabelDensity: (density) => {
        renderer.setSetting('labelDensity', density);
      },
      labelDensity: this.settings.labels.density,
      expand: () => this.expandAll(),
    });
    // the filter list and the timeline need a pass over every date: built right after the first frame
    this.page.filters.replaceChildren();
    this.page.timeline.replaceChildren();
    this.session = {
      graph, index, renderer, display: empty, focus, visibility: { nodes: new Set(), edges: new Set() }, filterKey: '', displayKey: '',
      layout: new LiveLayout(empty, () => undefined), syncControls: () => undefined, syncView, syncTimeline: () => undefined, name, layouts: new Map(), attributes: null, communities: null, labels, colorLegend: null,
      evidence: new EvidenceSource(url, api),
      preview: staged?.preview ?? null,
    };
    // `?debug` exposes the renderer and graphs to the console (and to tests and the benchmark)
    if (new URLSearchParams(location.search).has('debug')) this.exposeDebug();
    this.page.layoutToggle.disabled = false;
    if (staged) {
      this.setSearchEntries(() => []);
      for (const button of this.page.exports.querySelectorAll('button')) button.disabled = true;
    }
    this.showLayoutStatus({ running: false, reason: 'idle' });
    document.title = `${name} · SCO knowledge graph`;
    // a first screen only: search and export wait for the whole graph
    if (staged) this.applyView(this.session, this.state, this.state, {});
    else {
      this.enableWholeGraph(this.session);
      this.setState(this.state, { writeHash: !useHash, center: useHash });
    }
    performance.mark('sco-kg:renderer-created');
    const session = this.session;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (this.session !== session) return;
        performance.mark('sco-kg:first-render');
        // the first frame is on screen: the whole graph is built now, in a task of its own
        if (staged) setTimeout(() => void this.completeStaged(session, staged.build), 0);
        else this.addControls(session);
      }),
    );
  }

  /** Search and export, which read the whole graph. */
  private enableWholeGraph(session: Session): void {
    const { graph, index } = session;
    this.setSearchEntries(index.search, (query, limit) => this.findSentences(graph, index, query, limit));
    for (const button of this.page.exports.querySelectorAll('button')) button.disabled = false;
  }

  /** The filter list and the timeline (a pass over every date), built after the first frame; then the page is ready. */
  private addControls(session: Session): void {
    const { graph, index } = session;
    session.syncControls = renderFilterControls(this.page.filters, graph, index, () => this.state, (next, options) => this.setState(next, options));
    session.syncTimeline = renderTimeline(this.page.timeline, index, () => this.state, (next) => this.setState(next), this.settings.timeline);
    session.syncControls(this.state, session.visibility);
    session.syncTimeline(this.state);
    performance.mark('sco-kg:controls');
    document.body.dataset.ready = 'true';
    // the search index (every name folded) is built while the user looks at the first screen, not on the first key:
    // in slices of idle time, so a hover or a click meanwhile waits for a slice at most
    const idle = window.requestIdleCallback ?? ((fn: (deadline: { timeRemaining(): number }) => void) => setTimeout(() => fn({ timeRemaining: () => 8 }), 50));
    const slice = (deadline: { timeRemaining(): number }) => {
      if (this.session === session && !index.prepareSearch(Math.max(4, deadline.timeRemaining()))) idle(slice);
    };
    idle(slice);
  }

  /** Puts the whole graph in place of the first screen; what the user did meanwhile (a click, a search) applies now. */
  private async completeStaged(session: Session, build: () => ViewGraph | Promise<ViewGraph>): Promise<void> {
    if (this.session !== session) return;
    let graph: ViewGraph;
    try {
      graph = await build();
    } catch (err) {
      if (this.session === session) this.showEmpty(err instanceof Error ? err.message : String(err));
      return;
    }
    if (this.session !== session) return;
    // `?debug`: where the first screen drew its nodes (the browser tests check the whole graph's overview keeps them)
    const debug = (window as { scoKg?: Record<string, unknown> }).scoKg;
    if (debug) debug.firstScreen = Object.fromEntries(session.display.mapNodes((key, a) => [key, [a.x, a.y]]));
    session.graph = graph;
    session.index = indexGraph(graph);
    session.preview = null;
    session.filterKey = '';
    session.displayKey = '';
    performance.mark('sco-kg:whole-graph');
    this.enableWholeGraph(session);
    const state = this.validState(this.state, graph);
    this.setState(state, { writeHash: state !== this.state, center: Boolean(state.selected) });
    this.addControls(session);
  }

  private drawing: { renderer: Renderer; focus: FocusContext; labels: ReturnType<typeof createLabelDrawer> } | null = null;

  /** The sigma renderer with its highlight state and label drawer, made on first use and kept for every graph. */
  private canvas(): NonNullable<Viewer['drawing']> {
    if (this.drawing) return this.drawing;
    const focus: FocusContext = { focus: null, neighbours: new Set(), edge: null, light: false };
    const { nodeReducer, edgeReducer } = createReducers(focus);
    const labels = createLabelDrawer(this.settings.labels.padding, () => this.labelObstacles());
    const renderer: Renderer = new Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>(new Graph(), this.page.graph, {
      nodeReducer,
      edgeReducer,
      zIndex: true,
      renderEdgeLabels: false,
      edgeProgramClasses: { [THIN_EDGE_TYPE]: EdgeLineProgram },
      labelFont: 'system-ui, -apple-system, "Segoe UI", sans-serif',
      labelSize: this.settings.labels.size,
      labelWeight: '500',
      labelColor: { color: '#1f2328' },
      // one label cell for the whole screen: sigma proposes labels biggest node first, the drawer drops any that would overlap
      labelGridCellSize: 100_000,
      labelDensity: this.settings.labels.density,
      labelRenderedSizeThreshold: 0,
      defaultDrawNodeLabel: labels.draw as never,
      minCameraRatio: 0.02,
      maxCameraRatio: 8,
      allowInvalidContainer: true,
      // on from the start: sigma makes its edge-picking programs only then (big views switch it off again)
      enableEdgeEvents: true,
    });
    renderer.on('beforeRender', () => labels.reset());
    renderer.on('enterNode', ({ node }) => this.hover(node));
    renderer.on('leaveNode', () => this.hover(null));
    renderer.on('clickNode', ({ node }) => this.clickNode(node));
    renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      this.expand(node);
    });
    renderer.on('clickEdge', ({ edge }) => this.setState({ ...this.state, selected: `edge:${edge}` }));
    // edges are thin: a click within a few pixels of one still picks it
    renderer.on('clickStage', ({ event }) => {
      const edge = this.edgeNear(renderer, event.x, event.y);
      this.select(edge ? `edge:${edge}` : null);
    });
    // the panel opening narrows the canvas: sigma must resize with it, or its canvas would cover the panel. On the next
    // frame, not in this one: resizing the canvases costs a frame of its own (software WebGL), and the panel the user
    // asked for is painted first (the panel is above the canvas meanwhile)
    let resizeFrame = 0;
    new ResizeObserver(() => {
      this.controlBox = null;
      cancelAnimationFrame(resizeFrame);
      resizeFrame = requestAnimationFrame(() => {
        this.controlBox = null;
        renderer.resize();
        renderer.refresh({ skipIndexation: true });
      });
    }).observe(this.page.graph);
    return (this.drawing = { renderer, focus, labels });
  }

  /**
   * Makes the canvas and has every WebGL program draw once (invisible items), while the graph downloads: with software
   * WebGL the first draw of each program compiles it, which would otherwise delay the first frame and the first hover.
   */
  warmUp(): void {
    if (this.drawing) return;
    const { renderer, focus } = this.canvas();
    const dummy: DisplayGraph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    const clear = 'rgba(0,0,0,0)';
    for (const key of ['a', 'b']) dummy.addNode(key, { x: key === 'a' ? 0 : 1, y: 0, size: 1, color: clear, label: '', kind: '', zIndex: 0, type: 'circle' });
    for (const type of ['line', 'arrow', THIN_EDGE_TYPE]) dummy.addEdge('a', 'b', { size: 1, color: clear, type, relation: '', weight: 1, zIndex: 0, s: 'a', t: 'b' });
    const drawHover = renderer.getSetting('defaultDrawNodeHover');
    renderer.setSetting('defaultDrawNodeHover', () => undefined);
    Object.assign(focus, { focus: 'a', neighbours: new Set(['b']) }); // a highlighted node: the hover layer's program draws too
    renderer.setGraph(dummy);
    requestAnimationFrame(() => {
      renderer.setSetting('defaultDrawNodeHover', drawHover);
      if (renderer.getGraph() === dummy) renderer.setGraph(new Graph());
    });
  }

  /** The layout control over the canvas, in canvas pixels; measured again after each resize. */
  private controlBox: Obstacle | null = null;

  private measureControl(): Obstacle | null {
    const canvas = this.page.graph.getBoundingClientRect();
    const control = this.page.layoutToggle.parentElement?.getBoundingClientRect();
    return control ? { key: '', x: control.left - canvas.left, y: control.top - canvas.top, width: control.width, height: control.height } : null;
  }

  /** What labels keep off: the drawn node discs (views of a few thousand nodes) and the layout control over the canvas. */
  private *labelObstacles(): Generator<Obstacle> {
    const session = this.session;
    if (!session) return;
    // the control's place is measured when the canvas is sized, not per frame (a DOM measure would force a page layout)
    this.controlBox ??= this.measureControl();
    if (this.controlBox) yield this.controlBox;
    if (session.display.order > this.settings.labels.discsUpTo) return;
    const { renderer, display } = session;
    for (const key of display.nodes()) {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      const p = renderer.framedGraphToViewport(d);
      const r = renderer.scaleSize(d.size);
      yield { key, x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
    }
  }

  private exposeDebug(): void {
    const session = this.session;
    if (!session) return;
    Object.assign(window, {
      scoKg: {
        renderer: session.renderer,
        get graph() {
          return session.display;
        },
        // getters: a first screen's small graph gives way to the whole graph (completeStaged)
        get source() {
          return session.graph;
        },
        get index() {
          return session.index;
        },
        labels: () => session.labels.drawn(),
      },
    });
  }

  /** The edge drawn nearest to a point within {@link EDGE_PICK_RADIUS} pixels, or null (edge events off: null). */
  private edgeNear(renderer: Renderer, x: number, y: number): string | null {
    if (!renderer.getSetting('enableEdgeEvents')) return null;
    for (let r = 1; r <= EDGE_PICK_RADIUS; r++) {
      for (const [dx, dy] of [[0, -r], [0, r], [-r, 0], [r, 0], [-r, -r], [r, r], [-r, r], [r, -r]]) {
        // sigma's own edge picking at that pixel (private in its types, public at run time)
        const edge = (renderer as unknown as { getEdgeAtPoint(x: number, y: number): string | null }).getEdgeAtPoint(x + dx, y + dy);
        if (edge) return edge;
      }
    }
    return null;
  }

  /** Kills the renderer and the layout worker of the current graph. */
  close(): void {
    if (!this.session) return;
    this.session.layout.kill();
    this.session.renderer.setGraph(new Graph());
    this.session = null;
    this.hovered = null;
    document.body.dataset.ready = 'false';
  }

  /** Drops hash fields that name nodes the graph does not have. */
  private validState(state: ViewState, graph = this.session?.graph): ViewState {
    // only the first screen is in: checked when the whole graph is (completeStaged)
    if (!graph || (graph === this.session?.graph && this.session.preview)) return state;
    const selected = state.selected?.startsWith('edge:') ? (graph.hasEdge(state.selected.slice(5)) ? state.selected : null) : state.selected && graph.hasNode(state.selected) ? state.selected : null;
    const ego = state.ego.filter((key) => graph.hasNode(key));
    return {
      ...state,
      selected,
      summit: state.summit && graph.hasNode(state.summit) ? state.summit : null,
      ego,
      scope: state.scope === 'ego' && ego.length === 0 ? 'overview' : state.scope,
    };
  }

  private attributes(): AttributeInfo[] {
    const session = this.session;
    if (!session) return [];
    return (session.attributes ??= describeAttributes(session.graph));
  }

  private communities(): Communities | null {
    const session = this.session;
    if (!session) return null;
    return (session.communities ??= detectCommunities(session.graph));
  }

  /** Applies a new view state: filters, drawn graph, controls, panel and (unless told not to) the URL hash. */
  setState(next: ViewState, { writeHash = true, center = false, fit = false, defer = false } = {}): void {
    const session = this.session;
    const before = this.state;
    this.state = next;
    if (!session) return;
    if (session.preview) return this.waitForWholeGraph(next, writeHash);
    // the panel first: it is what the user waits for after a click
    this.renderPanel();
    document.body.classList.toggle('has-selection', Boolean(next.selected));
    if (writeHash) {
      const hash = stateToHash(next);
      history.replaceState(null, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
    }
    if (!defer) return this.applyView(session, next, before, { center, fit });
    // a click or a search: the panel is painted first, the new view (a layout) right after
    document.body.dataset.pending = 'true';
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.session !== session || this.state !== next) return;
        this.applyView(session, next, before, { center, fit });
        document.body.dataset.pending = 'false';
      }, 0),
    );
  }

  /** A state change while only the first screen is in: kept (and put in the URL), applied when the whole graph is. */
  private waitForWholeGraph(next: ViewState, writeHash: boolean): void {
    if (writeHash) {
      const hash = stateToHash(next);
      history.replaceState(null, '', hash ? `#${hash}` : `${location.pathname}${location.search}`);
    }
    document.body.classList.toggle('has-selection', Boolean(next.selected));
    if (next.selected) replace(this.page.panel, el('p', { className: 'hint' }, 'Loading the rest of the graph…'));
  }

  /** The drawn side of a state change: filters, drawn graph, controls, legend, status, camera. */
  private applyView(session: Session, next: ViewState, before: ViewState, { center = false, fit = false }): void {
    const needsCommunities = next.colorBy === 'community' || next.community !== null;
    const communities = needsCommunities ? this.communities() : session.communities;
    const filterKey = filterKeyOf(next);
    const filtered = filterKey !== session.filterKey;
    if (filtered) {
      const t = performance.now();
      session.visibility = computeVisibility(session.graph, session.index, next, communities?.of);
      session.filterKey = filterKey;
      document.body.dataset.filterTime = (performance.now() - t).toFixed(0);
    }
    const displayKey = JSON.stringify([filterKey, next.scope, next.scope === 'ego' ? next.ego : [], next.colorBy, next.sizeBy]);
    const rebuilt = displayKey !== session.displayKey;
    if (rebuilt) {
      session.displayKey = displayKey;
      this.rebuildDisplay(session, next, communities);
    } else this.repaintFocus();
    // the filter list's counts follow the filters only (not the scope): a click or a search leaves them as they are
    if (filtered || filterKey !== filterKeyOf(before)) session.syncControls(next, session.visibility);
    session.syncView(next, { communities: communities?.sizes.length ?? null });
    session.syncTimeline(next);
    renderLegend(this.page.legend, this.legend(session));
    const whole = session.preview ?? session.graph;
    this.page.status.textContent = `${session.name}: showing ${session.display.order} of ${whole.order} nodes, ${session.display.size} of ${whole.size} edges`;
    document.body.dataset.scope = next.scope;
    // a new overview or ego network is laid out to fit the screen: show all of it
    const newLayout = rebuilt && (next.scope !== before.scope || next.scope === 'ego');
    if (newLayout) void session.renderer.getCamera().animatedReset({ duration: 300 });
    if (fit) this.fit(session.display.nodes());
    else if (center && !newLayout && next.selected && session.display.hasNode(next.selected)) this.center(next.selected);
  }

  private legend(session: Session) {
    return legendItems(session.index, session.display, session.colorLegend);
  }

  private renderPanel(): void {
    const session = this.session;
    if (!session) return;
    const selected = this.state.selected;
    const ctx = {
      graph: session.graph,
      isVisible: (key: string) => session.display.hasNode(key),
      onSelect: (key: string) => this.openNode(key),
      onClose: () => this.select(null),
      onEdge: (edge: string) => this.select(`edge:${edge}`),
      api: this.api ?? undefined,
    };
    if (selected?.startsWith('edge:')) renderEdgePanel(this.page.panel, selected.slice(5), ctx);
    else
      renderPanel(this.page.panel, selected, {
        ...ctx,
        onExpand: (key: string) => this.expand(key),
        onEgo: (key: string) => this.setState({ ...this.state, selected: key, scope: 'ego', ego: [key] }),
      });
    // evidence given as references: the sentences are fetched, then the same panel is drawn again
    const edge = selected?.startsWith('edge:') ? selected.slice(5) : null;
    const node = edge ? (session.graph.hasEdge(edge) ? session.graph.source(edge) : null) : selected;
    // (served with the store, the panels read the API themselves: see renderPanel's evidence api)
    if (node && !this.api) {
      void session.evidence.load(session.graph, node).then((changed) => {
        if (changed && this.session === session && this.state.selected === selected) this.renderPanel();
      });
    }
  }

  /** Builds the drawn graph for the state and hands it to sigma (one refresh). */
  private rebuildDisplay(session: Session, state: ViewState, communities: Communities | null): void {
    const { graph, index, visibility } = session;
    const t0 = performance.now();
    const degree = session.preview ? new Map<string, number>() : visibleDegrees(graph, visibility);
    const { preview } = session;
    const members = preview
      ? preview.members
      : state.scope === 'all'
        ? visibility.nodes
        : state.scope === 'ego'
          ? egoMembers(graph, visibility, state.ego, this.settings.ego)
          : overviewMembers(graph, visibility, this.settings.overview, degree);
    const style = nodeStyler(state.colorBy, state.sizeBy, index.degree, state.colorBy === 'kind' && state.sizeBy === 'degree' ? [] : this.attributes(), communities?.of ?? null);
    const edges = preview ? preview.edges : state.scope === 'overview' && members.size < visibility.nodes.size ? backboneEdges(graph, visibility, members, this.settings.overview.edgesPerNode) : undefined;
    let positions: Map<string, { x: number; y: number }> | undefined;
    if (state.scope !== 'all') positions = this.localPositions(session, members, visibility, edges, (key) => displaySize(style, key, graph.getNodeAttributes(key) as unknown as Record<string, unknown>, this.settings, nodeScaleFor(members.size)));
    session.colorLegend = style.legend;
    const t1 = performance.now();
    const display = buildDisplayGraph({ graph, members, visibility, style, maxWeight: index.maxWeight, settings: this.settings, positions, edges });
    const t2 = performance.now();
    session.layout.kill();
    session.display = display;
    session.layout = new LiveLayout(display, (status) => this.showLayoutStatus(status));
    this.showLayoutStatus({ running: false, reason: state.scope === 'all' ? 'idle' : 'local' });
    session.focus.light = display.size > this.settings.edges.lightAbove || display.order > this.settings.edges.lightAbove;
    this.updateFocus();
    session.renderer.setSetting('enableEdgeEvents', display.size <= this.settings.edges.clickableUpTo);
    session.renderer.setGraph(display);
    // where a view change spends its time, for the benchmark's breakdown
    document.body.dataset.viewTimes = `scope+layout ${(t1 - t0).toFixed(0)} · display ${(t2 - t1).toFixed(0)} · sigma ${(performance.now() - t2).toFixed(0)}`;
  }

  /** ForceAtlas2 + noverlap on the members, started from the last layout of any of them (so a view grows in place). */
  private localPositions(session: Session, members: ReadonlySet<string>, visibility: Visibility, only: Iterable<string> | undefined, sizeOf: (key: string) => number): Map<string, { x: number; y: number }> {
    const shown = [...members].filter((k) => visibility.nodes.has(k)).sort();
    const cacheKey = shown.join('\u0000');
    const cached = session.layouts.get(cacheKey);
    if (cached) return cached;
    const previous = new Map<string, { x: number; y: number }>();
    for (const layout of session.layouts.values()) for (const [k, p] of layout) previous.set(k, p);
    const { graph, index } = session;
    const edges: { source: string; target: string; weight: number }[] = [];
    for (const key of only ?? edgesAmong(graph, visibility, members)) {
      const [s, t] = graph.extremities(key);
      if (members.has(s) && members.has(t)) edges.push({ source: s, target: t, weight: graph.getEdgeAttribute(key, 'weight') });
    }
    // noverlap works in layout units; the discs are drawn in pixels: sigma fits the layout's extent to the smaller side
    // of the canvas, so a pixel is extent / side units
    const box = this.page.graph.getBoundingClientRect();
    const unitsPerPixel = LAYOUT_EXTENT / Math.max(200, Math.min(box.width, box.height) || 700);
    const nodes = shown.map((key) => {
      const a = graph.getNodeAttributes(key);
      const p = previous.get(key) ?? { x: a.x ?? 0, y: a.y ?? 0 };
      return { key, x: p.x, y: p.y, size: sizeOf(key) * unitsPerPixel };
    });
    const result = layoutLocally(nodes, edges, this.settings.localLayout);
    document.body.dataset.localLayout = `${result.iterations}:${result.converged ? 'converged' : 'capped'}`;
    session.layouts.set(cacheKey, result.positions);
    return result.positions;
  }

  /** Animates the camera so that the given nodes fill the view. */
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
    const ratio = Math.min(1, Math.max(0.25, 1.6 * Math.max(maxX - minX, maxY - minY)));
    void renderer.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 500 });
  }

  /** Selects a node or an edge (`edge:<key>`), or clears the selection with null. */
  select(key: string | null, { center = false } = {}): void {
    this.setState({ ...this.state, selected: key }, { center });
  }

  /** A search result or a link in the panel: the node's ego network, unless the whole graph is shown. */
  openNode(key: string): void {
    if (this.state.scope === 'all' || this.showsEverything()) return this.select(key, { center: true });
    this.setState({ ...this.state, selected: key, scope: 'ego', ego: [key] }, { center: true, defer: true });
  }

  /** A click on the canvas: in the overview it opens the node's ego network; elsewhere it selects the node. */
  private clickNode(key: string): void {
    if (this.state.scope === 'overview' && !this.showsEverything()) return this.openNode(key);
    this.select(key);
  }

  /** True when the overview already draws every node the filters let through (a small graph). */
  private showsEverything(): boolean {
    const session = this.session;
    return Boolean(session && this.state.scope === 'overview' && session.display.order >= session.visibility.nodes.size);
  }

  /** Adds one hop around a node to the ego network (opening one on it if none is shown). */
  expand(key: string): void {
    const ego = this.state.scope === 'ego' ? this.state.ego : [];
    if (ego.includes(key)) return;
    this.setState({ ...this.state, selected: key, scope: 'ego', ego: [...(ego.length ? ego : []), key] }, { defer: true });
  }

  /** Expands every shown node of the ego network that is not expanded yet: one more hop. */
  expandAll(): void {
    const session = this.session;
    if (!session || this.state.scope !== 'ego') return;
    const more = session.display.nodes().filter((k) => !this.state.ego.includes(k)).sort();
    this.setState({ ...this.state, ego: [...this.state.ego, ...more] }, { defer: true });
  }

  /** Sentences containing `query`: the store's full-text search when it is served, else the graph file's sentences. */
  private async findSentences(graph: ViewGraph, index: GraphIndex, query: string, limit: number): Promise<SentenceHit[]> {
    if (this.api && (await this.api.available())) return this.api.search(query, limit);
    const articles = graph.getAttribute('articles') ?? {};
    return searchSentences(index.sentences(), query, limit).map(({ edge, at }) => {
      const e = graph.getEdgeAttribute(edge, 'evidence')[at];
      return { ...e, edge, title: articles[e.article]?.title, date: e.date ?? articles[e.article]?.date };
    });
  }

  /** A sentence chosen in the search: the relation it supports (its evidence panel), else its article. */
  openSentence(hit: SentenceHit): void {
    const session = this.session;
    if (!session) return;
    const edge = hit.edge ?? session.index.edgesCiting(hit.article, hit.start)[0];
    if (edge && session.graph.hasEdge(edge)) return this.select(`edge:${edge}`);
    // a sentence of a relation whose first sentences in the graph file are others: its article card
    this.select(null);
    const close = () => this.select(null);
    this.page.panel.dataset.node = '';
    this.page.panel.dataset.edge = '';
    replace(this.page.panel, articleView(hit, session.graph.getAttribute('articles') ?? {}, close));
    document.body.classList.add('has-selection');
  }

  /** Animates the camera to a node. */
  center(key: string): void {
    const renderer = this.session?.renderer;
    const position = renderer?.getNodeDisplayData(key);
    if (!renderer || !position) return;
    const camera = renderer.getCamera();
    void camera.animate({ x: position.x, y: position.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  }

  private hover(key: string | null): void {
    // big views: sigma's own hover layer shows the node and its label; repainting every item would cost a full frame
    if (this.session?.focus.light) return;
    this.hovered = key;
    // on the next frame: a pointer crossing several nodes within one frame costs one repaint
    this.repaintFocus({ scheduled: true });
  }

  /** Moves the highlight to the current focus: a full refresh, or in a light view only the items that change. */
  private repaintFocus({ scheduled = false } = {}): void {
    const session = this.session;
    if (!session) return;
    const { focus, renderer, display } = session;
    if (!focus.light) {
      this.updateFocus();
      renderer.refresh({ skipIndexation: true, schedule: scheduled });
      return;
    }
    const touched = (node: string | null, neighbours: Set<string>) => (node ? [node, ...neighbours] : []);
    const before = touched(focus.focus, focus.neighbours);
    const edgesBefore = focus.focus && display.hasNode(focus.focus) ? display.edges(focus.focus) : [];
    const edgeBefore = focus.edge;
    this.updateFocus();
    const nodes = [...new Set([...before, ...touched(focus.focus, focus.neighbours)])];
    const edges = [...new Set([...edgesBefore, ...(focus.focus ? display.edges(focus.focus) : []), ...[edgeBefore, focus.edge].filter((e): e is string => Boolean(e && display.hasEdge(e)))])];
    renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: true });
  }

  /** Highlight follows the hovered node, else the selected one, if it is drawn. */
  private updateFocus(): void {
    const session = this.session;
    if (!session) return;
    const { focus, display } = session;
    const selected = this.state.selected;
    const edge = selected?.startsWith('edge:') ? selected.slice(5) : null;
    const candidate = this.hovered ?? (edge ? null : selected);
    focus.focus = candidate && display.hasNode(candidate) ? candidate : null;
    focus.neighbours = displayNeighbours(display, focus.focus);
    focus.edge = edge && display.hasEdge(edge) ? edge : null;
  }

  private showLayoutStatus(status: LayoutStatus | { running: false; reason: 'local' }): void {
    this.page.layoutToggle.textContent = status.running ? 'Stop layout' : 'Run layout';
    this.page.layoutToggle.setAttribute('aria-pressed', String(status.running));
    const seconds = !status.running && 'seconds' in status && status.seconds !== undefined ? ` after ${status.seconds.toFixed(1)} s` : '';
    this.page.layoutStatus.textContent = status.running
      ? 'ForceAtlas2 running (stops when settled)'
      : { idle: 'Positions from the build', local: 'Laid out for this view', user: `Stopped${seconds}`, settled: `Settled${seconds}`, 'time-limit': `Stopped at the time limit${seconds}` }[status.reason];
    document.body.dataset.layout = status.running ? 'running' : status.reason;
    this.controlBox = null; // its text changed width
  }

  private async export(id: string): Promise<void> {
    const session = this.session;
    const exporter = EXPORTERS.find((e) => e.id === id);
    if (!session || !exporter) return;
    try {
      // the view's evidence given as references: its sentences first (the shards or the API), so the file carries them
      for (const node of session.display.nodes()) await session.evidence.load(session.graph, node);
      const blob = await exporter.run({ graph: session.graph, display: session.display, renderer: session.renderer as unknown as Sigma, legend: this.legend(session), labels: session.labels.drawn(), name: session.name });
      download(blob, `${session.name.replace(/[^\w.-]+/g, '-').replace(/\.(json|gexf)$/i, '') || 'graph'}${exporter.extension}`);
    } catch (err) {
      this.showError(`Export as ${exporter.name} failed`, (err as Error).message);
    }
  }
}

export type { EntityAttributes, GraphAttributes, RelationAttributes };
