// Node colours: by kind, or by bloc (graph/blocs.ts) with the legend listing the blocs. Blocs are found
// after the frame that shows a change, not before it: a step of the time bar is drawn at once and its
// blocs follow a moment later. They are found again only when what they depend on changed (the dates,
// the document, the rolled-up view, the loaded graph), not for relations, kinds or the size limit.
import { ACTOR_KINDS, findBlocs, type BlocMethod, type Blocs } from './graph/blocs.ts';
import type { ExplorerGraph } from './graph/model.ts';
import { kindColor, NO_BLOC_COLOR } from './graph/style.ts';
import type { Legend } from './ui/legend.ts';
import type { ViewFilters } from './url-state.ts';

const BLOC_METHODS: Record<BlocMethod, string> = {
  stances: 'who sides with whom',
  shared: 'shared positions',
};

export class Colouring {
  private blocs: { key: string; found: Blocs } | null = null;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: ExplorerGraph,
    private readonly legend: Legend,
    /** Where tests and bench:web read the blocs' state (`data-blocs`: pending or ready; `data-blocs-ms`). */
    private readonly status: HTMLElement,
    private readonly events: {
      /** Colours were written into the graph after the frame: draw them. */
      recoloured(): void;
      /** An actor was chosen in the legend. */
      select(id: string): void;
    },
  ) {}

  /** Colours for `filters`; kind colours are written at once (in place, drawn by the caller's redraw). */
  update(filters: ViewFilters): void {
    const { blocs: method, from, to, document, rollUp } = filters;
    if (method === 'off') {
      clearTimeout(this.pending);
      delete this.status.dataset.blocs;
      if (this.blocs === null) return;
      this.blocs = null;
      this.graph.forEachNode((_node, attributes) => {
        attributes.color = kindColor(attributes.kind);
      });
      this.legend.showBlocs(null);
      return;
    }
    const key = JSON.stringify([method, from, to, document, rollUp, this.graph.size]);
    if (this.blocs?.key === key) return;
    clearTimeout(this.pending);
    this.status.dataset.blocs = 'pending';
    this.pending = setTimeout(() => {
      this.find(key, method, rollUp);
    }, 0);
  }

  private find(key: string, method: BlocMethod, rollUp: boolean): void {
    const started = performance.now();
    const found = findBlocs(this.graph, method, rollUp ? 'direct' : 'principal', this.blocs?.found);
    this.blocs = { key, found };
    const colours = new Map(found.blocs.map((bloc) => [bloc.index, bloc.color]));
    // In place (see graph/visibility.ts); `recoloured` draws them.
    this.graph.forEachNode((node, attributes) => {
      const bloc = ACTOR_KINDS.has(attributes.kind) ? found.blocOf.get(node) : undefined;
      attributes.color = (bloc === undefined ? undefined : colours.get(bloc)) ?? NO_BLOC_COLOR;
    });
    this.legend.showBlocs({
      blocs: found.blocs,
      method: BLOC_METHODS[method],
      name: (id) => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'name') : id),
      select: (id) => {
        this.events.select(id);
      },
    });
    this.status.dataset.blocs = 'ready';
    this.status.dataset.blocsMs = (performance.now() - started).toFixed(1);
    this.events.recoloured();
  }
}
