// `npm start`: the local Neo4j (started or reused), the schema, the samples on first run, the API and the
// built app, all on one port (127.0.0.1:8080 unless HOST or PORT say otherwise).
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { createApp } from './app.ts';
import { prepareDatabase, listenAddress, listenError, onShutdown } from './bootstrap.ts';
import { DIST_DIR, ensureBuilt } from './build.ts';

const log = (message: string): void => {
  console.log(`stancegraph: ${message}`);
};

async function main(): Promise<void> {
  const address = listenAddress();
  // What is running so far, for Ctrl-C at any moment.
  const running: { driver?: Driver; app?: FastifyInstance } = {};
  onShutdown(async () => {
    await running.app?.close();
    await running.driver?.close();
  }, log);
  const [driver] = await Promise.all([prepareDatabase(log), ensureBuilt(log)]);
  running.driver = driver;
  const app = await createApp({ driver, staticDir: DIST_DIR });
  running.app = app;
  try {
    await app.listen(address);
  } catch (error) {
    await driver.close();
    throw listenError(error, address);
  }
  log(`explorer ready at http://${address.host}:${address.port}/  (Ctrl-C to stop)`);
}

main().catch((error: unknown) => {
  console.error(`stancegraph: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
