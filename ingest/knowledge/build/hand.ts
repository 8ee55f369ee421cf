// What the hand data already knows, for the converters: they leave out what it names (hand data wins)
// and map titles and country names onto it.
import { slugify } from '../../input/id.ts';
import { loadCountries } from '../countries.ts';
import { entityFile, readData, roleFile } from '../schema.ts';

/** Hand entity files whose names built organisations must not take. */
const ENTITY_FILES = [
  'organizations.json',
  'initiatives.json',
  'people.json',
  'concepts.json',
  'places.json',
];

/** Factbook country names the country data does not carry. */
const FACTBOOK_NAMES: Record<string, string> = {
  DRC: 'COD',
  'Congo (Brazzaville)': 'COG',
  Burma: 'MMR',
  'The Bahamas': 'BHS',
  'The Gambia': 'GMB',
  'The Dominican': 'DOM',
  Swaziland: 'SWZ',
  Macedonia: 'MKD',
  'Holy See (Vatican City)': 'VAT',
};

export interface HandData {
  /** Our id of a sovereign state by one of its names as the Factbook writes them. */
  stateOf: (name: string) => string | undefined;
  isState: (id: string) => boolean;
  /** The generic title of a role by any of its wordings ("Secretary of State" gives "Foreign Minister"). */
  roleOf: (title: string) => string | undefined;
  /** A role, a body, or a country's name or demonym, in lower case. */
  namesNoun: (noun: string) => boolean;
  /** Any name of a hand entity or a country, compared as slugs. */
  namesEntity: (name: string) => boolean;
  /** A country's name or demonym ("Indian", "Sudan"). */
  isCountryWord: (word: string) => boolean;
}

export function readHandData(): HandData {
  const countries = loadCountries().map((c) => c.country);
  const states = new Map<string, string>();
  const countryWords = new Set<string>();
  const entityNames = new Set<string>();
  for (const country of countries) {
    const names = [country.label, ...country.aliases];
    for (const name of [...names, ...country.demonyms]) {
      countryWords.add(name.toLowerCase());
      entityNames.add(slugify(name));
    }
    if (country.kind === 'Country') for (const name of names) states.set(slugify(name), country.id);
  }
  for (const [name, id] of Object.entries(FACTBOOK_NAMES)) states.set(slugify(name), id);
  for (const file of ENTITY_FILES) {
    for (const entry of readData(file, entityFile)) {
      for (const name of [entry.label, ...(entry.aliases ?? [])]) entityNames.add(slugify(name));
    }
  }
  const { roles, bodies } = readData('roles.json', roleFile);
  const roleTitles = new Map<string, string>();
  for (const role of roles)
    for (const n of [role.title, ...role.variants]) roleTitles.set(n.toLowerCase(), role.title);
  const nouns = new Set([...roleTitles.keys(), ...countryWords]);
  for (const body of bodies) for (const n of [body.title, ...body.variants]) nouns.add(n.toLowerCase());
  const stateIds = new Set(states.values());
  return {
    stateOf: (name) => states.get(slugify(name)),
    isState: (id) => stateIds.has(id),
    roleOf: (title) => roleTitles.get(title.toLowerCase()),
    namesNoun: (noun) => nouns.has(noun),
    namesEntity: (name) => entityNames.has(slugify(name)),
    isCountryWord: (word) => countryWords.has(word.toLowerCase()),
  };
}
