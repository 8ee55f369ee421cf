// Query-string parsing for the API: pure functions from what the browser sent to checked values, each
// failure a message saying which parameter was wrong and what it takes.
import { ENTITY_KINDS, LINK_RELATIONS, STANCES } from '../../ingest/model.ts';
import type { EntityKind } from '../../ingest/model.ts';
import type { GraphFilters, Relation } from '../shared/api.ts';

export const RELATIONS: readonly Relation[] = [...STANCES, ...LINK_RELATIONS];
export const DEFAULT_GRAPH_LIMIT = 2000;
export const MAX_GRAPH_LIMIT = 100_000;

export class BadRequest extends Error {}

type Query = Record<string, string | string[] | undefined>;

/** Repeated (`a=1&a=2`) or comma-separated (`a=1,2`) values, empty ones dropped. */
export function list(query: Query, name: string): string[] {
  const raw = query[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

export function single(query: Query, name: string): string | undefined {
  const values = list(query, name);
  return values.length > 0 ? values.join(',') : undefined;
}

export function relation(value: string | undefined): Relation {
  const upper = value?.toUpperCase();
  const found = RELATIONS.find((candidate) => candidate === upper);
  if (!found)
    throw new BadRequest(`relation must be one of ${RELATIONS.join(', ')} (got ${value ?? 'nothing'}).`);
  return found;
}

export function integer(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1 || number > max)
    throw new BadRequest(`${name} must be a whole number from 1 to ${max} (got ${value}).`);
  return number;
}

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]; // prettier-ignore

/** A calendar date as YYYY-MM-DD, YYYY-MM or YYYY; a day or month that does not exist is refused, saying why. */
function isoDate(value: string | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  const refuse = (why: string): BadRequest =>
    new BadRequest(`${name} must be a date as YYYY-MM-DD, YYYY-MM or YYYY (got ${value}${why}).`);
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) throw refuse('');
  const [year, month, day] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  if (month < 1 || month > 12) throw refuse(`: there is no month ${month}`);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) throw refuse(`: ${MONTH_NAMES[month - 1] ?? ''} ${year} has ${days} days`);
  return value;
}

/** The graph filters in a query string: relation, kind, document, from, to, limit. */
export function graphFilters(
  query: Query,
): Required<Pick<GraphFilters, 'relations' | 'limit'>> & GraphFilters {
  const relations = list(query, 'relation').map(relation);
  const kinds = list(query, 'kind').map((value) => {
    const kind = ENTITY_KINDS.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (!kind) throw new BadRequest(`kind must be one of ${ENTITY_KINDS.join(', ')} (got ${value}).`);
    return kind;
  });
  const from = isoDate(single(query, 'from'), 'from');
  const to = isoDate(single(query, 'to'), 'to');
  const document = single(query, 'document');
  return {
    relations: relations.length > 0 ? [...new Set(relations)] : [...RELATIONS],
    ...(kinds.length > 0 ? { kinds: [...new Set(kinds)] as EntityKind[] } : {}),
    ...(document !== undefined ? { document } : {}),
    // A month or a year covers all of it: "to=2021" means up to the end of 2021.
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to: to.length < 10 ? `${to}\uffff` : to } : {}),
    limit: integer(single(query, 'limit'), 'limit', DEFAULT_GRAPH_LIMIT, MAX_GRAPH_LIMIT),
  };
}
