import { describe, expect, it } from 'vitest';
import { edgeKey } from './model.ts';
import { rollUp } from './rollup.ts';
import { graphOfLines } from './testing.ts';
import { applyVisibility, documentsInView, type Visibility } from './visibility.ts';

const ALL: Visibility = {
  relations: new Set(['SUPPORTS', 'OPPOSES', 'PROPOSES', 'REPRESENTS', 'MEMBER_OF', 'MEETS']),
  kinds: new Set(['Person', 'Country', 'Organization', 'Initiative', 'Concept', 'Place']),
  limit: 1000,
  rollUp: false,
  pinned: new Set(),
  expanded: new Set(),
};

const KINDS = { wang: 'Person', lavrov: 'Person', ipr: 'Initiative', un: 'Organization' };

function world() {
  const graph = graphOfLines(
    [
      'CHN SUPPORTS RUS 2022-01-10 2022-01-20 2022-02-05',
      'RUS OPPOSES USA 2022-02-01',
      'USA OPPOSES RUS 2022-03-15 2022-03-16',
      'lavrov OPPOSES ipr 2022-03-01',
      'lavrov REPRESENTS RUS 2022-03-01',
      'wang SUPPORTS un 2022-04-01',
    ],
    KINDS,
  );
  rollUp(graph);
  return graph;
}

/** The shown edges as "source RELATION target weight", and the shown nodes. */
function shown(filter: Partial<Visibility>) {
  const graph = world();
  applyVisibility(graph, { ...ALL, ...filter });
  return {
    edges: graph
      .filterEdges((_edge, attributes) => !attributes.hidden)
      .map((edge) => {
        const a = graph.getEdgeAttributes(edge);
        return `${graph.source(edge)} ${a.relation} ${graph.target(edge)} ${a.weight}`;
      })
      .sort(),
    nodes: graph.filterNodes((_node, attributes) => !attributes.hidden).sort(),
  };
}

describe('applyVisibility', () => {
  it.each<[string, Partial<Visibility>, string[]]>([
    [
      'oppositions only',
      { relations: new Set(['OPPOSES']) },
      ['RUS OPPOSES USA 1', 'USA OPPOSES RUS 2', 'lavrov OPPOSES ipr 1'],
    ],
    [
      'countries only',
      { kinds: new Set(['Country']) },
      ['CHN SUPPORTS RUS 3', 'RUS OPPOSES USA 1', 'USA OPPOSES RUS 2'],
    ],
    ['the two strongest', { limit: 2 }, ['CHN SUPPORTS RUS 3', 'USA OPPOSES RUS 2']],
    [
      'February and March, counted within them',
      { from: '2022-02-01', to: '2022-03' },
      [
        'CHN SUPPORTS RUS 1',
        'RUS OPPOSES USA 1',
        'USA OPPOSES RUS 2',
        'lavrov OPPOSES ipr 1',
        'lavrov REPRESENTS RUS 1',
      ],
    ],
    [
      'people rolled up to whom they speak for',
      { rollUp: true, relations: new Set(['OPPOSES']) },
      ['RUS OPPOSES USA 1', 'RUS OPPOSES ipr 1', 'USA OPPOSES RUS 2'],
    ],
    [
      'a selected node with its edges beyond the limit, itself whatever its kind',
      { limit: 1, kinds: new Set(['Country', 'Initiative']), pinned: new Set(['lavrov']) },
      ['CHN SUPPORTS RUS 3', 'lavrov OPPOSES ipr 1', 'lavrov REPRESENTS RUS 1'],
    ],
    [
      'an expanded node with all its neighbours, whatever their kinds',
      { limit: 1, kinds: new Set(['Country']), expanded: new Set(['RUS']) },
      ['CHN SUPPORTS RUS 3', 'RUS OPPOSES USA 1', 'USA OPPOSES RUS 2', 'lavrov REPRESENTS RUS 1'],
    ],
  ])('%s', (_name, filter, edges) => {
    expect(shown(filter).edges).toEqual(edges);
  });

  it('shows the nodes of the shown edges, and pinned nodes even alone', () => {
    expect(shown({ relations: new Set(['SUPPORTS']), pinned: new Set(['USA']) }).nodes).toEqual([
      'CHN',
      'RUS',
      'USA',
      'un',
      'wang',
    ]);
  });

  it('keeps positions and sizes edges by the statements within the filters', () => {
    const graph = world();
    applyVisibility(graph, ALL);
    const before = { ...graph.getNodeAttributes('RUS') };
    applyVisibility(graph, { ...ALL, from: '2022-03-01' });
    const after = graph.getNodeAttributes('RUS');
    expect([after.x, after.y]).toEqual([before.x, before.y]);
    expect(after.size).toBeLessThan(before.size);
    expect(graph.getEdgeAttribute(edgeKey('CHN', 'SUPPORTS', 'RUS'), 'hidden')).toBe(true);
  });
});

describe('documentsInView', () => {
  const documents = [
    { id: 'a', date: '2022-01-31' },
    { id: 'b', date: '2022-02-01' },
    { id: 'c', date: null },
  ];
  it.each<[Parameters<typeof documentsInView>[1], boolean[] | null]>([
    [{}, null],
    [{ document: 'b' }, [false, true, false]],
    [{ to: '2022-01' }, [true, false, false]],
    [{ from: '2022-02-01' }, [false, true, false]],
  ])('%j', (filter, expected) => {
    expect(documentsInView(documents, filter)).toEqual(expected);
  });
});
