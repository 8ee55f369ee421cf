// The graph the explorer shows, as a graphology MultiDirectedGraph: one node per entity (or document, or
// other node a Cypher result returned), one edge per (source, relation, target) carrying its statement
// count and the documents that say it. Pure functions that merge API answers into it; what is visible,
// positions and drawing are elsewhere.
import { MultiDirectedGraph } from 'graphology';
import type { CitedDocument, CypherResult, GraphData, GraphNode } from '../../shared/api.ts';
import { displayLabel, edgeSize, kindColor, nodeSize, relationColor } from './style.ts';

export interface NodeAttributes {
  /** What the canvas writes: the name, or a well-known acronym for a long one ("NATO"). */
  label: string;
  name: string;
  kind: string;
  color: string;
  size: number;
  x: number;
  y: number;
  statements: number;
  documents: number;
  /** Stance statements made or received within the current filters (document, dates): what the size shows. */
  activity: number;
  aliases: string[];
  /** Entities are the domain's nodes; documents and other nodes only come from Cypher results. */
  origin: 'entity' | 'document' | 'other';
  /** Left out of the view by the filters (graph/visibility.ts). */
  hidden: boolean;
}

/**
 * Which view an edge belongs to: `direct` as stated, `principal` rolled up to the countries and
 * organisations people speak for (graph/rollup.ts), `both` when the two agree.
 */
export type EdgeLayer = 'direct' | 'principal' | 'both';

export interface EdgeAttributes {
  relation: string;
  /** Statements (documents for a structural edge), all dates and documents together. */
  count: number;
  /** Where each of `count` was said: indexes into the graph's document table. */
  documents: number[];
  /** Statements within the current filters (document, dates): what the width shows. */
  weight: number;
  color: string;
  size: number;
  layer: EdgeLayer;
  /** For a `principal` edge: the keys of the stated edges it rolls up. */
  parts?: string[];
  hidden: boolean;
}

export type GraphAttributes = {
  /** The documents edges cite, with their dates; edges hold indexes into it. */
  documents: CitedDocument[];
};

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): ExplorerGraph {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  graph.setAttribute('documents', []);
  return graph;
}

export function edgeKey(source: string, relation: string, target: string): string {
  return `${source}|${relation}|${target}`;
}

/** Where a new node goes: near `anchor` when it has one, else on a golden-angle spiral around the centre. */
export function initialPosition(index: number, anchor?: { x: number; y: number }): { x: number; y: number } {
  const angle = index * 2.399963;
  const radius = anchor ? 1 + (index % 7) * 0.15 : 10 * Math.sqrt(index + 1);
  return { x: (anchor?.x ?? 0) + radius * Math.cos(angle), y: (anchor?.y ?? 0) + radius * Math.sin(angle) };
}

function entityAttributes(node: GraphNode, position: { x: number; y: number }): NodeAttributes {
  return {
    label: displayLabel(node.name, node.aliases),
    name: node.name,
    kind: node.kind,
    color: kindColor(node.kind),
    size: nodeSize(node.statements),
    ...position,
    statements: node.statements,
    documents: node.documents,
    activity: node.statements,
    aliases: node.aliases,
    origin: 'entity',
    hidden: false,
  };
}

/** Index of each of `documents` in the graph's document table, adding those it lacks. */
function documentIndexes(graph: ExplorerGraph, documents: readonly CitedDocument[]): number[] {
  const table = graph.getAttribute('documents');
  const known = new Map(table.map((doc, index) => [doc.id, index]));
  return documents.map((doc) => {
    const index = known.get(doc.id);
    if (index !== undefined) return index;
    known.set(doc.id, table.length);
    table.push(doc);
    return table.length - 1;
  });
}

/**
 * Adds the nodes and edges of `data`, updating those already there (counts are the server's, not summed).
 * New nodes start near `anchor` (an expanded node) or spread around the centre. Returns the new node ids.
 */
export function mergeGraphData(graph: ExplorerGraph, data: GraphData, anchor?: string): string[] {
  const anchorPosition =
    anchor !== undefined && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : undefined;
  const added: string[] = [];
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) {
      const { x, y, hidden } = graph.getNodeAttributes(node.id);
      graph.replaceNodeAttributes(node.id, { ...entityAttributes(node, { x, y }), hidden });
    } else {
      graph.addNode(node.id, entityAttributes(node, initialPosition(graph.order, anchorPosition)));
      added.push(node.id);
    }
  }
  const indexes = documentIndexes(graph, data.documents);
  // In the order of their keys: the filters take equally strong edges in the graph's order (see
  // visibility.ts), which then does not depend on the order the server sent them in.
  const edges = data.edges
    .map((edge) => ({ edge, key: edgeKey(edge.source, edge.relation, edge.target) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { edge, key } of edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const attributes: EdgeAttributes = {
      relation: edge.relation,
      count: edge.count,
      documents: edge.documents.map((index) => indexes[index] ?? -1),
      weight: edge.count,
      color: relationColor(edge.relation),
      size: edgeSize(edge.count, edge.relation),
      layer: 'both',
      hidden: false,
    };
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addDirectedEdgeWithKey(key, edge.source, edge.target, attributes);
  }
  return added;
}

/** The graph key of a node a Cypher query returned: entities and documents by their ids, so results meet the view. */
export function cypherNodeKey(node: CypherResult['nodes'][number]): string {
  const id = node.properties.id;
  if (typeof id === 'string' && node.labels.includes('Entity')) return id;
  if (typeof id === 'string' && node.labels.includes('Document')) return `document:${id}`;
  return `node:${node.elementId}`;
}

function cypherNodeAttributes(
  node: CypherResult['nodes'][number],
  position: { x: number; y: number },
): NodeAttributes {
  const props = node.properties;
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value !== '' ? value : undefined;
  const isEntity = node.labels.includes('Entity') && text(props.id) !== undefined;
  const isDocument = !isEntity && node.labels.includes('Document');
  const kind =
    text(props.kind) ?? (isDocument ? 'Document' : (node.labels.find((l) => l !== 'Entity') ?? 'Node'));
  const label =
    text(props.name) ?? text(props.title) ?? text(props.id) ?? `${node.labels.join(':')} ${node.elementId}`;
  return {
    label: label.length > 60 ? `${label.slice(0, 57)}...` : label,
    name: label,
    kind,
    color: kindColor(kind),
    size: isEntity ? 7 : 5,
    ...position,
    statements: 0,
    documents: 0,
    activity: 0,
    aliases: Array.isArray(props.aliases)
      ? props.aliases.filter((a): a is string => typeof a === 'string')
      : [],
    origin: isEntity ? 'entity' : isDocument ? 'document' : 'other',
    hidden: false,
  };
}

/**
 * A graph of a Cypher result: its nodes, and its relationships aggregated per (start, type, end) like the
 * view's edges. Positions are kept from `previous` for nodes it already showed. Null when the result holds
 * no node.
 */
export function graphOfCypherResult(result: CypherResult, previous?: ExplorerGraph): ExplorerGraph | null {
  if (result.nodes.length === 0) return null;
  const graph = createGraph();
  const keys = new Map<string, string>();
  for (const node of result.nodes) {
    const key = cypherNodeKey(node);
    keys.set(node.elementId, key);
    if (graph.hasNode(key)) continue;
    const old = previous?.hasNode(key) ? previous.getNodeAttributes(key) : undefined;
    const attributes = cypherNodeAttributes(
      node,
      old ? { x: old.x, y: old.y } : initialPosition(graph.order),
    );
    graph.addNode(
      key,
      old?.origin === 'entity'
        ? { ...attributes, ...old, color: attributes.color, hidden: false }
        : attributes,
    );
  }
  for (const rel of result.relationships) {
    const source = keys.get(rel.start);
    const target = keys.get(rel.end);
    if (source === undefined || target === undefined) continue;
    const key = edgeKey(source, rel.type, target);
    const count = graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'count') + 1 : 1;
    const attributes: EdgeAttributes = {
      relation: rel.type,
      count,
      documents: [],
      weight: count,
      color: relationColor(rel.type),
      size: edgeSize(count, rel.type),
      layer: 'both',
      hidden: false,
    };
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}
