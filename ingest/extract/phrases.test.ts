import { describe, expect, it } from 'vitest';
import { Phrases, type NounPhrase } from './phrases.ts';
import { spanText } from './names.ts';
import { sentences } from './sentences.ts';
import { analyse as analyseNames } from './testing.ts';

function analyse(text: string, named = false): Phrases {
  if (named) {
    const [sentence] = analyseNames(text).sentences;
    if (!sentence) throw new Error('no sentence');
    return new Phrases(sentence.tokens, sentence.mentions);
  }
  const [sentence] = [...sentences(text)];
  if (!sentence) throw new Error('no sentence');
  return new Phrases(sentence.tokens);
}

/** The sentence with base noun phrases in brackets and a bar where a clause starts. */
function bracketed(text: string, named = false): string {
  const p = analyse(text, named);
  const clauseStarts = new Set(p.clauses.slice(1).map((c) => c.start));
  return p.tokens
    .map((t, k) => {
      const np = p.npOf(k);
      const open = np?.start === k ? '[' : '';
      const close = np && np.end === k + 1 ? ']' : '';
      return `${clauseStarts.has(k) ? '| ' : ''}${open}${t.text}${close}`;
    })
    .join(' ');
}

const text = (p: Phrases, from: number, to: number): string => spanText(p.tokens.slice(from, to));

describe('noun phrases', () => {
  it.each([
    [
      'determiners, modifiers and a head; an owner before "\'s"',
      "The US has been encouraging allies such as Germany to restrict Mahan's operations.",
      "[The US] has been encouraging [allies] such as [Germany] to restrict [Mahan] 's [operations] .",
    ],
    [
      'an adverb after a head opens no modifier of it',
      'Turkey designated both Hamas and Hezbollah as terrorist organizations.',
      '[Turkey] designated [both Hamas] and [Hezbollah] as [terrorist organizations] .',
    ],
    [
      'an adjective after a determiner with no noun after it is the head',
      'Turkey began a military offensive in Syria.',
      '[Turkey] began [a military offensive] in [Syria] .',
    ],
    [
      'a hyphen joins words into one phrase',
      'The EU-Japan Economic Partnership Agreement was signed.',
      '[The EU - Japan Economic Partnership Agreement] was signed .',
    ],
    [
      '"those" before a participle is a pronoun, and the participle its verb',
      'The United States will target those supporting efforts to undermine Ukraine.',
      '[The United States] will target [those] supporting [efforts] to undermine [Ukraine] .',
    ],
    [
      'a participle after an adverb of degree modifies the noun after it',
      'Congress took action on much needed funding and a long awaited bill.',
      '[Congress] took [action] on [much needed funding] and [a long awaited bill] .',
    ],
    [
      'names with digits',
      'Task Force 75 and the P5 backed the resolution.',
      '[Task Force 75] and [the P5] backed [the resolution] .',
    ],
    [
      'a participle before a noun modifies it',
      "They protested a proposed change to Hong Kong's extradition law.",
      "[They] protested [a proposed change] to [Hong Kong] 's [extradition law] .",
    ],
    [
      'an adjective after the noun is no part of it',
      'They want to keep the deal operational.',
      '[They] want to keep [the deal] operational .',
    ],
    [
      'a compound with a participle',
      'The Kurdish-led Syrian Democratic Forces (SDF) announced a deal.',
      '[The Kurdish - led Syrian Democratic Forces] ( [SDF] ) announced [a deal] .',
    ],
    [
      'a singular noun after a plural one, before "to" and a verb, is a verb',
      'They will help as those nations work to defend human rights.',
      '[They] will help as [those nations] work to defend [human rights] .',
    ],
    [
      'a participle after a name starts what the name does',
      'Biden expressed his appreciation for Cambodia co-sponsoring resolutions at the United Nations.',
      '[Biden] expressed [his] [appreciation] for [Cambodia] [co-sponsoring resolutions] at [the United Nations] .',
    ],
    ['letters of every script', 'Erdoğan met Nausėda in Gdańsk.', '[Erdoğan] met [Nausėda] in [Gdańsk] .'],
  ])('%s', (_name, sentence, expected) => {
    expect(bracketed(sentence)).toBe(expected);
  });

  it.each([
    [
      'complements chain',
      'The US announced new restrictions on flights to Cuba.',
      3,
      'new restrictions on flights to Cuba',
    ],
    [
      'of and from',
      'They opposed the withdrawal of US troops from Syria.',
      2,
      'the withdrawal of US troops from Syria',
    ],
    ['no complement', 'Germany banned Mahan Air from flying.', 2, 'Mahan Air'],
  ])('extent: %s', (_name, sentence, start, expected) => {
    const p = analyse(sentence);
    const np = p.npStartingAt(start) as NounPhrase;
    expect(text(p, np.start, np.extent)).toBe(expected);
  });

  it.each([
    [
      'a list with a final "and"',
      'Iran increased cooperation with the navies of China, India, Oman, Pakistan, and Russia.',
      'China',
      ['China', 'India', 'Oman', 'Pakistan', 'Russia'],
    ],
    [
      'phrases with complements',
      'He announced an initiative for the Persian Gulf, the Gulf of Oman and the Strait of Hormuz.',
      'the Persian Gulf',
      ['the Persian Gulf', 'the Gulf of Oman', 'the Strait of Hormuz'],
    ],
    ['"as well as"', 'China as well as Russia objected.', 'China', ['China', 'Russia']],
    ['a new clause is no list', 'China objected, and Russia agreed.', 'China', ['China']],
  ])('coordination: %s', (_name, sentence, first, expected) => {
    const p = analyse(sentence);
    const np = p.nps.find((n) => text(p, n.start, n.end) === first) as NounPhrase;
    expect(p.coordinated(np).map((n) => text(p, n.start, n.extent))).toEqual(expected);
  });
});

describe('clauses', () => {
  it.each([
    [
      'a relative clause',
      'Other signatories include Germany, which has been taking a lead.',
      '[Other signatories] include [Germany] , | which has been taking [a lead] .',
    ],
    [
      'a subordinate clause',
      'Russia attacked Ukraine while China watched.',
      '[Russia] attacked [Ukraine] | while [China] watched .',
    ],
    [
      'a participle after a comma',
      'Germany banned the airline, citing security.',
      '[Germany] banned [the airline] , | citing [security] .',
    ],
    [
      '"and" before a new subject and verb',
      'China opposes NATO and Japan supports the US.',
      '[China] opposes [NATO] | and [Japan] supports [the US] .',
    ],
    [
      '"and" between two objects is no clause',
      'China opposes NATO and the US.',
      '[China] opposes [NATO] and [the US] .',
    ],
    [
      'a circumstance',
      'Russia condemned the strikes during the visit.',
      '[Russia] condemned [the strikes] | during [the visit] .',
    ],
    ['a semicolon', 'Russia objected; China agreed.', '[Russia] objected ; | [China] agreed .'],
  ])('%s', (_name, sentence, expected) => {
    expect(bracketed(sentence)).toBe(expected);
  });
});

// One line per case, with the names of the sentence as atoms of its phrases.
describe('noun phrases around names', () => {
  it.each([
    [
      'an adverb after a name opens no participle: the verb follows',
      'The United States Department of State also designated the IRGC as a terrorist organization.',
      '[The United States Department of State] also designated [the IRGC] as [a terrorist organization] .',
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(bracketed(sentence, true)).toBe(expected);
  });
});
