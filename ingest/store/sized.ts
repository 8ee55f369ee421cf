// Writing as much per transaction as Neo4j takes. Documents go several to a transaction; when one needs
// more memory than Neo4j gives a transaction, the batch is halved until it fits, and a document that does
// not fit alone is written in parts (parts.ts), smaller and smaller. A document that does not fit even in
// the smallest parts is refused alone, with a message that names it, and the run goes on.
// Transactions are run here rather than by the driver's executeWrite, which would retry a memory error
// met at commit for 30 s: it is transient to the driver, but the same transaction would meet it again.
import { setTimeout as sleep } from 'node:timers/promises';
import { isRetryableError, type Session } from 'neo4j-driver';
import type { DocumentGraph } from '../model.ts';
import type { WriteResult } from './index.ts';
import { batchError, isMemoryError } from './errors.ts';
import { documentParts } from './parts.ts';
import { buildRows, contentHash, rowCount, statementCount } from './rows.ts';
import { planBatch } from './plan.ts';
import {
  TransactionTooLarge,
  removeDocumentInParts,
  storedHashes,
  writeBatch,
  writePart,
  type Tx,
} from './writer.ts';

/** Rows per part below which a document is refused: past that, its size is not what Neo4j objects to. */
export const MIN_PART_ROWS = 100;

/** How long a batch waits for Neo4j to come back (a restart, a lost connection), as the driver would. */
export const DEFAULT_RETRY_MS = 30_000;

export class SizedWriter {
  constructor(
    private readonly session: Session,
    private readonly totals: WriteResult,
    private readonly replace: boolean,
    private readonly onRefused: (graph: DocumentGraph, message: string) => void,
    private readonly retryMs: number = DEFAULT_RETRY_MS,
  ) {}

  /** Writes a batch: consecutive documents together, one larger than `size` rows alone, in parts. */
  async write(batch: readonly DocumentGraph[], size: number): Promise<void> {
    let together: DocumentGraph[] = [];
    for (const graph of batch) {
      if (rowCount(graph) <= size) {
        together.push(graph);
        continue;
      }
      await this.together(together);
      together = [];
      await this.inParts(graph, size);
    }
    await this.together(together);
  }

  /** Documents in one transaction, or in halves when Neo4j finds that too large. */
  private async together(graphs: readonly DocumentGraph[]): Promise<void> {
    const [first] = graphs;
    if (first === undefined) return;
    try {
      const hashes = graphs.map(contentHash);
      // Safe to run again after a lost connection: it re-reads what is stored first.
      const result = await this.transaction(
        graphs,
        (tx) => writeBatch(tx, graphs, hashes, this.replace),
        true,
      );
      this.totals.documents += result.written;
      this.totals.statements += result.statements;
      this.totals.entities += result.entities;
      this.totals.skipped += result.skipped.length;
      this.totals.changed += result.changed.length;
    } catch (error) {
      if (!(error instanceof TransactionTooLarge)) throw error;
      if (graphs.length === 1) {
        await this.inParts(first, Math.max(MIN_PART_ROWS, Math.floor(rowCount(first) / 2)));
        return;
      }
      const half = Math.ceil(graphs.length / 2);
      await this.together(graphs.slice(0, half));
      await this.together(graphs.slice(half));
    }
  }

  /**
   * One document in parts of `size` rows, each its own transaction; smaller parts when they are too large.
   * An old version (replaced, or left incomplete by a stopped run) is removed in parts first.
   */
  private async inParts(graph: DocumentGraph, size: number): Promise<void> {
    const { id } = graph.document;
    const hash = contentHash(graph);
    const plan = await this.transaction(
      [graph],
      async (tx) => planBatch([id], [hash], await storedHashes(tx, [id]), this.replace),
      true,
    );
    if (plan.write.length === 0) {
      this.totals.skipped += plan.skipped.length;
      this.totals.changed += plan.changed.length;
      return;
    }
    if (plan.remove.length > 0) await this.removeInParts(graph);
    const rows = buildRows([graph], [hash]);
    let entities = 0;
    try {
      // Not run again: a part may have been written before the connection went; the document stays
      // incomplete, and the next run writes it again.
      for (const part of documentParts(rows, size))
        entities += await this.transaction([graph], (tx) => writePart(tx, part), false);
    } catch (error) {
      if (!(error instanceof TransactionTooLarge)) throw error;
      await this.removeInParts(graph);
      if (size > MIN_PART_ROWS) {
        await this.inParts(graph, Math.max(MIN_PART_ROWS, Math.floor(size / 4)));
        return;
      }
      this.totals.refused++;
      this.onRefused(graph, refusal(graph, error.message));
      return;
    }
    this.totals.documents++;
    this.totals.statements += statementCount(rows);
    this.totals.entities += entities;
  }

  private async removeInParts(graph: DocumentGraph): Promise<void> {
    try {
      await removeDocumentInParts(this.session, graph.document.id);
    } catch (error) {
      throw batchError(error, { written: this.totals.documents, first: graph.document.id, size: 1 });
    }
  }

  /**
   * Runs `work` in a transaction of the writer's session and commits it; with `again`, runs it again
   * while Neo4j is unreachable, for up to retryMs. A memory error, at any point, is TransactionTooLarge;
   * any other failure a message saying what happened and what to do.
   */
  private async transaction<T>(
    graphs: readonly DocumentGraph[],
    work: (tx: Tx) => Promise<T>,
    again: boolean,
  ): Promise<T> {
    const started = Date.now();
    for (let delay = 500; ; delay = Math.min(2 * delay, 5000)) {
      const tx = this.session.beginTransaction();
      try {
        const result = await work(tx);
        await tx.commit();
        return result;
      } catch (error) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        if (error instanceof TransactionTooLarge) throw error;
        if (isMemoryError(error)) throw new TransactionTooLarge((error as Error).message, { cause: error });
        if (again && isRetryableError(error) && Date.now() - started < this.retryMs) {
          await sleep(delay);
          continue;
        }
        if (error instanceof Error && error.message.startsWith('store:')) throw error;
        throw batchError(error, {
          written: this.totals.documents,
          first: graphs[0]?.document.id ?? '',
          size: graphs.length,
        });
      }
    }
  }
}

function refusal(graph: DocumentGraph, reason: string): string {
  const { id, origin } = graph.document;
  return (
    `store: document ${id} (${origin}) was not written: even in parts of ${MIN_PART_ROWS} rows it needs more ` +
    `memory than Neo4j gives a transaction (${reason}). Split it into smaller documents, or raise ` +
    'db.memory.transaction.max in Neo4j; the other documents are written.'
  );
}
