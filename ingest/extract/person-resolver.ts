// From a personal name to an entity of the document: a known person (speaking for the office they held
// on the document's date, unless the text says otherwise), a person met before in the document (by the
// full name or a surname used alone), else a new person.
import type { KnowledgeBase, KnownEntity } from '../knowledge/types.ts';
import { spanText, SUFFIXES, TITLE_WORDS } from './names.ts';
import type { Office, Registry } from './registry.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

export class PersonResolver {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
    /** Shared with the MentionFinder, which points it at each sentence. */
    private readonly lookups: SentenceLookups,
  ) {}

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
  private titledKnown(surname: string, office: Office): KnownEntity | undefined {
    const role = office.role === undefined ? undefined : this.kb.findRole(office.role);
    if (!role) return undefined;
    const found = this.kb
      .titled(surname, role)
      .filter(
        (p) => !office.represents || (p.terms ?? []).some((term) => term.represents === office.represents),
      );
    return found.length === 1 ? found[0] : undefined;
  }

  /** Resolves a personal name: the knowledge base, then people of this document, else a new person. */
  person(
    tokens: readonly Token[],
    start: number,
    end: number,
    office: Office,
    span: readonly Token[],
  ): string | undefined {
    const surface = spanText(span);
    const known = this.lookups.name(start);
    // The known name is the whole name, less a suffix or an initial ("Joseph R. Biden, Jr."): "Francis"
    // is not "Francis Rooney".
    const rest = known ? tokens.slice(start + known.length, end) : [];
    if (known?.entity.kind === 'Person' && rest.every((t) => t.text === ',' || SUFFIXES.has(t.lower))) {
      return this.addKnown(known.entity, surface, office);
    }
    // "Honorable Nancy Pelosi", "Dr. Eyal Hulata": an honorific is no part of the name.
    const honorific = this.kb.matchHonorific(this.lookups.texts, start)?.length ?? 0;
    const words = tokens
      .slice(start + honorific, end)
      .filter((t) => !SUFFIXES.has(t.lower) && t.text !== ',');
    const last = words[words.length - 1];
    if (words.length === 1 && last) {
      const met = this.registry.personBySurname(last.lower);
      if (met) {
        this.registry.seen(met, surface);
        return met.id;
      }
      const titled = this.titledKnown(last.text, office);
      if (titled) return this.addKnown(titled, surface, office);
    }
    // "Kishida Fumio", "Yoon Suk Yeol": East Asian names are often written surname first; the same
    // person as "Fumio Kishida".
    const reversed =
      words.length === 2 ? this.kb.matchName([words[1]?.text ?? '', words[0]?.text ?? ''], 0) : undefined;
    if (reversed?.entity.kind === 'Person' && reversed.length === 2)
      return this.addKnown(reversed.entity, surface, office);
    const fullName = spanText(words);
    if (!fullName) return undefined;
    const met = this.registry.byNameKey(fullName);
    if (met?.kind === 'Person') {
      this.registry.seen(met, surface);
      return met.id;
    }
    // A title opens no name: "National Security Advisor David", "Special Assistant" (a surname may be
    // one: "Hossein Amir").
    const texts = words.map((t) => t.text);
    const title = this.kb.matchRole(texts, 0) ?? this.kb.matchAgent(texts, 0);
    if (title || TITLE_WORDS.has(texts[0]?.toLowerCase() ?? '')) return undefined;
    // One word no list knows is as often a word of a heading ("Provisions") as a surname: alone, it is a
    // person's only after an office of state ("President Carter").
    if (
      words.filter((t) => !/^\p{Lu}\.$/u.test(t.text)).length < 2 &&
      (office.none || office.role === undefined)
    )
      return undefined;
    return this.registry.addPerson(fullName, surface, office.represents, office.role).id;
  }
}
