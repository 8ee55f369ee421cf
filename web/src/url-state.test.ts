import { describe, expect, it } from 'vitest';
import { decodeState, emptyState, encodeState, graphQuery, type ViewState } from './url-state.ts';

describe('URL state', () => {
  it.each<[string, ViewState]>([
    ['empty', emptyState()],
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
        },
        selection: { type: 'node', id: 'sergei-lavrov' },
        expanded: ['CHN', 'RUS'],
      },
    ],
    [
      'an edge and a query with parameters',
      {
        filters: { relations: [], kinds: [] },
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

  it('ignores broken parameters in a hand-edited link', () => {
    const state = decodeState('#cypher=RETURN%201&params=%7Bbroken');
    expect(state.query).toBe('RETURN 1');
    expect(state.params).toBeUndefined();
  });

  it('ignores a limit that is not a positive whole number', () => {
    expect(decodeState('#limit=-3').filters.limit).toBeUndefined();
  });
});

describe('graphQuery', () => {
  it('repeats list parameters and leaves out what is unset', () => {
    expect(graphQuery({ relations: ['OPPOSES', 'SUPPORTS'], kinds: [], to: '2021-12-31' })).toBe(
      'relation=OPPOSES&relation=SUPPORTS&to=2021-12-31',
    );
  });
});
