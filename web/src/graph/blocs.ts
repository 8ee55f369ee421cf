// Blocs of actors, found with Louvain (graphology-communities-louvain) on one of two actor graphs built
// from the statements within the current filters:
// - `stances`, the signed actor graph: supporting each other, or taking the same side on a target, pulls
//   two actors together; opposing each other, or taking opposite sides, pushes them apart; only pairs
//   that agree more than they disagree are linked;
// - `shared`, the congruence network of discourse network analysis: two actors are linked by the number
//   of (relation, target) positions they share.
// Proposing something counts as supporting it. Pure: the caller writes colours into the view.
import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { ExplorerGraph } from './model.ts';
import { BLOC_COLORS, NO_BLOC_COLOR } from './style.ts';

// A CommonJS module whose typings declare an ES default export: at run time the default import is the function.
const louvain = louvainModule as unknown as typeof louvainModule.default;

export type BlocMethod = 'stances' | 'shared';

export const ACTOR_KINDS: ReadonlySet<string> = new Set(['Person', 'Country', 'Organization']);

/** A target held by more actors than this links only its strongest holders: a hub must not cost n². */
const MAX_HOLDERS = 60;

export interface Bloc {
  /** 0 for the largest bloc, then by size. */
  index: number;
  color: string;
  /** Actor ids, the most active first. */
  members: string[];
}

export interface Blocs {
  blocs: Bloc[];
  /** The bloc index of each actor in a bloc. */
  blocOf: Map<string, number>;
}

type Side = 1 | -1;

/**
 * The weighted pairs of actors of the chosen actor graph, from the edges the view counts (those of the
 * active layer with statements in the window: `weight` > 0, `layer` not `excluded`).
 */
export function actorLinks(
  graph: ExplorerGraph,
  method: BlocMethod,
  excludedLayer: 'direct' | 'principal',
): Map<string, number> {
  const links = new Map<string, number>();
  const add = (a: string, b: string, amount: number): void => {
    if (a === b) return;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    links.set(key, (links.get(key) ?? 0) + amount);
  };
  const holders = new Map<string, { actor: string; side: Side; weight: number }[]>();
  graph.forEachEdge((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (attributes.layer === excludedLayer || attributes.weight === 0) return;
    const side: Side | 0 =
      attributes.relation === 'OPPOSES' ? -1 : /^(SUPPORTS|PROPOSES)$/.test(attributes.relation) ? 1 : 0;
    if (side === 0 || !ACTOR_KINDS.has(sourceAttributes.kind)) return;
    if (method === 'stances' && ACTOR_KINDS.has(targetAttributes.kind))
      add(source, target, side * attributes.weight);
    const list = holders.get(target) ?? [];
    list.push({ actor: source, side, weight: attributes.weight });
    holders.set(target, list);
  });
  for (const list of holders.values()) {
    const strongest = list.sort((a, b) => b.weight - a.weight).slice(0, MAX_HOLDERS);
    for (let i = 0; i < strongest.length; i++)
      for (let j = i + 1; j < strongest.length; j++) {
        const [a, b] = [strongest[i], strongest[j]];
        if (!a || !b) continue;
        const agree = a.side === b.side;
        if (method === 'shared' && !agree) continue;
        add(a.actor, b.actor, (agree ? 1 : -1) * Math.min(a.weight, b.weight));
      }
  }
  return links;
}

/**
 * The blocs of the actors of the view: Louvain on the positive links of `actorLinks`. Only blocs of two or more actors count; `previous` keeps each
 * bloc's colour through a change of filters when most of its members stay.
 */
export function findBlocs(
  graph: ExplorerGraph,
  method: BlocMethod,
  excludedLayer: 'direct' | 'principal',
  previous?: Blocs,
): Blocs {
  const actors = new UndirectedGraph<Record<string, never>, { weight: number }>();
  for (const [key, weight] of actorLinks(graph, method, excludedLayer)) {
    if (weight <= 0) continue;
    const [a = '', b = ''] = key.split('\u0000');
    actors.mergeNode(a);
    actors.mergeNode(b);
    actors.addEdge(a, b, { weight });
  }
  if (actors.size === 0) return { blocs: [], blocOf: new Map() };
  // No random walk: the same links in the same order always give the same blocs.
  const communities = louvain(actors, { getEdgeWeight: 'weight', randomWalk: false });
  const strength = (node: string): number =>
    actors.reduceEdges(node, (sum, _edge, attributes) => sum + attributes.weight, 0);
  const groups = new Map<number, string[]>();
  for (const [node, community] of Object.entries(communities))
    groups.set(community, [...(groups.get(community) ?? []), node]);
  const members = [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => group.sort((a, b) => strength(b) - strength(a) || (a < b ? -1 : 1)))
    .sort((a, b) => b.length - a.length || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
  const colors = keptColors(members, previous);
  const blocs = members.map((group, index) => ({ index, color: colors[index] ?? '', members: group }));
  const blocOf = new Map<string, number>();
  for (const bloc of blocs) for (const member of bloc.members) blocOf.set(member, bloc.index);
  return { blocs, blocOf };
}

/**
 * A colour per group: the colour of the previous bloc it shares most members with, else the next free
 * one; grey once the palette is spent (the legend names those blocs all the same).
 */
function keptColors(groups: string[][], previous?: Blocs): string[] {
  const colors: (string | undefined)[] = groups.map(() => undefined);
  const taken = new Set<string>();
  if (previous) {
    const overlaps = groups.flatMap((group, index) =>
      previous.blocs.map((bloc) => ({
        index,
        color: bloc.color,
        shared: group.filter((member) => previous.blocOf.get(member) === bloc.index).length,
      })),
    );
    for (const { index, color, shared } of overlaps.sort((a, b) => b.shared - a.shared)) {
      if (shared === 0 || colors[index] !== undefined || taken.has(color)) continue;
      colors[index] = color;
      taken.add(color);
    }
  }
  const free = BLOC_COLORS.filter((color) => !taken.has(color));
  return colors.map((color) => color ?? free.shift() ?? NO_BLOC_COLOR);
}
