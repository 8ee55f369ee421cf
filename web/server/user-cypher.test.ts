import { describe, expect, it } from 'vitest';
import { withoutExplain } from './user-cypher.ts';

describe('withoutExplain', () => {
  it('shifts a first-line error back onto the query the user typed', () => {
    const message =
      "Invalid input 'RETURN': expected a graph pattern (line 1, column 18 (offset: 17))\n" +
      '"EXPLAIN MATCH (n RETURN n"\n' +
      '                  ^';
    expect(withoutExplain(message)).toBe(
      "Invalid input 'RETURN': expected a graph pattern (line 1, column 10 (offset: 9))\n" +
        '"MATCH (n RETURN n"\n' +
        '          ^',
    );
  });

  it('keeps the column of an error on a later line, and shifts its offset', () => {
    const message = 'Invalid input \'X\' (line 2, column 3 (offset: 30))\n"  X"\n   ^';
    expect(withoutExplain(message)).toBe('Invalid input \'X\' (line 2, column 3 (offset: 22))\n"  X"\n   ^');
  });

  it('leaves other messages alone', () => {
    expect(withoutExplain('Unknown function foo')).toBe('Unknown function foo');
  });
});
