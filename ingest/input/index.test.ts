import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makePdf } from './fixtures/pdf.ts';
import { readInputs, type InputItem, type ReadOptions } from './index.ts';

/** Each line holds its expected part, in order (a failure shows the whole line that does not). */
function expectParts(lines: string[], parts: readonly string[]): void {
  expect(lines.map((line, i) => (line.includes(parts[i] ?? '\0') ? parts[i] : line))).toEqual(parts);
}

let dir: string;

const files: Record<string, string | Buffer> = {
  'corpus/b.txt': 'Talks in Moscow\n2020-09-11\n\nChina supports the BRI.\n',
  'corpus/a.md': '---\ndate: September 10, 2020\n---\n# Talks in *Moscow*\n\nRussia **opposes** it.\n',
  'corpus/.hidden.txt': 'never read',
  'corpus/.git/x.txt': 'never read',
  'corpus/notes.docx': 'PK',
  'corpus/docs.jsonl': [
    JSON.stringify({ id: 'j1', text: 'One.', title: 'First', date: '2021-01-02', url: 'https://x.y/1' }),
    '{"id": "j2", "text": ',
    JSON.stringify({ id: 'j3', text: 'Three.' }),
  ].join('\n'),
  'corpus/sub/c d.txt': 'Crlf line one.\r\nLine two.\r\n',
  'corpus/sub/empty.txt': '',
  'corpus/sub/binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]),
  'corpus/sub/latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]),
  'corpus/sub/whitespace.md': '  \n\n<!-- only a comment -->\n',
  'single/Wang Yi & Lavrov.TXT': 'China is ready.',
  'single/unknown.docx': 'PK',
  'single/utf16.txt': Buffer.from([0xff, 0xfe, 0x41, 0x00]),
  'single/big.txt': 'x'.repeat(2000),
  'single/big.html': `<p>${'x'.repeat(2000)}</p>`,
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stancegraph-input-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function read(args: string[], options: ReadOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(args, options)) items.push(item);
  return items;
}

/** One line per item: what it is, where from (relative to the temp dir), and its id or message. */
function describeItem(item: InputItem): string {
  const rel = (origin: string): string => origin.replace(`${dir}/`, '');
  if (item.kind === 'document') return `document ${rel(item.doc.origin)} ${item.doc.id}`;
  return `${item.kind} ${rel(item.origin)}${item.kind === 'error' && item.line ? `:${item.line}` : ''} ${item.message}`;
}

async function* stdin(...chunks: string[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield await Promise.resolve(Buffer.from(chunk));
}

describe('readInputs on a folder', () => {
  test('reads in sorted order, skips hidden entries, reports each bad input in place', async () => {
    const described = (await read([join(dir, 'corpus')])).map(describeItem);
    const expected = [
      'document corpus/a.md a',
      'document corpus/b.txt b',
      'document corpus/docs.jsonl:1 j1',
      'error corpus/docs.jsonl:2 invalid JSON',
      'document corpus/docs.jsonl:3 j3',
      'skipped corpus/notes.docx unknown extension .docx; skipped',
      'error corpus/sub/binary.txt looks binary (it contains NUL bytes)',
      'document corpus/sub/c d.txt sub/c-d',
      'error corpus/sub/empty.txt is empty',
      'error corpus/sub/latin1.txt invalid UTF-8 at byte 3',
      'error corpus/sub/whitespace.md has no text',
    ];
    expectParts(described, expected);
  });

  test('keeps titles, dates and urls, and strips Markdown and CR', async () => {
    const docs = (await read([join(dir, 'corpus')])).flatMap((item) =>
      item.kind === 'document' ? [item.doc] : [],
    );
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    expect(byId.get('a')).toMatchObject({
      title: 'Talks in Moscow',
      date: '2020-09-10',
      text: 'Russia opposes it.',
    });
    expect(byId.get('b')).toMatchObject({
      title: 'Talks in Moscow',
      date: '2020-09-11',
      text: 'China supports the BRI.\n',
    });
    expect(byId.get('j1')).toMatchObject({
      title: 'First',
      date: '2021-01-02',
      url: 'https://x.y/1',
      text: 'One.',
    });
    expect(byId.get('sub/c-d')?.text).toBe('Crlf line one.\nLine two.\n');
  });

  test('gives the same ids and order on every run', async () => {
    const first = (await read([join(dir, 'corpus')])).map(describeItem);
    expect((await read([join(dir, 'corpus')])).map(describeItem)).toEqual(first);
  });
});

describe('readInputs on named inputs', () => {
  // prettier-ignore
  test.each([
    ['a single file: id from its name', ['single/Wang Yi & Lavrov.TXT'], ['document single/Wang Yi & Lavrov.TXT wang-yi-lavrov']],
    ['unknown extension given by name', ['single/unknown.docx'], ['error single/unknown.docx unknown extension .docx; give']],
    ['nonexistent path', ['nowhere.txt'], ['error nowhere.txt no such file or folder']],
    ['UTF-16 text', ['single/utf16.txt'], ['error single/utf16.txt is UTF-16 text']],
    ['same document twice', ['corpus/b.txt', 'corpus/b.txt'], ['document corpus/b.txt b', 'error corpus/b.txt duplicate document id "b"']],
    ['one bad path does not stop the others', ['nowhere', 'corpus/b.txt'], ['error nowhere no such file', 'document corpus/b.txt b']],
    ['a document over the size limit', ['single/big.txt', 'corpus/b.txt'], ['error single/big.txt is 0.0 MB, more than 0.001 MB', 'document corpus/b.txt b']],
    ['a page over the size limit, refused before it is parsed', ['single/big.html'], ['error single/big.html is 0.0 MB, more than 0.001 MB']],
  ])('%s', async (_name, args, expected) => {
    const described = (
      await read(
        args.map((a) => join(dir, a)),
        { maxDocumentBytes: 1000 },
      )
    ).map(describeItem);
    expectParts(described, expected);
  });
});

describe('readInputs on a folder of every format', () => {
  test('reads each file as its extension says, each broken one reported in place', async () => {
    const folder = join(dir, 'formats');
    const rss = (body: string): string =>
      `<rss version="2.0"><channel><title>F</title><item><link>https://x.org/i</link>${body}</item></channel></rss>`;
    const contents: Record<string, string | Buffer> = {
      'a.html': '<html><body><article><p>China supports the BRI.</p></article></body></html>',
      'b.pdf': await makePdf({ paragraphs: ['Russia opposes the plan.'] }),
      'c.rss': rss('<description>India supports it.</description>'),
      'd.csv': 'text\nJapan supports the Quad.\n',
      'e.tsv': 'id\ttext\nt1\tNATO opposes it.\n',
      'f.xml': '<svg></svg>',
      'g.pdf': await makePdf({ paragraphs: ['Scanned.'], scanned: true }),
    };
    await mkdir(folder, { recursive: true });
    for (const [name, content] of Object.entries(contents)) await writeFile(join(folder, name), content);
    const items = await read([folder]);
    expectParts(items.map(describeItem), [
      'document formats/a.html a',
      'document formats/b.pdf b',
      'document formats/c.rss item 1 x-org/i',
      'document formats/d.csv:2 d/1',
      'document formats/e.tsv:2 t1',
      'error formats/f.xml is not an RSS or Atom feed',
      'error formats/g.pdf has no text layer',
    ]);
    expect(items.flatMap((item) => (item.kind === 'document' ? [item.doc.text] : []))).toEqual([
      'China supports the BRI.',
      'Russia opposes the plan.',
      'India supports it.',
      'Japan supports the Quad.',
      'NATO opposes it.',
    ]);
  });
});

describe('readInputs on standard input', () => {
  // prettier-ignore
  test.each([
    ['text, id from a content hash', ['Title\n\nChina ', 'supports it.'], 'auto', ['document stdin stdin-']],
    ['JSONL, detected by its first brace', ['  {"id":"s1","text":"A."}\n{"id"', ':"s2","text":"B."}\n'], 'auto', ['document stdin:1 s1', 'document stdin:2 s2']],
    ['JSONL that is malformed', ['{"id":"s1"}\n'], 'auto', ['error stdin:1 "text" must be a string']],
    ['text that starts with a brace, when told', ['{not json} but text'], 'text', ['document stdin stdin-']],
    ['empty', [], 'auto', ['error stdin is empty']],
    ['a page, told by its first bytes', ['<!doctype html><html><body><p>China supports ', 'it.</p></body></html>'], 'auto', ['document stdin stdin-']],
    ['a feed, told by its first bytes', ['<?xml version="1.0"?><rss><channel><item><guid>g</guid><description>A.</description></item></channel></rss>'], 'auto', ['document stdin item 1 stdin/g']],
    ['CSV, when told', ['text\nA.\n'], 'csv', ['document stdin:2 stdin/1']],
  ] as const)('%s', async (_name, chunks, stdinFormat, expected) => {
    const described = (await read(['-'], { stdin: stdin(...chunks), stdinFormat })).map(describeItem);
    expectParts(described, expected);
  });

  test('the same text gets the same id', async () => {
    const ids = [];
    for (let run = 0; run < 2; run++) {
      const [item] = await read(['-'], { stdin: stdin('China supports the BRI.') });
      ids.push(item?.kind === 'document' ? item.doc.id : undefined);
    }
    expect(ids[0]).toMatch(/^stdin-[0-9a-f]{16}$/);
    expect(ids[1]).toBe(ids[0]);
  });

  test('stdin named twice is read once', async () => {
    const described = (await read(['-', '-'], { stdin: stdin('Text.') })).map(describeItem);
    expect(described).toEqual([
      expect.stringContaining('document stdin'),
      expect.stringContaining('error stdin given twice'),
    ]);
  });
});

describe('a 50 MB document without line breaks', () => {
  const size = 50_000_000;
  const words = (n: number): string => 'word '.repeat(n / 5);

  test.each([
    ['as a text file', 'huge.txt', (): string => words(size)],
    ['as one JSONL line', 'huge.jsonl', (): string => `{"id":"huge","text":"${words(size)}"}`],
  ])('is read whole, %s', async (_name, file, content) => {
    const path = join(dir, file);
    await writeFile(path, content());
    const items = await read([path]);
    await rm(path);
    expect(items.map((item) => item.kind)).toEqual(['document']);
    const doc = items[0]?.kind === 'document' ? items[0].doc : undefined;
    expect(doc?.id).toBe('huge');
    expect(doc?.text.length).toBe(size);
  });
});
