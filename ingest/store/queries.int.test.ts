// Every saved query (cypher/queries/) against the real local test Neo4j, with its expected answer: exact
// answers on hand-built documents modelled on the founding article, and the answers the gold annotation
// of the founding article itself calls for, on what extraction finds in it.
import { readFileSync } from 'node:fs';
import { isNode, isRelationship, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connection.ts';
import { extractDocument } from '../pipeline.ts';
import { BEIJING, MOSCOW } from './fixtures.ts';
import { writeDocuments } from './index.ts';
import { bindParams, loadSavedQueries } from './queries.ts';
import { emptyDatabase, stream } from './testing.ts';

const SEED = new URL('../../../shared/eval/seed/wang-yi-lavrov-moscow.txt', import.meta.url);
const queries = new Map(loadSavedQueries().map((q) => [q.name, q]));

let driver: Driver;

/** Runs a saved query; nodes come back as their id, relationships as `TYPE:statementId`. */
async function ask(name: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const query = queries.get(name);
  if (!query) throw new Error(`no saved query ${name}`);
  const { records } = await driver.executeQuery(query.cypher, bindParams(query, params));
  return records.map((record) => simplify(record.toObject()) as Record<string, unknown>);
}

function simplify(value: unknown): unknown {
  if (isNode(value)) return value.properties.id;
  if (isRelationship(value)) return `${value.type}:${String(value.properties.statementId)}`;
  if (Array.isArray(value)) return value.map(simplify);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, simplify(v)]));
  return value;
}

const pick = (rows: Record<string, unknown>[], ...keys: string[]) =>
  rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]])));

beforeAll(async () => {
  driver = await connect();
});
afterAll(async () => {
  await emptyDatabase(driver);
  await driver.close();
});

describe('saved queries on documents modelled on the founding article (exact answers)', () => {
  beforeAll(async () => {
    await emptyDatabase(driver);
    await writeDocuments(driver, stream([MOSCOW, BEIJING]));
  });

  it.each([
    [
      'supporters',
      { id: 'belt-and-road-initiative' },
      ['actor', 'statements'],
      [
        { actor: 'CHN', statements: 1 },
        { actor: 'RUS', statements: 1 },
      ],
    ],
    [
      'opponents',
      { id: 'USA' },
      ['actor', 'statements'],
      [
        { actor: 'CHN', statements: 1 },
        { actor: 'sergei-lavrov', statements: 1 },
      ],
    ],
    [
      'proposers',
      { id: 'global-initiative-on-data-security' },
      ['actor', 'evidence'],
      [{ actor: 'CHN', evidence: ['PROPOSES:moscow#8:CHN-PROPOSES-global-initiative-on-data-security'] }],
    ],
    [
      'positions-of',
      { id: 'CHN' },
      ['relation', 'target'],
      [
        { relation: 'OPPOSES', target: 'USA' },
        { relation: 'PROPOSES', target: 'global-initiative-on-data-security' },
        { relation: 'SUPPORTS', target: 'belt-and-road-initiative' },
        { relation: 'SUPPORTS', target: 'multilateralism' },
        { relation: 'SUPPORTS', target: 'who' },
      ],
    ],
    [
      'evidence',
      { source: 'CHN', relation: 'SUPPORTS', target: 'belt-and-road-initiative' },
      ['quote', 'speaker', 'title', 'documentId', 'date', 'sentenceIndex', 'start', 'end', 'modality'],
      [
        {
          quote: 'Sentence 0 of moscow.',
          speaker: 'Wang Yi',
          title: 'Title of moscow',
          documentId: 'moscow',
          date: '2020-09-11',
          sentenceIndex: 0,
          start: 0,
          end: 21,
          modality: 'stated',
        },
      ],
    ],
    ['evidence', { source: 'CHN', relation: 'MENTIONS', target: 'USA' }, ['quote'], []],
    [
      'allies',
      { id: 'CHN' },
      ['ally', 'agreement', 'shared'],
      [
        {
          ally: 'RUS',
          agreement: 2,
          shared: ['SUPPORTS Belt and Road Initiative', 'SUPPORTS World Health Organization'],
        },
        { ally: 'sergei-lavrov', agreement: 1, shared: ['OPPOSES United States'] },
      ],
    ],
    ['allies', { id: 'CHN', limit: 1 }, ['ally'], [{ ally: 'RUS' }]],
    [
      'adversaries',
      { id: 'sergei-lavrov' },
      ['adversary', 'conflicts', 'issues'],
      [
        {
          adversary: 'USA',
          conflicts: 2,
          issues: ['OPPOSES Indo-Pacific strategy', 'opposes United States'],
        },
      ],
    ],
    [
      'adversaries',
      { id: 'USA' },
      ['adversary', 'conflicts'],
      [
        { adversary: 'sergei-lavrov', conflicts: 2 },
        { adversary: 'CHN', conflicts: 1 },
      ],
    ],
    ['adversaries', { id: 'RUS' }, ['adversary'], []],
    [
      'contested',
      {},
      ['target', 'supporting', 'opposing', 'supporters', 'opponents'],
      [
        {
          target: 'indo-pacific-strategy',
          supporting: 1,
          opposing: 1,
          supporters: ['USA'],
          opponents: ['sergei-lavrov'],
        },
      ],
    ],
    [
      'principal-positions',
      { id: 'sergei-lavrov' },
      ['principal', 'relation', 'target', 'saidBy'],
      [
        { principal: 'RUS', relation: 'OPPOSES', target: 'indo-pacific-strategy', saidBy: ['Sergei Lavrov'] },
        { principal: 'RUS', relation: 'OPPOSES', target: 'USA', saidBy: ['Sergei Lavrov'] },
        { principal: 'RUS', relation: 'SUPPORTS', target: 'belt-and-road-initiative', saidBy: ['Russia'] },
        {
          principal: 'RUS',
          relation: 'SUPPORTS',
          target: 'global-initiative-on-data-security',
          saidBy: ['Russia'],
        },
        { principal: 'RUS', relation: 'SUPPORTS', target: 'who', saidBy: ['Russia'] },
      ],
    ],
    [
      'positions-over-time',
      { id: 'CHN' },
      ['month', 'relation', 'targetId', 'statements'],
      [
        { month: '2020-09', relation: 'OPPOSES', targetId: 'USA', statements: 1 },
        {
          month: '2020-09',
          relation: 'PROPOSES',
          targetId: 'global-initiative-on-data-security',
          statements: 1,
        },
        { month: '2020-09', relation: 'SUPPORTS', targetId: 'belt-and-road-initiative', statements: 1 },
        { month: '2020-09', relation: 'SUPPORTS', targetId: 'who', statements: 1 },
        { month: '2020-10', relation: 'SUPPORTS', targetId: 'multilateralism', statements: 1 },
      ],
    ],
  ])('%s %j', async (name, params, keys, expected) => {
    expect(pick(await ask(name, params), ...keys)).toEqual(expected);
  });

  it('every saved query runs with its example parameters', async () => {
    for (const query of queries.values()) await expect(ask(query.name, query.example)).resolves.toBeDefined();
  });
});

describe('saved queries on the founding article, as extracted (answers from its gold annotation)', () => {
  let id: (name: string) => Promise<string>;

  beforeAll(async () => {
    await emptyDatabase(driver);
    const text = readFileSync(SEED, 'utf8');
    const graph = extractDocument({ id: 'wang-yi-lavrov-moscow', origin: 'seed', date: '2020-09-11', text });
    await writeDocuments(driver, stream([graph]));
    // Ids are the extraction's business: look entities up by the names the gold gives them.
    id = async (name) => {
      const { records } = await driver.executeQuery(
        'MATCH (e:Entity) WHERE e.name = $name OR $name IN e.aliases RETURN e.id AS id',
        { name },
      );
      const [found] = records.map((r) => r.get('id') as string);
      if (found === undefined) throw new Error(`the founding article's graph has no entity named ${name}`);
      return found;
    };
  });

  const actorsOf = (rows: Record<string, unknown>[], key = 'actor') => rows.map((row) => row[key]);

  it('supporters: China and Russia support the Belt and Road Initiative', async () => {
    const actors = actorsOf(await ask('supporters', { id: await id('Belt and Road Initiative') }));
    expect(actors).toEqual(expect.arrayContaining([await id('China'), await id('Russia')]));
  });

  it('opponents: Lavrov (or Russia) opposes the Indo-Pacific strategy', async () => {
    const actors = actorsOf(await ask('opponents', { id: await id('Indo-Pacific strategy') }));
    expect(actors.some((a) => a === 'RUS' || a === 'sergei-lavrov')).toBe(true);
  });

  it('proposers: China proposes the Global Initiative on Data Security', async () => {
    expect(
      actorsOf(await ask('proposers', { id: await id('Global Initiative on Data Security') })),
    ).toContain('CHN');
  });

  it('positions-of: China supports the BRI and the WHO, proposes the GIDS, opposes the United States', async () => {
    const positions = pick(await ask('positions-of', { id: 'CHN' }), 'relation', 'target');
    expect(positions).toEqual(
      expect.arrayContaining([
        { relation: 'SUPPORTS', target: await id('Belt and Road Initiative') },
        { relation: 'SUPPORTS', target: await id('World Health Organization') },
        { relation: 'PROPOSES', target: await id('Global Initiative on Data Security') },
        { relation: 'OPPOSES', target: 'USA' },
      ]),
    );
  });

  it('evidence: the sentence saying China supports the BRI, said by Wang Yi', async () => {
    const evidence = await ask('evidence', {
      source: 'CHN',
      relation: 'SUPPORTS',
      target: await id('Belt and Road Initiative'),
    });
    expect(evidence).toContainEqual(
      expect.objectContaining({
        quote: expect.stringContaining(
          'push forward the docking of the Belt & Road Initiative (BRI) with the Eurasian Economic Union',
        ) as unknown,
        speaker: 'Wang Yi',
        documentId: 'wang-yi-lavrov-moscow',
      }),
    );
  });

  it('allies: Russia is China’s closest ally', async () => {
    const [first] = await ask('allies', { id: 'CHN' });
    expect(first).toMatchObject({ ally: 'RUS' });
    expect(first?.agreement).toBeGreaterThanOrEqual(5);
  });

  it('adversaries: the United States is an adversary of Russia', async () => {
    expect(actorsOf(await ask('adversaries', { id: 'RUS' }), 'adversary')).toContain('USA');
  });

  it('contested: what China and Russia both support is not contested', async () => {
    const targets = actorsOf(await ask('contested'), 'target');
    for (const name of ['Belt and Road Initiative', 'World Health Organization', 'multilateralism'])
      expect(targets).not.toContain(await id(name));
  });

  it('principal-positions: Lavrov’s opposition to the Indo-Pacific strategy counts for Russia', async () => {
    const positions = await ask('principal-positions', { id: await id('Sergei Lavrov') });
    expect(pick(positions, 'principal', 'relation', 'target')).toContainEqual({
      principal: 'RUS',
      relation: 'OPPOSES',
      target: await id('Indo-Pacific strategy'),
    });
  });

  it('positions-over-time: every position of China in the month of the article', async () => {
    const months = actorsOf(await ask('positions-over-time', { id: 'CHN' }), 'month');
    expect(months.length).toBeGreaterThan(0);
    expect(new Set(months)).toEqual(new Set(['2020-09']));
  });
});
