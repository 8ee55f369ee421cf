// One layout run on ForceAtlas2's flat matrices: iterations in chunks, and the end decided where the
// iterations are counted, once the free nodes barely move per iteration or the budget is spent. Pure
// but for the clock; layout-worker.ts drives it in its own thread.
import iterate from 'graphology-layout-forceatlas2/iterate.js';

/** Numbers per node in the matrix: x, y, then forces, mass, convergence, size and the fixed flag. */
const PER_NODE = 10;
const FIXED = 9;
/** Iterations between two checks of the movement. */
const CHUNK = 20;
/** Mean movement of the free nodes per chunk, as a share of the drawing's extent, that counts as still. */
const STILL = 0.0005;
const MIN_ITERATIONS = 100;

export type LayoutEnd = 'converged' | 'budget';

export class LayoutRun {
  iterations = 0;
  private still = 0;
  private readonly started: number;

  constructor(
    private readonly settings: Record<string, unknown>,
    readonly nodes: Float32Array,
    private readonly edges: Float32Array,
    private readonly budgetMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.started = clock();
  }

  /** Iterates for about `sliceMs`; says how the layout ended, or null when it goes on. */
  step(sliceMs: number): LayoutEnd | null {
    const sliceEnd = this.clock() + sliceMs;
    do {
      const before = positionsOf(this.nodes);
      for (let i = 0; i < CHUNK; i++) iterate(this.settings, this.nodes, this.edges);
      this.iterations += CHUNK;
      this.still = movement(before, this.nodes) < STILL ? this.still + 1 : 0;
      if (this.still >= 2 && this.iterations >= MIN_ITERATIONS) return 'converged';
      if (this.clock() - this.started > this.budgetMs) return 'budget';
    } while (this.clock() < sliceEnd);
    return null;
  }

  positions(): Float32Array {
    return positionsOf(this.nodes);
  }
}

/** The x and y of every node of a matrix. */
export function positionsOf(nodes: Float32Array): Float32Array {
  const positions = new Float32Array((nodes.length / PER_NODE) * 2);
  for (let i = 0, j = 0; i < nodes.length; i += PER_NODE, j += 2) {
    positions[j] = nodes[i] ?? 0;
    positions[j + 1] = nodes[i + 1] ?? 0;
  }
  return positions;
}

/** Mean movement of the free nodes of a matrix since `before`, relative to the extent of the drawing. */
export function movement(before: Float32Array, nodes: Float32Array): number {
  let [total, free] = [0, 0];
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0, j = 0; i < nodes.length; i += PER_NODE, j += 2) {
    const [x, y] = [nodes[i] ?? 0, nodes[i + 1] ?? 0];
    [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
    [minY, maxY] = [Math.min(minY, y), Math.max(maxY, y)];
    if (nodes[i + FIXED] === 1) continue;
    total += Math.hypot(x - (before[j] ?? 0), y - (before[j + 1] ?? 0));
    free++;
  }
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  return free === 0 ? 0 : total / free / extent;
}
