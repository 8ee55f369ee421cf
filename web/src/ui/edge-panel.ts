// The details panel for one edge: every sentence behind it, its statements over time as a small chart,
// and what a rolled-up edge sums up. Everything from the database is set as text.
import type { EdgeEvidence } from '../../shared/api.ts';
import { h, replaceChildren } from '../dom.ts';
import { RELATION_LABELS, relationColor } from '../graph/style.ts';
import { monthLabel, type Month, type MonthWindow } from '../time.ts';
import { monthChart } from './chart.ts';
import { entityLink, heading, plural, type PanelActions } from './panel.ts';
import { documentLine, statementList } from './statements.ts';

/** An edge's statements per month on the time bar's axis, and the months the time bar shows. */
export interface EdgeTimeline {
  months: Month[];
  counts: number[];
  window: MonthWindow;
}

/** "Over time": the edge's statements per month, those in the time bar's range drawn strong. */
function timelineSection(timeline: EdgeTimeline, relation: string, noun: string): HTMLElement | null {
  const { months, counts, window } = timeline;
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (months.length < 2 || total === 0) return null;
  const dated = months.filter((_month, index) => (counts[index] ?? 0) > 0);
  const [first = '', last = ''] = [dated[0], dated[dated.length - 1]];
  const inWindow = counts.slice(window.start, window.end + 1).reduce((sum, count) => sum + count, 0);
  const all = window.start <= 0 && window.end >= months.length - 1;
  return h(
    'section',
    { class: 'section', id: 'edge-timeline' },
    h('h3', {}, 'Over time', h('span', { class: 'count' }, plural(total, `dated ${noun}`))),
    monthChart(months, counts, `${noun}s`, {
      width: 340,
      height: 64,
      color: relationColor(relation),
      window,
      axis: true,
    }),
    h(
      'p',
      { class: 'hint' },
      first === last ? `All in ${monthLabel(first)}` : `From ${monthLabel(first)} to ${monthLabel(last)}`,
      all ? '.' : `; ${plural(inWindow, noun)} in the time bar’s range.`,
    ),
  );
}

/** What the graph adds to an edge's evidence: its timeline, and a note on what it sums up. */
export interface EdgeExtras {
  timeline?: EdgeTimeline | undefined;
  note?: string | undefined;
}

export function showEdge(
  root: HTMLElement,
  evidence: EdgeEvidence,
  actions: PanelActions,
  { timeline, note }: EdgeExtras = {},
): void {
  const count = evidence.statements.length || evidence.documents.length;
  const noun = evidence.statements.length > 0 ? 'statement' : 'document';
  replaceChildren(
    root,
    heading(
      `${evidence.source.name} ${RELATION_LABELS[evidence.relation]} ${evidence.target.name}`,
      h(
        'span',
        { class: 'badge', style: `background:${relationColor(evidence.relation)}` },
        evidence.relation,
      ),
      actions,
    ),
    h(
      'div',
      { class: 'panel-meta' },
      entityLink(evidence.source, actions),
      h('span', { class: 'muted' }, '→'),
      entityLink(evidence.target, actions),
    ),
    note ? h('p', { class: 'notice', id: 'edge-note' }, note) : null,
    timeline ? timelineSection(timeline, evidence.relation, noun) : null,
    h(
      'section',
      { class: 'section' },
      h(
        'h3',
        {},
        h('span', { class: 'relation-mark', style: `background:${relationColor(evidence.relation)}` }),
        evidence.statements.length > 0 ? 'Evidence' : 'Documents',
        h('span', { class: 'count' }, plural(count, noun)),
      ),
      evidence.statements.length > 0
        ? statementList(evidence.statements, (statement) => statement.speaker !== evidence.source.name, 10)
        : null,
      evidence.documents.length > 0
        ? h(
            'ul',
            { class: 'doc-list' },
            evidence.documents.map((doc) =>
              h(
                'li',
                {},
                documentLine(doc),
                doc.date ? h('div', { class: 'muted' }, doc.date.slice(0, 10)) : null,
              ),
            ),
          )
        : null,
      count === 0 ? h('p', { class: 'muted' }, 'No statement is stored for this edge any more.') : null,
    ),
  );
}
