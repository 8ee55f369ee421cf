// Organisations named by the noun before them or by the list they stand in: "Iranian airline Mahan Air",
// "think tank Atlantic Council", "firms including Deutsche Bahn, Daimler, and Siemens", "attorneys general
// from Maine, New York and Hawaii" (the governments of the places).
import type { KnowledgeBase } from '../knowledge/types.ts';
import type { Mention } from './mention.ts';
import { isCapitalised, listJoins, ORGANIZATION_CLASSIFIERS } from './names.ts';
import type { Registry } from './registry.ts';
import type { Token } from './sentences.ts';

/** Words between a plural classifier and its first example: "firms including", "groups such as". */
const EXAMPLE_OPENERS = new Set(['including', 'like', 'such', 'as', ',']);
/** Words between the names of a list, and how far back its start may be. */
const LIST_WORDS = new Set([',', 'and', '-']);
const LIST_OPENERS = new Set([',', 'and', 'from', 'of']);
const MAX_LIST = 40;

/** What a document's lists of organisations say about the names in them. */
export class OrganizationLists {
  /** Organisations this document named after a classifier noun: the next name in their list is one too. */
  private readonly ids = new Set<string>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
  ) {}

  /** Notes an organisation named after a classifier noun. */
  remember(id: string): void {
    this.ids.add(id);
  }

  /**
   * A noun before the name says it is an organisation: "Iranian airline Mahan Air", "think tank Atlantic
   * Council", "firms including Deutsche Bahn", and so does an organisation so named just before it in a
   * list ("..., Daimler, and Siemens").
   */
  classified(
    tokens: readonly Token[],
    i: number,
    before: readonly Mention[],
    classifier: string | undefined,
  ): boolean {
    if (classifier !== undefined || this.officialsFrom(tokens, i)) return true;
    const prev = before[before.length - 1];
    if (!prev || !listJoins(tokens, prev.end, i)) return false;
    const entity = this.registry.entities.get(prev.ids[0] ?? '');
    return entity?.kind === 'Organization' && this.ids.has(entity.id);
  }

  /**
   * "attorneys general from Maine, New York, ... and Hawaii": the places whose officials act are their
   * governments, organisations. Looks back over the list to "from" or "of" and an office before it.
   */
  private officialsFrom(tokens: readonly Token[], i: number): boolean {
    if (!LIST_OPENERS.has(tokens[i - 1]?.lower ?? '')) return false;
    let p = i - 1;
    while (p > 0 && i - p < MAX_LIST && (isCapitalised(tokens[p]) || LIST_WORDS.has(tokens[p]?.lower ?? '')))
      p--;
    if (tokens[p]?.lower !== 'from' && tokens[p]?.lower !== 'of') return false;
    // A capitalised word has no lemma from the tagger: "Attorneys general from".
    const lemmas = tokens
      .slice(Math.max(0, p - 3), p)
      .map((t) => (t.lemma === t.lower && t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lemma));
    for (let k = 0; k < lemmas.length; k++) {
      const office = this.kb.matchRole(lemmas, k) ?? this.kb.matchBody(lemmas, k);
      // Plural: "attorneys general from", "officials of"; one official names a place of origin.
      const words = lemmas.slice(k);
      const plural = words.some((lemma, w) => lemma !== tokens[p - words.length + w]?.lower);
      if (office && k + office.length === lemmas.length && plural) return true;
    }
    return false;
  }
}

/** The classifier noun right before the name at i, as "the ..." would say it again ("airline"). */
export function classifierBefore(tokens: readonly Token[], i: number): string | undefined {
  // A classifier is written in lower case, a list opener is a comma or a word: a cheap gate first.
  const prev = tokens[i - 1];
  if (!prev || prev.text !== prev.lower) return undefined;
  let k = i;
  while (k > i - 3 && EXAMPLE_OPENERS.has(tokens[k - 1]?.lower ?? '')) k--;
  if (!ORGANIZATION_CLASSIFIERS.mayEndWith(tokens[k - 1])) return undefined;
  for (let start = k - 1; start >= Math.max(0, k - 3); start--) {
    const found = ORGANIZATION_CLASSIFIERS.match(tokens, start);
    if (found && start + found.length === k && tokens[start]?.text === tokens[start]?.lower)
      return tokens[k - 1]?.lemma;
  }
  return undefined;
}
