import { describe, expect, it } from 'vitest';
import { documentGraph } from './fixtures.ts';
import { INCOMPLETE, documentParts, type Part } from './parts.ts';
import { buildRows } from './rows.ts';

const GRAPH = documentGraph({
  id: 'long',
  entities: [
    'Country:CHN:China',
    'Country:RUS:Russia',
    'Concept:peace:peace',
    'Person:wang-yi:Wang Yi',
    'Organization:un:UN',
  ],
  claims: ['CHN SUPPORTS peace', 'RUS SUPPORTS peace', 'wang-yi OPPOSES un'],
  links: ['wang-yi REPRESENTS CHN', 'CHN MEMBER_OF un', 'RUS MEMBER_OF un'],
});

/** A part as one line: its kind and the ids or counts it carries. */
function summary(part: Part): string {
  switch (part.kind) {
    case 'document':
      return `document ${part.row.properties.contentHash} ${part.entities.map((e) => e.id).join(',')} mentions ${part.row.entityIds.join(',')}`;
    case 'mentions':
      return `mentions ${part.entities.map((e) => e.id).join(',')} mentions ${part.row.entityIds.join(',')}`;
    case 'statements':
      return `statements ${part.row.statements.map((s) => `${s.source}>${s.target}`).join(',')}`;
    case 'links':
      return `links ${part.rows.map((l) => `${l.source}>${l.target}`).join(',')}`;
    case 'complete':
      return `complete ${part.hash}`;
  }
}

describe('documentParts', () => {
  it.each([
    [
      2,
      [
        `document ${INCOMPLETE} CHN,RUS mentions CHN,RUS`,
        'mentions peace,wang-yi mentions peace,wang-yi',
        'mentions un mentions un',
        'statements CHN>peace,RUS>peace',
        'statements wang-yi>un',
        'links wang-yi>CHN,CHN>un',
        'links RUS>un',
        'complete hash',
      ],
    ],
    [
      100,
      [
        `document ${INCOMPLETE} CHN,RUS,peace,wang-yi,un mentions CHN,RUS,peace,wang-yi,un`,
        'statements CHN>peace,RUS>peace,wang-yi>un',
        'links wang-yi>CHN,CHN>un,RUS>un',
        'complete hash',
      ],
    ],
  ])('in parts of %i rows: entities with their mentions first, the real hash last', (size, expected) => {
    expect(documentParts(buildRows([GRAPH], ['hash']), size).map(summary)).toEqual(expected);
  });

  it('makes the document part even for a document that mentions nothing', () => {
    const empty = documentGraph({ id: 'empty', entities: [] });
    expect(documentParts(buildRows([empty], ['hash']), 10).map(summary)).toEqual([
      `document ${INCOMPLETE}  mentions `,
      'complete hash',
    ]);
  });

  it('refuses the rows of several documents', () => {
    const rows = buildRows([GRAPH, documentGraph({ id: 'other', entities: [] })], ['a', 'b']);
    expect(() => documentParts(rows, 10)).toThrow(/exactly one document/);
  });
});
