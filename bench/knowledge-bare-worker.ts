// Worker module of `npm run bench:knowledge`: a pool worker that imports nothing of the extraction, the
// reference for what the knowledge worker adds.
import { heapMb } from './knowledge-load.ts';

const ready = performance.now();

export default function bareCost(): { readyMs: number; heapMb: number } {
  return { readyMs: ready, heapMb: heapMb() };
}
