// samples/ holds one file of each input shape, and every one of them reads without a problem.
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readInputs, type InputItem } from './index.ts';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));

describe('samples/', () => {
  test('has a file of each shape, and each reads into documents without an error', async () => {
    const items: InputItem[] = [];
    for await (const item of readInputs([SAMPLES])) items.push(item);
    expect(items.filter((item) => item.kind === 'error')).toEqual([]);
    const kinds = new Set(
      items.flatMap((item) =>
        item.kind === 'document' ? [extname(item.doc.origin.split(/[: ]/)[0] ?? '')] : [],
      ),
    );
    expect([...kinds].sort()).toEqual(['.csv', '.html', '.jsonl', '.pdf', '.rss', '.txt']);
    expect(items.filter((item) => item.kind === 'skipped').map((item) => item.origin)).toEqual([
      expect.stringMatching(/SOURCES$/),
    ]);
  });
});
