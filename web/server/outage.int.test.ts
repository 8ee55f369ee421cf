// Neo4j stopped under a running server, on a PRIVATE local instance (its own port, so stopping it
// disturbs no other test): every API call answers 503 within 2 s with a message that names no address,
// and once Neo4j is back the same server answers again, with nothing it failed to look up kept as failed.
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { boltTarget, localUri, privateTestPort, readConfig } from '../../db/config.ts';
import { startLocal, stopLocal } from '../../db/local.ts';
import { writeDocuments } from '../../ingest/store/index.ts';
import { emptyDatabase } from '../../ingest/store/testing.ts';
import { handmadeFoundingGraph } from '../e2e/fixtures/documents.ts';
import { createApp } from './app.ts';
import { connectServer } from './bootstrap.ts';

// The fault test of the store uses the same private port; test files run one at a time.
const PORT = privateTestPort(readConfig());
const config = { ...readConfig(), uri: localUri(PORT), user: 'neo4j' };

const SEARCH = '/api/search?q=lavrov';

let driver: Driver;
let app: FastifyInstance;

const CALLS: InjectOptions[] = [
  { url: '/api/health' },
  { url: '/api/stats' },
  { url: '/api/graph' },
  { url: '/api/neighbours/RUS' },
  { url: '/api/entity/sergei-lavrov' },
  { url: '/api/edge?source=CHN&relation=SUPPORTS&target=multilateralism' },
  { url: SEARCH },
  { url: '/api/documents' },
  {
    method: 'POST',
    url: '/api/statements',
    payload: { edges: [{ source: 'a', relation: 'OPPOSES', target: 'b' }] },
  },
  { method: 'POST', url: '/api/cypher', payload: { query: 'MATCH (n) RETURN count(n)', params: {} } },
];

beforeAll(async () => {
  await startLocal({ port: PORT });
  driver = await connectServer(config);
  await emptyDatabase(driver);
  await writeDocuments(driver, [handmadeFoundingGraph()]);
  app = await createApp({ driver, target: boltTarget(config) });
});

afterAll(async () => {
  await app.close();
  await driver.close();
  await stopLocal({ port: PORT });
});

it('answers 503 within 2 s while Neo4j is down, naming no address, and recovers without a restart', async () => {
  // Warm: the server holds connections when Neo4j goes away. Its first search comes during the outage.
  for (const call of CALLS.filter((c) => c.url !== SEARCH))
    expect((await app.inject(call)).statusCode).toBe(200);
  await stopLocal({ port: PORT });

  for (const call of CALLS) {
    const started = performance.now();
    const response = await app.inject(call);
    const elapsed = performance.now() - started;
    expect({ url: call.url, status: response.statusCode }).toEqual({ url: call.url, status: 503 });
    expect(elapsed).toBeLessThan(2000);
    expect(response.body).not.toMatch(new RegExp(`127\\.0\\.0\\.1|localhost|bolt|${PORT}`, 'i'));
    expect(response.json()).toMatchObject({
      error: expect.stringMatching(/Neo4j cannot be reached/) as unknown,
    });
  }

  await startLocal({ port: PORT });
  for (const call of CALLS)
    expect({ url: call.url, status: (await app.inject(call)).statusCode }).toEqual({
      url: call.url,
      status: 200,
    });
  // Words in another order than the name's: only the full-text index finds them, so its look-up, which
  // failed while Neo4j was down, was made again.
  const hits = (await app.inject('/api/search?q=lavrov%20sergei')).json<{ id: string }[]>();
  expect(hits.map((hit) => hit.id)).toContain('sergei-lavrov');
}, 300_000);
