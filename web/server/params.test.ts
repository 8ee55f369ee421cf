import { describe, expect, it } from 'vitest';
import { BadRequest, DEFAULT_GRAPH_LIMIT, RELATIONS, graphFilters, list } from './params.ts';

describe('graphFilters', () => {
  it.each([
    [{}, { relations: [...RELATIONS], limit: DEFAULT_GRAPH_LIMIT }],
    [{ relation: 'opposes,SUPPORTS' }, { relations: ['OPPOSES', 'SUPPORTS'], limit: DEFAULT_GRAPH_LIMIT }],
    [{ relation: ['OPPOSES', 'OPPOSES'] }, { relations: ['OPPOSES'], limit: DEFAULT_GRAPH_LIMIT }],
    [
      { kind: 'person,country' },
      { relations: [...RELATIONS], kinds: ['Person', 'Country'], limit: DEFAULT_GRAPH_LIMIT },
    ],
    [
      { document: 'a/b', limit: '50' },
      { relations: [...RELATIONS], document: 'a/b', limit: 50 },
    ],
    [
      { from: '2021-01-01', to: '2021-06' },
      { relations: [...RELATIONS], from: '2021-01-01', to: '2021-06\uffff', limit: DEFAULT_GRAPH_LIMIT },
    ],
  ])('%j', (query, expected) => {
    expect(graphFilters(query)).toEqual(expected);
  });

  it.each([
    [{ relation: 'LIKES' }, /relation must be one of/],
    [{ kind: 'Planet' }, /kind must be one of/],
    [{ limit: '0' }, /limit must be a whole number/],
    [{ limit: 'ten' }, /limit must be a whole number/],
    [{ from: '11/03/2021' }, /from must be a date/],
    [{ from: '2022-13-45' }, /from must be a date .*no month 13/],
    [{ to: '2022-02-30' }, /to must be a date .*February 2022 has 28 days/],
    [{ to: '2022-00' }, /to must be a date .*no month 0/],
  ])('refuses %j', (query, message) => {
    expect(() => graphFilters(query)).toThrow(BadRequest);
    expect(() => graphFilters(query)).toThrow(message);
  });
});

describe('list', () => {
  it.each([
    [{ a: undefined }, []],
    [{ a: 'x' }, ['x']],
    [{ a: 'x, y,,' }, ['x', 'y']],
    [{ a: ['x', 'y,z'] }, ['x', 'y', 'z']],
  ])('%j', (query, expected) => {
    expect(list(query, 'a')).toEqual(expected);
  });
});
