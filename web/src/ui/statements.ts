// Statements as the panel shows them: the sentence as text, its document (a link only for http URLs) and
// date, who said it when that is not obvious, and long lists cut to a few with a button for the rest.
import type { DocumentSummary, Statement } from '../../shared/api.ts';
import { h, replaceChildren } from '../dom.ts';
import { relationColor } from '../graph/style.ts';
import { sourceLink } from './source-link.ts';

export function documentLine(doc: DocumentSummary | Statement): HTMLElement {
  const id = 'documentId' in doc ? doc.documentId : doc.id;
  const title = ('documentTitle' in doc ? doc.documentTitle : doc.title) ?? id;
  const safeUrl = doc.url !== null && /^https?:\/\//i.test(doc.url) ? doc.url : null;
  return h(
    'span',
    { class: 'document' },
    safeUrl ? h('a', { href: safeUrl, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
    sourceLink(safeUrl),
  );
}

function statementItem(statement: Statement, showSpeaker: boolean): HTMLElement {
  return h(
    'figure',
    { class: 'statement', style: `border-left-color:${relationColor(statement.relation)}` },
    h('blockquote', { class: 'quote' }, statement.quote),
    h(
      'figcaption',
      { class: 'source-line' },
      documentLine(statement),
      statement.date ? h('span', {}, statement.date.slice(0, 10)) : null,
      showSpeaker && statement.speaker ? h('span', {}, `said by ${statement.speaker}`) : null,
      statement.modality && statement.modality !== 'stated' ? h('span', {}, statement.modality) : null,
    ),
  );
}

const SHOWN_AT_FIRST = 3;

/** The first few statements, and a button that shows the rest in place: hubs have hundreds. */
export function statementList(
  statements: Statement[],
  showSpeaker: (statement: Statement) => boolean,
  first = SHOWN_AT_FIRST,
): HTMLElement {
  const list = h('div', { class: 'statements' });
  const show = (count: number): void => {
    replaceChildren(
      list,
      statements.slice(0, count).map((statement) => statementItem(statement, showSpeaker(statement))),
      statements.length > count
        ? h(
            'button',
            {
              class: 'link more',
              type: 'button',
              onclick: () => {
                show(statements.length);
              },
            },
            `Show ${statements.length - count} more`,
          )
        : null,
    );
  };
  show(first);
  return list;
}
