// How to reach Neo4j, from the environment. Pure: the caller passes the environment.

export interface Neo4jConfig {
  /** NEO4J_URI: a Neo4j run by the user; when unset, the local instance on `port` is used (and started). */
  uri: string | undefined;
  user: string;
  password: string;
  /** NEO4J_PORT: Bolt port of the local main instance. */
  port: number;
  /** NEO4J_TEST_PORT: Bolt port of the local test instance (tests never touch the main one). */
  testPort: number;
}

export const DEFAULTS = { user: 'neo4j', password: 'stancegraph', port: 7687, testPort: 7688 } as const;

type Env = Record<string, string | undefined>;

export function readConfig(env: Env = process.env): Neo4jConfig {
  return {
    uri: nonEmpty(env.NEO4J_URI),
    user: nonEmpty(env.NEO4J_USER) ?? DEFAULTS.user,
    password: nonEmpty(env.NEO4J_PASSWORD) ?? DEFAULTS.password,
    port: readPort(env, 'NEO4J_PORT', DEFAULTS.port),
    testPort: readPort(env, 'NEO4J_TEST_PORT', DEFAULTS.testPort),
  };
}

/**
 * The port of the private instance that fault tests stop and empty: next to the test instance's, and
 * never the main one (with NEO4J_PORT = NEO4J_TEST_PORT + 100 it would have been).
 */
export function privateTestPort({ port, testPort }: Pick<Neo4jConfig, 'port' | 'testPort'>): number {
  return testPort + 100 === port ? testPort + 200 : testPort + 100;
}

/** The Bolt URI of the local instance on `port`. */
export function localUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function readPort(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    throw new Error(`db/config: ${name} must be a port number from 1 to 65535, not "${raw}".`);
  }
  return port;
}

export interface BoltTarget {
  uri: string;
  user: string;
  password: string;
}

/** Where and as whom to connect: NEO4J_URI, or the local instance on NEO4J_PORT, whose user is neo4j. */
export function boltTarget(config: Neo4jConfig): BoltTarget {
  return config.uri === undefined
    ? { uri: localUri(config.port), user: 'neo4j', password: config.password }
    : { uri: config.uri, user: config.user, password: config.password };
}
