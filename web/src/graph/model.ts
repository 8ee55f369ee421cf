// The graph the explorer shows, as a graphology MultiDirectedGraph: one node per entity (or document, or
// other node a Cypher result returned), one edge per (source, relation, target) carrying its statement
// count. Pure functions that merge API answers into it; positions and drawing are elsewhere.
import { MultiDirectedGraph } from 'graphology';
import type { CypherResult, GraphData, GraphNode } from '../../shared/api.ts';
import { edgeSize, kindColor, nodeSize, relationColor } from './style.ts';

export interface NodeAttributes {
  label: string;
  kind: string;
  color: string;
  size: number;
  x: number;
  y: number;
  statements: number;
  documents: number;
  aliases: string[];
  /** Entities are the domain's nodes; documents and other nodes only come from Cypher results. */
  origin: 'entity' | 'document' | 'other';
}

export interface EdgeAttributes {
  relation: string;
  count: number;
  color: string;
  size: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): ExplorerGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
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
    label: node.name,
    kind: node.kind,
    color: kindColor(node.kind),
    size: nodeSize(node.statements, node.documents),
    ...position,
    statements: node.statements,
    documents: node.documents,
    aliases: node.aliases,
    origin: 'entity',
  };
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
      const { x, y } = graph.getNodeAttributes(node.id);
      graph.replaceNodeAttributes(node.id, entityAttributes(node, { x, y }));
    } else {
      graph.addNode(node.id, entityAttributes(node, initialPosition(graph.order, anchorPosition)));
      added.push(node.id);
    }
  }
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const attributes: EdgeAttributes = {
      relation: edge.relation,
      count: edge.count,
      color: relationColor(edge.relation),
      size: edgeSize(edge.count, edge.relation),
    };
    const key = edgeKey(edge.source, edge.relation, edge.target);
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
    kind,
    color: kindColor(kind),
    size: isEntity ? 7 : 5,
    ...position,
    statements: 0,
    documents: 0,
    aliases: Array.isArray(props.aliases)
      ? props.aliases.filter((a): a is string => typeof a === 'string')
      : [],
    origin: isEntity ? 'entity' : isDocument ? 'document' : 'other',
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
    graph.addNode(key, old?.origin === 'entity' ? { ...attributes, ...old, x: old.x, y: old.y } : attributes);
  }
  for (const rel of result.relationships) {
    const source = keys.get(rel.start);
    const target = keys.get(rel.end);
    if (source === undefined || target === undefined) continue;
    const key = edgeKey(source, rel.type, target);
    const count = graph.hasEdge(key) ? graph.getEdgeAttribute(key, 'count') + 1 : 1;
    const attributes = {
      relation: rel.type,
      count,
      color: relationColor(rel.type),
      size: edgeSize(count, rel.type),
    };
    if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
    else graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}
