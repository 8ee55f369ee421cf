// The readers: command-line arguments in, a stream of documents and problems out, in input order.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { jsonlItems } from './jsonl.ts';
import { fsMessage, planInputs, type FileSource, type InputPlan, type InputSource } from './plan.ts';
import { textDocument } from './text.ts';
import type { InputFormat, InputItem } from './types.ts';

export { planInputs, type InputPlan, type InputSource } from './plan.ts';
export {
  describeProblem,
  type InputDocument,
  type InputError,
  type InputItem,
  type InputSkip,
} from './types.ts';

/** One document bigger than this is refused: it would not fit the memory budget of a run. */
export const MAX_DOCUMENT_BYTES = 100_000_000;

export interface ReadOptions {
  /** What standard input holds; `auto` takes it as JSONL when it starts with `{`, else as text. */
  stdinFormat?: InputFormat | 'auto';
  /** Standard input, as a stream of chunks (tests pass their own). */
  stdin?: AsyncIterable<Buffer>;
  maxDocumentBytes?: number;
}

/** Documents and problems from the inputs named by `args` (see `planInputs`). */
export async function* readInputs(
  args: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<InputItem> {
  yield* readPlan(await planInputs(args), options);
}

/** Reads a plan's sources one after the other. Each document id is given once; repeats are errors. */
export async function* readPlan(plan: InputPlan, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const seen = new Map<string, string>();
  for (const source of plan.sources) {
    for await (const read of readSource(source, options)) {
      if (read.kind !== 'document') {
        yield read;
        continue;
      }
      const first = seen.get(read.doc.id);
      if (first === undefined) {
        seen.set(read.doc.id, read.doc.origin);
        yield read;
      } else {
        const message = `duplicate document id "${read.doc.id}" (first read from ${first}); skipped, rename one`;
        yield { kind: 'error', origin: read.doc.origin, message, bytes: read.bytes };
      }
    }
  }
}

async function* readSource(source: InputSource, options: ReadOptions): AsyncGenerator<InputItem> {
  const max = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  if (source.kind === 'file') yield* readFileSource(source, max);
  else if (source.kind === 'stdin')
    yield* readStdin(options.stdin ?? process.stdin, options.stdinFormat, max);
  else yield source;
}

async function* readFileSource(
  { path, format, id, size }: FileSource,
  max: number,
): AsyncGenerator<InputItem> {
  try {
    if (format === 'jsonl') {
      yield* jsonlItems(createReadStream(path), path, max);
    } else if (size > max) {
      yield { kind: 'error', origin: path, message: tooLarge(size, max), bytes: size };
    } else {
      yield textDocument(await readFile(path), { origin: path, id, markdown: format === 'markdown' });
    }
  } catch (e) {
    yield { kind: 'error', origin: path, message: fsMessage(e), bytes: 0 };
  }
}

async function* readStdin(
  stdin: AsyncIterable<Buffer>,
  format: InputFormat | 'auto' = 'auto',
  max: number,
): AsyncGenerator<InputItem> {
  const origin = 'stdin';
  const { chunks, firstByte } = await peekFirstByte(stdin);
  const isJsonl = format === 'jsonl' || (format === 'auto' && firstByte === 0x7b);
  if (isJsonl) {
    yield* jsonlItems(chunks, origin, max);
    return;
  }
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size <= max) parts.push(chunk);
  }
  if (size > max) yield { kind: 'error', origin, message: tooLarge(size, max), bytes: size };
  else
    yield textDocument(Buffer.concat(parts, size), {
      origin,
      id: undefined,
      markdown: format === 'markdown',
    });
}

/** The first byte that is not white space, and the stream with nothing consumed. */
async function peekFirstByte(
  stream: AsyncIterable<Buffer>,
): Promise<{ chunks: AsyncIterable<Buffer>; firstByte: number | undefined }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let firstByte: number | undefined;
  while (firstByte === undefined) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    firstByte = next.value.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { chunks: chunks(), firstByte };
}

function tooLarge(size: number, max: number): string {
  return `is ${(size / 1e6).toFixed(1)} MB, more than ${max / 1e6} MB for one document; split it`;
}
