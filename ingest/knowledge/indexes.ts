// Token tries over the loaded data, and the look-ups the extractor calls at every token.
import type { Loaded } from './index.ts';
import { surnameForms, tokenizeName } from './normalize.ts';
import { PhraseTrie } from './trie.ts';
import { inTerm } from './terms.ts';
import type { Agent, Body, Country, KnownEntity, KnowledgeBase, NameMatch, Role, Term } from './types.ts';

interface Named<T> {
  value: T;
  ambiguous: boolean;
  /** Written all in lower case in the data ("euro area"), so lower case in the text is no reason to doubt it. */
  caseless: boolean;
}

const THE = new Set(['the', 'The', 'THE']);

/** Names are stored without a leading "the"; matchName and metonym accept one in the text. */
const withoutThe = (name: string): string => (/^the /i.test(name) ? name.slice(4) : name);

export function buildIndexes(
  loaded: Loaded,
  bodyList: readonly Body[],
  honorificList: readonly string[],
  readAgents: () => readonly Agent[],
): KnowledgeBase {
  const conflicts: string[] = [];
  const built = new Set(loaded.entries.filter((e) => e.file.startsWith('built/')).map((e) => e.entity.id));
  const add = <T extends { id: string }>(
    trie: PhraseTrie<Named<T>>,
    name: string,
    value: T,
    ambiguous: boolean,
  ) => {
    const caseless = name === name.toLowerCase();
    const kept = trie.insert(withoutThe(name), { value, ambiguous, caseless });
    if (kept?.value.id === value.id) kept.caseless ||= caseless;
    // Territories come last on purpose ("American" is the USA's, not the Northern Mariana Islands').
    const territory = 'kind' in value && value.kind === 'Place' && 'iso3' in value;
    // Generated files leave out what the hand data names; among themselves, load order decides.
    if (kept && kept.value.id !== value.id && !territory && !built.has(value.id)) {
      conflicts.push(`"${name}": ${kept.value.id} kept, ${value.id} left out`);
    }
  };

  // Order sets precedence when two entities claim a name: our own country data, then states, then
  // organisations, initiatives, people, concepts, places, and territories last.
  const states = loaded.entries.filter((e) => e.entity.kind === 'Country' && e.file === 'countries.json');
  const territories = loaded.entries.filter(
    (e) => e.entity.kind !== 'Country' && e.file === 'countries.json',
  );
  const others = loaded.entries.filter((e) => e.file !== 'countries.json');
  const ambiguousOf = new Map(loaded.entries.map((e) => [e.entity.id, new Set(e.ambiguous)]));
  const isAmbiguous = (id: string, name: string) => ambiguousOf.get(id)?.has(name) ?? false;

  const names = new PhraseTrie<Named<KnownEntity>>();
  for (const { entity, preferredNames = [] } of states) {
    for (const name of preferredNames) add(names, name, entity, isAmbiguous(entity.id, name));
  }
  for (const { entity } of [...states, ...others, ...territories]) {
    for (const name of [entity.label, ...entity.aliases])
      add(names, name, entity, isAmbiguous(entity.id, name));
  }

  const countries = loaded.countries;
  const statesOnly = countries.filter((c) => c.kind === 'Country');

  const metonyms = new PhraseTrie<Named<KnownEntity>>();
  for (const { entity } of others) {
    for (const name of entity.metonyms ?? []) add(metonyms, name, entity, isAmbiguous(entity.id, name));
  }
  for (const country of statesOnly) {
    for (const name of [...country.metonyms, ...country.capitals]) {
      add(metonyms, name, country, isAmbiguous(country.id, name));
    }
  }

  const demonyms = new PhraseTrie<Named<Country>>();
  for (const country of statesOnly) {
    for (const name of loaded.preferredDemonyms.get(country.id) ?? []) add(demonyms, name, country, false);
  }
  for (const country of [...statesOnly, ...countries.filter((c) => c.kind !== 'Country')]) {
    for (const name of country.demonyms) add(demonyms, name, country, false);
  }

  const roles = variantTrie(loaded.roles);
  const bodies = variantTrie(bodyList);
  const honorifics = new PhraseTrie<string>();
  for (const honorific of honorificList) honorifics.insert(honorific, honorific);

  const properName = (named: Named<KnownEntity>, upper: boolean) =>
    upper || named.caseless || named.value.kind === 'Concept';
  const capitalised = (token: string | undefined) => {
    const first = token?.charAt(0) ?? '';
    return first !== first.toLowerCase();
  };
  const matchName = (tokens: readonly string[], i: number) => withArticle(names, tokens, i, properName);
  // People carry few distinct titles; remember each answer, as every term asks again.
  const roleOfTitle = new Map<string, Role | undefined>();
  const findRole = (title: string) => {
    if (!roleOfTitle.has(title)) {
      roleOfTitle.set(title, whole(tokenizeName(title), (t) => roles.match(t, 0))?.value);
    }
    return roleOfTitle.get(title);
  };
  let holders: KnowledgeBase['holders'] | undefined;
  let agents: PhraseTrie<Agent> | undefined;
  let titled: KnowledgeBase['titled'] | undefined;

  return {
    entities: new Map(loaded.entries.map((e) => [e.entity.id, e.entity])),
    countries,
    roles: loaded.roles,
    bodies: bodyList,
    honorifics: honorificList,
    conflicts,
    matchName,
    lookup: (name) => whole(tokenizeName(name), (t) => matchName(t, 0))?.entity,
    countryOfDemonym: (word) => {
      const tokens = tokenizeName(word);
      return capitalised(tokens[0]) ? whole(tokens, (t) => demonyms.match(t, 0))?.value.value : undefined;
    },
    matchDemonym: (tokens, i) => {
      const m = capitalised(tokens[i]) ? demonyms.match(tokens, i) : undefined;
      return m && { country: m.value.value, length: m.length };
    },
    metonym: (tokens, i) => withArticle(metonyms, tokens, i, (_, upper) => upper),
    matchRole: (tokens, i) => {
      const m = roles.match(tokens, i);
      return m && { role: m.value, length: m.length };
    },
    findRole,
    matchBody: (tokens, i) => {
      const m = bodies.match(tokens, i);
      return m && { body: m.value, length: m.length };
    },
    matchAgent: (tokens, i) => {
      agents ??= agentTrie(readAgents());
      const m = agents.match(tokens, i);
      return m && { agent: m.value, length: m.length };
    },
    matchHonorific: (tokens, i) => {
      const m = capitalised(tokens[i]) ? honorifics.match(tokens, i) : undefined;
      return m && { honorific: m.value, length: m.length };
    },
    holders: (role, represents, date) => {
      holders ??= holderIndex(loaded, findRole);
      return holders(role, represents, date);
    },
    titled: (surname, role) => {
      titled ??= surnameIndex(loaded, findRole);
      return titled(surname, role);
    },
  };
}

/** People by the name used alone and the offices they held at any time: "President Yoon", "Secretary Austin". */
function surnameIndex(loaded: Loaded, findRole: (title: string) => Role | undefined) {
  const index = new Map<string, KnownEntity[]>();
  for (const { entity } of loaded.entries) {
    if (entity.kind !== 'Person' || !entity.surname) continue;
    for (const key of surnameForms(entity.surname)) index.set(key, [...(index.get(key) ?? []), entity]);
  }
  return (surname: string, role: Role): KnownEntity[] =>
    (index.get(surname.toLowerCase()) ?? []).filter((person) =>
      (person.terms ?? []).some((term) => findRole(term.role)?.id === role.id),
    );
}

function agentTrie(list: readonly Agent[]): PhraseTrie<Agent> {
  const trie = new PhraseTrie<Agent>();
  for (const agent of list) trie.insert(agent.noun, agent);
  return trie;
}

function variantTrie<T extends { title: string; variants: string[] }>(items: readonly T[]): PhraseTrie<T> {
  const trie = new PhraseTrie<T>();
  for (const item of items) for (const name of [item.title, ...item.variants]) trie.insert(name, item);
  return trie;
}

/** A match of a name, with a leading "the" counted in its length (never before a person's name). */
function withArticle(
  trie: PhraseTrie<Named<KnownEntity>>,
  tokens: readonly string[],
  i: number,
  accept: (named: Named<KnownEntity>, upper: boolean) => boolean,
): NameMatch | undefined {
  const article = THE.has(tokens[i] ?? '');
  const m = trie.match(tokens, article ? i + 1 : i, accept);
  if (!m || (article && m.value.value.kind === 'Person')) return undefined;
  const result: NameMatch = { entity: m.value.value, length: m.length + (article ? 1 : 0) };
  if (m.value.ambiguous) result.ambiguous = true;
  return result;
}

/** The match only if it spans all the tokens. */
function whole<M extends { length: number }>(
  tokens: string[],
  match: (t: string[]) => M | undefined,
): M | undefined {
  const m = tokens.length > 0 ? match(tokens) : undefined;
  return m && m.length === tokens.length ? m : undefined;
}

/** People by office and the entity they speak for, newest first, filtered by the date of a document. */
function holderIndex(loaded: Loaded, findRole: (title: string) => Role | undefined) {
  const index = new Map<string, { person: KnownEntity; term: Term }[]>();
  for (const { entity } of loaded.entries) {
    for (const term of entity.terms ?? []) {
      const role = findRole(term.role);
      if (!role) continue;
      const key = `${role.id} ${term.represents}`;
      const list = index.get(key) ?? [];
      list.push({ person: entity, term });
      index.set(key, list);
    }
  }
  for (const list of index.values())
    list.sort((a, b) => (b.term.from ?? '').localeCompare(a.term.from ?? ''));
  return (role: Role, represents: string, date?: string): KnownEntity[] => {
    const list = index.get(`${role.id} ${represents}`) ?? [];
    const current = list.filter(({ term }) => date === undefined || inTerm(term, date));
    return [...new Set(current.map((h) => h.person))];
  };
}
