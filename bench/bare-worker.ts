// Worker thread of the bench's reference pass: wink-nlp alone (tokenise, split sentences, tag) on one
// document, configured as extraction configures it. How this scales from one core to all is what the
// machine gives the library; the extraction cannot be expected to scale better.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { WINK_PIPE } from '../ingest/extract/sentences.ts';
import type { SourceDocument } from '../ingest/model.ts';

const nlp = winkNLP(model, WINK_PIPE);

export default function barePass(doc: SourceDocument): number {
  return nlp.readDoc(doc.text).tokens().out(nlp.its.pos).length;
}
