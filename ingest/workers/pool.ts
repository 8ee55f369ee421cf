// Extraction on all cores: a worker_threads pool (piscina) runs extractDocument, fed from the input
// stream through a bounded window, so memory stays bounded however large the corpus. Results come out in
// input order: runs are reproducible (the same first-seen labels, the same messages in the same order),
// and a window of several documents per worker keeps every core busy despite waiting for the oldest.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { DocumentGraph, SourceDocument } from '../model.ts';
import type { InputError, InputItem, InputSkip } from '../input/index.ts';

export interface ExtractedGraph {
  kind: 'graph';
  graph: DocumentGraph;
  /** Input bytes of the document: for progress. */
  bytes: number;
}

export type ExtractedItem = ExtractedGraph | InputError | InputSkip;

export interface PoolOptions {
  /** Worker threads (default: one per available core). */
  workers?: number;
  /**
   * The worker module, whose default export maps a document to its graph (tests give their own, the bench
   * its bare wink-nlp pass).
   */
  worker?: URL;
}

export interface StreamOptions extends PoolOptions {
  /** A started pool to use (and leave running); by default one is started and stopped. */
  pool?: ExtractionPool;
  /**
   * Documents in flight at most (default: 32 per worker). Results leave in input order, so a long document
   * at the head holds the window: a wide one keeps the other workers busy meanwhile (two workers on 8 MB of
   * the benchmark corpus: 7.2–8.9 s with 4 per worker, 6.9–7.2 s with 32). Memory is bounded by windowChars.
   */
  window?: number;
  /** Characters of text in flight at most, beyond one document (default: 64 million). */
  windowChars?: number;
}

export interface ExtractionPool<Result = DocumentGraph> {
  readonly workers: number;
  run(doc: SourceDocument): Promise<Result>;
  destroy(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

const WARM_UP: SourceDocument = { id: 'warm-up', origin: 'warm-up', text: 'The pool starts.' };

/**
 * Starts the worker threads and has each extract a one-line document, so that when this resolves the
 * extraction is loaded everywhere; rejects (with the reason) when it cannot be loaded at all.
 */
export async function startPool<Result = DocumentGraph>(
  options: PoolOptions = {},
): Promise<ExtractionPool<Result>> {
  const workers = options.workers ?? defaultWorkers();
  const pool = new Piscina<SourceDocument, Result>({
    filename: (options.worker ?? new URL('./extract-worker.ts', import.meta.url)).href,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Infinity,
    // By default a task that finds every thread busy goes to the back of the queue, so documents would be
    // extracted in an order that depends on timing, and the window's oldest document would wait longest.
    stricterFIFO: true,
    execArgv: workerExecArgv(),
  });
  try {
    await Promise.all(Array.from({ length: workers }, () => pool.run(WARM_UP)));
  } catch (error) {
    await pool.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`pool: the extraction cannot start in a worker thread: ${reason}`, { cause: error });
  }
  return { workers, run: (doc) => pool.run(doc), destroy: () => pool.destroy() };
}

/**
 * Extracts the documents of `items` in worker threads; problems pass through in place. A document whose
 * extraction throws becomes an error value naming it, and the run goes on.
 */
export async function* extractAll(
  items: AsyncIterable<InputItem>,
  options: StreamOptions = {},
): AsyncGenerator<ExtractedItem> {
  const pool = options.pool ?? (await startPool(options));
  const window = options.window ?? pool.workers * 32;
  const windowChars = options.windowChars ?? 64_000_000;
  const pending: { result: Promise<ExtractedItem>; chars: number }[] = [];
  let inFlightChars = 0;
  const oldest = async (): Promise<ExtractedItem> => {
    const head = pending.shift();
    if (head === undefined) throw new Error('pool: no document in flight (a bug)');
    inFlightChars -= head.chars;
    return head.result;
  };
  try {
    for await (const item of items) {
      if (item.kind === 'document') {
        // Only the id and origin are kept here: the text is let go once the document is in a worker.
        const { bytes, doc } = item;
        const { id, origin } = doc;
        const chars = doc.text.length;
        const result = pool.run(doc).then(
          (graph): ExtractedItem => ({ kind: 'graph', graph, bytes }),
          (error: unknown): ExtractedItem => ({
            kind: 'error',
            origin,
            message: `extraction failed for document ${id}: ${error instanceof Error ? error.message : String(error)}`,
            bytes,
          }),
        );
        pending.push({ result, chars });
        inFlightChars += chars;
      } else {
        pending.push({ result: Promise.resolve(item), chars: 0 });
      }
      while (pending.length >= window || (pending.length > 1 && inFlightChars > windowChars)) {
        yield await oldest();
      }
    }
    while (pending.length > 0) yield await oldest();
  } finally {
    if (options.pool === undefined) await pool.destroy();
  }
}

/**
 * Node options for the workers: they must load TypeScript through tsx. Under `tsx` the parent's options
 * already do; under Vitest (which transforms in-process) they do not, so the tsx loader is added.
 */
export function workerExecArgv(): string[] {
  const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const hasTsx = process.execArgv.some(
    (arg) => arg === loader || arg === 'tsx' || arg.includes('/tsx/dist/'),
  );
  return hasTsx ? process.execArgv : [...process.execArgv, '--import', loader];
}
