// One batch of documents, one managed write transaction: the database decides nothing half-way, and the
// driver can retry the whole function on a transient error because it re-reads what is stored first.
import type { ManagedTransaction } from 'neo4j-driver';
import { loadStatement, loadStatements } from '../../db/cypher.ts';
import type { DocumentGraph } from '../model.ts';
import { planBatch } from './plan.ts';
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
  tx: ManagedTransaction,
  graphs: readonly DocumentGraph[],
  hashes: readonly string[],
  replace: boolean,
): Promise<BatchResult> {
  const ids = graphs.map((graph) => graph.document.id);
  const stored = await storedHashes(tx, ids);
  const plan = planBatch(ids, hashes, stored, replace);
  const unchanged = { written: 0, skipped: plan.skipped, changed: plan.changed, statements: 0, entities: 0 };
  if (plan.write.length === 0) return unchanged;
  if (plan.remove.length > 0) await removeDocuments(tx, plan.remove);
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

/** Removes documents and what only they say (see cypher/write/remove-documents.cypher). */
export async function removeDocuments(tx: ManagedTransaction, ids: readonly string[]): Promise<void> {
  await run(tx, 'write/remove-documents.cypher', { ids });
}

export async function storedHashes(
  tx: ManagedTransaction,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  const query = loadStatement('write/existing-documents.cypher');
  const result = await tx.run<{ id: string; contentHash: string | null }>(query, { ids });
  return new Map(result.records.map((record) => [record.get('id'), record.get('contentHash')]));
}

async function run(
  tx: ManagedTransaction,
  file: string,
  params: Record<string, unknown>,
): Promise<{ nodesCreated: number }> {
  let nodesCreated = 0;
  for (const query of loadStatements(file)) {
    const { summary } = await tx.run(query, params);
    nodesCreated += summary.counters.updates().nodesCreated;
  }
  return { nodesCreated };
}
