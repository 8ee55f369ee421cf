// DocumentGraphs to the parameter rows of the write queries in cypher/write/. Pure: no driver, no I/O,
// so every shape the database receives is checked by unit tests.
import { createHash } from 'node:crypto';
import { ENTITY_KINDS, LINK_RELATIONS, MODALITIES, STANCES } from '../model.ts';
import type { DocumentGraph, EntityKind, LinkRelation, Modality, Stance } from '../model.ts';

/** Properties of a (:Document) node; `contentHash` tells an unchanged document from a changed one. */
export interface DocumentRow {
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  origin: string;
  sentenceCount: number;
  wordCount: number;
  contentHash: string;
}

export interface EntityRow {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  represents: string | null;
  role: string | null;
}

/** A (:Document)-[:MENTIONS]->(:Entity) edge. Its aliases let a removal recompute the entity's aliases. */
export interface MentionRow {
  documentId: string;
  entityId: string;
  count: number;
  aliases: string[];
}

/** One stance relationship; `relation` is checked against STANCES here because Cypher uses it as a type. */
export interface StatementRow {
  source: string;
  relation: Stance;
  target: string;
  statementId: string;
  documentId: string;
  sentenceIndex: number;
  quote: string;
  start: number;
  end: number;
  speakerId: string;
  modality: Modality;
  date: string | null;
}

/** One document's evidence for a structural edge (one edge per pair, `documentIds` lists its documents). */
export interface LinkRow {
  source: string;
  relation: LinkRelation;
  target: string;
  role: string | null;
  documentId: string;
}

export interface BatchRows {
  documents: DocumentRow[];
  entities: EntityRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
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
  const rows: BatchRows = { documents: [], entities: [], mentions: [], statements: [], links: [] };
  const entities = new Map<string, EntityRow>();
  graphs.forEach((graph, i) => {
    const documentId = graph.document.id;
    const known = checkEntities(graph);
    rows.documents.push(documentRow(graph, hashes[i] ?? contentHash(graph)));
    for (const entity of graph.entities) {
      // Every name this document uses: its label too, which becomes an alias where another document's
      // label is the entity's name.
      const aliases = [...new Set([entity.label, ...entity.aliases])];
      rows.mentions.push({ documentId, entityId: entity.id, count: graph.mentions[entity.id] ?? 0, aliases });
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
    rows.statements.push(...statementRows(graph, known));
    rows.links.push(...linkRows(graph));
  });
  rows.entities = [...entities.values()];
  return rows;
}

function documentRow(graph: DocumentGraph, hash: string): DocumentRow {
  const { id, title, date, url, origin } = graph.document;
  return {
    id,
    title: title ?? null,
    date: date ?? null,
    url: url ?? null,
    origin,
    sentenceCount: graph.sentenceCount,
    wordCount: graph.wordCount,
    contentHash: hash,
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
  for (const edge of [...graph.claims, ...graph.links])
    for (const end of [edge.source, edge.target])
      if (!known.has(end))
        throw storeError(
          graph,
          `${edge.relation} ${edge.id} refers to entity ${end}, which is not in its entities`,
        );
  return known;
}

function statementRows(graph: DocumentGraph, known: Set<string>): StatementRow[] {
  const documentId = graph.document.id;
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
      documentId,
      sentenceIndex,
      quote: sentence,
      start,
      end,
      speakerId,
      modality: claim.modality,
      date: graph.document.date ?? null,
    });
  }
  return [...byId.values()];
}

// One row per (relation, pair) and document. MEETS is symmetric: its ends are put in id order so that
// "A meets B" and "B meets A" are one edge.
function linkRows(graph: DocumentGraph): LinkRow[] {
  const documentId = graph.document.id;
  const byKey = new Map<string, LinkRow>();
  for (const link of graph.links) {
    requireOneOf(graph, `link ${link.id} has relation`, link.relation, LINK_RELATIONS);
    const [source, target] =
      link.relation === 'MEETS' && link.target < link.source
        ? [link.target, link.source]
        : [link.source, link.target];
    const key = `${link.relation}\u0000${source}\u0000${target}`;
    const seen = byKey.get(key);
    if (seen) seen.role ??= link.role ?? null;
    else byKey.set(key, { source, relation: link.relation, target, role: link.role ?? null, documentId });
  }
  return [...byKey.values()];
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
