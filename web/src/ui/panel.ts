// The details panel: an entity with its positions grouped by relation (each with its sentences and their
// documents); an edge is in edge-panel.ts. Everything from the database is set as text.
import type { EntityDetails, EntityRef, Statement, StatementGroup } from '../../shared/api.ts';
import { h, replaceChildren } from '../dom.ts';
import { documentLine, statementList } from './statements.ts';
import { RELATION_HEADINGS, kindColor, relationColor } from '../graph/style.ts';

export interface PanelActions {
  selectEntity(id: string): void;
  selectEdge(source: string, relation: string, target: string): void;
  expand(id: string): void;
  close(): void;
}

export const plural = (n: number, word: string): string =>
  `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function heading(title: string, badge: HTMLElement | null, actions: PanelActions): HTMLElement {
  return h(
    'div',
    { class: 'panel-head' },
    h('h2', { id: 'panel-title' }, title),
    badge,
    h(
      'button',
      { class: 'close', type: 'button', title: 'Close (Esc)', 'aria-label': 'Close', onclick: actions.close },
      '×',
    ),
  );
}

function kindBadge(kind: string): HTMLElement {
  return h(
    'span',
    { class: 'badge', style: `background:${kindColor(kind)}` },
    kind === 'Organization' ? 'Organisation' : kind,
  );
}

export function entityLink(entity: EntityRef, actions: PanelActions): HTMLElement {
  return h(
    'button',
    {
      class: 'link',
      type: 'button',
      'data-entity': entity.id,
      onclick: () => {
        actions.selectEntity(entity.id);
      },
    },
    entity.name,
  );
}

/** The statements of one group, by the entity on the other end, most statements first. */
function byOtherEnd(group: StatementGroup): [EntityRef, Statement[]][] {
  const ends = new Map<string, [EntityRef, Statement[]]>();
  for (const statement of group.statements) {
    const other = group.outgoing ? statement.target : statement.source;
    const entry = ends.get(other.id) ?? [other, []];
    entry[1].push(statement);
    ends.set(other.id, entry);
  }
  return [...ends.values()].sort((a, b) => b[1].length - a[1].length || a[0].name.localeCompare(b[0].name));
}

export function showEntity(root: HTMLElement, details: EntityDetails, actions: PanelActions): void {
  const { entity } = details;
  const statementCount = details.groups.reduce((sum, group) => sum + group.statements.length, 0);
  const groups = details.groups.map((group) => {
    const [outgoing, incoming] = RELATION_HEADINGS[group.relation];
    return h(
      'section',
      {
        class: 'section group',
        'data-relation': group.relation,
        'data-direction': group.outgoing ? 'out' : 'in',
      },
      h(
        'h3',
        {},
        h('span', { class: 'relation-mark', style: `background:${relationColor(group.relation)}` }),
        group.outgoing ? outgoing : incoming,
        h('span', { class: 'count' }, plural(group.statements.length, 'statement')),
      ),
      byOtherEnd(group).map(([other, statements]) =>
        h(
          'div',
          { class: 'target', 'data-target': other.id },
          h(
            'div',
            { class: 'target-name' },
            h('span', { class: 'swatch-dot', style: `background:${kindColor(other.kind)}` }),
            entityLink(other, actions),
            h(
              'button',
              {
                class: 'button small',
                type: 'button',
                title: 'Show this edge',
                onclick: () => {
                  const [source, target] = group.outgoing ? [entity.id, other.id] : [other.id, entity.id];
                  actions.selectEdge(source, group.relation, target);
                },
              },
              plural(statements.length, 'statement'),
            ),
          ),
          statementList(statements, (statement) => statement.speaker !== entity.name),
        ),
      ),
    );
  });
  const links =
    details.links.length > 0
      ? h(
          'section',
          { class: 'section' },
          h('h3', {}, 'Ties'),
          h(
            'div',
            { class: 'chips' },
            details.links.map((link) =>
              h(
                'button',
                {
                  class: 'chip',
                  type: 'button',
                  title: plural(link.documents, 'document'),
                  onclick: () => {
                    actions.selectEntity(link.other.id);
                  },
                },
                h('span', { class: 'swatch-line', style: `background:${relationColor(link.relation)}` }),
                `${RELATION_HEADINGS[link.relation][link.outgoing ? 0 : 1]} ${link.other.name}`,
                link.role ? h('span', { class: 'muted' }, `(${link.role})`) : null,
              ),
            ),
          ),
        )
      : null;
  const role =
    entity.role && entity.represents
      ? `${entity.role} of ${entity.represents}`
      : (entity.role ?? entity.represents);
  replaceChildren(
    root,
    heading(entity.name, kindBadge(entity.kind), actions),
    h(
      'div',
      { class: 'panel-meta' },
      role ? h('span', {}, role) : null,
      h('span', {}, plural(statementCount, 'statement')),
      h('span', {}, plural(details.documents.length, 'document')),
    ),
    entity.aliases.length > 0
      ? h('p', { class: 'aliases' }, `Also: ${entity.aliases.slice(0, 12).join(' · ')}`)
      : null,
    h(
      'div',
      { class: 'panel-actions' },
      h(
        'button',
        {
          class: 'button small',
          type: 'button',
          onclick: () => {
            actions.expand(entity.id);
          },
        },
        'Expand neighbours',
      ),
    ),
    details.truncated ? h('p', { class: 'notice' }, 'Only the first 500 statements are listed here.') : null,
    groups.length === 0
      ? h('p', { class: 'muted' }, 'No positions stated by or about this entity yet.')
      : groups,
    links,
    details.documents.length > 0
      ? h(
          'section',
          { class: 'section' },
          h(
            'h3',
            {},
            'Mentioned in',
            h('span', { class: 'count' }, plural(details.documents.length, 'document')),
          ),
          h(
            'ul',
            { class: 'doc-list' },
            details.documents.map((doc) =>
              h(
                'li',
                {},
                documentLine(doc),
                h(
                  'div',
                  { class: 'muted' },
                  [doc.date?.slice(0, 10), plural(doc.mentions, 'mention')].filter(Boolean).join(' · '),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}

/** A node that is not an entity (a document, or any node a Cypher query returned): its label and kind. */
export function showNode(root: HTMLElement, label: string, kind: string, actions: PanelActions): void {
  replaceChildren(
    root,
    heading(label, kindBadge(kind), actions),
    h('p', { class: 'muted' }, 'This node came from a Cypher query; its properties are in the result table.'),
  );
}

export function showMessage(root: HTMLElement, title: string, message: string, actions: PanelActions): void {
  replaceChildren(root, heading(title, null, actions), h('p', { class: 'muted' }, message));
}
