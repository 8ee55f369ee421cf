// Store failures as messages a user can act on: what happened, what was kept, what to do next.
import { Neo4jError, isRetryableError } from 'neo4j-driver';

export interface BatchContext {
  /** Documents committed before the failing batch. */
  written: number;
  /** The first document of the failing batch and the batch's size. */
  first: string;
  size: number;
}

export function batchError(cause: unknown, { written, first, size }: BatchContext): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const rolledBack =
    `${written} documents were written before it; the batch in progress (${size} documents from ${first}) ` +
    'was rolled back (or written whole, if Neo4j went away while committing it)';
  // The driver retries transient failures itself (executeWrite); one that still surfaces means Neo4j
  // stayed away for the whole retry window.
  if (lostConnection(cause))
    return new Error(`store: lost the connection to Neo4j (${reason}). ${rolledBack}. ${RERUN}`, { cause });
  return new Error(`store: Neo4j refused a write (${reason}). ${rolledBack}.`, { cause });
}

export function schemaError(cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const advice = lostConnection(cause) ? RERUN : 'Nothing was written.';
  return new Error(`store: could not apply the schema before writing (${reason}). ${advice}`, { cause });
}

const RERUN =
  'Check that Neo4j runs (npm run db:status, npm run db:start) and rerun the same command: ' +
  'documents already written are skipped.';

// A memory error is transient to the driver too, but a rerun would meet it again.
function lostConnection(cause: unknown): boolean {
  return cause instanceof Neo4jError && isRetryableError(cause) && !isMemoryError(cause);
}

/** Neo4j's answer when a transaction, or all of them together, passed their memory limit. */
export function isMemoryError(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    /MemoryPoolOutOfMemory|OutOfMemory|memory\.transaction/i.test(`${error.code} ${error.message}`)
  );
}
