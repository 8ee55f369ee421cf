// ForceAtlas2 in a web worker (layout-worker.ts), supervised: the worker iterates until the nodes barely
// move any more (or a time budget is spent) and says how it ended; the page copies the positions it sends
// into the graph once per frame. The page stays responsive, and slow frames do not slow the layout.
//
// It lays out what is shown, on a copy holding only the shown nodes and edges (hidden ones would push
// and pull what the user sees). Nodes may be fixed: when the filters show nodes for the first time, only
// those move into place and nothing else does.
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import type { LayoutMessage, LayoutRequest } from './layout-worker.ts';
import type { ExplorerGraph } from './model.ts';

export type LayoutState = 'running' | 'settled';

interface LayoutNode {
  x: number;
  y: number;
  size: number;
  fixed: boolean;
}

export class LayoutSupervisor {
  private worker: Worker | null = null;

  constructor(
    private readonly onState: (
      state: LayoutState,
      elapsedMs: number,
      reason?: 'converged' | 'budget' | 'stopped',
    ) => void,
    /** Positions changed in the graph (written in place): redraw. */
    private readonly onMove: () => void,
  ) {}

  isRunning(): boolean {
    return this.worker !== null;
  }

  /**
   * Lays out the shown part of `graph` (stopping any layout running), `fixed` nodes staying where they
   * are; it stops by itself once settled, or after `budgetMs` at most.
   */
  start(graph: ExplorerGraph, fixed: ReadonlySet<string> = new Set(), budgetMs?: number): void {
    this.stop(false);
    const copy = shownCopy(graph, fixed);
    const started = performance.now();
    if (copy.order < 2 || copy.everyNode((_node, attributes) => attributes.fixed)) {
      this.onState('settled', 0, 'converged');
      return;
    }
    const keys = copy.nodes();
    const { nodes, edges } = graphToByteArrays(copy, (_edge, attributes) => attributes.weight as number);
    const request: LayoutRequest = {
      // Strong gravity pulls the most connected actors to the middle (gravity grows with degree), and
      // without LinLog or hub dissuasion the layout settles in a few hundred iterations instead of
      // drifting. Large graphs need the Barnes-Hut approximation.
      settings: {
        ...defaults,
        ...forceAtlas2.inferSettings(copy),
        strongGravityMode: true,
        gravity: 1,
        scalingRatio: 10,
        edgeWeightInfluence: 0.5,
      },
      nodes,
      edges,
      budgetMs: budgetMs ?? Math.min(20_000, 3_000 + copy.order * 1.5),
    };
    const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    this.worker = worker;
    let latest: Float32Array | null = null;
    let frame: number | null = null;
    const apply = (): void => {
      frame = null;
      if (latest === null) return;
      // In place, drawn by the redraw onMove asks for (see visibility.ts).
      keys.forEach((node, i) => {
        if (!graph.hasNode(node)) return;
        const attributes = graph.getNodeAttributes(node);
        attributes.x = latest?.[2 * i] ?? attributes.x;
        attributes.y = latest?.[2 * i + 1] ?? attributes.y;
      });
      latest = null;
      this.onMove();
    };
    worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
      if (this.worker !== worker) return;
      latest = event.data.positions;
      if (event.data.type === 'positions') {
        frame ??= requestAnimationFrame(apply);
        return;
      }
      if (frame !== null) cancelAnimationFrame(frame);
      apply();
      this.stop(false);
      this.onState('settled', performance.now() - started, event.data.reason);
    };
    worker.postMessage(request, [nodes.buffer, edges.buffer]);
    this.onState('running', 0);
  }

  /** Stops the layout where it is; `notify` reports it settled (a user's stop counts as settled). */
  stop(notify = true): void {
    if (!this.worker) return;
    this.worker.terminate();
    this.worker = null;
    if (notify) this.onState('settled', 0, 'stopped');
  }
}

/** The shown nodes and edges of `graph`, edges weighted by their statements within the filters. */
function shownCopy(
  graph: ExplorerGraph,
  fixed: ReadonlySet<string>,
): MultiDirectedGraph<LayoutNode, { weight: number }> {
  const copy = new MultiDirectedGraph<LayoutNode, { weight: number }>();
  graph.forEachNode((node, { x, y, size, hidden }) => {
    if (!hidden) copy.addNode(node, { x, y, size, fixed: fixed.has(node) });
  });
  graph.forEachEdge((edge, { weight, hidden }, source, target) => {
    if (!hidden && copy.hasNode(source) && copy.hasNode(target))
      copy.addDirectedEdgeWithKey(edge, source, target, { weight: Math.max(1, weight) });
  });
  return copy;
}
