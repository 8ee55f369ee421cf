// The readers: command-line arguments in, a stream of documents and problems out, in input order.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { charsetOf } from './charset.ts';
import { FETCH_LIMITS, fetchUrl, type FetchLimits } from './fetch.ts';
import { readContent, type FormatOptions } from './formats.ts';
import { urlDocumentId } from './id.ts';
import { fsMessage, planInputs, type FileSource, type InputPlan, type InputSource } from './plan.ts';
import { fetchedFormat, SNIFF_HEAD_BYTES, sniffFormat } from './sniff.ts';
import type { InputFormat, InputItem } from './types.ts';

export { planInputs, type InputPlan, type InputSource } from './plan.ts';
export {
  describeProblem,
  type InputDocument,
  type InputError,
  type InputItem,
  type InputSkip,
} from './types.ts';

export interface ReadOptions extends FormatOptions {
  /** What standard input holds; `auto` tells by its first bytes (JSONL, a page, a feed, a PDF, else text). */
  stdinFormat?: InputFormat | 'auto';
  /** Standard input, as a stream of chunks (tests pass their own). */
  stdin?: AsyncIterable<Buffer>;
  /** Limits of each download (time, size, redirects). */
  fetch?: Partial<FetchLimits>;
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
  switch (source.kind) {
    case 'file':
      yield* readFileSource(source, options);
      return;
    case 'stdin':
      yield* readStdin(options.stdin ?? process.stdin, options);
      return;
    case 'url':
      yield* readUrl(source.url, options);
      return;
    default:
      yield source;
  }
}

async function* readFileSource(
  { path, format, id, size }: FileSource,
  options: ReadOptions,
): AsyncGenerator<InputItem> {
  try {
    yield* readContent(format, { origin: path, id, size, chunks: () => createReadStream(path) }, options);
  } catch (e) {
    yield { kind: 'error', origin: path, message: fsMessage(e), bytes: 0 };
  }
}

async function* readStdin(stdin: AsyncIterable<Buffer>, options: ReadOptions): AsyncGenerator<InputItem> {
  const { chunks, head } = await peek(stdin);
  const wanted = options.stdinFormat ?? 'auto';
  const format = wanted === 'auto' ? (sniffFormat(head) ?? 'text') : wanted;
  yield* readContent(format, { origin: 'stdin', id: undefined, chunks: () => chunks }, options);
}

/** Fetches `url` and reads it as the format its Content-Type (or its first bytes) says. */
async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const fetched = await fetchUrl(url, { ...FETCH_LIMITS, ...options.fetch });
  if (!fetched.ok) {
    yield { kind: 'error', origin: url, message: fetched.message, bytes: 0 };
    return;
  }
  const { bytes, contentType } = fetched;
  const format = fetchedFormat(contentType, fetched.url, bytes);
  if (format === undefined) {
    const message = `is ${contentType ?? 'untyped'}, not a web page, feed, PDF, CSV or text; give the article's own address`;
    yield { kind: 'error', origin: url, message, bytes: bytes.length };
    return;
  }
  const charset = charsetOf(contentType);
  const content = {
    origin: url,
    id: urlDocumentId(url),
    url: fetched.url,
    ...(charset !== undefined && { charset }),
    size: bytes.length,
    chunks: () => Readable.from([bytes]),
  };
  yield* readContent(format, content, options);
}

/** Enough of the first bytes to tell the format, and the stream with nothing consumed. */
async function peek(stream: AsyncIterable<Buffer>): Promise<{ chunks: AsyncIterable<Buffer>; head: Buffer }> {
  const iterator = stream[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  while (size < SNIFF_HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done === true) break;
    head.push(next.value);
    size += next.value.length;
  }
  async function* chunks(): AsyncGenerator<Buffer> {
    yield* head;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { chunks: chunks(), head: Buffer.concat(head) };
}
