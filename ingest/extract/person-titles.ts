// What can stand before or beside a personal name and say who the person is: an office of the knowledge
// base ("Foreign Minister"), a role noun of the knowledge base with whom its holder speaks for
// ("diplomat" for the country; "senator", "journalist" for nobody but themselves), or a title or noun of
// the lexicon that the knowledge base lacks ("Representative", "archbishop", "motorcyclist").
import names from '../lexicon/names.json' with { type: 'json' };
import { phrases } from './lexicon.ts';
import { ORGANIZATION_CLASSIFIERS } from './names.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

export interface Title {
  /** The office as a title ("Foreign Minister", "Senator"); none for "counterpart". */
  title?: string;
  /** A title of a person who speaks for no state ("Senator", "journalist"). */
  personal: boolean;
  length: number;
}

/** Titles of people who speak for no state ("Representative", "archbishop"), matched in any case. */
const PERSON_TITLES = phrases(names.personTitles);

/** Nouns for people, in an apposition or before a name ("a 19-year-old motorcyclist"). */
const PERSON_NOUNS = phrases(names.personNouns);

/** Every title and noun of the lexicon that can stand before a personal name. */
export const PERSON_TITLE_WORDS: readonly string[] = [...names.personTitles, ...names.personNouns];

/**
 * The title at k: an office, a role noun, else a title of the lexicon (with `nouns`, a noun for a person
 * too: "journalist Jamal Khashoggi", but not "Journalist" as the first word of a name).
 */
export function titleAt(
  lookups: SentenceLookups,
  tokens: readonly Token[],
  k: number,
  nouns: boolean,
): Title | undefined {
  const role = lookups.role(k);
  if (role) return { title: role.role.title, personal: false, length: role.length };
  const found = PERSON_TITLES.match(tokens, k) ?? (nouns ? PERSON_NOUNS.match(tokens, k) : undefined);
  // Legislators, judges, journalists: a named one speaks for themselves. An airline or a company is no
  // person's title.
  const agent = lookups.agent(k);
  if (agent && agent.length > (found?.length ?? 0) && !ORGANIZATION_CLASSIFIERS.has(tokens, k)) {
    const personal = agent.agent.speaksFor !== 'country';
    return { title: titleCase(tokens, k, agent.length), personal, length: agent.length };
  }
  return found && { title: titleCase(tokens, k, found.length), personal: true, length: found.length };
}

function titleCase(tokens: readonly Token[], k: number, length: number): string {
  return tokens
    .slice(k, k + length)
    .map((t) => (t.text.charAt(0).toUpperCase() + t.text.slice(1)).replace(/\.$/, ''))
    .join(' ');
}
