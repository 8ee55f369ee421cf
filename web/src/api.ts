// The browser's side of the API: typed fetches that turn an error answer into an Error with the
// server's message, so the UI can show it as is.
import type {
  CypherResult,
  DocumentItem,
  EdgeEvidence,
  EntityDetails,
  GraphData,
  SavedQuery,
  SearchHit,
  Statement,
  Stats,
} from '../shared/api.ts';

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`api/${path}`, init);
  } catch {
    throw new Error('The explorer server does not answer. Is `npm start` still running?');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = (body as { error?: unknown } | null)?.error;
    throw new Error(typeof message === 'string' ? message : `The server answered ${response.status}.`);
  }
  return body as T;
}

const post = <T>(path: string, body: unknown): Promise<T> =>
  request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const id = encodeURIComponent;

export const api = {
  stats: () => request<Stats>('stats'),
  graph: (query: string) => request<GraphData>(`graph?${query}`),
  neighbours: (entity: string) => request<GraphData>(`neighbours/${id(entity)}`),
  entity: (entity: string) => request<EntityDetails>(`entity/${id(entity)}`),
  edge: (source: string, relation: string, target: string) =>
    request<EdgeEvidence>(`edge?source=${id(source)}&relation=${id(relation)}&target=${id(target)}`),
  search: (q: string) => request<SearchHit[]>(`search?q=${id(q)}`),
  documents: () => request<DocumentItem[]>('documents'),
  queries: () => request<SavedQuery[]>('queries'),
  cypher: (query: string, params: Record<string, unknown>) => post<CypherResult>('cypher', { query, params }),
  statements: (edges: { source: string; relation: string; target: string }[]) =>
    post<Statement[]>('statements', { edges }),
};
