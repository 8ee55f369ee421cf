// Content in a known format to documents and problems: the one place that knows which reader reads which
// format, whether the bytes come from a file, standard input or a download. Line formats (JSONL, CSV,
// TSV) are streamed; the others are read whole, within a size limit.
import { csvItems, type CsvColumns } from './csv.ts';
import { feedItems } from './feed.ts';
import { htmlDocument } from './html.ts';
import { stdinDocumentId } from './id.ts';
import { jsonlItems } from './jsonl.ts';
import { pdfDocument } from './pdf.ts';
import { textDocument } from './text.ts';
import type { InputFormat, InputItem } from './types.ts';

/** One text document bigger than this is refused: it would not fit the memory budget of a run. */
const MAX_DOCUMENT_BYTES = 100_000_000;
/**
 * Pages and feeds are parsed whole into a tree many times their size (a 50 MB page takes 770 MB), PDFs
 * are held whole by pdf.js while their pages are read one by one: bigger ones are refused. Saved
 * articles, feeds and reports are far smaller.
 */
const MAX_PARSED_BYTES: Readonly<Record<'html' | 'feed' | 'pdf', number>> = {
  html: 20_000_000,
  feed: 20_000_000,
  pdf: 50_000_000,
};

/** Where the bytes of one input come from. */
export interface Content {
  /** The path, URL or `stdin`: where problems are reported. */
  origin: string;
  /** The document id for formats of one document per input; undefined: from the content (stdin). */
  id: string | undefined;
  /** The address it was fetched from (after redirects). */
  url?: string;
  /** The charset a server declared for it. */
  charset?: string;
  /** Its size, when known before reading. */
  size?: number;
  chunks: () => AsyncIterable<Buffer>;
}

export interface FormatOptions {
  maxDocumentBytes?: number;
  /** Header names of the CSV and TSV columns, when not the defaults. */
  csv?: CsvColumns;
}

/** The documents of `content` read as `format`, with an error value for each part that is not one. */
export async function* readContent(
  format: InputFormat,
  content: Content,
  options: FormatOptions = {},
): AsyncGenerator<InputItem> {
  const { origin } = content;
  const max = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  if (format === 'jsonl') {
    yield* jsonlItems(content.chunks(), origin, max);
    return;
  }
  if (format === 'csv' || format === 'tsv') {
    const delimiter = format === 'csv' ? ',' : '\t';
    const id = content.id ?? 'stdin';
    yield* csvItems(
      content.chunks(),
      { origin, id, delimiter, ...(options.csv && { columns: options.csv }) },
      max,
    );
    return;
  }
  const limit = format === 'text' || format === 'markdown' ? max : Math.min(max, MAX_PARSED_BYTES[format]);
  const bytes = await readWhole(content, limit);
  if (typeof bytes === 'number') {
    yield { kind: 'error', origin, message: tooLarge(bytes, limit), bytes };
    return;
  }
  const { url, charset } = content;
  const source = {
    origin,
    id: content.id ?? stdinDocumentId(bytes),
    ...(url && { url }),
    ...(charset && { charset }),
  };
  switch (format) {
    case 'text':
    case 'markdown':
      yield textDocument(bytes, {
        origin,
        id: content.id,
        markdown: format === 'markdown',
        ...(url && { url }),
      });
      return;
    case 'html':
      yield htmlDocument(bytes, source);
      return;
    case 'pdf':
      yield await pdfDocument(bytes, source);
      return;
    case 'feed':
      // Items have ids of their own (their links); those without get ids under the feed's.
      yield* feedItems(bytes, { ...source, id: content.id ?? 'stdin' });
  }
}

/** All the bytes, or their count when there are more than `limit` (the rest is counted, not kept). */
async function readWhole(content: Content, limit: number): Promise<Buffer | number> {
  if (content.size !== undefined && content.size > limit) return content.size;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of content.chunks()) {
    size += chunk.length;
    if (size <= limit) parts.push(chunk);
  }
  return size > limit ? size : Buffer.concat(parts, size);
}

function tooLarge(size: number, max: number): string {
  return `is ${(size / 1e6).toFixed(1)} MB, more than ${max / 1e6} MB for one document; split it`;
}
