import { describe, expect, it } from 'vitest';
import { writeInBatches } from './batches.ts';

/** A write whose completion the test controls, recording the order of events. */
function controlledWrites(log: string[]) {
  const pending: (() => void)[] = [];
  const write = (batch: number[]): Promise<void> => {
    log.push(`write ${batch.join(',')}`);
    return new Promise((resolve) => pending.push(resolve));
  };
  return { write, release: () => pending.shift()?.() };
}

async function* produce(items: number[], log: string[]): AsyncGenerator<number> {
  try {
    for (const item of items) {
      log.push(`produce ${item}`);
      yield item;
      await Promise.resolve();
    }
  } finally {
    log.push('closed');
  }
}

describe('writeInBatches', () => {
  it.each([
    [
      'batches by weight, keeping items whole',
      [1, 2, 3, 4, 5],
      2,
      (n: number) => (n === 2 ? 3 : 1),
      ['1,2', '3,4', '5'],
    ],
    ['writes the remainder last', [1, 2, 3], 2, () => 1, ['1,2', '3']],
    ['writes nothing for nothing', [], 2, () => 1, []],
    ['writes an item heavier than a batch alone', [1, 2], 1, () => 5, ['1', '2']],
  ])('%s', async (_case, items, size, weight, expected) => {
    const batches: string[] = [];
    await writeInBatches(items, size, weight, (batch) => {
      batches.push(batch.join(','));
      return Promise.resolve();
    });
    expect(batches).toEqual(expected);
  });

  it('pulls the next batch from the producer while a batch is being written', async () => {
    const log: string[] = [];
    const { write, release } = controlledWrites(log);
    const done = writeInBatches(produce([1, 2, 3, 4], log), 2, () => 1, write);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual(['produce 1', 'produce 2', 'write 1,2', 'produce 3', 'produce 4']);
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    release();
    await done;
    expect(log.slice(5)).toEqual(['write 3,4', 'closed']);
  });

  it('stops pulling, closes the producer and rejects when a write fails', async () => {
    const log: string[] = [];
    const done = writeInBatches(
      produce([1, 2, 3, 4, 5, 6], log),
      2,
      () => 1,
      (batch) => {
        log.push(`write ${batch.join(',')}`);
        return Promise.reject(new Error('Neo4j went away'));
      },
    );
    await expect(done).rejects.toThrow('Neo4j went away');
    expect(log).toEqual(['produce 1', 'produce 2', 'write 1,2', 'produce 3', 'produce 4', 'closed']);
  });

  it('waits for the write in flight when the producer fails', async () => {
    const log: string[] = [];
    async function* failing(): AsyncGenerator<number> {
      yield* [1, 2];
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('extraction failed');
    }
    const done = writeInBatches(
      failing(),
      2,
      () => 1,
      async (batch) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        log.push(`wrote ${batch.join(',')}`);
      },
    );
    await expect(done).rejects.toThrow('extraction failed');
    expect(log).toEqual(['wrote 1,2']);
  });
});
