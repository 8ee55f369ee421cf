import { describe, expect, it } from 'vitest';
import type { DocumentGraph } from '../model.ts';
import { MOSCOW, at, documentGraph } from './fixtures.ts';
import { buildRows, contentHash, rowCount } from './rows.ts';

const A = documentGraph({
  id: 'a',
  date: '2021-03-10',
  entities: ['Country:CHN:China|Beijing', 'Initiative:bri:Belt and Road|BRI|BRI', 'Person:wang-yi:Wang Yi'],
  claims: [
    { claim: 'CHN SUPPORTS bri', speaker: 'wang-yi' },
    'CHN SUPPORTS bri',
    { claim: 'CHN PROPOSES bri' },
  ],
  links: ['wang-yi REPRESENTS CHN', 'wang-yi REPRESENTS CHN'],
});
const B = documentGraph({
  id: 'b',
  entities: ['Country:CHN:People’s Republic|PRC|Beijing', 'Person:wang-yi:Wang Yi', 'Person:lavrov:Lavrov'],
  links: ['wang-yi MEETS lavrov', 'lavrov MEETS wang-yi'],
});
const rows = buildRows([A, B], ['hash-a', 'hash-b']);

describe('buildRows', () => {
  it.each([
    ['one document row per document', rows.documents.map((d) => d.id), ['a', 'b']],
    ['the hash given for each document', rows.documents.map((d) => d.contentHash), ['hash-a', 'hash-b']],
    [
      'missing metadata as null, not undefined',
      [rows.documents[1]?.date, rows.documents[1]?.url],
      [null, null],
    ],
    [
      'one entity row per id across the batch',
      rows.entities.map((e) => e.id),
      ['CHN', 'bri', 'wang-yi', 'lavrov'],
    ],
    ['the first label as name', rows.entities[0]?.name, 'China'],
    [
      'every name united across documents, once each',
      rows.entities[0]?.aliases,
      ['China', 'Beijing', 'People’s Republic', 'PRC'],
    ],
    ['every name once within a document', rows.entities[1]?.aliases, ['Belt and Road', 'BRI']],
    [
      'a mention per document and entity',
      rows.mentions.map((m) => `${m.documentId}/${m.entityId}`),
      ['a/CHN', 'a/bri', 'a/wang-yi', 'b/CHN', 'b/wang-yi', 'b/lavrov'],
    ],
    ['the mention count of the graph', rows.mentions.map((m) => m.count), [1, 2, 3, 1, 2, 3]],
    [
      'the names this document uses on its mention',
      rows.mentions[3]?.aliases,
      ['People’s Republic', 'PRC', 'Beijing'],
    ],
    [
      'a statement per distinct claim id',
      rows.statements.map((s) => s.statementId),
      ['a#0:CHN-SUPPORTS-bri', 'a#1:CHN-SUPPORTS-bri', 'a#2:CHN-PROPOSES-bri'],
    ],
    [
      'the speaker, or the source when nobody is named',
      rows.statements.map((s) => s.speakerId),
      ['wang-yi', 'CHN', 'CHN'],
    ],
    ['the document date on each statement', rows.statements[0]?.date, '2021-03-10'],
    ['the sentence as quote', rows.statements[0]?.quote, 'Sentence 0 of a.'],
    [
      'one structural row per relation and pair in a document',
      rows.links.map((l) => `${l.source} ${l.relation} ${l.target}`),
      ['wang-yi REPRESENTS CHN', 'lavrov MEETS wang-yi'],
    ],
  ])('%s', (_case, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('counts rows per document for batch sizing', () => {
    expect(rowCount(A)).toBe(1 + 3 + 3 + 2);
  });
});

describe('buildRows refuses what the graph could not hold', () => {
  const broken = (change: (graph: DocumentGraph) => void): DocumentGraph => {
    const graph = structuredClone(MOSCOW);
    change(graph);
    return graph;
  };
  it.each([
    [
      'a claim to an unknown entity',
      broken((g) => g.claims.push({ ...at(g.claims), target: 'nobody' })),
      /refers to entity nobody/,
    ],
    [
      'a link from an unknown entity',
      broken((g) => g.links.push({ ...at(g.links), source: 'nobody' })),
      /refers to entity nobody/,
    ],
    [
      'a relation outside STANCES',
      broken((g) => Object.assign(at(g.claims), { relation: 'LIKES' })),
      /relation LIKES, not one of SUPPORTS/,
    ],
    [
      'a relation outside LINK_RELATIONS',
      broken((g) => Object.assign(at(g.links), { relation: 'KNOWS' })),
      /relation KNOWS, not one of REPRESENTS/,
    ],
    [
      'a kind outside ENTITY_KINDS',
      broken((g) => Object.assign(at(g.entities), { kind: 'Alien' })),
      /kind Alien/,
    ],
    [
      'a modality outside MODALITIES',
      broken((g) => Object.assign(at(g.claims), { modality: 'maybe' })),
      /modality maybe/,
    ],
  ])('%s', (_case, graph, message) => {
    expect(() => buildRows([graph], ['h'])).toThrow(message);
  });
});

describe('contentHash', () => {
  it.each([
    ['the same graph', structuredClone(MOSCOW), true],
    ['another quote', documentGraph({ id: 'moscow', entities: ['Country:CHN:China'] }), false],
    ['another date', { ...MOSCOW, document: { ...MOSCOW.document, date: '2020-09-12' } }, false],
  ])('tells %s apart or not', (_case, other, same) => {
    expect(contentHash(other) === contentHash(MOSCOW)).toBe(same);
  });
});
