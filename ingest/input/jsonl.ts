// JSON Lines: one document per line, read as a stream so that a corpus never sits in memory whole.
import type { SourceDocument } from '../model.ts';
import { normalizeDate } from './date.ts';
import { binaryReason, decodeUtf8, invalidUtf8Message } from './decode.ts';
import type { InputItem } from './types.ts';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** Byte offset of the line in the input. */
  offset: number;
  /** The line without its line break, or undefined when it is longer than the limit. */
  bytes: Buffer | undefined;
  /** Input bytes the line took, with its line break. */
  size: number;
}

/** Splits a byte stream into lines without decoding it; lines past `maxLineBytes` are measured, not kept. */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes: number): AsyncGenerator<Line> {
  let pieces: Buffer[] = [];
  let length = 0;
  let number = 1;
  let offset = 0;
  const line = (size: number): Line => {
    let bytes = length > maxLineBytes ? undefined : Buffer.concat(pieces, length);
    if (bytes?.at(-1) === 13) bytes = bytes.subarray(0, -1);
    return { number, offset, bytes, size };
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start < chunk.length) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      length += end - start;
      // Pieces are collected and joined once per line: appending chunk by chunk would be quadratic.
      if (length <= maxLineBytes) pieces.push(chunk.subarray(start, end));
      else pieces = [];
      if (newline === -1) break;
      yield line(length + 1);
      offset += length + 1;
      number++;
      pieces = [];
      length = 0;
      start = newline + 1;
    }
  }
  if (length > 0) yield line(length);
}

/** The documents of a JSONL stream, and an error value for each line that is not one. */
export async function* jsonlItems(
  chunks: AsyncIterable<Buffer>,
  origin: string,
  maxLineBytes: number,
): AsyncGenerator<InputItem> {
  let sniffed = false;
  let seenContent = false;
  for await (const { number, offset, bytes, size } of splitLines(chunks, maxLineBytes)) {
    const error = (message: string): InputItem => ({
      kind: 'error',
      origin,
      line: number,
      message,
      bytes: size,
    });
    if (!sniffed && bytes !== undefined) {
      sniffed = true;
      const binary = binaryReason(bytes);
      if (binary !== undefined) {
        yield { kind: 'error', origin, message: binary, bytes: size };
        return;
      }
    }
    if (bytes === undefined) {
      yield error(`line is longer than ${maxLineBytes / 1e6} MB; split the document`);
      seenContent = true;
      continue;
    }
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      yield error(invalidUtf8Message(offset + decoded.offset));
      seenContent = true;
      continue;
    }
    if (decoded.text.trim() === '') continue;
    seenContent = true;
    const record = parseRecord(decoded.text, `${origin}:${number}`);
    yield typeof record === 'string' ? error(record) : { kind: 'document', doc: record, bytes: size };
  }
  if (!seenContent) yield { kind: 'error', origin, message: 'is empty; no JSON lines to read', bytes: 0 };
}

/** One JSONL line to a document, or a message saying what is wrong with it. */
export function parseRecord(line: string, origin: string): SourceDocument | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `invalid JSON (${(e as Error).message})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'expected a JSON object with "id" and "text"';
  }
  const record = value as Record<string, unknown>;
  const { id, text, title, date, url } = record;
  if (typeof id !== 'string' || id.trim() === '') return '"id" must be a non-empty string';
  if (typeof text !== 'string') return `"text" must be a string (document ${id})`;
  if (text.trim() === '') return `"text" is empty (document ${id})`;
  for (const [name, field] of Object.entries({ title, date, url })) {
    if (field !== undefined && field !== null && typeof field !== 'string') {
      return `"${name}" must be a string when given (document ${id})`;
    }
  }
  const isoDate = typeof date === 'string' && date !== '' ? normalizeDate(date) : undefined;
  if (typeof date === 'string' && date !== '' && isoDate === undefined) {
    return `"date" ${JSON.stringify(date)} is not a date; use YYYY-MM-DD (document ${id})`;
  }
  return {
    id,
    ...(typeof title === 'string' && title !== '' && { title }),
    ...(isoDate !== undefined && { date: isoDate }),
    ...(typeof url === 'string' && url !== '' && { url }),
    origin,
    text,
  };
}
