// Personal names no knowledge base lists, recognised by their shape and by what the text says around
// them: an apposition ("Lindsey Graham, a Republican senator,"; "the director of X, Mariela Belski,"),
// "who" after the name, a reporting verb, a person named just before in a list, or a first name that the
// knowledge base knows as someone's given name ("Brett McGurk"). Without such evidence, nothing.
import type { KnowledgeBase, KnownEntity } from '../knowledge/types.ts';
import { lexicon } from './lexicon.ts';
import { mention, type Mention } from './mention.ts';
import { HEADS, isCapitalised, listJoins, personNameEnd, PARTICLES } from './names.ts';
import { titleAt } from './person-titles.ts';
import type { PersonResolver } from './person-resolver.ts';
import type { Office, Registry } from './registry.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

/** Words an apposition may hold before its title: "the acting", "a 19-year-old", "a senior Republican". */
const MAX_APPOSITION_MODIFIERS = 4;
/** How far back a title before ", Name," may start: "the director of Argentina's Amnesty International". */
const MAX_TITLE_REACH = 8;
const DETERMINERS = new Set(['a', 'an', 'the']);
const RELATIVES = new Set(['who', 'whose']);
/** Nouns of a rule whose "of" names the ruler. */
const RULED = new Set(['government', 'regime', 'administration', 'rule']);

export class PersonFinder {
  private readonly givenNames: Set<string>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
    private readonly lookups: SentenceLookups,
    private readonly resolver: PersonResolver,
  ) {
    this.givenNames = givenNames(kb);
  }

  /** An unknown personal name at i, of two words or more, that its context shows to be a person. */
  find(tokens: readonly Token[], i: number, before: readonly Mention[]): Mention | undefined {
    // A second word first: most capitalised words stand alone, and the other checks cost more.
    if (!isCapitalised(tokens[i + 1]) && !PARTICLES.has(tokens[i + 1]?.text ?? '')) return undefined;
    const end = personNameEnd(tokens, i);
    // "George Washington University": a head noun makes it something else.
    if (end - i < 2 || HEADS.has(tokens[end]?.lower ?? '')) return undefined;
    const office = this.evidence(tokens, i, end, before);
    if (!office || this.lookups.demonym(i) || this.isTitle(tokens, i)) return undefined;
    for (let k = i; k < end; k++) {
      const known = this.lookups.name(k);
      if (known && known.entity.kind !== 'Person') return undefined;
    }
    const person = this.resolver.person(tokens, i, end, office, tokens.slice(i, end));
    return person ? mention(i, end, [person]) : undefined;
  }

  private evidence(
    tokens: readonly Token[],
    i: number,
    end: number,
    before: readonly Mention[],
  ): Office | undefined {
    const none: Office = { represents: undefined, role: undefined };
    if (tokens[end]?.text === ',') {
      if (RELATIVES.has(tokens[end + 1]?.lower ?? '')) return none;
      const apposition = this.apposition(tokens, end + 1);
      if (apposition) return apposition;
    }
    if (speaks(tokens, end)) return none;
    if (tokens[i - 1]?.text === ',' && this.titleBefore(tokens, i - 1)) return none;
    if (this.listedWithPerson(tokens, i, before)) return none;
    // "the government of Abdrabbuh Mansur Hadi": a leader's name.
    if (tokens[i - 1]?.lower === 'of' && RULED.has(tokens[i - 2]?.lower ?? '')) return none;
    // "Anne Sacoolas" after "Sacoolas, who ...": a surname of this document.
    const surname = this.registry.personBySurname(tokens[end - 1]?.lower ?? '');
    if (surname && surname.label.split(' ').length === 1) return none;
    return this.givenNames.has(tokens[i]?.lower ?? '') ? none : undefined;
  }

  /**
   * ", [a|the] [Chile's|Iranian] [modifiers] title [of|for X]": "a spokesman for the PMF", "the acting
   * Prime Minister of Iraq", "Chile's foreign minister". An office says whom the person speaks for.
   */
  private apposition(tokens: readonly Token[], k: number): Office | undefined {
    const texts = this.lookups.texts;
    let j = k;
    if (DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
    let affiliation: KnownEntity | undefined;
    const owner = this.lookups.name(j);
    const demonym = this.lookups.demonym(j);
    if (owner && owner.entity.kind !== 'Person' && isPossessive(tokens[j + owner.length])) {
      affiliation = owner.entity;
      j += owner.length + 1;
    } else if (demonym) {
      affiliation = demonym.country;
      j += demonym.length;
    }
    for (let m = 0; m <= MAX_APPOSITION_MODIFIERS && tokens[j]; m++, j++) {
      const role = this.lookups.role(j);
      if (role) {
        const after = j + role.length;
        const of = texts[after] === 'of' || texts[after] === 'for' ? this.lookups.name(after + 1) : undefined;
        if (of && of.entity.kind !== 'Person') affiliation = of.entity;
        // Named in the apposition, it is mentioned there too: here it need only exist.
        const represents = affiliation && this.registry.add(affiliation).id;
        return { represents, role: role.role.title };
      }
      const title = titleAt(this.lookups, tokens, j, true);
      if (title)
        return {
          represents: title.personal ? undefined : affiliation && this.registry.add(affiliation).id,
          role: undefined,
        };
      if (!isModifier(tokens[j])) return undefined;
    }
    return undefined;
  }

  /** "Vice Premier", "Senator": a title, not a name. */
  private isTitle(tokens: readonly Token[], i: number): boolean {
    return titleAt(this.lookups, tokens, i, true) !== undefined;
  }

  /** "the director of Argentina's Amnesty International, Mariela Belski": a title ends before the comma. */
  private titleBefore(tokens: readonly Token[], comma: number): boolean {
    for (let k = comma - 1; k >= Math.max(0, comma - MAX_TITLE_REACH); k--) {
      const t = tokens[k];
      if (!t || t.text === ',' || t.pos === 'VERB') return false;
      const title = titleAt(this.lookups, tokens, k, true);
      if (!title) continue;
      const after = k + title.length;
      if (after === comma || tokens[after]?.lower === 'of' || tokens[after]?.lower === 'for') return true;
    }
    return false;
  }

  /** "Nikos Dendias, Nikos Christodoulides and ...": a person named just before, joined by a comma or "and". */
  private listedWithPerson(tokens: readonly Token[], i: number, before: readonly Mention[]): boolean {
    const last = before[before.length - 1];
    // "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": past the country of the first.
    const owner = before[before.length - 2];
    const ofCountry = last && owner && tokens[last.start - 1]?.lower === 'of' && owner.end === last.start - 1;
    const prev = ofCountry ? owner : last;
    if (!last || !prev || prev.ids.length !== 1) return false;
    if (!listJoins(tokens, last.end, i)) return false;
    return this.registry.entities.get(prev.ids[0] ?? '')?.kind === 'Person';
  }
}

/** A reporting verb after the name, adverbs between: "Brett McGurk later wrote". */
function speaks(tokens: readonly Token[], end: number): boolean {
  const k = tokens[end]?.pos === 'ADV' ? end + 1 : end;
  return lexicon.reporting.has(tokens, k);
}

const isPossessive = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === '’s';

/** A word of an apposition before its title: "acting", "senior", "19-year-old", "Republican". */
function isModifier(t: Token | undefined): boolean {
  if (!t) return false;
  return (
    t.pos === 'ADJ' ||
    t.pos === 'NOUN' ||
    t.pos === 'NUM' ||
    t.text === '-' ||
    (isCapitalised(t) && t.pos === 'PROPN')
  );
}

const givenNameCache = new WeakMap<KnowledgeBase, Set<string>>();

/**
 * First names of the people the knowledge base knows ("Brett", "Maria"), less words that name something
 * else or are particles: a two-word name starting with one is a person's.
 */
function givenNames(kb: KnowledgeBase): Set<string> {
  let names = givenNameCache.get(kb);
  if (!names) {
    names = new Set();
    for (const e of kb.entities.values()) {
      if (e.kind !== 'Person') continue;
      const first = e.label.split(/\s+/)[0] ?? '';
      if (first.length > 1 && !first.endsWith('.') && !PARTICLES.has(first)) names.add(first.toLowerCase());
    }
    for (const e of kb.entities.values()) {
      if (e.kind !== 'Person') for (const name of [e.label, ...e.aliases]) names.delete(name.toLowerCase());
    }
    givenNameCache.set(kb, names);
  }
  return names;
}
