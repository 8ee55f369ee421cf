// The bench's reference pass: wink-nlp alone (tokenise, split sentences, tag) over what extraction reads
// of a document, a headline given apart from the text and the text, read as extraction reads them (each
// text as a new instance would: see ingest/extract/wink.ts).
import { WINK_PIPE } from '../ingest/extract/sentences.ts';
import { freshReader, type TextReader } from '../ingest/extract/wink.ts';
import type { SourceDocument } from '../ingest/model.ts';
import { headlineOf } from '../ingest/pipeline.ts';

export const bareReader = (): TextReader => freshReader(WINK_PIPE);

/** The bare pass over one document: the number of tokens read. */
export function bareRead(reader: TextReader, doc: SourceDocument): number {
  const headline = headlineOf(doc);
  const read = (text: string): number => reader.readDoc(text).tokens().out(reader.its.pos).length;
  return (headline === undefined ? 0 : read(headline)) + read(doc.text);
}
