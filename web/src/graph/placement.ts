// Where a node goes when the filters show it for the first time: next to the shown neighbours that
// already have their place (at their centre, a little apart from each other), so that it appears where it
// belongs and nothing else moves. The layout then settles the newcomers alone (LayoutSupervisor, with
// the placed nodes fixed).
import type { ExplorerGraph } from './model.ts';

/** Puts each of `newcomers` at the centre of its placed neighbours, or near the middle of the drawing. */
export function placeNear(
  graph: ExplorerGraph,
  newcomers: readonly string[],
  placed: ReadonlySet<string>,
): void {
  let [sumX, sumY, count] = [0, 0, 0];
  let [minX, maxX] = [Infinity, -Infinity];
  for (const node of placed) {
    if (!graph.hasNode(node)) continue;
    const { x, y } = graph.getNodeAttributes(node);
    [sumX, sumY, count] = [sumX + x, sumY + y, count + 1];
    [minX, maxX] = [Math.min(minX, x), Math.max(maxX, x)];
  }
  const centre = count > 0 ? { x: sumX / count, y: sumY / count } : { x: 0, y: 0 };
  // A step of a few percent of the drawing's width keeps newcomers of one neighbour from stacking up.
  const step = count > 1 ? (maxX - minX) * 0.03 : 1;
  newcomers.forEach((node, index) => {
    let [x, y, n] = [0, 0, 0];
    graph.forEachNeighbor(node, (neighbour, attributes) => {
      if (!placed.has(neighbour) || attributes.hidden) return;
      [x, y, n] = [x + attributes.x, y + attributes.y, n + 1];
    });
    const anchor = n > 0 ? { x: x / n, y: y / n } : centre;
    const angle = index * 2.399963;
    const radius = step * (1 + Math.sqrt(index % 50));
    // In place, drawn by the caller's redraw (see visibility.ts).
    const attributes = graph.getNodeAttributes(node);
    attributes.x = anchor.x + radius * Math.cos(angle);
    attributes.y = anchor.y + radius * Math.sin(angle);
  });
}
