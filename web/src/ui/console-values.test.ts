import { describe, expect, it } from 'vitest';
import { parameterNames, parseParamValue, shortValue } from './console-values.ts';

describe('parameterNames', () => {
  it.each([
    ['MATCH (n {id: $id}) RETURN n LIMIT $limit', ['id', 'limit']],
    ['RETURN $a, $a, $b', ['a', 'b']],
    ['RETURN \'$notParam\' AS s, "$neither" // $comment', []],
    ['/* $x */ RETURN $y', ['y']],
  ])('%j -> %j', (query, names) => {
    expect(parameterNames(query)).toEqual(names);
  });
});

describe('parseParamValue', () => {
  it.each([
    ['25', 'integer', 25],
    ['2.5', 'float', 2.5],
    ['', 'integer', null],
    ['true', 'boolean', true],
    ['42', 'string', '42'],
    ['42', undefined, 42],
    ['false', undefined, false],
    ['CHN', undefined, 'CHN'],
  ] as const)('%j as %s -> %j', (text, type, value) => {
    expect(parseParamValue(text, type)).toEqual(value);
  });
});

describe('shortValue', () => {
  const node = { elementId: 'n1', labels: ['Entity', 'Person'], properties: { name: 'Sergei Lavrov' } };
  const rel = { elementId: 'r1', type: 'OPPOSES', start: 'n1', end: 'n2', properties: { quote: 'No.' } };
  it.each([
    [null, 'null'],
    ['text', 'text'],
    [3, '3'],
    [node, '(:Entity:Person Sergei Lavrov)'],
    [rel, '[:OPPOSES “No.”]'],
    [[node, 1], '[(:Entity:Person Sergei Lavrov), 1]'],
    [
      { nodes: [node, node], relationships: [rel] },
      'path of 1 relationship: (:Entity:Person Sergei Lavrov) → (:Entity:Person Sergei Lavrov)',
    ],
    [{ a: 1 }, '{"a":1}'],
    [Array.from({ length: 14 }, (_, i) => i), '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, … 2 more]'],
  ])('%j', (value, text) => {
    expect(shortValue(value)).toBe(text);
  });
});
