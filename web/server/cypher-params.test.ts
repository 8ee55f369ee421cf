import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { MAX_PARAM_DEPTH, MAX_PARAM_VALUES, toNeo4jParams } from './cypher-params.ts';

/** `[[[...0...]]]` nested `depth` deep, built without recursion as an attacker's JSON would be. */
function nested(depth: number): unknown {
  let value: unknown = 0;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('toNeo4jParams', () => {
  it('turns whole numbers into Integers, deeply, and leaves the rest', () => {
    const params = toNeo4jParams({
      limit: 25,
      ratio: 0.5,
      name: 'CHN',
      ids: [1, 2],
      nested: { n: 3 },
      flag: true,
      none: null,
    });
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(params.name).toBe('CHN');
    expect((params.ids as unknown[]).every((id) => neo4j.isInt(id))).toBe(true);
    expect(neo4j.isInt((params.nested as Record<string, unknown>).n)).toBe(true);
    expect(params.flag).toBe(true);
    expect(params.none).toBeNull();
  });

  it.each([
    ['nested 200,000 deep', { deep: nested(200_000) }, /nest lists and maps more than/],
    ['nested one level too deep', { deep: nested(MAX_PARAM_DEPTH) }, /nest lists and maps more than/],
    [
      'too many values',
      { ids: Array.from({ length: MAX_PARAM_VALUES }, () => 1) },
      /more than 100000 values/,
    ],
  ])('refuses parameters %s', (_name, params, message) => {
    expect(() => toNeo4jParams(params)).toThrow(message);
  });

  it('takes parameters just within the limits', () => {
    expect(() => toNeo4jParams({ deep: nested(MAX_PARAM_DEPTH - 1) })).not.toThrow();
  });
});
