// Neo4j out of reach (stopped, restarting, unreachable): the API answers 503 with a message that names
// no address, and tries again on the next request, so it recovers by itself once Neo4j is back.
import { Neo4jError } from 'neo4j-driver';
import type { DriverOptions } from '../../db/connection.ts';

export const UNAVAILABLE_MESSAGE =
  'Neo4j cannot be reached: it is stopped, starting or out of reach. Start it (npm run db:start, or ' +
  'check NEO4J_URI); the explorer carries on by itself once it is back.';

/**
 * The server's drivers give up at once while Neo4j is away, so that the API answers 503 within a second
 * or two (by default a driver spends 30 s retrying, and 30 s on a connection that does not open); the
 * next request tries again.
 */
export const FAIL_FAST: DriverOptions = { connectionTimeout: 1500, maxTransactionRetryTime: 0 };

/** Neo4j out of reach, as told by another thread (the console's): its message stays in the server's log. */
export class Unavailable extends Error {}

export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof Unavailable ||
    (error instanceof Neo4jError && /ServiceUnavailable|SessionExpired|DatabaseUnavailable/.test(error.code))
  );
}
