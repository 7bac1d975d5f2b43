// The viewer's one typed settings object: every tuning constant of the overview, ego networks, layout, labels, edges and
// performance thresholds lives here, so a reader finds them in one place and tests can pass their own.

/** All of the viewer's tunable numbers and lists. */
export interface ViewerSettings {
  overview: {
    /** graphs with at most this many nodes show every node in the overview */
    showAllUpTo: number;
    /** nodes per kind in the overview of a bigger graph: the most connected by typed relations */
    perKind: Readonly<Record<string, number>>;
    /** in the overview of a bigger graph each node keeps only its strongest edges to other shown nodes */
    edgesPerNode: number;
  };
  ego: {
    /** neighbours added per expanded node, the strongest (by weight) first */
    maxNeighbours: number;
    /** an ego network never grows past this many nodes */
    maxNodes: number;
  };
  localLayout: {
    /** ForceAtlas2 iterations per convergence check */
    batch: number;
    /** hard cap on iterations */
    maxIterations: number;
    /** never stop before this many iterations */
    minIterations: number;
    /** converged when the mean move of a batch is below this share of the layout's extent */
    tolerance: number;
    /** noverlap margin between node discs, in graph units of the normalised layout */
    margin: number;
  };
  labels: {
    /** labels considered per screen at zoom 1, biggest nodes first (the density control sets this) */
    density: number;
    /** label font size in pixels */
    size: number;
    /** free space kept around every label, in pixels */
    padding: number;
    /** in views of at most this many nodes labels also keep off other nodes' discs */
    discsUpTo: number;
  };
  edges: {
    /** thickest edge, in pixels */
    maxSize: number;
    /** views with more edges than this draw hairlines and do not dim on hover (only the focus is repainted) */
    lightAbove: number;
    /** edge hit-testing (click an edge) is on for views with at most this many edges */
    clickableUpTo: number;
    /** graphs with more edges than this hide edges while the camera moves */
    hideOnMoveAbove: number;
  };
  nodes: {
    minSize: number;
    maxSize: number;
  };
  timeline: {
    /** longest time per month while playing, in milliseconds */
    stepMs: number;
    /** a whole replay takes about this long (long timelines step faster), in milliseconds */
    replayMs: number;
  };
}

/** The settings the viewer runs with. */
export const DEFAULT_SETTINGS: ViewerSettings = {
  overview: {
    showAllUpTo: 300,
    perKind: { person: 45, country: 30, summit: 20, organisation: 25 },
    edgesPerNode: 3,
  },
  ego: { maxNeighbours: 40, maxNodes: 400 },
  localLayout: { batch: 25, minIterations: 100, maxIterations: 1000, tolerance: 0.0005, margin: 4 },
  labels: { density: 150, size: 13, padding: 3, discsUpTo: 3000 },
  edges: { maxSize: 4, lightAbove: 15_000, clickableUpTo: 20_000, hideOnMoveAbove: 30_000 },
  nodes: { minSize: 2, maxSize: 22 },
  timeline: { stepMs: 500, replayMs: 8000 },
};
