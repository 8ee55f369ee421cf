// Helpers of the server's integration tests.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { CypherResult } from '../shared/api.ts';

export interface CypherAnswer {
  status: number;
  body: CypherResult & { error?: string };
}

/** POST /api/cypher as the browser sends it. */
export async function postCypher(
  app: FastifyInstance,
  query: string,
  params: Record<string, unknown> = {},
): Promise<CypherAnswer> {
  const response = await app.inject({ method: 'POST', url: '/api/cypher', payload: { query, params } });
  return { status: response.statusCode, body: response.json<CypherAnswer['body']>() };
}

/** Nodes, relationships and labels in the database: equal before and after, nothing was written. */
export async function counts(
  driver: Driver,
): Promise<{ nodes: number; relationships: number; labels: string[] }> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH count(n) AS nodes CALL db.labels() YIELD label WITH nodes, collect(label) AS labels ' +
      'RETURN nodes, COUNT { ()-[]->() } AS relationships, labels',
  );
  const record = records[0];
  return {
    nodes: Number(record?.get('nodes')),
    relationships: Number(record?.get('relationships')),
    labels: (record?.get('labels') as string[]).sort(),
  };
}
