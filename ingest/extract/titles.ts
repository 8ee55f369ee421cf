// Titled people in a sentence: "Russian Foreign Minister Sergei Lavrov", "Foreign Minister Wang" (a
// surname met before), "the Russian top diplomat" (a description of someone met before). A title tells
// whom the person represents and in which role; the country or organisation it names is mentioned too.
import type { KnowledgeBase, KnownEntity, Role } from '../knowledge/types.ts';
import { mention, type Mention } from './mention.ts';
import { personNameEnd, spanText, SUFFIXES, isCapitalised } from './names.ts';
import type { Office, Registry } from './registry.ts';
import type { Token } from './sentences.ts';
import type { SentenceLookups } from './sentence-lookups.ts';

export class TitledPersonFinder {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
    /** Shared with the MentionFinder, which points it at each sentence. */
    private readonly lookups: SentenceLookups,
  ) {}

  /**
   * "[the] [Chinese|U.S.|UN] Role [& Role] [of Country] [Name] [of Country]": a titled person, or, without a
   * name, a description of one met before ("the Russian top diplomat").
   */
  find(tokens: readonly Token[], i: number): Mention | undefined {
    const texts = this.lookups.texts;
    let j = i;
    const definite = tokens[j]?.lower === 'the' || tokens[j]?.lower === 'his' || tokens[j]?.lower === 'her';
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
      }
    }
    let role = this.roleAt(tokens, j);
    if (!role) return undefined;
    let title: string | undefined = role.role?.title;
    for (;;) {
      j += role.length;
      title = role.role?.title ?? title;
      const joiner = tokens[j]?.text;
      const next = joiner === '&' || joiner === 'and' ? this.roleAt(tokens, j + 1) : undefined;
      if (!next) break;
      j++;
      role = next;
    }
    if (texts[j] === 'of') {
      const owner = this.lookups.name(j + 1);
      if (owner && (owner.entity.kind === 'Country' || owner.entity.kind === 'Organization')) {
        affiliation = this.affiliate(owner.entity, texts.slice(j + 1, j + 1 + owner.length));
        j += 1 + owner.length;
      }
    }
    const nameEnd = personNameEnd(tokens, j);
    if (nameEnd > j) {
      let end = nameEnd;
      if (texts[end] === 'of') {
        const owner = this.lookups.name(end + 1);
        if (owner?.entity.kind === 'Country') {
          affiliation ??= this.affiliate(owner.entity, texts.slice(end + 1, end + 1 + owner.length));
          end += 1 + owner.length;
        }
      }
      const person = this.person(tokens, j, nameEnd, affiliation, title, tokens.slice(i, end));
      return person ? mention(i, end, [person]) : undefined;
    }
    if (!definite && !affiliation) return undefined;
    const described = this.described(title, affiliation);
    return described ? mention(i, j, [described]) : undefined;
  }

  private roleAt(tokens: readonly Token[], j: number): { role?: Role; length: number } | undefined {
    if (tokens[j]?.lower === 'counterpart') return { length: 1 };
    const role = this.kb.matchRole(this.lookups.texts, j);
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

  /**
   * Adds a known entity, and whom it speaks for: that is part of the story even when the text does not
   * name it.
   */
  addKnown(known: KnownEntity, surface: string, stated?: Office): string {
    const added = this.registry.addKnown(known, surface, stated);
    const represented = added.represents === undefined ? undefined : this.kb.entities.get(added.represents);
    if (represented && !this.registry.entities.has(represented.id)) this.registry.add(represented);
    return added.id;
  }

  /**
   * The one known person a title and a name used alone can mean: "President Yoon", "National Security
   * Advisor Sullivan", "Prime Minister Johnson of the United Kingdom". Someone who never held the office is not meant
   * ("President Carter" is not Ash Carter), and two who did leave it open.
   */
  private titledKnown(
    surname: string,
    title: string | undefined,
    represents: string | undefined,
  ): KnownEntity | undefined {
    const role = title === undefined ? undefined : this.kb.findRole(title);
    if (!role) return undefined;
    const found = this.kb
      .titled(surname, role)
      .filter((p) => !represents || (p.terms ?? []).some((term) => term.represents === represents));
    return found.length === 1 ? found[0] : undefined;
  }

  /** Resolves a personal name: the knowledge base, then people of this document, else a new person. */
  private person(
    tokens: readonly Token[],
    start: number,
    end: number,
    represents: string | undefined,
    role: string | undefined,
    span: readonly Token[],
  ): string | undefined {
    const surface = spanText(span);
    const known = this.lookups.name(start);
    if (known?.entity.kind === 'Person' && known.length >= end - start - 1) {
      return this.addKnown(known.entity, surface, { represents, role });
    }
    const words = tokens.slice(start, end).filter((t) => !SUFFIXES.has(t.lower) && t.text !== ',');
    const last = words[words.length - 1];
    if (words.length === 1 && last) {
      const met = this.registry.personBySurname(last.text);
      if (met) {
        this.registry.seen(met, surface);
        return met.id;
      }
      const titled = this.titledKnown(last.text, role, represents);
      if (titled) {
        return this.addKnown(titled, surface, { represents, role });
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
