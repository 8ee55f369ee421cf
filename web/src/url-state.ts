// The view in the URL hash, so that a link reopens it: filters, the selected node or edge, the nodes
// expanded by double-click, and the Cypher query with its parameters. Pure: strings in, state out.

export interface ViewFilters {
  relations: string[];
  kinds: string[];
  document?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export type Selection =
  { type: 'node'; id: string } | { type: 'edge'; source: string; relation: string; target: string } | null;

export interface ViewState {
  filters: ViewFilters;
  selection: Selection;
  expanded: string[];
  /** A Cypher query whose result the view shows instead of the filtered graph. */
  query?: string;
  params?: Record<string, unknown>;
}

export function emptyState(): ViewState {
  return { filters: { relations: [], kinds: [] }, selection: null, expanded: [] };
}

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters, selection } = state;
  if (filters.relations.length > 0) params.set('relation', filters.relations.join(','));
  if (filters.kinds.length > 0) params.set('kind', filters.kinds.join(','));
  if (filters.document) params.set('document', filters.document);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.limit !== undefined) params.set('limit', String(filters.limit));
  if (selection?.type === 'node') params.set('node', selection.id);
  if (selection?.type === 'edge') {
    params.set('source', selection.source);
    params.set('edge', selection.relation);
    params.set('target', selection.target);
  }
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.query) params.set('cypher', state.query);
  if (state.params && Object.keys(state.params).length > 0)
    params.set('params', JSON.stringify(state.params));
  const text = params.toString();
  return text ? `#${text}` : '';
}

export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = emptyState();
  state.filters.relations = list(params.get('relation'));
  state.filters.kinds = list(params.get('kind'));
  for (const key of ['document', 'from', 'to'] as const) {
    const value = params.get(key);
    if (value) state.filters[key] = value;
  }
  const limit = Number(params.get('limit'));
  if (Number.isInteger(limit) && limit > 0) state.filters.limit = limit;
  const node = params.get('node');
  const [source, relation, target] = [params.get('source'), params.get('edge'), params.get('target')];
  if (node) state.selection = { type: 'node', id: node };
  else if (source && relation && target) state.selection = { type: 'edge', source, relation, target };
  state.expanded = list(params.get('expand'));
  const query = params.get('cypher');
  if (query) state.query = query;
  const json = params.get('params');
  if (json) {
    try {
      const parsed: unknown = JSON.parse(json);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        state.params = parsed as Record<string, unknown>;
    } catch {
      // A hand-edited link with broken params: the query still opens, without them.
    }
  }
  return state;
}

/** The API query string for the graph endpoint. */
export function graphQuery(filters: ViewFilters): string {
  const params = new URLSearchParams();
  for (const relation of filters.relations) params.append('relation', relation);
  for (const kind of filters.kinds) params.append('kind', kind);
  if (filters.document) params.set('document', filters.document);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.limit !== undefined) params.set('limit', String(filters.limit));
  return params.toString();
}
