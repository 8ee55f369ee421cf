// Vitest global setup of the integration and e2e projects: starts (or reuses) the local TEST Neo4j on
// NEO4J_TEST_PORT and points the test workers at it, whatever NEO4J_URI the user has set, so that tests
// never touch user data. If it cannot start, this throws and the whole run fails with the reason.
// The instance is left running after the run: the next run starts in seconds (npm run db:stop with
// NEO4J_PORT set to the test port stops it).
import { readConfig } from './config.ts';
import { startLocal } from './local.ts';

export default async function setup(): Promise<void> {
  const { port, testPort, password } = readConfig();
  if (testPort === port) {
    throw new Error(
      `NEO4J_TEST_PORT and NEO4J_PORT are both ${port}: the tests empty their database, so they need ` +
        `an instance of their own. Set NEO4J_TEST_PORT to another port.`,
    );
  }
  const { uri } = await startLocal({ port: testPort });
  // Workers start after the global setup and inherit this environment, so connect() in a test reaches
  // the test instance.
  process.env.NEO4J_URI = uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = password;
}
