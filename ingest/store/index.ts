// The graph store: writes extracted DocumentGraphs into Neo4j and removes documents. The graph it builds
// is described in the project's Neo4j model notes; every statement it runs lives in cypher/write/.
import type { Driver } from 'neo4j-driver';
import { applySchema } from '../../db/schema.ts';
import type { DocumentGraph } from '../model.ts';
import { writeInBatches } from './batches.ts';
import { schemaError } from './errors.ts';
import { rowCount } from './rows.ts';
import { SizedWriter } from './sized.ts';
import { removeDocumentInParts, storedHashes } from './writer.ts';

/**
 * Rows (documents, entities, mentions, statements, links) per transaction, measured with
 * `npm run bench:load` on the 2-core development machine (warm JVM, White House documents): batches of
 * 1,000 rows cost Neo4j close to 3x the CPU per document of batches of 20,000 (each transaction pays seven
 * queries and a commit whatever its size); past 20,000 rows nothing more is gained. A batch of 20,000 rows
 * (about 600 news documents) needs 64 to 128 MB of Neo4j's memory for one transaction (the local Neo4j
 * gives 128 MB, db/neo4j.conf) and, should Neo4j go away, loses seconds of work. A batch that Neo4j finds
 * too large is written in smaller ones (sized.ts).
 */
export const DEFAULT_BATCH_ROWS = 20_000;

export interface WriteOptions {
  /** Re-ingest documents whose content changed since they were stored (their old content goes first). */
  replace?: boolean;
  /** Rows per transaction (see DEFAULT_BATCH_ROWS); a batch holds whole documents, but one larger. */
  batchSize?: number;
  /** Called with each document's id once it is stored, written, skipped or refused. */
  onDocument?: (id: string) => void;
  /** Told of a document refused for its size, with a message naming it: the others are written. */
  onRefused?: (graph: DocumentGraph, message: string) => void;
  /** How long a batch waits for an unreachable Neo4j to come back (default: 30 s). */
  retryMs?: number;
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
  /** Documents not written because even in parts they need more memory than Neo4j gives a transaction. */
  refused: number;
}

/**
 * Writes documents as they come (extraction and writing overlap), several per transaction, each one
 * whole or not at all; one larger than a batch goes alone, in parts (sized.ts). Documents already stored
 * with the same content are skipped, so rerunning after a failure finishes the job without duplicates.
 * Rejects with a message saying what to do when Neo4j fails.
 */
export async function writeDocuments(
  driver: Driver,
  graphs: AsyncIterable<DocumentGraph> | Iterable<DocumentGraph>,
  opts: WriteOptions = {},
): Promise<WriteResult> {
  await applySchema(driver).catch((error: unknown) => {
    throw schemaError(error);
  });
  const totals: WriteResult = {
    documents: 0,
    statements: 0,
    entities: 0,
    skipped: 0,
    changed: 0,
    refused: 0,
  };
  const size = opts.batchSize ?? DEFAULT_BATCH_ROWS;
  const session = driver.session();
  const writer = new SizedWriter(
    session,
    totals,
    opts.replace ?? false,
    opts.onRefused ?? (() => undefined),
    opts.retryMs,
  );
  try {
    await writeInBatches(graphs, size, rowCount, async (batch) => {
      await writer.write(batch, size);
      if (opts.onDocument) for (const graph of batch) opts.onDocument(graph.document.id);
    });
  } finally {
    await session.close();
  }
  return totals;
}

/**
 * Removes a document with what only it says (statements, mentions, structural evidence, orphaned
 * entities), in transactions of bounded size, since a large document does not fit in one: a removal that
 * stops half-way leaves the document marked incomplete, and removing it again finishes the job.
 */
export async function removeDocument(driver: Driver, id: string): Promise<boolean> {
  const session = driver.session();
  try {
    const stored = await session.executeRead((tx) => storedHashes(tx, [id]));
    if (!stored.has(id)) return false;
    await removeDocumentInParts(session, id);
    return true;
  } finally {
    await session.close();
  }
}
