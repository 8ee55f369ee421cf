// The explorer's state and what changes it: the graph is loaded once, then every filter, the time bar,
// the blocs and the selection are applied to it in the browser (graph/visibility.ts); a Cypher result
// is drawn in its place and the graph comes back untouched. One ViewState is the truth and the URL
// keeps it.
import type { CypherResult, DocumentItem, GraphData, Stats } from '../shared/api.ts';
import { api } from './api.ts';
import { byId } from './dom.ts';
import { Colouring } from './colouring.ts';
import { LayoutSupervisor } from './graph/layout.ts';
import { graphOfCypherResult, mergeGraphData, type ExplorerGraph } from './graph/model.ts';
import { placeNear } from './graph/placement.ts';
import { rollUp } from './graph/rollup.ts';
import { monthsOfGraph, statementsPerMonth } from './graph/timeline.ts';
import { applyVisibility } from './graph/visibility.ts';
import type { Extent, GraphView } from './graph/view.ts';
import { rangeOf, windowOf, type Month, type MonthWindow } from './time.ts';
import { renderFilters, renderShownCount } from './ui/filters.ts';
import type { Legend } from './ui/legend.ts';
import type { TimeBar } from './ui/timebar.ts';
import { toast } from './ui/toast.ts';
import { decodeState, encodeState, type ViewFilters, type ViewState } from './url-state.ts';

/** The strongest edges loaded from the server: the filters choose among them without asking again. */
export const LOAD_LIMIT = 100_000;

export interface Chrome {
  view: GraphView;
  legend: Legend;
  /** What choosing an actor in the legend does. */
  selectEntity(id: string): void;
  timeBar: TimeBar;
  /** Shows or clears the banner over the graph (a query result is shown). */
  banner(text: string | null): void;
  /** Shows or clears the message in the middle of the stage. */
  empty(message: { title: string; text: string } | null): void;
}

export class Explorer {
  state: ViewState = decodeState(location.hash);
  documents: DocumentItem[] = [];
  stats: Stats | null = null;
  /** A Cypher result drawn instead of the graph, or null. */
  result: ExplorerGraph | null = null;
  months: Month[] = [];
  private readonly colouring: Colouring;
  private loaded = false;
  /** Nodes that have their place: laid out, or put next to their neighbours when first shown. */
  private readonly placed = new Set<string>();
  /** A whole layout runs: frame the result when it ends (a newcomer's layout keeps the camera). */
  private fitWhenSettled = false;
  /** When the change being drawn started, for the figures bench:web reads. */
  private changeStarted: number | null = null;
  readonly layout: LayoutSupervisor;
  private readonly container = byId('graph');

  constructor(
    readonly graph: ExplorerGraph,
    private readonly chrome: Chrome,
  ) {
    this.colouring = new Colouring(graph, chrome.legend, this.container, {
      recoloured: () => {
        if (this.result === null) chrome.view.recoloured(graph);
      },
      select: (id) => {
        chrome.selectEntity(id);
      },
    });
    this.layout = new LayoutSupervisor(
      (layoutState, elapsedMs, reason) => {
        this.container.dataset.layout = layoutState;
        if (layoutState !== 'settled') return;
        // How the last layout ended, for tests and bench:web.
        this.container.dataset.layoutMs = String(Math.round(elapsedMs));
        this.container.dataset.layoutEnd = reason ?? 'converged';
        this.container.dataset.settledAt = String(Math.round(performance.now()));
        if (reason !== 'stopped' && this.fitWhenSettled) chrome.view.fit();
        this.fitWhenSettled = false;
      },
      () => {
        chrome.view.moved(this.current, this.result === null ? this.extent() : null);
      },
    );
    chrome.view.renderer.on('afterRender', () => {
      if (this.chrome.view.shown.order > 0)
        this.container.dataset.rendered ??= String(Math.round(performance.now()));
      if (this.changeStarted === null) return;
      this.container.dataset.updateMs = (performance.now() - this.changeStarted).toFixed(1);
      this.container.dataset.updates = String(Number(this.container.dataset.updates ?? 0) + 1);
      this.changeStarted = null;
    });
  }

  get filters(): ViewFilters {
    return this.state.filters;
  }

  /** The graph on the canvas: a Cypher result, or the explorer's. */
  get current(): ExplorerGraph {
    return this.result ?? this.graph;
  }

  /**
   * The extent of the nodes that have their place, shown or not: the drawing is framed relative to it, so
   * that showing fewer nodes or more neither moves nor rescales the others.
   */
  private extent(): Extent | null {
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const node of this.placed) {
      if (!this.graph.hasNode(node)) continue;
      const { x, y } = this.graph.getNodeAttributes(node);
      [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
    }
    return minX > maxX ? null : { x: [minX, Math.max(maxX, minX + 1)], y: [minY, Math.max(maxY, minY + 1)] };
  }

  saveUrl(): void {
    history.replaceState(null, '', encodeState(this.state) || `${location.pathname}${location.search}`);
  }

  /** Loads the graph once: every later view of it is computed here. */
  async load(): Promise<void> {
    const data = await api.graph(`limit=${LOAD_LIMIT}`);
    this.merge(data);
    this.loaded = true;
    this.months = monthsOfGraph(this.graph);
    this.chrome.timeBar.setAxis(this.months, statementsPerMonth(this.graph, this.months));
    if (data.truncated)
      toast(`Loaded the ${data.edges.length.toLocaleString('en')} strongest edges of a larger graph.`);
  }

  /** Adds an API answer to the graph and rebuilds the rolled-up layer over it. */
  merge(data: GraphData, anchor?: string): string[] {
    const added = mergeGraphData(this.graph, data, anchor);
    rollUp(this.graph);
    return added;
  }

  /** New filters from the sidebar or the time bar: applied at once, the URL follows. */
  setFilters(filters: ViewFilters): void {
    this.changeStarted = performance.now();
    this.state = { ...this.state, filters };
    this.saveUrl();
    this.renderSidebar();
    this.refresh();
  }

  setWindow(window: MonthWindow): void {
    const { from, to } = rangeOf(this.months, window);
    this.setFilters({ ...this.filters, from, to });
  }

  renderSidebar(): void {
    renderFilters(
      byId('filters'),
      this.filters,
      { documents: this.documents, stats: this.stats, paused: this.result !== null },
      (filters) => {
        this.setFilters(filters);
      },
    );
  }

  /** Applies the state to the graph: what is shown, its sizes and colours, the lit neighbourhood. */
  refresh(): void {
    if (this.result !== null || !this.loaded) return;
    const { filters, selection, expanded } = this.state;
    const shown = applyVisibility(this.graph, {
      relations: new Set(filters.relations),
      kinds: new Set(filters.kinds),
      document: filters.document,
      from: filters.from,
      to: filters.to,
      limit: filters.limit,
      rollUp: filters.rollUp,
      pinned: new Set(selection?.type === 'node' ? [selection.id] : []),
      expanded: new Set(expanded),
    });
    this.colouring.update(filters);
    this.place(shown.nodes);
    this.chrome.view.present(this.graph, shown, this.extent());
    this.container.dataset.nodeCount = String(shown.nodes.size);
    this.container.dataset.edgeCount = String(shown.edges.size);
    renderShownCount(byId('filters'), shown);
    this.chrome.timeBar.setWindow(windowOf(this.months, filters.from, filters.to));
    this.chrome.empty(
      shown.nodes.size > 0
        ? null
        : this.graph.order > 0
          ? {
              title: 'Nothing matches these filters',
              text: 'Widen the relations, kinds, document or dates, or go back to the first view.',
            }
          : {
              title: 'The graph is empty',
              text: 'No positions are stored yet. Ingest articles with `npm run ingest <files>` and reload.',
            },
    );
  }

  /**
   * The first view is laid out as a whole; nodes shown later for the first time are put next to their
   * neighbours and settled alone, everything else fixed, so that a change of filters moves nothing.
   */
  private place(shownNodes: ReadonlySet<string>): void {
    const shown = [...shownNodes];
    const newcomers = shown.filter((node) => !this.placed.has(node));
    if (newcomers.length === 0) return;
    if (this.placed.size === 0 || this.layout.isRunning()) {
      this.relayout();
      return;
    }
    const fixed = new Set(shown.filter((node) => this.placed.has(node)));
    placeNear(this.graph, newcomers, fixed);
    for (const node of newcomers) this.placed.add(node);
    this.layout.start(this.graph, fixed);
  }

  /** Draws a Cypher result in place of the graph, or says why it is not drawn. */
  showResult(result: CypherResult, query: string, params: Record<string, unknown>): string {
    if (result.relationships.length === 0)
      return result.nodes.length === 0
        ? 'Nothing to draw: the result holds no node.'
        : 'Not drawn on the graph: the result holds nodes but no relationship between them. ' +
            'Return the relationships too (e.g. RETURN a, r, b) to see it drawn.';
    const drawn = graphOfCypherResult(result, this.graph);
    if (!drawn) return 'Nothing to draw: the result holds no node.';
    this.result = drawn;
    this.container.dataset.nodeCount = String(drawn.order);
    this.container.dataset.edgeCount = String(drawn.size);
    this.state = { ...this.state, query, params, selection: null, expanded: [] };
    this.saveUrl();
    this.chrome.view.show(drawn);
    this.chrome.empty(null);
    this.renderSidebar();
    byId('timebar').classList.add('paused');
    this.relayout();
    const summary = `${drawn.order} node${drawn.order === 1 ? '' : 's'}, ${drawn.size} edge${drawn.size === 1 ? '' : 's'}`;
    this.chrome.banner(`Showing a query result: ${summary}`);
    return `Drawn on the graph: ${summary}.`;
  }

  /** The graph again, as it was, with the filters of the URL. */
  backToGraph(): void {
    this.result = null;
    this.state = { ...this.state, query: undefined, params: undefined, selection: null };
    this.saveUrl();
    this.layout.stop(false);
    this.chrome.banner(null);
    byId('timebar').classList.remove('paused');
    this.renderSidebar();
    this.refresh();
    this.chrome.view.fit();
  }

  /** Lays out what is on the canvas anew, and frames it when done. */
  relayout(): void {
    const graph = this.result ?? this.graph;
    if (this.result === null)
      graph.forEachNode((node, attributes) => {
        if (!attributes.hidden) this.placed.add(node);
      });
    this.fitWhenSettled = true;
    this.layout.start(graph);
  }

  /** Reopens the view of a hash typed or pasted into the address bar. */
  reopen(): ViewState {
    this.state = decodeState(location.hash);
    return this.state;
  }
}
