// DocumentGraphs to the parameter rows of the write queries in cypher/write/. Pure: no driver, no I/O,
// so every shape the database receives is checked by unit tests.
import { createHash } from 'node:crypto';
import { ENTITY_KINDS, LINK_RELATIONS, MODALITIES, STANCES, unlistedEnd } from '../model.ts';
import type { DocumentGraph, EntityKind, LinkRelation, Modality, Stance } from '../model.ts';

// The driver encodes every key of every map it sends, and sending rows costs Neo4j and Node about as much
// as writing them: so what is the same for a whole document (its id, its date) goes once per document,
// and a document's mentions go as parallel lists rather than a map each.

/** Properties of a (:Document) node; `contentHash` tells an unchanged document from a changed one. */
export interface DocumentProperties {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  origin: string;
  sentenceCount: number;
  wordCount: number;
  contentHash: string;
}

/** A (:Document) with its (:Document)-[:MENTIONS {count, aliases}]->(:Entity) edges, one index per entity. */
export interface DocumentRow {
  properties: DocumentProperties;
  entityIds: string[];
  counts: number[];
  /** The names the document uses for each entity: a removal recomputes the entity's aliases from them. */
  aliases: string[][];
}

export interface EntityRow {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  represents: string | null;
  role: string | null;
}

/** One stance relationship; `relation` is checked against STANCES here because Cypher uses it as a type. */
export interface StatementRow {
  source: string;
  relation: Stance;
  target: string;
  statementId: string;
  sentenceIndex: number;
  quote: string;
  start: number;
  end: number;
  speakerId: string;
  modality: Modality;
}

/** The stance statements of one document, which all carry its id and date. */
export interface StatementGroup {
  documentId: string;
  date: string | null;
  statements: StatementRow[];
}

/** A structural edge and the documents of the batch that say it (one edge per pair and relation). */
export interface LinkRow {
  source: string;
  relation: LinkRelation;
  target: string;
  role: string | null;
  documentIds: string[];
}

export interface BatchRows {
  entities: EntityRow[];
  documents: DocumentRow[];
  statements: StatementGroup[];
  links: LinkRow[];
}

/** Hash of everything the store writes for a document: a re-extraction that finds the same graph is a no-op. */
export function contentHash(graph: DocumentGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('base64url');
}

/** Rows written per document, the unit batches are sized in. */
export function rowCount(graph: DocumentGraph): number {
  return 1 + graph.entities.length + graph.claims.length + graph.links.length;
}

/**
 * Rows for a batch of documents, each document whole. Entities seen by several documents of the batch are
 * merged into one row (first name and kind win, aliases are united), as MERGE would do across batches.
 */
export function buildRows(graphs: readonly DocumentGraph[], hashes: readonly string[]): BatchRows {
  const entities = new Map<string, EntityRow>();
  const links = new Map<string, LinkRow>();
  const rows: BatchRows = { entities: [], documents: [], statements: [], links: [] };
  graphs.forEach((graph, i) => {
    const known = checkEntities(graph);
    const document = documentRow(graph, hashes[i] ?? contentHash(graph));
    rows.documents.push(document);
    for (const entity of graph.entities) {
      // Every name this document uses: its label too, which becomes an alias where another document's
      // label is the entity's name.
      const aliases = [...new Set([entity.label, ...entity.aliases])];
      document.entityIds.push(entity.id);
      document.counts.push(graph.mentions[entity.id] ?? 0);
      document.aliases.push(aliases);
      const seen = entities.get(entity.id);
      if (seen) seen.aliases = [...new Set([...seen.aliases, ...aliases])];
      else
        entities.set(entity.id, {
          id: entity.id,
          name: entity.label,
          kind: entity.kind,
          aliases,
          represents: entity.represents ?? null,
          role: entity.role ?? null,
        });
    }
    const statements = statementRows(graph, known);
    if (statements.length > 0)
      rows.statements.push({ documentId: graph.document.id, date: graph.document.date ?? null, statements });
    addLinks(links, graph);
  });
  rows.entities = [...entities.values()];
  rows.links = [...links.values()];
  return rows;
}

/** Stance statements in a batch's rows. */
export function statementCount(rows: BatchRows): number {
  return rows.statements.reduce((count, group) => count + group.statements.length, 0);
}

function documentRow(graph: DocumentGraph, hash: string): DocumentRow {
  const { id, title, date, url, origin } = graph.document;
  const { sentenceCount, wordCount } = graph;
  return {
    properties: {
      id,
      title: title ?? null,
      date: date ?? null,
      url: url ?? null,
      origin,
      sentenceCount,
      wordCount,
      contentHash: hash,
    },
    entityIds: [],
    counts: [],
    aliases: [],
  };
}

// The write queries MATCH both ends of every statement and link among the entities just merged, so an
// end missing from the document's entities would drop the edge silently (and removal finds structural
// edges through the entities a document MENTIONS): refuse the document instead.
function checkEntities(graph: DocumentGraph): Set<string> {
  const known = new Set<string>();
  for (const entity of graph.entities) {
    requireOneOf(graph, `entity ${entity.id} has kind`, entity.kind, ENTITY_KINDS);
    known.add(entity.id);
  }
  const unlisted = unlistedEnd(graph);
  if (unlisted !== undefined) {
    const { edge, end } = unlisted;
    throw storeError(
      graph,
      `${edge.relation} ${edge.id} refers to entity ${end}, which is not in its entities`,
    );
  }
  return known;
}

function statementRows(graph: DocumentGraph, known: Set<string>): StatementRow[] {
  const byId = new Map<string, StatementRow>();
  for (const claim of graph.claims) {
    requireOneOf(graph, `claim ${claim.id} has relation`, claim.relation, STANCES);
    requireOneOf(graph, `claim ${claim.id} has modality`, claim.modality, MODALITIES);
    const speakerId = claim.speaker !== undefined && known.has(claim.speaker) ? claim.speaker : claim.source;
    const { sentenceIndex, sentence, start, end } = claim.evidence;
    byId.set(claim.id, {
      source: claim.source,
      relation: claim.relation,
      target: claim.target,
      statementId: claim.id,
      sentenceIndex,
      quote: sentence,
      start,
      end,
      speakerId,
      modality: claim.modality,
    });
  }
  return [...byId.values()];
}

// One row per relation and pair across the batch, listing the documents that say it. MEETS is symmetric:
// its ends are put in id order so that "A meets B" and "B meets A" are one edge.
function addLinks(rows: Map<string, LinkRow>, graph: DocumentGraph): void {
  const documentId = graph.document.id;
  for (const link of graph.links) {
    requireOneOf(graph, `link ${link.id} has relation`, link.relation, LINK_RELATIONS);
    const [source, target] =
      link.relation === 'MEETS' && link.target < link.source
        ? [link.target, link.source]
        : [link.source, link.target];
    const key = `${link.relation}\u0000${source}\u0000${target}`;
    const seen = rows.get(key);
    if (seen === undefined)
      rows.set(key, {
        source,
        relation: link.relation,
        target,
        role: link.role ?? null,
        documentIds: [documentId],
      });
    else {
      seen.role ??= link.role ?? null;
      if (seen.documentIds.at(-1) !== documentId) seen.documentIds.push(documentId);
    }
  }
}

/** Refuses a value outside a closed set (kinds, stances, modalities, link relations): they become labels and types. */
function requireOneOf(graph: DocumentGraph, what: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value)) throw storeError(graph, `${what} ${value}, not one of ${allowed.join(', ')}`);
}

function storeError(graph: DocumentGraph, problem: string): Error {
  return new Error(
    `store: document ${graph.document.id} (${graph.document.origin}) cannot be written: ${problem}. ` +
      'This is an extraction bug: report it with the document.',
  );
}
