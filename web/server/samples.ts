// First run: an empty database gets the sample articles in samples/ (the founding article, and 200 short
// 2022 statements and remarks of the White House briefing room, public domain, that name a foreign actor),
// read by the ingest's own readers and written by the store, so `npm start` shows a graph at once.
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { planInputs } from '../../ingest/input/plan.ts';
import { jsonlItems } from '../../ingest/input/jsonl.ts';
import { textDocument } from '../../ingest/input/text.ts';
import { describeProblem, type InputItem } from '../../ingest/input/types.ts';
import type { DocumentGraph, SourceDocument } from '../../ingest/model.ts';
import { extractDocument } from '../../ingest/pipeline.ts';
import { writeDocuments, type WriteResult } from '../../ingest/store/index.ts';
import { Reads } from './reads.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));
const MAX_LINE_BYTES = 16_000_000;

export async function isEmpty(driver: Driver): Promise<boolean> {
  const [row] = await new Reads(driver).rows('has-documents');
  return row?.any !== true;
}

/** Ingests `dir` (samples/ by default); problems with single inputs are reported through `warn` and skipped. */
export async function ingestSamples(
  driver: Driver,
  warn: (message: string) => void,
  dir: string = SAMPLES_DIR,
): Promise<WriteResult> {
  return writeDocuments(driver, extracted(readDocuments(dir, warn)), {
    onRefused: (_graph, message) => {
      warn(message);
    },
  });
}

async function* readDocuments(dir: string, warn: (message: string) => void): AsyncGenerator<SourceDocument> {
  const { sources } = await planInputs([dir]);
  for (const source of sources) {
    if (source.kind === 'error' || source.kind === 'skipped') {
      warn(describeProblem(source));
      continue;
    }
    if (source.kind !== 'file') continue;
    const origin = relative(process.cwd(), source.path);
    const items: AsyncIterable<InputItem> | InputItem[] =
      source.format === 'jsonl'
        ? jsonlItems(createReadStream(source.path), origin, MAX_LINE_BYTES)
        : [
            textDocument(await readFile(source.path), {
              origin,
              id: source.id,
              markdown: source.format === 'markdown',
            }),
          ];
    for await (const item of items) {
      if (item.kind === 'document') yield item.doc;
      else warn(describeProblem(item));
    }
  }
}

async function* extracted(documents: AsyncIterable<SourceDocument>): AsyncGenerator<DocumentGraph> {
  for await (const doc of documents) yield extractDocument(doc);
}
