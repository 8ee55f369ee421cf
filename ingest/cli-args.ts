// Command-line arguments of `npm run ingest` to options, or a usage error saying what is wrong.
import { parseArgs } from 'node:util';
import { CSV_FIELDS, type CsvColumns } from './input/csv.ts';
import { FETCH_LIMITS } from './input/fetch.ts';
import { INPUT_FORMATS } from './input/types.ts';
import { defaultWorkers } from './workers/pool.ts';

export const USAGE = `Usage: npm run ingest -- [options] PATHS...

Extracts actors and their positions from news text and writes them to Neo4j (the local instance, or
NEO4J_URI) and/or to a graphology JSON file.

PATHS are files, folders (read recursively in sorted order; hidden entries and files of other types are
skipped), http(s):// addresses to fetch, or - for standard input (also read when no path is given and
input is piped). What each file holds is told by its extension:
  .txt .text           one article; it may start with a title line and a date line
  .md .markdown        one article in Markdown (YAML front matter title and date are kept)
  .jsonl .ndjson       one article per line: {"id", "text", "title"?, "date"? (YYYY-MM-DD), "url"?}
  .html .htm .xhtml    a saved web page: its main text, title, publication date and canonical address
  .pdf                 a PDF with a text layer (scans need OCR first), in reading order
  .rss .atom .xml      an RSS or Atom feed: one article per item
  .csv .tsv .tab       one article per row; the header names the columns (see the --*-column options)
A fetched address is read as its Content-Type says (a page, a feed, a PDF, CSV or text).

Options:
  --no-db              do not touch Neo4j (use with --json, or alone to see what would be extracted)
  --json FILE          write the merged graph as graphology JSON to FILE (- for standard output;
                       messages always go to standard error; with npm, use \`npm run -s ingest\`)
  --workers N          extraction threads (default: one per core, here ${defaultWorkers()})
  --replace            re-ingest documents whose content changed since they were stored
  --remove DOC_ID      remove a stored document and what only it supported (repeatable; no PATHS)
  --stdin-format F     what standard input holds: auto (told by its first bytes), or one of
                       ${INPUT_FORMATS.join(', ')}
  --text-column NAME   the CSV/TSV column holding the text (default: text, body or content)
  --title-column NAME  the column of the title (default: title or headline, when present)
  --date-column NAME   the column of the date (default: date or published, when present)
  --id-column NAME     the column of the document id (default: id; else the file's id and row number)
  --url-column NAME    the column of the source address (default: url or link, when present)
  --timeout SECONDS    time limit of each download (default: ${FETCH_LIMITS.timeoutMs / 1000})
  -q, --quiet          print only errors (no progress bar, notes or summary)
  -h, --help           show this help

Exit status: 0 when every input was read, 1 when some inputs failed (the others are still ingested),
2 for a usage error, 3 when the run stopped (Neo4j unreachable or failing, output not writable).

Examples:
  npm run ingest -- --no-db --json graph.json ../shared/eval/seed/
  npm run ingest -- ../shared/bench/whitehouse
  npm run ingest -- saved-page.html statement.pdf https://www.example.org/feed.xml
  npm run ingest -- --text-column body --date-column published export.csv
  cat article.txt | npm run -s ingest -- --no-db --json - > graph.json
  npm run ingest -- --remove wang-yi-lavrov-moscow`;

const STDIN_FORMATS = ['auto', ...INPUT_FORMATS] as const;

export class UsageError extends Error {}

export interface CliOptions {
  paths: string[];
  db: boolean;
  json?: string;
  workers?: number;
  replace: boolean;
  remove: string[];
  stdinFormat: (typeof STDIN_FORMATS)[number];
  /** CSV and TSV columns named on the command line. */
  csv: CsvColumns;
  fetch: { timeoutMs?: number };
  quiet: boolean;
  help: boolean;
}

/** Options from `argv`; reads standard input when no path is given and input is piped (`stdinIsTTY` false). */
export function parseCli(argv: string[], stdinIsTTY: boolean): CliOptions {
  const { values, positionals } = parseOrThrow(argv);
  const stdinFormat = STDIN_FORMATS.find((f) => f === values['stdin-format']);
  if (stdinFormat === undefined)
    throw new UsageError(`--stdin-format must be one of ${STDIN_FORMATS.join(', ')}`);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    throw new UsageError(`--workers must be a whole number of at least 1, not "${values.workers ?? ''}"`);
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0)) {
    throw new UsageError(`--timeout must be a number of seconds above 0, not "${values.timeout ?? ''}"`);
  }
  const csv: CsvColumns = {};
  for (const field of CSV_FIELDS) {
    const column = values[`${field}-column`];
    if (column !== undefined) csv[field] = column;
  }
  const options: CliOptions = {
    paths: positionals,
    db: !values['no-db'],
    ...(values.json !== undefined && { json: values.json }),
    ...(workers !== undefined && { workers }),
    replace: values.replace,
    remove: values.remove,
    stdinFormat,
    csv,
    fetch: timeout === undefined ? {} : { timeoutMs: timeout * 1000 },
    quiet: values.quiet,
    help: values.help,
  };
  if (!options.db && (options.replace || options.remove.length > 0)) {
    throw new UsageError('--replace and --remove work on Neo4j; drop --no-db');
  }
  if (options.remove.length > 0 && options.paths.length > 0) {
    throw new UsageError('--remove takes document ids, not PATHS; run the removal and the ingest separately');
  }
  if (options.paths.length === 0 && options.remove.length === 0) {
    if (stdinIsTTY) throw new UsageError('no input: give PATHS, or pipe text into standard input');
    options.paths = ['-'];
  }
  return options;
}

/** node:util parseArgs, its errors turned into usage errors. */
function parseOrThrow(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'no-db': { type: 'boolean', default: false },
        json: { type: 'string' },
        workers: { type: 'string' },
        replace: { type: 'boolean', default: false },
        remove: { type: 'string', multiple: true, default: [] },
        'stdin-format': { type: 'string', default: 'auto' },
        'text-column': { type: 'string' },
        'title-column': { type: 'string' },
        'date-column': { type: 'string' },
        'id-column': { type: 'string' },
        'url-column': { type: 'string' },
        timeout: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
