import { describe, expect, it } from 'vitest';
import { keysOf, tokenizeName } from './normalize.ts';
import { PhraseTrie } from './trie.ts';

describe('keysOf', () => {
  it.each([
    // token, its case-insensitive parts
    ['U.S.', ['us']],
    ['Côte', ['cote']],
    ['d’Ivoire', ["d'ivoire"]],
    ['&', ['and']],
    ['Guinea-Bissau', ['guinea', 'bissau']],
    ["Xi's", ['xi', "'s"]],
    ['Kremlin’s', ['kremlin', "'s"]],
    ["Workers'", ['workers']],
    ['-', []],
    ['“', []],
    ['\n\n', []],
    [',', [',']],
  ])('%s -> %j', (token, parts) => {
    expect(keysOf(token).parts.map((p) => p.ci)).toEqual(parts);
  });
});

describe('tokenizeName', () => {
  it.each([
    ['Joseph R. Biden, Jr.', ['Joseph', 'R.', 'Biden', ',', 'Jr.']],
    ['OPEC+', ['OPEC', '+']],
    ['P5+1', ['P5', '+1']],
    ['“I2U2” Group', ['“', 'I2U2', '”', 'Group']],
  ])('%s -> %j', (name, tokens) => {
    expect(tokenizeName(name)).toEqual(tokens);
  });
});

describe('PhraseTrie', () => {
  const trie = new PhraseTrie<string>();
  trie.insert('US', 'acronym');
  trie.insert('United States', 'country');
  trie.insert('United States Congress', 'body');
  trie.insert('Secretary-General', 'role');
  trie.insert("People's Republic", 'state');

  it.each([
    // tokens, value, length
    [['US'], 'acronym', 1],
    [['U.S.'], 'acronym', 1],
    [['us'], undefined, 0],
    [['Us'], undefined, 0],
    [['United', 'States', 'Congress'], 'body', 3],
    [['United', 'States', 'Senate'], 'country', 2],
    [['UNITED', 'STATES'], 'country', 2],
    [['United', 'States', "'s"], 'country', 2],
    [['United', "States'"], 'country', 2],
    [['Secretary', '-', 'General'], 'role', 3],
    [['Secretary', 'General'], 'role', 2],
    [['Secretary-General'], 'role', 1],
    [['Secretary', '-', '-', '-', 'General'], undefined, 0],
    [["People's", 'Republic'], 'state', 2],
    [['People', "'s", 'Republic'], 'state', 3],
    [['-', 'US'], undefined, 0],
  ])('%j -> %s', (tokens, value, length) => {
    const m = trie.match(tokens, 0);
    expect(m && [m.value, m.length]).toEqual(value === undefined ? undefined : [value, length]);
  });

  it('keeps the first value for a name and returns it', () => {
    expect(trie.insert('united states', 'other')).toBe('country');
  });

  it('lets the caller refuse a match and fall back to a shorter one', () => {
    const m = trie.match(['United', 'States', 'Congress'], 0, (value) => value !== 'body');
    expect(m).toEqual({ value: 'country', length: 2 });
  });

  it('finds names by any first word, whatever its case, characters or length (the start bits turn none away)', () => {
    const starts = new PhraseTrie<string>();
    const names = [
      'WHO',
      'U.S. Navy',
      '5G Alliance',
      'X',
      'Côte d’Ivoire',
      'Supercalifragilisticexpialidocious Union',
    ];
    for (const name of names) starts.insert(name, name);
    for (const name of names) expect(starts.match(tokenizeName(name), 0)?.value).toBe(name);
    expect(starts.match(['US', 'Navy'], 0)?.value).toBe('U.S. Navy');
    expect(starts.match(['Cote', "d'Ivoire"], 0)?.value).toBe('Côte d’Ivoire');
    expect(starts.match(['who'], 0)).toBeUndefined();
  });

  it('refuses a name without a word', () => {
    expect(() => trie.insert('-', 'nothing')).toThrow(/no word/);
  });
});
