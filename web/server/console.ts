// The Cypher console of one server. Queries run in worker threads (console-worker.ts): a few at a time,
// a few more waiting, and a 429 beyond that, so that many long queries cannot keep Neo4j from answering
// the explorer itself. Neo4j stops a query at its transaction timeout; the thread is ended if the answer
// is still not back shortly after (a huge record takes the driver minutes to decode) or waited too long
// for a thread, and a thread that runs out of memory on a huge record is replaced.
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import type { BoltTarget } from '../../db/config.ts';
import { workerExecArgv } from '../../ingest/workers/pool.ts';
import type { CypherResult } from '../shared/api.ts';
import type { ConsoleOutcome, ConsoleTask, ConsoleWorkerData } from './console-worker.ts';
import { checkParams } from './cypher-params.ts';
import { BadRequest } from './params.ts';
import { Unavailable } from './unavailable.ts';
import { DEFAULT_LIMITS, UserCypherError, type UserCypherLimits } from './user-cypher.ts';

export interface ConsoleSlots {
  /** Console queries running at once, one thread each. */
  running: number;
  /** Console queries waiting for a thread; more are refused. */
  waiting: number;
}

export const DEFAULT_SLOTS: ConsoleSlots = { running: 2, waiting: 4 };

/** Time a query's answer may take beyond Neo4j's timeout (decoding, conversion) before its thread ends. */
const GRACE_MS = 3000;
/** Heap of one console thread: a result near the byte cap fits many times over. */
const THREAD_HEAP_MB = 256;

export class TooBusy extends Error {}

export class CypherConsole {
  private readonly pool: Piscina<ConsoleTask, ConsoleOutcome>;
  /** Queries running or waiting. */
  private inFlight = 0;

  constructor(
    target: BoltTarget,
    private readonly limits: UserCypherLimits = DEFAULT_LIMITS,
    private readonly slots: ConsoleSlots = DEFAULT_SLOTS,
    log: (message: string) => void = console.error,
  ) {
    const workerData: ConsoleWorkerData = { target, limits };
    this.pool = new Piscina({
      filename: new URL('./console-worker.ts', import.meta.url).href,
      minThreads: slots.running,
      maxThreads: slots.running,
      idleTimeout: Infinity,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
      workerData,
    });
    // A thread that fails outside a task (it is replaced).
    this.pool.on('error', (error: unknown) => {
      log(`stancegraph: a console thread failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  async run(query: string, params: Record<string, unknown>): Promise<CypherResult> {
    // Checked here: parameters nested deep enough would fail to cross to the thread at all.
    checkParams(params);
    if (this.inFlight >= this.slots.running + this.slots.waiting)
      throw new TooBusy(
        `${this.inFlight} console queries are running or waiting already; try again in a few seconds.`,
      );
    this.inFlight++;
    const { port1, port2 } = new MessageChannel();
    const stop = new AbortController();
    const runMs = this.limits.timeoutMs + GRACE_MS;
    // Waiting counts once per query ahead in the queue; running from the worker's "started".
    const abort = (): void => {
      stop.abort();
    };
    let deadline = setTimeout(abort, runMs * (1 + Math.ceil(this.slots.waiting / this.slots.running)));
    let started = false;
    port1.once('message', () => {
      started = true;
      clearTimeout(deadline);
      deadline = setTimeout(abort, runMs);
    });
    try {
      const task: ConsoleTask = { query, params, started: port2 };
      return outcome(await this.pool.run(task, { transferList: [port2], signal: stop.signal }));
    } catch (error) {
      throw this.failure(error, started);
    } finally {
      this.inFlight--;
      clearTimeout(deadline);
      port1.close();
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }

  private failure(error: unknown, started: boolean): Error {
    if (error instanceof Error && error.name === 'AbortError')
      return started
        ? new UserCypherError(
            `The query's answer did not come back within ${(this.limits.timeoutMs + GRACE_MS) / 1000} s and it ` +
              'was stopped: it is too large (a record of millions of values?). Return less.',
            'Stancegraph.TooLarge',
          )
        : new TooBusy('The console is busy with other queries; try again in a few seconds.');
    if ((error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY')
      return new UserCypherError(
        'The query returned more than the server can hold for one answer and was stopped. Return less.',
        'Stancegraph.TooLarge',
      );
    return error instanceof Error ? error : new Error(String(error));
  }
}

function outcome(answer: ConsoleOutcome): CypherResult {
  switch (answer.kind) {
    case 'result':
      return answer.result;
    case 'refused':
      throw new UserCypherError(answer.message, answer.code);
    case 'bad-request':
      throw new BadRequest(answer.message);
    case 'unavailable':
      throw new Unavailable(answer.message);
    case 'failed':
      throw new Error(answer.message);
  }
}
