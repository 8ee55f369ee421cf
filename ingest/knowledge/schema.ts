// The shapes of the data files, checked once at load so that a typo fails loudly, naming file and entry.
// Hand-written checks rather than a schema library: they run in about a millisecond, which keeps the
// whole knowledge base loading in tens of milliseconds in every worker.
import { readFileSync } from 'node:fs';
import { ENTITY_KINDS, type EntityKind } from '../model.ts';

type Check<T> = (value: unknown, path: string) => T;
interface Optional<T> {
  optional: Check<T>;
}
type Shape = Record<string, Check<unknown> | Optional<unknown>>;
type Parsed<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Check<infer T> ? T : never;
} & {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};

class Invalid extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const text: Check<string> = (value, path) => {
  if (typeof value !== 'string' || value.trim() === '')
    throw new Invalid(path, 'expected a non-empty string');
  return value;
};
const matching =
  (pattern: RegExp, what: string): Check<string> =>
  (value, path) => {
    const s = text(value, path);
    if (!pattern.test(s)) throw new Invalid(path, `expected ${what}, got "${s}"`);
    return s;
  };
const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value, path) => {
    if (!values.includes(value as T)) throw new Invalid(path, `expected one of ${values.join(', ')}`);
    return value as T;
  };
const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value, path) => {
    if (!Array.isArray(value)) throw new Invalid(path, 'expected a list');
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };
const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

function object<S extends Shape>(shape: S): Check<Parsed<S>> {
  const fields = Object.entries(shape);
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Invalid(path, 'expected an object');
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!(key in shape))
        throw new Invalid(`${path}.${key}`, `unknown field; known: ${Object.keys(shape).join(', ')}`);
    }
    const result: Record<string, unknown> = {};
    for (const [key, check] of fields) {
      const field = record[key];
      if (typeof check !== 'function') {
        if (field !== undefined) result[key] = check.optional(field, `${path}.${key}`);
      } else {
        result[key] = check(field, `${path}.${key}`);
      }
    }
    return result as Parsed<S>;
  };
}

function recordOf<T>(key: Check<string>, item: Check<T>): Check<Record<string, T>> {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Invalid(path, 'expected an object');
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [key(k, path), item(v, `${path}.${k}`)]));
  };
}

const names = list(text);
const date = matching(/^\d{4}(-\d{2})?$/, 'YYYY or YYYY-MM');
const slug = matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case slug such as "wang-yi"');
const iso3 = matching(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code such as "CHN"');
const term = object({ role: text, represents: text, from: optional(date), to: optional(date) });

/** organizations.json, initiatives.json, concepts.json, people.json, places.json. */
export const entityFile = list(
  object({
    id: slug,
    label: text,
    kind: optional(oneOf<EntityKind>(ENTITY_KINDS)),
    aliases: optional(names),
    /** Names of this entry that often mean something else. */
    ambiguous: optional(names),
    represents: optional(text),
    role: optional(text),
    members: optional(list(iso3)),
    surname: optional(text),
    /** Offices held, the main one first. */
    terms: optional(list(term)),
    metonyms: optional(names),
    note: optional(text),
  }),
);
export type EntityEntry = ReturnType<typeof entityFile>[number];

/** countries.json: what the world-countries package lacks, by our country id. */
export const countryFile = recordOf(
  iso3,
  object({
    /** The package's cca3 when our id differs (Kosovo: package "UNK", ours "XKX"). */
    from: optional(text),
    label: optional(text),
    kind: optional(oneOf(['Country', 'Place'] as const)),
    iso2: optional(matching(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code')),
    aliases: optional(names),
    demonyms: optional(names),
    capitals: optional(names),
    metonyms: optional(names),
    ambiguous: optional(names),
    note: optional(text),
  }),
);
export type CountryEntry = ReturnType<typeof countryFile>[string];

const variants = { id: slug, title: text, variants: names };
/** roles.json: titles of office, nouns for parts of a state, honorifics. */
export const roleFile = object({
  roles: list(object({ ...variants, speaksFor: oneOf(['country', 'organization'] as const) })),
  bodies: list(object({ ...variants, refersTo: oneOf(['country', 'organization'] as const) })),
  honorifics: names,
});

/** data/built/agents.json: [noun, sector, whom the holder speaks for]. */
export const agentFile = object({
  $comment: text,
  agents: list((value, path) => {
    if (!Array.isArray(value) || value.length !== 3)
      throw new Invalid(path, 'expected [noun, sector, speaksFor]');
    return {
      noun: text(value[0], `${path}[0]`),
      sector: matching(/^[A-Z]{3}$/, 'a sector code such as "GOV"')(value[1], `${path}[1]`),
      speaksFor: oneOf(['country', 'body', 'none'] as const)(value[2], `${path}[2]`),
    };
  }),
});

/** data/built/memberships.json: member states by organisation id. */
export const membershipFile = object({ $comment: text, members: recordOf(slug, list(iso3)) });

/** Reads and checks one file of ingest/knowledge/data/. */
export function readData<T>(file: string, check: Check<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(new URL(`data/${file}`, import.meta.url), 'utf8'));
  } catch (error) {
    throw new Error(`knowledge: cannot read ingest/knowledge/data/${file}: ${String(error)}`, {
      cause: error,
    });
  }
  return checkData(file, raw, check);
}

/** Checks the parsed content of a data file; the error names the file, the entry and the field. */
export function checkData<T>(file: string, raw: unknown, check: Check<T>): T {
  try {
    return check(raw, 'entry');
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    const index = /^entry\[(\d+)\]/.exec(error.path)?.[1];
    const entry: unknown = index !== undefined && Array.isArray(raw) ? raw[Number(index)] : undefined;
    const id = entry && typeof entry === 'object' && 'id' in entry ? ` (id ${String(entry.id)})` : '';
    throw new Error(
      `knowledge: ingest/knowledge/data/${file} is malformed at ${error.path}${id}: ${error.message}; fix the file`,
      { cause: error },
    );
  }
}

/** The same kind of error for problems found across entries (unknown ids, duplicates). */
export function dataError(file: string, entry: string, problem: string): Error {
  return new Error(`knowledge: ingest/knowledge/data/${file}: ${entry}: ${problem}`);
}
