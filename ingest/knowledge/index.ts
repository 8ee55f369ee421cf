// The extractor's world knowledge: countries, organisations, initiatives, concepts, people, roles.
// Data lives in data/*.json (origins in SOURCES.md); this module checks it once and builds token tries.
import type { EntityKind } from '../model.ts';
import { loadCountries } from './countries.ts';
import { buildIndexes } from './indexes.ts';
import { dataError, entityFile, readData, roleFile, type EntityEntry } from './schema.ts';
import type { Country, KnownEntity, KnowledgeBase, Role } from './types.ts';

export type * from './types.ts';

/** Entity files with the kind their entries have unless they say otherwise, in order of precedence for names. */
const ENTITY_FILES: readonly (readonly [string, EntityKind])[] = [
  ['organizations.json', 'Organization'],
  ['initiatives.json', 'Initiative'],
  ['people.json', 'Person'],
  ['concepts.json', 'Concept'],
  ['places.json', 'Place'],
];

let cached: KnowledgeBase | undefined;

/** The knowledge base, built on first use (tens of milliseconds) and shared afterwards. */
export function loadKnowledge(): KnowledgeBase {
  cached ??= build();
  return cached;
}

export interface Loaded {
  countries: Country[];
  /** Every entity with the file it came from, countries first. */
  entries: { entity: KnownEntity; file: string; ambiguous: string[]; preferredNames?: string[] }[];
  /** Demonyms that win when two countries claim one, by country id. */
  preferredDemonyms: ReadonlyMap<string, readonly string[]>;
  roles: Role[];
}

function build(): KnowledgeBase {
  const countryData = loadCountries();
  const entries: Loaded['entries'] = countryData.map(({ country, ambiguous, preferredNames }) => ({
    entity: country,
    file: 'countries.json',
    ambiguous,
    preferredNames,
  }));
  for (const [file, kind] of ENTITY_FILES) {
    for (const entry of readData(file, entityFile)) {
      entries.push({ entity: toEntity(entry, kind), file, ambiguous: entry.ambiguous ?? [] });
    }
  }
  const { roles, bodies, honorifics } = readData('roles.json', roleFile);
  const loaded: Loaded = {
    countries: countryData.map((c) => c.country),
    entries,
    roles,
    preferredDemonyms: new Map(countryData.map((c) => [c.country.id, c.preferredDemonyms])),
  };
  const indexes = buildIndexes(loaded, bodies, honorifics);
  checkReferences(loaded, (title) => indexes.findRole(title));
  return indexes;
}

function toEntity(entry: EntityEntry, kind: EntityKind): KnownEntity {
  const main = entry.terms?.[0];
  // Every field, absent ones undefined: one object shape for V8 whichever fields an entry has, as for
  // mentions (see extract/mention.ts). Countries are made in one place too (countries.ts).
  return {
    id: entry.id,
    label: entry.label,
    kind: entry.kind ?? kind,
    aliases: entry.aliases ?? [],
    represents: entry.represents ?? main?.represents,
    role: entry.role ?? main?.role,
    members: entry.members,
    surname: entry.surname,
    terms: entry.terms?.map((t) => ({ ...t })),
    metonyms: entry.metonyms,
  };
}

/** Cross-entry checks: unique ids, references to known entities and roles. */
export function checkReferences(loaded: Loaded, findRole: (title: string) => Role | undefined): void {
  const ids = new Map<string, string>();
  for (const { entity, file } of loaded.entries) {
    const other = ids.get(entity.id);
    if (other !== undefined)
      throw dataError(file, entity.id, `id already used in ${other}; ids must be unique`);
    ids.set(entity.id, file);
  }
  const countries = new Set(loaded.countries.map((c) => c.id));
  for (const { entity, file, ambiguous } of loaded.entries) {
    const where = `${entity.id} (${entity.label})`;
    for (const member of entity.members ?? []) {
      if (!countries.has(member)) throw dataError(file, where, `member ${member} is not a known country id`);
    }
    const terms = entity.terms ?? [];
    const represented = [entity.represents, ...terms.map((t) => t.represents)];
    for (const id of represented) {
      if (id !== undefined && !ids.has(id))
        throw dataError(file, where, `represents ${id}, which is no known id`);
    }
    if (entity.kind === 'Person') {
      for (const title of [entity.role, ...terms.map((t) => t.role)]) {
        if (title !== undefined && !findRole(title)) {
          throw dataError(file, where, `role "${title}" matches no role in roles.json; add it there`);
        }
      }
    }
    const country = entity as Partial<Country>;
    const names = new Set([
      entity.label,
      ...entity.aliases,
      ...(entity.metonyms ?? []),
      ...(country.capitals ?? []),
      ...(country.demonyms ?? []),
    ]);
    for (const name of ambiguous) {
      if (!names.has(name)) throw dataError(file, where, `ambiguous name "${name}" is not one of its names`);
    }
  }
}
