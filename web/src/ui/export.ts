// Downloads of the current view: a PNG of the canvas, the graph as GEXF (Gephi) or GraphML, the
// statements behind its edges as CSV, and a link that reopens the view.
import { write as writeGexf } from 'graphology-gexf/browser/index.js';
import { api } from '../api.ts';
import type { Explorer } from '../explorer.ts';
import { statedStanceEdges, statementsCsv, toGraphML, withinFilters } from '../exporting.ts';
import { shownPart } from '../graph/mirror.ts';
import type { ExplorerGraph } from '../graph/model.ts';
import type { Renderer } from '../graph/renderer.ts';
import type { GraphView } from '../graph/view.ts';
import { toast } from './toast.ts';

function download(content: Blob | string, filename: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

const stamp = (): string => new Date().toISOString().slice(0, 10);

export function gexfOf(graph: ExplorerGraph): string {
  // GEXF 1.3: the version Gephi 0.10 reads with hex colours and correct namespaces.
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({
      label: attributes.name,
      viz: { color: attributes.color, size: attributes.size, x: attributes.x, y: attributes.y },
      attributes: {
        kind: attributes.kind,
        aliases: attributes.aliases.join('; '),
        statements: attributes.statements,
        documents: attributes.documents,
      },
    }),
    formatEdge: (_key, attributes) => ({
      label: attributes.relation,
      weight: attributes.count,
      viz: { color: attributes.color, thickness: attributes.size },
      attributes: { relation: attributes.relation, count: attributes.count },
    }),
  });
}

/** The canvas as a PNG: the WebGL stage is copied right after a render, while its drawing buffer is valid. */
function canvasPng(renderer: Renderer): Promise<Blob> {
  return new Promise((resolve, reject) => {
    renderer.once('afterRender', () => {
      const stage = renderer.getStageCanvas();
      const canvas = document.createElement('canvas');
      canvas.width = stage.width;
      canvas.height = stage.height;
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('This browser cannot draw the image (no 2D canvas).'));
        return;
      }
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(stage, 0, 0);
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('The image could not be encoded.'));
      }, 'image/png');
    });
    renderer.refresh();
  });
}

/** Wires the Export menu of the header: opens and closes it, and runs the chosen export. */
export function setupExportMenu(
  menu: HTMLElement,
  explorer: Explorer,
  view: GraphView,
  onError: (error: unknown) => void,
): void {
  const items = menu.querySelector<HTMLElement>('.menu-items');
  const button = menu.querySelector<HTMLElement>('[aria-haspopup]');
  const setOpen = (open: boolean): void => {
    if (items) items.hidden = !open;
    button?.setAttribute('aria-expanded', String(open));
  };
  button?.addEventListener('click', () => {
    setOpen(items?.hidden ?? false);
  });
  document.addEventListener('click', (event) => {
    if (!menu.contains(event.target as Node)) setOpen(false);
  });
  menu.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((item) => {
    item.addEventListener('click', () => {
      setOpen(false);
      exportView(item.dataset.export ?? '', explorer, view).catch(onError);
    });
  });
}

/** Exports what the view shows: its nodes and edges, and the statements behind them within the filters. */
export async function exportView(kind: string, explorer: Explorer, view: GraphView): Promise<void> {
  const graph = shownPart(explorer.current);
  switch (kind) {
    case 'png':
      download(await canvasPng(view.renderer), `stancegraph-${stamp()}.png`, 'image/png');
      return;
    case 'gexf':
      download(gexfOf(graph), `stancegraph-${stamp()}.gexf`, 'application/gexf+xml');
      return;
    case 'graphml':
      download(toGraphML(graph), `stancegraph-${stamp()}.graphml`, 'application/graphml+xml');
      return;
    case 'csv': {
      const edges = statedStanceEdges(explorer.current);
      if (edges.length === 0) {
        toast('The view has no SUPPORTS, OPPOSES or PROPOSES edge: no statement to export.');
        return;
      }
      const all = await api.statements(edges);
      const statements = explorer.result === null ? all.filter(withinFilters(explorer.filters)) : all;
      download(statementsCsv(statements), `stancegraph-statements-${stamp()}.csv`, 'text/csv;charset=utf-8');
      toast(`Exported ${statements.length.toLocaleString('en')} statements.`);
      return;
    }
    case 'link':
      await navigator.clipboard.writeText(location.href);
      toast('Link to this view copied.');
      return;
  }
}
