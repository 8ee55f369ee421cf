// Issue 4's first promise, on the real local test Neo4j: the founding article extracted and stored, its
// key facts in the graph with their evidence, and a second ingest changing nothing.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connection.ts';
import type { DocumentGraph } from '../model.ts';
import { extractDocument } from '../pipeline.ts';
import { writeDocuments } from './index.ts';
import { emptyDatabase, graphCounts, graphSnapshot, rows, stream } from './testing.ts';

const SEED = new URL('../../../shared/eval/seed/wang-yi-lavrov-moscow.txt', import.meta.url);
const BRI_SENTENCE =
  'The two sides will take the implementation of the consensus of the two heads of state as the core task, ' +
  'continue to deepen mutual political trust and strategic cooperation, push forward the docking of the ' +
  'Belt & Road Initiative (BRI) with the Eurasian Economic Union';

let driver: Driver;
let graph: DocumentGraph;
/** The id of the entity the article calls `name` (ids are the extraction's business, names are the text's). */
let id: (name: string) => Promise<string | undefined>;

beforeAll(async () => {
  driver = await connect();
  await emptyDatabase(driver);
  graph = extractDocument({
    id: 'wang-yi-lavrov-moscow',
    origin: 'seed/wang-yi-lavrov-moscow.txt',
    text: readFileSync(SEED, 'utf8'),
  });
  await writeDocuments(driver, stream([graph]));
  id = async (name) => {
    const [found] = await rows(
      driver,
      'MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e.id AS id',
      { name },
    );
    return found?.id as string | undefined;
  };
});
afterAll(async () => {
  await emptyDatabase(driver);
  await driver.close();
});

describe('the founding article in Neo4j', () => {
  it('Wang Yi REPRESENTS China', async () => {
    const found = await rows(
      driver,
      'MATCH (:Person {id: $wang})-[r:REPRESENTS]->(:Country {id: $china}) RETURN r.documentIds AS docs',
      { wang: await id('Wang Yi'), china: await id('China') },
    );
    expect(found).toEqual([{ docs: ['wang-yi-lavrov-moscow'] }]);
  });

  it('China SUPPORTS the Belt and Road Initiative, with the sentence that says it as evidence', async () => {
    const found = await rows(
      driver,
      `MATCH (:Country {id: $china})-[r:SUPPORTS]->(:Entity {id: $bri})
       RETURN r.quote AS quote, r.documentId AS documentId, r.start AS start, r.end AS end`,
      { china: await id('China'), bri: await id('Belt and Road Initiative') },
    );
    const text = readFileSync(SEED, 'utf8');
    const evidence = found.find((r) => String(r.quote).startsWith(BRI_SENTENCE));
    expect(evidence).toMatchObject({ documentId: 'wang-yi-lavrov-moscow' });
    // The offsets point at the quoted sentence in the document.
    expect(text.slice(Number(evidence?.start), Number(evidence?.end))).toBe(evidence?.quote);
  });

  it('Lavrov, or Russia, OPPOSES the Indo-Pacific strategy', async () => {
    const found = await rows(
      driver,
      'MATCH (a:Entity)-[r:OPPOSES]->(:Entity {id: $strategy}) WHERE a.id IN $actors RETURN r.quote AS quote',
      {
        strategy: await id('Indo-Pacific strategy'),
        actors: [await id('Sergei Lavrov'), await id('Russia')],
      },
    );
    expect(found).toContainEqual({
      quote: expect.stringContaining('Cold War-style “Indo-Pacific strategy”') as unknown,
    });
  });

  it('ingesting it again changes no count and no property', async () => {
    const counts = await graphCounts(driver);
    const snapshot = await graphSnapshot(driver);
    const again = await writeDocuments(
      driver,
      stream([
        extractDocument({
          id: 'wang-yi-lavrov-moscow',
          origin: 'seed/wang-yi-lavrov-moscow.txt',
          text: readFileSync(SEED, 'utf8'),
        }),
      ]),
    );
    expect(again).toMatchObject({ documents: 0, statements: 0, skipped: 1 });
    expect(await graphCounts(driver)).toEqual(counts);
    expect(await graphSnapshot(driver)).toEqual(snapshot);
    expect(counts.Document).toBe(1);
    expect(counts.SUPPORTS).toBeGreaterThan(0);
  });
});
