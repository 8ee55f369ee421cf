// Statements per month, read from the loaded graph (each edge knows the documents behind it and the
// document table their dates): for the time bar over all of them, and for the chart of one edge.
import type { ExplorerGraph } from './model.ts';
import { isStance } from './style.ts';
import { monthOf, monthsOf, type Month } from '../time.ts';

/** The months the graph's documents span. */
export function monthsOfGraph(graph: ExplorerGraph): Month[] {
  return monthsOf(graph.getAttribute('documents').map((doc) => doc.date));
}

/** How many of `documents` (indexes into the table, one per statement) fall in each of `months`. */
function perMonth(graph: ExplorerGraph, months: readonly Month[], documents: Iterable<number>): number[] {
  const table = graph.getAttribute('documents');
  const slot = new Map(months.map((month, index) => [month, index]));
  const counts = months.map(() => 0);
  for (const index of documents) {
    const date = table[index]?.date;
    const at = date ? slot.get(monthOf(date)) : undefined;
    if (at !== undefined) counts[at] = (counts[at] ?? 0) + 1;
  }
  return counts;
}

/** Stance statements per month, every edge of the stated layer counted once. */
export function statementsPerMonth(graph: ExplorerGraph, months: readonly Month[]): number[] {
  const documents: number[] = [];
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.layer !== 'principal' && isStance(attributes.relation))
      documents.push(...attributes.documents);
  });
  return perMonth(graph, months, documents);
}

/** One edge's statements per month. */
export function edgeTimeline(graph: ExplorerGraph, edge: string, months: readonly Month[]): number[] {
  return perMonth(graph, months, graph.hasEdge(edge) ? graph.getEdgeAttribute(edge, 'documents') : []);
}
