// The sigma renderer and its view state, Gephi Lite style: the graph keeps the domain data, and what is
// highlighted, dimmed or selected lives in sigma's node and edge states, turned into looks by the style
// rules below. Hovering a node lights up its neighbourhood; a selection keeps it lit.
import Sigma from 'sigma';
import {
  extremityArrow,
  layerFill,
  pathCurved,
  pathLine,
  sdfCircle,
  sdfDiamond,
  sdfSquare,
} from 'sigma/rendering';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './model.ts';

interface NodeState {
  isSelected: boolean;
}
interface EdgeState {
  isSelected: boolean;
}

export interface ViewEvents {
  clickNode(node: string): void;
  doubleClickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
}

const DIMMED_NODE = '#e4e6e9';
const DIMMED_EDGE = '#eef0f2';
const SELECTION_RING = '#3558c7';

const SHAPES: Record<NodeAttributes['origin'], string> = {
  entity: 'circle',
  document: 'square',
  other: 'diamond',
};

function createRenderer(graph: ExplorerGraph, container: HTMLElement) {
  return new Sigma<NodeAttributes, EdgeAttributes, Record<string, unknown>, NodeState, EdgeState>(
    graph,
    container,
    {
      primitives: {
        nodes: { shapes: [sdfCircle(), sdfSquare(), sdfDiamond()], layers: [layerFill()] },
        edges: { paths: [pathLine(), pathCurved()], extremities: [extremityArrow()] },
      },
      customNodeState: { isSelected: false },
      customEdgeState: { isSelected: false },
      styles: {
        nodes: [
          {
            x: { attribute: 'x' },
            y: { attribute: 'y' },
            size: { attribute: 'size' },
            color: { attribute: 'color' },
            label: { attribute: 'label' },
            shape: (attributes) => SHAPES[attributes.origin],
            labelSize: 13,
            labelColor: '#2b3138',
            labelVisibility: 'auto',
            depth: 'nodes',
            cursor: 'pointer',
            backdropVisibility: 'hidden',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(20, 30, 40, 0.28)',
            backdropShadowBlur: 10,
            backdropPadding: 5,
          },
          {
            when: (_attributes, state, graphState) => graphState.hasHighlighted && !state.isHighlighted,
            then: { color: DIMMED_NODE, labelVisibility: 'hidden' },
          },
          { whenState: 'isHighlighted', then: { labelVisibility: 'visible', depth: 'topNodes' } },
          {
            whenState: 'isSelected',
            then: {
              labelVisibility: 'visible',
              depth: 'topNodes',
              backdropVisibility: 'visible',
              backdropBorderColor: SELECTION_RING,
              backdropBorderWidth: 1.5,
            },
          },
          {
            whenState: 'isHovered',
            then: { labelVisibility: 'visible', depth: 'topNodes', backdropVisibility: 'visible' },
          },
        ],
        edges: [
          {
            size: { attribute: 'size' },
            color: { attribute: 'color' },
            path: 'straight',
            parallelPath: 'curved',
            head: (attributes) => (attributes.relation === 'MEETS' ? 'none' : 'arrow'),
            depth: 'edges',
            cursor: 'pointer',
            // Translucent at rest, so that crossings in a dense graph read as density, not as a wall.
            opacity: 0.55,
          },
          {
            when: (_attributes, state, graphState) => graphState.hasHighlighted && !state.isHighlighted,
            then: { color: DIMMED_EDGE },
          },
          { whenState: 'isHighlighted', then: { depth: 'topEdges', opacity: 1 } },
          {
            whenState: 'isSelected',
            then: { depth: 'topEdges', opacity: 1, size: (attributes) => attributes.size + 2.5 },
          },
          {
            whenState: 'isHovered',
            then: { depth: 'topEdges', opacity: 1, size: (attributes) => attributes.size + 1.5 },
          },
        ],
        stage: { background: '#fbfbfa' },
      },
      settings: {
        itemSizesReference: 'screen',
        zoomToSizeRatioFunction: (ratio) => Math.sqrt(ratio),
        enableEdgeEvents: true,
        labelRenderedSizeThreshold: 6,
        labelDensity: 0.8,
        labelGridCellSize: 100,
        stagePadding: 40,
        minEdgeThickness: 1,
        minCameraRatio: 0.02,
        maxCameraRatio: 20,
        doubleClickZoomingRatio: 1,
        enableCameraRotation: false,
        enableCameraMouseRotation: false,
        allowInvalidContainer: true,
      },
    },
  );
}

export class GraphView {
  readonly renderer: ReturnType<typeof createRenderer>;
  private hovered: string | null = null;
  private selectedNode: string | null = null;
  private selectedEdge: string | null = null;
  private lit = { nodes: new Set<string>(), edges: new Set<string>() };

  constructor(
    readonly graph: ExplorerGraph,
    readonly container: HTMLElement,
    events: ViewEvents,
  ) {
    this.renderer = createRenderer(graph, container);
    const r = this.renderer;
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
    // Opening the details panel or the console resizes the stage without a window resize.
    new ResizeObserver(() => r.scheduleRefresh()).observe(container);
    r.on('afterRender', () => {
      this.container.dataset.nodeCount = String(this.graph.order);
      this.container.dataset.edgeCount = String(this.graph.size);
      // When the first frame with a graph was drawn, in ms since the page started loading (for bench:web).
      if (this.graph.order > 0) this.container.dataset.rendered ??= String(Math.round(performance.now()));
    });
  }

  /** Marks one node or edge as selected (or nothing), lighting its neighbourhood until the next selection. */
  select(selection: { node: string } | { edge: string } | null): void {
    if (this.selectedNode !== null && this.graph.hasNode(this.selectedNode))
      this.renderer.setNodeState(this.selectedNode, { isSelected: false });
    if (this.selectedEdge !== null && this.graph.hasEdge(this.selectedEdge))
      this.renderer.setEdgeState(this.selectedEdge, { isSelected: false });
    this.selectedNode =
      selection && 'node' in selection && this.graph.hasNode(selection.node) ? selection.node : null;
    this.selectedEdge =
      selection && 'edge' in selection && this.graph.hasEdge(selection.edge) ? selection.edge : null;
    if (this.selectedNode !== null) this.renderer.setNodeState(this.selectedNode, { isSelected: true });
    if (this.selectedEdge !== null) this.renderer.setEdgeState(this.selectedEdge, { isSelected: true });
    this.highlight();
  }

  /** Forgets states of nodes and edges that left the graph (after a reload or a Cypher result). */
  reset(): void {
    this.hovered = null;
    this.lit = { nodes: new Set(), edges: new Set() };
    this.select(null);
  }

  private highlight(): void {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const focus = this.hovered ?? this.selectedNode;
    if (focus !== null && this.graph.hasNode(focus)) {
      nodes.add(focus);
      this.graph.forEachEdge(focus, (edge, _attributes, source, target) => {
        edges.add(edge);
        nodes.add(source);
        nodes.add(target);
      });
    } else if (this.selectedEdge !== null) {
      edges.add(this.selectedEdge);
      nodes.add(this.graph.source(this.selectedEdge));
      nodes.add(this.graph.target(this.selectedEdge));
    }
    const off = <T>(before: Set<T>, after: Set<T>): T[] => [...before].filter((key) => !after.has(key));
    const on = <T>(before: Set<T>, after: Set<T>): T[] => [...after].filter((key) => !before.has(key));
    const live = (keys: string[], has: (key: string) => boolean): string[] => keys.filter(has);
    const hasNode = (key: string): boolean => this.graph.hasNode(key);
    const hasEdge = (key: string): boolean => this.graph.hasEdge(key);
    this.renderer.setNodesState(live(off(this.lit.nodes, nodes), hasNode), { isHighlighted: false });
    this.renderer.setEdgesState(live(off(this.lit.edges, edges), hasEdge), { isHighlighted: false });
    this.renderer.setNodesState(on(this.lit.nodes, nodes), { isHighlighted: true });
    this.renderer.setEdgesState(on(this.lit.edges, edges), { isHighlighted: true });
    this.lit = { nodes, edges };
  }

  /** Frames a node and its neighbours: the camera centres on them, zoomed so that all of them show. */
  focus(node: string): void {
    if (!this.graph.hasNode(node)) return;
    const points = [node, ...this.graph.neighbors(node)]
      .map((key) => this.renderer.getNodeDisplayData(key))
      .filter((data) => data !== undefined);
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Camera coordinates are the graph framed into [0, 1]: ratio 1 shows all of it.
    const ratio = Math.min(1, Math.max(0.08, 1.3 * Math.max(maxX - minX, maxY - minY)));
    void this.renderer
      .getCamera()
      .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 450 });
  }

  fit(): void {
    void this.renderer.getCamera().reset({ duration: 300 });
  }

  zoom(factor: number): void {
    const camera = this.renderer.getCamera();
    void (factor > 1
      ? camera.zoomIn({ factor, duration: 200 })
      : camera.zoomOut({ factor: 1 / factor, duration: 200 }));
  }

  /** The view as a PNG: the WebGL stage is copied right after a render, while its drawing buffer is valid. */
  toPng(): Promise<Blob> {
    return new Promise((resolve, reject) => {
      this.renderer.once('afterRender', () => {
        const stage = this.renderer.getStageCanvas();
        const canvas = document.createElement('canvas');
        canvas.width = stage.width;
        canvas.height = stage.height;
        const context = canvas.getContext('2d');
        if (!context) {
          reject(new Error('This browser cannot draw the image (no 2D canvas).'));
          return;
        }
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.drawImage(stage, 0, 0);
        canvas.toBlob((blob) => {
          if (blob) resolve(blob);
          else reject(new Error('The image could not be encoded.'));
        }, 'image/png');
      });
      this.renderer.refresh();
    });
  }

  kill(): void {
    this.renderer.kill();
  }
}
