import { describe, expect, it } from 'vitest';
import { freshReader } from './wink.ts';

const PIPE = ['sbd', 'pos'];
const TEXT = 'Because of the President’s American Rescue Plan, schools reopened. Lavrov said so.';
// wink-nlp keeps a word it has once taken whole ("President’s" here) whole ever after.
const EARLIER = 'He read the President’s, and left. It was the President’s.';

function reading(reader = freshReader(PIPE)): (text: string) => string[][] {
  return (text) => {
    const doc = reader.readDoc(text);
    const tags = doc.tokens().out(reader.its.pos);
    const words = doc.tokens().out();
    return doc
      .sentences()
      .out()
      .map((sentence) => [sentence, ...words.map((w, i) => `${w}/${tags[i] ?? ''}`)]);
  };
}

describe('freshReader', () => {
  it('reads a text the same whatever it read before', () => {
    const alone = reading()(TEXT);
    const read = reading();
    read(EARLIER);
    expect(read(TEXT)).toEqual(alone);
  });

  it('reads it the same after making a new wink-nlp instance', () => {
    const alone = reading()(TEXT);
    const read = reading(freshReader(PIPE, 5));
    for (let i = 0; i < 5; i++) read(`${EARLIER} Item ${i}x${i}q.`);
    expect(read(TEXT)).toEqual(alone);
  });
});

describe('words', () => {
  it('gives each index below shipped the same word in every instance', () => {
    const reader = freshReader(PIPE, 5);
    const first = reader.words();
    const before = first.slice(0, reader.shipped);
    for (let i = 0; i < 5; i++) reader.readDoc(`${EARLIER} Item ${i}x${i}q.`);
    const after = reader.words();
    // A new instance was made, with words of its own.
    expect(after).not.toBe(first);
    expect(after.slice(0, reader.shipped)).toEqual(before);
  });

  it('gives the word of a token by its index', () => {
    const reader = freshReader(PIPE);
    const tokens = reader.readDoc(TEXT).tokens();
    const ids = tokens.out(reader.its.uniqueId) as unknown as number[];
    expect(ids.map((id) => reader.words()[id])).toEqual(tokens.out());
  });
});
