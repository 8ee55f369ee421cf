import { describe, expect, it } from 'vitest';
import { mirrorNodes, shownPart } from './mirror.ts';
import { graphOfLines } from './testing.ts';

describe('shownPart', () => {
  it('holds the shown nodes and edges only, with copies of their attributes', () => {
    const source = graphOfLines(['a SUPPORTS b', 'b OPPOSES c', 'c SUPPORTS a']);
    source.setEdgeAttribute('b|OPPOSES|c', 'hidden', true);
    source.setNodeAttribute('c', 'hidden', true);
    const part = shownPart(source);
    expect(part.nodes().sort()).toEqual(['a', 'b']);
    expect(part.edges()).toEqual(['a|SUPPORTS|b']);
    part.setNodeAttribute('a', 'size', 99);
    expect(source.getNodeAttribute('a', 'size')).not.toBe(99);
  });

  it('follows the positions of the source', () => {
    const source = graphOfLines(['a SUPPORTS b']);
    const part = shownPart(source);
    source.mergeNodeAttributes('a', { x: 5, y: 6 });
    mirrorNodes(source, part, ['x', 'y']);
    expect(part.getNodeAttributes('a')).toMatchObject({ x: 5, y: 6 });
  });
});
