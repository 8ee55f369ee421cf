// People rolled up to whom they speak for, as the saved query principal-positions does: "Sergei Lavrov
// opposes X" counts as "Russia opposes X". Both views live in one graph, so that switching between them
// neither refetches nor lays out again: each edge says whether it belongs to the stated view, to the
// rolled-up one, or to both (EdgeLayer), and visibility.ts shows one layer at a time.
import { edgeKey, type EdgeAttributes, type EdgeLayer, type ExplorerGraph } from './model.ts';

const PRINCIPAL = 'up|';

/** The key of the rolled-up edge between two principals. */
export function principalKey(source: string, relation: string, target: string): string {
  return `${PRINCIPAL}${edgeKey(source, relation, target)}`;
}

/** Each person who REPRESENTS someone, with the country or organisation most documents say they speak for. */
export function principals(graph: ExplorerGraph): Map<string, string> {
  const best = new Map<string, { principal: string; documents: number }>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.relation !== 'REPRESENTS' || attributes.layer === 'principal') return;
    const current = best.get(source);
    const better =
      !current ||
      attributes.count > current.documents ||
      (attributes.count === current.documents && target < current.principal);
    if (better) best.set(source, { principal: target, documents: attributes.count });
  });
  return new Map([...best].map(([person, { principal }]) => [person, principal]));
}

interface Rolled {
  source: string;
  relation: string;
  target: string;
  documents: number[];
  parts: string[];
}

/**
 * Rebuilds the rolled-up layer from the stated edges (run again after new edges arrive): every edge with
 * a represented person at an end is stated only, and adds its statements to the edge between the
 * principals; a principal's own edge joins that sum. REPRESENTS ties and edges within one principal
 * ("Lavrov meets Russia") have no rolled-up form.
 */
export function rollUp(graph: ExplorerGraph): void {
  graph
    .filterEdges((_edge, attributes) => attributes.layer === 'principal')
    .forEach((edge) => {
      graph.dropEdge(edge);
    });
  const up = principals(graph);
  const layers = new Map<string, EdgeLayer>();
  const rolled = new Map<string, Rolled>();
  graph.forEachEdge((edge, attributes, source, target) => {
    const [s, t] = [up.get(source) ?? source, up.get(target) ?? target];
    if (s === source && t === target) return;
    layers.set(edge, 'direct');
    if (attributes.relation === 'REPRESENTS' || s === t) return;
    const key = principalKey(s, attributes.relation, t);
    const entry = rolled.get(key) ?? {
      source: s,
      relation: attributes.relation,
      target: t,
      documents: [],
      parts: [],
    };
    entry.documents.push(...attributes.documents);
    entry.parts.push(edge);
    rolled.set(key, entry);
  });
  for (const [key, entry] of rolled) {
    const own = edgeKey(entry.source, entry.relation, entry.target);
    const sample = graph.getEdgeAttributes(entry.parts[0] ?? '');
    if (graph.hasEdge(own)) {
      layers.set(own, 'direct');
      entry.documents.push(...graph.getEdgeAttribute(own, 'documents'));
      entry.parts.push(own);
    }
    const attributes: EdgeAttributes = {
      ...sample,
      count: entry.documents.length,
      documents: entry.documents,
      weight: entry.documents.length,
      layer: 'principal',
      parts: entry.parts,
    };
    graph.addDirectedEdgeWithKey(key, entry.source, entry.target, attributes);
  }
  // Written in place: the layer is not drawn, and an update event would make sigma repaint edges it has
  // not drawn yet (see visibility.ts).
  graph.forEachEdge((edge, attributes) => {
    if (attributes.layer !== 'principal') attributes.layer = layers.get(edge) ?? 'both';
  });
}
