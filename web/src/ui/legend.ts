// The header figures, and the legend: what the colours of nodes and edges mean (kinds, or blocs with
// their members), that an edge's width counts its statements and that a node's size shows how active
// the actor is. It folds down to one button, so that it hides nothing of the graph when not needed.
import { ENTITY_KINDS } from '../../../ingest/model.ts';
import type { Stats } from '../../shared/api.ts';
import { h, replaceChildren } from '../dom.ts';
import type { Bloc } from '../graph/blocs.ts';
import { KIND_COLORS, NO_BLOC_COLOR, RELATION_COLORS, RELATION_LABELS } from '../graph/style.ts';

const STANCES = ['SUPPORTS', 'OPPOSES', 'PROPOSES'] as const;
const TIES = ['REPRESENTS', 'MEMBER_OF', 'MEETS'] as const;
/** Members named per bloc, and blocs listed; the rest are counted. */
const NAMED_MEMBERS = 4;
const LISTED_BLOCS = 6;

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

export interface LegendBlocs {
  blocs: Bloc[];
  /** "who sides with whom" or "shared positions". */
  method: string;
  name(id: string): string;
  select(id: string): void;
}

/** A canvas smaller than this folds the legend, until the user unfolds it: the graph needs the room more. */
const ROOMY = { width: 700, height: 460 };

export class Legend {
  private folded = false;
  /** The user folded or unfolded it: the size of the canvas decides no more. */
  private chosen = false;
  private blocs: LegendBlocs | null = null;

  constructor(
    private readonly root: HTMLElement,
    /** Called after the legend folds or unfolds: what it covers changed. */
    private readonly onResize: () => void,
  ) {
    this.render();
    const area = root.parentElement;
    if (area)
      new ResizeObserver(() => {
        const small = area.clientWidth < ROOMY.width || area.clientHeight < ROOMY.height;
        if (this.chosen || small === this.folded) return;
        this.folded = small;
        this.render();
      }).observe(area);
    // Whatever makes it grow or shrink (blocs listed, folding), the graph is framed clear of it again.
    let size = '';
    new ResizeObserver(() => {
      const now = `${String(root.offsetWidth)}x${String(root.offsetHeight)}`;
      if (now === size) return;
      size = now;
      this.onResize();
    }).observe(root);
  }

  /** Blocs to list instead of the kinds, or null for the kinds. */
  showBlocs(blocs: LegendBlocs | null): void {
    this.blocs = blocs;
    this.render();
  }

  private toggle(): void {
    this.folded = !this.folded;
    this.chosen = true;
    this.render();
  }

  private render(): void {
    const toggle = h(
      'button',
      {
        class: 'legend-toggle',
        type: 'button',
        id: 'legend-toggle',
        'aria-expanded': String(!this.folded),
        title: this.folded ? 'Show the legend' : 'Fold the legend away',
        onclick: () => {
          this.toggle();
        },
      },
      this.folded ? 'Legend ▸' : '▾',
    );
    this.root.classList.toggle('folded', this.folded);
    if (this.folded) {
      replaceChildren(this.root, toggle);
      return;
    }
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
      this.root,
      toggle,
      this.blocs ? this.blocRows(this.blocs) : this.kindRow(),
      h(
        'div',
        { class: 'legend-row' },
        STANCES.map(line),
        h('span', { class: 'legend-sep' }),
        TIES.map(line),
      ),
      h(
        'div',
        { class: 'legend-row muted' },
        h(
          'span',
          { class: 'legend-item legend-widths' },
          h('i', { style: 'height:1px' }),
          h('i', { style: 'height:3px' }),
          h('i', { style: 'height:6px' }),
          'width: statements',
        ),
        h('span', { class: 'legend-item' }, h('span', { class: 'legend-sizes' }), 'size: activity'),
      ),
    );
  }

  private kindRow(): HTMLElement {
    return h(
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
    );
  }

  private blocRows({ blocs, method, name, select }: LegendBlocs): HTMLElement {
    return h(
      'div',
      { class: 'legend-blocs', id: 'legend-blocs' },
      h('div', { class: 'legend-title' }, `Blocs: ${method}`),
      blocs.length === 0
        ? h('p', { class: 'muted' }, 'No two actors side together within these filters.')
        : blocs.slice(0, LISTED_BLOCS).map((bloc) =>
            h(
              'div',
              { class: 'legend-bloc', 'data-bloc': bloc.index },
              h('span', { class: 'swatch-dot', style: `background:${bloc.color}` }),
              h(
                'span',
                { class: 'bloc-members' },
                bloc.members.slice(0, NAMED_MEMBERS).flatMap((id, i) => [
                  i > 0 ? ', ' : '',
                  h(
                    'button',
                    {
                      class: 'link',
                      type: 'button',
                      'data-entity': id,
                      onclick: () => {
                        select(id);
                      },
                    },
                    name(id),
                  ),
                ]),
                bloc.members.length > NAMED_MEMBERS ? ` and ${bloc.members.length - NAMED_MEMBERS} more` : '',
              ),
            ),
          ),
      blocs.length > LISTED_BLOCS
        ? h('div', { class: 'muted' }, `and ${String(blocs.length - LISTED_BLOCS)} smaller blocs`)
        : null,
      h(
        'div',
        { class: 'legend-item muted' },
        h('span', { class: 'swatch-dot', style: `background:${NO_BLOC_COLOR}` }),
        'in no bloc, or not an actor',
      ),
    );
  }
}
