// CSV and TSV (spreadsheets exported from news databases) to one document per row, streamed through
// csv-parse so that a file of any size never sits in memory whole. The header row names the columns:
// `text` is required, `title`, `date`, `id` and `url` are used when present, and each can be renamed
// with an option. A broken row is reported with the line it starts on; the rows after it still go in.
import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { SourceDocument } from '../model.ts';
import { normalizeDate } from './date.ts';
import { binaryReason, decodeUtf8, invalidUtf8Message } from './decode.ts';
import { LineCounter } from './line-counter.ts';
import type { InputItem } from './types.ts';

export const CSV_FIELDS = ['text', 'title', 'date', 'id', 'url'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Header names to use for each field, from the command line (`--text-column body`). */
export type CsvColumns = Partial<Record<CsvField, string>>;

/** Header names each field is found under when no option names it (compared case-insensitively). */
const DEFAULT_NAMES: Record<CsvField, readonly string[]> = {
  text: ['text', 'body', 'content'],
  title: ['title', 'headline'],
  date: ['date', 'published'],
  id: ['id'],
  url: ['url', 'link'],
};

export interface CsvSource {
  origin: string;
  /** The file's id: rows without an id column are `<file id>/<row>`. */
  id: string;
  delimiter: ',' | '\t';
  columns?: CsvColumns;
}

/** A record: its fields, the line it starts on, and the bytes it took. */
interface Row {
  fields: (Buffer | undefined)[];
  line: number;
  bytes: number;
}

/** The documents of a CSV or TSV stream, and an error for each row that is not one, in file order. */
export async function* csvItems(
  chunks: AsyncIterable<Buffer>,
  source: CsvSource,
  maxRowBytes: number,
): AsyncGenerator<InputItem> {
  const { origin } = source;
  const fileError = (message: string): InputItem => ({ kind: 'error', origin, message, bytes: 0 });
  // The parser reports broken records through a callback as it goes, ahead of the records read from it:
  // they wait here until the reading reaches their line.
  const broken: InputItem[] = [];
  const brokenBefore = (line: number): InputItem[] => {
    const count = broken.findIndex((item) => item.kind === 'error' && (item.line ?? 0) >= line);
    return broken.splice(0, count === -1 ? broken.length : count);
  };
  // Where each record starts and how many bytes it took, in the order the records come out.
  const places: Omit<Row, 'fields'>[] = [];
  const lines = new LineCounter();
  let end = 0;
  let overflow = false;
  const parser = parse({
    delimiter: source.delimiter,
    // Fields stay bytes, decoded strictly below: invalid UTF-8 is reported, never replaced.
    encoding: null,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRowBytes,
    on_record: (record, context) => {
      places.push({ line: lines.contentLine(end), bytes: context.bytes - end });
      end = context.bytes;
      return record;
    },
    on_skip: (error) => {
      // Past a row too large the parser reads no more, and each chunk it is given repeats the error.
      if (error === undefined || overflow) return undefined;
      overflow = error.code === 'CSV_MAX_RECORD_SIZE';
      const line = lines.contentLine(end);
      end = Math.max(end, (error as CsvError & { bytes?: number }).bytes ?? end);
      const message = overflow
        ? `a row is larger than ${maxRowBytes / 1e6} MB (a quote left open?); the rest of the file is not read`
        : `${error.message}; row skipped`;
      broken.push({ kind: 'error', origin, line, message, bytes: 0 });
      return undefined;
    },
  });
  Readable.from(textChunks(chunks, lines, (reason) => parser.destroy(new Error(reason)))).pipe(parser);

  let columns: Partial<Record<CsvField, number>> | undefined;
  let rows = 0;
  try {
    // With `encoding: null` the fields are bytes (the typings assume strings).
    for await (const fields of parser as AsyncIterable<(Buffer | undefined)[]>) {
      const row: Row = { fields, line: 0, bytes: 0, ...places.shift() };
      yield* brokenBefore(row.line);
      if (columns === undefined) {
        const header = row.fields.map((name) => name?.toString('utf8').trim().toLowerCase() ?? '');
        const found = findColumns(header, source.columns ?? {});
        if (typeof found === 'string') {
          yield fileError(found);
          return;
        }
        columns = found;
        continue;
      }
      rows++;
      yield rowItem(row, columns, { origin, row: rows, fileId: source.id });
    }
  } catch (e) {
    yield* broken.splice(0);
    yield fileError((e as Error).message);
    return;
  }
  yield* broken.splice(0);
  if (columns === undefined) yield fileError('is empty; no header row and no rows to read');
  else if (rows === 0) yield fileError('has a header row but no rows; nothing to read');
}

/**
 * The stream without its byte order mark (the parser would switch to decoding fields loosely), each chunk
 * counted for line numbers; refused up front when its first block is not text.
 */
async function* textChunks(
  chunks: AsyncIterable<Buffer>,
  lines: LineCounter,
  refuse: (reason: string) => void,
): AsyncGenerator<Buffer> {
  let first = true;
  for await (let chunk of chunks) {
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      const reason = binaryReason(chunk);
      if (reason !== undefined) {
        refuse(reason);
        return;
      }
    }
    lines.add(chunk);
    yield chunk;
  }
}

/** The column of each field, or a message saying which is missing. */
function findColumns(
  header: readonly string[],
  named: CsvColumns,
): Partial<Record<CsvField, number>> | string {
  const columns: Partial<Record<CsvField, number>> = {};
  const list = header.filter(Boolean).join(', ');
  for (const field of CSV_FIELDS) {
    const option = named[field];
    const names = option === undefined ? DEFAULT_NAMES[field] : [option.trim().toLowerCase()];
    const index = header.findIndex((name) => names.includes(name));
    if (index !== -1) columns[field] = index;
    else if (option !== undefined)
      return `has no column "${option}" (--${field}-column); its columns: ${list}`;
  }
  if (columns.text === undefined) {
    return `has no text column; name it with --text-column (its columns: ${list})`;
  }
  return columns;
}

interface RowPlace {
  origin: string;
  /** 1-based number of the row among the rows after the header. */
  row: number;
  fileId: string;
}

function rowItem(
  { fields: record, line, bytes }: Row,
  columns: Partial<Record<CsvField, number>>,
  place: RowPlace,
): InputItem {
  const { origin, row } = place;
  const error = (message: string): InputItem => ({
    kind: 'error',
    origin,
    line,
    message: `row ${row}: ${message}`,
    bytes,
  });
  const values: Partial<Record<CsvField, string>> = {};
  for (const field of CSV_FIELDS) {
    const index = columns[field];
    const cell = index === undefined ? undefined : record[index];
    if (cell === undefined) continue;
    const decoded = decodeUtf8(cell);
    if (!decoded.ok) return error(`${field}: ${invalidUtf8Message(decoded.offset)}`);
    const value = field === 'text' ? decoded.text.replace(/\r\n?/g, '\n') : decoded.text.trim();
    if (value !== '') values[field] = value;
  }
  if (values.text === undefined || !/\S/.test(values.text)) {
    return error(
      record.length <= (columns.text ?? 0) ? 'has no text cell (too few fields)' : 'the text is empty',
    );
  }
  const date = values.date === undefined ? undefined : normalizeDate(values.date);
  if (values.date !== undefined && date === undefined) {
    return error(`date ${JSON.stringify(values.date)} is not a date; use YYYY-MM-DD`);
  }
  const doc: SourceDocument = {
    id: values.id ?? `${place.fileId}/${row}`,
    ...(values.title !== undefined && { title: values.title }),
    ...(date !== undefined && { date }),
    ...(values.url !== undefined && { url: values.url }),
    origin: `${origin}:${line}`,
    text: values.text,
  };
  return { kind: 'document', doc, bytes };
}
