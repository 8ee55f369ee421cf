// The layout's own thread: runs a LayoutRun in slices, sends the positions back a few times a second and
// says how it ended. The page's frames never hold the iterations back.
import { LayoutRun, type LayoutEnd } from './layout-run.ts';

export interface LayoutRequest {
  settings: Record<string, unknown>;
  nodes: Float32Array;
  edges: Float32Array;
  budgetMs: number;
}

export type LayoutMessage =
  | { type: 'positions'; positions: Float32Array }
  | { type: 'done'; positions: Float32Array; reason: LayoutEnd; iterations: number };

const POST_EVERY_MS = 60;
const SLICE_MS = 40;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { settings, nodes, edges, budgetMs } = event.data;
  const run = new LayoutRun(settings, nodes, edges, budgetMs);
  let lastPost = performance.now();
  const slice = (): void => {
    const reason = run.step(SLICE_MS);
    if (reason) {
      const done: LayoutMessage = {
        type: 'done',
        positions: run.positions(),
        reason,
        iterations: run.iterations,
      };
      scope.postMessage(done);
      return;
    }
    if (performance.now() - lastPost > POST_EVERY_MS) {
      scope.postMessage({ type: 'positions', positions: run.positions() } satisfies LayoutMessage);
      lastPost = performance.now();
    }
    // Between slices the thread is free: the page can end it at any time.
    setTimeout(slice, 0);
  };
  slice();
};
