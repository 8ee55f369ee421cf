// Where each label goes so that none of those written overlaps another, or lies over a larger node: the
// most important first (the selected and hovered node, then the largest), each written on the first free
// side of its node (right, left, below, above) or left out. Sigma's label grid thins labels by cell but
// lets neighbouring cells' labels run into each other; this pass settles what the grid leaves. Pure:
// boxes in pixels in, sides out.

export interface LabelCandidate {
  key: string;
  /** The node's centre and radius on screen, in pixels. */
  x: number;
  y: number;
  radius: number;
  /** The label's width in pixels. */
  width: number;
  /** Higher first. */
  priority: number;
}

export type LabelSide = 'right' | 'left' | 'below' | 'above';
const SIDES: readonly LabelSide[] = ['right', 'left', 'below', 'above'];

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

/** The label's box on one side of its node; `height` is the label's line height. */
function box({ x, y, radius, width }: LabelCandidate, side: LabelSide, height: number): Box {
  switch (side) {
    case 'right':
      return {
        left: x + radius + GAP,
        right: x + radius + GAP + width,
        top: y - height / 2,
        bottom: y + height / 2,
      };
    case 'left':
      return {
        left: x - radius - GAP - width,
        right: x - radius - GAP,
        top: y - height / 2,
        bottom: y + height / 2,
      };
    case 'below':
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y + radius + GAP,
        bottom: y + radius + GAP + height,
      };
    case 'above':
      return {
        left: x - width / 2,
        right: x + width / 2,
        top: y - radius - GAP - height,
        bottom: y - radius - GAP,
      };
  }
}

/** The side each label is written on, or null for the labels left out. */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  height: number,
): Map<string, LabelSide | null> {
  const placed = new Map<string, LabelSide | null>();
  const grid = new Map<string, Box[]>();
  const cells = (b: Box): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.left / CELL); cx <= Math.floor(b.right / CELL); cx++)
      for (let cy = Math.floor(b.top / CELL); cy <= Math.floor(b.bottom / CELL); cy++)
        keys.push(`${cx}:${cy}`);
    return keys;
  };
  const free = (b: Box): boolean =>
    cells(b).every((cell) => !(grid.get(cell) ?? []).some((other) => overlaps(b, other)));
  const take = (b: Box): void => {
    for (const cell of cells(b)) grid.set(cell, [...(grid.get(cell) ?? []), b]);
  };
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
  // Larger nodes' discs are obstacles for the labels of smaller ones, which come later in this order.
  for (const candidate of ordered) {
    const side = SIDES.find((s) => free(box(candidate, s, height))) ?? null;
    if (side) take(box(candidate, side, height));
    placed.set(candidate.key, side);
    const { x, y, radius } = candidate;
    take({ left: x - radius, right: x + radius, top: y - radius, bottom: y + radius });
  }
  return placed;
}
