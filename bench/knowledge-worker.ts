// Worker module of `npm run bench:knowledge`: a pool worker that imports the lexicon and the knowledge
// base, as every extraction worker does. Worker threads take TypeScript modules only as static imports.
import '../ingest/extract/lexicon.ts';
import { loadKnowledge } from '../ingest/knowledge/index.ts';
import { heapMb } from './knowledge-load.ts';

loadKnowledge();
const ready = performance.now();

export default function loadCost(): { readyMs: number; heapMb: number } {
  return { readyMs: ready, heapMb: heapMb() };
}
