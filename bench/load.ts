// Load throughput: `npm run bench:load -- [--limit N | --all | --synthetic N] [--batch-size N[,N...]]
// [--baseline N] [--port P] [PATHS...]`.
// Extracts documents (default: the first 1000 of the White House benchmark; --synthetic N generates N
// statement-heavy ones instead) and writes them with the store into a fresh local Neo4j on its own port
// (NEO4J_BENCH_PORT, default NEO4J_PORT + 2; wiped). Prints statements/s and entities/s of the write phase
// for each batch size, on a JVM warmed up by a first pass, with the CPU Neo4j itself used (the machine is
// shared: CPU per statement is the figure that does not depend on the neighbours). --all first ingests the
// whole corpus as `npm run ingest` does (extraction and load overlapped) and prints its time. A naive
// baseline (one transaction per statement) is measured on a sample in the same run, and so is the time
// sending the rows takes without writing them: the ceiling of any write on this machine.
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { readConfig } from '../db/config.ts';
import { connect } from '../db/connection.ts';
import { loadStatement, loadStatements } from '../db/cypher.ts';
import { STATE_DIR } from '../db/java.ts';
import { startLocal, stopLocal } from '../db/local.ts';
import { readInputs } from '../ingest/input/index.ts';
import type { DocumentGraph } from '../ingest/model.ts';
import { DEFAULT_BATCH_ROWS, writeDocuments, type WriteResult } from '../ingest/store/index.ts';
import { writeInBatches } from '../ingest/store/batches.ts';
import { buildRows, contentHash, rowCount, statementCount, type BatchRows } from '../ingest/store/rows.ts';
import { extractAll } from '../ingest/workers/pool.ts';
import { syntheticGraphs } from './synthetic.ts';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/bench/whitehouse', import.meta.url));
const TARGET_STATEMENTS_PER_SECOND = 20_000;
const TARGET_CORPUS_SECONDS = 600;
const USAGE =
  'usage: npm run bench:load -- [--limit N | --all | --synthetic N] [--batch-size N[,N...]] [--baseline N] [--port P] [PATHS...]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    limit: { type: 'string', default: '1000' },
    all: { type: 'boolean', default: false },
    synthetic: { type: 'string' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_ROWS) },
    baseline: { type: 'string', default: '300' },
    port: { type: 'string', default: process.env.NEO4J_BENCH_PORT ?? String(readConfig().port + 2) },
  },
});
const limit = values.all ? Infinity : Number(values.limit);
const synthetic = values.synthetic === undefined ? undefined : Number(values.synthetic);
const batchSizes = values['batch-size'].split(',').map(Number);
const baselineSize = Number(values.baseline);
const port = Number(values.port);
const paths = positionals.length > 0 ? positionals : [DEFAULT_CORPUS];
const isCount = (value: number | undefined): boolean =>
  value === undefined || (Number.isInteger(value) && value > 0);
if (![synthetic, baselineSize, port, ...batchSizes].every(isCount) || !(limit > 0)) {
  console.error(USAGE);
  process.exit(2);
}

const n = (value: number): string => Math.round(value).toLocaleString('en-US');
const secondsSince = (started: number): number => (performance.now() - started) / 1000;

/** CPU seconds a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function* corpusGraphs(keep: DocumentGraph[]): AsyncGenerator<DocumentGraph> {
  async function* sample() {
    let count = 0;
    for await (const item of readInputs(paths)) {
      if (item.kind !== 'document') continue;
      if (count++ >= limit) return;
      yield item;
    }
  }
  for await (const item of extractAll(sample())) {
    if (item.kind !== 'graph') continue;
    keep.push(item.graph);
    yield item.graph;
  }
}

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    for (const query of loadStatements('bench/load-wipe.cypher')) await session.run(query);
  } finally {
    await session.close();
  }
}

interface Measure {
  seconds: number;
  neo4jCpu: number;
  nodeCpu: number;
  result: WriteResult;
}

async function measureWrite(
  driver: Driver,
  pid: number,
  graphs: AsyncIterable<DocumentGraph> | DocumentGraph[],
  batchSize: number,
): Promise<Measure> {
  await wipe(driver);
  const neo4jBefore = cpuSeconds(pid);
  const nodeBefore = process.cpuUsage();
  const started = performance.now();
  const result = await writeDocuments(driver, graphs, { batchSize });
  const seconds = secondsSince(started);
  const node = process.cpuUsage(nodeBefore);
  return {
    seconds,
    neo4jCpu: cpuSeconds(pid) - neo4jBefore,
    nodeCpu: (node.user + node.system) / 1e6,
    result,
  };
}

function report(label: string, { seconds, neo4jCpu, nodeCpu, result }: Measure): number {
  const rate = result.statements / seconds;
  console.log(
    `  ${label}: ${seconds.toFixed(1)} s, ${n(rate)} statements/s, ${n(result.entities / seconds)} entities/s, ` +
      `${n(result.documents / seconds)} documents/s | Neo4j CPU ${neo4jCpu.toFixed(1)} s = ` +
      `${n(result.statements / neo4jCpu)} statements per Neo4j CPU-second, node CPU ${nodeCpu.toFixed(1)} s`,
  );
  return rate;
}

/** One transaction per statement, into the graph just written (statement ids made new). */
async function naiveBaseline(driver: Driver, rows: BatchRows): Promise<{ count: number; rate: number }> {
  const sample = rows.statements
    .flatMap(({ documentId, date, statements }) => statements.map((row) => ({ documentId, date, row })))
    .slice(0, baselineSize);
  const query = loadStatement('write/statements.cypher');
  const session = driver.session();
  try {
    const started = performance.now();
    for (const { documentId, date, row } of sample) {
      const rows = [{ documentId, date, statements: [{ ...row, statementId: `${row.statementId}/naive` }] }];
      await session.executeWrite((tx) => tx.run(query, { rows }));
    }
    return { count: sample.length, rate: sample.length / secondsSince(started) };
  } finally {
    await session.close();
  }
}

/**
 * Sends the rows the writer would send, batch by batch, and has Neo4j only count them: the time the
 * transfer alone takes (Bolt encoding in Node, decoding in Neo4j), which no write of these rows can beat.
 */
async function sendOnly(driver: Driver, graphs: DocumentGraph[], batchSize: number): Promise<number> {
  const query = loadStatement('bench/load-send-only.cypher');
  const session = driver.session();
  try {
    const started = performance.now();
    await writeInBatches(graphs, batchSize, rowCount, async (batch) => {
      const rows = buildRows(batch, batch.map(contentHash));
      await session.executeRead(async (tx) => {
        for (const part of [rows.entities, rows.documents, rows.statements, rows.links])
          await tx.run(query, { rows: part });
      });
    });
    return secondsSince(started);
  } finally {
    await session.close();
  }
}

function describe(rows: BatchRows): string {
  return (
    `${n(rows.documents.length)} documents, ${n(statementCount(rows))} statements, ${n(rows.entities.length)} distinct ` +
    `entities, ${n(rows.documents.reduce((count, d) => count + d.entityIds.length, 0))} mentions, ` +
    `${n(rows.links.length)} structural edges`
  );
}

await stopLocal({ port });
rmSync(`${STATE_DIR}${port}`, { recursive: true, force: true });
const { uri, pid } = await startLocal({ port });
const driver = await connect({ ...readConfig(), uri, user: 'neo4j' });
try {
  const graphs: DocumentGraph[] = [];
  let warmUp: Measure;
  let overlapped: number | undefined;
  if (synthetic !== undefined) {
    graphs.push(...syntheticGraphs({ documents: synthetic }));
    warmUp = await measureWrite(driver, pid, graphs, DEFAULT_BATCH_ROWS);
  } else {
    const started = performance.now();
    warmUp = await measureWrite(driver, pid, corpusGraphs(graphs), DEFAULT_BATCH_ROWS);
    overlapped = secondsSince(started);
  }
  // The rows of the whole graph, built once: for its description, the transfer ceiling and the baseline.
  const rows = buildRows(graphs, graphs.map(contentHash));
  const source =
    synthetic !== undefined
      ? `${n(synthetic)} synthetic documents`
      : `${paths.join(' ')}${values.all ? '' : ` (first ${n(limit)} documents)`}`;
  console.log(`graph of ${source}: ${describe(rows)}`);
  if (overlapped !== undefined)
    console.log(
      `extraction and load overlapped (cold JVM), as npm run ingest does: ${overlapped.toFixed(1)} s, ` +
        `${n(warmUp.result.documents / overlapped)} documents/s` +
        (values.all
          ? ` (whole corpus target < ${TARGET_CORPUS_SECONDS} s: ${overlapped < TARGET_CORPUS_SECONDS ? 'met' : 'NOT met'})`
          : ''),
    );
  console.log(`write phase into a fresh Neo4j on port ${port} (Neo4j 5.26, extraction done beforehand):`);
  if (synthetic !== undefined)
    report(`first pass, cold JVM, batches of ${n(DEFAULT_BATCH_ROWS)} rows`, warmUp);
  let best = 0;
  for (const batchSize of batchSizes) {
    best = Math.max(
      best,
      report(`batches of ${n(batchSize)} rows`, await measureWrite(driver, pid, graphs, batchSize)),
    );
  }
  const send = await sendOnly(driver, graphs, DEFAULT_BATCH_ROWS);
  console.log(
    `sending the same rows without writing them: ${send.toFixed(1)} s, a ceiling of ${n(statementCount(rows) / send)} ` +
      `statements/s for any write of this graph on this machine`,
  );
  const naive = await naiveBaseline(driver, rows);
  console.log(
    `naive baseline, one transaction per statement (${n(naive.count)} statements): ${n(naive.rate)} statements/s; ` +
      `batched writing is ${(best / naive.rate).toFixed(1)}x faster`,
  );
  console.log(
    `target ${n(TARGET_STATEMENTS_PER_SECOND)} statements/s: ${best >= TARGET_STATEMENTS_PER_SECOND ? 'met' : 'NOT met'} ` +
      `(load average ${loadavg()[0]?.toFixed(1)} on this machine's cores at the end)`,
  );
} finally {
  await driver.close();
  await stopLocal({ port });
}
