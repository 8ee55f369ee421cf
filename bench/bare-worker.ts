// Worker thread of the bench's reference pass: wink-nlp alone (tokenise, split sentences, tag) on one
// document, configured and read as extraction reads it (each text as a new instance would: see
// ingest/extract/wink.ts). How this scales from one core to all is what the machine gives the library;
// the extraction cannot be expected to scale better.
import { WINK_PIPE } from '../ingest/extract/sentences.ts';
import { freshReader } from '../ingest/extract/wink.ts';
import type { SourceDocument } from '../ingest/model.ts';

const nlp = freshReader(WINK_PIPE);

export default function barePass(doc: SourceDocument): number {
  return nlp.readDoc(doc.text).tokens().out(nlp.its.pos).length;
}
