// Capitalised names the knowledge base does not know: classified by their head noun ("Customs Tariff
// Commission"), by a noun before them ("Iranian airline Mahan Air", "environmental group Greenpeace"), by
// the list they stand in ("firms including Deutsche Bahn, Daimler, and Siemens"), as people when they
// speak or carry a title after a comma; else skipped.
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { EntityKind } from '../model.ts';
import { lexicon } from './lexicon.ts';
import { mention, type Mention } from './mention.ts';
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
  joinsWords,
  ORGANIZATION_CLASSIFIERS,
  PERSON_TITLES,
  POSSESSIVES,
  spanText,
} from './names.ts';
import type { Registry } from './registry.ts';
import type { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';

/** Words between a plural classifier and its first example: "firms including", "groups such as". */
const EXAMPLE_OPENERS = new Set(['including', 'like', 'such', 'as', ',']);

export class UnknownNameFinder {
  /** Organisations this document named after a classifier noun: the next name in their list is one too. */
  private readonly classifiedIds = new Set<string>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
    private readonly lookups: SentenceLookups,
  ) {}

  find(tokens: readonly Token[], i: number, before: readonly Mention[]): Mention | undefined {
    const first = tokens[i];
    if (!isCapitalised(first) || !first || IGNORED.has(first.lower) || isVerbCue(first)) return undefined;
    // "No project", "Every country": a determiner opens a phrase, not a name.
    if (first.pos === 'DET') return undefined;
    // A demonym is never part of an unknown name: "the Meeting of Chinese, Russian and Indian Ministers".
    const free = (k: number): boolean => !this.lookups.name(k) && !this.lookups.demonym(k);
    if (!free(i)) return undefined;
    let end = i + 1;
    for (;;) {
      const t = tokens[end];
      if (!t) break;
      // "Republican Representative Francis Rooney": a title starts a name of its own.
      if (this.isTitle(tokens, end)) break;
      if (isCapitalised(t) && !isVerbCue(t) && !POSSESSIVES.has(t.text) && free(end)) end++;
      else if (
        (CONNECTORS.has(t.lower) || HYPHENS.has(t.text)) &&
        isCapitalised(tokens[end + 1]) &&
        !isPronoun(tokens[end + 1]) &&
        free(end + 1)
      )
        end += 2;
      else break;
    }
    // "Indo-Pacific strategy", "Belt and Road initiative": a lower-case head after a proper adjective.
    const tail = tokens[end];
    if (tail && HEADS.get(tail.lower) === 'Initiative' && tail.text === tail.lower) end++;
    const acronym = acronymAfter(tokens, end);
    const classified = this.classified(tokens, i, before) ? 'Organization' : undefined;
    if (end - i === 1) return this.singleWord(tokens, i, acronym, classified);
    const head = headKind(tokens.slice(i, end));
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
    if (kind === classified) this.classifiedIds.add(entity.id);
    this.registry.alias(entity.id, initials(span));
    if (acronym) this.registry.alias(entity.id, acronym.text);
    return mention(start, acronym ? acronym.end : end, kind === 'Place' ? [] : [entity.id]);
  }

  private singleWord(
    tokens: readonly Token[],
    i: number,
    acronym: { text: string; end: number } | undefined,
    classified: EntityKind | undefined,
  ): Mention | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    const met =
      this.registry.personBySurname(token.text) ??
      (isAcronym(token.text) ? this.registry.byNameKey(token.text) : undefined);
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
      this.classifiedIds.add(entity.id);
      return mention(i, i + 1, [entity.id]);
    }
    // An unknown surname that speaks ("Lavrov said") is a person.
    if (token.pos === 'PROPN' && lexicon.reporting.has(tokens, i + 1) && !isAcronym(token.text)) {
      return mention(i, i + 1, [this.registry.addPerson(token.text, token.text).id]);
    }
    return undefined;
  }

  /**
   * A noun before the name says it is an organisation: "Iranian airline Mahan Air", "think tank Atlantic
   * Council", "firms including Deutsche Bahn", and so does an organisation so named just before it in a
   * list ("..., Daimler, and Siemens").
   */
  private classified(tokens: readonly Token[], i: number, before: readonly Mention[]): boolean {
    let k = i;
    while (k > i - 3 && EXAMPLE_OPENERS.has(tokens[k - 1]?.lower ?? '')) k--;
    for (let start = k - 1; start >= Math.max(0, k - 2); start--) {
      const found = ORGANIZATION_CLASSIFIERS.match(tokens, start);
      if (found && start + found.length === k && tokens[start]?.text === tokens[start]?.lower) return true;
    }
    const prev = before[before.length - 1];
    const between = prev
      ? tokens
          .slice(prev.end, i)
          .map((t) => t.lower)
          .join(' ')
      : '';
    if (!prev || (between !== ',' && between !== ', and' && between !== 'and')) return false;
    const entity = this.registry.entities.get(prev.ids[0] ?? '');
    return entity?.kind === 'Organization' && this.classifiedIds.has(entity.id);
  }

  private isTitle(tokens: readonly Token[], k: number): boolean {
    return (
      isCapitalised(tokens[k]) &&
      (this.kb.matchRole(this.lookups.texts, k) !== undefined || PERSON_TITLES.has(tokens, k))
    );
  }

  /** Two or three proper nouns that speak or carry a title after a comma ("Scott Bessent, Secretary ..."). */
  private looksLikePerson(tokens: readonly Token[], start: number, end: number): boolean {
    const n = end - start;
    if (n < 2 || n > 3 || tokens.slice(start, end).some((t) => t.pos !== 'PROPN' || CONNECTORS.has(t.lower)))
      return false;
    if (lexicon.reporting.has(tokens, end)) return true;
    return tokens[end]?.text === ',' && this.kb.matchRole(this.lookups.texts, end + 1) !== undefined;
  }
}

/** Where a name starts that takes in the compound of names before it: "EU-Japan" in "EU-Japan Economic ...". */
function compoundStart(tokens: readonly Token[], i: number): number {
  // The word just before may be the right end of a compound: "EU-Japan Economic Partnership Agreement".
  let start = isCapitalised(tokens[i - 1]) && joinsWords(tokens, i - 2) ? i - 1 : i;
  while (joinsWords(tokens, start - 1) && isCapitalised(tokens[start - 2])) start -= 2;
  return start;
}

/** "Jill and I": a pronoun is never part of a name. */
function isPronoun(t: Token | undefined): boolean {
  return t !== undefined && (lexicon.authorPronouns.has(t.lower) || lexicon.personPronouns.has(t.lower));
}
