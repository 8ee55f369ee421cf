// Start-up cost of the knowledge base and the lexicon: `npm run bench:knowledge`. Prints the time to
// import the lexicon and the knowledge modules and to load the knowledge base, and the heap they add, in
// this process and in a worker thread of the extraction pool (each worker loads its own copy; there the
// figures are against a worker that imports nothing of the extraction).
import { startPool } from '../ingest/workers/pool.ts';
import { measureLoad } from './knowledge-load.ts';

interface WorkerCost {
  /** Milliseconds from the worker's start to its module loaded (imports and loadKnowledge). */
  readyMs: number;
  heapMb: number;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

async function inWorker(module: string): Promise<WorkerCost> {
  const pool = await startPool<WorkerCost>({ workers: 1, worker: new URL(module, import.meta.url) });
  try {
    return await pool.run({ id: 'cost', origin: 'cost', text: '' });
  } finally {
    await pool.destroy();
  }
}

const bare = await inWorker('./knowledge-bare-worker.ts');
const loaded = await inWorker('./knowledge-worker.ts');
const main = await measureLoad();
console.log(
  `one process: import ${ms(main.importMs)}, loadKnowledge ${ms(main.knowledgeMs)}, heap +${main.heapMb.toFixed(1)} MB`,
);
console.log(
  `per worker:  imports and loadKnowledge ${ms(loaded.readyMs - bare.readyMs)} (ready later than a bare worker), heap +${(loaded.heapMb - bare.heapMb).toFixed(1)} MB`,
);
