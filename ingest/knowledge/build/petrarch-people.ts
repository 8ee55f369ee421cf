// People with dated roles from Phoenix.Countries.actors.txt: "SERGEY_LAVROV_ ... [RUSGOV >20040309] #
// Foreign Minister" gives Sergey Lavrov, Foreign Minister of RUS from 2004-03. Only named offices of the
// state (GOV, MIL) that are not stale; rules in ingest/knowledge/README.md.
import { slugify } from '../../input/id.ts';
import type { ActorEntry } from './actors.ts';
import { countDrop, type Drops } from './drops.ts';
import type { BuiltPerson, BuiltTerm } from './factbook.ts';
import { titleCase } from './people-names.ts';

/** Sectors of offices of the state: government and armed forces. */
const STATE_SECTORS = new Set(['GOV', 'MIL']);
/** The dictionary's people stop around 2014: what ran then is taken to run through 2015, no further. */
const HORIZON = '2015-12';
/**
 * An open role is believed only when begun in the dictionary's last three years: older open roles are
 * often long over (Yushchenko "President" from 2005, Tymoshenko "Prime Minister" from 2007).
 */
const OPEN_SINCE = '2012';
const NAME = /^[A-Z][A-Z.'-]*( [A-Z][A-Z.'-]*)+$/;

export interface PeopleContext {
  isCountry: (id: string) => boolean;
  /** The generic title of the role a title phrase names ("FOREIGN MINISTER" gives "Foreign Minister"). */
  roleOf: (title: string) => string | undefined;
}

export function readPetrarchPeople(
  entries: readonly ActorEntry[],
  context: PeopleContext,
): { people: BuiltPerson[]; drops: Drops } {
  const drops: Drops = {};
  const people = new Map<string, BuiltPerson>();
  for (const entry of entries) {
    if (!entry.codes.some((c) => c.from !== undefined || c.to !== undefined)) continue;
    const [primary = ''] = entry.names;
    if (!NAME.test(primary) || titled(primary, context) !== undefined) {
      countDrop(drops, 'person: not a full name (one word, a title, other letters)');
      continue;
    }
    const synonymRoles = new Set(entry.names.map((n) => titled(n, context)).filter((r) => r !== undefined));
    const terms: BuiltTerm[] = [];
    for (const code of entry.codes) {
      const represents = code.code.slice(0, 3);
      const sector = code.code.slice(3, 6);
      if (!STATE_SECTORS.has(sector) || !context.isCountry(represents)) {
        countDrop(drops, 'term: no office of a state (legislator, opposition, elite, other sectors)');
        continue;
      }
      const stale = code.to === undefined ? (code.from ?? '') < OPEN_SINCE : code.to < HORIZON;
      if (stale) {
        countDrop(drops, 'term: stale (ended before 2015, or open since before 2012)');
        continue;
      }
      const named = code.note === undefined ? undefined : context.roleOf(code.note);
      const role = named ?? (synonymRoles.size === 1 ? [...synonymRoles][0] : undefined);
      // Most entries give only the sector: thousands of officials of unknown office, who would cost
      // every thread megabytes of names and speak for no one after 2015.
      if (role === undefined) {
        countDrop(drops, 'term: no office named (the dictionary gives only the sector)');
        continue;
      }
      terms.push({
        role,
        represents,
        ...(code.from === undefined ? {} : { from: code.from }),
        to: code.to ?? HORIZON,
      });
    }
    if (terms.length === 0) continue;
    const label = titleCase(primary);
    const id = slugify(label);
    const aliases = entry.names
      .slice(1)
      // Spellings of the name ("Sergei Lavrov"), not titles in other languages ("Kanzler Merkel").
      .filter((n) => NAME.test(n) && n.charAt(0) === primary.charAt(0) && titled(n, context) === undefined)
      .map((n) => titleCase(n))
      .filter((n) => n !== label);
    const surname = entry.names.find((n) => !n.includes(' ') && label.toUpperCase().split(' ').includes(n));
    const person = people.get(id) ?? { id, label, terms: [] };
    person.terms.push(...terms);
    const allAliases = [...new Set([...(person.aliases ?? []), ...aliases])];
    if (allAliases.length > 0) person.aliases = allAliases;
    if (surname !== undefined) person.surname = titleCase(surname);
    people.set(id, person);
  }
  for (const person of people.values())
    person.terms.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
  return { people: [...people.values()].sort((a, b) => a.id.localeCompare(b.id)), drops };
}

/** The role a name starts with, after an optional first word ("RUSSIAN FOREIGN MINISTER LAVROV"). */
function titled(name: string, context: PeopleContext): string | undefined {
  const words = name.split(' ');
  for (const skip of [0, 1]) {
    for (let end = words.length - 1; end > skip; end--) {
      const role = context.roleOf(titleCase(words.slice(skip, end).join(' ')));
      if (role !== undefined) return role;
    }
  }
  return undefined;
}
