import { describe, expect, it } from 'vitest';
import { lexicon } from './lexicon.ts';
import { sentences } from './sentences.ts';

/** The verb cue at the first token whose text is `word`, as "RELATION words [>required]". */
function cueAt(text: string, word: string): string {
  for (const { tokens } of sentences(text)) {
    const i = tokens.findIndex((t) => t.text === word);
    if (i < 0) continue;
    const m = lexicon.verbs.match(tokens, i);
    if (!m) return 'none';
    const words = tokens.slice(i, i + m.length).map((t) => t.text);
    return `${m.value.relation} ${words.join(' ')}${m.value.requires ? ` >${m.value.requires}` : ''}`;
  }
  throw new Error(`no token "${word}" in "${text}"`);
}

// One line per case: sentence, cue word, the verb cue found there.
describe('verb cues: converted CAMEO verbs with the hand overrides', () => {
  it.each([
    ['a converted verb', 'Iran denounced the strikes.', 'denounced', 'OPPOSES denounced'],
    [
      'a converted pattern, longest first',
      'The EU imposed sanctions on Iran.',
      'imposed',
      'OPPOSES imposed sanctions',
    ],
    ['an irregular form of a converted verb', 'Iran sought a truce.', 'sought', 'PROPOSES sought'],
    ['an override: the coder files "slam" under CRASH', 'Lavrov slammed NATO.', 'slammed', 'OPPOSES slammed'],
    ['an override: the coder misses it', 'Chile signed the treaty.', 'signed', 'SUPPORTS signed'],
    [
      'an override with a required preposition',
      'Russia will cooperate with ASEAN.',
      'cooperate',
      'SUPPORTS cooperate >with',
    ],
    ['a phrasal override', 'The US withdrew from the deal.', 'withdrew', 'OPPOSES withdrew >from'],
    ['volition proposes', 'Turkey wants a safe zone.', 'wants', 'PROPOSES wants'],
    [
      'a directive is no verb cue: its object is the addressee',
      'NATO urged Turkey to show restraint.',
      'urged',
      'none',
    ],
    ['a light verb alone is no cue', 'They took the train.', 'took', 'none'],
    [
      'a converted form never hides its lemma ("killed and ..." was a pattern)',
      'Forces killed Soleimani.',
      'killed',
      'OPPOSES killed',
    ],
  ])('%s', (_, text, word, expected) => {
    expect(cueAt(text, word)).toBe(expected);
  });
});
