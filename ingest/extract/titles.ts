// Titled people in a sentence: "Russian Foreign Minister Sergei Lavrov", "Foreign Minister Wang" (a
// surname met before), "the Russian top diplomat" (a description of someone met before), "energy minister
// Yuval Steinitz" (a title in lower case, as journalists write it). A title tells whom the person
// represents and in which role; the country or organisation it names is mentioned too. A former office
// holder, a legislator or a cleric speaks for nobody but themselves.
import type { Country, KnowledgeBase, KnownEntity } from '../knowledge/types.ts';
import { mention, type Mention } from './mention.ts';
import {
  FORMER,
  isNameWord,
  isCapitalised,
  personNameEnd,
  spanText,
  startsUpper,
  TITLE_WORDS,
} from './names.ts';
import type { PersonResolver } from './person-resolver.ts';
import { PERSON_TITLE_WORDS, titleAt, type Title } from './person-titles.ts';
import type { Office, Registry } from './registry.ts';
import type { Token } from './sentences.ts';
import type { SentenceLookups } from './sentence-lookups.ts';

const DEFINITE = new Set(['the', 'his', 'her']);
/** Words that may follow the first word of a title: "Police and Crime Commissioner", "Foreign Ministers of", "Senator from". */
const TITLE_JOINERS = new Set(['and', '&', 'of', 'to', 'for', 'from', '-']);
/** Lower-case words naming a portfolio before an office: "energy minister", "trade and industry commissioner". */
const MAX_SECTOR_WORDS = 3;
/** Longest title before a name, in words: "Police and Crime Commissioner". */
const MAX_TITLE_WORDS = 4;

export class TitledPersonFinder {
  /** Last words of titles in lower case ("minister", "archbishop"): a cheap gate before looking back. */
  private readonly titleEnds: Set<string>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
    /** Shared with the MentionFinder, which points it at each sentence. */
    private readonly lookups: SentenceLookups,
    private readonly resolver: PersonResolver,
  ) {
    this.titleEnds = titleEnds(kb);
  }

  /**
   * "[former] [the] [Chinese|U.S.|UN] [sector words] Role [& Role] [of Country] [to Host] [Name] [of Country]":
   * a titled person, or, without a name, a description of one met before ("the Russian top diplomat").
   */
  find(tokens: readonly Token[], i: number): Mention | undefined {
    const texts = this.lookups.texts;
    const formerHere = FORMER.has(tokens[i]?.lower ?? '');
    const former = formerHere || FORMER.has(tokens[i - 1]?.lower ?? '');
    let j = formerHere ? i + 1 : i;
    const definite = DEFINITE.has(tokens[j]?.lower ?? '');
    if (definite) j++;
    let affiliation: string | undefined;
    const demonym = this.lookups.demonym(j);
    if (demonym && tokens[j + demonym.length]) {
      affiliation = this.affiliate(demonym.country, texts.slice(j, j + demonym.length));
      j += demonym.length;
    } else {
      const owner = this.lookups.name(j);
      if (
        owner &&
        (owner.entity.kind === 'Country' || owner.entity.kind === 'Organization') &&
        this.roleAt(tokens, j + owner.length)
      ) {
        affiliation = this.affiliate(owner.entity, texts.slice(j, j + owner.length));
        j += owner.length;
      } else if (!owner) {
        const polity = this.unknownPolity(tokens, j);
        if (polity) [affiliation, j] = polity;
      }
    }
    let role = this.roleAt(tokens, j) ?? this.sectorRoleAt(tokens, j, definite || affiliation !== undefined);
    if (!role) return undefined;
    // "Presidents Buhari and Talon" name known people; "Foreign Ministers of the SCO Member Countries"
    // names none.
    const plural = isPlural(tokens[j + role.length - 1]);
    let title = role.title;
    for (;;) {
      j += role.length;
      title = role.title ?? title;
      const joiner = tokens[j]?.text;
      const next = joiner === '&' || joiner === 'and' ? this.roleAt(tokens, j + 1) : undefined;
      if (!next) break;
      j++;
      role = next;
    }
    j = this.ownerAfter(j, (owner) => (affiliation = owner));
    j = constituencyEnd(tokens, j, this.lookups);
    // "Ambassador to Germany": the country of the post, not the one the ambassador speaks for.
    if (texts[j] === 'to') {
      const host = this.lookups.name(j + 1);
      if (host && host.entity.kind !== 'Person') j += 1 + host.length;
    }
    const nameEnd = plural && this.lookups.name(j)?.entity.kind !== 'Person' ? j : personNameEnd(tokens, j);
    if (nameEnd > j) {
      let end = nameEnd;
      if (texts[end] === 'of') {
        const owner = this.lookups.name(end + 1);
        if (owner?.entity.kind === 'Country') {
          affiliation ??= this.affiliate(owner.entity, texts.slice(end + 1, end + 1 + owner.length));
          end += 1 + owner.length;
        }
      }
      const office = former || role.personal ? personal(title) : { represents: affiliation, role: title };
      const person = this.resolver.person(tokens, j, nameEnd, office, tokens.slice(i, end));
      return person ? mention(i, end, [person]) : undefined;
    }
    if (!definite && !affiliation) return undefined;
    const described =
      this.described(title, affiliation) ?? this.holder(title, affiliation, spanText(tokens.slice(i, j)));
    return described ? mention(i, j, [described]) : undefined;
  }

  /**
   * "the Russian President", nobody of that office met before: the one who held it on the document's
   * date, as the knowledge base knows (without a date, the one who ever held it, if only one did).
   */
  private holder(
    title: string | undefined,
    affiliation: string | undefined,
    surface: string,
  ): string | undefined {
    const role = title === undefined ? undefined : this.kb.findRole(title);
    if (!role || affiliation === undefined) return undefined;
    const held = this.kb.holders(role, affiliation, this.registry.date);
    const person = held.length === 1 ? held[0] : undefined;
    return person && this.resolver.addKnown(person, surface, { represents: affiliation, role: title });
  }

  /**
   * A title written before a name in lower case, as journalists do ("energy minister Yuval Steinitz",
   * "archbishop Jorge Scheinig", "Italian economic development minister Stefano Patuanelli", "journalist
   * Jamal Khashoggi"): the person named at `i`, the mention starting at the title.
   */
  afterTitle(tokens: readonly Token[], i: number): Mention | undefined {
    const last = tokens[i - 1];
    // A name must follow the title: settled at the word itself, before anything is looked up.
    if (!last || last.text !== last.lower || !isNameWord(tokens[i])) return undefined;
    // The title-word set first: a role noun is a trie walk.
    const titled =
      this.titleEnds.has(last.lower) || (last.pos === 'NOUN' && this.lookups.agent(i - 1) !== undefined);
    if (!titled) return undefined;
    const nameEnd = personNameEnd(tokens, i);
    const known = this.lookups.name(i);
    if (nameEnd === i || this.lookups.demonym(i) || (known && known.entity.kind !== 'Person'))
      return undefined;
    let start = -1;
    let title: Title | undefined;
    for (let k = i - 1; k >= Math.max(0, i - MAX_TITLE_WORDS); k--) {
      const found = this.titleAt(tokens, k);
      if (found && k + found.length === i) {
        start = k;
        title = found;
      }
    }
    if (!title) return undefined;
    const first = start;
    while (start > 0 && first - start < MAX_SECTOR_WORDS && isSectorWord(tokens[start - 1])) start--;
    // "... Netanyahu and energy minister Yuval Steinitz": "and" joins a portfolio only inside it.
    while (tokens[start]?.lower === 'and') start++;
    const texts = this.lookups.texts;
    let affiliation: string | undefined;
    const demonym = this.demonymEndingAt(start);
    const owner = tokens[start - 1]?.lower === "'s" || tokens[start - 1]?.text === '’s' ? start - 1 : -1;
    if (demonym) {
      affiliation = this.affiliate(demonym.country, texts.slice(demonym.start, start));
      start = demonym.start;
    } else if (owner > 0) {
      const named = this.nameEndingAt(owner);
      if (named) {
        affiliation = this.affiliate(named.entity, texts.slice(named.start, owner));
        start = named.start;
      }
    }
    const former = FORMER.has(tokens[start - 1]?.lower ?? '');
    const office =
      former || title.personal ? personal(title.title) : { represents: affiliation, role: title.title };
    const person = this.resolver.person(tokens, i, nameEnd, office, tokens.slice(start, nameEnd));
    return person ? mention(start, nameEnd, [person]) : undefined;
  }

  /**
   * "California Attorney General Xavier Becerra": a name no list knows before an office of state and a
   * personal name is the government the holder serves, an organisation. Returns it and where it ends.
   */
  private unknownPolity(tokens: readonly Token[], j: number): [string, number] | undefined {
    // Asked at most capitalised words, and found at few: first whether the word can name a polity at
    // all, then the office, one or two words on, then the rest.
    if (!isPolityWord(tokens[j])) return undefined;
    let k = j + 1;
    let role = isCapitalised(tokens[k]) ? this.lookups.role(k) : undefined;
    if (!role && isCapitalised(tokens[j + 2])) role = this.lookups.role((k = j + 2));
    if (!role || personNameEnd(tokens, k + role.length) === k + role.length) return undefined;
    for (let w = j; w < k; w++) if (!isPolityWord(tokens[w]) || this.isKnownAt(w)) return undefined;
    const words = spanText(tokens.slice(j, k));
    const polity = this.registry.byNameKey(words) ?? this.registry.addNamed(words, 'Organization', words);
    return [polity.id, k];
  }

  /** A known name, a seat of government or an office starts at k. */
  private isKnownAt(k: number): boolean {
    return (
      this.lookups.name(k) !== undefined ||
      this.lookups.metonym(k) !== undefined ||
      this.lookups.role(k) !== undefined
    );
  }

  /** "energy minister", "economic development minister": portfolio words before an office. */
  private sectorRoleAt(tokens: readonly Token[], j: number, described: boolean): Title | undefined {
    if (!described && !isCapitalised(tokens[j - 1])) return undefined;
    for (let k = j; k < j + MAX_SECTOR_WORDS && isSectorWord(tokens[k]); k++) {
      const role = this.lookups.role(k + 1);
      if (role) return { title: role.role.title, personal: false, length: k + 1 - j + role.length };
    }
    return undefined;
  }

  /** A title at k in any case: an office, a role noun, a personal title, a noun for a person. */
  private titleAt(tokens: readonly Token[], k: number): Title | undefined {
    return titleAt(this.lookups, tokens, k, true);
  }

  private roleAt(tokens: readonly Token[], j: number): Title | undefined {
    if (tokens[j]?.lower === 'counterpart') return { personal: false, length: 1 };
    if (!isCapitalisedOrDescribed(tokens, j)) return undefined;
    // Asked at every capitalised word: a known name ("China", "Biden") is an office only if the
    // knowledge's offices say so, without the longer look-ups of role nouns.
    // So is a word that no name, list or "of" follows and no determiner describes: a sentence's first word.
    const next = tokens[j + 1];
    const opens = isCapitalised(next) || TITLE_JOINERS.has(next?.lower ?? '') || !isCapitalised(tokens[j]);
    if (this.lookups.name(j) || !opens) {
      const role = this.lookups.role(j);
      return role && { title: role.role.title, personal: false, length: role.length };
    }
    return titleAt(this.lookups, tokens, j, false);
  }

  private demonymEndingAt(end: number): { country: Country; start: number } | undefined {
    for (let k = end - 1; k >= Math.max(0, end - 2); k--) {
      const found = this.lookups.demonym(k);
      if (found && k + found.length === end) return { country: found.country, start: k };
    }
    return undefined;
  }

  /** A country or organisation whose name ends at `end`: the owner in "Argentina's foreign minister". */
  private nameEndingAt(end: number): { entity: KnownEntity; start: number } | undefined {
    for (let k = end - 1; k >= Math.max(0, end - 4); k--) {
      const found = this.lookups.name(k);
      if (found && k + found.length === end && found.entity.kind !== 'Person')
        return { entity: found.entity, start: k };
    }
    return undefined;
  }

  /** "of Country" after a title: whom the holder speaks for. Returns where the title ends. */
  private ownerAfter(j: number, found: (owner: string) => void): number {
    const texts = this.lookups.texts;
    if (texts[j] !== 'of') return j;
    const owner = this.lookups.name(j + 1);
    if (!owner || (owner.entity.kind !== 'Country' && owner.entity.kind !== 'Organization')) return j;
    found(this.affiliate(owner.entity, texts.slice(j + 1, j + 1 + owner.length)));
    return j + 1 + owner.length;
  }

  /** A person met earlier who fits a description: the role, the country, else the last one with the role. */
  private described(title: string | undefined, affiliation: string | undefined): string | undefined {
    if (!title && !affiliation) return undefined;
    return this.registry.peopleWithRole(title, affiliation)[0]?.id;
  }

  /** The country or organisation named in a title ("Russian", "of Russia") is mentioned too. */
  private affiliate(entity: KnownEntity, words: readonly string[]): string {
    return this.registry.addKnown(entity, words.join(' ')).id;
  }
}

/**
 * "Senator from Vermont Bernie Sanders", "Representative from New York Jerry Nadler": a legislator's
 * place after "from" is passed over. Its end: a place the knowledge knows, else all but the last two
 * capitalised words (the personal name), else one word before a surname.
 */
function constituencyEnd(tokens: readonly Token[], j: number, lookups: SentenceLookups): number {
  if (tokens[j]?.lower !== 'from') return j;
  const known = lookups.name(j + 1);
  if (known && (known.entity.kind === 'Place' || known.entity.kind === 'Country')) {
    return personNameEnd(tokens, j + 1 + known.length) > j + 1 + known.length ? j + 1 + known.length : j;
  }
  let run = 0;
  while (isCapitalised(tokens[j + 1 + run]) && tokens[j + 1 + run]?.pos === 'PROPN') run++;
  return run >= 2 ? j + 1 + Math.max(1, run - 2) : j;
}

const titleEndCache = new WeakMap<KnowledgeBase, Set<string>>();

function titleEnds(kb: KnowledgeBase): Set<string> {
  let ends = titleEndCache.get(kb);
  if (!ends) {
    ends = new Set();
    const titles = [...kb.roles.flatMap((r) => [r.title, ...r.variants]), ...PERSON_TITLE_WORDS];
    for (const title of titles) ends.add(title.toLowerCase().split(/\s+/).at(-1) ?? '');
    titleEndCache.set(kb, ends);
  }
  return ends;
}

/** A title that gives no office: kept as the person's role, so that "the senator" finds them later. */
function personal(title: string | undefined): Office {
  return { represents: undefined, role: title, none: true };
}

/** Titles count when capitalised ("Foreign Minister Wang") or in a description ("the top diplomat"). */
function isCapitalisedOrDescribed(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  const before = tokens[j - 1];
  return (
    isCapitalised(t) || (before !== undefined && (DESCRIBERS.has(before.lower) || startsUpper(before.text)))
  );
}

/** Words before a title in lower case that make it a description: "the top diplomat". */
const DESCRIBERS = new Set(['the', 'his', 'her', 'its', 'their']);

/** A proper noun that may be a word of a polity's name: no title word ("Deputy"), no acronym. */
function isPolityWord(t: Token | undefined): boolean {
  return t?.pos === 'PROPN' && isNameWord(t) && !TITLE_WORDS.has(t.lower);
}

function isPlural(t: Token | undefined): boolean {
  return t !== undefined && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}

/** A lower-case word naming a portfolio or rank: "energy", "economic", "development", "chief", "and". */
function isSectorWord(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.text === t.lower &&
    (t.pos === 'NOUN' || t.pos === 'ADJ' || t.lower === 'and') &&
    startsLetter(t.text)
  );
}

/** Starts with a letter; ASCII settled without a pattern, as in startsUpper. */
function startsLetter(text: string): boolean {
  const first = text.charCodeAt(0);
  return first < 128 ? (first >= 65 && first <= 90) || (first >= 97 && first <= 122) : /^\p{L}/u.test(text);
}
