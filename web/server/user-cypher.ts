// Runs Cypher typed by a user: refused up front by the guard (cypher-guard.ts), then by what EXPLAIN says
// it would do (cypher-plan.ts), then run in a READ transaction. Neo4j bounds it: the transaction's timeout
// is set here and its memory by db.memory.transaction.max (db/neo4j.conf); nothing is retried, since a
// query that timed out or ran out of memory would only do so again. Rows are capped in number and bytes.
// Never throws a Neo4j error at the caller: a refusal or failure becomes a UserCypherError with a message
// for the user, an unreachable Neo4j the driver's own error.
import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import type { CypherResult } from '../shared/api.ts';
import { refusal } from './cypher-guard.ts';
import { cypher } from './cypher-files.ts';
import { toNeo4jParams } from './cypher-params.ts';
import { planRefusal, type PlanNode } from './cypher-plan.ts';
import { ResultBuilder } from './cypher-result.ts';
import { toJson } from './neo4j-json.ts';
import { isUnavailable } from './unavailable.ts';

export interface UserCypherLimits {
  timeoutMs: number;
  rowCap: number;
  /** Bytes of JSON rows (and the graph drawn from them) in one answer. */
  byteCap: number;
}

export const DEFAULT_LIMITS: UserCypherLimits = { timeoutMs: 10_000, rowCap: 1000, byteCap: 8_000_000 };

/** Records the driver asks for at a time: few, so that a cap stops the stream before much more arrives. */
const FETCH_SIZE = 50;

export class UserCypherError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const EXPLAIN = 'EXPLAIN ';

export async function runUserCypher(
  driver: Driver,
  query: string,
  params: Record<string, unknown> = {},
  limits: UserCypherLimits = DEFAULT_LIMITS,
): Promise<CypherResult> {
  const refused = refusal(query);
  if (refused !== null) throw new UserCypherError(refused, 'Stancegraph.Refused');
  const parameters = toNeo4jParams(params);
  const started = performance.now();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment -- the driver types its plain options object as a class
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  try {
    // An unmanaged transaction: the driver retries nothing.
    const tx = session.beginTransaction({
      timeout: limits.timeoutMs,
      metadata: { app: 'stancegraph-console' },
    });
    try {
      await check(tx, query, parameters);
      return {
        ...(await read(tx, query, parameters, limits)),
        elapsedMs: Math.round(performance.now() - started),
      };
    } finally {
      if (tx.isOpen()) await tx.rollback();
    }
  } catch (error) {
    throw asUserError(error, limits);
  } finally {
    await session.close();
  }
}

async function check(tx: Transaction, query: string, parameters: Record<string, unknown>): Promise<void> {
  const { summary } = await tx.run(`${EXPLAIN}${query}`, parameters).catch((error: unknown) => {
    throw error instanceof neo4j.Neo4jError && !isUnavailable(error)
      ? new UserCypherError(withoutExplain(error.message), error.code)
      : error;
  });
  const refused = planRefusal(summary.plan as PlanNode, summary.queryType, summary.database.name ?? 'neo4j');
  if (refused !== null) throw new UserCypherError(refused, 'Stancegraph.Refused');
}

async function read(
  tx: Transaction,
  query: string,
  parameters: Record<string, unknown>,
  limits: UserCypherLimits,
): Promise<Omit<CypherResult, 'elapsedMs'>> {
  const result = tx.run(query, parameters);
  const built = new ResultBuilder(limits);
  let keys: string[] | undefined;
  // Leaving the loop early discards the rest of the stream in Neo4j.
  for await (const record of result) {
    keys ??= record.keys.map(String);
    if (!built.add(record)) break;
  }
  keys ??= (await result.keys()).map(String);
  const { sink } = built;
  const missing = [...sink.relationships.values()]
    .flatMap((rel) => [rel.start, rel.end])
    .filter((id) => !sink.nodes.has(id));
  if (missing.length > 0) {
    const ends = await tx.run(cypher('missing-nodes'), { ids: [...new Set(missing)] });
    for (const record of ends.records) toJson(record.get('n'), sink);
  }
  return {
    columns: keys,
    rows: built.rows,
    nodes: [...sink.nodes.values()],
    relationships: [...sink.relationships.values()],
    capped: built.cappedBy !== null,
    cappedBy: built.cappedBy,
    rowCap: limits.rowCap,
    byteCap: limits.byteCap,
  };
}

function asUserError(error: unknown, limits: UserCypherLimits): unknown {
  if (error instanceof UserCypherError || isUnavailable(error)) return error;
  if (error instanceof neo4j.Neo4jError) {
    const code = error.code;
    if (/TransactionTimedOut/i.test(code))
      return new UserCypherError(
        `The query ran longer than ${limits.timeoutMs / 1000} s and was stopped. Narrow it down (a LIMIT, a more specific MATCH).`,
        code,
      );
    if (/MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|OutOfMemory/i.test(code))
      return new UserCypherError(
        'The query needed more memory than Neo4j gives one transaction and was stopped. Narrow it down ' +
          '(a LIMIT before collect(), fewer or smaller values).',
        code,
      );
    return new UserCypherError(error.message, code);
  }
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * A Neo4j error about `EXPLAIN <query>` as if it were about the query the user typed: the echoed line,
 * the caret under it and the column and offset lose the prefix.
 */
export function withoutExplain(message: string): string {
  const shift = EXPLAIN.length;
  return message
    .replace(
      /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/,
      (_match, line: string, column: string, offset: string) => {
        const col = line === '1' ? Number(column) - shift : Number(column);
        return `(line ${line}, column ${col} (offset: ${Number(offset) - shift}))`;
      },
    )
    .replace(
      new RegExp(`"${EXPLAIN}([^\\n]*)"\\n( *)\\^`),
      (_match, text: string, spaces: string) => `"${text}"\n${spaces.slice(shift)}^`,
    );
}
