// The Cypher console under attack, on the real local test Neo4j: whatever the prefix, comment or casing,
// nothing but reading runs and nothing is written; every query is bounded in time, memory, bytes and
// number; parameters are checked before Neo4j sees them.
import type { FastifyInstance } from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connection.ts';
import { writeDocuments } from '../../ingest/store/index.ts';
import { handmadeFoundingGraph, xssGraph } from '../e2e/fixtures/documents.ts';
import { createApp } from './app.ts';
import { counts, postCypher, type CypherAnswer } from './testing.ts';

const LIMITS = { timeoutMs: 2000, rowCap: 50, byteCap: 100_000 };
const SLOTS = { running: 2, waiting: 2 };

let driver: Driver;
let app: FastifyInstance;

function cypher(query: string, params: Record<string, unknown> = {}): Promise<CypherAnswer> {
  return postCypher(app, query, params);
}

/** A string of 2^doublings characters, made by Neo4j in a few steps. */
const big = (doublings: number): string => `reduce(s = 'x', k IN range(1, ${doublings}) | s + s)`;

beforeAll(async () => {
  driver = await connect();
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await writeDocuments(driver, [handmadeFoundingGraph(), xssGraph()]);
  app = await createApp({ driver, limits: LIMITS, slots: SLOTS });
});

afterAll(async () => {
  await app.close();
  await driver.close();
});

describe('POST /api/cypher refuses anything but reading', () => {
  it.each([
    ['CREATE (n:Intruder) RETURN n', /console only runs read queries/],
    ["MERGE (n:Entity {id: 'intruder'})", /console only runs read queries/],
    ['MATCH (n) DETACH DELETE n', /console only runs read queries/],
    ["MATCH (n:Entity) SET n.name = 'x'", /console only runs read queries/],
    ['MATCH (n:Entity) REMOVE n:Entity', /console only runs read queries/],
    ['CREATE INDEX intruder FOR (n:Intruder) ON (n.x)', /changes the schema/],
    ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV is refused/],
    ["CALL dbms.security.createUser('intruder', 'password', false)", /dbms procedures/],
    ['CALL dbms.components()', /dbms procedures/],
    ["CALL db.createLabel('Intruder')", /db\.createLabel is refused/],
    ["CALL apoc.create.node(['Intruder'], {})", /APOC family/],
    ['SHOW USERS', /Administration commands/],
    ['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', /IN TRANSACTIONS/],
    // Prefixes, comments and casing in front of what the first word alone used to be checked for.
    ['CYPHER 5 SHOW TRANSACTIONS YIELD transactionId, currentQuery, parameters', /Administration commands/],
    ['CYPHER 5 SHOW SETTINGS', /Administration commands/],
    ["CYPHER 5 TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /Administration commands/],
    ['/* a note */ cypher 5 show transactions', /Administration commands/],
    ['// a note\nCyPhEr 5 ShOw SeTtInGs YIELD name, value', /Administration commands/],
    ['CYPHER 5 SHOW USERS', /Administration commands/],
    ['CYPHER 5 SHOW CURRENT USER', /Administration commands/],
    ["CYPHER 5 ALTER USER neo4j SET PASSWORD 'intruder-pw'", /Administration commands/],
    ["CYPHER 5 LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV is refused/],
    ['CYPHER 5 MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS', /IN TRANSACTIONS/],
    ['CYPHER runtime=slotted CREATE (n:Intruder)', /console only runs read queries/],
    ['CALL db.awaitIndexes()', /db\.awaitIndexes is refused/],
    ['MATCH (n RETURN n', /Invalid input/],
    ['RETURN $missing', /Expected parameter|missing/i],
  ])('%s', async (query, message) => {
    const before = await counts(driver);
    const { status, body } = await cypher(query);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
    expect(await counts(driver)).toEqual(before);
  });

  it('cannot terminate another session’s transaction', async () => {
    const session = driver.session();
    const tx = session.beginTransaction();
    try {
      await tx.run("CREATE (:Victim {id: 'kept'})");
      const { records } = await driver.executeQuery(
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'Victim' RETURN transactionId",
      );
      const id = records[0]?.get('transactionId') as string;
      const { status } = await cypher(`CYPHER 5 TERMINATE TRANSACTIONS '${id}'`);
      expect(status).toBe(400);
      await tx.commit();
    } finally {
      await session.close();
    }
    const { records } = await driver.executeQuery('MATCH (v:Victim) DETACH DELETE v RETURN count(*) AS n');
    expect(records[0]?.get('n')).toBe(1);
  });

  it('explains syntax errors against the query as typed, without the EXPLAIN it ran', async () => {
    const { body } = await cypher('MATCH (n RETURN n');
    expect(body.error).toContain('"MATCH (n RETURN n"');
    expect(body.error).toContain('column 10');
  });
});

describe('POST /api/cypher is bounded by Neo4j and by the server', () => {
  it('stops a query that runs past the timeout and stays usable', async () => {
    const { status, body } = await cypher(
      'UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(*)',
    );
    expect(status).toBe(400);
    expect(body.error).toMatch(/longer than 2 s/);
    expect((await cypher('RETURN 1 AS one')).body.rows).toEqual([[1]]);
  });

  it('stops a collect of every pair at the memory Neo4j gives one transaction', async () => {
    const { status, body } = await cypher(
      'UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN size(collect([a, b]))',
    );
    expect(status).toBe(400);
    expect(body.error).toMatch(/more memory than Neo4j gives one transaction/);
  });

  it.each([
    ['a list of 5 million numbers', 'RETURN range(1, 5000000) AS numbers'],
    ['a string of 256 million characters', `RETURN ${big(28)} AS text`],
  ])('refuses %s in one record, and the server answers meanwhile', async (_name, query) => {
    const answer = cypher(query);
    const first = await Promise.race([
      answer.then(() => 'console'),
      app.inject('/api/stats').then((response) => `stats ${response.statusCode}`),
    ]);
    expect(first).toBe('stats 200');
    const { status, body } = await answer;
    expect(status).toBe(400);
    expect(body.error).toMatch(/too large|more than the server can hold/);
    expect((await cypher('RETURN 1 AS one')).body.rows).toEqual([[1]]);
  });

  it('caps the rows and says so', async () => {
    const { status, body } = await cypher('UNWIND range(1, 500) AS i RETURN i');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body).toMatchObject({ capped: true, cappedBy: 'rows' });
  });

  it('cuts a response at its byte cap and says so', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      payload: { query: `UNWIND range(1, 100) AS i RETURN i, ${big(15)} AS text`, params: {} },
    });
    const body = response.json<CypherAnswer['body']>();
    expect(response.statusCode).toBe(200);
    expect(body).toMatchObject({ capped: true, cappedBy: 'bytes', byteCap: LIMITS.byteCap });
    expect(body.rows.length).toBe(3);
    expect(response.body.length).toBeLessThan(LIMITS.byteCap + 1000);
  });

  it('answers 400, not 500, to parameters nested 200,000 deep or too many', async () => {
    const deep = `{"query": "RETURN $deep", "params": {"deep": ${'['.repeat(200_000)}0${']'.repeat(200_000)}}}`;
    const nested = await app.inject({
      method: 'POST',
      url: '/api/cypher',
      headers: { 'content-type': 'application/json' },
      payload: deep,
    });
    expect(nested.statusCode).toBe(400);
    expect(nested.json()).toMatchObject({ error: expect.stringMatching(/nest lists and maps/) as unknown });
    const many = await cypher('RETURN size($ids)', { ids: Array.from({ length: 150_000 }, () => 1) });
    expect(many.status).toBe(400);
  });

  it('runs a few queries at a time, queues a few, refuses more with 429, and the explorer still answers', async () => {
    const slow = 'UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(*)';
    const queries = Array.from({ length: SLOTS.running + SLOTS.waiting + 2 }, () => cypher(slow));
    const graph = await app.inject('/api/graph');
    expect(graph.statusCode).toBe(200);
    const statuses = (await Promise.all(queries)).map((answer) => answer.status);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2);
    expect(statuses.filter((status) => status === 400)).toHaveLength(SLOTS.running + SLOTS.waiting);
    expect((await cypher('RETURN 1 AS one')).status).toBe(200);
  });

  it('leaves no console transaction running behind it', async () => {
    await cypher(`UNWIND range(1, 100) AS i RETURN ${big(15)} AS text`);
    const { records } = await driver.executeQuery(
      'SHOW TRANSACTIONS YIELD metaData WHERE metaData.app = $app RETURN count(*) AS n',
      { app: 'stancegraph-console' },
      // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the driver types its plain options object as a class
      { routing: neo4j.routing.READ },
    );
    expect(records[0]?.get('n')).toBe(0);
  });
});
