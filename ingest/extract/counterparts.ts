// "his Greek, Cypriot and French counterparts, Nikos Dendias, Nikos Christodoulides and Jean-Yves Le
// Drian, respectively", "his Greek counterpart, Nikos Dendias": people in apposition to counterparts named
// by their countries speak for those countries, in the order given, in the office of the one whose
// counterparts they are.
import type { Mention } from './mention.ts';
import type { Registry } from './registry.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

const POSSESSORS = new Set(['his', 'her', 'their']);
const LIST_WORDS = new Set([',', 'and']);
/** Words from the possessive to "counterparts" at most: "his Greek, Cypriot and French". */
const MAX_COUNTRIES = 12;

export function counterparts(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  lookups: SentenceLookups,
  registry: Registry,
): void {
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]?.lower;
    if ((word !== 'counterpart' && word !== 'counterparts') || tokens[k + 1]?.text !== ',') continue;
    const owner = mentions.find(
      (m) => m.end <= k && k - m.start <= MAX_COUNTRIES && POSSESSORS.has(tokens[m.start]?.lower ?? ''),
    );
    const countries = owner && countriesBetween(lookups, tokens, owner.end, k);
    if (!owner || !countries) continue;
    const people = peopleAfter(tokens, mentions, registry, k + 2);
    if (people.length !== countries.length) continue;
    const role = registry.entities.get(owner.ids[0] ?? '')?.role;
    people.forEach((id, n) => {
      registry.represent(id, countries[n] ?? '', role);
    });
  }
}

/** The countries of the demonyms from `from` to `to`, joined by commas and "and"; undefined if anything else stands there. */
function countriesBetween(
  lookups: SentenceLookups,
  tokens: readonly Token[],
  from: number,
  to: number,
): string[] | undefined {
  const countries: string[] = [];
  for (let j = from; j < to;) {
    const demonym = lookups.demonym(j);
    if (demonym) {
      countries.push(demonym.country.id);
      j += demonym.length;
    } else if (LIST_WORDS.has(tokens[j]?.lower ?? '')) j++;
    else return undefined;
  }
  return countries.length > 0 ? countries : undefined;
}

/** The people named one after another from `from`, joined by commas and "and". */
function peopleAfter(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  registry: Registry,
  from: number,
): string[] {
  const people: string[] = [];
  let j = from;
  for (;;) {
    const person = mentions.find((m) => m.start === j && m.ids.length === 1);
    if (!person || registry.entities.get(person.ids[0] ?? '')?.kind !== 'Person') return people;
    people.push(person.ids[0] ?? '');
    j = person.end;
    while (LIST_WORDS.has(tokens[j]?.lower ?? '')) j++;
  }
}
