// The HTTP API in front of Neo4j, and the built app when `staticDir` is given. The only web code that
// holds a driver: the browser gets JSON, never credentials or a Bolt address.
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { boltTarget, readConfig, type BoltTarget } from '../../db/config.ts';
import { loadSavedQueries } from '../../ingest/store/queries.ts';
import {
  BadRequest,
  MAX_GRAPH_LIMIT,
  RELATIONS,
  graphFilters,
  integer,
  list,
  relation,
  single,
} from './params.ts';
import { CypherConsole, TooBusy, type ConsoleSlots } from './console.ts';
import { allowedHostNames, isAllowedHost } from './hosts.ts';
import { Reads } from './reads.ts';
import { UNAVAILABLE_MESSAGE, isUnavailable } from './unavailable.ts';
import { UserCypherError, type UserCypherLimits } from './user-cypher.ts';

export interface AppOptions {
  driver: Driver;
  /** The built app (web/dist) to serve at `/`; the API alone when absent (dev mode serves it with Vite). */
  staticDir?: string;
  /** The Neo4j the Cypher console reaches, from its own threads: NEO4J_URI or NEO4J_PORT's by default. */
  target?: BoltTarget;
  limits?: UserCypherLimits;
  slots?: ConsoleSlots;
  /** Host names answered besides addresses and localhost (see hosts.ts); ALLOWED_HOSTS and HOST by default. */
  hostNames?: string[];
}

type Query = Record<string, string | string[] | undefined>;

// Scripts only from this origin and no inline handlers: even a document that slipped HTML into the page
// could not run it. Workers come from blob: URLs (the layout worker is built from a function).
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ bodyLimit: 1_000_000 });
  const reads = new Reads(options.driver);
  const target = options.target ?? boltTarget(readConfig());
  const cypherConsole = new CypherConsole(target, options.limits, options.slots);
  app.addHook('onClose', () => cypherConsole.close());
  const hostNames = options.hostNames ?? allowedHostNames();

  app.addHook('onRequest', async (request, reply) => {
    if (!isAllowedHost(request.headers.host, hostNames))
      return reply.code(403).send({
        error: `This server does not answer for the host "${request.headers.host ?? ''}". Add it to ALLOWED_HOSTS to open the explorer under that name.`,
      });
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    if (options.staticDir !== undefined) reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  });

  // Only failures of the server itself are logged: refused or broken user input is the user's to read.
  app.setErrorHandler((error, request, reply) =>
    sendError(error, reply, (message) => {
      console.error(`stancegraph: ${request.method} ${request.url} failed: ${message}`);
    }),
  );
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send({ error: `No such endpoint: ${request.method} ${request.url.split('?')[0] ?? ''}.` }),
  );

  app.get('/api/health', async () => {
    await options.driver.verifyConnectivity();
    return { ok: true };
  });

  app.get('/api/stats', () => reads.stats());

  app.get<{ Querystring: Query }>('/api/graph', (request) => reads.graph(graphFilters(request.query)));

  app.get<{ Params: { id: string }; Querystring: Query }>('/api/neighbours/:id', (request) => {
    const relations = list(request.query, 'relation').map(relation);
    const limit = integer(single(request.query, 'limit'), 'limit', 200, MAX_GRAPH_LIMIT);
    return reads.neighbours(request.params.id, relations.length > 0 ? relations : RELATIONS, limit);
  });

  app.get<{ Params: { id: string } }>('/api/entity/:id', async (request, reply) => {
    const entity = await reads.entity(request.params.id);
    return entity ?? reply.code(404).send({ error: `No entity with id "${request.params.id}".` });
  });

  app.get<{ Querystring: Query }>('/api/edge', async (request, reply) => {
    const source = single(request.query, 'source');
    const target = single(request.query, 'target');
    if (source === undefined || target === undefined)
      throw new BadRequest('source and target are required: /api/edge?source=ID&relation=OPPOSES&target=ID.');
    const evidence = await reads.edge(source, relation(single(request.query, 'relation')), target);
    return evidence ?? reply.code(404).send({ error: `No entity "${source}" or "${target}".` });
  });

  app.post<{ Body: unknown }>('/api/statements', (request) => {
    const edges = (request.body as { edges?: unknown } | null)?.edges;
    if (!Array.isArray(edges) || !edges.every(isEdgeKey))
      throw new BadRequest('Send {"edges": [{"source": ID, "relation": RELATION, "target": ID}, ...]}.');
    return reads.statements(edges, 20_000);
  });

  app.get<{ Querystring: Query }>('/api/search', (request) => {
    const q = single(request.query, 'q')?.trim() ?? '';
    if (q === '') return [];
    return reads.search(q.slice(0, 100), integer(single(request.query, 'limit'), 'limit', 12, 50));
  });

  app.get<{ Querystring: Query }>('/api/documents', (request) =>
    reads.documents(integer(single(request.query, 'limit'), 'limit', 1000, 20_000)),
  );

  app.get('/api/queries', () => loadSavedQueries());

  app.post<{ Body: unknown }>('/api/cypher', (request) => {
    const body = request.body as { query?: unknown; params?: unknown } | null;
    if (typeof body?.query !== 'string')
      throw new BadRequest('Send {"query": "MATCH ...", "params": {...}}.');
    const params = body.params ?? {};
    if (typeof params !== 'object' || Array.isArray(params))
      throw new BadRequest('params must be a JSON object of parameter values.');
    return cypherConsole.run(body.query, params as Record<string, unknown>);
  });

  if (options.staticDir !== undefined) {
    // Source maps would give the whole source to anyone who asks; a build made before they were turned off
    // may still hold some.
    await app.register(fastifyStatic, {
      root: options.staticDir,
      index: 'index.html',
      maxAge: '1h',
      allowedPath: (path) => !path.endsWith('.map'),
    });
  }
  return app;
}

function isEdgeKey(value: unknown): value is { source: string; relation: string; target: string } {
  if (typeof value !== 'object' || value === null) return false;
  const { source, relation, target } = value as Record<string, unknown>;
  return typeof source === 'string' && typeof relation === 'string' && typeof target === 'string';
}

function sendError(error: unknown, reply: FastifyReply, log: (message: string) => void): FastifyReply {
  if (error instanceof BadRequest) return reply.code(400).send({ error: error.message });
  if (error instanceof UserCypherError)
    return reply.code(400).send({ error: error.message, code: error.code });
  if (error instanceof TooBusy)
    return reply.code(429).header('Retry-After', '5').send({ error: error.message });
  // The driver's message names the Bolt address: it goes to the log, not to the browser.
  if (isUnavailable(error)) {
    log((error as Error).message);
    return reply.code(503).send({ error: UNAVAILABLE_MESSAGE });
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status !== undefined && status >= 400 && status < 500)
    return reply.code(status).send({ error: (error as Error).message });
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return reply.code(500).send({ error: 'The server failed; its log says why.' });
}
