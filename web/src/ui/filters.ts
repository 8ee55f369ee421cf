// The filter sidebar: relations, kinds, one document, a date range and the number of edges. Every change
// hands the new filters to `onChange`; the graph is then reloaded from the server with them.
import { ENTITY_KINDS } from '../../../ingest/model.ts';
import type { DocumentItem, Stats } from '../../shared/api.ts';
import { h, replaceChildren } from '../dom.ts';
import { KIND_COLORS, RELATION_COLORS, RELATION_LABELS } from '../graph/style.ts';
import type { ViewFilters } from '../url-state.ts';

const RELATIONS = Object.keys(RELATION_COLORS);
export const DEFAULT_LIMIT = 2000;

export function renderFilters(
  root: HTMLElement,
  filters: ViewFilters,
  documents: DocumentItem[],
  stats: Stats | null,
  onChange: (filters: ViewFilters) => void,
): void {
  // "Nothing chosen" means "everything": a fresh view and a reset both show all relations and kinds.
  const chosen = (values: string[], all: string[]): Set<string> => new Set(values.length > 0 ? values : all);
  const relations = chosen(filters.relations, RELATIONS);
  const kinds = chosen(filters.kinds, [...ENTITY_KINDS]);
  const emit = (patch: Partial<ViewFilters>): void => {
    const next = { ...filters, ...patch };
    if (next.relations.length === RELATIONS.length) next.relations = [];
    if (next.kinds.length === ENTITY_KINDS.length) next.kinds = [];
    onChange(next);
  };
  const toggle = (set: Set<string>, value: string, on: boolean, all: readonly string[]): string[] => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return all.filter((item) => next.has(item));
  };

  const relationBoxes = RELATIONS.map((relation) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'relation',
        value: relation,
        checked: relations.has(relation),
        onchange: (event) => {
          emit({
            relations: toggle(relations, relation, (event.target as HTMLInputElement).checked, RELATIONS),
          });
        },
      }),
      h('span', {
        class: 'swatch-line',
        style: `background:${RELATION_COLORS[relation as keyof typeof RELATION_COLORS]}`,
      }),
      RELATION_LABELS[relation as keyof typeof RELATION_LABELS],
    ),
  );
  const kindBoxes = ENTITY_KINDS.map((kind) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'kind',
        value: kind,
        checked: kinds.has(kind),
        onchange: (event) => {
          emit({ kinds: toggle(kinds, kind, (event.target as HTMLInputElement).checked, ENTITY_KINDS) });
        },
      }),
      h('span', { class: 'swatch-dot', style: `background:${KIND_COLORS[kind] ?? '#999'}` }),
      kind === 'Organization' ? 'Organisation' : kind,
    ),
  );

  const documentSelect = h(
    'select',
    {
      id: 'filter-document',
      onchange: (event) => {
        const value = (event.target as HTMLSelectElement).value;
        emit({ document: value || undefined });
      },
    },
    h('option', { value: '' }, `All documents (${documents.length})`),
    documents.map((doc) =>
      h(
        'option',
        { value: doc.id, selected: doc.id === filters.document },
        `${doc.date ? `${doc.date.slice(0, 10)} · ` : ''}${doc.title ?? doc.id}`,
      ),
    ),
  );

  const dateInput = (key: 'from' | 'to'): HTMLInputElement =>
    h('input', {
      type: 'date',
      id: `filter-${key}`,
      value: filters[key] ?? '',
      min: stats?.firstDate ?? undefined,
      max: stats?.lastDate ?? undefined,
      onchange: (event) => {
        emit({ [key]: (event.target as HTMLInputElement).value || undefined });
      },
    });

  const limitInput = h('input', {
    type: 'number',
    id: 'filter-limit',
    min: 10,
    max: 100000,
    step: 100,
    value: filters.limit ?? DEFAULT_LIMIT,
    onchange: (event) => {
      const value = Number((event.target as HTMLInputElement).value);
      emit({ limit: Number.isInteger(value) && value > 0 ? value : undefined });
    },
  });

  replaceChildren(
    root,
    h('div', { class: 'filter-group' }, h('h3', {}, 'Relations'), relationBoxes),
    h('div', { class: 'filter-group' }, h('h3', {}, 'Kinds'), kindBoxes),
    h(
      'div',
      { class: 'filter-group' },
      h('h3', {}, 'Source'),
      h('label', { class: 'field' }, h('span', {}, 'Document'), documentSelect),
      h('label', { class: 'field-row' }, h('span', {}, 'From'), dateInput('from')),
      h('label', { class: 'field-row' }, h('span', {}, 'To'), dateInput('to')),
      stats?.firstDate
        ? h(
            'p',
            { class: 'hint' },
            `Documents from ${stats.firstDate} to ${stats.lastDate ?? stats.firstDate}.`,
          )
        : null,
    ),
    h(
      'div',
      { class: 'filter-group' },
      h('h3', {}, 'Size'),
      h('label', { class: 'field' }, h('span', {}, 'Strongest edges shown'), limitInput),
    ),
    h(
      'div',
      { class: 'filter-actions' },
      h(
        'button',
        {
          class: 'button small',
          type: 'button',
          id: 'filter-reset',
          onclick: () => {
            onChange({ relations: [], kinds: [] });
          },
        },
        'Reset filters',
      ),
    ),
  );
}
