import { describe, expect, test } from 'vitest';
import type { InputItem } from '../input/index.ts';
import { extractAll, type ExtractedItem } from './pool.ts';

const worker = new URL('./fixtures/echo-worker.ts', import.meta.url);

function doc(id: string, text: string): InputItem {
  return { kind: 'document', doc: { id, origin: `${id}.txt`, text }, bytes: text.length };
}

async function* stream(items: InputItem[]): AsyncGenerator<InputItem> {
  for (const item of items) yield await Promise.resolve(item);
}

async function collect(items: InputItem[], window?: number, workers = 2): Promise<ExtractedItem[]> {
  const out: ExtractedItem[] = [];
  for await (const item of extractAll(stream(items), { workers, worker, ...(window && { window }) })) {
    out.push(item);
  }
  return out;
}

const summary = (item: ExtractedItem): string =>
  item.kind === 'graph' ? `${item.graph.document.id}:${item.graph.wordCount}` : `${item.kind}:${item.origin}`;

describe('extractAll', () => {
  test('keeps input order although later documents finish first', async () => {
    const items = [doc('a', 'SLOW300 one two'), doc('b', 'SLOW100 three'), doc('c', 'four')];
    expect((await collect(items)).map(summary)).toEqual(['a:3', 'b:2', 'c:1']);
  });

  test('gives a thread its documents in input order, however long each takes', async () => {
    // Piscina by default sends a task it cannot place at once to the back of its queue.
    const items = Array.from({ length: 60 }, (_, i) => doc(`d${i}`, `SLOW${(i * 7) % 5} words`));
    const given = (await collect(items, 8, 1)).map(
      (item) => item.kind === 'graph' && item.graph.sentenceCount,
    );
    // The warm-up document came first.
    expect(given).toEqual(items.map((_, i) => i + 2));
  });

  test('passes problems through in place and turns a failing extraction into an error value', async () => {
    const items: InputItem[] = [
      doc('a', 'one'),
      { kind: 'error', origin: 'bad.jsonl', line: 2, message: 'invalid JSON', bytes: 5 },
      doc('b', 'FAIL here'),
      { kind: 'skipped', origin: 'x.pdf', message: 'unknown extension' },
      doc('c', 'two words'),
    ];
    const out = await collect(items, 2);
    expect(out.map(summary)).toEqual(['a:1', 'error:bad.jsonl', 'error:b.txt', 'skipped:x.pdf', 'c:2']);
    const failed = out[2];
    expect(failed?.kind === 'error' && failed.message).toMatch(
      /extraction failed for document b: cannot extract b/,
    );
  });

  test('runs the real extraction module in workers (TypeScript loaded through tsx)', async () => {
    const items = [doc('real', 'China supports the Belt and Road Initiative.')];
    const out = [];
    for await (const item of extractAll(stream(items), { workers: 1 })) out.push(item);
    expect(out.map((item) => item.kind)).toEqual(['graph']);
  });
});
