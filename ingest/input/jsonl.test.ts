import { describe, expect, test } from 'vitest';
import { jsonlItems, parseRecord, splitLines } from './jsonl.ts';

/** Each line holds its expected part, in order (a failure shows the whole line that does not). */
function expectParts(lines: string[], parts: readonly string[]): void {
  expect(lines.map((line, i) => (line.includes(parts[i] ?? '\0') ? parts[i] : line))).toEqual(parts);
}

async function* chunked(text: string | Buffer, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield await Promise.resolve(bytes.subarray(i, i + size));
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('parseRecord', () => {
  // prettier-ignore
  test.each([
    ['minimal', '{"id":"a","text":"T"}', { id: 'a', origin: 'f:1', text: 'T' }],
    ['all fields', '{"id":"a","text":"T","title":"Ti","date":"2020-09-11","url":"u","x":1}', { id: 'a', title: 'Ti', date: '2020-09-11', url: 'u', origin: 'f:1', text: 'T' }],
    ['date in words', '{"id":"a","text":"T","date":"September 11, 2020"}', { id: 'a', date: '2020-09-11', origin: 'f:1', text: 'T' }],
    ['nulls are absent', '{"id":"a","text":"T","title":null,"date":null}', { id: 'a', origin: 'f:1', text: 'T' }],
    ['bad JSON', '{"id":"a",', /^invalid JSON \(/],
    ['not an object', '["a","T"]', /expected a JSON object/],
    ['missing id', '{"text":"T"}', /"id" must be a non-empty string/],
    ['numeric id', '{"id":7,"text":"T"}', /"id" must be a non-empty string/],
    ['missing text', '{"id":"a"}', /"text" must be a string \(document a\)/],
    ['empty text', '{"id":"a","text":"  "}', /"text" is empty/],
    ['title of the wrong type', '{"id":"a","text":"T","title":3}', /"title" must be a string/],
    ['a date that is no date', '{"id":"a","text":"T","date":"soon"}', /"date" "soon" is not a date/],
  ])('%s', (_name, line, expected) => {
    const result = parseRecord(line, 'f:1');
    if (expected instanceof RegExp) expect(result).toMatch(expected);
    else expect(result).toEqual(expected);
  });
});

describe('splitLines', () => {
  test.each([1, 2, 3, 7, 1024])('gives the same lines whatever the chunk size (%i)', async (size) => {
    const lines = await collect(splitLines(chunked('ab\r\n\nc€d\nlast', size), 100));
    expect(lines.map((l) => [l.number, l.offset, l.bytes?.toString(), l.size])).toEqual([
      [1, 0, 'ab', 4],
      [2, 4, '', 1],
      [3, 5, 'c€d', 6],
      [4, 11, 'last', 4],
    ]);
  });

  test('measures a line past the limit without keeping it', async () => {
    const lines = await collect(splitLines(chunked(`${'x'.repeat(50)}\nok\n`, 8), 10));
    expect(lines.map((l) => [l.bytes?.toString(), l.size])).toEqual([
      [undefined, 51],
      ['ok', 3],
    ]);
  });
});

describe('jsonlItems', () => {
  const good = (id: string): string => JSON.stringify({ id, text: `text of ${id}` });
  // prettier-ignore
  test.each([
    ['good lines, blank lines skipped', `${good('a')}\n\n${good('b')}\n`, ['document a', 'document b']],
    ['a bad line loses nothing else', `${good('a')}\n{oops\n${good('c')}`, ['document a', 'error 2 invalid JSON', 'document c']],
    ['empty input', '', ['error - is empty']],
    ['white space only', '\n \n', ['error - is empty']],
    ['binary data', Buffer.from([0x7b, 0x00, 0x01, 0x0a, 0x00]), ['error - looks binary']],
    ['invalid UTF-8 names the byte in the file', Buffer.concat([Buffer.from(`${good('a')}\n{"id":"b","text":"`), Buffer.from([0xe9]), Buffer.from('"}\n') ]), ['document a', 'error 2 invalid UTF-8 at byte 48']],
    ['a line over the limit', `${good('a')}\n${JSON.stringify({ id: 'big', text: 'x'.repeat(300) })}\n${good('c')}`, ['document a', 'error 2 line is longer than', 'document c']],
  ])('%s', async (_name, input, expected) => {
    const items = await collect(jsonlItems(chunked(input, 16), 'in.jsonl', 200));
    const described = items.map((item) =>
      item.kind === 'document'
        ? `document ${item.doc.id}`
        : item.kind === 'error'
          ? `error ${item.line ?? '-'} ${item.message}`
          : item.kind,
    );
    expectParts(described, expected);
  });

  test('counts every input byte once, for progress', async () => {
    const input = `${good('a')}\n{oops\n${good('c')}`;
    const items = await collect(jsonlItems(chunked(input, 5), 'in.jsonl', 200));
    expect(items.reduce((sum, item) => sum + (item.kind === 'skipped' ? 0 : item.bytes), 0)).toBe(
      input.length,
    );
  });
});
