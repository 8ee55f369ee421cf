import type { ItsFunction } from 'wink-nlp';
import { describe, expect, it } from 'vitest';
import { LemmaMemory } from './lemmas.ts';
import { freshReader } from './wink.ts';

const reader = freshReader(['sbd', 'pos']);
const lemma = reader.its.lemma as unknown as ItsFunction<string>;

/** What wink-nlp itself gives, and what the memory gives, for each text read in turn by one memory. */
function both(texts: string[]): [string[], string[]][] {
  const memory = new LemmaMemory(reader);
  return texts.map((text) => {
    const tokens = reader.readDoc(text).tokens();
    const ids = tokens.out(reader.its.uniqueId) as unknown as number[];
    const remembered = memory.of(tokens, ids, tokens.out(), tokens.out(reader.its.pos));
    return [tokens.out(lemma).map((l) => l.toLowerCase()), remembered];
  });
}

describe('LemmaMemory', () => {
  it.each([
    ['a word read again', ['Russia condemned the strikes.', 'France condemned the strikes.']],
    ['a word in two tags', ['They support Ukraine.', 'Their support matters.']],
    ['a contraction, then the same piece alone', ["We won't stop.", 'But what I wo - no.']],
    ['capitals', ['Said the minister.', 'He said so.']],
    ['a word the model does not ship with', ['The envoys met.', 'Two envoys met again.']],
  ])('gives wink-nlp’s lemmas: %s', (_, texts) => {
    for (const [wink, remembered] of both(texts)) expect(remembered).toEqual(wink);
  });
});
