import { describe, expect, it } from 'vitest';
import { placeNear } from './placement.ts';
import { graphOfLines } from './testing.ts';

describe('placeNear', () => {
  it('puts a newcomer next to its placed neighbours and moves nothing else', () => {
    const graph = graphOfLines(['a SUPPORTS b', 'c SUPPORTS b', 'n OPPOSES a', 'n OPPOSES c']);
    const at = { a: [0, 0], b: [50, 100], c: [100, 0] } as const;
    for (const [node, [x, y]] of Object.entries(at)) graph.mergeNodeAttributes(node, { x, y });
    placeNear(graph, ['n'], new Set(['a', 'b', 'c']));
    const { x, y } = graph.getNodeAttributes('n');
    expect(Math.hypot(x - 50, y - 0)).toBeLessThan(10);
    expect(graph.getNodeAttributes('b')).toMatchObject({ x: 50, y: 100 });
  });
});
