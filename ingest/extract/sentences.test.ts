import { describe, expect, it } from 'vitest';
import { blocks, sentences } from './sentences.ts';

const split = (text: string): string[] => [...sentences(text)].map((s) => s.text);

describe('sentences', () => {
  it.each([
    ['one sentence', 'China supports the WHO.', ['China supports the WHO.']],
    ['two sentences', 'Wang met Lavrov. They talked.', ['Wang met Lavrov.', 'They talked.']],
    ['abbreviations do not end a sentence', 'The U.S. and Mr. Smith met.', ['The U.S. and Mr. Smith met.']],
    [
      'nor does one after a hyphen',
      'The Japan-U.S. alliance and the EU-U.K. deal held. They met.',
      ['The Japan-U.S. alliance and the EU-U.K. deal held.', 'They met.'],
    ],
    [
      'hard-wrapped lines join',
      'President Biden spoke\nwith President Putin.',
      ['President Biden spoke\nwith President Putin.'],
    ],
    [
      'a heading without a full stop ends at the blank line',
      'China & Russia should act\n\nAfter 70 years, ties grew.',
      ['China & Russia should act', 'After 70 years, ties grew.'],
    ],
    [
      'a dateline is not a sentence',
      'Title line\n2021-01-26\n\nBody text here.',
      ['Title line', 'Body text here.'],
    ],
    ['whitespace only gives nothing', '  \n\n \n', []],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('gives offsets that point into the text', () => {
    const text = 'Intro.\n\n  China backs the “Belt and Road Initiative,” Wang said.  Next one?';
    for (const s of sentences(text)) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it.each([
    ['a byte-order mark', '\ufeff'],
    ['an ideographic space', '\u3000'],
    ['a figure space', '\u2007'],
    ['a form feed', '\f'],
    ['a line separator', '\u2028'],
  ])('keeps offsets true after %s, which wink-nlp drops', (_name, space) => {
    const text = `Intro${space} line. The President spoke. Russia agreed.`;
    const read = [...sentences(text)];
    expect(read.map((s) => s.text)).toEqual([
      `Intro${space} line.`,
      'The President spoke.',
      'Russia agreed.',
    ]);
    for (const t of read.flatMap((s) => s.tokens)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('numbers sentences across paragraphs', () => {
    expect([...sentences('Wang spoke.\n\nLavrov agreed. They met.')].map((s) => s.index)).toEqual([0, 1, 2]);
  });

  it('cuts text without blank lines into bounded windows at sentence ends', () => {
    const text = 'Russia opposes the plan. '.repeat(4000);
    const parts = [...blocks(text)];
    expect(parts.length).toBeGreaterThan(1);
    for (const b of parts) expect(b.end - b.start).toBeLessThanOrEqual(40_000);
    expect(parts.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
  });
});

describe('tokens', () => {
  it('tags a capitalised word of another script as a proper noun', () => {
    const [first] = [...sentences('Владимир Путин and Ağrı said so.')];
    expect(first?.tokens.map((t) => t.pos).slice(0, 4)).toEqual(['PROPN', 'PROPN', 'CCONJ', 'PROPN']);
  });

  it.each([
    [
      'a possessive is always its own token',
      'The First Lady’s initiative.',
      ['The', 'First', 'Lady', '’s', 'initiative', '.'],
    ],
    ['a plain possessive too', "Russia's war.", ['Russia', "'s", 'war', '.']],
    ['a letter beyond Latin-1 stays in its word', 'Erdoğan spoke.', ['Erdoğan', 'spoke', '.']],
    ['and before a possessive', 'Nausėda’s plan', ['Nausėda', '’s', 'plan']],
    ['several in one word', 'Đặng Văn Nghĩa', ['Đặng', 'Văn', 'Nghĩa']],
    ['other scripts', 'Владимир Путин', ['Владимир', 'Путин']],
    ['Latin-1 letters were never cut', 'São Paulo', ['São', 'Paulo']],
  ])('%s', (_name, text, expected) => {
    expect([...sentences(text)].flatMap((s) => s.tokens.map((t) => t.text))).toEqual(expected);
  });

  // Every field of every token: text/pos/lemma@start, and "|" between sentences.
  const fields = (text: string): string =>
    [...sentences(text)]
      .map((s) => s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}@${t.start}`).join(' '))
      .join(' | ');
  it.each([
    ['an upper-case possessive', "RUSSIA'S WAR", "RUSSIA/NOUN/russia@0 'S/PART/'s@6 WAR/PROPN/war@9"],
    [
      "a contraction's part keeps its own lemma, a word ending in an apostrophe stays whole",
      "It's Paris' turn.",
      "It/PRON/it@0 's/AUX/be@2 Paris/PROPN/paris@5 '/PUNCT/'@10 turn/VERB/turn@12 ./PUNCT/.@16",
    ],
    [
      'a tab and a line break are no tokens',
      'Wang spoke.\tLavrov\r\nagreed.',
      'Wang/PROPN/wang@0 spoke/VERB/speak@5 ./PUNCT/.@10 | Lavrov/PROPN/lavrov@12 agreed/VERB/agree@20 ./PUNCT/.@26',
    ],
    [
      'a no-break space separates words',
      'Wang\u00a0Yi said so.',
      'Wang/PROPN/wang@0 Yi/PROPN/yi@5 said/VERB/say@8 so/ADV/so@13 ./PUNCT/.@15',
    ],
    [
      'a word beyond Latin-1 before punctuation and a possessive',
      'Şişli, Erdoğan’s aide.',
      'Şişli/PROPN/şişli@0 ,/PUNCT/,@5 Erdoğan/PROPN/erdoğan@7 ’s/PART/’s@14 aide/NOUN/aide@17 ./PUNCT/.@21',
    ],
    [
      'a hashtag',
      '#Cuba and #US2 won.',
      'Cuba/PROPN/cuba@1 and/CCONJ/and@6 US2/PROPN/us2@11 won/VERB/win@15 ./PUNCT/.@18',
    ],
    [
      'a noun after "help" and a name, before its own object, is the bare infinitive',
      'help Ukraine combat Russian aggression',
      'help/VERB/help@0 Ukraine/PROPN/ukraine@5 combat/VERB/combat@13 Russian/PROPN/russian@20 aggression/NOUN/aggression@28',
    ],
    [
      'an abbreviation after a hyphen is one word',
      'Indo-U.S. ties',
      'Indo/PROPN/indo@0 -/PUNCT/-@4 U.S./PROPN/u.s.@5 ties/NOUN/tie@10',
    ],
    [
      'a name glued to the next word of a heading',
      'President BidenAnd Prime Minister',
      'President/NOUN/president@0 Biden/PROPN/biden@10 And/ADP/and@15 Prime/PROPN/prime@19 Minister/PROPN/minister@25',
    ],
  ])('%s', (_name, text, expected) => {
    expect(fields(text)).toBe(expected);
  });
});
