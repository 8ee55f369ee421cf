import { describe, expect, it } from 'vitest';
import { planBatch } from './plan.ts';

describe('planBatch', () => {
  // ids:hashes of the batch, what is stored, replace?, then the expected plan
  it.each([
    ['writes new documents', 'a:1 b:2', {}, false, { write: [0, 1], remove: [], skipped: [], changed: [] }],
    [
      'skips unchanged documents',
      'a:1 b:2',
      { a: '1' },
      false,
      { write: [1], remove: [], skipped: ['a'], changed: [] },
    ],
    [
      'skips unchanged documents even with replace',
      'a:1',
      { a: '1' },
      true,
      { write: [], remove: [], skipped: ['a'], changed: [] },
    ],
    [
      'keeps a changed document without replace',
      'a:2',
      { a: '1' },
      false,
      { write: [], remove: [], skipped: ['a'], changed: ['a'] },
    ],
    [
      'replaces a changed document with replace',
      'a:2',
      { a: '1' },
      true,
      { write: [0], remove: ['a'], skipped: [], changed: [] },
    ],
    [
      'treats a document stored without hash as changed',
      'a:1',
      { a: null },
      true,
      { write: [0], remove: ['a'], skipped: [], changed: [] },
    ],
    [
      'writes again, even without replace, a document whose parts were not all written',
      'a:1',
      { a: 'incomplete' },
      false,
      { write: [0], remove: ['a'], skipped: [], changed: [] },
    ],
    [
      'writes a document repeated in the batch once',
      'a:1 a:1 a:2',
      {},
      false,
      { write: [0], remove: [], skipped: ['a', 'a'], changed: [] },
    ],
  ])('%s', (_case, batch, stored, replace, expected) => {
    const pairs = batch.split(' ').map((pair) => pair.split(':') as [string, string]);
    const plan = planBatch(
      pairs.map(([id]) => id),
      pairs.map(([, hash]) => hash),
      new Map(Object.entries(stored)),
      replace,
    );
    expect(plan).toEqual(expected);
  });
});
