// The view in the URL hash, so that a link reopens it: filters, the selected node or edge, the nodes
// expanded by double-click, and the Cypher query with its parameters. Pure: strings in, state out. What
// equals the first view is left out, so the first view's link is the bare address.
import type { BlocMethod } from './graph/blocs.ts';

/** The first view answers "who stands with and against whom": actors and their stances, the strongest. */
export const FIRST_VIEW = {
  relations: ['SUPPORTS', 'OPPOSES', 'PROPOSES'],
  kinds: ['Person', 'Country', 'Organization'],
  limit: 120,
} as const;

export interface ViewFilters {
  relations: string[];
  kinds: string[];
  document?: string;
  /** Inclusive dates, YYYY-MM-DD. */
  from?: string;
  to?: string;
  /** The strongest edges shown, at most. */
  limit: number;
  /** People shown as the country or organisation they speak for. */
  rollUp: boolean;
  /** Colour actors by bloc, found on this actor graph; or by kind. */
  blocs: BlocMethod | 'off';
}

export function firstViewFilters(): ViewFilters {
  return {
    relations: [...FIRST_VIEW.relations],
    kinds: [...FIRST_VIEW.kinds],
    limit: FIRST_VIEW.limit,
    rollUp: false,
    blocs: 'off',
  };
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
  return { filters: firstViewFilters(), selection: null, expanded: [] };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));

const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);

export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  const { filters, selection } = state;
  if (!sameSet(filters.relations, FIRST_VIEW.relations)) params.set('relation', filters.relations.join(','));
  if (!sameSet(filters.kinds, FIRST_VIEW.kinds)) params.set('kind', filters.kinds.join(','));
  if (filters.document) params.set('document', filters.document);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.limit !== FIRST_VIEW.limit) params.set('limit', String(filters.limit));
  if (filters.rollUp) params.set('rollup', '1');
  if (filters.blocs !== 'off') params.set('blocs', filters.blocs);
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
  // Present but empty means none: the user unticked them all.
  if (params.has('relation')) state.filters.relations = list(params.get('relation'));
  if (params.has('kind')) state.filters.kinds = list(params.get('kind'));
  for (const key of ['document', 'from', 'to'] as const) {
    const value = params.get(key);
    if (value) state.filters[key] = value;
  }
  const limit = Number(params.get('limit'));
  if (Number.isInteger(limit) && limit > 0) state.filters.limit = limit;
  state.filters.rollUp = params.get('rollup') === '1';
  const blocs = params.get('blocs');
  if (blocs === 'stances' || blocs === 'shared') state.filters.blocs = blocs;
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
