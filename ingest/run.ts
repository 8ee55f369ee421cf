// One ingest run as a plain function: read inputs, extract on all cores, count, then export to JSON
// and/or write to Neo4j (extraction and writing overlap). The CLI only parses arguments around it.
import { writeFile } from 'node:fs/promises';
import { addDocumentGraph, checkDocumentGraph, createStanceGraph, serializeStanceGraph } from './export.ts';
import { planInputs, readPlan, type InputError, type InputSkip, type ReadOptions } from './input/index.ts';
import type { DocumentGraph } from './model.ts';
import { countItem, createStats, type RunStats, type StoreTotals } from './stats.ts';
import { extractAll } from './workers/pool.ts';

export interface IngestOptions extends ReadOptions {
  paths: string[];
  workers?: number;
  /** Write the merged graph here as graphology JSON (`-`: standard output). */
  json?: string;
  /** Write to Neo4j (through the store). */
  db: boolean;
  /** Re-ingest documents whose content changed. */
  replace?: boolean;
}

export interface IngestEvents {
  /** Total input size, once known (undefined for standard input). */
  onPlan?: (totalBytes: number | undefined) => void;
  onProblem?: (problem: InputError | InputSkip) => void;
  onProgress?: (stats: RunStats) => void;
}

export interface IngestResult {
  stats: RunStats;
  store?: StoreTotals;
  seconds: number;
}

export async function ingest(options: IngestOptions, events: IngestEvents = {}): Promise<IngestResult> {
  const started = performance.now();
  const plan = await planInputs(options.paths);
  events.onPlan?.(plan.totalBytes);
  const stats = createStats();
  const graph = options.json === undefined ? undefined : createStanceGraph();
  const items = extractAll(readPlan(plan, options), { workers: options.workers });

  async function* documents(): AsyncGenerator<DocumentGraph> {
    for await (let item of items) {
      if (item.kind === 'graph') {
        const problem = checkDocumentGraph(item.graph);
        if (problem !== undefined) {
          item = { kind: 'error', origin: item.graph.document.origin, message: problem, bytes: item.bytes };
        }
      }
      countItem(stats, item);
      events.onProgress?.(stats);
      if (item.kind !== 'graph') {
        events.onProblem?.(item);
        continue;
      }
      if (graph) addDocumentGraph(graph, item.graph);
      yield item.graph;
    }
  }

  let store: StoreTotals | undefined;
  try {
    if (options.db) {
      // A document too large for Neo4j even in parts fails alone, as an unreadable input would.
      const onRefused = (graph: DocumentGraph, message: string): void => {
        stats.failed++;
        events.onProblem?.({ kind: 'error', origin: graph.document.origin, message, bytes: 0 });
      };
      store = await withStore((write) =>
        write(documents(), { replace: options.replace ?? false, onRefused }),
      );
    } else {
      const extracted = documents();
      // Only the counting and exporting done on the way matter here.
      while ((await extracted.next()).done !== true);
    }
  } finally {
    // Stops the worker threads even when the store gave up without closing its input.
    await items.return(undefined);
  }
  if (options.json !== undefined && graph) await writeJson(options.json, serializeStanceGraph(graph));
  return { stats, ...(store && { store }), seconds: (performance.now() - started) / 1000 };
}

async function writeJson(path: string, json: string): Promise<void> {
  if (path !== '-') {
    await writeFile(path, json);
    return;
  }
  await new Promise<void>((resolve, reject) => {
    process.stdout.write(json, (error) => {
      if (error) reject(error);
      else resolve();
    });
  });
}

type WriteGraphs = (
  graphs: AsyncIterable<DocumentGraph>,
  opts: { replace: boolean; onRefused: (graph: DocumentGraph, message: string) => void },
) => Promise<StoreTotals>;

/** Connects to Neo4j, lends the store's writer, closes the connection. Loaded lazily: `--no-db` never loads the driver. */
async function withStore<T>(use: (write: WriteGraphs) => Promise<T>): Promise<T> {
  const [{ connect }, { writeDocuments }] = await Promise.all([
    import('../db/connection.ts'),
    import('./store/index.ts'),
  ]);
  const driver = await connect();
  try {
    return await use((graphs, opts) => writeDocuments(driver, graphs, opts));
  } finally {
    await driver.close();
  }
}

/** Removes documents from Neo4j; returns the ids that were not stored. */
export async function removeDocuments(ids: readonly string[]): Promise<string[]> {
  const [{ connect }, { removeDocument }] = await Promise.all([
    import('../db/connection.ts'),
    import('./store/index.ts'),
  ]);
  const driver = await connect();
  const missing: string[] = [];
  try {
    for (const id of ids) if (!(await removeDocument(driver, id))) missing.push(id);
  } finally {
    await driver.close();
  }
  return missing;
}
