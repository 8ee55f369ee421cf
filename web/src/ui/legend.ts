// The header figures, and the legend: what the colours of nodes and edges mean, that an edge's width counts its statements and
// that a node's size shows how active the actor is. Two compact rows, so it hides little of the graph.
import { ENTITY_KINDS } from '../../../ingest/model.ts';
import type { Stats } from '../../shared/api.ts';
import { h, replaceChildren } from '../dom.ts';
import { KIND_COLORS, RELATION_COLORS, RELATION_LABELS } from '../graph/style.ts';

const STANCES = ['SUPPORTS', 'OPPOSES', 'PROPOSES'] as const;
const TIES = ['REPRESENTS', 'MEMBER_OF', 'MEETS'] as const;

/** The size of the stored graph, in the header. */
export function renderStats(root: HTMLElement, stats: Stats): void {
  const n = (value: number): string => value.toLocaleString('en');
  replaceChildren(
    root,
    h('b', {}, n(stats.entities)),
    ' entities · ',
    h('b', {}, n(stats.statements)),
    ' statements · ',
    h('b', {}, n(stats.documents)),
    ' documents',
  );
}

export function renderLegend(root: HTMLElement): void {
  const line = (relation: keyof typeof RELATION_COLORS) =>
    h(
      'span',
      { class: 'legend-item' },
      h('span', {
        class: relation === 'MEETS' ? 'legend-line' : 'legend-arrow',
        style: `background:${RELATION_COLORS[relation]};color:${RELATION_COLORS[relation]}`,
      }),
      RELATION_LABELS[relation],
    );
  replaceChildren(
    root,
    h(
      'div',
      { class: 'legend-row' },
      ENTITY_KINDS.map((kind) =>
        h(
          'span',
          { class: 'legend-item' },
          h('span', { class: 'swatch-dot', style: `background:${KIND_COLORS[kind] ?? '#999'}` }),
          kind === 'Organization' ? 'Organisation' : kind,
        ),
      ),
    ),
    h('div', { class: 'legend-row' }, STANCES.map(line), h('span', { class: 'legend-sep' }), TIES.map(line)),
    h(
      'div',
      { class: 'legend-row muted' },
      h(
        'span',
        { class: 'legend-item legend-widths' },
        h('i', { style: 'height:1px' }),
        h('i', { style: 'height:3px' }),
        h('i', { style: 'height:6px' }),
        'width: number of statements',
      ),
      h('span', { class: 'legend-item' }, h('span', { class: 'legend-sizes' }), 'size: activity'),
    ),
  );
}
