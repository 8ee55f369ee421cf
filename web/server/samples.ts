// First run: an empty database gets the sample articles in samples/ (the founding article, and 200 short
// 2022 statements and remarks of the White House briefing room, public domain, that name a foreign actor),
// read by the ingest's own readers and written by the store, so `npm start` shows a graph at once.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { describeProblem, readInputs } from '../../ingest/input/index.ts';
import type { DocumentGraph, SourceDocument } from '../../ingest/model.ts';
import { extractDocument } from '../../ingest/pipeline.ts';
import { writeDocuments, type WriteResult } from '../../ingest/store/index.ts';
import { Reads } from './reads.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../../samples/', import.meta.url));

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

/** The sample documents, read by the ingest's readers (every format they know); problems go to `warn`. */
async function* readDocuments(dir: string, warn: (message: string) => void): AsyncGenerator<SourceDocument> {
  // Named relative to the working folder, as `npm run ingest samples/` names them. Files of other kinds
  // (samples/SOURCES, which says where each sample comes from) are left out without a word.
  for await (const item of readInputs([relative(process.cwd(), dir) || '.'])) {
    if (item.kind === 'document') yield item.doc;
    else if (item.kind === 'error') warn(describeProblem(item));
  }
}

async function* extracted(documents: AsyncIterable<SourceDocument>): AsyncGenerator<DocumentGraph> {
  for await (const doc of documents) yield extractDocument(doc);
}
