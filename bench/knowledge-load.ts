// What loading the knowledge base and the lexicon costs a fresh thread: milliseconds and heap added,
// measured after a full garbage collection on each side.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export interface LoadCost {
  /** Importing the modules (lexicon included, and its JSON). */
  importMs: number;
  /** loadKnowledge(): reading and checking the data, building the tries. */
  knowledgeMs: number;
  heapMb: number;
}

/** Heap in use after a full collection, in MB. */
export function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** In this thread: imports the lexicon and the knowledge base, then loads the knowledge. */
export async function measureLoad(): Promise<LoadCost> {
  const heapBefore = heapMb();
  const start = performance.now();
  await import('../ingest/extract/lexicon.ts');
  const { loadKnowledge } = await import('../ingest/knowledge/index.ts');
  const imported = performance.now();
  loadKnowledge();
  return {
    importMs: imported - start,
    knowledgeMs: performance.now() - imported,
    heapMb: heapMb() - heapBefore,
  };
}
