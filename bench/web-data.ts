// The two graphs bench:web measures, each in a private local Neo4j: the samples `npm start` ingests
// (written afresh on every run, so that the figures follow the extraction), and a generated graph of
// 10,000 entities and 50,000 edges (seeded, kept between runs). Both refuse a database holding anything
// else.
import type { Driver } from 'neo4j-driver';
import { loadStatement } from '../db/cypher.ts';
import { ENTITY_KINDS, STANCES } from '../ingest/model.ts';
import type { Claim, DocumentGraph, Entity } from '../ingest/model.ts';
import { writeDocuments } from '../ingest/store/index.ts';
import { ingestSamples } from '../web/server/samples.ts';
import { seededRandom } from './random.ts';

export const NODES = 10_000;
export const EDGES = 50_000;
/** Statements beyond one per edge, on random edges, so that widths vary as in real data. */
export const EXTRA_STATEMENTS = 5_000;
const CLAIMS_PER_DOCUMENT = 200;
const ID_PREFIX = 'bench-web-';

export const entityId = (i: number): string => `${ID_PREFIX}e${i}`;

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
export async function ensureGraph(driver: Driver): Promise<void> {
  const foreign = await count(driver, 'web-foreign-documents', { prefix: ID_PREFIX });
  if (foreign > 0)
    throw new Error(
      `bench:web: the Neo4j of the generated graph holds ${foreign} documents that are not the bench's. ` +
        'Set NEO4J_BENCH_PORT to a port of its own.',
    );
  const statements = await count(driver, 'web-statements');
  if (statements === EDGES + EXTRA_STATEMENTS) return;
  console.log(`generating ${NODES} entities and ${EDGES + EXTRA_STATEMENTS} statements through the store...`);
  const started = performance.now();
  await clear(driver);
  await writeDocuments(driver, benchGraphs());
  console.log(`  written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Empties the database; the statement commits in chunks, so it runs outside a transaction. */
async function clear(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(loadStatement('bench/web-clear.cypher'));
  } finally {
    await session.close();
  }
}

/** Writes the samples afresh, as `npm start` does on an empty database; refuses a database holding others. */
export async function ensureSamples(driver: Driver): Promise<void> {
  const foreign = await count(driver, 'web-foreign-samples', { origin: 'samples/' });
  if (foreign > 0)
    throw new Error(
      `bench:web: the Neo4j of the sample graph holds ${foreign} documents that are not the samples. ` +
        'Set NEO4J_BENCH_PORT to a port of its own (the samples use the next port).',
    );
  console.log('ingesting the samples...');
  await clear(driver);
  await ingestSamples(driver, (message) => {
    console.log(`  skipped ${message}`);
  });
}
