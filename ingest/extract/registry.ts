// The entities of one document: canonical ids, the surface forms seen, and the indexes that let later
// mentions ("Wang", "the Russian top diplomat", "ASEAN") find the entity an earlier mention introduced.
import type { Entity, EntityKind } from '../model.ts';
import { surnameForms } from '../knowledge/normalize.ts';
import { officeOn } from '../knowledge/terms.ts';
import type { KnownEntity } from '../knowledge/types.ts';

export interface DocEntity extends Entity {
  /** Mentions so far in this document. */
  count: number;
}

const ASCII = /^[\p{ASCII}]*$/u;
/** Words of letters and digits with one space between: the slug is the name in lower case, "-" for spaces. */
const PLAIN_WORDS = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** URL- and Cypher-friendly id from a name: "Global Initiative on Data Security" -> "global-initiative-on-data-security". */
export function slug(name: string): string {
  // Most names are plain words, which the replacements below leave as they are but for case and spaces.
  if (PLAIN_WORDS.test(name)) return name.toLowerCase().replaceAll(' ', '-');
  // Most others are plain ASCII, which decomposition leaves as it is: only the rest pay for it.
  return (ASCII.test(name) ? name : name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const keys = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/** A key that ignores case, punctuation and a leading "the": how we compare two names. Memoised: hot. */
export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = slug(name.replace(/^the\s+/i, ''));
    if (keys.size >= KEY_CACHE_LIMIT) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** Whom a person speaks for and in which role, as a title in the text says ("President Levits of Latvia"). */
export interface Office {
  represents: string | undefined;
  role: string | undefined;
  /** The text says the person holds no office: "former president", "Senator", "journalist". */
  none?: boolean;
}

export class Registry {
  readonly entities = new Map<string, DocEntity>();
  private readonly byName = new Map<string, string>();
  private readonly bySurname = new Map<string, string>();
  /** People the text shows holding no office ("former president Barack Obama"): no term gives them one. */
  private readonly officeless = new Set<string>();
  /** Nouns that refer back to an organisation named before ("the airline", "the embassy"). */
  private readonly nouns = new Map<string, string>();
  /** When each entity was last mentioned, in mentions counted from the start: for descriptions ("the deal"). */
  private readonly lastSeen = new Map<string, number>();
  private clock = 0;

  /** `date`: the document's, which picks a known person's office at the time (see knowledge/terms.ts). */
  constructor(readonly date?: string) {}

  /** Adds (or finds) an entity and records the surface form it was seen as. */
  add(
    entity: Pick<Entity, 'id' | 'label' | 'kind'> & Partial<Pick<Entity, 'represents' | 'role'>>,
    surface?: string,
  ): DocEntity {
    let known = this.entities.get(entity.id);
    if (!known) {
      // All fields from the start, in one order: one object shape for V8 (see mention.ts).
      known = {
        id: entity.id,
        label: entity.label,
        kind: entity.kind,
        aliases: [],
        represents: undefined,
        role: undefined,
        count: 0,
      };
      this.entities.set(entity.id, known);
      this.index(entity.label, entity.id);
    }
    if (entity.represents && !known.represents) known.represents = entity.represents;
    if (entity.role && !known.role) known.role = entity.role;
    if (surface) this.seen(known, surface);
    return known;
  }

  /** Counts one mention of the entity under the given surface form. */
  seen(entity: DocEntity, surface: string): void {
    entity.count++;
    this.lastSeen.set(entity.id, ++this.clock);
    const clean = isSpaced(surface) ? surface : surface.replace(/\s+/g, ' ').trim();
    if (clean && clean !== entity.label && !entity.aliases.includes(clean)) entity.aliases.push(clean);
    this.index(clean, entity.id);
  }

  /**
   * Adds an entity of the knowledge base. A person speaks for whom they served on the document's date,
   * unless the text states another allegiance ("Prime Minister Kallas of Estonia"): the text is the
   * evidence. The knowledge base's role is the more precise ("Secretary of State", not "Secretary").
   */
  addKnown(known: KnownEntity, surface: string, stated?: Office): DocEntity {
    if (known.kind !== 'Person') return this.add(known, surface);
    if (stated?.none) this.officeless.add(known.id);
    const term = this.officeless.has(known.id) ? undefined : officeOn(known, this.date);
    const differs = stated?.represents !== undefined && stated.represents !== term?.represents;
    const entity = this.add(
      {
        id: known.id,
        label: known.label,
        kind: known.kind,
        represents: differs ? stated.represents : (term?.represents ?? stated?.represents),
        role: differs ? stated.role : (term?.role ?? stated?.role),
      },
      surface,
    );
    this.indexPerson(entity.id, known.label, known.surname);
    return entity;
  }

  addPerson(fullName: string, surface: string, represents?: string, role?: string): DocEntity {
    const entity = this.add(
      { id: slug(fullName), label: fullName, kind: 'Person', represents, role },
      surface,
    );
    this.indexPerson(entity.id, fullName);
    return entity;
  }

  addNamed(label: string, kind: EntityKind, surface: string): DocEntity {
    return this.add({ id: slug(label), label, kind }, surface);
  }

  /** The entity a name already seen in this document stands for ("ASEAN" after "... Nations (ASEAN)"). */
  byNameKey(name: string): DocEntity | undefined {
    const id = this.byName.get(nameKey(name));
    return id === undefined ? undefined : this.entities.get(id);
  }

  /**
   * A person of this document by one of their names ("Wang" or "Yi" for Wang Yi, "Lavrov"), given in lower
   * case (a token's `lower`): asked at many words, which need not be lowered again.
   */
  personBySurname(lower: string): DocEntity | undefined {
    const id = this.bySurname.get(lower);
    return id === undefined ? undefined : this.entities.get(id);
  }

  /**
   * People of this document who fit a description ("the Russian top diplomat"): the role and whom they
   * represent, each when given; the most mentioned first.
   */
  peopleWithRole(role: string | undefined, represents: string | undefined): DocEntity[] {
    const found: DocEntity[] = [];
    for (const e of this.entities.values()) {
      if (e.kind === 'Person' && (!role || e.role === role) && (!represents || e.represents === represents))
        found.push(e);
    }
    return found.sort((a, b) => b.count - a.count);
  }

  /** The entity mentioned last among those that fit. */
  latest(fits: (entity: DocEntity) => boolean): DocEntity | undefined {
    let best: DocEntity | undefined;
    let when = -1;
    for (const e of this.entities.values()) {
      const seen = this.lastSeen.get(e.id) ?? -1;
      if (seen > when && fits(e)) {
        best = e;
        when = seen;
      }
    }
    return best;
  }

  /**
   * Takes back one mention of an entity, when a longer name takes in the words that named it; an entity
   * left with no mention is forgotten, with its names.
   */
  retract(id: string): void {
    const entity = this.entities.get(id);
    if (!entity || --entity.count > 0) return;
    this.entities.delete(id);
    this.lastSeen.delete(id);
    for (const index of [this.byName, this.bySurname])
      for (const [key, value] of index) if (value === id) index.delete(key);
  }

  /** Says that "the <noun>" may refer back to the entity: "the airline" for Mahan Air. */
  describe(id: string, noun: string): void {
    this.nouns.set(noun, id);
  }

  /** The entity last described by a noun ("the embassy"), if it is still an entity of the document. */
  describedBy(noun: string): DocEntity | undefined {
    const id = this.nouns.get(noun);
    return id === undefined ? undefined : this.entities.get(id);
  }

  /** Gives a name to an entity as an alias ("ASEAN" for the Association of Southeast Asian Nations). */
  alias(id: string, name: string): void {
    const entity = this.entities.get(id);
    if (entity && name !== entity.label && !entity.aliases.includes(name)) entity.aliases.push(name);
    this.index(name, id);
  }

  /** What the text says a person speaks for ("his Greek counterpart, Nikos Dendias"): the text is the evidence. */
  represent(id: string, represents: string, role: string | undefined): void {
    const entity = this.entities.get(id);
    if (!entity || entity.kind !== 'Person') return;
    entity.represents = represents;
    if (role) entity.role = role;
  }

  /** The entity that a person speaks for, or the entity itself: how claims are rolled up. */
  principal(id: string): string {
    return this.entities.get(id)?.represents ?? id;
  }

  private index(name: string, id: string): void {
    const key = nameKey(name);
    if (key && !this.byName.has(key)) this.byName.set(key, id);
  }

  private indexPerson(id: string, fullName: string, surname?: string): void {
    const words = fullName.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !w.endsWith('.'));
    // Both ends: Western names are used by their last word ("Lavrov"), Chinese names by their first ("Wang").
    const candidates = [surname, words[words.length - 1], words.length > 1 ? words[0] : undefined];
    for (const word of candidates) {
      for (const form of word ? surnameForms(word) : [])
        if (!this.bySurname.has(form)) this.bySurname.set(form, id);
    }
  }
}

/**
 * Whether a surface form is written with single spaces between its words and none around them, as
 * tokens joined by spanText are: then it needs no cleaning (seen() is asked at every mention).
 */
function isSpaced(surface: string): boolean {
  const last = surface.length - 1;
  for (let k = 0; k <= last; k++) {
    const c = surface.charCodeAt(k);
    // Any other white space, and any character past ASCII (some are white space), takes the pattern.
    if (c === 32 ? k === 0 || k === last || surface.charCodeAt(k - 1) === 32 : c < 33 || c > 126)
      return false;
  }
  return true;
}
