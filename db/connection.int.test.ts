import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, readConfig } from './connection.ts';

describe('connect (against the local test Neo4j)', () => {
  let driver: Driver;

  beforeAll(async () => {
    driver = await connect();
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
  });

  afterAll(async () => {
    await driver.close();
  });

  it('targets the test instance set up by db/test-setup.ts', () => {
    const { uri, testPort } = readConfig();
    expect(uri).toBe(`bolt://127.0.0.1:${testPort}`);
  });

  it('writes a node, reads it back and removes it', async () => {
    await driver.executeQuery('CREATE (:ConnectionCheck {id: $id, note: $note})', {
      id: 'c1',
      note: 'hello',
    });

    const { records } = await driver.executeQuery(
      'MATCH (n:ConnectionCheck {id: $id}) RETURN n.note AS note',
      {
        id: 'c1',
      },
    );
    expect(records.map((r) => r.get('note') as unknown)).toEqual(['hello']);

    await driver.executeQuery('MATCH (n:ConnectionCheck) DELETE n');
    const { records: left } = await driver.executeQuery('MATCH (n:ConnectionCheck) RETURN count(n) AS n');
    expect(left[0]?.get('n')).toBe(0);
  });

  it('runs Neo4j 5.26', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
  });
});
