// A console query in a worker thread (see console.ts). The driver decodes a record in one synchronous
// stretch, and a record of a few million values takes it minutes: in the server's own thread that would
// stop every other request, while this thread the server can end. It answers with plain data, since an
// error's class does not cross threads.
import type { MessagePort } from 'node:worker_threads';
import neo4j, { type Driver } from 'neo4j-driver';
import { workerData } from 'piscina';
import type { BoltTarget } from '../../db/config.ts';
import type { CypherResult } from '../shared/api.ts';
import { BadRequest } from './params.ts';
import { FAIL_FAST, isUnavailable } from './unavailable.ts';
import { UserCypherError, runUserCypher, type UserCypherLimits } from './user-cypher.ts';

export interface ConsoleTask {
  query: string;
  params: Record<string, unknown>;
  /** Told when the query starts, so that its time limit counts from then, not from its wait in the queue. */
  started: MessagePort;
}

export type ConsoleOutcome =
  | { kind: 'result'; result: CypherResult }
  | { kind: 'refused'; message: string; code?: string }
  | { kind: 'bad-request' | 'unavailable' | 'failed'; message: string };

export interface ConsoleWorkerData {
  target: BoltTarget;
  limits: UserCypherLimits;
}

const { target, limits } = workerData as ConsoleWorkerData;
let driver: Driver | undefined;

export default async function runConsoleTask(task: ConsoleTask): Promise<ConsoleOutcome> {
  task.started.postMessage('started');
  task.started.close();
  driver ??= neo4j.driver(
    target.uri,
    neo4j.auth.basic(target.user, target.password),
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the driver types its plain options object as a class
    { ...FAIL_FAST, disableLosslessIntegers: true },
  );
  try {
    return { kind: 'result', result: await runUserCypher(driver, task.query, task.params, limits) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UserCypherError)
      return { kind: 'refused', message, ...(error.code && { code: error.code }) };
    if (error instanceof BadRequest) return { kind: 'bad-request', message };
    return { kind: isUnavailable(error) ? 'unavailable' : 'failed', message };
  }
}
