// The store against the real local test Neo4j: the graph model, idempotency, replace and remove, atomicity.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../db/connection.ts';
import { BEIJING, MOSCOW, at, documentGraph } from './fixtures.ts';
import { removeDocument, writeDocuments } from './index.ts';
import { emptyDatabase, graphCounts, graphSnapshot, rows, stream } from './testing.ts';

// BEIJING as re-extracted after an edit: Wang Yi and multilateralism are gone, unilateralism is new.
const BEIJING_EDITED = documentGraph({
  id: 'beijing',
  date: '2020-10-02',
  entities: ['Country:CHN:China', 'Concept:unilateralism:unilateralism'],
  claims: ['CHN OPPOSES unilateralism'],
});

let driver: Driver;

beforeAll(async () => {
  driver = await connect();
});
beforeEach(async () => {
  await emptyDatabase(driver);
});
afterAll(async () => {
  await emptyDatabase(driver);
  await driver.close();
});

describe('writeDocuments writes the graph model', () => {
  beforeEach(async () => {
    expect(await writeDocuments(driver, stream([MOSCOW]))).toEqual({
      documents: 1,
      statements: 10,
      entities: 9,
      skipped: 0,
      changed: 0,
      refused: 0,
    });
  });

  it('entities with their kind label, name, aliases, represents and role', async () => {
    const [china] = await rows(driver, 'MATCH (e:Entity:Country {id: "CHN"}) RETURN e {.*} AS e');
    expect(china?.e).toEqual({ id: 'CHN', name: 'China', kind: 'Country', aliases: ['Chinese side'] });
    expect(await graphCounts(driver)).toMatchObject({
      Entity: 9,
      Country: 3,
      Person: 2,
      Initiative: 3,
      Organization: 1,
    });
  });

  it('the document, and what it mentions how often', async () => {
    expect(await rows(driver, 'MATCH (d:Document) RETURN d {.*, contentHash: null} AS d')).toEqual([
      {
        d: {
          id: 'moscow',
          title: 'Title of moscow',
          date: '2020-09-11',
          origin: 'fixtures/moscow.txt',
          sentenceCount: 13,
          wordCount: 42,
          contentHash: null,
        },
      },
    ]);
    const mentions = await rows(
      driver,
      'MATCH (:Document)-[m:MENTIONS]->(e {id: "wang-yi"}) RETURN m {.*} AS m',
    );
    expect(mentions).toEqual([{ m: { count: 4, aliases: ['Wang Yi', 'Wang', 'Minister Wang'] } }]);
  });

  it('one stance relationship per statement, with its evidence and speaker', async () => {
    const statements = await rows(
      driver,
      'MATCH (:Entity {id: "CHN"})-[r:SUPPORTS]->(:Entity {id: "belt-and-road-initiative"}) RETURN r {.*} AS r',
    );
    expect(statements).toEqual([
      {
        r: {
          statementId: 'moscow#0:CHN-SUPPORTS-belt-and-road-initiative',
          documentId: 'moscow',
          sentenceIndex: 0,
          quote: 'Sentence 0 of moscow.',
          start: 0,
          end: 21,
          speakerId: 'wang-yi',
          modality: 'stated',
          date: '2020-09-11',
        },
      },
    ]);
    expect(await graphCounts(driver)).toMatchObject({ SUPPORTS: 6, OPPOSES: 3, PROPOSES: 1 });
  });

  it('structural edges with the documents that say them', async () => {
    const links = await rows(
      driver,
      'MATCH (a)-[r:REPRESENTS|MEETS]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, r.documentIds AS docs ORDER BY a, type',
    );
    expect(links).toEqual([
      { a: 'sergei-lavrov', type: 'MEETS', b: 'wang-yi', docs: ['moscow'] },
      { a: 'sergei-lavrov', type: 'REPRESENTS', b: 'RUS', docs: ['moscow'] },
      { a: 'wang-yi', type: 'REPRESENTS', b: 'CHN', docs: ['moscow'] },
    ]);
  });
});

describe('writeDocuments is idempotent', () => {
  it('leaves the graph identical when the same documents come again, and counts them as skipped', async () => {
    await writeDocuments(driver, stream([MOSCOW, BEIJING]));
    const before = await graphSnapshot(driver);
    const seen: string[] = [];
    const again = await writeDocuments(driver, stream([MOSCOW, BEIJING]), {
      onDocument: (id) => seen.push(id),
    });
    expect(again).toEqual({ documents: 0, statements: 0, entities: 0, skipped: 2, changed: 0, refused: 0 });
    expect(seen).toEqual(['moscow', 'beijing']);
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('gives the same graph whatever the batch size', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      ...BEIJING,
      document: { ...BEIJING.document, id: `b${i}` },
    }));
    const claims = (graph: typeof BEIJING, id: string) =>
      graph.claims.map((c) => ({ ...c, id: `${id}/${c.id}` }));
    const documents = [MOSCOW, ...many.map((g) => ({ ...g, claims: claims(g, g.document.id) }))];
    await writeDocuments(driver, stream(documents), { batchSize: 1 });
    const oneByOne = await graphSnapshot(driver);
    await emptyDatabase(driver);
    await writeDocuments(driver, stream(documents), { batchSize: 100_000 });
    expect(await graphSnapshot(driver)).toEqual(oneByOne);
  });

  it('merges entities across documents: first name kept, every other name an alias, one edge per pair', async () => {
    await writeDocuments(driver, stream([MOSCOW, BEIJING]));
    const [china] = await rows(
      driver,
      'MATCH (e:Entity {id: "CHN"}) RETURN e.name AS name, e.aliases AS aliases',
    );
    expect(china).toEqual({ name: 'China', aliases: ['Chinese side', 'People’s Republic of China', 'PRC'] });
    const [represents] = await rows(
      driver,
      'MATCH ({id: "wang-yi"})-[r:REPRESENTS]->() RETURN r.documentIds AS docs',
    );
    expect(represents).toEqual({ docs: ['moscow', 'beijing'] });
  });
});

describe('replace and remove', () => {
  it('keeps a changed document as stored without replace, and counts it as changed', async () => {
    await writeDocuments(driver, stream([MOSCOW, BEIJING]));
    const before = await graphSnapshot(driver);
    const result = await writeDocuments(driver, stream([BEIJING_EDITED]));
    expect(result).toMatchObject({ documents: 0, skipped: 1, changed: 1 });
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('replaces a changed document: its old statements and its entities no other document mentions go', async () => {
    await writeDocuments(driver, stream([MOSCOW, BEIJING_EDITED]));
    const expected = await graphSnapshot(driver);
    await emptyDatabase(driver);
    await writeDocuments(driver, stream([MOSCOW, BEIJING]));
    const result = await writeDocuments(driver, stream([BEIJING_EDITED]), { replace: true });
    expect(result).toMatchObject({ documents: 1, statements: 1, skipped: 0 });
    expect(await graphSnapshot(driver)).toEqual(expected);
  });

  it('removeDocument leaves the graph as if the document had never been written', async () => {
    await writeDocuments(driver, stream([MOSCOW]));
    const expected = await graphSnapshot(driver);
    await writeDocuments(driver, stream([BEIJING]));
    expect(await removeDocument(driver, 'beijing')).toBe(true);
    expect(await graphSnapshot(driver)).toEqual(expected);
  });

  it('removeDocument of the last document leaves an empty database, and says when there was nothing', async () => {
    await writeDocuments(driver, stream([MOSCOW, BEIJING]));
    expect(await removeDocument(driver, 'moscow')).toBe(true);
    expect(await removeDocument(driver, 'beijing')).toBe(true);
    expect(await graphCounts(driver)).toEqual({});
    expect(await removeDocument(driver, 'beijing')).toBe(false);
  });
});

describe('atomicity', () => {
  it('writes a batch whole or not at all', async () => {
    await writeDocuments(driver, stream([MOSCOW]));
    const before = await graphSnapshot(driver);
    // A statement id already taken by another document: the constraint fails the batch's transaction.
    const clash = { ...BEIJING, claims: [{ ...at(BEIJING.claims), id: at(MOSCOW.claims).id }] };
    const other = { ...BEIJING, document: { ...BEIJING.document, id: 'other' } };
    await expect(writeDocuments(driver, stream([other, clash]))).rejects.toThrow(
      /^store: Neo4j refused a write \(.*already exists.*\)\. 0 documents were written before it; the batch in progress \(2 documents from other\) was rolled back /s,
    );
    expect(await graphSnapshot(driver)).toEqual(before);
  });
});
