// Applies cypher/schema.cypher: constraints and indexes of the graph model, all IF NOT EXISTS, so
// applying it again changes nothing.
import type { Driver } from 'neo4j-driver';
import { loadStatements } from './cypher.ts';

/** Returns the number of statements run. */
export async function applySchema(driver: Driver): Promise<number> {
  const statements = loadStatements('schema.cypher');
  // One statement per transaction: Neo4j does not mix schema changes with other work in one.
  for (const statement of statements) {
    await driver.executeQuery(statement);
  }
  return statements.length;
}
