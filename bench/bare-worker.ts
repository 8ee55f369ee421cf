// Worker thread of the bench's reference pass (bench/bare.ts) on one document. How this scales from one
// core to all is what the machine gives the library; the extraction cannot be expected to scale better.
import type { SourceDocument } from '../ingest/model.ts';
import { bareRead, bareReader } from './bare.ts';

const nlp = bareReader();

export default function barePass(doc: SourceDocument): number {
  return bareRead(nlp, doc);
}
