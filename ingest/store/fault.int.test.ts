// Neo4j going away in the middle of an ingest, on a PRIVATE local instance (its own port, so stopping it
// disturbs no other test): the store stops with a clear message, nothing is half-written, and a rerun
// after a restart ends with exactly the graph of one clean run.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syntheticGraphs } from '../../bench/synthetic.ts';
import { privateTestPort, readConfig } from '../../db/config.ts';
import { startLocal, stopLocal } from '../../db/local.ts';
import type { DocumentGraph } from '../model.ts';
import { writeDocuments } from './index.ts';
import { emptyDatabase, graphCounts, graphSnapshot, rows } from './testing.ts';

const PORT = privateTestPort(readConfig());
const DOCUMENTS = [...syntheticGraphs({ documents: 240, entities: 2000, claimsPerDocument: 10, seed: 4 })];
const STOP_AFTER = 60;
/** Small batches, so that the run is many transactions long when Neo4j stops. */
const BATCH_ROWS = 150;

let uri: string;

/** A lost connection is retried for 5 s rather than the default 30 s (driver and store): the test waits less. */
function open(): Driver {
  const options = { maxTransactionRetryTime: 5000, disableLosslessIntegers: true };
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the driver types its plain options object as a class
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', readConfig().password), options);
}

async function withDriver<T>(use: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = open();
  try {
    return await use(driver);
  } finally {
    await driver.close();
  }
}

/** The documents as extraction would produce them; Neo4j is stopped once `STOP_AFTER` of them are out. */
async function* stoppingAfter(graphs: DocumentGraph[], count: number): AsyncGenerator<DocumentGraph> {
  for (const [i, graph] of graphs.entries()) {
    if (i === count) await stopLocal({ port: PORT });
    yield graph;
  }
}

/** Stored documents whose statements or mentions are not all there. */
async function halfWritten(driver: Driver): Promise<unknown[]> {
  const expected = new Map(DOCUMENTS.map((g) => [g.document.id, [g.claims.length, g.entities.length]]));
  const stored = await rows(
    driver,
    `MATCH (d:Document)
     RETURN d.id AS id, COUNT { (d)-[:MENTIONS]->() } AS mentions,
       COUNT { ()-[r:SUPPORTS|OPPOSES|PROPOSES]->() WHERE r.documentId = d.id } AS statements`,
  );
  return stored.filter((d) => {
    const [statements, mentions] = expected.get(d.id as string) ?? [];
    return d.statements !== statements || d.mentions !== mentions;
  });
}

beforeAll(async () => {
  ({ uri } = await startLocal({ port: PORT }));
});
afterAll(async () => {
  await stopLocal({ port: PORT });
});

it(
  'stops with a clear error when Neo4j goes away, and a rerun completes the job exactly',
  { timeout: 900_000 },
  async () => {
    const clean = await withDriver(async (driver) => {
      await emptyDatabase(driver);
      await writeDocuments(driver, DOCUMENTS, { batchSize: BATCH_ROWS });
      const result = { counts: await graphCounts(driver), snapshot: await graphSnapshot(driver) };
      await emptyDatabase(driver);
      return result;
    });

    let committed = 0;
    await withDriver((driver) =>
      expect(
        writeDocuments(driver, stoppingAfter(DOCUMENTS, STOP_AFTER), {
          batchSize: BATCH_ROWS,
          retryMs: 5000,
          onDocument: () => committed++,
        }),
      ).rejects.toThrow(
        /^store: lost the connection to Neo4j \(.+\)\. \d+ documents were written before it; .*rerun the same command: documents already written are skipped\.$/s,
      ),
    );
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(DOCUMENTS.length);

    await startLocal({ port: PORT });
    await withDriver(async (driver) => {
      const [stored] = await rows(driver, 'MATCH (d:Document) RETURN count(d) AS n');
      expect(stored?.n).toBeGreaterThanOrEqual(committed);
      expect(await halfWritten(driver)).toEqual([]);

      const rerun = await writeDocuments(driver, DOCUMENTS, { batchSize: BATCH_ROWS });
      expect(rerun.skipped).toBe(stored?.n);
      expect(rerun.documents).toBe(DOCUMENTS.length - Number(stored?.n));
      expect(await graphCounts(driver)).toEqual(clean.counts);
      expect(await graphSnapshot(driver)).toEqual(clean.snapshot);
    });
  },
);
