// Step 2: mentions of actors and issues in one sentence, resolved to entities of the document registry.
// Known names come from the knowledge base; surnames, acronyms, demonym phrases ("the Chinese side") and
// unknown capitalised names are recognised here, titled people ("Russian Foreign Minister Sergei Lavrov")
// in titles.ts; pronouns and group references are only marked, and resolved later with the discourse
// context.
import type { KnowledgeBase } from '../knowledge/types.ts';
import { lexicon } from './lexicon.ts';
import { mention, type Mention } from './mention.ts';
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
  joinsWords,
  spanText,
} from './names.ts';
import { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';
import { TitledPersonFinder } from './titles.ts';

/** The possessive marker, a token of its own ("China", "’s"). */
export const POSSESSIVES = new Set(["'s", '’s', "'", '’']);
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
  ...lexicon.bodyPronouns,
]);
const CLOSING_QUOTES = new Map([
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
]);
/** Longest coined term in quotation marks, in tokens: a longer quotation is a quote. */
const MAX_QUOTED = 3;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'our', 'my', 'its']);

/** Finds the mentions of one sentence, adding what it learns to the registry. */
export class MentionFinder {
  /** The knowledge base's answers for the current sentence. */
  private readonly lookups: SentenceLookups;
  private readonly titles: TitledPersonFinder;
  private readonly issueStarts: Set<string>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
  ) {
    this.lookups = new SentenceLookups(kb);
    this.titles = new TitledPersonFinder(kb, registry, this.lookups);
    this.issueStarts = issueStarts(kb);
  }

  find(tokens: readonly Token[]): Mention[] {
    const texts = tokens.map((t) => t.text);
    this.lookups.reset(texts);
    const mentions: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.at(tokens, texts, i);
      if (found) {
        const next = tokens[found.end];
        found.possessive ||= next !== undefined && POSSESSIVES.has(next.text);
        // A name may take in names met just before it ("EU-Japan Economic Partnership Agreement").
        while ((mentions.at(-1)?.start ?? -1) >= found.start) mentions.pop();
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
      return this.issueStarts.has(token.lower) ? this.knownName(tokens, texts, i) : undefined;
    }
    return (
      this.quoted(tokens, texts, i) ??
      this.reference(tokens, i) ??
      this.titles.find(tokens, i) ??
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
      inner.some((t) => t.pos === 'VERB' || (t.pos === 'PUNCT' && !HYPHENS.has(t.text))) ||
      // A number ("the “123” agreement") names no issue.
      !inner.some((t) => /\p{L}/u.test(t.text))
    )
      return undefined;
    const known = this.lookups.name(i + 1);
    if ((known && known.length >= inner.length) || isCapitalised(inner[0])) return undefined;
    // "calling it “null and void”": a quoted judgement is what is said, no coined term.
    if (lexicon.evaluations.match(tokens, i + 1)) return undefined;
    const label = spanText(inner);
    const entity =
      this.registry.byNameKey(label) ?? this.registry.addNamed(label, headKind(inner) ?? 'Concept', label);
    return mention(i + 1, end, [entity.id]);
  }

  private reference(tokens: readonly Token[], i: number): Mention | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    const group = lexicon.groupReferences.match(tokens, i);
    if (group) {
      const possessive = group.length === 1 && POSSESSIVE_PRONOUNS.has(token.lower);
      return mention(i, i + group.length, [], 'group', possessive);
    }
    // "He Lifeng" is a name, not the pronoun "he".
    if (token.text === 'He' && isCapitalised(tokens[i + 1]) && tokens[i + 1]?.pos === 'PROPN')
      return undefined;
    const possessive = POSSESSIVE_PRONOUNS.has(token.lower);
    if (lexicon.personPronouns.has(token.lower)) return mention(i, i + 1, [], 'person', possessive);
    if (lexicon.bodyPronouns.has(token.lower)) return mention(i, i + 1, [], 'body', possessive);
    if (lexicon.authorPronouns.has(token.lower) && (token.lower !== 'us' || token.text === 'us')) {
      return mention(i, i + 1, [], 'author', possessive);
    }
    return undefined;
  }

  /**
   * "the Chinese side", "the Russian government", "Ukrainian people", "Russian military forces", "the
   * Russians": the country.
   */
  private demonymPhrase(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const start = tokens[i]?.lower === 'the' ? i + 1 : i;
    const demonym = this.lookups.demonym(start);
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
      if (lexicon.sideWords.has(tokens[k]?.lower ?? '')) j = k + 1;
      else if (!isPeople(tokens, j)) {
        // A bare demonym ("Indian Foreign Ministers") still tells us the country takes part in the story.
        this.registry.addKnown(demonym.country, texts.slice(start, j).join(' '));
        return undefined;
      }
    }
    const country = this.registry.addKnown(demonym.country, spanText(tokens.slice(i, j)));
    return mention(i, j, [country.id]);
  }

  private knownName(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const match = this.lookups.name(i);
    const metonym = match ? undefined : this.kb.metonym(texts, i);
    const found = match ?? metonym;
    if (!found) return undefined;
    const end = i + found.length;
    // "in Moscow" is a place; "Moscow said" is Russia.
    const place = metonym !== undefined && lexicon.placePrepositions.has(tokens[i - 1]?.lower ?? '');
    if (place) return mention(i, end, []);
    if (found.entity.kind === 'Person' && found.length === 1) {
      const met = this.registry.personBySurname(texts[i] ?? '');
      if (met && met.id !== found.entity.id) {
        this.registry.seen(met, texts[i] ?? '');
        return mention(i, end, [met.id]);
      }
    }
    const id = this.titles.addKnown(found.entity, spanText(tokens.slice(i, end)));
    const acronym = acronymAfter(tokens, end);
    if (acronym) this.registry.alias(id, acronym.text);
    return mention(i, acronym?.end ?? end, [id]);
  }

  /** Capitalised words the knowledge base does not know: classified by their head noun, else skipped. */
  private unknownName(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
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
    if (end - i === 1) return this.singleWord(tokens, i, acronym);
    const head = headKind(tokens.slice(i, end));
    // "EU-Japan Economic Partnership Agreement": an agreement or a body named after its parties.
    const start = head === 'Initiative' || head === 'Organization' ? compoundStart(tokens, i) : i;
    const span = tokens.slice(start, end);
    const surface = spanText(span);
    const known = this.registry.byNameKey(surface);
    const kind = known?.kind ?? head ?? (this.looksLikePerson(tokens, i, end) ? 'Person' : undefined);
    if (!kind) return mention(i, end, []);
    const entity = known
      ? (this.registry.seen(known, surface), known)
      : kind === 'Person'
        ? this.registry.addPerson(surface, surface)
        : this.registry.addNamed(surface, kind, surface);
    this.registry.alias(entity.id, initials(span));
    if (acronym) this.registry.alias(entity.id, acronym.text);
    return mention(start, acronym ? acronym.end : end, kind === 'Place' ? [] : [entity.id]);
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
      return mention(i, i + 1, [met.id]);
    }
    const head = HEADS.get(token.lower);
    if (acronym && head && head !== 'Place') {
      const entity = this.registry.addNamed(token.text, head, token.text);
      this.registry.alias(entity.id, acronym.text);
      return mention(i, acronym.end, [entity.id]);
    }
    // An unknown surname that speaks ("Lavrov said") is a person.
    if (token.pos === 'PROPN' && lexicon.reporting.has(tokens, i + 1) && !isAcronym(token.text)) {
      return mention(i, i + 1, [this.registry.addPerson(token.text, token.text).id]);
    }
    return undefined;
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

/** A demonym ending at `end` used as a plural noun, for the people: "the Russians said", "hold Russians accountable". */
function isPeople(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  const next = tokens[end]?.pos;
  return last?.lower.endsWith('s') === true && last.pos !== 'ADJ' && next !== 'NOUN' && next !== 'PROPN';
}
