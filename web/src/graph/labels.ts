// Which labels to leave out so that none of those written overlaps another, or lies over a larger node:
// the most important first (the selected and hovered node, then the largest), each kept only if its box
// is free. Sigma's label grid thins labels by cell but lets neighbouring cells' labels run into each
// other; this pass settles what the grid leaves. Pure: boxes in pixels in, keys out.

export interface LabelCandidate {
  key: string;
  /** The node's centre and radius on screen, in pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label's width in pixels; it is written to the right of the node. */
  width: number;
  /** Higher first. */
  priority: number;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const GAP = 3;
const CELL = 64;

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Keys of the candidates whose label must not be written; `height` is the label's line height. */
export function labelsToHide(candidates: readonly LabelCandidate[], height: number): Set<string> {
  const hidden = new Set<string>();
  const grid = new Map<string, Box[]>();
  const cells = (box: Box): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++)
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++)
        keys.push(`${cx}:${cy}`);
    return keys;
  };
  const free = (box: Box): boolean =>
    cells(box).every((cell) => !(grid.get(cell) ?? []).some((other) => overlaps(box, other)));
  const take = (box: Box): void => {
    for (const cell of cells(box)) grid.set(cell, [...(grid.get(cell) ?? []), box]);
  };
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
  // Larger nodes' discs are obstacles for the labels of smaller ones, which come later in this order.
  for (const candidate of ordered) {
    const label: Box = {
      left: candidate.x + candidate.radius + GAP,
      right: candidate.x + candidate.radius + GAP + candidate.width,
      top: candidate.y - height / 2,
      bottom: candidate.y + height / 2,
    };
    if (free(label)) take(label);
    else hidden.add(candidate.key);
    const { x, y, radius } = candidate;
    take({ left: x - radius, right: x + radius, top: y - radius, bottom: y + radius });
  }
  return hidden;
}
