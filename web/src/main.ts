// The explorer's page: wires the graph view, the sidebar, the time bar, the legend, search, the details
// panel, the Cypher console and the exports to the Explorer that holds the state, and opens the view the
// URL describes.
import './styles/index.css';
import { api } from './api.ts';
import { byId, h, replaceChildren } from './dom.ts';
import { Explorer } from './explorer.ts';
import type { Insets } from './graph/framing.ts';
import { createGraph } from './graph/model.ts';
import { GraphView } from './graph/view.ts';
import { Selector } from './selection.ts';
import { CypherConsole } from './ui/console.ts';
import { setupExportMenu } from './ui/export.ts';
import { Legend, renderStats } from './ui/legend.ts';
import { setupSearch } from './ui/search.ts';
import { TimeBar } from './ui/timebar.ts';
import { toast } from './ui/toast.ts';

const failed = (error: unknown): void => {
  toast((error as Error).message, 'error');
};

const stage = byId('canvas-area');
const panel = byId('panel');

/** What covers the canvas's edges: the toolbar on the right, the legend at the bottom left. */
function insets(): Insets {
  const area = stage.getBoundingClientRect();
  const toolbar = byId('toolbar').getBoundingClientRect();
  const legend = byId('legend').getBoundingClientRect();
  const margin = 10;
  const result = { top: margin, right: area.right - toolbar.left + margin, bottom: margin, left: margin };
  // Keep clear of the legend by the strip that costs the graph less room: its height or its width.
  const below = (legend.height + margin) / area.height;
  const beside = (legend.width + margin) / area.width;
  if (below <= beside) result.bottom += legend.height;
  else result.left += legend.width;
  return result;
}

function banner(text: string | null): void {
  const element = byId('banner');
  element.hidden = text === null;
  if (text === null) return;
  replaceChildren(
    element,
    h('span', {}, text),
    h(
      'button',
      {
        class: 'button small',
        type: 'button',
        id: 'back-to-graph',
        onclick: () => {
          explorer.backToGraph();
        },
      },
      'Back to the graph',
    ),
  );
}

function empty(message: { title: string; text: string } | null): void {
  const element = byId('empty');
  element.hidden = message === null;
  if (message)
    replaceChildren(
      element,
      h('div', { class: 'empty-card' }, h('h2', {}, message.title), h('p', {}, message.text)),
    );
}

const graph = createGraph();
const view = new GraphView(
  byId('graph'),
  {
    clickNode: (id) => void selector.select({ type: 'node', id }),
    doubleClickNode: (id) => {
      selector.expand(id);
    },
    clickEdge: (edge) => {
      const shown = view.shown;
      const relation = shown.getEdgeAttribute(edge, 'relation');
      void selector.select({
        type: 'edge',
        source: shown.source(edge),
        relation,
        target: shown.target(edge),
      });
    },
    clickStage: () => void selector.select(null),
  },
  insets,
);
const legend = new Legend(byId('legend'), () => {
  view.reframe();
});
const timeBar = new TimeBar(byId('timebar'), {
  change: (window) => {
    explorer.setWindow(window);
  },
});
const explorer = new Explorer(graph, {
  view,
  legend,
  timeBar,
  banner,
  empty,
  selectEntity: (id) => void selector.select({ type: 'node', id }, true),
});
const selector = new Selector(explorer, view, panel, byId('panel-body'));
// The loaded graphology graph, for the browser console.
(window as unknown as { stancegraph: unknown }).stancegraph = { graph, renderer: view.renderer };

const cypherConsole = new CypherConsole(byId('console-body'), {
  onResult: (result, query, params) => {
    selector.select(null).catch(failed);
    return explorer.showResult(result, query, params);
  },
});

function toggleConsole(open = byId('console').hidden): void {
  byId('console').hidden = !open;
  byId('toggle-console').setAttribute('aria-pressed', String(open));
  if (open) {
    fold('console', false);
    cypherConsole.focus();
  }
}

/** Folds (or unfolds) the filters, the details panel or the console to a strip, keeping what they hold. */
function fold(id: 'sidebar' | 'panel' | 'console', folded = !byId(id).classList.contains('folded')): void {
  const element = byId(id);
  element.classList.toggle('folded', folded);
  byId(`${id}-fold`).setAttribute('aria-expanded', String(!folded));
}

function setupChrome(): void {
  setupSearch(
    byId('search-input') as HTMLInputElement,
    byId('search-suggestions') as HTMLUListElement,
    (hit) => {
      if (explorer.result !== null) explorer.backToGraph();
      void selector.select({ type: 'node', id: hit.id }, true);
    },
  );
  byId('toggle-console').addEventListener('click', () => {
    toggleConsole();
  });
  byId('console-close').addEventListener('click', () => {
    toggleConsole(false);
  });
  for (const id of ['sidebar', 'panel', 'console'] as const)
    byId(`${id}-fold`).addEventListener('click', () => {
      fold(id);
    });
  byId('zoom-in').addEventListener('click', () => {
    view.zoom(1.5);
  });
  byId('zoom-out').addEventListener('click', () => {
    view.zoom(1 / 1.5);
  });
  byId('zoom-fit').addEventListener('click', () => {
    view.fit();
  });
  byId('layout-toggle').addEventListener('click', () => {
    if (explorer.layout.isRunning()) explorer.layout.stop();
    else explorer.relayout();
  });
  setupExportMenu(byId('export-menu'), explorer, view, failed);
  document.addEventListener('keydown', (event) => {
    const typing = (event.target as HTMLElement).closest('input, select, .cm-editor') !== null;
    if (event.key === 'Escape' && !panel.hidden && !typing) void selector.select(null);
  });
  window.addEventListener('hashchange', () => {
    explorer.reopen();
    open().catch(failed);
  });
}

/**
 * Shows the view the URL describes: the filtered graph (or, back from a query result, the graph again),
 * then the selection. A query in the URL waits in the console: a link never runs one until whoever
 * opened it has read it and pressed Run.
 */
async function open(): Promise<void> {
  const { query, params, selection } = explorer.state;
  explorer.renderSidebar();
  if (query) {
    toggleConsole(true);
    cypherConsole.setQuery(query, params, 'From the link: read the query, then press Run.');
    explorer.state = { ...explorer.state, query: undefined, params: undefined };
  }
  if (explorer.result !== null) explorer.backToGraph();
  else explorer.refresh();
  if (selection) await selector.select(selection, true);
}

setupChrome();
// The graph does not wait for the header figures, the document list or the saved queries.
Promise.all([api.stats(), api.documents()])
  .then(([stats, documents]) => {
    [explorer.stats, explorer.documents] = [stats, documents];
    renderStats(byId('stats'), stats);
    explorer.renderSidebar();
  })
  .catch(failed);
const saved = cypherConsole.loadSaved();
explorer
  .load()
  .then(async () => {
    explorer.renderSidebar();
    if (explorer.state.query) await saved;
    await open();
    view.fit(0);
  })
  .catch(failed);
