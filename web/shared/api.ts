// The JSON the API server sends and the browser app reads: one place for both sides of the wire.
import type { EntityKind, LinkRelation, Modality, Stance } from '../../ingest/model.ts';

export type Relation = Stance | LinkRelation;

/** Filters of the graph view; every field is optional and "absent" means "no restriction". */
export interface GraphFilters {
  relations?: Relation[];
  kinds?: EntityKind[];
  document?: string;
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from?: string;
  to?: string;
  limit?: number;
}

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /** Stance statements the entity makes or receives. */
  statements: number;
  /** Documents that mention it. */
  documents: number;
}

/** All statements of one (source, relation, target), drawn as one edge whose width shows `count`. */
export interface GraphEdge {
  source: string;
  relation: Relation;
  target: string;
  /** Statements; for a structural edge (REPRESENTS, MEMBER_OF, MEETS), the documents that say it. */
  count: number;
  /** Where each of the `count` was said: indexes into GraphData.documents. */
  documents: number[];
}

/** A document the edges of a graph cite, with its date (YYYY-MM-DD) when it has one. */
export interface CitedDocument {
  id: string;
  date: string | null;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  documents: CitedDocument[];
  /** True when `limit` cut edges off: the view shows the strongest ones only. */
  truncated: boolean;
}

export interface EntityRef {
  id: string;
  name: string;
  kind: string;
}

export interface Statement {
  statementId: string;
  source: EntityRef;
  relation: Stance;
  target: EntityRef;
  quote: string;
  documentId: string;
  documentTitle: string | null;
  date: string | null;
  url: string | null;
  speaker: string | null;
  modality: Modality | null;
}

/** Positions of an entity on one relation and direction: `outgoing` = the entity holds them. */
export interface StatementGroup {
  relation: Stance;
  outgoing: boolean;
  statements: Statement[];
}

export interface EntityLink {
  relation: LinkRelation;
  outgoing: boolean;
  other: EntityRef;
  role: string | null;
  documents: number;
}

export interface EntityDetails {
  entity: EntityRef & { aliases: string[]; represents: string | null; role: string | null };
  groups: StatementGroup[];
  links: EntityLink[];
  documents: (DocumentSummary & { mentions: number })[];
  /** True when the entity has more statements than the panel shows. */
  truncated: boolean;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
}

/** A document as the document filter lists it. */
export interface DocumentItem extends DocumentSummary {
  entities: number;
}

export interface EdgeEvidence {
  source: EntityRef;
  relation: Relation;
  target: EntityRef;
  statements: Statement[];
  /** For structural edges (REPRESENTS, MEMBER_OF, MEETS): the documents that say it. */
  documents: DocumentSummary[];
}

export interface SearchHit {
  id: string;
  name: string;
  kind: string;
  /** The alias that matched when the name did not. */
  alias: string | null;
  statements: number;
}

export interface Stats {
  entities: number;
  documents: number;
  statements: number;
  links: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** A saved query from cypher/queries/, as the store's loader reads it (ingest/store/queries.ts). */
export type { SavedQuery, QueryParam } from '../../ingest/store/queries.ts';

export interface CypherNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface CypherRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
  /** Every node and relationship found in the rows (paths included), for drawing on the graph. */
  nodes: CypherNode[];
  relationships: CypherRelationship[];
  /** True when the result passed a cap: only the first `rows.length` rows are here. */
  capped: boolean;
  /** Which cap: more rows than `rowCap`, or more than `byteCap` bytes of JSON. */
  cappedBy: 'rows' | 'bytes' | null;
  rowCap: number;
  byteCap: number;
  elapsedMs: number;
}

export interface ApiError {
  error: string;
  code?: string;
}
