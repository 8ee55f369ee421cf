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

/** Bloc colours, apart from the kind colours and the relation colours, most distinct first. */
export const BLOC_COLORS = [
  '#1f77b4',
  '#e6550d',
  '#7b4ea3',
  '#17becf',
  '#bcbd22',
  '#8c564b',
  '#e377c2',
  '#393b79',
];
/** Actors in no bloc, and everything but actors, while blocs colour the view. */
export const NO_BLOC_COLOR = '#c4c8cd';

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

/** Node size in screen pixels: grows with the square root of its statements, so hubs stand out without hiding the rest. */
export function nodeSize(statements: number): number {
  return Math.min(28, 4 + 2.6 * Math.sqrt(statements));
}

/** Names longer than this are written on the canvas by a well-known acronym, when the entity has one. */
const LONG_NAME = 22;
const ACRONYM = /^[A-Z][A-Z0-9&.-]{1,7}$/;

/** The label a node carries on the canvas: "NATO" rather than "North Atlantic Treaty Organization". */
export function displayLabel(name: string, aliases: readonly string[]): string {
  if (name.length <= LONG_NAME) return name;
  return aliases.find((alias) => ACRONYM.test(alias)) ?? name;
}

/** Edge width for `count` statements: one statement is a hairline, each doubling adds a step. */
export function edgeSize(count: number, relation: string): number {
  const base = isStance(relation) ? 1.8 : 1;
  return Math.min(10, base + 1.5 * Math.log2(Math.max(1, count)));
}
