// `npm run ingest -- [options] PATHS...`: parses arguments, calls ingest() or removeDocuments(), prints
// problems and the summary, and sets the exit code. Everything else lives in plain functions. Messages
// for people go to standard error; standard output carries only data (the graph, with `--json -`).
import { parseCli, USAGE, UsageError, type CliOptions } from './cli-args.ts';
import { describeProblem } from './input/index.ts';
import { startProgress, type ProgressBar } from './progress.ts';
import { ingest, removeDocuments } from './run.ts';
import { formatSummary } from './stats.ts';

async function main(argv: string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCli(argv, process.stdin.isTTY);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`ingest: ${error.message}\nRun \`npm run ingest -- --help\` for usage.`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (options.remove.length > 0) return remove(options.remove, options.quiet);

  let progress: ProgressBar | undefined;
  const print = (line: string): void => {
    if (progress) progress.log(line);
    else console.error(line);
  };
  try {
    const result = await ingest(options, {
      onPlan: (totalBytes) => {
        if (!options.quiet) progress = startProgress(process.stderr, totalBytes);
      },
      onProblem: (problem) => {
        if (problem.kind === 'error') print(`error: ${describeProblem(problem)}`);
        else if (!options.quiet) print(`note: ${describeProblem(problem)}`);
      },
      onProgress: (stats) => progress?.update(stats.documents + stats.failed, stats.bytes),
    });
    progress?.stop();
    if (!options.quiet) {
      console.error(formatSummary(result.stats, result.seconds, result.store));
      if (options.json !== undefined && options.json !== '-')
        console.error(`Graph written to ${options.json}`);
    }
    return result.stats.failed > 0 ? 1 : 0;
  } catch (error) {
    progress?.stop();
    return stopped(error);
  }
}

async function remove(ids: string[], quiet: boolean): Promise<number> {
  try {
    const missing = new Set(await removeDocuments(ids));
    for (const id of ids) {
      if (missing.has(id)) console.error(`error: no stored document has id "${id}"; nothing removed`);
      else if (!quiet) console.error(`Removed document ${id}`);
    }
    return missing.size > 0 ? 1 : 0;
  } catch (error) {
    return stopped(error);
  }
}

/** The run could not go on (Neo4j unreachable or failing, output not writable). */
function stopped(error: unknown): number {
  console.error(`ingest: stopped: ${error instanceof Error ? error.message : String(error)}`);
  return 3;
}

process.exitCode = await main(process.argv.slice(2));
