// Groups a stream of documents into write batches and keeps extraction and writing overlapped: while one
// batch is being written (in Neo4j's process), the next one is pulled from the producer. At most one
// batch is in flight, so transactions never compete for the locks of popular entities.

/**
 * Calls `write` with consecutive batches of whole items, a batch closing once it holds `size` units
 * (as counted by `weight`). Stops pulling items as soon as a write fails and rejects with that failure;
 * leaving the loop early closes the producer (its `return()` runs).
 */
export async function writeInBatches<T>(
  items: AsyncIterable<T> | Iterable<T>,
  size: number,
  weight: (item: T) => number,
  write: (batch: T[]) => Promise<void>,
): Promise<void> {
  let inFlight: Promise<void> = Promise.resolve();
  const state = { failed: false };
  // A call, not a property read: the flag changes in a callback, which type narrowing does not see.
  const failed = (): boolean => state.failed;
  const start = (batch: T[]): void => {
    inFlight = inFlight.then(() => write(batch));
    // Observed at once so that a failure while the producer is busy is neither unhandled nor missed.
    inFlight.catch(() => (state.failed = true));
  };
  let batch: T[] = [];
  let units = 0;
  try {
    for await (const item of items) {
      if (failed()) break;
      batch.push(item);
      units += weight(item);
      if (units >= size) {
        await settled(inFlight);
        if (failed()) break;
        start(batch);
        batch = [];
        units = 0;
      }
    }
  } catch (error) {
    // The producer failed: let the batch in flight finish before reporting, so nothing writes after return.
    await settled(inFlight);
    throw error;
  }
  if (!failed() && batch.length > 0) start(batch);
  await inFlight;
}

// Waits for a write without rethrowing: its failure is picked up by the handler set in start().
async function settled(inFlight: Promise<void>): Promise<void> {
  await inFlight.catch(() => undefined);
}
