// Types for the parts of graphology-layout-forceatlas2 that ship without them: the iteration on flat
// matrices and the matrices' builder, which layout-worker.ts runs in its own loop.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  /** One ForceAtlas2 iteration over the node and edge matrices, in place. */
  export default function iterate(
    settings: Record<string, unknown>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type { Attributes, default as Graph } from 'graphology-types';
  /** The flat matrices iterate() works on: ten numbers per node (x and y first), three per edge. */
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (edge: string, attributes: Attributes) => number,
  ): { nodes: Float32Array; edges: Float32Array };
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
