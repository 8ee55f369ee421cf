// Text to claims: the ordered, pure steps of extraction. No I/O, no clock, no randomness.
import type { DocumentGraph, SourceDocument } from './model.ts';

/** Extracts entities, claims and links from one document. (Placeholder until the extraction steps land.) */
export function extractDocument(doc: SourceDocument): DocumentGraph {
  const { text, ...document } = doc;
  return {
    document,
    sentenceCount: 0,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    entities: [],
    mentions: {},
    claims: [],
    links: [],
  };
}
