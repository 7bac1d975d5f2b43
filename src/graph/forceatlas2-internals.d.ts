// Types for the two modules of graphology-layout-forceatlas2 that src/graph/layout.ts uses directly: one iteration
// over the node and edge matrices, and the default settings (the package ships no types for them).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One ForceAtlas2 step: moves the nodes of `nodes` (10 floats per node) along the edges of `edges` (3 per edge). */
  export default function iterate(settings: ForceAtlas2Settings, nodes: Float32Array, edges: Float32Array): unknown;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
