import { describe, expect, it } from 'vitest';
import type { DocumentGraph } from '../model.ts';
import { MOSCOW, at, documentGraph } from './fixtures.ts';
import { buildRows, contentHash, rowCount, statementCount } from './rows.ts';

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
const C = documentGraph({
  id: 'c',
  entities: ['Country:CHN:China', 'Person:wang-yi:Wang Yi'],
  links: ['wang-yi REPRESENTS CHN'],
});
const rows = buildRows([A, B, C], ['hash-a', 'hash-b', 'hash-c']);
const documents = rows.documents.map((d) => d.properties);
const statements = rows.statements.flatMap((g) => g.statements);

describe('buildRows', () => {
  it.each([
    ['one document row per document', documents.map((d) => d.id), ['a', 'b', 'c']],
    ['the hash given for each document', documents.map((d) => d.contentHash), ['hash-a', 'hash-b', 'hash-c']],
    ['missing metadata as null, not undefined', [documents[1]?.date, documents[1]?.url], [null, null]],
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
      rows.documents.map((d) => d.entityIds),
      [
        ['CHN', 'bri', 'wang-yi'],
        ['CHN', 'wang-yi', 'lavrov'],
        ['CHN', 'wang-yi'],
      ],
    ],
    [
      'the mention count of the graph',
      rows.documents.map((d) => d.counts),
      [
        [1, 2, 3],
        [1, 2, 3],
        [1, 2],
      ],
    ],
    [
      'the names this document uses on its mention',
      rows.documents[1]?.aliases[0],
      ['People’s Republic', 'PRC', 'Beijing'],
    ],
    [
      'a statement per distinct claim id',
      statements.map((s) => s.statementId),
      ['a#0:CHN-SUPPORTS-bri', 'a#1:CHN-SUPPORTS-bri', 'a#2:CHN-PROPOSES-bri'],
    ],
    [
      'the speaker, or the source when nobody is named',
      statements.map((s) => s.speakerId),
      ['wang-yi', 'CHN', 'CHN'],
    ],
    [
      'statements grouped by document, with its id and date',
      rows.statements.map((g) => [g.documentId, g.date, g.statements.length]),
      [['a', '2021-03-10', 3]],
    ],
    ['statements counted', statementCount(rows), 3],
    ['the sentence as quote', statements[0]?.quote, 'Sentence 0 of a.'],
    [
      'one structural row per relation and pair across the batch, with the documents saying it',
      rows.links.map((l) => `${l.source} ${l.relation} ${l.target} ${l.documentIds.join(',')}`),
      ['wang-yi REPRESENTS CHN a,c', 'lavrov MEETS wang-yi b'],
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
