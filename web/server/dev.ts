// `npm run dev`: the API on PORT + 1 and Vite's dev server (hot reload) on PORT, which forwards /api to it.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createApp } from './app.ts';
import { prepareDatabase, listenAddress, listenError, onShutdown } from './bootstrap.ts';

const log = (message: string): void => {
  console.log(`stancegraph dev: ${message}`);
};

async function main(): Promise<void> {
  const address = listenAddress();
  const api = { host: '127.0.0.1', port: address.port + 1 };
  const driver = await prepareDatabase(log);
  const app = await createApp({ driver });
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
  await vite.listen();
  onShutdown(async () => {
    await vite.close();
    await app.close();
    await driver.close();
  });
  log(`explorer with hot reload at http://${address.host}:${address.port}/ (API on port ${api.port})`);
}

main().catch((error: unknown) => {
  console.error(`stancegraph dev: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
