// Countries and territories: the world-countries package gives codes, names, demonyms and capitals;
// data/countries.json adds what news English needs and the package lacks (variants, metonyms, plurals).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { countryFile, dataError, readData, type CountryEntry } from './schema.ts';
import type { Country } from './types.ts';

const FILE = 'countries.json';

/** Package alternative spellings kept as names: English state forms only, not native names or codes. */
const STATE_FORM =
  /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Union|Sultanate|Confederation|Duchy|Emirates)\b/;
const FOREIGN_WORD = /\b(de|des|du|la|le|da|do|del|di|y|et|ta|och|og)\b/;

export interface CountryData {
  country: Country;
  /** Names of it that often mean something else. */
  ambiguous: string[];
  /** Names from our data, which win over the package's when two countries claim one ("Congo"). */
  preferredNames: string[];
  /** Demonyms from our data, which win likewise ("Dominican" is the Dominican Republic's, not Dominica's). */
  preferredDemonyms: string[];
}

export function loadCountries(): CountryData[] {
  const overrides = readData(FILE, countryFile);
  const byPackageCode = new Map<string, [string, CountryEntry]>();
  for (const [id, entry] of Object.entries(overrides)) byPackageCode.set(entry.from ?? id, [id, entry]);

  // Read, not required: a JSON require goes through every loader hook (tsx, vitest) and costs far more.
  const path = createRequire(import.meta.url).resolve('world-countries/countries.json');
  const world = JSON.parse(readFileSync(path, 'utf8')) as Countries;
  const seen = new Set<string>();
  const result = world.map((raw): CountryData => {
    const [id, extra] = byPackageCode.get(raw.cca3) ?? [raw.cca3, {}];
    seen.add(id);
    const label = extra.label ?? raw.name.common;
    const drop = new Set([label]);
    const official = raw.name.official.includes('(') ? [] : [raw.name.official];
    const alternatives = raw.altSpellings.filter(
      (name) => /^[A-Za-z' .-]+$/.test(name) && STATE_FORM.test(name) && !FOREIGN_WORD.test(name),
    );
    const english = raw.demonyms['eng'];
    const packageDemonyms = english ? [english.m, english.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)) : [];
    const demonyms = unique([...(extra.demonyms ?? []), ...packageDemonyms.flatMap(withPlural)]);
    const country: Country = {
      id,
      label,
      kind: extra.kind ?? (raw.independent ? 'Country' : 'Place'),
      aliases: unique([raw.name.common, ...official, ...alternatives, ...(extra.aliases ?? [])]).filter(
        (name) => !drop.has(name),
      ),
      iso2: extra.iso2 ?? raw.cca2,
      iso3: id,
      demonyms: demonyms.filter((d) => d !== ''),
      capitals: unique([...raw.capital, ...(extra.capitals ?? [])]),
      metonyms: extra.metonyms ?? [],
    };
    return {
      country,
      ambiguous: extra.ambiguous ?? [],
      preferredNames: [label, ...(extra.aliases ?? [])],
      preferredDemonyms: extra.demonyms ?? [],
    };
  });
  for (const id of Object.keys(overrides)) {
    if (!seen.has(id))
      throw dataError(FILE, id, 'no such country in the world-countries package; check the code');
  }
  return result;
}

/** "Russian" gives "Russians", "Israeli" gives "Israelis"; other plurals ("Turks", "Danes") are in the data. */
function withPlural(adjective: string): string[] {
  return /(an|i|k|o)$/.test(adjective) ? [adjective, `${adjective}s`] : [adjective];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
