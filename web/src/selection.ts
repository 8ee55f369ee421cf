// Choosing a node or an edge: it is marked and lit on the canvas, kept in view with its positions, and
// the details panel shows its evidence (a rolled-up edge shows the statements of everyone it sums up,
// and every edge its statements over time). Double-click expands a node to all its neighbours.
import type { EdgeEvidence, Statement } from '../shared/api.ts';
import { api } from './api.ts';
import type { Explorer } from './explorer.ts';
import { edgeKey } from './graph/model.ts';
import { principalKey } from './graph/rollup.ts';
import { RELATION_COLORS } from './graph/style.ts';
import { edgeTimeline } from './graph/timeline.ts';
import type { GraphView } from './graph/view.ts';
import { windowOf } from './time.ts';
import { showEdge } from './ui/edge-panel.ts';
import { showEntity, showMessage, showNode, type PanelActions } from './ui/panel.ts';
import { toast } from './ui/toast.ts';
import type { Selection } from './url-state.ts';

export class Selector {
  private ticket = 0;
  readonly actions: PanelActions = {
    selectEntity: (id) => void this.select({ type: 'node', id }, true),
    selectEdge: (source, relation, target) => void this.select({ type: 'edge', source, relation, target }),
    expand: (id) => {
      this.expand(id);
    },
    close: () => void this.select(null),
  };

  constructor(
    private readonly explorer: Explorer,
    private readonly view: GraphView,
    private readonly panel: HTMLElement,
    private readonly body: HTMLElement,
  ) {}

  async select(selection: Selection, focus = false): Promise<void> {
    const ticket = ++this.ticket;
    const { explorer } = this;
    explorer.state.selection = selection;
    explorer.saveUrl();
    if (selection === null) {
      this.view.select(null);
      explorer.refresh();
      this.panel.hidden = true;
      return;
    }
    this.panel.hidden = false;
    if (selection.type === 'node') {
      await this.bringIn(selection.id);
      explorer.refresh();
      this.view.select({ node: selection.id });
      if (focus) this.view.focus(selection.id);
      await this.showNodePanel(selection.id, ticket);
      return;
    }
    const { source, relation, target } = selection;
    const key = this.edgeOnCanvas(source, relation, target);
    explorer.refresh();
    this.view.select(key === null ? null : { edge: key });
    if (!(relation in RELATION_COLORS)) {
      const text = 'A relationship from a Cypher query: its properties are in the result table.';
      showMessage(this.body, `${source} ${relation} ${target}`, text, this.actions);
      return;
    }
    showMessage(this.body, relation, 'Loading…', this.actions);
    try {
      const [evidence, note] = await this.evidence(key, source, relation, target);
      if (ticket !== this.ticket) return;
      const { months, filters } = explorer;
      const timeline =
        key === null || explorer.result !== null
          ? undefined
          : {
              months,
              counts: edgeTimeline(explorer.graph, key, months),
              window: windowOf(months, filters.from, filters.to),
            };
      showEdge(this.body, evidence, this.actions, { timeline, note });
    } catch (error) {
      if (ticket === this.ticket) showMessage(this.body, relation, (error as Error).message, this.actions);
    }
  }

  /** An entity found by search or linked from the panel may not be loaded: bring it in with its neighbours. */
  private async bringIn(id: string): Promise<void> {
    const { explorer } = this;
    if (explorer.result !== null || explorer.graph.hasNode(id)) return;
    const data = await api.neighbours(id).catch(() => null);
    if (data && data.nodes.length > 0) explorer.merge(data);
  }

  private async showNodePanel(id: string, ticket: number): Promise<void> {
    const shown = this.explorer.current;
    const attributes = shown.hasNode(id) ? shown.getNodeAttributes(id) : null;
    if (attributes && attributes.origin !== 'entity') {
      showNode(this.body, attributes.label, attributes.kind, this.actions);
      return;
    }
    showMessage(this.body, attributes?.name ?? id, 'Loading…', this.actions);
    try {
      const details = await api.entity(id);
      if (ticket === this.ticket) showEntity(this.body, details, this.actions);
    } catch (error) {
      if (ticket === this.ticket) showMessage(this.body, id, (error as Error).message, this.actions);
    }
  }

  /** The key of the edge drawn for (source, relation, target): the rolled-up one while people are rolled up. */
  private edgeOnCanvas(source: string, relation: string, target: string): string | null {
    const shown = this.explorer.current;
    const [up, stated] = [principalKey(source, relation, target), edgeKey(source, relation, target)];
    if (this.explorer.filters.rollUp && shown.hasEdge(up)) return up;
    return shown.hasEdge(stated) ? stated : shown.hasEdge(up) ? up : null;
  }

  /** The evidence of an edge; for a rolled-up one, that of every stated edge it sums up, with a note saying so. */
  private async evidence(
    key: string | null,
    source: string,
    relation: string,
    target: string,
  ): Promise<[EdgeEvidence, string | undefined]> {
    const graph = this.explorer.current;
    const parts = key === null ? undefined : graph.getEdgeAttributes(key).parts;
    if (!parts) return [await api.edge(source, relation, target), undefined];
    const all = await Promise.all(
      parts.map((part) => api.edge(graph.source(part), relation, graph.target(part))),
    );
    const byDate = (a: Statement, b: Statement): number => (b.date ?? '').localeCompare(a.date ?? '');
    const first = all[0];
    if (!first) return [await api.edge(source, relation, target), undefined];
    const ref = (id: string) => ({
      id,
      name: graph.getNodeAttribute(id, 'name'),
      kind: graph.getNodeAttribute(id, 'kind'),
    });
    // Who the rolled-up edge speaks through, on each end: "itself" where the principal is an end too.
    const ends = (end: (part: string) => string, principal: string): string => {
      const ids = new Set(parts.map(end));
      const people = [...ids].filter((id) => id !== principal).map((id) => ref(id).name);
      return [ids.has(principal) ? `${ref(principal).name} itself` : null, ...people.sort()]
        .filter((name) => name !== null)
        .join(', ');
    };
    const note =
      `People shown as whom they speak for. For ${ref(source).name}: ${ends((p) => graph.source(p), source)}. ` +
      `For ${ref(target).name}: ${ends((p) => graph.target(p), target)}.`;
    const statements = all.flatMap((evidence) => evidence.statements).sort(byDate);
    const documents = all.flatMap((evidence) => evidence.documents);
    return [{ ...first, source: ref(source), target: ref(target), statements, documents }, note];
  }

  /** Shows all of a node's neighbours, whatever the kinds and the size limit. */
  expand(id: string): void {
    const { explorer } = this;
    if (explorer.result !== null || !explorer.graph.hasNode(id)) return;
    if (explorer.graph.getNodeAttribute(id, 'origin') !== 'entity') return;
    if (!explorer.state.expanded.includes(id)) explorer.state.expanded = [...explorer.state.expanded, id];
    explorer.saveUrl();
    const before = explorer.graph.filterNodes((_node, attributes) => !attributes.hidden).length;
    explorer.refresh();
    const after = explorer.graph.filterNodes((_node, attributes) => !attributes.hidden).length;
    toast(
      after > before
        ? `Added ${after - before} neighbour${after - before === 1 ? '' : 's'}.`
        : 'All its neighbours are already shown.',
    );
  }
}
