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
    [
      'a quotation after a colon: the subject of the clause before it speaks',
      'Bruno Parrilla, the foreign minister of Cuba, responded via Twitter: "I reject the measure."',
      [
        'Bruno Parrilla',
        'Bruno Parrilla, the foreign minister of Cuba, responded via Twitter: "I reject the measure."',
      ],
    ],
    [
      'a quotation after a comma and a verb',
      'Senator Lindsey Graham spoke on Fox News, "This is a big mistake."',
      ['Senator Lindsey Graham', 'Senator Lindsey Graham spoke on Fox News, "This is a big mistake."'],
    ],
    [
      'according to a message by X: X speaks',
      '"The airline transports weapons," according to a tweet on Monday by Secretary of State Mike Pompeo.',
      ['Secretary of State Mike Pompeo', '"The airline transports weapons,"'],
    ],
    [
      'according to a statement released by X',
      "According to a statement released by Erdogan's office, the aim is to neutralise the threat.",
      ['Erdogan', 'the aim is to neutralise the threat.'],
    ],
    [
      'a quotation ends after a comma: no new one opens there',
      '"Russia transports weapons," according to a report.',
      [undefined, '"Russia transports weapons," according to a report.'],
    ],
    [
      'a quoted phrase after a comma is no speech',
      'Russia attacked Ukraine, "a war crime," the report found.',
      [undefined, 'Russia attacked Ukraine, "a war crime," the report found.'],
    ],
    [
      'a quoted name in apposition is no speech',
      'Russia, "the aggressor", attacked Ukraine.',
      [undefined, 'Russia, "the aggressor", attacked Ukraine.'],
    ],
  ])('%s', (_name, text, expected) => {
    const sentence = analyse(text).sentences[0];
    expect([sentence?.speaker, sentence?.content]).toEqual(expected);
  });
});

// One line per case: sentences, then the speaker of each (ids when the speaker was named before).
describe('quotations over several sentences', () => {
  it.each([
    [
      'a quotation keeps its speaker until it closes',
      'Nikki Haley wrote on Twitter, "We must back our allies. The Kurds were instrumental. Leaving them is a mistake." Russia agreed.',
      ['Nikki Haley', 'nikki-haley', 'nikki-haley', undefined],
    ],
    [
      'curly quotes likewise',
      'Senator Lindsey Graham spoke on Fox News, “This is bad. I applaud the president.” Iran agreed.',
      ['Senator Lindsey Graham', 'lindsey-graham', undefined],
    ],
    [
      'a quotation right after a quoted one goes on in its voice; a speaker of its own wins',
      '"We support the plan," Wang Yi said. "It is good for Asia." "We agree," Lavrov said.',
      ['Wang Yi', 'wang-yi', 'Lavrov'],
    ],
    [
      'in a transcript the speaker of the turn speaks until the next label',
      'PRESIDENT BIDEN: It is great to have him here. We support Ukraine.\n\nPRESIDENT MACRON: Thank you.\n\nWe worked hard to help Ukraine.\n\nQ: Will you go?\n\nWe will see.',
      ['BIDEN', 'joe-biden', 'MACRON', 'emmanuel-macron', undefined, undefined],
    ],
    [
      'a label in capitals names a person of the document by surname; a label with a hyphen is a label',
      'Prime Minister Liz Truss met President Biden.\n\nPRESIDENT BIDEN: We support Ukraine.\n\nPRIME MINISTER TRUSS: Thank you.\n\nWe are supporting the Ukrainians.\n\nMS. JEAN-PIERRE: Hi, everyone.',
      [undefined, 'BIDEN', 'TRUSS', 'liz-truss', 'JEAN-PIERRE'],
    ],
    [
      'a quoted name opening the next sentence is no speech',
      '"We support the plan," Wang Yi said. "Operation Peace Spring" began on Wednesday.',
      ['Wang Yi', undefined],
    ],
  ])('%s', (_name, text, expected) => {
    expect(analyse(text).sentences.map((s) => s.speaker)).toEqual(expected);
  });
});
