// What to do with each document of a batch, given what the database already holds. Pure, so that the
// idempotency rules are one table of unit tests.
import { INCOMPLETE } from './parts.ts';

export interface BatchPlan {
  /** Indexes (in the batch) of the documents to write. */
  write: number[];
  /** Stored documents whose old content goes before their new version is written. */
  remove: string[];
  /** Documents left as they are: unchanged, repeated in the batch, or changed without `replace`. */
  skipped: string[];
  /** The skipped documents whose content differs from the stored one (rerun with `replace` to update). */
  changed: string[];
}

/**
 * @param ids the document ids of the batch, in order
 * @param hashes their content hashes
 * @param stored content hash per id already in the database (null for a document stored without one)
 */
export function planBatch(
  ids: readonly string[],
  hashes: readonly string[],
  stored: ReadonlyMap<string, string | null>,
  replace: boolean,
): BatchPlan {
  const plan: BatchPlan = { write: [], remove: [], skipped: [], changed: [] };
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const before = stored.get(id);
    if (seen.has(id) || before === hashes[i]) plan.skipped.push(id);
    else if (before === undefined) plan.write.push(i);
    // A document some of whose parts a stopped run did not write is written again, whatever `replace`.
    else if (replace || before === INCOMPLETE) {
      plan.remove.push(id);
      plan.write.push(i);
    } else {
      plan.skipped.push(id);
      plan.changed.push(id);
    }
    seen.add(id);
  });
  return plan;
}
