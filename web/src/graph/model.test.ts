import { describe, expect, it } from 'vitest';
import type { CypherResult, GraphData } from '../../shared/api.ts';
import { createGraph, cypherNodeKey, edgeKey, graphOfCypherResult, mergeGraphData } from './model.ts';

const node = (id: string, statements = 1) => ({
  id,
  name: id.toUpperCase(),
  kind: 'Country',
  aliases: [],
  statements,
  documents: 1,
});

describe('mergeGraphData', () => {
  it('adds nodes and one edge per (source, relation, target), and updates rather than duplicates', () => {
    const graph = createGraph();
    const data: GraphData = {
      nodes: [node('a'), node('b')],
      edges: [
        { source: 'a', relation: 'SUPPORTS', target: 'b', count: 2, documents: [] },
        { source: 'a', relation: 'OPPOSES', target: 'b', count: 1, documents: [] },
      ],
      documents: [],
      truncated: false,
    };
    expect(mergeGraphData(graph, data)).toEqual(['a', 'b']);
    graph.setNodeAttribute('a', 'x', 123);
    const again = mergeGraphData(graph, {
      ...data,
      edges: [{ source: 'a', relation: 'SUPPORTS', target: 'b', count: 5, documents: [] }],
    });
    expect(again).toEqual([]);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(edgeKey('a', 'SUPPORTS', 'b'), 'count')).toBe(5);
    expect(graph.getNodeAttribute('a', 'x')).toBe(123);
  });

  it('keeps one table of documents and points each edge into it', () => {
    const graph = createGraph();
    const edge = (target: string, documents: number[]) => ({
      source: 'a',
      relation: 'SUPPORTS' as const,
      target,
      count: documents.length,
      documents,
    });
    mergeGraphData(graph, {
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('b', [0, 1])],
      documents: [
        { id: 'd1', date: '2022-01-01' },
        { id: 'd2', date: null },
      ],
      truncated: false,
    });
    mergeGraphData(graph, {
      nodes: [node('a'), node('c')],
      edges: [edge('c', [0, 1])],
      documents: [
        { id: 'd3', date: '2022-03-01' },
        { id: 'd1', date: '2022-01-01' },
      ],
      truncated: false,
    });
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(graph.getEdgeAttribute(edgeKey('a', 'SUPPORTS', 'c'), 'documents')).toEqual([2, 0]);
  });

  it('places new neighbours next to the node they expand', () => {
    const graph = createGraph();
    mergeGraphData(graph, { nodes: [node('a')], edges: [], documents: [], truncated: false });
    graph.mergeNodeAttributes('a', { x: 500, y: 500 });
    mergeGraphData(graph, { nodes: [node('a'), node('b')], edges: [], documents: [], truncated: false }, 'a');
    const { x, y } = graph.getNodeAttributes('b');
    expect(Math.hypot(x - 500, y - 500)).toBeLessThan(3);
  });

  it('skips edges whose ends are missing', () => {
    const graph = createGraph();
    mergeGraphData(graph, {
      nodes: [node('a')],
      edges: [{ source: 'a', relation: 'SUPPORTS', target: 'z', count: 1, documents: [] }],
      documents: [],
      truncated: false,
    });
    expect(graph.size).toBe(0);
  });
});

describe('graphOfCypherResult', () => {
  const entity = (elementId: string, id: string) => ({
    elementId,
    labels: ['Entity', 'Country'],
    properties: { id, name: id, kind: 'Country' },
  });
  const result = (over: Partial<CypherResult>): CypherResult => ({
    columns: [],
    rows: [],
    nodes: [],
    relationships: [],
    capped: false,
    cappedBy: null,
    rowCap: 1000,
    byteCap: 8_000_000,
    elapsedMs: 1,
    ...over,
  });

  it('is null for a result without nodes', () => {
    expect(graphOfCypherResult(result({}))).toBeNull();
  });

  it('keys entities and documents by id, aggregates relationships per (start, type, end)', () => {
    const graph = graphOfCypherResult(
      result({
        nodes: [
          entity('e1', 'CHN'),
          entity('e2', 'RUS'),
          { elementId: 'd1', labels: ['Document'], properties: { id: 'doc', title: 'T' } },
        ],
        relationships: [
          { elementId: 'r1', type: 'SUPPORTS', start: 'e1', end: 'e2', properties: {} },
          { elementId: 'r2', type: 'SUPPORTS', start: 'e1', end: 'e2', properties: {} },
          { elementId: 'r3', type: 'MENTIONS', start: 'd1', end: 'e1', properties: {} },
        ],
      }),
    );
    expect(graph?.nodes().sort()).toEqual(['CHN', 'RUS', 'document:doc']);
    expect(graph?.getEdgeAttribute(edgeKey('CHN', 'SUPPORTS', 'RUS'), 'count')).toBe(2);
    expect(graph?.getNodeAttribute('document:doc', 'origin')).toBe('document');
  });

  it('keeps the positions of nodes the view already shows', () => {
    const previous = createGraph();
    mergeGraphData(previous, { nodes: [node('CHN')], edges: [], documents: [], truncated: false });
    previous.mergeNodeAttributes('CHN', { x: 7, y: 9 });
    const graph = graphOfCypherResult(result({ nodes: [entity('e1', 'CHN')] }), previous);
    expect(graph?.getNodeAttributes('CHN')).toMatchObject({ x: 7, y: 9 });
  });

  it.each([
    [{ elementId: 'x', labels: ['Entity'], properties: { id: 'CHN' } }, 'CHN'],
    [{ elementId: 'x', labels: ['Document'], properties: { id: 'a/b' } }, 'document:a/b'],
    [{ elementId: 'x', labels: ['Other'], properties: { id: 'y' } }, 'node:x'],
  ])('cypherNodeKey(%j) = %j', (cypherNode, key) => {
    expect(cypherNodeKey(cypherNode)).toBe(key);
  });
});
