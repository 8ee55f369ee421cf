import { describe, expect, it } from 'vitest';
import { decodeState, emptyState, encodeState, firstViewFilters, type ViewState } from './url-state.ts';

describe('URL state', () => {
  it.each<[string, ViewState]>([
    ['the first view', emptyState()],
    [
      'filters and a node',
      {
        filters: {
          relations: ['OPPOSES', 'SUPPORTS'],
          kinds: ['Person'],
          document: 'a b/c',
          from: '2021-01-01',
          to: '2021-12-31',
          limit: 300,
          rollUp: true,
          blocs: 'shared',
        },
        selection: { type: 'node', id: 'sergei-lavrov' },
        expanded: ['CHN', 'RUS'],
      },
    ],
    [
      'no relation ticked',
      { filters: { ...firstViewFilters(), relations: [] }, selection: null, expanded: [] },
    ],
    [
      'an edge and a query with parameters',
      {
        filters: firstViewFilters(),
        selection: {
          type: 'edge',
          source: 'sergei-lavrov',
          relation: 'OPPOSES',
          target: 'indo-pacific-strategy',
        },
        expanded: [],
        query: 'MATCH (a {id: $id})-[r]->(b) RETURN a, r, b // & # ?',
        params: { id: 'CHN', limit: 5 },
      },
    ],
  ])('%s survives a round trip through the hash', (_name, state) => {
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('writes nothing for the first view', () => {
    expect(encodeState(emptyState())).toBe('');
  });

  it('ignores broken parameters in a hand-edited link', () => {
    const state = decodeState('#cypher=RETURN%201&params=%7Bbroken');
    expect(state.query).toBe('RETURN 1');
    expect(state.params).toBeUndefined();
  });

  it.each(['#limit=-3', '#blocs=astrology'])('ignores %s', (hash) => {
    expect(decodeState(hash).filters).toEqual(firstViewFilters());
  });
});
