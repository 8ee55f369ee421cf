import { describe, expect, it } from 'vitest';
import type { Statement } from '../shared/api.ts';
import { csvCell, escapeXml, statementsCsv, toGraphML } from './exporting.ts';
import { createGraph, mergeGraphData } from './graph/model.ts';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    [null, ''],
    [42, '42'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-1', "'-1"],
  ])('%j -> %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('statementsCsv', () => {
  it('writes a header and one row per statement', () => {
    const statement: Statement = {
      statementId: 's1',
      source: { id: 'sergei-lavrov', name: 'Sergei Lavrov', kind: 'Person' },
      relation: 'OPPOSES',
      target: { id: 'indo-pacific-strategy', name: 'Indo-Pacific strategy', kind: 'Initiative' },
      quote: 'He opposes the "strategy", firmly.',
      documentId: 'doc',
      documentTitle: 'Moscow',
      date: '2020-09-11',
      url: null,
      speaker: 'Sergei Lavrov',
      modality: 'stated',
    };
    const lines = statementsCsv([statement]).split('\r\n');
    expect(lines[0]).toMatch(/^source_id,source,relation,target_id,target,quote,/);
    expect(lines[1]).toBe(
      'sergei-lavrov,Sergei Lavrov,OPPOSES,indo-pacific-strategy,Indo-Pacific strategy,"He opposes the ""strategy"", firmly.",Sergei Lavrov,stated,2020-09-11,doc,Moscow,,s1',
    );
  });
});

describe('toGraphML', () => {
  it('escapes markup in ids and labels and keeps counts as weights', () => {
    const graph = createGraph();
    mergeGraphData(graph, {
      nodes: [
        {
          id: 'a<b',
          name: '<img src=x onerror=alert(1)>',
          kind: 'Country',
          aliases: ['A & B'],
          statements: 1,
          documents: 1,
        },
        { id: 'c', name: 'C', kind: 'Concept', aliases: [], statements: 1, documents: 1 },
      ],
      edges: [{ source: 'a<b', relation: 'SUPPORTS', target: 'c', count: 3, documents: [] }],
      documents: [],
      truncated: false,
    });
    const xml = toGraphML(graph);
    expect(xml).toContain('<node id="a&lt;b">');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(xml).toContain('A &amp; B');
    expect(xml).toContain('<data key="e_weight">3</data>');
    expect(xml).not.toContain('<img');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b')).toBe('ab');
  });
});
