// The built app in web/dist: rebuilt when missing or older than its sources, so `npm start` and the
// end-to-end tests always serve what the code says. Vite is loaded only to build: the Docker image holds
// a built app and production dependencies, without Vite and without the sources it builds from.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = fileURLToPath(new URL('..', import.meta.url));
export const DIST_DIR = join(WEB_DIR, 'dist');
const CONFIG = join(WEB_DIR, 'vite.config.ts');
const SOURCES = ['src', 'shared', 'index.html', 'vite.config.ts'].map((name) => join(WEB_DIR, name));

/** Newest modification time under `path`, in ms; 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), info.mtimeMs);
}

export function isBuildStale(): boolean {
  const built = join(DIST_DIR, 'index.html');
  if (!existsSync(built)) return true;
  return Math.max(...SOURCES.map(newest)) > statSync(built).mtimeMs;
}

/** Builds the app unless web/dist is up to date; says so through `log`. */
export async function ensureBuilt(log: (message: string) => void): Promise<void> {
  if (!isBuildStale()) return;
  log('building the app into web/dist...');
  const { build } = await import('vite');
  await build({ configFile: CONFIG, logLevel: 'warn' });
}
