import { describe, expect, test } from 'vitest';
import { renderProgress } from './progress.ts';

describe('renderProgress', () => {
  // prettier-ignore
  test.each([
    ['total known', { documents: 1234, bytes: 25e6, totalBytes: 100e6, seconds: 10 }, 80, '[######------------------]  25%  1,234 docs  25.0/100.0 MB  2.50 MB/s  ETA 30.0s'],
    ['total unknown', { documents: 3, bytes: 1.5e6, totalBytes: undefined, seconds: 2 }, 80, '3 docs  1.5 MB  0.75 MB/s'],
    ['no ETA in the first second', { documents: 0, bytes: 0, totalBytes: 10e6, seconds: 0.5 }, 60, '[---------------------]   0%  0 docs  0.0/10.0 MB  0.00 MB/s'],
    ['a narrow terminal drops the bar', { documents: 1, bytes: 5e6, totalBytes: 10e6, seconds: 1 }, 30, ' 50%  1 docs  5.0/10.0 MB  5.0'],
    ['done', { documents: 9, bytes: 10e6, totalBytes: 10e6, seconds: 4 }, 90, '[##############################] 100%  9 docs  10.0/10.0 MB  2.50 MB/s  ETA 0.0s'],
  ])('%s', (_name, state, width, expected) => {
    const line = renderProgress(state, width);
    expect(line).toBe(expected);
    expect(line.length).toBeLessThanOrEqual(width);
  });
});
