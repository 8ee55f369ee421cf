// What `npm start` and `npm run dev` do before serving: reach Neo4j (starting the local one when
// NEO4J_URI is unset), apply the schema, and fill an empty database with the samples.
import type { Driver } from 'neo4j-driver';
import { connect, readConfig, type Neo4jConfig } from '../../db/connection.ts';
import { applySchema } from '../../db/schema.ts';
import { ingestSamples, isEmpty } from './samples.ts';
import { FAIL_FAST } from './unavailable.ts';

export interface Listen {
  host: string;
  port: number;
}

/** HOST and PORT from the environment, 127.0.0.1:8080 by default. */
export function listenAddress(env: NodeJS.ProcessEnv = process.env): Listen {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 1 || port > 65_535)
    throw new Error(`PORT must be a port number from 1 to 65535 (got ${env.PORT ?? ''}).`);
  return { host: env.HOST ?? '127.0.0.1', port };
}

/** The server's driver: it fails fast while Neo4j is away (see FAIL_FAST). */
export function connectServer(config: Neo4jConfig = readConfig()): Promise<Driver> {
  return connect(config, FAIL_FAST);
}

export async function prepareDatabase(log: (message: string) => void): Promise<Driver> {
  log(
    process.env.NEO4J_URI
      ? `connecting to ${process.env.NEO4J_URI}...`
      : 'starting or reusing the local Neo4j...',
  );
  const driver = await connectServer();
  await applySchema(driver);
  if (await isEmpty(driver)) {
    log('the database is empty: ingesting the sample articles in samples/...');
    const started = performance.now();
    const result = await ingestSamples(driver, (message) => {
      log(`  skipped ${message}`);
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `ingested ${result.documents} documents (${result.statements} statements, ${result.entities} entities) in ${seconds} s`,
    );
  }
  return driver;
}

/** Closes `close` once on SIGINT or SIGTERM, then exits. */
export function onShutdown(close: () => Promise<void>): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      if (closing) return;
      closing = true;
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
}

export function listenError(error: unknown, { host, port }: Listen): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE')
    return new Error(
      `${host}:${port} is already in use: stop what runs there or choose another port (PORT=8081 npm start).`,
    );
  if (code === 'EACCES')
    return new Error(`Not allowed to listen on ${host}:${port}: choose a port above 1024 (PORT=8080).`);
  return error instanceof Error ? error : new Error(String(error));
}
