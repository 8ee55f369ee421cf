import { describe, expect, it } from 'vitest';
import { movement } from './layout.ts';

describe('movement', () => {
  it.each([
    ['nothing moved', [0, 0, 10, 0], [0, 0, 10, 0], 0],
    ['one node of two moved a tenth of the extent', [0, 0, 10, 0], [0, 0, 10, 1], 0.05],
    ['the graph changed size', [0, 0], [0, 0, 1, 1], 1],
    ['no nodes', [], [], 1],
  ])('%s', (_name, before, after, expected) => {
    expect(movement(Float64Array.from(before), Float64Array.from(after))).toBeCloseTo(expected, 5);
  });
});
