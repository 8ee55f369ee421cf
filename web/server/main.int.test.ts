// `npm start` as a user runs it, against the local test Neo4j: Ctrl-C stops the server and says that
// the local Neo4j keeps running, and how to stop it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readConfig } from '../../db/config.ts';
import { connect } from '../../db/connection.ts';
import { writeDocuments } from '../../ingest/store/index.ts';
import { handmadeFoundingGraph } from '../e2e/fixtures/documents.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        resolve(port);
      });
    });
  });
}

it('answers Ctrl-C by stopping and saying that the local Neo4j keeps running and how to stop it', async () => {
  // Not empty, so that the start does not ingest the samples.
  const driver = await connect();
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  await writeDocuments(driver, [handmadeFoundingGraph()]);
  await driver.close();
  const { testPort } = readConfig();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_PORT: String(testPort),
    PORT: String(await freePort()),
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/server/main.ts'], { cwd: ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('explorer ready') && !child.killed) child.kill('SIGINT');
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise((resolve) => child.once('close', resolve));
  expect(output).toContain('explorer ready');
  expect(code).toBe(0);
  expect(output).toContain(`stopped. The local Neo4j on port ${testPort} keeps running`);
  expect(output).toContain(`NEO4J_PORT=${testPort} npm run db:stop`);
}, 180_000);
