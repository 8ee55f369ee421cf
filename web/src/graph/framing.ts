// The camera state that frames a set of nodes inside the part of the stage nothing covers: the legend,
// the toolbar and the banner sit over the canvas, so the graph is framed into the rectangle they leave.
import type { CameraState } from 'sigma/types';
import type { Renderer } from './renderer.ts';

/** Pixels of the stage's edges that overlays cover. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
/** Room around the nodes for their discs and for the labels written to their right. */
const MARGIN = { x: 0.16, y: 0.1 };

/** The camera that shows all of `nodes`, centred in the stage less `insets`; null when none is drawn. */
export function framingOf(
  renderer: Renderer,
  nodes: Iterable<string>,
  insets = NO_INSETS,
): CameraState | null {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    [minX, maxX] = [Math.min(minX, data.x), Math.max(maxX, data.x)];
    [minY, maxY] = [Math.min(minY, data.y), Math.max(maxY, data.y)];
  }
  if (minX > maxX) return null;
  const { width, height } = renderer.getDimensions();
  const free = {
    width: Math.max(80, width - insets.left - insets.right),
    height: Math.max(80, height - insets.top - insets.bottom),
  };
  // Pixels per framed-graph unit at ratio 1, with their direction (y grows downwards on screen).
  const unit = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
  const origin = renderer.framedGraphToViewport({ x: 0, y: 0 }, { cameraState: unit });
  const corner = renderer.framedGraphToViewport({ x: 1, y: 1 }, { cameraState: unit });
  const scale = { x: corner.x - origin.x, y: corner.y - origin.y };
  const spread = {
    x: ((maxX - minX) * (1 + 2 * MARGIN.x) * Math.abs(scale.x)) / free.width,
    y: ((maxY - minY) * (1 + 2 * MARGIN.y) * Math.abs(scale.y)) / free.height,
  };
  const ratio = Math.min(1.5, Math.max(0.05, spread.x, spread.y));
  // The camera's centre is drawn in the middle of the stage: move it so that the nodes' centre lands in
  // the middle of the free rectangle instead.
  const shift = {
    x: insets.left + free.width / 2 - width / 2,
    y: insets.top + free.height / 2 - height / 2,
  };
  return {
    x: (minX + maxX) / 2 - (shift.x * ratio) / scale.x,
    y: (minY + maxY) / 2 - (shift.y * ratio) / scale.y,
    angle: 0,
    ratio,
  };
}
