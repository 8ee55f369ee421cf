// Helpers of the store's integration tests: what is in the database, in forms tests can compare.
import type { Driver } from 'neo4j-driver';
import type { DocumentGraph } from '../model.ts';

/**
 * Deletes everything, in transactions of bounded size (an auto-commit query): a private instance may hold
 * a developer's whole corpus, more than Neo4j lets one transaction delete (db.memory.transaction.max).
 */
export async function emptyDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

/** Nodes per label and relationships per type, e.g. `{ Entity: 9, Country: 3, SUPPORTS: 6, ... }`. */
export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL () {
      MATCH (n) UNWIND labels(n) AS key RETURN key, count(*) AS n
      UNION ALL
      MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS n
    }
    RETURN key, sum(n) AS n ORDER BY key`);
  return Object.fromEntries(records.map((r) => [r.get('key') as string, Number(r.get('n'))]));
}

/**
 * Every node and relationship with its labels and properties (lists sorted: they are sets),
 * sorted: equal snapshots are equal graphs, whatever the internal ids and the order of writing.
 */
export async function graphSnapshot(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    CALL () {
      MATCH (n) RETURN [labels(n), properties(n)] AS item
      UNION ALL
      MATCH (a)-[r]->(b) RETURN [a.id, type(r), b.id, properties(r)] AS item
    }
    RETURN item`);
  return records.map((r) => JSON.stringify(r.get('item'), sortedLists)).sort();
}

// The item itself (key '') keeps its order; lists inside it (labels, aliases, documentIds) are sets.
function sortedLists(this: unknown, key: string, value: unknown): unknown {
  if (Array.isArray(value) && key !== '') return [...(value as unknown[])].sort();
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  return value;
}

/** Documents as the async stream the store consumes (what extraction produces). */
export async function* stream(graphs: Iterable<DocumentGraph>): AsyncGenerator<DocumentGraph> {
  for (const graph of graphs) {
    await Promise.resolve();
    yield graph;
  }
}

/** Rows of a query as plain objects. */
export async function rows(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}
