// Extraction throughput: `npm run bench:extract [-- --limit-mb N | --all] [--workers N] [--rounds N] [--readers-only] [PATHS...]`.
// Streams the corpus (default: the White House benchmark) and prints MB/s and words/s on one core and on
// all cores, peak memory, and the cost of the whole extraction against the bare wink-nlp pass
// (tokenise and tag, bench/bare.ts) over what extraction reads, in the same run, on one core. The bare
// pass also runs on one core and on all: its speedup is what this machine gives the library alone
// (shared caches and memory bandwidth, a virtual CPU's sibling), the reference for the extraction's own
// speedup.
// "One core" is one CPU: the process is pinned to it for that pass. One worker alone is not one core,
// since V8's garbage collector and compiler run helper threads on the idle cores.
// Last, the readers of web pages and PDFs (bench/readers.ts): MB/s of input on one core; `--readers-only`
// prints only those.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readInputs } from '../ingest/input/index.ts';
import type { SourceDocument } from '../ingest/model.ts';
import { extractAll, startPool } from '../ingest/workers/pool.ts';
import { readerFigures } from './readers.ts';

const DEFAULT_CORPUS = fileURLToPath(new URL('../../shared/bench/whitehouse', import.meta.url));
const BARE_WORKER = new URL('./bare-worker.ts', import.meta.url);
/** Documents the extraction failed on (listed at the end; they do not count in the figures). */
const failures = new Set<string>();
const TARGETS = { mbPerCore: 0.5, speedup: 1.7, bareRatio: 2.5, peakMb: 1000 };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'limit-mb': { type: 'string', default: '20' },
    all: { type: 'boolean', default: false },
    workers: { type: 'string', default: String(availableParallelism()) },
    rounds: { type: 'string', default: '3' },
    'readers-only': { type: 'boolean', default: false },
  },
});
const limitBytes = values.all ? Infinity : Number(values['limit-mb']) * 1e6;
const workers = Number(values.workers);
const rounds = Number(values.rounds);
const paths = positionals.length > 0 ? positionals : [DEFAULT_CORPUS];
if (!(limitBytes > 0) || ![workers, rounds].every((count) => Number.isInteger(count) && count >= 1)) {
  console.error(
    'usage: npm run bench:extract -- [--limit-mb N | --all] [--workers N] [--rounds N] [--readers-only] [PATHS...]',
  );
  process.exit(2);
}

/** The sample: documents in corpus order until `limitBytes` of text, streamed anew for each pass. */
async function* sample(): AsyncGenerator<{ kind: 'document'; doc: SourceDocument; bytes: number }> {
  let total = 0;
  for await (const item of readInputs(paths)) {
    if (item.kind !== 'document') continue;
    if (total >= limitBytes) return;
    const bytes = Buffer.byteLength(item.doc.text);
    total += bytes;
    yield { kind: 'document', doc: item.doc, bytes };
  }
}

interface Pass {
  seconds: number;
  bytes: number;
  words: number;
  documents: number;
  peakRss: number;
}

/** Highest resident set size while `run` goes: the whole process, so main thread and workers together. */
async function withPeakRss<T>(run: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  try {
    const result = await run();
    return [result, Math.max(peak, process.memoryUsage.rss())];
  } finally {
    clearInterval(timer);
  }
}

/**
 * Runs `run` with every thread of this process (and the threads it starts) on the first of its CPUs, with
 * util-linux's taskset; resolves to undefined where taskset is missing or not allowed.
 */
async function onOneCpu<T>(run: () => Promise<T>): Promise<T | undefined> {
  const taskset = (...args: string[]): string | undefined => {
    const result = spawnSync('taskset', args, { encoding: 'utf8' });
    return result.status === 0 ? result.stdout : undefined;
  };
  const pid = String(process.pid);
  const cpus = taskset('-c', '-p', pid)?.split(':')[1]?.trim();
  const first = cpus?.split(/[,-]/)[0];
  if (cpus === undefined || first === undefined || taskset('-a', '-c', '-p', first, pid) === undefined)
    return;
  try {
    return await run();
  } finally {
    taskset('-a', '-c', '-p', cpus, pid);
  }
}

/** The whole extraction through the worker pool, as `npm run ingest` runs it (pool started beforehand). */
async function poolPass(threads: number): Promise<Pass> {
  const pool = await startPool({ workers: threads });
  try {
    const [pass, peakRss] = await withPeakRss(async () => {
      const started = performance.now();
      let bytes = 0;
      let words = 0;
      let documents = 0;
      for await (const item of extractAll(sample(), { pool })) {
        if (item.kind === 'error') failures.add(`${item.origin}: ${item.message}`);
        if (item.kind !== 'graph') continue;
        bytes += item.bytes;
        words += item.graph.wordCount;
        documents++;
      }
      return { seconds: (performance.now() - started) / 1000, bytes, words, documents };
    });
    return { ...pass, peakRss };
  } finally {
    await pool.destroy();
  }
}

/** The bare wink-nlp pass through a pool of `threads` workers, fed as the extraction is: seconds. */
async function barePoolPass(threads: number): Promise<number> {
  const pool = await startPool<number>({ workers: threads, worker: BARE_WORKER });
  try {
    const started = performance.now();
    const pending: Promise<number>[] = [];
    for await (const { doc } of sample()) {
      pending.push(pool.run(doc));
      if (pending.length >= threads * 32) await pending.shift();
    }
    await Promise.all(pending);
    return (performance.now() - started) / 1000;
  } finally {
    await pool.destroy();
  }
}

/** Documents read by both passes before the ratio is timed, so that it compares code the JIT has compiled. */
const WARM_UP_BYTES = 1e6;

/**
 * On the main thread, document by document: the bare wink-nlp pass (bench/bare.ts: tokens, sentences and
 * tags of what extraction reads, with the steps extraction configures), then our extraction, each timed,
 * after both have read the first megabyte untimed.
 */
async function ratioPass(): Promise<{ bare: number; extraction: number; bytes: number }> {
  const [{ bareRead, bareReader }, { extractDocument }] = await Promise.all([
    import('./bare.ts'),
    import('../ingest/pipeline.ts'),
  ]);
  // Read as extraction must read (every text as a new instance would, so that no document's tokens
  // depend on the ones before): an instance that keeps learning words reads later texts faster, which is
  // a speed the extraction may not have.
  const nlp = bareReader();
  let bare = 0;
  let extraction = 0;
  let bytes = 0;
  let warmed = 0;
  for await (const { doc, bytes: size } of sample()) {
    const t0 = performance.now();
    bareRead(nlp, doc);
    const t1 = performance.now();
    try {
      extractDocument(doc);
    } catch (error) {
      failures.add(`${doc.origin}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const t2 = performance.now();
    if (warmed < WARM_UP_BYTES) {
      warmed += size;
      continue;
    }
    bare += t1 - t0;
    extraction += t2 - t1;
    bytes += size;
  }
  return { bare: bare / 1000, extraction: extraction / 1000, bytes };
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const rate = (bytes: number, seconds: number): string => `${(bytes / 1e6 / seconds).toFixed(2)} MB/s`;
const wordRate = (words: number, seconds: number): string =>
  `${Math.round(words / seconds).toLocaleString('en-US')} words/s`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
/** The middle of the rounds by time. */
const median = <T>(rounds: T[], seconds: (round: T) => number): T =>
  [...rounds].sort((a, b) => seconds(a) - seconds(b))[Math.floor(rounds.length / 2)] as T;
const passSeconds = (pass: Pass): number => pass.seconds;

/** HTML and PDF reading, on inputs made from the first 2 MB and 1 MB of text of the corpus. */
async function printReaders(): Promise<void> {
  console.log(
    `readers, one core (the main thread of npm run ingest, ahead of the extraction workers); median of ${rounds} rounds:`,
  );
  for (const line of await readerFigures(paths, { htmlTextBytes: 2e6, pdfTextBytes: 1e6, rounds }))
    console.log(line);
}
if (values['readers-only']) {
  await printReaders();
  process.exit(0);
}

// The machine is shared: passes alternate (one core, all cores, ...) so that both see the same neighbours,
// and each figure is the median of its rounds.
const ones: Pass[] = [];
const alls: Pass[] = [];
const bareOnes: number[] = [];
const bareAlls: number[] = [];
let pinned = true;
for (let round = 0; round < rounds; round++) {
  const one = await onOneCpu(() => poolPass(1));
  pinned &&= one !== undefined;
  ones.push(one ?? (await poolPass(1)));
  alls.push(await poolPass(workers));
  bareOnes.push((await onOneCpu(() => barePoolPass(1))) ?? (await barePoolPass(1)));
  bareAlls.push(await barePoolPass(workers));
}
const one = median(ones, passSeconds);
const all = median(alls, passSeconds);
console.log(
  `bench:extract on ${paths.map((p) => relative(process.cwd(), p) || '.').join(', ')}: ${values.all ? 'whole corpus' : `sample of ${mb(limitBytes)} MB`}, ` +
    `${one.documents.toLocaleString('en-US')} documents, ${mb(one.bytes)} MB of text, ` +
    `${one.words.toLocaleString('en-US')} words; ${availableParallelism()} cores; median of ${rounds} rounds`,
);
const line = (name: string, pass: Pass, passes: Pass[]): string =>
  `  ${name.padEnd(22)} ${rate(pass.bytes, pass.seconds).padStart(11)}  ${wordRate(pass.words, pass.seconds).padStart(17)}  ` +
  `${pass.seconds.toFixed(1).padStart(6)} s (rounds: ${passes.map((p) => p.seconds.toFixed(1)).join(', ')})  ` +
  `peak RSS ${mb(Math.max(...passes.map((p) => p.peakRss)))} MB`;
const perCore = one.bytes / 1e6 / one.seconds;
console.log(
  `${line(pinned ? 'one core (1 CPU)' : 'one worker (unpinned)', one, ones)}   [>= ${TARGETS.mbPerCore} MB/s: ${verdict(perCore >= TARGETS.mbPerCore)}]`,
);
const speedup = one.seconds / all.seconds;
console.log(
  `${line(`all cores (${workers} workers)`, all, alls)}   speedup ${speedup.toFixed(2)}x ` +
    `[>= ${TARGETS.speedup}x: ${verdict(speedup >= TARGETS.speedup)}]`,
);
const [bareOne, bareAll] = [median(bareOnes, Number), median(bareAlls, Number)];
const bareSpeedup = bareOne / bareAll;
console.log(
  `  bare wink-nlp pass, same pool: ${bareOne.toFixed(1)} s on one core, ${bareAll.toFixed(1)} s on all: ` +
    `speedup ${bareSpeedup.toFixed(2)}x (what this machine gives the library alone); the extraction ` +
    `scales ${((speedup / bareSpeedup) * 100).toFixed(0)}% as well`,
);
const ratio = await ratioPass();
const cost = ratio.extraction / ratio.bare;
console.log(
  `  one core, main thread: bare wink-nlp readDoc + POS ${rate(ratio.bytes, ratio.bare)}, ` +
    `whole extraction ${rate(ratio.bytes, ratio.extraction)}: ${cost.toFixed(2)}x the bare pass ` +
    `[<= ${TARGETS.bareRatio}x: ${verdict(cost <= TARGETS.bareRatio)}]`,
);
const peak = Math.max(...ones.map((p) => p.peakRss), ...alls.map((p) => p.peakRss));
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `  peak memory of the extraction runs: ${mb(peak)} MB [< ${TARGETS.peakMb} MB: ${verdict(peak < TARGETS.peakMb * 1e6)}]` +
    `; whole bench process ${mb(maxRss)} MB (RSS of the process: main thread and workers together)`,
);
if (failures.size > 0) {
  console.log(`  extraction failed on ${failures.size} documents (left out of the figures):`);
  for (const failure of [...failures].slice(0, 10)) console.log(`    ${failure}`);
}
await printReaders();
