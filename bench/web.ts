// npm run bench:web: the explorer on a graph of 10,000 entities and 50,000 edges. Generates the graph
// (seeded) into a private local Neo4j on NEO4J_BENCH_PORT (default 7689) through the real store, serves
// it with `npm start` on a free loopback port, loads it in headless Chromium, and prints the time to the
// first frame and to a settled layout, then the entity endpoint's median and 95th-percentile latency
// under 50 concurrent clients (a bounded loop on 127.0.0.1 that stops by itself).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { chromium } from 'playwright-core';
import { readConfig } from '../db/config.ts';
import { connect } from '../db/connection.ts';
import { loadStatement } from '../db/cypher.ts';
import { startLocal, stopLocal } from '../db/local.ts';
import { ENTITY_KINDS, STANCES } from '../ingest/model.ts';
import type { Claim, DocumentGraph, Entity } from '../ingest/model.ts';
import { writeDocuments } from '../ingest/store/index.ts';
import { seededRandom } from './random.ts';

const NODES = 10_000;
const EDGES = 50_000;
/** Statements beyond one per edge, on random edges, so that widths vary as in real data. */
const EXTRA_STATEMENTS = 5_000;
const CLAIMS_PER_DOCUMENT = 200;
const CLIENTS = 50;
const MAX_REQUESTS = 2_000;
const MAX_LOAD_MS = 60_000;
const ID_PREFIX = 'bench-web-';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'];

const entityId = (i: number): string => `${ID_PREFIX}e${i}`;

/** Every entity in at least one edge, then edges between skewed picks (a few hubs, a long tail). */
function* benchGraphs(): Generator<DocumentGraph> {
  const next = seededRandom(7);
  const skewed = (): number => Math.floor(NODES * next() ** 2.2);
  const triples = new Map<string, [number, number, number]>();
  const add = (source: number, target: number): void => {
    const relation = Math.floor(next() * STANCES.length);
    if (source !== target) triples.set(`${source}|${relation}|${target}`, [source, relation, target]);
  };
  for (let i = 0; i < NODES; i++) add(i, skewed());
  while (triples.size < EDGES) add(skewed(), skewed());
  const statements = [...triples.values()];
  for (let i = 0; i < EXTRA_STATEMENTS; i++)
    statements.push(statements[Math.floor(next() * EDGES)] ?? [0, 0, 1]);
  const entity = (i: number): Entity => {
    const kind = ENTITY_KINDS[i % (ENTITY_KINDS.length - 1)] ?? 'Concept';
    return { id: entityId(i), label: `${kind} ${i}`, kind, aliases: [`E${i}`] };
  };
  for (let d = 0; d * CLAIMS_PER_DOCUMENT < statements.length; d++) {
    const id = `${ID_PREFIX}doc-${d}`;
    const date = new Date(Date.UTC(2021, 0, 1) + d * 86_400_000 * 3).toISOString().slice(0, 10);
    const ends = new Set<number>();
    const claims: Claim[] = statements
      .slice(d * CLAIMS_PER_DOCUMENT, (d + 1) * CLAIMS_PER_DOCUMENT)
      .map(([s, r, t], k) => {
        ends.add(s).add(t);
        const relation = STANCES[r] ?? 'SUPPORTS';
        const sentence = `Entity ${s} ${relation.toLowerCase()} entity ${t}, the minister said on ${date}.`;
        return {
          id: `${id}:${k}`,
          source: entityId(s),
          relation,
          target: entityId(t),
          modality: 'stated',
          evidence: {
            documentId: id,
            sentenceIndex: k,
            sentence,
            start: k * 80,
            end: k * 80 + sentence.length,
          },
        };
      });
    const entities = [...ends].map(entity);
    yield {
      document: { id, title: `Bench document ${d}`, date, origin: 'bench/web.ts' },
      sentenceCount: claims.length,
      wordCount: claims.length * 10,
      entities,
      mentions: Object.fromEntries(entities.map((e) => [e.id, 1])),
      claims,
      links: [],
    };
  }
}

async function count(driver: Driver, file: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await driver.executeQuery(loadStatement(`bench/${file}.cypher`), params);
  return Number(records[0]?.get(0));
}

/** Writes the bench graph unless it is already there; refuses a database holding anything else. */
async function ensureGraph(driver: Driver): Promise<void> {
  const foreign = await count(driver, 'web-foreign-documents', { prefix: ID_PREFIX });
  if (foreign > 0)
    throw new Error(
      `bench:web: the Neo4j on port ${readConfig().port} holds ${foreign} documents that are not the bench's. ` +
        'Set NEO4J_BENCH_PORT to a port of its own.',
    );
  const statements = await count(driver, 'web-statements');
  if (statements === EDGES + EXTRA_STATEMENTS) return;
  console.log(`generating ${NODES} entities and ${EDGES + EXTRA_STATEMENTS} statements through the store...`);
  const started = performance.now();
  const session = driver.session();
  try {
    await session.run(loadStatement('bench/web-clear.cypher'));
  } finally {
    await session.close();
  }
  await writeDocuments(driver, benchGraphs());
  console.log(`  written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** `npm start` against the bench database; resolves once it prints that it is ready. */
function startServer(uri: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/server/main.ts'], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('explorer ready')) resolve(child);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      reject(new Error(`bench:web: the server exited (${String(code)}):\n${output}`));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function browserFigures(url: string): Promise<Record<string, string>> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${url}#limit=${EDGES + 10_000}`);
    await page.waitForFunction(() => document.getElementById('graph')?.dataset.rendered, undefined, {
      timeout: 180_000,
    });
    await page.waitForFunction(() => document.getElementById('graph')?.dataset.settledAt, undefined, {
      timeout: 180_000,
      polling: 250,
    });
    return await page.evaluate(
      () =>
        Object.fromEntries(Object.entries(document.getElementById('graph')?.dataset ?? {})) as Record<
          string,
          string
        >,
    );
  } finally {
    await browser.close();
  }
}

async function entityLoad(url: string): Promise<string> {
  const next = seededRandom(11);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (sent < MAX_REQUESTS && performance.now() - started < MAX_LOAD_MS) {
      sent++;
      const id = entityId(Math.floor(next() * NODES));
      const t = performance.now();
      const response = await fetch(`${url}api/entity/${id}`).catch(() => null);
      if (response?.ok) {
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
      } else errors++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return (
    `API GET /api/entity/:id, ${CLIENTS} concurrent clients, ${sorted.length + errors} requests in ${seconds.toFixed(1)} s: ` +
    `median ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, ` +
    `${(sorted.length / seconds).toFixed(0)} req/s, ${errors} errors`
  );
}

async function main(): Promise<void> {
  const port = Number(process.env.NEO4J_BENCH_PORT ?? 7689);
  process.env.NEO4J_PORT = String(port);
  delete process.env.NEO4J_URI;
  const local = await startLocal({ port });
  const driver = await connect();
  let server: ChildProcess | undefined;
  try {
    await ensureGraph(driver);
    const webPort = await freePort();
    server = await startServer(local.uri, webPort);
    const url = `http://127.0.0.1:${webPort}/`;
    const t = performance.now();
    const graph = await fetch(`${url}api/graph?limit=${EDGES + 10_000}`);
    const body = await graph.arrayBuffer();
    const graphMs = performance.now() - t;
    const shown = await browserFigures(url);
    console.log(`bench:web on Neo4j ${local.version} at ${local.uri}, app at ${url}`);
    console.log(
      `  graph: ${shown.nodeCount ?? '?'} nodes, ${shown.edgeCount ?? '?'} edges drawn ` +
        `(${NODES} entities, ${EDGES} edges, ${EDGES + EXTRA_STATEMENTS} statements stored)`,
    );
    console.log(`  API GET /api/graph: ${graphMs.toFixed(0)} ms, ${(body.byteLength / 1e6).toFixed(1)} MB`);
    console.log(`  first render: ${shown.rendered ?? '?'} ms after navigation (data fetch included)`);
    console.log(
      `  settled layout: ${shown.settledAt ?? '?'} ms after navigation ` +
        `(ForceAtlas2 ran ${shown.layoutMs ?? '?'} ms, ended: ${shown.layoutEnd ?? '?'})`,
    );
    console.log(`  ${await entityLoad(url)}`);
  } finally {
    server?.kill('SIGTERM');
    await driver.close();
    if (!local.alreadyRunning) await stopLocal({ port });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
