import { describe, expect, it } from 'vitest';
import { analyse } from './testing.ts';

// One line per case: sentence, then [speaker, what is said].
describe('attribution', () => {
  it.each([
    [
      'trailing',
      'China is ready to work with Russia, Wang Yi said.',
      ['Wang Yi', 'China is ready to work with Russia'],
    ],
    [
      'trailing with a participle',
      'Ties are strong, Wang Yi said, adding that trade grew.',
      ['Wang Yi', 'Ties are strong'],
    ],
    [
      'inverted',
      'Russia backs ASEAN, said the Russian Foreign Minister Sergei Lavrov.',
      ['the Russian Foreign Minister Sergei Lavrov', 'Russia backs ASEAN'],
    ],
    [
      'leading with "that"',
      'Lavrov said that Russia is willing to help.',
      ['Lavrov', 'Russia is willing to help.'],
    ],
    [
      'leading without "that"',
      'He said Russia holds positive opinions.',
      ['He', 'Russia holds positive opinions.'],
    ],
    ['according to', 'According to Lavrov, Russia supports the SCO.', ['Lavrov', 'Russia supports the SCO.']],
    ['nobody is quoted', 'China supports the WHO.', [undefined, 'China supports the WHO.']],
  ])('%s', (_name, text, expected) => {
    const sentence = analyse(text).sentences[0];
    expect([sentence?.speaker, sentence?.content]).toEqual(expected);
  });
});
