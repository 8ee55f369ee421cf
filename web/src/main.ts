// The explorer: wires the graph view, the filters, search, the details panel, the Cypher console and the
// exports to the API, and keeps the view in the URL. One ViewState is the truth; everything else follows.
import './styles.css';
import type { CypherResult, DocumentItem, GraphData, Stats } from '../shared/api.ts';
import { api } from './api.ts';
import { byId, h, replaceChildren } from './dom.ts';
import { LayoutSupervisor } from './graph/layout.ts';
import { createGraph, edgeKey, graphOfCypherResult, mergeGraphData } from './graph/model.ts';
import { RELATION_COLORS } from './graph/style.ts';
import { GraphView } from './graph/view.ts';
import { CypherConsole } from './ui/console.ts';
import { setupExportMenu } from './ui/export.ts';
import { renderFilters } from './ui/filters.ts';
import { renderLegend, renderStats } from './ui/legend.ts';
import { showEdge, showEntity, showMessage, showNode, type PanelActions } from './ui/panel.ts';
import { setupSearch } from './ui/search.ts';
import { toast } from './ui/toast.ts';
import { decodeState, encodeState, graphQuery, type Selection, type ViewFilters } from './url-state.ts';

const graph = createGraph();
const container = byId('graph');
const panel = byId('panel');
let state = decodeState(location.hash);
let documents: DocumentItem[] = [];
let stats: Stats | null = null;
let panelTicket = 0;
/** A node to centre on once the layout settles: while it runs, positions still move under the camera. */
let pendingFocus: string | null = null;

const view = new GraphView(graph, container, {
  clickNode: (id) => void select({ type: 'node', id }),
  doubleClickNode: (id) => void expand(id),
  clickEdge: (edge) => {
    const relation = graph.getEdgeAttribute(edge, 'relation');
    void select({ type: 'edge', source: graph.source(edge), relation, target: graph.target(edge) });
  },
  clickStage: () => void select(null),
});

const layout = new LayoutSupervisor(graph, (layoutState, elapsedMs, reason) => {
  container.dataset.layout = layoutState;
  if (layoutState !== 'settled') return;
  // How the last layout ended, for tests and bench:web.
  container.dataset.layoutMs = String(Math.round(elapsedMs));
  container.dataset.layoutEnd = reason ?? 'converged';
  container.dataset.settledAt = String(Math.round(performance.now()));
  if (pendingFocus !== null && graph.hasNode(pendingFocus)) view.focus(pendingFocus);
  pendingFocus = null;
});

function focusOn(id: string): void {
  if (!graph.hasNode(id)) return;
  if (layout.isRunning()) pendingFocus = id;
  else view.focus(id);
}

function saveUrl(): void {
  history.replaceState(null, '', encodeState(state) || `${location.pathname}${location.search}`);
}

const failed = (error: unknown): void => {
  toast((error as Error).message, 'error');
};

function showEmpty(message: { title: string; text: string } | null): void {
  const empty = byId('empty');
  empty.hidden = message === null;
  if (message)
    replaceChildren(
      empty,
      h('div', { class: 'empty-card' }, h('h2', {}, message.title), h('p', {}, message.text)),
    );
}

function showBanner(text: string | null): void {
  const banner = byId('banner');
  banner.hidden = text === null;
  if (text === null) return;
  replaceChildren(
    banner,
    h('span', {}, text),
    h(
      'button',
      { class: 'button', type: 'button', id: 'back-to-graph', onclick: () => void backToGraph() },
      'Back to the graph',
    ),
  );
}

/** Replaces what the view shows, keeping the same graphology instance that sigma and the layout watch. */
function replaceGraph(fill: () => void): void {
  layout.stop(false);
  graph.clear();
  view.reset();
  fill();
  view.fit();
  layout.start();
}

async function loadGraph(): Promise<void> {
  const data = await api.graph(graphQuery(state.filters));
  const expansions: [string, GraphData][] = [];
  for (const id of state.expanded) expansions.push([id, await api.neighbours(id)]);
  replaceGraph(() => {
    mergeGraphData(graph, data);
    for (const [id, more] of expansions) mergeGraphData(graph, more, id);
  });
  showBanner(null);
  const filtered =
    state.filters.relations.length + state.filters.kinds.length > 0 ||
    state.filters.document ||
    state.filters.from ||
    state.filters.to;
  showEmpty(
    graph.order > 0
      ? null
      : filtered
        ? {
            title: 'Nothing matches these filters',
            text: 'Widen the relations, kinds, document or dates on the left.',
          }
        : {
            title: 'The graph is empty',
            text: 'No positions are stored yet. Ingest articles with `npm run ingest <files>` and reload.',
          },
  );
  if (data.truncated)
    toast(
      `Showing the ${data.edges.length.toLocaleString('en')} strongest edges; raise “Strongest edges shown” to see more.`,
    );
}

function applyFilters(filters: ViewFilters): void {
  state = { ...state, filters, expanded: [], query: undefined, params: undefined, selection: null };
  saveUrl();
  renderSidebar();
  panel.hidden = true;
  loadGraph().catch(failed);
}

function renderSidebar(): void {
  renderFilters(byId('filters'), state.filters, documents, stats, applyFilters);
}

async function expand(id: string): Promise<void> {
  if (!graph.hasNode(id) || graph.getNodeAttribute(id, 'origin') !== 'entity') return;
  const data = await api.neighbours(id).catch((error: unknown) => {
    failed(error);
    return null;
  });
  if (!data) return;
  const added = mergeGraphData(graph, data, id);
  if (!state.query && !state.expanded.includes(id)) state.expanded = [...state.expanded, id];
  saveUrl();
  toast(
    added.length > 0
      ? `Added ${added.length} neighbour${added.length === 1 ? '' : 's'}.`
      : 'All its neighbours are already shown.',
  );
  if (added.length > 0) layout.start();
}

const panelActions: PanelActions = {
  selectEntity: (id) => void select({ type: 'node', id }, true),
  selectEdge: (source, relation, target) => void select({ type: 'edge', source, relation, target }),
  expand: (id) => void expand(id),
  close: () => void select(null),
};

async function select(selection: Selection, focus = false): Promise<void> {
  const ticket = ++panelTicket;
  state.selection = selection;
  saveUrl();
  if (selection === null) {
    view.select(null);
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  if (selection.type === 'node') {
    // An entity found by search or linked from the panel may not be drawn yet: bring it in with its neighbours.
    if (!graph.hasNode(selection.id) && !state.query) {
      const data = await api.neighbours(selection.id).catch(() => null);
      if (data && data.nodes.length > 0) {
        mergeGraphData(graph, data);
        layout.start();
      }
    }
    view.select({ node: selection.id });
    if (focus) focusOn(selection.id);
    const attributes = graph.hasNode(selection.id) ? graph.getNodeAttributes(selection.id) : null;
    if (attributes && attributes.origin !== 'entity') {
      showNode(panel, attributes.label, attributes.kind, panelActions);
      return;
    }
    showMessage(panel, attributes?.label ?? selection.id, 'Loading…', panelActions);
    try {
      const details = await api.entity(selection.id);
      if (ticket === panelTicket) showEntity(panel, details, panelActions);
    } catch (error) {
      if (ticket === panelTicket) showMessage(panel, selection.id, (error as Error).message, panelActions);
    }
    return;
  }
  const { source, relation, target } = selection;
  view.select({ edge: edgeKey(source, relation, target) });
  if (!(relation in RELATION_COLORS)) {
    showMessage(
      panel,
      `${source} ${relation} ${target}`,
      'A relationship from a Cypher query: its properties are in the result table.',
      panelActions,
    );
    return;
  }
  showMessage(panel, relation, 'Loading…', panelActions);
  try {
    const evidence = await api.edge(source, relation, target);
    if (ticket === panelTicket) showEdge(panel, evidence, panelActions);
  } catch (error) {
    if (ticket === panelTicket) showMessage(panel, relation, (error as Error).message, panelActions);
  }
}

function drawResult(result: CypherResult, query: string, params: Record<string, unknown>): string | null {
  const resultGraph = graphOfCypherResult(result, graph);
  if (!resultGraph) return null;
  state = { ...state, query, params, selection: null, expanded: [] };
  saveUrl();
  panel.hidden = true;
  replaceGraph(() => graph.import(resultGraph));
  showEmpty(null);
  const summary = `${resultGraph.order} node${resultGraph.order === 1 ? '' : 's'}, ${resultGraph.size} edge${resultGraph.size === 1 ? '' : 's'}`;
  showBanner(`Showing a query result: ${summary}`);
  return `drawn on the graph (${summary})`;
}

async function backToGraph(): Promise<void> {
  state = { ...state, query: undefined, params: undefined, selection: null };
  saveUrl();
  panel.hidden = true;
  await loadGraph().catch(failed);
}

const cypherConsole = new CypherConsole(byId('console'), { onResult: drawResult });

function toggleConsole(open = byId('console').hidden): void {
  byId('console').hidden = !open;
  byId('toggle-console').setAttribute('aria-pressed', String(open));
  if (open) cypherConsole.focus();
}

function setupChrome(): void {
  renderLegend(byId('legend'));
  setupSearch(
    byId('search-input') as HTMLInputElement,
    byId('search-suggestions') as HTMLUListElement,
    (hit) => {
      void select({ type: 'node', id: hit.id }, true);
    },
  );
  byId('toggle-console').addEventListener('click', () => {
    toggleConsole();
  });
  byId('zoom-in').addEventListener('click', () => {
    view.zoom(1.5);
  });
  byId('zoom-out').addEventListener('click', () => {
    view.zoom(1 / 1.5);
  });
  byId('zoom-fit').addEventListener('click', () => {
    view.fit();
  });
  byId('layout-toggle').addEventListener('click', () => {
    if (layout.isRunning()) layout.stop();
    else layout.start();
  });
  setupExportMenu(byId('export-menu'), graph, view, failed);
  document.addEventListener('keydown', (event) => {
    if (
      event.key === 'Escape' &&
      !panel.hidden &&
      !(event.target as HTMLElement).closest('input, .cm-editor')
    )
      void select(null);
  });
  window.addEventListener('hashchange', () => {
    state = decodeState(location.hash);
    void start();
  });
}

/**
 * Opens the view the URL describes: the filtered graph, then the selection. A query in the URL waits in
 * the console: a link never runs one until whoever opened it has read it and pressed Run.
 */
async function start(): Promise<void> {
  renderSidebar();
  const { selection, query, params } = state;
  if (query) {
    toggleConsole(true);
    cypherConsole.setQuery(query, params, 'From the link: read the query, then press Run.');
    state = { ...state, query: undefined, params: undefined };
  }
  await loadGraph();
  if (selection) await select(selection, true);
}

setupChrome();
// The graph does not wait for the header figures, the document list or the saved queries.
Promise.all([api.stats(), api.documents()])
  .then(([loadedStats, loadedDocuments]) => {
    [stats, documents] = [loadedStats, loadedDocuments];
    renderStats(byId('stats'), loadedStats);
    renderSidebar();
  })
  .catch(failed);
void cypherConsole.loadSaved().then(() => start().catch(failed));
