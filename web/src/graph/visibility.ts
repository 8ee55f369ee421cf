// What the view shows of the loaded graph, computed in the browser: relations, kinds, a document, a date
// window, the rolled-up or stated layer and the strongest N edges. The result is written into the graph
// as attributes (hidden, weight, sizes) that the renderer's styles read; nothing is fetched again and no
// node moves, so a change of filters costs one pass over the edges.
//
// The attributes are written in place, without graphology's update events, and the caller redraws once
// (GraphView.redraw): sigma answers each update event with a partial refresh that skips re-indexing,
// which leaves its label grid stale when nodes appear and fails on edges it has not drawn yet.
import { isStance, edgeSize, nodeSize } from './style.ts';
import type { ExplorerGraph } from './model.ts';

export interface Visibility {
  relations: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  document?: string | undefined;
  /** Inclusive bounds, YYYY-MM-DD (or a prefix of it: "2022-03" is the whole month). */
  from?: string | undefined;
  to?: string | undefined;
  /** How many edges at most: the strongest within the other filters. */
  limit: number;
  rollUp: boolean;
  /** Nodes the user chose (the selection): shown with their edges beyond the limit. */
  pinned: ReadonlySet<string>;
  /** Nodes the user expanded: shown with all their neighbours, beyond the limit and whatever the kinds. */
  expanded: ReadonlySet<string>;
}

/** How many edges of the selected and expanded nodes are added at most: a hub has hundreds. */
export const CHOSEN_EDGES = 100;

export interface Shown {
  nodes: Set<string>;
  edges: Set<string>;
  /** Edges that passed every filter but the limit. */
  candidates: number;
}

/** For each entry of the document table, whether its statements count under the document and date filters. */
export function documentsInView(
  documents: readonly { id: string; date: string | null }[],
  filter: Pick<Visibility, 'document' | 'from' | 'to'>,
): boolean[] | null {
  const { document, from, to } = filter;
  if (document === undefined && from === undefined && to === undefined) return null;
  // "to" as a prefix covers all of it: "2022-03" ends after every day of March.
  const end = to === undefined ? undefined : `${to}\uffff`;
  return documents.map(
    (doc) =>
      (document === undefined || doc.id === document) &&
      (from === undefined || (doc.date !== null && doc.date >= from)) &&
      (end === undefined || (doc.date !== null && doc.date <= end)),
  );
}

/**
 * Shows what `filter` lets through and hides the rest; sizes follow the statements within the filters.
 * Returns what is shown. One pass over the edges and one over the nodes: it runs on every change.
 */
export function applyVisibility(graph: ExplorerGraph, filter: Visibility): Shown {
  const inView = documentsInView(graph.getAttribute('documents'), filter);
  const hiddenLayer = filter.rollUp ? 'direct' : 'principal';
  graph.forEachNode((_node, attributes) => {
    attributes.activity = 0;
  });
  const candidates: Candidates = { keys: [], weights: [] };
  const chosen: Candidates = { keys: [], weights: [] };
  const kindShown = (node: string, kind: string): boolean =>
    filter.kinds.has(kind) || filter.pinned.has(node);
  graph.forEachEdge((edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    let weight = attributes.count;
    if (inView) {
      weight = 0;
      for (const index of attributes.documents) if (inView[index]) weight++;
    }
    attributes.weight = weight;
    attributes.size = edgeSize(weight, attributes.relation);
    attributes.hidden = true;
    if (attributes.layer === hiddenLayer || weight === 0) return;
    if (isStance(attributes.relation)) {
      sourceAttributes.activity += weight;
      targetAttributes.activity += weight;
    }
    if (!filter.relations.has(attributes.relation)) return;
    const open = filter.expanded.has(source) || filter.expanded.has(target);
    if (!open && !(kindShown(source, sourceAttributes.kind) && kindShown(target, targetAttributes.kind)))
      return;
    const list = open || filter.pinned.has(source) || filter.pinned.has(target) ? chosen : candidates;
    list.keys.push(edge);
    list.weights.push(weight);
  });
  // The strongest edges up to the limit, and the strongest edges of the chosen nodes on top: choosing a
  // node adds its positions and takes nothing away.
  const edges = new Set([...strongest(candidates, filter.limit), ...strongest(chosen, CHOSEN_EDGES)]);
  const nodes = new Set<string>();
  for (const node of [...filter.pinned, ...filter.expanded]) if (graph.hasNode(node)) nodes.add(node);
  for (const edge of edges) {
    graph.getEdgeAttributes(edge).hidden = false;
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  graph.forEachNode((node, attributes) => {
    attributes.size = nodeSize(attributes.activity);
    attributes.hidden = !nodes.has(node);
  });
  return { nodes, edges, candidates: candidates.keys.length + chosen.keys.length };
}

interface Candidates {
  keys: string[];
  weights: number[];
}

/**
 * The keys of the `count` heaviest candidates, found without sorting them: ties at the cut are taken in
 * the graph's order, which is the order of the keys (mergeGraphData adds edges in that order), so the
 * same filters always show the same edges.
 */
function strongest({ keys, weights }: Candidates, count: number): string[] {
  if (count <= 0) return [];
  if (keys.length <= count) return keys;
  const cut = Float64Array.from(weights).sort()[weights.length - count] ?? 0;
  let ties = count - weights.filter((weight) => weight > cut).length;
  return keys.filter((_key, i) => {
    const weight = weights[i] ?? 0;
    if (weight > cut) return true;
    if (weight < cut || ties === 0) return false;
    ties--;
    return true;
  });
}
