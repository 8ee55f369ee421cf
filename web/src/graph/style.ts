// How the domain looks: colours per entity kind and per relation, sizes from activity. Data apart from
// rendering, so the legend, the exports and the renderer agree.
import type { Relation } from '../../shared/api.ts';

export const KIND_COLORS: Readonly<Record<string, string>> = {
  Person: '#7c5cc4',
  Country: '#d9912b',
  Organization: '#2b9c9c',
  Initiative: '#cf5c8c',
  Concept: '#6f7d8c',
  Place: '#8a6d55',
  Document: '#9aa3ad',
};
export const OTHER_COLOR = '#b0b5bb';

export const RELATION_COLORS: Readonly<Record<Relation, string>> = {
  SUPPORTS: '#2f9e55',
  OPPOSES: '#d64541',
  PROPOSES: '#3867d6',
  REPRESENTS: '#b9bec6',
  MEMBER_OF: '#c8bfae',
  MEETS: '#b3c7cf',
};

export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  PROPOSES: 'proposes',
  REPRESENTS: 'represents',
  MEMBER_OF: 'member of',
  MEETS: 'meets',
};

/** Phrases for a group of statements seen from one entity: "Supports" / "Supported by". */
export const RELATION_HEADINGS: Readonly<Record<Relation, [outgoing: string, incoming: string]>> = {
  SUPPORTS: ['Supports', 'Supported by'],
  OPPOSES: ['Opposes', 'Opposed by'],
  PROPOSES: ['Proposes', 'Proposed by'],
  REPRESENTS: ['Represents', 'Represented by'],
  MEMBER_OF: ['Member of', 'Members'],
  MEETS: ['Meets', 'Meets'],
};

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? OTHER_COLOR;
}

export function relationColor(relation: string): string {
  return (RELATION_COLORS as Record<string, string>)[relation] ?? OTHER_COLOR;
}

export function isStance(relation: string): boolean {
  return relation === 'SUPPORTS' || relation === 'OPPOSES' || relation === 'PROPOSES';
}

/** Node size in screen pixels: grows with the square root of activity, so hubs stand out without hiding the rest. */
export function nodeSize(statements: number, documents: number): number {
  return Math.min(28, 4 + 2.4 * Math.sqrt(statements + documents / 2));
}

/** Edge width for `count` statements: one statement is a hairline, each doubling adds a step. */
export function edgeSize(count: number, relation: string): number {
  const base = isStance(relation) ? 1.8 : 1;
  return Math.min(10, base + 1.5 * Math.log2(Math.max(1, count)));
}
