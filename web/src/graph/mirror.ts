// What the canvas draws of the explorer's graph: a graph of its own holding only the shown nodes and
// edges. Sigma then works for what is on screen, not for the tens of thousands of edges the filters
// hide, and the explorer's graph keeps every loaded edge, its positions and the filters' verdict.
import { createGraph, type ExplorerGraph } from './model.ts';

export interface ShownItems {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** The items of `graph` its filters did not hide. */
export function shownItems(graph: ExplorerGraph): ShownItems {
  return {
    nodes: new Set(graph.filterNodes((_node, attributes) => !attributes.hidden)),
    edges: new Set(graph.filterEdges((_edge, attributes) => !attributes.hidden)),
  };
}

/**
 * The shown part of `source` as a graph of its own, with copies of the attributes. Built anew on every
 * change rather than edited: sigma answers each removal with a full re-index, and building costs only what
 * is shown. Sigma keeps the states of the nodes and edges a new graph shares with the old one.
 */
export function shownPart(source: ExplorerGraph, shown: ShownItems = shownItems(source)): ExplorerGraph {
  const part = createGraph();
  part.setAttribute('documents', source.getAttribute('documents'));
  for (const node of shown.nodes) part.addNode(node, { ...source.getNodeAttributes(node) });
  for (const edge of shown.edges) {
    const [s, t] = [source.source(edge), source.target(edge)];
    if (part.hasNode(s) && part.hasNode(t))
      part.addDirectedEdgeWithKey(edge, s, t, { ...source.getEdgeAttributes(edge) });
  }
  return part;
}

/** Copies attributes of the drawn nodes from `source` (positions, colours), in place (the caller redraws). */
export function mirrorNodes(
  source: ExplorerGraph,
  drawn: ExplorerGraph,
  names: readonly ('x' | 'y' | 'color')[],
): void {
  drawn.forEachNode((node, attributes) => {
    if (!source.hasNode(node)) return;
    const from = source.getNodeAttributes(node);
    for (const name of names) (attributes as Record<typeof name, unknown>)[name] = from[name];
  });
}
