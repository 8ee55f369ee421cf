// The API on the real local test Neo4j: each read endpoint answers with what the fixtures hold, and the
// console runs reads (console.int.test.ts tries to make it do anything else).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connection.ts';
import { removeDocument, writeDocuments } from '../../ingest/store/index.ts';
import type { EdgeEvidence, EntityDetails, GraphData } from '../shared/api.ts';
import {
  FOUNDING_TITLE,
  LAVROV_QUOTE,
  XSS_PAYLOAD,
  handmadeFoundingGraph,
  xssGraph,
} from '../e2e/fixtures/documents.ts';
import { createApp } from './app.ts';
import { postCypher, type CypherAnswer } from './testing.ts';

let driver: Driver;
let app: FastifyInstance;

function cypher(query: string, params: Record<string, unknown> = {}): Promise<CypherAnswer> {
  return postCypher(app, query, params);
}

beforeAll(async () => {
  driver = await connect();
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await writeDocuments(driver, [handmadeFoundingGraph(), xssGraph()]);
  app = await createApp({ driver, limits: { timeoutMs: 2000, rowCap: 50, byteCap: 100_000 } });
});

afterAll(async () => {
  await app.close();
  await driver.close();
});

describe('POST /api/cypher runs reads', () => {
  it('caps the rows and says so', async () => {
    const { status, body } = await cypher('UNWIND range(1, 500) AS i RETURN i');
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(50);
    expect(body.capped).toBe(true);
  });

  it('returns the graph parts apart, with the ends of relationships returned alone', async () => {
    const { body } = await cypher("MATCH (:Entity {id: 'sergei-lavrov'})-[r:OPPOSES]->() RETURN r");
    expect(body.capped).toBe(false);
    expect(body.relationships.map((r) => r.type)).toEqual(['OPPOSES', 'OPPOSES']);
    expect(body.nodes.map((n) => n.properties.id).sort()).toEqual([
      'USA',
      'indo-pacific-strategy',
      'sergei-lavrov',
    ]);
  });

  it('takes parameters, whole numbers as integers', async () => {
    const { body } = await cypher(
      'MATCH (e:Entity) WHERE e.kind = $kind RETURN e.id ORDER BY e.id LIMIT $n',
      { kind: 'Person', n: 2 },
    );
    expect(body.rows).toEqual([['sergei-lavrov'], ['vladimir-putin']]);
  });
});

describe('read endpoints', () => {
  it('GET /api/graph aggregates statements per (source, relation, target) and filters', async () => {
    const all = (await app.inject('/api/graph')).json<GraphData>();
    const multilateralism = all.edges.find((e) => e.source === 'CHN' && e.target === 'multilateralism');
    expect(multilateralism).toMatchObject({
      source: 'CHN',
      relation: 'SUPPORTS',
      target: 'multilateralism',
      count: 2,
    });
    // Each statement points at its document, so the browser can filter by document and date itself.
    const cited = (edge: GraphData['edges'][number] | undefined) =>
      edge?.documents.map((index) => all.documents[index]);
    expect(cited(multilateralism)).toEqual([
      { id: 'wang-yi-lavrov-moscow', date: '2020-09-11' },
      { id: 'wang-yi-lavrov-moscow', date: '2020-09-11' },
    ]);
    const tie = all.edges.find((e) => e.source === 'CHN' && e.relation === 'MEMBER_OF');
    expect(tie).toMatchObject({ count: 1 });
    expect(cited(tie)).toEqual([{ id: 'wang-yi-lavrov-moscow', date: '2020-09-11' }]);
    expect(all.nodes.find((n) => n.id === 'CHN')).toMatchObject({ name: 'China', kind: 'Country' });

    const opposes = (await app.inject('/api/graph?relation=OPPOSES')).json<GraphData>();
    expect(opposes.edges.map((e) => `${e.source} ${e.target}`).sort()).toEqual([
      'sergei-lavrov USA',
      'sergei-lavrov indo-pacific-strategy',
    ]);
    const dated = (await app.inject('/api/graph?from=2021-01-01')).json<GraphData>();
    expect(dated.edges.map((e) => e.source)).toEqual(['testland']);
    const byDocument = (await app.inject('/api/graph?document=xss-probe')).json<GraphData>();
    expect(byDocument.nodes.map((n) => n.id).sort()).toEqual(['open-markup-initiative', 'testland']);
    const limited = (await app.inject('/api/graph?limit=3')).json<GraphData>();
    expect(limited.edges).toHaveLength(3);
    expect(limited.truncated).toBe(true);
    expect((await app.inject('/api/graph?relation=LIKES')).statusCode).toBe(400);
    const badDate = await app.inject('/api/graph?from=2022-13-45');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()).toEqual({
      error: 'from must be a date as YYYY-MM-DD, YYYY-MM or YYYY (got 2022-13-45: there is no month 13).',
    });
  });

  it('GET /api/entity/:id groups positions by relation with quotes and documents', async () => {
    const details = (await app.inject('/api/entity/sergei-lavrov')).json<EntityDetails>();
    const opposes = details.groups.find((g) => g.relation === 'OPPOSES' && g.outgoing);
    const onStrategy = opposes?.statements.find((s) => s.target.id === 'indo-pacific-strategy');
    expect(onStrategy?.quote).toContain(LAVROV_QUOTE);
    expect(onStrategy?.documentTitle).toBe(FOUNDING_TITLE);
    expect(details.links.map((l) => `${l.relation} ${l.other.id}`).sort()).toEqual([
      'MEETS wang-yi',
      'REPRESENTS RUS',
    ]);
    expect((await app.inject('/api/entity/nobody')).statusCode).toBe(404);
  });

  it('GET /api/edge returns every sentence behind an edge, or the documents of a tie', async () => {
    const stance = (
      await app.inject('/api/edge?source=CHN&relation=SUPPORTS&target=multilateralism')
    ).json<EdgeEvidence>();
    expect(stance.statements).toHaveLength(2);
    const tie = (await app.inject('/api/edge?source=CHN&relation=MEMBER_OF&target=sco')).json<EdgeEvidence>();
    expect(tie.documents.map((d) => d.id)).toEqual(['wang-yi-lavrov-moscow']);
    expect((await app.inject('/api/edge?source=CHN&relation=DROP&target=sco')).statusCode).toBe(400);
  });

  it('GET /api/neighbours/:id, /api/search, /api/documents, /api/stats, /api/queries', async () => {
    const neighbours = (await app.inject('/api/neighbours/RUS')).json<GraphData>();
    expect(neighbours.nodes.map((n) => n.id)).toContain('sergei-lavrov');
    const hits = (await app.inject('/api/search?q=lavrov')).json<{ id: string }[]>();
    expect(hits[0]?.id).toBe('sergei-lavrov');
    const aliasHits = (await app.inject('/api/search?q=BRI')).json<{ id: string; alias: string | null }[]>();
    expect(aliasHits[0]).toMatchObject({ id: 'belt-and-road-initiative', alias: 'BRI' });
    const documents = (await app.inject('/api/documents')).json<{ id: string; title: string }[]>();
    expect(documents.find((d) => d.id === 'xss-probe')?.title).toContain(XSS_PAYLOAD);
    expect((await app.inject('/api/stats')).json()).toMatchObject({ documents: 2, statements: 14 });
    const queries = (await app.inject('/api/queries')).json<{ name: string; title: string }[]>();
    expect(queries.length).toBeGreaterThan(0);
    expect(queries.every((q) => q.title.length > 0)).toBe(true);
  });

  it('POST /api/statements returns the statements of the given edges', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/statements',
      payload: {
        edges: [
          { source: 'sergei-lavrov', relation: 'OPPOSES', target: 'USA' },
          { source: 'CHN', relation: 'MEMBER_OF', target: 'sco' },
        ],
      },
    });
    expect(response.json<unknown[]>()).toHaveLength(1);
    expect(
      (await app.inject({ method: 'POST', url: '/api/statements', payload: { edges: 'x' } })).statusCode,
    ).toBe(400);
  });

  it('GET /api/documents lists the newest first and those without a date last', async () => {
    const undated = { id: 'undated', origin: 'tests/undated.txt' };
    await writeDocuments(driver, [
      {
        document: undated,
        sentenceCount: 1,
        wordCount: 1,
        entities: [],
        mentions: {},
        claims: [],
        links: [],
      },
    ]);
    try {
      const documents = (await app.inject('/api/documents')).json<{ id: string }[]>();
      expect(documents.map((d) => d.id)).toEqual(['xss-probe', 'wang-yi-lavrov-moscow', 'undated']);
    } finally {
      await removeDocument(driver, 'undated');
    }
  });

  it('answers unknown endpoints with a JSON 404', async () => {
    const response = await app.inject('/api/nothing');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: expect.stringContaining('No such endpoint') as unknown });
  });
});

describe('what the server answers at all', () => {
  it('answers only for addresses, localhost and the names it is given (no DNS rebinding)', async () => {
    const status = async (host: string) =>
      (await app.inject({ url: '/api/stats', headers: { host } })).statusCode;
    expect(await status('127.0.0.1:8080')).toBe(200);
    expect(await status('localhost:8080')).toBe(200);
    expect(await status('[::1]:8080')).toBe(200);
    const rebound = await app.inject({ url: '/api/stats', headers: { host: 'attacker.example:8080' } });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json()).toMatchObject({ error: expect.stringContaining('ALLOWED_HOSTS') as unknown });
  });

  it('serves no source map, even one left in the built app', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-dist-'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(dir, 'app.js'), 'console.log(1);');
    await writeFile(join(dir, 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
    const withStatic = await createApp({ driver, staticDir: dir });
    try {
      expect((await withStatic.inject('/app.js')).statusCode).toBe(200);
      expect((await withStatic.inject('/app.js.map')).statusCode).toBe(404);
    } finally {
      await withStatic.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
