// A document larger than one transaction can hold, among small ones, on the real local test Neo4j (whose
// db.memory.transaction.max is 128 MB, db/neo4j.conf): it is written in parts and the others whole, in
// one run; a run stopped half-way through it leaves a document the next run writes again.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticGraphs } from '../../bench/synthetic.ts';
import { connect } from '../../db/connection.ts';
import type { DocumentGraph } from '../model.ts';
import { removeDocument, writeDocuments } from './index.ts';
import { INCOMPLETE, documentParts } from './parts.ts';
import { buildRows, contentHash } from './rows.ts';
import { emptyDatabase, rows } from './testing.ts';
import { writePart } from './writer.ts';

/**
 * One document shaped like the extraction of 50 MB of news (12,254 entities, 13,461 claims), with twice
 * the claims and long sentences: what one transaction of Neo4j's 128 MB cannot hold.
 */
function hugeDocument(): DocumentGraph {
  const [graph] = syntheticGraphs({
    documents: 1,
    entities: 100_000,
    entitiesPerDocument: 12_000,
    claimsPerDocument: 30_000,
    seed: 9,
  });
  if (graph === undefined) throw new Error('no synthetic document');
  const id = 'huge';
  const evidence = <T extends { evidence: { documentId: string } }>(item: T): T => ({
    ...item,
    evidence: { ...item.evidence, documentId: id },
  });
  return {
    ...graph,
    document: { ...graph.document, id, origin: 'huge.txt' },
    claims: graph.claims.map((claim) => evidence({ ...claim, id: `huge#${claim.id}` })),
    links: graph.links.map(evidence),
  };
}

const SMALL = [...syntheticGraphs({ documents: 10, entities: 2000, seed: 3 })];
const HUGE = hugeDocument();
const DOCUMENTS = [...SMALL.slice(0, 5), HUGE, ...SMALL.slice(5)];

let driver: Driver;

beforeAll(async () => {
  driver = await connect();
});
afterAll(async () => {
  await emptyDatabase(driver);
  await driver.close();
});

async function storedStatements(): Promise<Record<string, number>> {
  const found = await rows(
    driver,
    `MATCH (d:Document)
     RETURN d.id AS id, d.contentHash AS hash,
       COUNT { ()-[r:SUPPORTS|OPPOSES|PROPOSES]->() WHERE r.documentId = d.id } AS statements`,
  );
  expect(found.filter((d) => d.hash === INCOMPLETE)).toEqual([]);
  return Object.fromEntries(found.map((d) => [d.id as string, d.statements as number]));
}

it('writes a document too large for one transaction in parts, and every other document whole', async () => {
  await emptyDatabase(driver);
  const refused: string[] = [];
  const result = await writeDocuments(driver, DOCUMENTS, {
    onRefused: (_graph, message) => refused.push(message),
  });
  expect(refused).toEqual([]);
  expect(result).toMatchObject({ documents: DOCUMENTS.length, refused: 0 });
  const expected = Object.fromEntries(
    DOCUMENTS.map((graph) => [graph.document.id, new Set(graph.claims.map((c) => c.id)).size]),
  );
  expect(await storedStatements()).toEqual(expected);

  const [mentions] = await rows(
    driver,
    "MATCH (:Document {id: 'huge'})-[m:MENTIONS]->() RETURN count(m) AS n",
  );
  expect(mentions?.n).toBe(HUGE.entities.length);
}, 600_000);

it('writes again a document whose parts a stopped run did not all write', async () => {
  await emptyDatabase(driver);
  const hash = contentHash(HUGE);
  const [first, second] = documentParts(buildRows([HUGE], [hash]), 5000);
  const session = driver.session();
  try {
    for (const part of [first, second]) if (part) await session.executeWrite((tx) => writePart(tx, part));
  } finally {
    await session.close();
  }
  const [stored] = await rows(driver, "MATCH (d:Document {id: 'huge'}) RETURN d.contentHash AS hash");
  expect(stored?.hash).toBe(INCOMPLETE);

  const result = await writeDocuments(driver, [HUGE]);
  expect(result).toMatchObject({ documents: 1, skipped: 0 });
  expect(await storedStatements()).toEqual({ huge: new Set(HUGE.claims.map((c) => c.id)).size });
}, 600_000);

it('removes a document too large to remove in one transaction, and everything only it said', async () => {
  await emptyDatabase(driver);
  await writeDocuments(driver, [SMALL[0] as DocumentGraph, HUGE]);
  expect(await removeDocument(driver, 'huge')).toBe(true);
  expect(Object.keys(await storedStatements())).toEqual([SMALL[0]?.document.id]);
  const [left] = await rows(
    driver,
    'MATCH (e:Entity) WHERE NOT EXISTS { (:Document)-[:MENTIONS]->(e) } RETURN count(e) AS orphans',
  );
  expect(left?.orphans).toBe(0);
}, 600_000);
