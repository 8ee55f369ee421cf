import { describe, expect, it } from 'vitest';
import { actorLinks, findBlocs } from './blocs.ts';
import { graphOfLines } from './testing.ts';

const KINDS = { trade: 'Concept', sanctions: 'Concept', corridor: 'Initiative' };

/** Two camps: A, B, C support each other and sanctions; X, Y, Z likewise, and oppose the other camp. */
const TWO_CAMPS = [
  'A SUPPORTS B',
  'B SUPPORTS C',
  'C SUPPORTS A',
  'A SUPPORTS sanctions',
  'B SUPPORTS sanctions',
  'X SUPPORTS Y',
  'Y SUPPORTS Z',
  'Z SUPPORTS X',
  'X OPPOSES sanctions',
  'Z OPPOSES sanctions',
  'A OPPOSES X',
  'Y OPPOSES B',
  'C PROPOSES corridor',
  'Y PROPOSES corridor',
];

const blocOf = (method: 'stances' | 'shared', lines: string[]) => {
  const { blocs } = findBlocs(graphOfLines(lines, KINDS), method, 'principal');
  return blocs.map((bloc) => [...bloc.members].sort());
};

describe('actorLinks', () => {
  const graph = graphOfLines(['A SUPPORTS t', 'B SUPPORTS t', 'C OPPOSES t', 'A OPPOSES B'], {
    t: 'Concept',
  });
  it.each<['stances' | 'shared', Record<string, number>]>([
    ['stances', { 'A B': 0, 'A C': -1, 'B C': -1 }],
    ['shared', { 'A B': 1 }],
  ])('%s', (method, expected) => {
    const links = Object.fromEntries(
      [...actorLinks(graph, method, 'principal')].map(([key, weight]) => [
        key.replace('\u0000', ' '),
        weight,
      ]),
    );
    expect(links).toEqual(expected);
  });
});

describe('findBlocs', () => {
  it('splits two camps that support within and oppose across', () => {
    expect(blocOf('stances', TWO_CAMPS)).toEqual([
      ['A', 'B', 'C'],
      ['X', 'Y', 'Z'],
    ]);
  });

  it('groups actors by the positions they share', () => {
    expect(
      blocOf('shared', ['A SUPPORTS trade', 'B SUPPORTS trade', 'X OPPOSES trade', 'Y OPPOSES trade']),
    ).toEqual([
      ['A', 'B'],
      ['X', 'Y'],
    ]);
  });

  it('leaves out statements outside the filters and actors alone', () => {
    const graph = graphOfLines(TWO_CAMPS, KINDS);
    graph.updateEachEdgeAttributes((_edge, attributes) => ({ ...attributes, weight: 0 }));
    expect(findBlocs(graph, 'stances', 'principal').blocs).toEqual([]);
  });

  it('keeps the colour of a bloc whose members mostly stay', () => {
    const graph = graphOfLines(TWO_CAMPS, KINDS);
    const first = findBlocs(graph, 'stances', 'principal');
    const swapped = { ...first, blocs: first.blocs.map((bloc, i) => ({ ...bloc, color: `colour-${i}` })) };
    const again = findBlocs(graph, 'stances', 'principal', swapped);
    expect(again.blocs.map((bloc) => bloc.color)).toEqual(['colour-0', 'colour-1']);
  });
});
