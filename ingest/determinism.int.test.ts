// Extraction writes the same bytes for the same input, whatever the number of worker threads and however
// busy the machine. It did not: wink-nlp made a thread's reading of a document depend on the documents
// that thread had read before (see extract/wink.ts), and which documents a thread gets depends on timing.
// One worker first, then two runs of two workers at once, each the other's load, on 2,000 real documents.
// In the integration project because it is long and wants the machine to itself; it needs no Neo4j.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from './testing.ts';

const CORPUS = fileURLToPath(new URL('../../shared/bench/whitehouse/', import.meta.url));
const DOCUMENTS = 2000;
/** Academic degrees in nominees' biographies: where what a thread had read before moved sentence ends. */
const DEGREES = /\b(?:B\.A|M\.A|M\.S|B\.S|J\.D|Ph\.D|M\.D|LL\.M)\./;

let dir: string;
let input: string;

/** Every corpus document with degrees, then the shortest others up to DOCUMENTS, in corpus order. */
async function sample(): Promise<string[]> {
  const lines: string[] = [];
  for (const file of (await readdir(CORPUS)).filter((name) => name.endsWith('.jsonl')).sort())
    lines.push(...(await readFile(join(CORPUS, file), 'utf8')).split('\n').filter(Boolean));
  const text = (line: string): string => (JSON.parse(line) as { text: string }).text;
  const degrees = lines.filter((line) => DEGREES.test(text(line)));
  const others = lines.filter((line) => !DEGREES.test(text(line))).sort((a, b) => a.length - b.length);
  const chosen = new Set([...degrees, ...others.slice(0, DOCUMENTS - degrees.length)]);
  return lines.filter((line) => chosen.has(line));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stancegraph-determinism-'));
  input = join(dir, 'documents.jsonl');
  await writeFile(input, `${(await sample()).join('\n')}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function extract(workers: number, name: string): Promise<string> {
  const out = join(dir, name);
  const run = await runCli(['--no-db', '--quiet', '--workers', String(workers), '--json', out, input]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return createHash('sha256')
    .update(await readFile(out))
    .digest('hex');
}

it('writes byte-identical JSON with 1 worker and with 2 workers while another ingest runs', async () => {
  const one = await extract(1, 'one.json');
  const { edges } = JSON.parse(await readFile(join(dir, 'one.json'), 'utf8')) as { edges: unknown[] };
  expect(edges.length).toBeGreaterThan(1000);
  const two = await Promise.all([extract(2, 'two-a.json'), extract(2, 'two-b.json')]);
  expect(two).toEqual([one, one]);
}, 900_000);
