// Reading order of a PDF page from where its text sits, not from the order the file draws it in (many
// producers draw a two-column page row by row, across both columns). Pure geometry, in units of the
// text's own size ("em"), so it holds for any page size and font:
//   runs -> lines (same baseline, split at a gutter) -> blocks (lines stacked closely, same size)
//   -> blocks ordered by recursive XY-cut (bands top to bottom, columns left to right) -> paragraphs.

/** One piece of text as pdf.js gives it, in page coordinates with y growing downwards. */
export interface TextRun {
  text: string;
  /** Left end of the baseline. */
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** Font size on the page. */
  size: number;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

interface Block {
  lines: Line[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
}

/** A horizontal gap wider than this (in em) separates columns, not words. */
const GUTTER_EM = 1.2;
/** Runs further apart than this (in em) and not ending or starting with a space get one between them. */
const WORD_GAP_EM = 0.15;
/** Lines further apart than this (in em, baseline to baseline) belong to different blocks. */
const BLOCK_GAP_EM = 3;
/** A gap between lines this many times the block's usual line pitch ends a paragraph... */
const PARAGRAPH_GAP_RATIO = 1.3;
/** ...and so does any gap wider than this (in em): a blank line, even where the pitch is unknown. */
const PARAGRAPH_GAP_EM = 2.2;
/** A line that ends this short of its block's right edge (in em), after a full stop, ends a paragraph. */
const SHORT_LINE_EM = 3;
const SENTENCE_END = /[.!?:;"”’)\]]$/;

export interface Paragraph {
  text: string;
  /** Its font size: a change of size is a heading or a caption, never a sentence going on. */
  size: number;
  /** Its last line runs to the right edge of a block of several lines: the paragraph may go on. */
  full: boolean;
}

/** The paragraphs of one page, in reading order. */
export function pageParagraphs(runs: readonly TextRun[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let previous: Block | undefined;
  for (const block of orderBlocks(blocksOf(linesOf(runs)))) {
    // A block that starts higher than the one before ended starts a new column.
    const newColumn = previous !== undefined && block.top < previous.bottom;
    appendParagraphs(paragraphs, paragraphsOf(block), newColumn);
    previous = block;
  }
  return paragraphs;
}

/** A paragraph that ends like this has its sentence left open. */
const CONTINUES = /[^.!?:"”’)\]]$/;

/**
 * Appends `next` to `paragraphs`, joining its first paragraph to the last one when a break cut that in
 * two: the sentence is left open and goes on in lower case, or, across a column or page break
 * (`broken`), the last one filled its last line.
 */
function appendParagraphs(paragraphs: Paragraph[], next: readonly Paragraph[], broken: boolean): void {
  const [first, ...rest] = next;
  const last = paragraphs.at(-1);
  const cut =
    first !== undefined &&
    last !== undefined &&
    Math.abs(first.size - last.size) < 0.5 &&
    CONTINUES.test(last.text) &&
    (/^\p{Ll}/u.test(first.text) || (broken && last.full));
  if (cut) {
    last.text = joinLines(last.text, first.text);
    last.full = first.full;
    paragraphs.push(...rest);
  } else paragraphs.push(...next);
}

function linesOf(runs: readonly TextRun[]): Line[] {
  const visible = runs
    .filter((run) => run.size > 0 && run.text.trim() !== '')
    .sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: TextRun[][] = [];
  for (const run of visible) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(run.y - first.y) <= 0.3 * Math.max(run.size, first.size)) row.push(run);
    else rows.push([run]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line: Line | undefined;
    for (const run of row) {
      const gap = line === undefined ? 0 : run.x - line.x1;
      if (line === undefined || gap > GUTTER_EM * run.size) {
        line = { text: run.text, x0: run.x, x1: run.x + run.width, y: run.y, size: run.size };
        lines.push(line);
        continue;
      }
      const spaced = gap > WORD_GAP_EM * run.size && !/\s$/.test(line.text) && !/^\s/.test(run.text);
      line.text += (spaced ? ' ' : '') + run.text;
      line.x1 = Math.max(line.x1, run.x + run.width);
      line.size = Math.max(line.size, run.size);
    }
  }
  return lines;
}

/** Lines, top to bottom, into blocks: a line joins the block whose last line sits closely above it. */
function blocksOf(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    let best: Block | undefined;
    let bestGap = Infinity;
    for (const block of blocks) {
      const last = block.lines.at(-1);
      if (last === undefined) continue;
      const gap = line.y - last.y;
      const sameSize = line.size <= last.size * 1.2 && last.size <= line.size * 1.2;
      const overlaps = Math.min(line.x1, last.x1) > Math.max(line.x0, last.x0);
      if (gap > 0 && gap <= BLOCK_GAP_EM * line.size && sameSize && overlaps && gap < bestGap) {
        best = block;
        bestGap = gap;
      }
    }
    if (best === undefined) {
      blocks.push({ lines: [line], x0: line.x0, x1: line.x1, top: line.y - line.size, bottom: line.y });
    } else {
      best.lines.push(line);
      best.x0 = Math.min(best.x0, line.x0);
      best.x1 = Math.max(best.x1, line.x1);
      best.bottom = line.y;
    }
  }
  return blocks;
}

/**
 * Recursive XY-cut: bands (a horizontal strip of white space across the region) top to bottom, else
 * columns (a vertical strip through the whole region) left to right. Neighbouring bands that both split
 * into columns are read as one region, so that two columns whose paragraphs end at the same height are
 * still read column by column, while a title, a running head or a page number stays a band of its own.
 */
function orderBlocks(blocks: Block[]): Block[] {
  if (blocks.length <= 1) return blocks;
  const bands = split(
    blocks,
    (b) => b.top,
    (b) => b.bottom,
  );
  if (bands.length > 1) {
    const regions: Block[][] = [];
    let previousHasColumns = false;
    for (const band of bands) {
      const hasColumns =
        split(
          band,
          (b) => b.x0,
          (b) => b.x1,
        ).length > 1;
      const last = regions.at(-1);
      if (last && hasColumns && previousHasColumns) last.push(...band);
      else regions.push([...band]);
      previousHasColumns = hasColumns;
    }
    if (regions.length > 1) return regions.flatMap(orderBlocks);
  }
  const columns = split(
    blocks,
    (b) => b.x0,
    (b) => b.x1,
  );
  if (columns.length > 1) return columns.flatMap(orderBlocks);
  if (bands.length > 1) return bands.flatMap(orderBlocks);
  return [...blocks].sort((a, b) => a.top - b.top || a.x0 - b.x0);
}

/** Groups of blocks separated by empty space along one axis, in order along it. */
function split(blocks: readonly Block[], start: (b: Block) => number, end: (b: Block) => number): Block[][] {
  const sorted = [...blocks].sort((a, b) => start(a) - start(b));
  const groups: Block[][] = [];
  let reach = -Infinity;
  for (const block of sorted) {
    const group = groups.at(-1);
    if (group && start(block) <= reach) group.push(block);
    else groups.push([block]);
    reach = Math.max(reach, end(block));
  }
  return groups;
}

function paragraphsOf(block: Block): Paragraph[] {
  const { lines } = block;
  const pitch = Math.min(...lines.slice(1).map((line, i) => line.y - (lines[i]?.y ?? 0)));
  const size = lines[0]?.size ?? 0;
  const paragraphs: Paragraph[] = [];
  let text = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous !== undefined && startsParagraph(line, previous, pitch, block)) {
      paragraphs.push({ text, size, full: false });
      text = '';
    }
    text = joinLines(text, line.text.trim());
  });
  const last = lines.at(-1);
  const full = lines.length > 1 && last !== undefined && last.x1 >= block.x1 - SHORT_LINE_EM * size;
  if (text !== '') paragraphs.push({ text, size, full });
  return paragraphs;
}

function startsParagraph(line: Line, previous: Line, pitch: number, block: Block): boolean {
  if (line.y - previous.y > Math.min(pitch * PARAGRAPH_GAP_RATIO, PARAGRAPH_GAP_EM * line.size)) return true;
  const indented = line.x0 - block.x0 > line.size && previous.x0 - block.x0 < line.size / 2;
  const shortBefore =
    previous.x1 < block.x1 - SHORT_LINE_EM * line.size && SENTENCE_END.test(previous.text.trim());
  return indented || shortBefore;
}

/** Lines of one paragraph joined: a soft hyphen at the break goes, a hard one stays without a space. */
export function joinLines(text: string, next: string): string {
  if (text === '') return next;
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text + next;
  return `${text} ${next}`;
}

/** A line that is only a page number ("7", "Page 7", "7 of 12", "- 7 -"). */
const PAGE_NUMBER = /^[-–\s]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[-–\s]*$/i;
/**
 * The text of a whole document from its pages' paragraphs: page numbers and running heads or feet (the
 * same first or last paragraph on at least half of the pages, and on two or more) dropped, and a
 * paragraph cut by a page break joined again, so that no sentence is split by the layout.
 */
export function documentText(pages: readonly (readonly Paragraph[])[]): string {
  const shape = (paragraph: Paragraph): string => paragraph.text.replace(/\d+/g, '#');
  const edges = new Map<string, number>();
  for (const page of pages) {
    for (const edge of new Set([page[0], page.at(-1)])) {
      if (edge !== undefined) edges.set(shape(edge), (edges.get(shape(edge)) ?? 0) + 1);
    }
  }
  const running = (paragraph: Paragraph): boolean => {
    const count = edges.get(shape(paragraph)) ?? 0;
    return PAGE_NUMBER.test(paragraph.text) || (count >= 2 && count * 2 >= pages.length);
  };
  const paragraphs: Paragraph[] = [];
  for (const page of pages) {
    appendParagraphs(
      paragraphs,
      page.filter((paragraph, i) => !((i === 0 || i === page.length - 1) && running(paragraph))),
      true,
    );
  }
  return paragraphs.map((paragraph) => paragraph.text).join('\n\n');
}
