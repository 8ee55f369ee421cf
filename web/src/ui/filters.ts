// The filter sidebar: how people and colours are shown, relations and kinds (each with "only"), one
// document, a date range (the time bar moves it too) and the number of edges. Every change hands the new
// filters to `onChange`, which applies them to the loaded graph: nothing is fetched again.
import { ENTITY_KINDS } from '../../../ingest/model.ts';
import type { DocumentItem, Stats } from '../../shared/api.ts';
import { h, replaceChildren } from '../dom.ts';
import { KIND_COLORS, RELATION_COLORS, RELATION_LABELS } from '../graph/style.ts';
import { firstViewFilters, type ViewFilters } from '../url-state.ts';

const RELATIONS = Object.keys(RELATION_COLORS);

export interface FilterContext {
  documents: DocumentItem[];
  stats: Stats | null;
  /** A Cypher result is on the graph: the filters wait until the user goes back to it. */
  paused: boolean;
}

const kindName = (kind: string): string => (kind === 'Organization' ? 'Organisation' : kind);

/** A list of checkboxes, each with an "only" button that keeps it alone. */
function checkList(
  name: 'relation' | 'kind',
  all: readonly string[],
  chosen: readonly string[],
  swatch: (value: string) => HTMLElement,
  label: (value: string) => string,
  onChange: (values: string[]) => void,
): HTMLElement[] {
  return all.map((value) =>
    h(
      'div',
      { class: 'check-row' },
      h(
        'label',
        { class: 'check' },
        h('input', {
          type: 'checkbox',
          name,
          value,
          checked: chosen.includes(value),
          onchange: (event) => {
            const on = (event.target as HTMLInputElement).checked;
            onChange(all.filter((item) => (item === value ? on : chosen.includes(item))));
          },
        }),
        swatch(value),
        label(value),
      ),
      h(
        'button',
        {
          class: 'only',
          type: 'button',
          [`data-only-${name}`]: value,
          title: `Show ${label(value)} only`,
          onclick: () => {
            onChange([value]);
          },
        },
        'only',
      ),
    ),
  );
}

export function renderFilters(
  root: HTMLElement,
  filters: ViewFilters,
  context: FilterContext,
  onChange: (filters: ViewFilters) => void,
): void {
  const emit = (patch: Partial<ViewFilters>): void => {
    onChange({ ...filters, ...patch });
  };
  const { documents, stats } = context;

  const colourSelect = h(
    'select',
    {
      id: 'filter-colour',
      onchange: (event) => {
        emit({ blocs: (event.target as HTMLSelectElement).value as ViewFilters['blocs'] });
      },
    },
    h('option', { value: 'off', selected: filters.blocs === 'off' }, 'Kind of entity'),
    h('option', { value: 'stances', selected: filters.blocs === 'stances' }, 'Blocs: who sides with whom'),
    h('option', { value: 'shared', selected: filters.blocs === 'shared' }, 'Blocs: shared positions'),
  );

  const documentSelect = h(
    'select',
    {
      id: 'filter-document',
      onchange: (event) => {
        emit({ document: (event.target as HTMLSelectElement).value || undefined });
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
    min: 1,
    max: 100000,
    step: 10,
    value: filters.limit,
    onchange: (event) => {
      const value = Number((event.target as HTMLInputElement).value);
      if (Number.isInteger(value) && value > 0) emit({ limit: value });
    },
  });

  replaceChildren(
    root,
    context.paused
      ? h(
          'p',
          { class: 'notice', id: 'filters-paused' },
          'A query result is on the graph: the filters apply again when you go back to the graph.',
        )
      : null,
    h(
      'fieldset',
      { class: 'filter-fields', disabled: context.paused },
      h(
        'div',
        { class: 'filter-group' },
        h('h3', {}, 'Show'),
        h(
          'label',
          { class: 'check', title: 'As the saved query “Positions rolled up to a country or organisation”' },
          h('input', {
            type: 'checkbox',
            id: 'filter-rollup',
            checked: filters.rollUp,
            onchange: (event) => {
              emit({ rollUp: (event.target as HTMLInputElement).checked });
            },
          }),
          'People as the country or organisation they speak for',
        ),
        h('label', { class: 'field' }, h('span', {}, 'Colour actors by'), colourSelect),
      ),
      h(
        'div',
        { class: 'filter-group' },
        h('h3', {}, 'Relations'),
        checkList(
          'relation',
          RELATIONS,
          filters.relations,
          (relation) =>
            h('span', {
              class: 'swatch-line',
              style: `background:${RELATION_COLORS[relation as keyof typeof RELATION_COLORS]}`,
            }),
          (relation) => RELATION_LABELS[relation as keyof typeof RELATION_LABELS],
          (relations) => {
            emit({ relations });
          },
        ),
      ),
      h(
        'div',
        { class: 'filter-group' },
        h('h3', {}, 'Kinds'),
        checkList(
          'kind',
          ENTITY_KINDS,
          filters.kinds,
          (kind) => h('span', { class: 'swatch-dot', style: `background:${KIND_COLORS[kind] ?? '#999'}` }),
          kindName,
          (kinds) => {
            emit({ kinds });
          },
        ),
      ),
      h(
        'div',
        { class: 'filter-group' },
        h('h3', {}, 'Source'),
        h('label', { class: 'field' }, h('span', {}, 'Document'), documentSelect),
        h('label', { class: 'field-row' }, h('span', {}, 'From'), dateInput('from')),
        h('label', { class: 'field-row' }, h('span', {}, 'To'), dateInput('to')),
      ),
      h(
        'div',
        { class: 'filter-group' },
        h('h3', {}, 'Size'),
        h('label', { class: 'field' }, h('span', {}, 'Strongest edges shown'), limitInput),
        h('p', { class: 'hint', id: 'shown-count' }),
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
            title: 'Actors and their stances, the strongest first',
            onclick: () => {
              onChange(firstViewFilters());
            },
          },
          'First view',
        ),
        h(
          'button',
          {
            class: 'button small',
            type: 'button',
            id: 'filter-all',
            title: 'Every relation and kind, all the loaded edges',
            onclick: () => {
              emit({ relations: [...RELATIONS], kinds: [...ENTITY_KINDS], limit: 100_000 });
            },
          },
          'Everything',
        ),
      ),
    ),
  );
}

/** The line under the size filter: how much of the loaded graph the filters let through. */
export function renderShownCount(
  root: HTMLElement,
  shown: { nodes: ReadonlySet<string>; edges: ReadonlySet<string>; candidates: number },
): void {
  const element = root.querySelector('#shown-count');
  if (!element) return;
  const n = (value: number): string => value.toLocaleString('en');
  const [nodes, edges] = [shown.nodes.size, shown.edges.size];
  element.textContent =
    shown.candidates > edges
      ? `${n(edges)} of ${n(shown.candidates)} edges match; ${n(nodes)} nodes.`
      : `${n(edges)} edges, ${n(nodes)} nodes.`;
}
