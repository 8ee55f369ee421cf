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
