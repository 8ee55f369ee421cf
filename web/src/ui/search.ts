// The search box: suggestions over entity names and aliases as you type (debounced), arrow keys and
// Enter to choose, Escape to close. Choosing hands the hit to `onChoose`.
import type { SearchHit } from '../../shared/api.ts';
import { api } from '../api.ts';
import { h, replaceChildren } from '../dom.ts';
import { kindColor } from '../graph/style.ts';

/** `text` with the first case-insensitive occurrence of `query` wrapped in <mark>, as DOM nodes. */
function highlighted(text: string, query: string): (string | HTMLElement)[] {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at === -1 || query === '') return [text];
  return [text.slice(0, at), h('mark', {}, text.slice(at, at + query.length)), text.slice(at + query.length)];
}

export function setupSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onChoose: (hit: SearchHit) => void,
): void {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const close = (): void => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const choose = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    close();
    input.value = hit.name;
    input.blur();
    onChoose(hit);
  };

  const render = (query: string): void => {
    const items = hits.map((hit, i) =>
      h(
        'li',
        {
          role: 'option',
          id: `suggestion-${i}`,
          'data-id': hit.id,
          'aria-selected': String(i === active),
          onmousedown: (event) => {
            event.preventDefault();
            choose(hit);
          },
        },
        h('span', { class: 'swatch-dot', style: `background:${kindColor(hit.kind)}` }),
        h(
          'span',
          { class: 'name' },
          highlighted(hit.name, query),
          hit.alias ? h('span', { class: 'alias' }, ' · ', highlighted(hit.alias, query)) : null,
        ),
        h('span', { class: 'meta' }, hit.statements > 0 ? `${hit.kind} · ${hit.statements}` : hit.kind),
      ),
    );
    replaceChildren(list, items.length > 0 ? items : h('li', { class: 'none' }, `Nothing named “${query}”.`));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (active >= 0) input.setAttribute('aria-activedescendant', `suggestion-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value.trim();
    if (query === '') {
      close();
      return;
    }
    timer = setTimeout(() => {
      const ticket = ++asked;
      api.search(query).then(
        (found) => {
          // An older answer arriving after a newer one must not replace it.
          if (ticket !== asked) return;
          hits = found;
          active = found.length > 0 ? 0 : -1;
          render(query);
        },
        () => {
          hits = [];
          close();
        },
      );
    }, 140);
  });

  input.addEventListener('keydown', (event) => {
    if (list.hidden) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render(input.value.trim());
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(hits[Math.max(0, active)]);
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 120));
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, .cm-editor') !== null && target !== null;
    if (event.key === '/' && !typing) {
      event.preventDefault();
      input.focus();
    }
  });
}
