import { describe, expect, test } from 'vitest';
import { parseCli } from './cli-args.ts';

describe('parseCli', () => {
  // prettier-ignore
  test.each([
    ['paths, database by default', ['a.txt', 'dir/'], { paths: ['a.txt', 'dir/'], db: true, replace: false, remove: [], quiet: false }],
    ['--no-db --json', ['--no-db', '--json', 'out.json', 'a.txt'], { db: false, json: 'out.json' }],
    ['--workers', ['--workers', '3', 'a.txt'], { workers: 3 }],
    ['--replace', ['--replace', 'a.txt'], { replace: true }],
    ['--remove, repeated', ['--remove', 'x', '--remove', 'y'], { remove: ['x', 'y'], paths: [] }],
    ['-q and -h', ['-q', '-h', 'a.txt'], { quiet: true, help: true }],
    ['--stdin-format', ['--stdin-format', 'jsonl', '-'], { stdinFormat: 'jsonl', paths: ['-'] }],
    ['no paths and piped input: stdin', ['--no-db'], { paths: ['-'] }],
    ['--stdin-format html', ['--stdin-format', 'html'], { stdinFormat: 'html' }],
    ['CSV columns', ['--text-column', 'Body', '--date-column', 'when', 'a.csv'], { csv: { text: 'Body', date: 'when' } }],
    ['no CSV columns', ['a.csv'], { csv: {}, fetch: {} }],
    ['--timeout in seconds', ['--timeout', '2.5', 'https://example.org/'], { fetch: { timeoutMs: 2500 }, paths: ['https://example.org/'] }],
  ])('%s', (_name, argv, expected) => {
    expect(parseCli(argv, false)).toMatchObject(expected);
  });

  // prettier-ignore
  test.each([
    ['an unknown option', ['--bogus'], /Unknown option '--bogus'/],
    ['--json without a file', ['--json'], /--json/],
    ['--workers 0', ['--workers', '0', 'a'], /--workers must be a whole number of at least 1, not "0"/],
    ['--workers that is no number', ['--workers', 'many', 'a'], /not "many"/],
    ['--replace without the database', ['--no-db', '--replace', 'a'], /--replace and --remove work on Neo4j; drop --no-db/],
    ['--remove without the database', ['--no-db', '--remove', 'x'], /drop --no-db/],
    ['--remove with paths', ['--remove', 'x', 'a'], /--remove takes document ids, not PATHS/],
    ['--stdin-format of the wrong kind', ['--stdin-format', 'docx'], /--stdin-format must be one of auto, text, markdown, jsonl, html, pdf, feed, csv, tsv/],
    ['--timeout of no time', ['--timeout', '0', 'a'], /--timeout must be a number of seconds above 0, not "0"/],
    ['--text-column without a name', ['--text-column'], /--text-column/],
  ])('refuses %s', (_name, argv, message) => {
    expect(() => parseCli(argv, false)).toThrow(message);
  });

  test('refuses to wait for typed input when no path is given on a terminal', () => {
    expect(() => parseCli(['--no-db'], true)).toThrow(/no input: give PATHS, or pipe text/);
  });
});
