import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { newGraphSink, toJson } from './neo4j-json.ts';

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const lavrov = new Node(
  neo4j.int(1),
  ['Entity', 'Person'],
  { id: 'sergei-lavrov', name: 'Sergei Lavrov' },
  'n1',
);
const strategy = new Node(neo4j.int(2), ['Entity', 'Initiative'], { id: 'indo-pacific-strategy' }, 'n2');
const opposes = new Relationship(
  neo4j.int(3),
  neo4j.int(1),
  neo4j.int(2),
  'OPPOSES',
  { quote: 'q', sentenceIndex: neo4j.int(10) },
  'r1',
  'n1',
  'n2',
);

describe('toJson', () => {
  it.each([
    [null, null],
    [undefined, null],
    ['text', 'text'],
    [3.5, 3.5],
    [neo4j.int(42), 42],
    [neo4j.int('9007199254740993'), '9007199254740993'],
    [new neo4j.types.Date(2021, 3, 9), '2021-03-09'],
    [
      [neo4j.int(1), 'a'],
      [1, 'a'],
    ],
    [{ n: neo4j.int(2) }, { n: 2 }],
  ])('%j', (value, expected) => {
    expect(toJson(value)).toEqual(expected);
  });

  it('collects nodes and relationships, also inside paths and lists', () => {
    const sink = newGraphSink();
    const path = new Path(lavrov, strategy, [new PathSegment(lavrov, opposes, strategy)]);
    const json = toJson([path, { who: lavrov }], sink);
    expect(json).toEqual([
      {
        nodes: [
          {
            elementId: 'n1',
            labels: ['Entity', 'Person'],
            properties: { id: 'sergei-lavrov', name: 'Sergei Lavrov' },
          },
          { elementId: 'n2', labels: ['Entity', 'Initiative'], properties: { id: 'indo-pacific-strategy' } },
        ],
        relationships: [
          {
            elementId: 'r1',
            type: 'OPPOSES',
            start: 'n1',
            end: 'n2',
            properties: { quote: 'q', sentenceIndex: 10 },
          },
        ],
      },
      {
        who: {
          elementId: 'n1',
          labels: ['Entity', 'Person'],
          properties: { id: 'sergei-lavrov', name: 'Sergei Lavrov' },
        },
      },
    ]);
    expect([...sink.nodes.keys()]).toEqual(['n1', 'n2']);
    expect([...sink.relationships.keys()]).toEqual(['r1']);
  });
});
