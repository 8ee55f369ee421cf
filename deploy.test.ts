// How people deploy it, checked without a Docker engine: docker-compose.yml as Compose reads it (the
// Compose plugin, or Debian's docker-compose), the Dockerfile's stages, what the image may leave out
// (dev dependencies, .env), and one Node version that every dependency accepts.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  dependencies: Record<string, string>;
};

/** `docker compose config` (or `docker-compose config`) of the project, in this environment. */
function composeConfig(env: Record<string, string> = {}): string {
  const clean = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env };
  const plugin = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' });
  const [command, args] =
    plugin.status === 0 ? ['docker', ['compose', 'config']] : ['docker-compose', ['config']];
  return execFileSync(command, args, { cwd: ROOT, env: clean, encoding: 'utf8' });
}

describe('docker-compose.yml', () => {
  it('is valid Compose, publishing the explorer on this machine only unless PUBLISH_HOST says otherwise', () => {
    expect(composeConfig()).toMatch(/- 127\.0\.0\.1:8080:8080/);
    expect(composeConfig({ PUBLISH_HOST: '0.0.0.0', PORT: '9090' })).toMatch(/- 0\.0\.0\.0:9090:8080/);
  });

  it('gives Neo4j the memory limits of the local one', () => {
    const local = read('db/neo4j.conf');
    for (const [setting, variable] of [
      ['db.memory.transaction.max', 'NEO4J_db_memory_transaction_max'],
      ['db.memory.transaction.total.max', 'NEO4J_db_memory_transaction_total_max'],
    ] as const) {
      const value = new RegExp(`^${setting.replace(/\./g, '\\.')}=(\\S+)$`, 'm').exec(local)?.[1];
      expect(composeConfig()).toContain(`${variable}: ${value ?? 'missing'}`);
    }
  });
});

describe('Dockerfile', () => {
  const dockerfile = read('Dockerfile');
  const stages = dockerfile.split(/^FROM /m).slice(1);

  it('builds the browser app in a build stage and runs it from a second one', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/AS build\n[\s\S]*RUN npm run build/);
    expect(stages[1]).toMatch(/COPY --from=build \/app\/web\/dist \.\/web\/dist/);
  });

  it('runs with production dependencies only, as a user other than root, with a health check', () => {
    const runtime = stages[1] ?? '';
    expect(runtime).toMatch(/RUN npm ci --omit=dev/);
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK .*\n.*\/api\/health/m);
    expect(runtime).not.toMatch(/COPY \. \./);
  });

  it('leaves .env out of the build context', () => {
    expect(read('.dockerignore').split('\n')).toContain('.env');
  });
});

/** Packages the server's code imports as it runs, by file: static imports, `import()`, resolved names. */
function runtimeImports(entries: string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue = [...entries];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = read(file);
    const specifiers = [
      ...code.matchAll(/^import (?!type )[^;]*?from '([^']+)';/gms),
      ...code.matchAll(/import\('([^']+)'\)/g),
      // A package resolved to hand to a worker thread (tsx, see ingest/workers/pool.ts).
      ...code.matchAll(/\.resolve\('([^'.][^']*)'\)/g),
      ...code.matchAll(/new URL\('(\.[^']+\.ts)', import\.meta\.url\)/g),
    ].map((match) => match[1] ?? '');
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) queue.push(relative(ROOT, join(ROOT, dirname(file), specifier)));
      else if (!specifier.startsWith('node:')) {
        const name = specifier
          .split('/')
          .slice(0, specifier.startsWith('@') ? 2 : 1)
          .join('/');
        found.set(name, [...(found.get(name) ?? []), file]);
      }
    }
  }
  return found;
}

describe('the image', () => {
  it('needs no dev dependency to serve: Vite is loaded only to build, which the image does beforehand', () => {
    const imports = runtimeImports(['web/server/main.ts']);
    expect([...imports.keys()]).toEqual(
      expect.arrayContaining(['fastify', 'neo4j-driver', 'piscina', 'tsx', 'wink-nlp']),
    );
    const missing = [...imports].filter(
      ([name, files]) =>
        !(name in pkg.dependencies) &&
        !(name === 'vite' && files.every((file) => file === 'web/server/build.ts')),
    );
    expect(missing).toEqual([]);
  });
});

describe('package.json', () => {
  it('names a Node version in engines that every installed package accepts', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; version?: string }>;
    };
    const oldest = semver.minVersion(pkg.engines.node)?.version ?? '';
    const refusing = Object.entries(lock.packages)
      .map(([path, info]) => [path, !Array.isArray(info.engines) ? info.engines?.node : undefined] as const)
      .filter(([, range]) => range !== undefined && !semver.satisfies(oldest, range))
      .map(([path, range]) => `${path} needs Node ${range ?? ''}`);
    expect(oldest).toMatch(/^20\./);
    expect(refusing).toEqual([]);
  });
});
