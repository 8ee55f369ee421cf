import { describe, expect, it } from 'vitest';
import { phrases } from './lexicon.ts';
import { sentences } from './sentences.ts';

const CLASSIFIERS = phrases(['think tank', 'airline', 'state - owned']);

/** The token of a sentence whose text is `word`. */
function tokenOf(text: string, word: string) {
  for (const { tokens } of sentences(text)) {
    const token = tokens.find((t) => t.text === word);
    if (token) return token;
  }
  throw new Error(`no token "${word}" in "${text}"`);
}

// One line per case: sentence, word, whether a phrase of the set may end with it.
describe('PhraseSet.mayEndWith: the gate before phrases are looked for backwards', () => {
  it.each([
    ['The think tank Atlantic Council said so.', 'tank', true],
    ['Two think tanks said so.', 'tanks', true],
    ['The airline Mahan Air flew.', 'airline', true],
    ['The think tank Atlantic Council said so.', 'think', false],
    ['The state-owned Saudi Aramco sold oil.', 'owned', true],
    ['The company Siemens said so.', 'company', false],
  ])('%s / %s: %s', (text, word, expected) => {
    expect(CLASSIFIERS.mayEndWith(tokenOf(text, word))).toBe(expected);
  });
});
