import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from './connection.ts';
import { applySchema } from './schema.ts';

async function schemaSnapshot(driver: Driver): Promise<unknown[]> {
  const constraints = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN * ORDER BY name',
  );
  const indexes = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN * ORDER BY name',
  );
  return [...constraints.records, ...indexes.records].map((r) => r.toObject());
}

describe('applySchema (against the local test Neo4j)', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await connect();
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  });

  afterAll(async () => {
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await driver.close();
  });

  it('is idempotent: applying it twice leaves the same constraints and indexes', async () => {
    await applySchema(driver);
    const first = await schemaSnapshot(driver);
    await applySchema(driver);
    expect(await schemaSnapshot(driver)).toEqual(first);
    expect(first).toContainEqual(expect.objectContaining({ name: 'entity_id', type: 'UNIQUENESS' }));
    expect(first).toContainEqual(expect.objectContaining({ name: 'entity_search', type: 'FULLTEXT' }));
  });

  it.each([
    ['Entity.id', 'CREATE (:Entity {id: "x"})'],
    ['Document.id', 'CREATE (:Document {id: "x"})'],
    ['SUPPORTS.statementId', 'CREATE (:Entity {id: $a})-[:SUPPORTS {statementId: "s"}]->(:Entity {id: $b})'],
    ['OPPOSES.statementId', 'CREATE (:Entity {id: $a})-[:OPPOSES {statementId: "s"}]->(:Entity {id: $b})'],
    ['PROPOSES.statementId', 'CREATE (:Entity {id: $a})-[:PROPOSES {statementId: "s"}]->(:Entity {id: $b})'],
  ])('rejects a duplicate %s', async (_name, create) => {
    await applySchema(driver);
    await driver.executeQuery(create, { a: 'a1', b: 'b1' });
    await expect(driver.executeQuery(create, { a: 'a2', b: 'b2' })).rejects.toThrow(/already exists/);
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  });

  it('finds entities by alias through the full-text index', async () => {
    await applySchema(driver);
    await driver.executeQuery(
      "CREATE (:Entity {id: 'asean', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN']})",
    );
    const { records } = await driver.executeQuery(
      "CALL db.awaitIndexes(60) CALL db.index.fulltext.queryNodes('entity_search', 'asean') YIELD node RETURN node.id AS id",
    );
    expect(records.map((r) => r.get('id') as unknown)).toEqual(['asean']);
  });
});
