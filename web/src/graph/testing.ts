// Small graphs for unit tests, written as lines: "a SUPPORTS b" with the dates of its statements.
import type { GraphData, Relation } from '../../shared/api.ts';
import { createGraph, mergeGraphData, type ExplorerGraph } from './model.ts';

/** `kinds` maps ids to kinds (Country when absent); each line is `source RELATION target [date ...]`. */
export function graphOfLines(lines: string[], kinds: Record<string, string> = {}): ExplorerGraph {
  const data: GraphData = { nodes: [], edges: [], documents: [], truncated: false };
  const documents = new Map<string, number>();
  const ids = new Set<string>();
  for (const line of lines) {
    const [source = '', relation = '', target = '', ...dates] = line.split(/\s+/);
    ids.add(source).add(target);
    const cited = (dates.length > 0 ? dates : ['2022-01-01']).map((date) => {
      if (!documents.has(date)) {
        documents.set(date, data.documents.length);
        data.documents.push({ id: `doc-${date}`, date });
      }
      return documents.get(date) ?? -1;
    });
    data.edges.push({
      source,
      relation: relation as Relation,
      target,
      count: cited.length,
      documents: cited,
    });
  }
  for (const id of ids)
    data.nodes.push({ id, name: id, kind: kinds[id] ?? 'Country', aliases: [], statements: 1, documents: 1 });
  const graph = createGraph();
  mergeGraphData(graph, data);
  return graph;
}
