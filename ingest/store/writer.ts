// One batch of documents, one write transaction: the database decides nothing half-way, and the whole
// function can be run again on a transient error because it re-reads what is stored first. A query that
// needs more memory than Neo4j gives a transaction fails with TransactionTooLarge: the store then writes
// less at a time (sized.ts).
import type { ManagedTransaction, Session } from 'neo4j-driver';

/** What the writes need of a transaction, managed by the driver or by sized.ts. */
export type Tx = Pick<ManagedTransaction, 'run'>;
import { loadStatement, loadStatements } from '../../db/cypher.ts';
import type { DocumentGraph } from '../model.ts';
import { isMemoryError } from './errors.ts';
import { INCOMPLETE, type Part } from './parts.ts';
import { planBatch, type BatchPlan } from './plan.ts';
import { buildRows, statementCount } from './rows.ts';

export interface BatchResult {
  written: number;
  skipped: string[];
  changed: string[];
  statements: number;
  /** Entity nodes created. */
  entities: number;
}

export async function writeBatch(
  tx: Tx,
  graphs: readonly DocumentGraph[],
  hashes: readonly string[],
  replace: boolean,
): Promise<BatchResult> {
  const plan = await prepare(tx, graphs, hashes, replace);
  const unchanged = { written: 0, skipped: plan.skipped, changed: plan.changed, statements: 0, entities: 0 };
  if (plan.write.length === 0) return unchanged;
  const rows = buildRows(
    plan.write.map((i) => graphs[i] as DocumentGraph),
    plan.write.map((i) => hashes[i] as string),
  );
  // Entities first: documents, statements and links MATCH them.
  const entities = await run(tx, 'write/entities.cypher', { rows: rows.entities });
  await run(tx, 'write/documents.cypher', { rows: rows.documents });
  await run(tx, 'write/statements.cypher', { rows: rows.statements });
  await run(tx, 'write/links.cypher', { rows: rows.links });
  return {
    ...unchanged,
    written: plan.write.length,
    statements: statementCount(rows),
    entities: entities.nodesCreated,
  };
}

/** Decides what to do with each document of `graphs` (see plan.ts) and removes what is to be replaced. */
export async function prepare(
  tx: Tx,
  graphs: readonly DocumentGraph[],
  hashes: readonly string[],
  replace: boolean,
): Promise<BatchPlan> {
  const ids = graphs.map((graph) => graph.document.id);
  const plan = planBatch(ids, hashes, await storedHashes(tx, ids), replace);
  if (plan.remove.length > 0) await removeDocuments(tx, plan.remove);
  return plan;
}

/** Removes documents and what only they say (see cypher/write/remove-documents.cypher). */
export async function removeDocuments(tx: Tx, ids: readonly string[]): Promise<void> {
  await run(tx, 'write/remove-documents.cypher', { ids });
}

/**
 * Removes one document in transactions of bounded size (see cypher/write/remove-document-in-parts.cypher):
 * auto-commit queries, so a session rather than a transaction.
 */
export async function removeDocumentInParts(session: Session, id: string): Promise<void> {
  for (const query of loadStatements('write/remove-document-in-parts.cypher'))
    await session.run(query, { id, incomplete: INCOMPLETE });
}

export async function storedHashes(tx: Tx, ids: readonly string[]): Promise<Map<string, string | null>> {
  const query = loadStatement('write/existing-documents.cypher');
  const result = await tx.run<{ id: string; contentHash: string | null }>(query, { ids });
  return new Map(result.records.map((record) => [record.get('id'), record.get('contentHash')]));
}

/** One part of a document written in parts (see parts.ts); returns the entity nodes it created. */
export async function writePart(tx: Tx, part: Part): Promise<number> {
  switch (part.kind) {
    case 'document':
    case 'mentions': {
      const entities = await run(tx, 'write/entities.cypher', { rows: part.entities });
      const file = part.kind === 'document' ? 'write/documents.cypher' : 'write/mentions.cypher';
      await run(tx, file, { rows: [part.row] });
      return entities.nodesCreated;
    }
    case 'statements':
      await run(tx, 'write/statements.cypher', { rows: [part.row] });
      return 0;
    case 'links':
      await run(tx, 'write/links.cypher', { rows: part.rows });
      return 0;
    case 'complete':
      await run(tx, 'write/complete-document.cypher', { id: part.id, hash: part.hash });
      return 0;
  }
}

/** What a transaction asked of Neo4j is more than it gives one transaction (db.memory.transaction.max). */
export class TransactionTooLarge extends Error {}

async function run(tx: Tx, file: string, params: Record<string, unknown>): Promise<{ nodesCreated: number }> {
  let nodesCreated = 0;
  for (const query of loadStatements(file)) {
    const { summary } = await tx.run(query, params).catch((error: unknown) => {
      throw isMemoryError(error)
        ? new TransactionTooLarge((error as Error).message, { cause: error })
        : error;
    });
    nodesCreated += summary.counters.updates().nodesCreated;
  }
  return { nodesCreated };
}
