// What `npm start` and `npm run dev` do before serving: reach Neo4j (starting the local one when
// NEO4J_URI is unset), apply the schema, and fill an empty database with the samples.
import type { Driver } from 'neo4j-driver';
import { DEFAULTS } from '../../db/config.ts';
import { connect, readConfig, type Neo4jConfig } from '../../db/connection.ts';
import { isLocalRunning, startLocal } from '../../db/local.ts';
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
  const config = readConfig();
  if (config.uri === undefined) {
    log(`starting or reusing the local Neo4j on port ${config.port}...`);
    await startLocal({ port: config.port, log });
  } else log(`connecting to ${config.uri}...`);
  const driver = await connectServer(config);
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

/**
 * On SIGINT or SIGTERM (Ctrl-C): runs `close`, says what is left running, exits. Set up first
 * thing, so that Ctrl-C during the first start's download or Neo4j's start is answered as well.
 */
export function onShutdown(close: () => Promise<void>, log: (message: string) => void): void {
  let closing = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      // A second Ctrl-C does not wait for the closing.
      if (closing) process.exit(130);
      closing = true;
      close()
        .then(() => {
          log(`stopped.${localNeo4jNote()}`);
          process.exit(0);
        })
        .catch((error: unknown) => {
          console.error(error);
          process.exit(1);
        });
    });
}

/** What stays behind: the local Neo4j runs on (detached) so that the next start takes seconds. */
function localNeo4jNote(): string {
  const { uri, port } = readConfig();
  if (uri !== undefined || !isLocalRunning(port)) return '';
  const stop = port === DEFAULTS.port ? 'npm run db:stop' : `NEO4J_PORT=${port} npm run db:stop`;
  return ` The local Neo4j on port ${port} keeps running (about 1 GB of memory) so that the next start takes seconds; stop it with \`${stop}\`.`;
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
