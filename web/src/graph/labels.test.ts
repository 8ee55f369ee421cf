import { describe, expect, it } from 'vitest';
import { labelsToHide, type LabelCandidate } from './labels.ts';

const node = (key: string, x: number, y: number, priority: number, width = 80): LabelCandidate => ({
  key,
  x,
  y,
  radius: 10,
  width,
  priority,
});

describe('labelsToHide', () => {
  it.each<[string, LabelCandidate[], string[]]>([
    ['apart', [node('a', 0, 0, 2), node('b', 0, 100, 1)], []],
    ['the smaller of two on one line', [node('a', 0, 0, 2), node('b', 40, 4, 1)], ['b']],
    ['a label over a larger node', [node('big', 60, 0, 5, 10), node('small', 0, 0, 1)], ['small']],
    ['a larger label over a smaller node', [node('big', 0, 0, 5), node('small', 60, 0, 1, 10)], ['small']],
    [
      'chooses by priority, not by order',
      [node('b', 40, 4, 1), node('a', 0, 0, 2), node('c', 0, 200, 0)],
      ['b'],
    ],
  ])('%s', (_name, candidates, hidden) => {
    expect([...labelsToHide(candidates, 16)].sort()).toEqual(hidden);
  });
});
