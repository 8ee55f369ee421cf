// Document graphs to one graphology graph, and that graph to deterministic JSON (what `--json` writes,
// what the eval scorer and the web app read). Entities merge across documents on their canonical id.
import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import {
  unlistedEnd,
  type DocumentGraph,
  type EntityKind,
  type Evidence,
  type LinkRelation,
  type Modality,
  type Stance,
} from './model.ts';

export interface EntityAttributes {
  label: string;
  kind: EntityKind;
  /** Every other name seen for it in any document, sorted. */
  aliases: string[];
  represents?: string;
  role?: string;
  /** Mentions summed over documents. */
  mentions: number;
}

/** One stance statement: an edge per claim, keyed by the claim id. */
export interface ClaimAttributes {
  relation: Stance;
  evidence: Evidence;
  speaker?: string;
  modality: Modality;
  documentId: string;
  date?: string;
}

/** A structural fact: one edge per pair and relation, with every sentence that says it. */
export interface LinkAttributes {
  relation: LinkRelation;
  role?: string;
  evidence: Evidence[];
}

export type EdgeAttributes = ClaimAttributes | LinkAttributes;
export type StanceGraph = MultiDirectedGraph<EntityAttributes, EdgeAttributes>;

export function createStanceGraph(): StanceGraph {
  return new MultiDirectedGraph<EntityAttributes, EdgeAttributes>();
}

/** What is wrong with a document graph that would break the merged graph, or undefined when nothing. */
export function checkDocumentGraph(doc: DocumentGraph): string | undefined {
  const unlisted = unlistedEnd(doc);
  if (unlisted === undefined) return undefined;
  const { edge, end } = unlisted;
  return `extraction bug: ${edge.relation} ${edge.id} in document ${doc.document.id} names entity "${end}", which the document does not list`;
}

/** Merges all documents into a new graph. */
export function buildStanceGraph(documents: Iterable<DocumentGraph>): StanceGraph {
  const graph = createStanceGraph();
  for (const doc of documents) addDocumentGraph(graph, doc);
  return graph;
}

/**
 * Adds one document: its entities merge into existing nodes (first label and kind kept, other names
 * become aliases, first `represents`/`role` kept, mentions summed), each claim becomes an edge, each link
 * joins the edge of its pair. Throws, before changing anything, on a graph that `checkDocumentGraph` refuses.
 */
export function addDocumentGraph(graph: StanceGraph, doc: DocumentGraph): void {
  const problem = checkDocumentGraph(doc);
  if (problem !== undefined) throw new Error(problem);
  for (const entity of doc.entities) {
    const mentions = doc.mentions[entity.id] ?? 0;
    if (!graph.hasNode(entity.id)) {
      const { id, label, kind, represents, role } = entity;
      graph.addNode(id, {
        label,
        kind,
        aliases: union([], entity.aliases, label),
        ...(represents !== undefined && { represents }),
        ...(role !== undefined && { role }),
        mentions,
      });
      continue;
    }
    graph.updateNodeAttributes(entity.id, (node) => ({
      ...node,
      aliases: union(node.aliases, [entity.label, ...entity.aliases], node.label),
      represents: node.represents ?? entity.represents,
      role: node.role ?? entity.role,
      mentions: node.mentions + mentions,
    }));
  }
  const { date } = doc.document;
  for (const claim of doc.claims) {
    if (graph.hasEdge(claim.id)) continue;
    graph.addDirectedEdgeWithKey(claim.id, claim.source, claim.target, {
      relation: claim.relation,
      evidence: claim.evidence,
      ...(claim.speaker !== undefined && { speaker: claim.speaker }),
      modality: claim.modality,
      documentId: doc.document.id,
      ...(date !== undefined && { date }),
    });
  }
  for (const link of doc.links) {
    // MEETS is symmetric: one edge for the pair whichever side the text names first.
    const [source, target] =
      link.relation === 'MEETS' && link.target < link.source
        ? [link.target, link.source]
        : [link.source, link.target];
    const key = `${link.relation}:${source}:${target}`;
    const known = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined;
    if (known === undefined || !isLink(known)) {
      graph.addDirectedEdgeWithKey(key, source, target, {
        relation: link.relation,
        ...(link.role !== undefined && { role: link.role }),
        evidence: [link.evidence],
      });
      continue;
    }
    // Appended in place: a pair said in thousands of documents must not be copied for each of them.
    known.evidence.push(link.evidence);
    known.role ??= link.role;
  }
}

/** Sorted, duplicate-free names, without the label itself. */
function union(existing: readonly string[], added: readonly string[], label: string): string[] {
  return [...new Set([...existing, ...added])].filter((name) => name !== label).sort();
}

/**
 * The graph as graphology's serialisation (`graph.export()`), made deterministic: nodes and edges sorted
 * by key, link evidence sorted by document and position, object keys sorted, `undefined` left out.
 */
export function serializeStanceGraph(graph: StanceGraph): string {
  const data: SerializedGraph<EntityAttributes, EdgeAttributes> = graph.export();
  const byKey = <T extends { key?: string }>(a: T, b: T): number => compare(a.key ?? '', b.key ?? '');
  data.nodes.sort(byKey);
  data.edges.sort(byKey);
  for (const edge of data.edges) {
    const attributes = edge.attributes;
    if (attributes && isLink(attributes)) {
      const evidence = [...attributes.evidence].sort(
        (a, b) => compare(a.documentId, b.documentId) || a.start - b.start || a.end - b.end,
      );
      edge.attributes = { ...attributes, evidence };
    }
  }
  return `${JSON.stringify(data, sortedKeys)}\n`;
}

function isLink(attributes: EdgeAttributes): attributes is LinkAttributes {
  return Array.isArray(attributes.evidence);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON.stringify replacer that writes every object's keys in sorted order. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => compare(a, b));
  return Object.fromEntries(entries);
}
