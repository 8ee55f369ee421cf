import { describe, expect, test } from 'vitest';
import { csvItems, type CsvSource } from './csv.ts';
import type { InputItem } from './types.ts';

const SOURCE: CsvSource = { origin: 'export.csv', id: 'export', delimiter: ',' };

async function* chunked(text: string | Buffer, size = 7): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield await Promise.resolve(bytes.subarray(i, i + size));
}

async function read(
  text: string | Buffer,
  source: Partial<CsvSource> = {},
  max = 1_000_000,
): Promise<string[]> {
  const items: string[] = [];
  for await (const item of csvItems(chunked(text), { ...SOURCE, ...source }, max))
    items.push(describeItem(item));
  return items;
}

/** One line per item: a document's origin, id and fields, or a problem with its place. */
function describeItem(item: InputItem): string {
  if (item.kind === 'document') {
    const { origin, id, text, ...rest } = item.doc;
    return `${origin} ${id} ${JSON.stringify(rest)} ${JSON.stringify(text)}`;
  }
  return `${item.kind} ${item.origin}${item.kind === 'error' && item.line ? `:${item.line}` : ''}: ${item.message}`;
}

const EXPORT = [
  'id,Title,Date,URL,Text,Source',
  'a1,"Talks, in Moscow",2020-09-11,https://example.org/a1,"China supports the BRI.',
  '',
  'Russia says ""no"" to sanctions.",MFA',
  'a2,Second,"September 12, 2020",,India welcomes the talks.,PIB',
].join('\r\n');

describe('csvItems', () => {
  test('reads the default columns, quoted multi-line cells and escaped quotes; rows start where they start', async () => {
    expect(await read(EXPORT)).toEqual([
      'export.csv:2 a1 {"title":"Talks, in Moscow","date":"2020-09-11","url":"https://example.org/a1"} "China supports the BRI.\\n\\nRussia says \\"no\\" to sanctions."',
      'export.csv:5 a2 {"title":"Second","date":"2020-09-12"} "India welcomes the talks."',
    ]);
  });

  test('columns named by options; without an id column, ids are the file id and the row number', async () => {
    const csv = 'headline,body,when\nOne,Japan supports the Quad.,2021-03-12\nTwo,NATO opposes it.,\n';
    expect(await read(csv, { columns: { text: 'Body', title: 'headline', date: 'WHEN' } })).toEqual([
      'export.csv:2 export/1 {"title":"One","date":"2021-03-12"} "Japan supports the Quad."',
      'export.csv:3 export/2 {"title":"Two"} "NATO opposes it."',
    ]);
  });

  test('TSV, with a byte order mark', async () => {
    const tsv = '\ufefftext\ttitle\nChina supports the BRI.\tT\n';
    expect(await read(tsv, { delimiter: '\t' })).toEqual([
      'export.csv:2 export/1 {"title":"T"} "China supports the BRI."',
    ]);
  });

  test('reports each broken row with its line and row, and reads the rows after it', async () => {
    const csv = Buffer.concat([
      Buffer.from('text,date,id\nGood one.,2020-01-01,g1\n,2020-01-02,empty\nBad date.,31/12/2020,d\n'),
      Buffer.from([0x4c, 0x61, 0x74, 0x69, 0x6e, 0xe9, 0x2c, 0x2c, 0x6c, 0x0a]),
      Buffer.from('only-one-field\n"x"y",2020-01-03,q\nGood two.,,g2\n'),
    ]);
    expect(await read(csv)).toEqual([
      'export.csv:2 g1 {"date":"2020-01-01"} "Good one."',
      'error export.csv:3: row 2: the text is empty',
      'error export.csv:4: row 3: date "31/12/2020" is not a date; use YYYY-MM-DD',
      'error export.csv:5: row 4: text: invalid UTF-8 at byte 5; save it as UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)',
      'export.csv:6 export/5 {} "only-one-field"',
      'export.csv:7 q {"date":"2020-01-03"} "\\"x\\"y\\""',
      'export.csv:8 g2 {} "Good two."',
    ]);
  });

  test('a row past the size limit (a quote left open) is reported, and the rows before it go in', async () => {
    const csv = `text\nShort one.\n"${'long '.repeat(100)}\nShort two.\n`;
    expect(await read(csv, {}, 100)).toEqual([
      'export.csv:2 export/1 {} "Short one."',
      'error export.csv:3: a row is larger than 0.0001 MB (a quote left open?); the rest of the file is not read',
    ]);
  });

  // prettier-ignore
  test.each([
    ['an empty file', '', ['error export.csv: is empty; no header row and no rows to read']],
    ['a header alone', 'text,title\n', ['error export.csv: has a header row but no rows; nothing to read']],
    ['no text column', 'a,b\n1,2\n', ['error export.csv: has no text column; name it with --text-column (its columns: a, b)']],
    ['a named column that is missing', 'text,b\n1,2\n', ['error export.csv: has no column "Headline" (--title-column); its columns: text, b']],
    ['binary data', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), ['error export.csv: looks binary (it contains NUL bytes); is its extension the right one?']],
  ])('reports %s', async (name, csv, expected) => {
    const columns = name === 'a named column that is missing' ? { title: 'Headline' } : {};
    expect(await read(csv, { columns })).toEqual(expected);
  });
});
