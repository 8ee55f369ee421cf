// Files of the current view for other tools: GraphML (yEd, Cytoscape, Gephi), CSV of statements. Pure
// text builders; GEXF comes from graphology-gexf. Downloading is in ui/export.ts.
import type { Statement } from '../shared/api.ts';
import type { ExplorerGraph } from './graph/model.ts';
import { isStance } from './graph/style.ts';
import { documentsInView, type Visibility } from './graph/visibility.ts';

/** The stated stance edges behind the shown ones (a rolled-up edge stands for several), for their statements. */
export function statedStanceEdges(
  graph: ExplorerGraph,
): { source: string; relation: string; target: string }[] {
  return graph
    .filterEdges((_edge, attributes) => !attributes.hidden && isStance(attributes.relation))
    .flatMap((edge) => graph.getEdgeAttribute(edge, 'parts') ?? [edge])
    .map((edge) => ({
      source: graph.source(edge),
      relation: graph.getEdgeAttribute(edge, 'relation'),
      target: graph.target(edge),
    }));
}

/** Whether a statement was said in the document and dates the view is filtered to. */
export function withinFilters(
  filter: Pick<Visibility, 'document' | 'from' | 'to'>,
): (s: Statement) => boolean {
  return (statement) =>
    documentsInView(
      [{ id: statement.documentId, date: statement.date?.slice(0, 10) ?? null }],
      filter,
    )?.[0] ?? true;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Control characters other than tab, line feed and carriage return: XML 1.0 cannot hold them at all. */
const isXmlChar = (c: string): boolean => c.charCodeAt(0) >= 0x20 || c === '\t' || c === '\n' || c === '\r';

export function escapeXml(text: string): string {
  return Array.from(text)
    .filter(isXmlChar)
    .join('')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

const NODE_KEYS = [
  ['label', 'string'],
  ['kind', 'string'],
  ['aliases', 'string'],
  ['statements', 'int'],
  ['documents', 'int'],
  ['x', 'double'],
  ['y', 'double'],
  ['size', 'double'],
  ['color', 'string'],
] as const;
const EDGE_KEYS = [
  ['relation', 'string'],
  ['count', 'int'],
  ['weight', 'double'],
  ['color', 'string'],
] as const;

export function toGraphML(graph: ExplorerGraph): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map(
      ([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`,
    ),
    '  <graph id="stancegraph" edgedefault="directed">',
  ];
  graph.forEachNode((node, attributes) => {
    const values: Record<string, unknown> = {
      ...attributes,
      label: attributes.name,
      aliases: attributes.aliases.join('; '),
    };
    lines.push(`    <node id="${escapeXml(node)}">`);
    for (const [name] of NODE_KEYS)
      lines.push(`      <data key="n_${name}">${escapeXml(String(values[name]))}</data>`);
    lines.push('    </node>');
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    const values: Record<string, unknown> = { ...attributes, weight: attributes.count };
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
    );
    for (const [name] of EDGE_KEYS)
      lines.push(`      <data key="e_${name}">${escapeXml(String(values[name]))}</data>`);
    lines.push('    </edge>');
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

const CSV_COLUMNS = [
  'source_id',
  'source',
  'relation',
  'target_id',
  'target',
  'quote',
  'speaker',
  'modality',
  'date',
  'document_id',
  'document_title',
  'url',
  'statement_id',
] as const;

export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ makes spreadsheets run the cell as a formula: quote it as text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function statementsCsv(statements: readonly Statement[]): string {
  const rows = statements.map((s) =>
    [
      s.source.id,
      s.source.name,
      s.relation,
      s.target.id,
      s.target.name,
      s.quote,
      s.speaker,
      s.modality,
      s.date,
      s.documentId,
      s.documentTitle,
      s.url,
      s.statementId,
    ]
      .map(csvCell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
