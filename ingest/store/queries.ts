// Saved queries: cypher/queries/<name>.cypher, one statement each, under a header the web server lists:
//
//   // Title: Who supports it
//   // Answers: Which actors support the given entity ...
//   //   (an indented comment line continues the field above it)
//   // Params: $id (string) the entity's id; $limit (integer, default 25) how many at most
//   // Example: {"id": "CHN"}
//
// Params is `none` or `$name (type[, default value]) description` items separated by `;`, with type one
// of string, integer, float, boolean. Example (optional) is a JSON object of parameter values to try.
import { readdirSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';

export const QUERIES_DIR = new URL('../../cypher/queries/', import.meta.url);

const PARAM_TYPES = ['string', 'integer', 'float', 'boolean'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
type Value = string | number | boolean;

export interface QueryParam {
  name: string;
  type: ParamType;
  description: string;
  /** Absent when the parameter is required. */
  default?: Value;
}

export interface SavedQuery {
  /** The file name without `.cypher`, e.g. `supporters`. */
  name: string;
  title: string;
  answers: string;
  params: QueryParam[];
  example: Record<string, Value>;
  /** The statement, header and final semicolon removed. */
  cypher: string;
}

/** Every saved query, by name. Reads the folder on each call so edited files show without a restart. */
export function loadSavedQueries(dir: URL = QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) =>
      parseSavedQuery(file.slice(0, -'.cypher'.length), readFileSync(new URL(file, dir), 'utf8')),
    );
}

export function parseSavedQuery(name: string, text: string): SavedQuery {
  const fail = (problem: string): Error =>
    new Error(
      `queries: cypher/queries/${name}.cypher: ${problem} (see the header format in ingest/store/queries.ts)`,
    );
  const lines = text.split('\n');
  const headerEnd = lines.findIndex((line) => !line.startsWith('//'));
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (const line of lines.slice(0, headerEnd === -1 ? lines.length : headerEnd)) {
    const field = /^\/\/ (\w+):\s*(.*)$/.exec(line);
    const continued = /^\/\/\s+(\S.*)$/.exec(line);
    if (field?.[1] !== undefined && field[2] !== undefined) fields.set((last = field[1]), field[2].trim());
    else if (last !== undefined && continued?.[1] !== undefined)
      fields.set(last, `${fields.get(last) ?? ''} ${continued[1].trim()}`);
  }
  const required = (key: string): string => {
    const value = fields.get(key);
    if (!value) throw fail(`the header has no "// ${key}:" line`);
    return value;
  };
  const cypher = lines
    .slice(headerEnd === -1 ? lines.length : headerEnd)
    .join('\n')
    .trim()
    .replace(/;$/, '');
  if (!cypher) throw fail('there is no statement after the header');
  return {
    name,
    title: required('Title'),
    answers: required('Answers'),
    params: parseParams(required('Params'), fail),
    example: parseExample(fields.get('Example'), fail),
    cypher,
  };
}

function parseParams(value: string, fail: (problem: string) => Error): QueryParam[] {
  if (value === 'none') return [];
  return value.split(/;\s*(?=\$)/).map((item) => {
    const match = /^\$(\w+)\s*\((\w+)(?:,\s*default\s+([^)]+))?\)\s*(.*)$/.exec(item.trim());
    const [, name, type, fallback, description] = match ?? [];
    if (name === undefined || type === undefined || description === undefined)
      throw fail(`cannot read the parameter "${item}": write it as $name (type) description`);
    if (!isParamType(type)) throw fail(`$${name} has type ${type}, not one of ${PARAM_TYPES.join(', ')}`);
    const param: QueryParam = { name, type, description: description.trim() };
    if (fallback !== undefined) param.default = coerce(fallback.trim(), type, name, fail);
    return param;
  });
}

function parseExample(value: string | undefined, fail: (problem: string) => Error): Record<string, Value> {
  if (value === undefined) return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, Value>;
  } catch {
    // reported below, with what is expected
  }
  throw fail(`the Example is not a JSON object: ${value}`);
}

function isParamType(type: string): type is ParamType {
  return (PARAM_TYPES as readonly string[]).includes(type);
}

/**
 * Parameters for running a saved query: values (as typed, or strings from a URL or a form) converted to
 * the declared types, defaults filled in. Integers become driver Integers, which LIMIT requires.
 */
export function bindParams(query: SavedQuery, values: Record<string, unknown>): Record<string, unknown> {
  const fail = (problem: string): Error => new Error(`queries: ${query.name}: ${problem}`);
  const bound: Record<string, unknown> = {};
  for (const param of query.params) {
    const raw = values[param.name] ?? param.default;
    if (raw === undefined || raw === '')
      throw fail(`missing $${param.name} (${param.type}): ${param.description}`);
    const value = coerce(raw, param.type, param.name, fail);
    bound[param.name] = param.type === 'integer' ? neo4j.int(value as number) : value;
  }
  return bound;
}

function coerce(raw: unknown, type: ParamType, name: string, fail: (problem: string) => Error): Value {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  const bad = (): Error =>
    fail(`$${name} must be ${type === 'integer' ? 'an integer' : `a ${type}`}, got ${JSON.stringify(raw)}`);
  switch (type) {
    case 'string':
      if (typeof text !== 'string') throw bad();
      return text;
    case 'boolean':
      if (text === true || text === 'true') return true;
      if (text === false || text === 'false') return false;
      throw bad();
    case 'integer':
    case 'float': {
      const number =
        typeof text === 'number' ? text : typeof text === 'string' && text !== '' ? Number(text) : NaN;
      if (!Number.isFinite(number) || (type === 'integer' && !Number.isInteger(number))) throw bad();
      return number;
    }
  }
}
