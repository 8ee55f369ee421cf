// Runs Cypher typed by a user: refused up front by the guard, refused when EXPLAIN says it is not a read
// query, then run in a READ transaction with a timeout, its rows capped. Never throws a Neo4j error at
// the caller: every refusal or failure becomes a UserCypherError with a message for the user.
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherResult } from '../shared/api.ts';
import { refusal } from './cypher-guard.ts';
import { cypher } from './cypher-files.ts';
import { newGraphSink, toJson } from './neo4j-json.ts';

export interface UserCypherLimits {
  timeoutMs: number;
  rowCap: number;
}

export const DEFAULT_LIMITS: UserCypherLimits = { timeoutMs: 10_000, rowCap: 1000 };

export class UserCypherError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const EXPLAIN = 'EXPLAIN ';

const QUERY_TYPES: Record<string, string> = {
  r: 'reads',
  w: 'writes',
  rw: 'reads and writes',
  s: 'changes the schema',
};

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
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: limits.rowCap + 1 });
  try {
    return await session.executeRead(
      async (tx) => {
        const plan = await tx.run(`${EXPLAIN}${query}`, parameters).catch((error: unknown) => {
          throw error instanceof neo4j.Neo4jError
            ? new UserCypherError(withoutExplain(error.message), error.code)
            : error;
        });
        const type = plan.summary.queryType;
        if (type !== 'r')
          throw new UserCypherError(
            `Refused: this query ${QUERY_TYPES[type] ?? `is of type "${type}"`}, and the console only runs read queries. ` +
              'The graph is changed by ingesting documents (`npm run ingest`).',
            'Stancegraph.NotReadOnly',
          );
        const result = tx.run(query, parameters);
        const records: Neo4jRecord[] = [];
        let capped = false;
        for await (const record of result) {
          if (records.length === limits.rowCap) {
            capped = true;
            break;
          }
          records.push(record);
        }
        const keys = records[0]?.keys ?? (await result.keys());
        const sink = newGraphSink();
        const rows = records.map((record) => record.keys.map((key) => toJson(record.get(key), sink)));
        const missing = [...sink.relationships.values()]
          .flatMap((rel) => [rel.start, rel.end])
          .filter((id) => !sink.nodes.has(id));
        if (missing.length > 0) {
          const ends = await tx.run(cypher('missing-nodes'), { ids: [...new Set(missing)] });
          for (const record of ends.records) toJson(record.get('n'), sink);
        }
        return {
          columns: keys.map(String),
          rows,
          nodes: [...sink.nodes.values()],
          relationships: [...sink.relationships.values()],
          capped,
          rowCap: limits.rowCap,
          elapsedMs: Math.round(performance.now() - started),
        };
      },
      { timeout: limits.timeoutMs, metadata: { app: 'stancegraph-console' } },
    );
  } catch (error) {
    throw asUserError(error, limits);
  } finally {
    await session.close();
  }
}

function asUserError(error: unknown, limits: UserCypherLimits): UserCypherError {
  if (error instanceof UserCypherError) return error;
  if (error instanceof neo4j.Neo4jError) {
    const code = error.code;
    if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/i.test(code))
      return new UserCypherError(
        `The query ran longer than ${limits.timeoutMs / 1000} s and was stopped. Narrow it down (a LIMIT, a more specific MATCH).`,
        code,
      );
    if (/ServiceUnavailable|SessionExpired/i.test(code))
      return new UserCypherError(`Neo4j cannot be reached: ${error.message}. Is the database running?`, code);
    return new UserCypherError(error.message, code);
  }
  return new UserCypherError(error instanceof Error ? error.message : String(error));
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

/**
 * JSON parameters as Neo4j expects them: whole numbers become Integers, since a JSON `25` arrives as a
 * float and `LIMIT $n` refuses floats.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toNeo4jValue(value)]));
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNeo4jValue(item)]));
  return value;
}
