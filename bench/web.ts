// npm run bench:web: the explorer in headless Chromium on two graphs, the samples `npm start` ingests and
// a generated graph of 10,000 entities and 50,000 edges, each in a private local Neo4j (NEO4J_BENCH_PORT,
// default 7689, and the next port for the samples) served by `npm start` on a free loopback port. For
// each it prints the first view's first frame (on a second load; the first one after the server started
// is printed too) and settled layout, and the time from a filter change or a
// step of the time bar to the frame that shows it (median and slowest, against the targets: first view
// under 2 s on the samples, a filter change under 100 ms, a step under 300 ms); then the entity endpoint's
// latency under 50 concurrent clients on the large graph. Screenshots of the sample's first view, blocs
// and a time-bar position go to test-results/.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { readConfig } from '../db/config.ts';
import { connect } from '../db/connection.ts';
import { startLocal, stopLocal, type LocalStart } from '../db/local.ts';
import { seededRandom } from './random.ts';
import { measureView, type ViewFigures } from './web-browser.ts';
import { EDGES, EXTRA_STATEMENTS, NODES, ensureGraph, ensureSamples, entityId } from './web-data.ts';

const CLIENTS = 50;
const MAX_REQUESTS = 2_000;
const MAX_LOAD_MS = 60_000;
const TARGETS = { firstViewMs: 2000, filterMs: 100, stepMs: 300 };
const SHOTS = 'test-results';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => {
        resolve(port);
      });
    });
  });
}

/** `npm start` against the bench database; resolves once it prints that it is ready. */
function startServer(uri: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'web/server/main.ts'], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('explorer ready')) resolve(child);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => {
      reject(new Error(`bench:web: the server exited (${String(code)}):\n${output}`));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function entityLoad(url: string): Promise<string> {
  const next = seededRandom(11);
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (sent < MAX_REQUESTS && performance.now() - started < MAX_LOAD_MS) {
      sent++;
      const id = entityId(Math.floor(next() * NODES));
      const t = performance.now();
      const response = await fetch(`${url}api/entity/${id}`).catch(() => null);
      if (response?.ok) {
        await response.arrayBuffer();
        latencies.push(performance.now() - t);
      } else errors++;
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const seconds = (performance.now() - started) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return (
    `API GET /api/entity/:id, ${CLIENTS} concurrent clients, ${sorted.length + errors} requests in ${seconds.toFixed(1)} s: ` +
    `median ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, ` +
    `${(sorted.length / seconds).toFixed(0)} req/s, ${errors} errors`
  );
}

const median = (values: number[]): number =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const ms = (value: number | string | undefined): string => `${Number(value ?? NaN).toFixed(0)} ms`;

/** "median 41 ms, slowest 63 ms (target < 100 ms: met)" */
function summary(values: number[], target: number): string {
  if (values.length === 0) return 'not measured';
  const [mid, worst] = [median(values), Math.max(...values)];
  return `median ${ms(mid)}, slowest ${ms(worst)} over ${values.length} (target < ${target} ms: ${worst < target ? 'met' : mid < target ? 'median met' : 'missed'})`;
}

function report(name: string, figures: ViewFigures, firstViewTarget?: number): void {
  const { dataset } = figures;
  const rendered = Number(dataset.rendered);
  console.log(
    `  ${name}: first view of ${dataset.nodeCount ?? '?'} nodes and ${dataset.edgeCount ?? '?'} edges`,
  );
  console.log(
    `    first frame ${ms(rendered)} after navigation (data fetch included)` +
      (firstViewTarget
        ? ` (target < ${firstViewTarget} ms: ${rendered < firstViewTarget ? 'met' : 'missed'})`
        : ''),
  );
  console.log(
    `    the very first load, on a server and a Neo4j just started: first frame ${ms(figures.cold.rendered)}`,
  );
  console.log(
    `    settled layout ${ms(dataset.settledAt)} after navigation (ForceAtlas2 ran ${ms(dataset.layoutMs)}, ended: ${dataset.layoutEnd ?? '?'})`,
  );
  console.log(`    filter change: ${summary(figures.filters, TARGETS.filterMs)}`);
  console.log(`    time-bar step: ${summary(figures.steps, TARGETS.stepMs)}`);
  console.log(`    time-bar step with blocs: ${summary(figures.blocSteps, TARGETS.stepMs)}`);
  console.log(
    `    blocs found after each step's frame in: median ${ms(median(figures.blocs))}, slowest ${ms(Math.max(...figures.blocs))}`,
  );
}

/** A private local Neo4j on `port`, prepared by `fill`, served by `npm start`; `use` gets the app's address. */
async function onGraph(
  port: number,
  fill: (driver: Driver) => Promise<void>,
  use: (url: string, local: LocalStart) => Promise<void>,
): Promise<void> {
  const local = await startLocal({ port });
  const driver = await connect({ ...readConfig(), uri: undefined, port });
  let server: ChildProcess | undefined;
  try {
    await fill(driver);
    const webPort = await freePort();
    server = await startServer(local.uri, webPort);
    await use(`http://127.0.0.1:${webPort}/`, local);
  } finally {
    server?.kill('SIGTERM');
    await driver.close();
    if (!local.alreadyRunning) await stopLocal({ port });
  }
}

async function main(): Promise<void> {
  const port = Number(process.env.NEO4J_BENCH_PORT ?? 7689);
  delete process.env.NEO4J_URI;
  await onGraph(port + 1, ensureSamples, async (url, local) => {
    console.log(`bench:web on Neo4j ${local.version}; the samples at ${local.uri}, app at ${url}`);
    report('samples', await measureView(url, { dir: SHOTS, name: 'bench-web-samples' }), TARGETS.firstViewMs);
  });
  await onGraph(port, ensureGraph, async (url, local) => {
    console.log(
      `the generated graph at ${local.uri} (${NODES} entities, ${EDGES} edges, ${EDGES + EXTRA_STATEMENTS} statements), app at ${url}`,
    );
    const t = performance.now();
    const body = await (await fetch(`${url}api/graph?limit=100000`)).arrayBuffer();
    console.log(
      `  API GET /api/graph (all of it): ${ms(performance.now() - t)}, ${(body.byteLength / 1e6).toFixed(1)} MB`,
    );
    report('generated graph', await measureView(url));
    console.log(`  ${await entityLoad(url)}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
