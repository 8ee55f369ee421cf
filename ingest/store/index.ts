// The graph store: writes extracted DocumentGraphs into Neo4j and removes documents. The graph it builds
// is described in the project's Neo4j model notes; every statement it runs lives in cypher/write/.
import type { Driver, Session } from 'neo4j-driver';
import { applySchema } from '../../db/schema.ts';
import type { DocumentGraph } from '../model.ts';
import { writeInBatches } from './batches.ts';
import { batchError, schemaError } from './errors.ts';
import { contentHash, rowCount } from './rows.ts';
import { removeDocuments, storedHashes, writeBatch } from './writer.ts';

/**
 * Rows (documents, entities, mentions, statements, links) per transaction, measured with
 * `npm run bench:load` on the 2-core development machine (warm JVM, White House documents): batches of
 * 1,000 rows cost Neo4j close to 3x the CPU per document of batches of 20,000 (each transaction pays seven
 * queries and a commit whatever its size); past 20,000 rows nothing more is gained. A batch of 20,000 rows
 * (about 600 news documents) keeps well under Neo4j's transaction memory limit and, should Neo4j go away,
 * loses seconds of work.
 */
export const DEFAULT_BATCH_ROWS = 20_000;

export interface WriteOptions {
  /** Re-ingest documents whose content changed since they were stored (their old content goes first). */
  replace?: boolean;
  /** Rows per transaction (see DEFAULT_BATCH_ROWS); a batch always holds whole documents. */
  batchSize?: number;
  /** Called with each document's id once it is stored, written or skipped. */
  onDocument?: (id: string) => void;
}

export interface WriteResult {
  /** Documents written (new or replaced). */
  documents: number;
  /** Stance statements written. */
  statements: number;
  /** Entity nodes created. */
  entities: number;
  /** Documents left as stored: unchanged, repeated, or changed without `replace`. */
  skipped: number;
  /** Of the skipped, the documents whose content changed: rerun with `replace` to update them. */
  changed: number;
}

/**
 * Writes documents as they come (extraction and writing overlap), several per transaction, each one
 * whole or not at all. Documents already stored with the same content are skipped, so rerunning after a
 * failure finishes the job without duplicates. Rejects with a message saying what to do when Neo4j fails.
 */
export async function writeDocuments(
  driver: Driver,
  graphs: AsyncIterable<DocumentGraph> | Iterable<DocumentGraph>,
  opts: WriteOptions = {},
): Promise<WriteResult> {
  await applySchema(driver).catch((error: unknown) => {
    throw schemaError(error);
  });
  const totals: WriteResult = { documents: 0, statements: 0, entities: 0, skipped: 0, changed: 0 };
  const session = driver.session();
  try {
    await writeInBatches(graphs, opts.batchSize ?? DEFAULT_BATCH_ROWS, rowCount, async (batch) => {
      const hashes = batch.map(contentHash);
      const result = await write(session, batch, hashes, opts.replace ?? false, totals.documents);
      totals.documents += result.written;
      totals.statements += result.statements;
      totals.entities += result.entities;
      totals.skipped += result.skipped.length;
      totals.changed += result.changed.length;
      if (opts.onDocument) for (const graph of batch) opts.onDocument(graph.document.id);
    });
  } finally {
    await session.close();
  }
  return totals;
}

async function write(
  session: Session,
  batch: DocumentGraph[],
  hashes: string[],
  replace: boolean,
  written: number,
): Promise<Awaited<ReturnType<typeof writeBatch>>> {
  try {
    return await session.executeWrite((tx) => writeBatch(tx, batch, hashes, replace));
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('store:')) throw error;
    throw batchError(error, { written, first: batch[0]?.document.id ?? '', size: batch.length });
  }
}

/** Removes a document with what only it says (statements, mentions, structural evidence, orphaned entities). */
export async function removeDocument(driver: Driver, id: string): Promise<boolean> {
  const session = driver.session();
  try {
    return await session.executeWrite(async (tx) => {
      const stored = await storedHashes(tx, [id]);
      if (!stored.has(id)) return false;
      await removeDocuments(tx, [id]);
      return true;
    });
  } finally {
    await session.close();
  }
}
