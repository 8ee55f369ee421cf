// `npm run dev`: the API on PORT + 1 and Vite's dev server (hot reload) on PORT, which forwards /api to it.
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { createServer, type ViteDevServer } from 'vite';
import { createApp } from './app.ts';
import { prepareDatabase, listenAddress, listenError, onShutdown } from './bootstrap.ts';

const log = (message: string): void => {
  console.log(`stancegraph dev: ${message}`);
};

async function main(): Promise<void> {
  const address = listenAddress();
  const api = { host: '127.0.0.1', port: address.port + 1 };
  // What is running so far, for Ctrl-C at any moment.
  const running: { driver?: Driver; app?: FastifyInstance; vite?: ViteDevServer } = {};
  onShutdown(async () => {
    await running.vite?.close();
    await running.app?.close();
    await running.driver?.close();
  }, log);
  const driver = await prepareDatabase(log);
  running.driver = driver;
  const app = await createApp({ driver });
  running.app = app;
  try {
    await app.listen(api);
  } catch (error) {
    await driver.close();
    throw listenError(error, api);
  }
  const vite = await createServer({
    configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
    server: {
      host: address.host,
      port: address.port,
      strictPort: true,
      proxy: { '/api': `http://${api.host}:${api.port}` },
    },
  });
  running.vite = vite;
  await vite.listen();
  log(`explorer with hot reload at http://${address.host}:${address.port}/ (API on port ${api.port})`);
}

main().catch((error: unknown) => {
  console.error(`stancegraph dev: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
