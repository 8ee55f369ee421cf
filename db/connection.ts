// The one way the code reaches Neo4j. With NEO4J_URI set it connects there and never starts anything;
// without it, it starts (or reuses) the local Neo4j on NEO4J_PORT.
import neo4j, { type Driver, isRetryableError } from 'neo4j-driver';
import { boltTarget, readConfig, type Neo4jConfig } from './config.ts';
import { startLocal } from './local.ts';

export { boltTarget, readConfig, type BoltTarget, type Neo4jConfig } from './config.ts';

/** How long to wait for a Neo4j at NEO4J_URI that is still starting (e.g. a container). */
const REMOTE_WAIT_MS = 60_000;

/** Driver settings a caller may change (the server fails fast while Neo4j is away). */
export interface DriverOptions {
  connectionTimeout?: number;
  maxTransactionRetryTime?: number;
}

/**
 * A driver whose connection has been verified. Integers come back as JS numbers (everything this project
 * counts fits in 2^53). `options` adds to the driver's configuration. The caller closes it.
 */
export async function connect(
  config: Neo4jConfig = readConfig(),
  options: DriverOptions = {},
): Promise<Driver> {
  if (config.uri === undefined) await startLocal({ port: config.port });
  const { uri, user, password } = boltTarget(config);
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(user, password),
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the driver types its plain options object as a class
    { disableLosslessIntegers: true, ...options },
  );
  try {
    await verify(driver);
  } catch (error) {
    await driver.close();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot connect to Neo4j at ${uri} as ${user}: ${reason}. Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  return driver;
}

/** Retries while the server is unavailable (starting up); fails at once on anything else, e.g. a bad password. */
async function verify(driver: Driver): Promise<void> {
  const deadline = Date.now() + REMOTE_WAIT_MS;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (!isRetryableError(error) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
