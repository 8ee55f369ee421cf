// Keeps the canvas's labels apart: after a frame in which the camera, the nodes or the lit neighbourhood
// changed, it gathers the labels sigma would write, in pixels, and gives each the side of its node it is
// written on (`labelSide`), or leaves it out (`labelHidden`), as labels.ts decides.
import { placeLabels, type LabelCandidate, type LabelSide } from './labels.ts';
import type { ExplorerGraph } from './model.ts';
import { LABEL_FONT, LABEL_MIN_RADIUS, LABEL_SIZE, type Renderer } from './renderer.ts';

export interface LabelFocus {
  /** The hovered and selected nodes: their labels always show. */
  focus: ReadonlySet<string>;
  /** The lit neighbourhood: while something is lit, only its labels show. */
  lit: ReadonlySet<string>;
}

export class LabelPass {
  private dirty = false;
  private readonly widths = new Map<string, number>();
  private readonly measure = document.createElement('canvas').getContext('2d');

  constructor(
    private readonly renderer: Renderer,
    private readonly graph: () => ExplorerGraph,
    private readonly state: () => LabelFocus,
  ) {
    // Labels are placed on what was just drawn: before a frame, sigma's positions may not be final.
    renderer.on('afterRender', () => {
      if (!this.dirty) return;
      this.dirty = false;
      this.place();
    });
    renderer.getCamera().on('updated', () => {
      this.request();
    });
  }

  /** Places the labels again after the next frame. */
  request(): void {
    this.dirty = true;
    this.renderer.scheduleRender();
  }

  private place(): void {
    const graph = this.graph();
    const { width, height } = this.renderer.getDimensions();
    const { hasHighlighted, manyLit } = this.renderer.getGraphState();
    const { focus, lit } = this.state();
    const candidates: LabelCandidate[] = [];
    graph.forEachNode((node, attributes) => {
      if (attributes.hidden || !attributes.label) return;
      if (hasHighlighted && !lit.has(node)) return;
      const data = this.renderer.getNodeDisplayData(node);
      if (!data) return;
      const radius = this.renderer.scaleSize(data.size);
      const forced = focus.has(node) || (lit.has(node) && !manyLit);
      if (radius < LABEL_MIN_RADIUS && !forced) return;
      const { x, y } = this.renderer.framedGraphToViewport(data);
      if (x < -200 || x > width + 50 || y < -50 || y > height + 50) return;
      const priority = (focus.has(node) ? 1e9 : forced ? 1e6 : 0) + radius;
      candidates.push({ key: node, x, y, radius, width: this.width(attributes.label), priority });
    });
    const sides = placeLabels(candidates, LABEL_SIZE + 3);
    // Compared with the nodes' states rather than with the last pass: nodes come and go with the filters.
    const changes = new Map<string, { labelHidden: boolean; labelSide: LabelSide }>();
    graph.forEachNode((node) => {
      const side = sides.get(node);
      const wanted = { labelHidden: side === null, labelSide: side ?? 'right' };
      const { labelHidden, labelSide } = this.renderer.getNodeState(node);
      if (labelHidden !== wanted.labelHidden || labelSide !== wanted.labelSide) changes.set(node, wanted);
    });
    for (const [node, state] of changes) this.renderer.setNodeState(node, state);
  }

  private width(label: string): number {
    let width = this.widths.get(label);
    if (width === undefined) {
      if (this.measure) this.measure.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
      width = this.measure?.measureText(label).width ?? label.length * LABEL_SIZE * 0.6;
      this.widths.set(label, width);
    }
    return width;
  }
}
