import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { bindParams, loadSavedQueries, parseSavedQuery } from './queries.ts';

const header = (params: string, extra = ''): string =>
  `// Title: T\n// Answers: A\n//   and more\n// Params: ${params}\n${extra}MATCH (n) RETURN n;\n`;

describe('parseSavedQuery', () => {
  it.each([
    ['no parameters', header('none'), []],
    [
      'one parameter',
      header('$id (string) the id, e.g. CHN'),
      [{ name: 'id', type: 'string', description: 'the id, e.g. CHN' }],
    ],
    [
      'several parameters, a default, a continued line',
      header('$id (string) the id; $limit (integer, default 25)\n//   how many'),
      [
        { name: 'id', type: 'string', description: 'the id' },
        { name: 'limit', type: 'integer', default: 25, description: 'how many' },
      ],
    ],
    [
      'a semicolon inside a description',
      header('$q (string) a; b'),
      [{ name: 'q', type: 'string', description: 'a; b' }],
    ],
  ])('reads %s', (_case, text, params) => {
    expect(parseSavedQuery('q', text).params).toEqual(params);
  });

  it('reads title, answers (continued), example and the statement without header or semicolon', () => {
    const query = parseSavedQuery('q', header('none', '// Example: {"id": "CHN"}\n'));
    expect(query).toMatchObject({ name: 'q', title: 'T', answers: 'A and more', example: { id: 'CHN' } });
    expect(query.cypher).toBe('MATCH (n) RETURN n');
  });

  it.each([
    ['no title', '// Answers: A\n// Params: none\nRETURN 1', /no "\/\/ Title:" line/],
    ['no params line', '// Title: T\n// Answers: A\nRETURN 1', /no "\/\/ Params:" line/],
    ['an unknown type', header('$id (text) x'), /type text, not one of/],
    ['an unreadable parameter', header('id (string) x'), /cannot read the parameter/],
    ['a bad default', header('$n (integer, default many) x'), /\$n must be an integer/],
    ['an example that is not an object', header('none', '// Example: [1]\n'), /Example is not a JSON object/],
    ['no statement', '// Title: T\n// Answers: A\n// Params: none\n', /no statement/],
  ])('refuses %s', (_case, text, message) => {
    expect(() => parseSavedQuery('q', text)).toThrow(message);
  });
});

describe('the saved queries in cypher/queries', () => {
  const queries = loadSavedQueries();
  it('include the questions the project promises', () => {
    expect(queries.map((q) => q.name)).toEqual(
      expect.arrayContaining([
        'supporters',
        'opponents',
        'proposers',
        'positions-of',
        'evidence',
        'allies',
        'adversaries',
        'contested',
        'principal-positions',
        'positions-over-time',
      ]),
    );
  });
  it.each(queries.map((q) => [q.name, q] as const))(
    '%s: its example binds every parameter it declares',
    (_name, query) => {
      expect(() => bindParams(query, query.example)).not.toThrow();
      for (const param of query.params) expect(query.cypher).toContain(`$${param.name}`);
    },
  );
});

describe('bindParams', () => {
  const query = parseSavedQuery(
    'q',
    header('$id (string) x; $limit (integer, default 25) y; $min (float) z; $all (boolean) w'),
  );
  it.each([
    [
      'converts strings from a form',
      { id: ' CHN ', limit: '10', min: '0.5', all: 'true' },
      { id: 'CHN', limit: neo4j.int(10), min: 0.5, all: true },
    ],
    [
      'fills in defaults',
      { id: 'CHN', min: 1, all: false },
      { id: 'CHN', limit: neo4j.int(25), min: 1, all: false },
    ],
  ])('%s', (_case, values, expected) => {
    expect(bindParams(query, values)).toEqual(expected);
  });
  it.each([
    ['a missing parameter', { limit: 1, min: 1, all: true }, /missing \$id \(string\): x/],
    ['a non-integer', { id: 'x', limit: '1.5', min: 1, all: true }, /\$limit must be an integer/],
    ['a non-boolean', { id: 'x', min: 1, all: 'yes' }, /\$all must be a boolean/],
  ])('refuses %s', (_case, values, message) => {
    expect(() => bindParams(query, values)).toThrow(message);
  });
});
