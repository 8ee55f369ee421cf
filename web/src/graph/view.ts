// The graph on the canvas and what the user does with it: hovering a node lights up its neighbourhood, a
// selection keeps it lit, the camera frames what is shown. The renderer draws one graph at a time: what
// the filters show of the explorer's graph (`present`, through a mirror of its shown part), or a Cypher
// result in its place (`show`), so neither disturbs the other.
import { framingOf, type Insets } from './framing.ts';
import { LabelPass } from './label-pass.ts';
import { mirrorNodes, shownPart, type ShownItems } from './mirror.ts';
import { createGraph, type ExplorerGraph } from './model.ts';
import { createRenderer, type Renderer } from './renderer.ts';

/** An extent in graph coordinates. */
export interface Extent {
  x: [number, number];
  y: [number, number];
}

export interface ViewEvents {
  clickNode(node: string): void;
  doubleClickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
}

/** Above this many lit nodes, their labels are thinned like the others'. */
const ALL_LABELS_LIT = 25;

export class GraphView {
  readonly renderer: Renderer;
  private hovered: string | null = null;
  private selectedNode: string | null = null;
  private selectedEdge: string | null = null;
  private lit = { nodes: new Set<string>(), edges: new Set<string>() };
  /** What the camera was last asked to frame, framed again when the stage changes size; null once the user moves it. */
  private framed: (() => string[]) | null = null;
  /** The graph drawn: the mirror of the explorer's shown part, or a Cypher result. */
  private graph: ExplorerGraph = createGraph();
  private mirror: ExplorerGraph = this.graph;
  private readonly labels: LabelPass;

  constructor(
    readonly container: HTMLElement,
    events: ViewEvents,
    /** What covers the stage's edges now (the legend, the toolbar, a banner), for framing. */
    private readonly insets: () => Insets,
  ) {
    this.renderer = createRenderer(this.graph, container);
    const r = this.renderer;
    this.labels = new LabelPass(
      r,
      () => this.graph,
      () => ({
        focus: new Set([this.hovered, this.selectedNode].filter((node) => node !== null)),
        lit: this.lit.nodes,
      }),
    );
    r.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.highlight();
    });
    r.on('leaveNode', () => {
      this.hovered = null;
      this.highlight();
    });
    r.on('clickNode', ({ node }) => {
      events.clickNode(node);
    });
    r.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
      preventSigmaDefault();
      events.doubleClickNode(node);
    });
    r.on('clickEdge', ({ edge }) => {
      events.clickEdge(edge);
    });
    r.on('clickStage', () => {
      events.clickStage();
    });
    // Opening the details panel or the console resizes the stage without a window resize: frame again
    // what was framed, with nodes sized to the room there is.
    new ResizeObserver(() => {
      this.sizeNodes();
      r.scheduleRefresh();
      this.relabel();
      if (this.framed) this.frame(this.framed(), 0);
    }).observe(container);
    const userMoves = (): void => {
      this.framed = null;
    };
    r.getMouseCaptor().on('wheel', userMoves);
    r.getMouseCaptor().on('mousedown', userMoves);
    r.getTouchCaptor().on('touchdown', userMoves);
  }

  /** Places the labels again after the next frame. */
  relabel(): void {
    this.labels.request();
  }

  /** The graph on the canvas. */
  get shown(): ExplorerGraph {
    return this.graph;
  }

  /**
   * Draws what the filters show of `source` (its `hidden` attributes, written in place): the mirror follows
   * it, and the lit neighbourhood too. `extent` fixes what the camera's coordinates are relative to, so that
   * the drawing does not jump when the filters show less or more.
   */
  present(source: ExplorerGraph, shown: ShownItems, extent: Extent | null): void {
    // Items leave and come back, and their states with them: the highlight is set afresh.
    this.unlight();
    this.mirror = shownPart(source, shown);
    this.renderer.setCustomBBox(extent);
    this.graph = this.mirror;
    this.renderer.setGraph(this.mirror);
    if (this.hovered !== null && !this.graph.hasNode(this.hovered)) this.hovered = null;
    this.mark();
    this.highlight();
  }

  /** Draws a graph of its own (a Cypher result) as it is. */
  show(graph: ExplorerGraph): void {
    this.renderer.setCustomBBox(null);
    this.draw(graph);
  }

  /** Puts `graph` on the canvas; hover and highlight start afresh. */
  private draw(graph: ExplorerGraph): void {
    this.hovered = null;
    this.unlight();
    this.graph = graph;
    this.renderer.setGraph(graph);
    this.relabel();
  }

  /** Nodes moved in `source` (the layout wrote their positions): redraw them and their labels. */
  moved(source: ExplorerGraph, extent: Extent | null): void {
    if (this.graph === this.mirror) {
      mirrorNodes(source, this.mirror, ['x', 'y']);
      this.renderer.setCustomBBox(extent);
    }
    this.renderer.scheduleRefresh();
    this.relabel();
  }

  /** Nodes of `source` changed colour: redraw them. */
  recoloured(source: ExplorerGraph): void {
    if (this.graph === this.mirror) mirrorNodes(source, this.mirror, ['color']);
    this.renderer.scheduleRefresh();
  }

  /**
   * Marks one node or edge as selected (or nothing), lighting its neighbourhood until the next selection.
   * A selection the filters hide is kept, and marked when they show it again.
   */
  select(selection: { node: string } | { edge: string } | null): void {
    this.unmark();
    this.selectedNode = selection && 'node' in selection ? selection.node : null;
    this.selectedEdge = selection && 'edge' in selection ? selection.edge : null;
    this.mark();
    this.highlight();
  }

  private drawnNode(node: string | null): node is string {
    return node !== null && this.graph.hasNode(node) && !this.graph.getNodeAttribute(node, 'hidden');
  }

  private drawnEdge(edge: string | null): edge is string {
    return edge !== null && this.graph.hasEdge(edge) && !this.graph.getEdgeAttribute(edge, 'hidden');
  }

  private mark(): void {
    if (this.drawnNode(this.selectedNode))
      this.renderer.setNodeState(this.selectedNode, { isSelected: true });
    if (this.drawnEdge(this.selectedEdge))
      this.renderer.setEdgeState(this.selectedEdge, { isSelected: true });
  }

  private unmark(): void {
    if (this.selectedNode !== null && this.graph.hasNode(this.selectedNode))
      this.renderer.setNodeState(this.selectedNode, { isSelected: false });
    if (this.selectedEdge !== null && this.graph.hasEdge(this.selectedEdge))
      this.renderer.setEdgeState(this.selectedEdge, { isSelected: false });
  }

  /** Clears every highlight state, of items still in the graph or not. */
  private unlight(): void {
    const inGraph = <T>(keys: Set<T>, has: (key: T) => boolean): T[] => [...keys].filter(has);
    this.renderer.setNodesState(
      inGraph(this.lit.nodes, (n) => this.graph.hasNode(n)),
      { isHighlighted: false },
    );
    this.renderer.setEdgesState(
      inGraph(this.lit.edges, (e) => this.graph.hasEdge(e)),
      { isHighlighted: false },
    );
    this.lit = { nodes: new Set(), edges: new Set() };
    this.renderer.setGraphState({ manyLit: false });
  }

  private highlight(): void {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const focus = [this.hovered, this.selectedNode].find((node) => this.drawnNode(node));
    if (focus) {
      nodes.add(focus);
      this.graph.forEachEdge(focus, (edge, attributes, source, target) => {
        if (attributes.hidden) return;
        edges.add(edge);
        nodes.add(source);
        nodes.add(target);
      });
    } else if (this.drawnEdge(this.selectedEdge)) {
      edges.add(this.selectedEdge);
      nodes.add(this.graph.source(this.selectedEdge));
      nodes.add(this.graph.target(this.selectedEdge));
    }
    const changed = <T>(from: Set<T>, to: Set<T>): T[] => [...from].filter((key) => !to.has(key));
    const hasNode = (key: string): boolean => this.graph.hasNode(key);
    const hasEdge = (key: string): boolean => this.graph.hasEdge(key);
    this.renderer.setNodesState(changed(this.lit.nodes, nodes).filter(hasNode), { isHighlighted: false });
    this.renderer.setEdgesState(changed(this.lit.edges, edges).filter(hasEdge), { isHighlighted: false });
    this.renderer.setNodesState(changed(nodes, this.lit.nodes), { isHighlighted: true });
    this.renderer.setEdgesState(changed(edges, this.lit.edges), { isHighlighted: true });
    this.renderer.setGraphState({ manyLit: nodes.size > ALL_LABELS_LIT });
    this.lit = { nodes, edges };
    this.relabel();
  }

  /**
   * Nodes are sized in pixels for a stage of about 900 by 600: a smaller stage draws them smaller, so that
   * the graph does not turn into overlapping discs in a small window.
   */
  private sizeNodes(): void {
    const { width, height } = this.renderer.getDimensions();
    const factor = Math.min(1, Math.max(0.55, Math.sqrt((width * height) / (900 * 600))));
    this.renderer.setSetting('zoomToSizeRatioFunction', (ratio) => Math.sqrt(ratio) / factor);
  }

  /** Frames again what was last framed (unless the user has moved the camera since): what covers the stage changed. */
  reframe(): void {
    if (this.framed) this.frame(this.framed(), 300);
  }

  /** Frames the shown nodes in the free part of the stage. */
  fit(duration = 300): void {
    this.framed = () => this.graph.filterNodes((_node, attributes) => !attributes.hidden);
    this.frame(this.framed(), duration);
  }

  /** Frames a node and its shown neighbours. */
  focus(node: string): void {
    if (!this.graph.hasNode(node)) return;
    this.framed = () =>
      this.graph.hasNode(node)
        ? [node, ...this.graph.filterNeighbors(node, (_n, attributes) => !attributes.hidden)]
        : [];
    this.frame(this.framed(), 450);
  }

  /** After the next frame: until sigma has processed a change, its display positions are not normalised yet. */
  private frame(nodes: string[], duration: number): void {
    this.renderer.once('afterRender', () => {
      const camera = framingOf(this.renderer, nodes, this.insets());
      if (camera) void this.renderer.getCamera().animate(camera, { duration });
    });
    this.renderer.scheduleRender();
  }

  zoom(factor: number): void {
    this.framed = null;
    const camera = this.renderer.getCamera();
    void (factor > 1
      ? camera.zoomIn({ factor, duration: 200 })
      : camera.zoomOut({ factor: 1 / factor, duration: 200 }));
  }
}
