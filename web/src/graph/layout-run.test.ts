import { MultiDirectedGraph } from 'graphology';
import defaults from 'graphology-layout-forceatlas2/defaults.js';
import { graphToByteArrays } from 'graphology-layout-forceatlas2/helpers.js';
import { describe, expect, it } from 'vitest';
import { LayoutRun, movement } from './layout-run.ts';

/** A matrix of nodes at the given x, y (fixed when a third number says 1). */
const matrix = (...nodes: number[][]) =>
  Float32Array.from(nodes.flatMap(([x = 0, y = 0, fixed = 0]) => [x, y, 0, 0, 0, 0, 1, 1, 1, fixed]));

describe('movement', () => {
  it.each([
    ['nothing moved', [0, 0, 10, 0], matrix([0, 0], [10, 0]), 0],
    ['one node of two moved a tenth of the extent', [0, 0, 10, 0], matrix([0, 0], [10, 1]), 0.05],
    ['the moved node is fixed', [0, 0, 10, 0], matrix([0, 0], [10, 1, 1]), 0],
  ])('%s', (_name, before, nodes, expected) => {
    expect(movement(Float32Array.from(before), nodes)).toBeCloseTo(expected, 5);
  });
});

describe('LayoutRun', () => {
  /** A ring of 30 nodes with chords, started on a line: the layout must untangle it and stop by itself. */
  function ring() {
    const graph = new MultiDirectedGraph();
    for (let i = 0; i < 30; i++) graph.addNode(`n${i}`, { x: i, y: (i * 7) % 5, size: 5 });
    for (let i = 0; i < 30; i++) graph.addEdge(`n${i}`, `n${(i + 1) % 30}`, { weight: 1 });
    for (let i = 0; i < 30; i += 5) graph.addEdge(`n${i}`, `n${(i + 12) % 30}`, { weight: 2 });
    return graphToByteArrays(graph, (_edge, attributes) => attributes.weight as number);
  }
  const settings = { ...defaults, strongGravityMode: true, gravity: 0.05, scalingRatio: 10, slowDown: 4 };

  it('stops once the nodes barely move', () => {
    const { nodes, edges } = ring();
    const run = new LayoutRun(settings, nodes, edges, 60_000);
    let end = null;
    while (end === null) end = run.step(50);
    expect(end).toBe('converged');
    expect(run.iterations).toBeLessThan(5000);
  });

  it('stops when the budget is spent', () => {
    const { nodes, edges } = ring();
    let now = 0;
    const run = new LayoutRun(settings, nodes, edges, 100, () => (now += 60));
    expect(run.step(1000)).toBe('budget');
  });
});
