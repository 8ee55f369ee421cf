// A small bar chart of counts per month, as SVG: the time bar's histogram and an edge's statements over
// time in the details panel. Months inside the current window are drawn strong, the others pale.
import { monthLabel, type Month, type MonthWindow } from '../time.ts';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export interface ChartOptions {
  width: number;
  height: number;
  color: string;
  /** Months outside it are pale. */
  window?: MonthWindow | undefined;
  /** The first and last month written under the bars. */
  axis?: boolean;
  /** Stretched to its box by CSS (no text then), rather than drawn at its size. */
  stretch?: boolean;
}

/** Bars of `counts` (one per month of `months`), each with a tooltip naming its month and count. */
export function monthChart(
  months: readonly Month[],
  counts: readonly number[],
  noun: string,
  options: ChartOptions,
): SVGSVGElement {
  const { width, height, color, window } = options;
  const axis = options.axis ? 14 : 0;
  const root = svg('svg', {
    class: 'month-chart',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    ...(options.stretch ? { preserveAspectRatio: 'none' } : {}),
    role: 'img',
    'aria-label': `${noun} per month`,
  });
  const max = Math.max(1, ...counts);
  const step = width / Math.max(1, months.length);
  const barHeight = height - axis - 2;
  months.forEach((month, index) => {
    const count = counts[index] ?? 0;
    const inWindow = !window || (index >= window.start && index <= window.end);
    const bar = svg('rect', {
      x: index * step + Math.min(1, step * 0.15),
      y: barHeight - (count / max) * barHeight + 1,
      width: Math.max(1, step - Math.min(2, step * 0.3)),
      height: count === 0 ? 0 : Math.max(1.5, (count / max) * barHeight),
      fill: color,
      opacity: inWindow ? 0.9 : 0.25,
      'data-month': month,
      'data-count': count,
    });
    bar.append(svg('title', {}, `${monthLabel(month)}: ${count.toLocaleString('en')} ${noun}`));
    root.append(bar);
  });
  const [first, last] = [months[0], months[months.length - 1]];
  if (options.axis && first !== undefined && last !== undefined) {
    root.append(svg('text', { x: 0, y: height - 2, class: 'axis' }, monthLabel(first)));
    if (last !== first)
      root.append(
        svg('text', { x: width, y: height - 2, class: 'axis', 'text-anchor': 'end' }, monthLabel(last)),
      );
  }
  return root;
}
