// End to end: the CLI as a user runs it, in --no-db mode on a temporary folder.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli, type Run } from './testing.ts';

let dir: string;

const ARTICLE = 'Talks in Moscow\n2020-09-11\n\nChina supports the Belt and Road Initiative, Wang Yi said.\n';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stancegraph-cli-'));
  const files: Record<string, string | Buffer> = {
    'mixed/a.txt': ARTICLE,
    'mixed/b.md': '# Russia and the SCO\n\nRussia **opposes** unilateralism.\n',
    'mixed/c.jsonl': `${JSON.stringify({ id: 'j1', text: 'India supports multilateralism.' })}\n{broken\n`,
    'mixed/d.txt': '',
    'mixed/e.txt': Buffer.from([0x00, 0x01, 0x02]),
    'mixed/f.docx': 'PK',
    'columns/export.csv': 'headline,body\nTalks,"China supports the BRI.\nRussia agrees."\n',
    'good/a.txt': ARTICLE,
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
}, 30_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ingest CLI (--no-db) on a folder with bad inputs', () => {
  // Two runs of the same folder, on two workers and on one: their graphs must be identical.
  let run: Run;
  let quiet: Run;
  beforeAll(async () => {
    [run, quiet] = await Promise.all([
      runCli(['--no-db', '--json', join(dir, 'two.json'), '--workers', '2', join(dir, 'mixed')]),
      runCli(['--no-db', '--quiet', '--json', join(dir, 'one.json'), '--workers', '1', join(dir, 'mixed')]),
    ]);
  }, 60_000);

  test('exits with 1, and so does the quiet run, which prints nothing but errors', () => {
    expect([run.code, quiet.code, quiet.stdout, quiet.stderr.match(/^(?!error: ).+$/m)]).toEqual([
      1,
      1,
      '',
      null,
    ]);
  });

  test.each([
    ['the summary counts the good documents', '3 documents (3 inputs failed, 1 file skipped)'],
    ['a malformed JSONL line, with its line', /error: .*mixed\/c\.jsonl:2: invalid JSON/],
    ['an empty file', /error: .*mixed\/d\.txt: is empty/],
    ['a binary file', /error: .*mixed\/e\.txt: looks binary/],
    ['an unknown extension inside a folder', /note: .*mixed\/f\.docx: unknown extension \.docx; skipped/],
  ])('reports %s', (_name, message) => {
    expect(run.stderr).toMatch(message);
  });

  test('writes graphology JSON, the same byte for byte on one worker as on two', async () => {
    const [two, one] = await Promise.all([
      readFile(join(dir, 'two.json'), 'utf8'),
      readFile(join(dir, 'one.json'), 'utf8'),
    ]);
    expect(JSON.parse(two)).toMatchObject({
      nodes: expect.any(Array) as unknown,
      edges: expect.any(Array) as unknown,
    });
    expect(two).toBe(one);
  });
});

describe('ingest CLI (--no-db)', () => {
  test.concurrent(
    'reads piped standard input when given no path, and writes the graph to standard output',
    async () => {
      const run = await runCli(['--no-db', '--json', '-', '--workers', '1'], ARTICLE);
      expect(run.code).toBe(0);
      expect(run.stderr).toContain('1 document, ');
      expect(JSON.parse(run.stdout)).toMatchObject({ options: { type: 'directed', multi: true } });
    },
    60_000,
  );

  test.concurrent.each([
    ['--help', ['--help'], 0, /Usage: npm run ingest/],
    ['a usage error', ['--workers', '0', 'x'], 2, /--workers must be a whole number[^]*--help/],
  ])(
    '%s',
    async (_name, args, code, message) => {
      const run = await runCli(args);
      expect(run.code).toBe(code);
      expect(`${run.stdout}${run.stderr}`).toMatch(message);
    },
    60_000,
  );
});

describe('ingest CLI (--no-db) on addresses and spreadsheets', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/talks') {
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end(
          '<html><head><title>Talks</title></head><body><p>India supports the SCO.</p></body></html>',
        );
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('fetches a page, reads a CSV by the columns named, and reports a missing page', async () => {
    const args = [
      '--no-db',
      '--json',
      '-',
      '--workers',
      '1',
      '--text-column',
      'body',
      '--title-column',
      'headline',
    ];
    const run = await runCli([...args, `${base}/talks`, join(dir, 'columns/export.csv'), `${base}/gone`]);
    expect(run.stderr).toMatch(
      /error: http:\/\/127\.0\.0\.1:\d+\/gone: the server answered HTTP 404 Not Found/,
    );
    expect(run.stderr).toContain('2 documents (1 input failed)');
    expect(run.code).toBe(1);
    const graph = JSON.parse(run.stdout) as { nodes: { key: string }[] };
    expect(graph.nodes.map((node) => node.key)).toEqual(expect.arrayContaining(['IND', 'sco', 'CHN', 'bri']));
  }, 60_000);
});
