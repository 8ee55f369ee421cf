// The console's JSON parameters as Neo4j takes them, after checking their shape: a body of a megabyte can
// still nest values 200,000 deep or hold a million small ones, which would overflow the stack or keep
// the server busy converting them.
import neo4j from 'neo4j-driver';
import { BadRequest } from './params.ts';

export const MAX_PARAM_DEPTH = 32;
export const MAX_PARAM_VALUES = 100_000;

/**
 * JSON parameters as Neo4j expects them: whole numbers become Integers, since a JSON `25` arrives as a
 * float and `LIMIT $n` refuses floats. Throws BadRequest when they nest too deep or hold too many values.
 */
export function toNeo4jParams(params: Record<string, unknown>): Record<string, unknown> {
  checkParams(params);
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, toNeo4jValue(value)]));
}

/** Throws BadRequest when parameters nest too deep or hold too many values; walks them without recursion. */
export function checkParams(params: Record<string, unknown>): void {
  const stack: { value: unknown; depth: number }[] = [{ value: params, depth: 0 }];
  let values = 0;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (++values > MAX_PARAM_VALUES)
      throw new BadRequest(`The parameters hold more than ${MAX_PARAM_VALUES} values; pass fewer.`);
    const { value, depth } = item;
    if (value === null || typeof value !== 'object') continue;
    if (depth === MAX_PARAM_DEPTH)
      throw new BadRequest(`The parameters nest lists and maps more than ${MAX_PARAM_DEPTH} deep.`);
    for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
  }
}

function toNeo4jValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4jValue);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toNeo4jValue(item)]));
  return value;
}
