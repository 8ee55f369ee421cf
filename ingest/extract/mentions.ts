// Step 2: mentions of actors and issues in one sentence, resolved to entities of the document registry.
// Known names come from the knowledge base; titled names ("Russian Foreign Minister Sergei Lavrov"),
// surnames, acronyms, demonym phrases ("the Chinese side") and unknown capitalised names are recognised
// here; pronouns and group references are only marked, and resolved later with the discourse context.
import type { Country, KnowledgeBase, KnownEntity, NameMatch, Role } from '../knowledge/types.ts';
import { lexicon } from './lexicon.ts';
import type { Registry } from './registry.ts';
import {
  acronymAfter,
  CONNECTORS,
  headKind,
  HEADS,
  HYPHENS,
  IGNORED,
  initials,
  isAcronym,
  isCapitalised,
  isVerbCue,
  personNameEnd,
  spanText,
  SUFFIXES,
} from './names.ts';
import type { Token } from './sentences.ts';

export type Reference = 'person' | 'group' | 'author';

export interface Mention {
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  /** The entities it stands for (several for "they", "we"); empty until a reference is resolved. */
  ids: string[];
  /** Set for pronouns and group phrases, which the discourse step resolves. */
  reference?: Reference;
  /** Followed by "'s": the owner of what follows ("China's support for ..."). */
  possessive: boolean;
}

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
/** Lower-case words that can open a reference, a description or a titled name ("the Russian side"). */
const OPENERS = new Set([
  'the',
  'his',
  'her',
  'their',
  'its',
  'our',
  'both',
  'counterpart',
  ...lexicon.personPronouns,
  ...lexicon.authorPronouns,
  'they',
  'them',
]);
const CLOSING_QUOTES = new Map([
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
]);
const MAX_QUOTED = 5;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'our', 'my', 'its']);

/** Finds the mentions of one sentence, adding what it learns to the registry. */
export class MentionFinder {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
  ) {}

  /** Look-ups of the current sentence, by token index: each position is asked several times. */
  private names: (NameMatch | null)[] = [];
  private demonyms: ({ country: Country; length: number } | null)[] = [];

  private nameAt(texts: readonly string[], i: number): NameMatch | undefined {
    let found = this.names[i];
    if (found === undefined) this.names[i] = found = this.kb.matchName(texts, i) ?? null;
    return found ?? undefined;
  }

  private demonymAt(texts: readonly string[], i: number): { country: Country; length: number } | undefined {
    let found = this.demonyms[i];
    if (found === undefined) this.demonyms[i] = found = this.kb.matchDemonym(texts, i) ?? null;
    return found ?? undefined;
  }

  find(tokens: readonly Token[]): Mention[] {
    const texts = tokens.map((t) => t.text);
    this.names = [];
    this.demonyms = [];
    const mentions: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.at(tokens, texts, i);
      if (found) {
        const next = tokens[found.end];
        found.possessive ||= next !== undefined && POSSESSIVES.has(next.text);
        if (found.ids.length > 0 || found.reference) mentions.push(found);
        i = Math.max(found.end, i + 1);
      } else i++;
    }
    return mentions;
  }

  private at(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    // Most tokens are lower-case words that can only start an issue ("multilateralism"): one look-up.
    if (!isCapitalised(token) && !OPENERS.has(token.lower) && !CLOSING_QUOTES.has(token.text)) {
      return issueStarts(this.kb).has(token.lower) ? this.knownName(tokens, texts, i) : undefined;
    }
    return (
      this.quoted(tokens, texts, i) ??
      this.reference(tokens, i) ??
      this.titledPerson(tokens, texts, i) ??
      this.demonymPhrase(tokens, texts, i) ??
      this.knownName(tokens, texts, i) ??
      this.unknownName(tokens, texts, i)
    );
  }

  /**
   * A short term in quotation marks that is not a known name: a coined issue or slogan, such as releasing
   * a “political virus”. Quoted speech is longer or holds a verb, and is left alone.
   */
  private quoted(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const close = CLOSING_QUOTES.get(tokens[i]?.text ?? '');
    if (close === undefined) return undefined;
    let end = i + 1;
    while (end < i + 1 + MAX_QUOTED && tokens[end] && tokens[end]?.text !== close) end++;
    const inner = tokens.slice(i + 1, end);
    if (
      tokens[end]?.text !== close ||
      inner.length === 0 ||
      inner.some((t) => t.pos === 'VERB' || (t.pos === 'PUNCT' && !HYPHENS.has(t.text)))
    )
      return undefined;
    const known = this.nameAt(texts, i + 1);
    if ((known && known.length >= inner.length) || isCapitalised(inner[0])) return undefined;
    const label = spanText(inner);
    const entity =
      this.registry.byNameKey(label) ?? this.registry.addNamed(label, headKind(inner) ?? 'Concept', label);
    return { start: i + 1, end, ids: [entity.id], possessive: false };
  }

  private reference(tokens: readonly Token[], i: number): Mention | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    const group = lexicon.groupReferences.match(tokens, i);
    if (group) {
      const possessive = group.length === 1 && POSSESSIVE_PRONOUNS.has(token.lower);
      return { start: i, end: i + group.length, ids: [], reference: 'group', possessive };
    }
    // "He Lifeng" is a name, not the pronoun "he".
    if (token.text === 'He' && isCapitalised(tokens[i + 1]) && tokens[i + 1]?.pos === 'PROPN')
      return undefined;
    const possessive = POSSESSIVE_PRONOUNS.has(token.lower);
    if (lexicon.personPronouns.has(token.lower))
      return { start: i, end: i + 1, ids: [], reference: 'person', possessive };
    if (lexicon.authorPronouns.has(token.lower) && (token.lower !== 'us' || token.text === 'us')) {
      return { start: i, end: i + 1, ids: [], reference: 'author', possessive };
    }
    return undefined;
  }

  /**
   * "[the] [Chinese|U.S.|UN] Role [& Role] [of Country] [Name] [of Country]": a titled person, or, without a
   * name, a description of one met before ("the Russian top diplomat").
   */
  private titledPerson(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    let j = i;
    const definite = tokens[j]?.lower === 'the' || tokens[j]?.lower === 'his' || tokens[j]?.lower === 'her';
    if (definite) j++;
    let affiliation: string | undefined;
    const demonym = this.demonymAt(texts, j);
    if (demonym && tokens[j + demonym.length]) {
      affiliation = this.affiliate(demonym.country, texts.slice(j, j + demonym.length));
      j += demonym.length;
    } else {
      const owner = this.nameAt(texts, j);
      if (
        owner &&
        (owner.entity.kind === 'Country' || owner.entity.kind === 'Organization') &&
        this.roleAt(tokens, texts, j + owner.length)
      ) {
        affiliation = this.affiliate(owner.entity, texts.slice(j, j + owner.length));
        j += owner.length;
      }
    }
    let role = this.roleAt(tokens, texts, j);
    if (!role) return undefined;
    let title: string | undefined = role.role?.title;
    for (;;) {
      j += role.length;
      title = role.role?.title ?? title;
      const joiner = tokens[j]?.text;
      const next = joiner === '&' || joiner === 'and' ? this.roleAt(tokens, texts, j + 1) : undefined;
      if (!next) break;
      j++;
      role = next;
    }
    if (texts[j] === 'of') {
      const owner = this.nameAt(texts, j + 1);
      if (owner && (owner.entity.kind === 'Country' || owner.entity.kind === 'Organization')) {
        affiliation = this.affiliate(owner.entity, texts.slice(j + 1, j + 1 + owner.length));
        j += 1 + owner.length;
      }
    }
    const nameEnd = personNameEnd(tokens, j);
    if (nameEnd > j) {
      let end = nameEnd;
      if (texts[end] === 'of') {
        const owner = this.nameAt(texts, end + 1);
        if (owner?.entity.kind === 'Country') {
          affiliation ??= this.affiliate(owner.entity, texts.slice(end + 1, end + 1 + owner.length));
          end += 1 + owner.length;
        }
      }
      const person = this.person(tokens, texts, j, nameEnd, affiliation, title, tokens.slice(i, end));
      return person ? { start: i, end, ids: [person], possessive: false } : undefined;
    }
    if (!definite && !affiliation) return undefined;
    const described = this.described(title, affiliation);
    return described ? { start: i, end: j, ids: [described], possessive: false } : undefined;
  }

  private roleAt(
    tokens: readonly Token[],
    texts: readonly string[],
    j: number,
  ): { role?: Role; length: number } | undefined {
    if (tokens[j]?.lower === 'counterpart') return { length: 1 };
    const role = this.kb.matchRole(texts, j);
    return role && isCapitalisedOrDescribed(tokens, j) ? role : undefined;
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

  /** Whom a known person speaks for is part of the story even when the text does not name it. */
  private represented(id: string | undefined): void {
    const entity = id === undefined ? undefined : this.kb.entities.get(id);
    if (entity && !this.registry.entities.has(entity.id)) this.registry.add(entity);
  }

  /** Resolves a personal name: the knowledge base, then people of this document, else a new person. */
  private person(
    tokens: readonly Token[],
    texts: readonly string[],
    start: number,
    end: number,
    represents: string | undefined,
    role: string | undefined,
    span: readonly Token[],
  ): string | undefined {
    const surface = spanText(span);
    const known = this.nameAt(texts, start);
    if (known?.entity.kind === 'Person' && known.length >= end - start - 1) {
      const person = this.registry.addKnown(withOffice(known.entity, represents, role), surface);
      this.represented(person.represents);
      return person.id;
    }
    const words = tokens.slice(start, end).filter((t) => !SUFFIXES.has(t.lower) && t.text !== ',');
    const last = words[words.length - 1];
    if (words.length === 1 && last) {
      const met = this.registry.personBySurname(last.text);
      if (met) {
        this.registry.seen(met, surface);
        return met.id;
      }
    }
    const fullName = words.map((t) => t.text).join(' ');
    if (!fullName) return undefined;
    const met = this.registry.byNameKey(fullName);
    if (met?.kind === 'Person') {
      this.registry.seen(met, surface);
      return met.id;
    }
    return this.registry.addPerson(fullName, surface, represents, role).id;
  }

  /** "the Chinese side", "the Russian government", "Ukrainian people", "Russian military forces": the country. */
  private demonymPhrase(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const start = tokens[i]?.lower === 'the' ? i + 1 : i;
    const demonym = this.demonymAt(texts, start);
    if (!demonym) return undefined;
    let j = start + demonym.length;
    const body = this.kb.matchBody(texts, j);
    if (body) j += body.length;
    else {
      let k = j;
      while (
        k < j + 2 &&
        tokens[k] &&
        !lexicon.sideWords.has(tokens[k]?.lower ?? '') &&
        tokens[k]?.pos === 'ADJ'
      )
        k++;
      if (!lexicon.sideWords.has(tokens[k]?.lower ?? '')) {
        // A bare demonym ("Indian Foreign Ministers") still tells us the country takes part in the story.
        this.registry.addKnown(demonym.country, texts.slice(start, j).join(' '));
        return undefined;
      }
      j = k + 1;
    }
    const country = this.registry.addKnown(demonym.country, spanText(tokens.slice(i, j)));
    return { start: i, end: j, ids: [country.id], possessive: false };
  }

  private knownName(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const match = this.nameAt(texts, i);
    const metonym = match ? undefined : this.kb.metonym(texts, i);
    const found = match ?? metonym;
    if (!found) return undefined;
    const end = i + found.length;
    // "in Moscow" is a place; "Moscow said" is Russia.
    const place = metonym !== undefined && lexicon.placePrepositions.has(tokens[i - 1]?.lower ?? '');
    if (place) return { start: i, end, ids: [], possessive: false };
    if (found.entity.kind === 'Person' && found.length === 1) {
      const met = this.registry.personBySurname(texts[i] ?? '');
      if (met && met.id !== found.entity.id) {
        this.registry.seen(met, texts[i] ?? '');
        return { start: i, end, ids: [met.id], possessive: false };
      }
    }
    const entity = this.registry.addKnown(found.entity, spanText(tokens.slice(i, end)));
    this.represented(entity.represents);
    const acronym = acronymAfter(tokens, end);
    if (acronym) this.registry.alias(entity.id, acronym.text);
    return { start: i, end: acronym?.end ?? end, ids: [entity.id], possessive: false };
  }

  /** Capitalised words the knowledge base does not know: classified by their head noun, else skipped. */
  private unknownName(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const first = tokens[i];
    if (!isCapitalised(first) || !first || IGNORED.has(first.lower) || isVerbCue(first)) return undefined;
    // A demonym is never part of an unknown name: "the Meeting of Chinese, Russian and Indian Ministers".
    const free = (k: number): boolean => !this.nameAt(texts, k) && !this.demonymAt(texts, k);
    if (!free(i)) return undefined;
    let end = i + 1;
    for (;;) {
      const t = tokens[end];
      if (!t) break;
      if (isCapitalised(t) && !isVerbCue(t) && !POSSESSIVES.has(t.text) && free(end)) end++;
      else if (
        (CONNECTORS.has(t.lower) || HYPHENS.has(t.text)) &&
        isCapitalised(tokens[end + 1]) &&
        free(end + 1)
      )
        end += 2;
      else break;
    }
    // "Indo-Pacific strategy", "Belt and Road initiative": a lower-case head after a proper adjective.
    const tail = tokens[end];
    if (tail && HEADS.get(tail.lower) === 'Initiative' && tail.text === tail.lower) end++;
    const span = tokens.slice(i, end);
    const surface = spanText(span);
    const acronym = acronymAfter(tokens, end);
    if (span.length === 1) return this.singleWord(tokens, i, acronym);
    const known = this.registry.byNameKey(surface);
    const kind =
      known?.kind ?? headKind(span) ?? (this.looksLikePerson(tokens, i, end) ? 'Person' : undefined);
    if (!kind) return { start: i, end, ids: [], possessive: false };
    const entity = known
      ? (this.registry.seen(known, surface), known)
      : kind === 'Person'
        ? this.registry.addPerson(surface, surface)
        : this.registry.addNamed(surface, kind, surface);
    this.registry.alias(entity.id, initials(span));
    if (acronym) this.registry.alias(entity.id, acronym.text);
    return {
      start: i,
      end: acronym ? acronym.end : end,
      ids: kind === 'Place' ? [] : [entity.id],
      possessive: false,
    };
  }

  private singleWord(
    tokens: readonly Token[],
    i: number,
    acronym: { text: string; end: number } | undefined,
  ): Mention | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    const met =
      this.registry.personBySurname(token.text) ??
      (isAcronym(token.text) ? this.registry.byNameKey(token.text) : undefined);
    if (met) {
      this.registry.seen(met, token.text);
      return { start: i, end: i + 1, ids: [met.id], possessive: false };
    }
    const head = HEADS.get(token.lower);
    if (acronym && head && head !== 'Place') {
      const entity = this.registry.addNamed(token.text, head, token.text);
      this.registry.alias(entity.id, acronym.text);
      return { start: i, end: acronym.end, ids: [entity.id], possessive: false };
    }
    // An unknown surname that speaks ("Lavrov said") is a person.
    if (token.pos === 'PROPN' && lexicon.reporting.has(tokens, i + 1) && !isAcronym(token.text)) {
      return {
        start: i,
        end: i + 1,
        ids: [this.registry.addPerson(token.text, token.text).id],
        possessive: false,
      };
    }
    return undefined;
  }

  /** Two or three proper nouns that speak or carry a title after a comma ("Scott Bessent, Secretary ..."). */
  private looksLikePerson(tokens: readonly Token[], start: number, end: number): boolean {
    const n = end - start;
    if (n < 2 || n > 3 || tokens.slice(start, end).some((t) => t.pos !== 'PROPN' || CONNECTORS.has(t.lower)))
      return false;
    if (lexicon.reporting.has(tokens, end)) return true;
    return (
      tokens[end]?.text === ',' &&
      this.kb.matchRole(
        tokens.map((t) => t.text),
        end + 1,
      ) !== undefined
    );
  }
}

const issueStartCache = new WeakMap<KnowledgeBase, Set<string>>();

/** First words of the names that may be written in lower case (issues): a cheap gate before the trie. */
function issueStarts(kb: KnowledgeBase): Set<string> {
  let starts = issueStartCache.get(kb);
  if (!starts) {
    starts = new Set();
    for (const e of kb.entities.values()) {
      if (e.kind !== 'Concept' && e.kind !== 'Initiative') continue;
      for (const name of [e.label, ...e.aliases]) starts.add(name.split(/[\s-]/)[0]?.toLowerCase() ?? '');
    }
    issueStartCache.set(kb, starts);
  }
  return starts;
}

function withOffice(
  known: KnownEntity,
  represents: string | undefined,
  role: string | undefined,
): KnownEntity {
  if (known.represents || (!represents && !role)) return known;
  return { ...known, represents: known.represents ?? represents, role: known.role ?? role };
}

/** Titles count when capitalised ("Foreign Minister Wang") or in a description ("the top diplomat"). */
function isCapitalisedOrDescribed(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  return (
    isCapitalised(t) ||
    ['the', 'his', 'her', 'its', 'their'].includes(tokens[j - 1]?.lower ?? '') ||
    /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '')
  );
}
