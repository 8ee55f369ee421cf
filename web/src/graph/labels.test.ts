import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './labels.ts';

const node = (key: string, x: number, y: number, priority: number, width = 80): LabelCandidate => ({
  key,
  x,
  y,
  radius: 10,
  width,
  priority,
});

describe('placeLabels', () => {
  it.each<[string, LabelCandidate[], Record<string, string | null>]>([
    ['apart, both on the right', [node('a', 0, 0, 2), node('b', 0, 100, 1)], { a: 'right', b: 'right' }],
    [
      'the smaller of two on one line goes below',
      [node('a', 0, 0, 2), node('b', 40, 4, 1)],
      { a: 'right', b: 'below' },
    ],
    ['or left, when that is free', [node('d', -70, 0, 2), node('b', -120, 0, 1)], { d: 'right', b: 'left' }],
    [
      'boxed in on every side, the smaller is left out',
      [node('a', 0, 0, 3), node('c', 50, 25, 2), node('d', 50, -25, 2), node('b', 50, 0, 1, 20)],
      { a: 'right', c: 'right', d: 'right', b: null },
    ],
    [
      'a label never lies over a larger node',
      [node('big', 60, 0, 5, 10), node('small', 0, 0, 1)],
      { big: 'right', small: 'left' },
    ],
    ['by priority, not by order', [node('b', 40, 4, 1), node('a', 0, 0, 2)], { a: 'right', b: 'below' }],
  ])('%s', (_name, candidates, sides) => {
    expect(Object.fromEntries(placeLabels(candidates, 16))).toEqual(sides);
  });
});
