// Capitalised names the knowledge base does not know: classified by their head noun ("Customs Tariff
// Commission"), by a noun before them or the list they stand in (classifiers.ts: "environmental group
// Greenpeace"), as people when they speak or carry a title after a comma; else skipped.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { EntityKind } from '../model.ts';
import { GROUPS } from './bodies.ts';
import { OrganizationLists } from './classifiers.ts';
import { lexicon } from './lexicon.ts';
import { mention, type Mention } from './mention.ts';
import {
  acronymAfter,
  CONNECTORS,
  headKind,
  headWord,
  HEADS,
  HYPHENS,
  IGNORED,
  initials,
  isAcronym,
  isCapitalised,
  isVerbCue,
  joinsWords,
  personNameEnd,
  POSSESSIVES,
  spanText,
} from './names.ts';
import { titleAt } from './person-titles.ts';
import type { Registry } from './registry.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

/** Words that end a company's name and say what it is; the word before them names it alone. */
const DESIGNATORS = new Set([
  'Air',
  'Airlines',
  'Airways',
  'Group',
  'Corporation',
  'Company',
  'Holdings',
  'Motors',
]);
/** Prefixes written before a capitalised word with a hyphen. */
const PREFIXES = new Set(['trans', 'pan', 'anti', 'pro', 'non', 'post', 'pre', 'inter', 'intra', 'sub']);

export class UnknownNameFinder {
  private readonly lists: OrganizationLists;

  constructor(
    kb: KnowledgeBase,
    private readonly registry: Registry,
    private readonly lookups: SentenceLookups,
  ) {
    this.lists = new OrganizationLists(kb, registry);
  }

  /**
   * An unknown name at i. `classifier` is what classifierBefore(tokens, i) answers: the caller asks it
   * once, as it also decides whether to ask here before the known names.
   */
  find(
    tokens: readonly Token[],
    i: number,
    before: readonly Mention[],
    classifier: string | undefined,
  ): Mention | undefined {
    const first = tokens[i];
    if (!isCapitalised(first) || !first || IGNORED.has(first.lower) || isVerbCue(first)) return undefined;
    // "No project", "Every country": a determiner opens a phrase, not a name.
    if (first.pos === 'DET') return undefined;
    // A known name or demonym here starts no unknown one, unless a classifier says a longer name starts
    // here: "state-owned Saudi Aramco".
    const classified = this.lists.classified(tokens, i, before, classifier) ? 'Organization' : undefined;
    const knownLength = this.lookups.name(i)?.length ?? this.lookups.demonym(i)?.length ?? 0;
    if (
      knownLength > 0 &&
      !(classified && knownLength === 1 && isCapitalised(tokens[i + 1]) && this.free(tokens, i, i + 1))
    )
      return undefined;
    let end = i + 1;
    for (;;) {
      const t = tokens[end];
      if (!t) break;
      // "Republican Representative Francis Rooney": a title starts a name of its own.
      if (this.isTitle(tokens, end)) break;
      const place = end === i + 1 ? this.lookups.name(end) : undefined;
      if (isCapitalised(t) && !isVerbCue(t) && !POSSESSIVES.has(t.text) && this.free(tokens, i, end)) end++;
      // "New Jersey": a word before a place's name makes another name; before a state's, only in a list
      // of places ("attorneys general from ..., New Mexico").
      else if (
        place &&
        isCapitalised(t) &&
        (place.entity.kind === 'Place' || (classified && place.entity.kind === 'Country'))
      )
        end += place.length;
      else {
        // "Law of the Sea": two connectors before one last word; before a longer name ("Announcement of
        // the Customs Tariff Commission") they join two names.
        const two =
          CONNECTORS.has(t.lower) &&
          CONNECTORS.has(tokens[end + 1]?.lower ?? '') &&
          !isCapitalised(tokens[end + 3]);
        const gap = two ? 2 : 1;
        const next = tokens[end + gap];
        if (
          (CONNECTORS.has(t.lower) || HYPHENS.has(t.text)) &&
          isCapitalised(next) &&
          !isPronoun(next) &&
          this.free(tokens, i, end + gap)
        )
          end += gap + 1;
        else break;
      }
    }
    end = lowerCaseHeadEnd(tokens, end);
    // "Executive Order 14257", "Task Force 75", "Resolution 2259": a number completes a name it follows.
    const named = end;
    const numbered = tokens[end]?.pos === 'NUM' && /^\d+$/.test(tokens[end]?.text ?? '');
    if (numbered && end - i > 1 && headKind(tokens.slice(i, end))) end++;
    // "Northamptonshire police": a lower-case force after a place no list knows.
    const police = tokens[end]?.lower === 'police' && tokens[end]?.text === 'police';
    if (police) end++;
    const acronym = acronymAfter(tokens, end);
    if (end - i === 1) return this.singleWord(tokens, i, acronym, classified, classifier);
    const head = police ? 'Organization' : headKind(tokens.slice(i, named));
    // "EU-Japan Economic Partnership Agreement": an agreement or a body named after its parties.
    const start = head === 'Initiative' || head === 'Organization' ? compoundStart(tokens, i) : i;
    const span = tokens.slice(start, end);
    const surface = spanText(span);
    const known = this.registry.byNameKey(surface);
    const kind: EntityKind | undefined =
      known?.kind ?? head ?? classified ?? (this.looksLikePerson(tokens, i, end) ? 'Person' : undefined);
    if (!kind) return mention(i, end, []);
    const entity = known
      ? (this.registry.seen(known, surface), known)
      : kind === 'Person'
        ? this.registry.addPerson(surface, surface)
        : this.registry.addNamed(surface, kind, surface);
    if (kind === classified) this.lists.remember(entity.id);
    const noun = kind === 'Organization' ? (classifier ?? headWord(span)) : undefined;
    if (noun) this.registry.describe(entity.id, noun);
    this.registry.alias(entity.id, initials(span));
    if (acronym) this.registry.alias(entity.id, acronym.text);
    // "Mahan Air", then "Mahan": a company named again without its designator.
    if (kind === 'Organization' && span.length === 2 && DESIGNATORS.has(span[1]?.text ?? ''))
      this.registry.alias(entity.id, span[0]?.text ?? '');
    return mention(start, acronym ? acronym.end : end, kind === 'Place' ? [] : [entity.id]);
  }

  private singleWord(
    tokens: readonly Token[],
    i: number,
    acronym: { text: string; end: number } | undefined,
    classified: EntityKind | undefined,
    classifier: string | undefined,
  ): Mention | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    const named = this.registry.byNameKey(token.text);
    const met =
      this.registry.personBySurname(token.lower) ??
      (isAcronym(token.text) || named?.kind === 'Organization' ? named : undefined);
    if (met) {
      this.registry.seen(met, token.text);
      return mention(i, i + 1, [met.id]);
    }
    const head = HEADS.get(token.lower);
    if (acronym && head && head !== 'Place') {
      const entity = this.registry.addNamed(token.text, head, token.text);
      this.registry.alias(entity.id, acronym.text);
      return mention(i, acronym.end, [entity.id]);
    }
    if (classified) {
      const entity = this.registry.addNamed(token.text, classified, token.text);
      this.lists.remember(entity.id);
      if (classifier) this.registry.describe(entity.id, classifier);
      return mention(i, i + 1, [entity.id]);
    }
    // An unknown surname that speaks ("Lavrov said") or that "who" follows is a person.
    const who = tokens[i + 1]?.text === ',' && tokens[i + 2]?.lower === 'who';
    if (token.pos === 'PROPN' && (lexicon.reporting.has(tokens, i + 1) || who) && !isAcronym(token.text)) {
      return mention(i, i + 1, [this.registry.addPerson(token.text, token.text).id]);
    }
    // "Kurdish fighters": a people no list has, and a group of it that acts as one.
    const group = tokens[i + 1];
    if (group && GROUPS.has(tokens, i + 1) && group.text === group.lower) {
      const label = spanText(tokens.slice(i, i + 2));
      const entity = this.registry.byNameKey(label) ?? this.registry.addNamed(label, 'Organization', label);
      return mention(i, i + 2, [entity.id]);
    }
    // "The Kurds were instrumental": a people, written as a plural after "the", that acts.
    if (tokens[i - 1]?.lower === 'the' && /\p{Ll}s$/u.test(token.text) && actsOrSpeaks(tokens, i)) {
      return mention(i, i + 1, [this.registry.addNamed(token.text, 'Organization', token.text).id]);
    }
    // "the BBC describes", "according to the BBC": an acronym that acts or speaks is an organisation.
    if (isAcronym(token.text) && tokens[i - 1]?.lower === 'the' && actsOrSpeaks(tokens, i)) {
      return mention(i, i + 1, [this.registry.addNamed(token.text, 'Organization', token.text).id]);
    }
    return undefined;
  }

  /**
   * Whether the word at k may go on a name starting at i. A demonym is never part of an unknown name:
   * "the Meeting of Chinese, Russian and Indian Ministers". A known one-word name that is also a head
   * noun ("Foundation", a gang's name) ends a name as its head.
   */
  private free(tokens: readonly Token[], i: number, k: number): boolean {
    const known = this.lookups.name(k);
    const generic = known?.length === 1 && k > i && HEADS.has(tokens[k]?.lower ?? '');
    return (!known || generic) && !this.lookups.demonym(k);
  }

  /** A title followed by a personal name: "Representative Francis Rooney", not the "Company" of a name. */
  private isTitle(tokens: readonly Token[], k: number): boolean {
    if (!isCapitalised(tokens[k])) return false;
    const title = titleAt(this.lookups, tokens, k, false);
    return title !== undefined && personNameEnd(tokens, k + title.length) > k + title.length;
  }

  /** Two or three proper nouns that speak or carry a title after a comma ("Scott Bessent, Secretary ..."). */
  private looksLikePerson(tokens: readonly Token[], start: number, end: number): boolean {
    const n = end - start;
    if (n < 2 || n > 3 || tokens.slice(start, end).some((t) => t.pos !== 'PROPN' || CONNECTORS.has(t.lower)))
      return false;
    if (lexicon.reporting.has(tokens, end)) return true;
    return tokens[end]?.text === ',' && this.lookups.role(end + 1) !== undefined;
  }
}

function actsOrSpeaks(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    ((next?.pos === 'VERB' || next?.pos === 'AUX') && next.lower !== next.lemma) ||
    (tokens[i - 2]?.lower === 'to' && tokens[i - 3]?.lower === 'according')
  );
}

/**
 * "Indo-Pacific strategy", "Belt and Road initiative", "the TurkStream gas pipeline": a lower-case
 * initiative head after a proper adjective, one noun between at most. Returns where the name ends.
 */
export function lowerCaseHeadEnd(tokens: readonly Token[], end: number): number {
  for (let k = end; k <= end + 1; k++) {
    const t = tokens[k];
    if (!t || t.text !== t.lower) return end;
    if (HEADS.get(t.lower) === 'Initiative') return k + 1;
    if (t.pos !== 'NOUN') return end;
  }
  return end;
}

/** Where a name starts that takes in the compound of names before it: "EU-Japan" in "EU-Japan Economic ...". */
function compoundStart(tokens: readonly Token[], i: number): number {
  // The word just before may be the right end of a compound: "EU-Japan Economic Partnership Agreement".
  let start = isCapitalised(tokens[i - 1]) && joinsWords(tokens, i - 2) ? i - 1 : i;
  while (joinsWords(tokens, start - 1) && isCapitalised(tokens[start - 2])) start -= 2;
  // "trans-Anatolian pipeline", "pan-African payment system": a prefix in lower case.
  if (joinsWords(tokens, start - 1) && PREFIXES.has(tokens[start - 2]?.lower ?? '')) start -= 2;
  return start;
}

/** "Jill and I": a pronoun is never part of a name. */
function isPronoun(t: Token | undefined): boolean {
  return t !== undefined && (lexicon.authorPronouns.has(t.lower) || lexicon.personPronouns.has(t.lower));
}
