import { describe, expect, it } from 'vitest';
import { edgeKey } from './model.ts';
import { principalKey, principals, rollUp } from './rollup.ts';
import { graphOfLines } from './testing.ts';

const PEOPLE = { lavrov: 'Person', putin: 'Person', wang: 'Person', ipr: 'Initiative' };

describe('rollUp', () => {
  const graph = graphOfLines(
    [
      'lavrov REPRESENTS RUS 2022-01-01 2022-02-01',
      'putin REPRESENTS RUS',
      'wang REPRESENTS CHN',
      'lavrov OPPOSES ipr 2022-03-01',
      'putin OPPOSES ipr 2022-04-01',
      'RUS OPPOSES ipr 2022-05-01',
      'wang SUPPORTS lavrov',
      'lavrov MEETS RUS',
      'CHN SUPPORTS ipr',
    ],
    PEOPLE,
  );
  rollUp(graph);
  const layer = (key: string) => graph.getEdgeAttribute(key, 'layer');

  it('names whom each person speaks for', () => {
    expect(principals(graph)).toEqual(
      new Map([
        ['lavrov', 'RUS'],
        ['putin', 'RUS'],
        ['wang', 'CHN'],
      ]),
    );
  });

  it.each([
    ['a person’s position', edgeKey('lavrov', 'OPPOSES', 'ipr'), 'direct'],
    ['a principal’s own position that people add to', edgeKey('RUS', 'OPPOSES', 'ipr'), 'direct'],
    ['a tie to whom one represents', edgeKey('lavrov', 'REPRESENTS', 'RUS'), 'direct'],
    ['a meeting within one principal', edgeKey('lavrov', 'MEETS', 'RUS'), 'direct'],
    ['a position no person takes part in', edgeKey('CHN', 'SUPPORTS', 'ipr'), 'both'],
    ['the sum at the principals’ level', principalKey('RUS', 'OPPOSES', 'ipr'), 'principal'],
    ['one person on another, as principals', principalKey('CHN', 'SUPPORTS', 'RUS'), 'principal'],
  ])('%s belongs to the %s view', (_name, key, expected) => {
    expect(layer(key)).toBe(expected);
  });

  it('sums the statements of the principal and of those who speak for it, with their documents', () => {
    const rolled = graph.getEdgeAttributes(principalKey('RUS', 'OPPOSES', 'ipr'));
    expect(rolled.count).toBe(3);
    expect(rolled.documents.map((index) => graph.getAttribute('documents')[index]?.date).sort()).toEqual([
      '2022-03-01',
      '2022-04-01',
      '2022-05-01',
    ]);
    expect(rolled.parts?.sort()).toEqual([
      edgeKey('RUS', 'OPPOSES', 'ipr'),
      edgeKey('lavrov', 'OPPOSES', 'ipr'),
      edgeKey('putin', 'OPPOSES', 'ipr'),
    ]);
  });

  it('gives the same layer when run again', () => {
    const before = graph.size;
    rollUp(graph);
    expect(graph.size).toBe(before);
  });
});
