// Step 2: mentions of actors and issues in one sentence, resolved to entities of the document registry.
// Known names come from the knowledge base; surnames, acronyms, demonym phrases ("the Chinese side") are
// recognised here, titled people ("Russian Foreign Minister Sergei Lavrov") in titles.ts, people by their
// context in people.ts, other unknown names in unknown.ts; pronouns and group references are only marked,
// and resolved later with the discourse context.
import type { KnowledgeBase } from '../knowledge/types.ts';
import { PlaceBodyFinder } from './bodies.ts';
import { counterparts } from './counterparts.ts';
import { lexicon } from './lexicon.ts';
import { LongerNames } from './longer-names.ts';
import { mention, type Mention, type Reference } from './mention.ts';
import type { Registry } from './registry.ts';
import { acronymAfter, headKind, HYPHENS, isCapitalised, POSSESSIVES, spanText, standsFor } from './names.ts';
import { PersonFinder } from './people.ts';
import { PersonResolver } from './person-resolver.ts';
import { SentenceLookups } from './sentence-lookups.ts';
import type { Token } from './sentences.ts';
import { TitledPersonFinder } from './titles.ts';
import { classifierBefore } from './classifiers.ts';
import { UnknownNameFinder } from './unknown.ts';

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
/** Quotation marks are one character: most words need no look-up to tell. */
const isOpeningQuote = (t: Token): boolean => t.text.length === 1 && CLOSING_QUOTES.has(t.text);
/** Longest coined term in quotation marks, in tokens: a longer quotation is a quote. */
const MAX_QUOTED = 3;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'our', 'my', 'its']);
/** The pronouns by what they refer to, a person's before a body's before an author's: one look-up per word. */
const PRONOUNS = new Map<string, Reference>();
for (const [words, kind] of [
  [lexicon.authorPronouns, 'author'],
  [lexicon.bodyPronouns, 'body'],
  [lexicon.personPronouns, 'person'],
] as const)
  for (const word of words) PRONOUNS.set(word, kind);

/** Finds the mentions of one sentence, adding what it learns to the registry. */
export class MentionFinder {
  /** The knowledge base's answers for the current sentence. */
  private readonly lookups: SentenceLookups;
  private readonly resolver: PersonResolver;
  private readonly titles: TitledPersonFinder;
  private readonly people: PersonFinder;
  private readonly unknown: UnknownNameFinder;
  private readonly bodies: PlaceBodyFinder;
  private readonly longer: LongerNames;
  private readonly lowerStarts: Map<string, LowerStart>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly registry: Registry,
  ) {
    this.lookups = new SentenceLookups(kb);
    this.resolver = new PersonResolver(kb, registry, this.lookups);
    this.titles = new TitledPersonFinder(kb, registry, this.lookups, this.resolver);
    this.people = new PersonFinder(kb, registry, this.lookups, this.resolver);
    this.unknown = new UnknownNameFinder(kb, registry, this.lookups);
    this.bodies = new PlaceBodyFinder(kb, registry, this.lookups);
    this.longer = new LongerNames(registry, this.lookups);
    this.lowerStarts = lowerStarts(kb);
  }

  find(tokens: readonly Token[]): Mention[] {
    const texts = tokens.map((t) => t.text);
    this.lookups.reset(texts);
    const mentions: Mention[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.at(tokens, texts, i, mentions);
      if (found) {
        const next = tokens[found.end];
        found.possessive ||= next !== undefined && POSSESSIVES.has(next.text);
        // A name may take in names met just before it ("EU-Japan Economic Partnership Agreement").
        // What they named alone is then no mention: "Recording Industry Association" in "... of America (RIAA)".
        while ((mentions.at(-1)?.start ?? -1) >= found.start)
          for (const id of mentions.pop()?.ids ?? []) if (!found.ids.includes(id)) this.registry.retract(id);
        if (found.ids.length > 0 || found.reference) mentions.push(found);
        i = Math.max(found.end, i + 1);
      } else i++;
    }
    counterparts(tokens, mentions, this.lookups, this.registry);
    return mentions;
  }

  private at(
    tokens: readonly Token[],
    texts: readonly string[],
    i: number,
    before: readonly Mention[],
  ): Mention | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    // Most tokens are lower-case words that can at most start an issue ("multilateralism"): one look-up.
    if (!isCapitalised(token) && !isOpeningQuote(token)) {
      const start = this.lowerStarts.get(token.lower);
      if (start !== 'opener') return start === 'issue' ? this.knownName(tokens, texts, i) : undefined;
    }
    // An unknown name is asked for before the known ones where a classifier says one starts ("state-owned
    // Saudi Aramco"), else last; it needs a capital, and the classifier is looked for once.
    const classifier = isCapitalised(token) ? classifierBefore(tokens, i) : undefined;
    return (
      this.quoted(tokens, texts, i) ??
      this.reference(tokens, i) ??
      this.titles.find(tokens, i) ??
      this.titles.afterTitle(tokens, i) ??
      this.description(tokens, i) ??
      this.bodies.find(tokens, i) ??
      this.bodies.stateBody(tokens, i) ??
      (classifier === undefined ? undefined : this.unknown.find(tokens, i, before, classifier)) ??
      this.demonymPhrase(tokens, texts, i) ??
      this.bodies.administration(tokens, i) ??
      this.knownName(tokens, texts, i) ??
      this.people.find(tokens, i, before) ??
      this.unknown.find(tokens, i, before, classifier)
    );
  }

  /**
   * A short term in quotation marks that is not a known name: a coined issue or slogan, such as releasing
   * a “political virus”. Quoted speech is longer or holds a verb, and is left alone.
   */
  private quoted(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const close = CLOSING_QUOTES.get(tokens[i]?.text ?? '');
    // A straight quote written against the word before it closes a quotation: '"null and void" and'.
    if (close === undefined || (close === '"' && tokens[i - 1]?.end === tokens[i]?.start)) return undefined;
    let end = i + 1;
    while (end < i + 1 + MAX_QUOTED && tokens[end] && tokens[end]?.text !== close) end++;
    const inner = tokens.slice(i + 1, end);
    if (
      tokens[end]?.text !== close ||
      inner.length === 0 ||
      inner.some((t) => t.pos === 'VERB' || (t.pos === 'PUNCT' && !HYPHENS.has(t.text))) ||
      // Function words alone ("and the") name nothing.
      !inner.some((t) => t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') ||
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

  /** "the airline", "the embassy": an organisation named before by that noun, the phrase ending there. */
  private description(tokens: readonly Token[], i: number): Mention | undefined {
    const noun = tokens[i + 1];
    const after = tokens[i + 2]?.pos;
    if (tokens[i]?.lower !== 'the' || !noun || noun.pos !== 'NOUN' || after === 'NOUN' || after === 'PROPN')
      return undefined;
    const entity = this.registry.describedBy(noun.lemma);
    // "the government" with no government met before: the state named last (the discourse step says).
    if (!entity && GOVERNMENTS.has(noun.text))
      return after === 'ADP' && tokens[i + 2]?.lower === 'of' ? undefined : mention(i, i + 2, [], 'state');
    if (!entity) return undefined;
    this.registry.seen(entity, spanText(tokens.slice(i, i + 2)));
    return mention(i, i + 2, [entity.id]);
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
    const kind = PRONOUNS.get(token.lower);
    if (kind === undefined || (kind === 'author' && token.lower === 'us' && token.text !== 'us'))
      return undefined;
    return mention(i, i + 1, [], kind, POSSESSIVE_PRONOUNS.has(token.lower));
  }

  /**
   * "the Chinese side", "the Russian government", "Ukrainian people", "Russian military forces", "the
   * Russians", "a senior Iranian diplomat": the country.
   */
  private demonymPhrase(tokens: readonly Token[], texts: readonly string[], i: number): Mention | undefined {
    const start = tokens[i]?.lower === 'the' ? i + 1 : i;
    const demonym = this.lookups.demonym(start);
    if (!demonym) return undefined;
    let j = start + demonym.length;
    const body = this.lookups.body(j);
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
      const agent = this.lookups.agent(j);
      if (lexicon.sideWords.has(tokens[k]?.lower ?? '')) j = k + 1;
      // "a senior Iranian diplomat", "Russian lawmakers": holders who speak for the state or its body.
      else if (agent && agent.agent.speaksFor !== 'none' && !isCapitalised(tokens[j + agent.length]))
        j += agent.length;
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
    const metonym = match ? undefined : this.lookups.metonym(i);
    const found = match ?? metonym;
    if (!found) return undefined;
    const end = i + found.length;
    // "in Moscow" is a place; "Moscow said" is Russia. "the Gulf of Oman" is a sea, not the country.
    const place =
      (metonym !== undefined && lexicon.placePrepositions.has(tokens[i - 1]?.lower ?? '')) ||
      (tokens[i - 1]?.lower === 'of' && WATERS.has(tokens[i - 2]?.text ?? ''));
    if (place) return mention(i, end, []);
    if (found.entity.kind === 'Person' && found.length === 1) {
      const met = this.registry.personBySurname(tokens[i]?.lower ?? '');
      if (met && met.id !== found.entity.id) {
        this.registry.seen(met, texts[i] ?? '');
        return mention(i, end, [met.id]);
      }
    }
    let acronym = acronymAfter(tokens, end);
    if (
      acronym &&
      !standsFor(acronym.text, tokens.slice(i, end)) &&
      !found.entity.aliases.includes(acronym.text)
    ) {
      const defined = this.longer.definedBefore(tokens, i, acronym, found.entity.kind);
      if (defined) return defined;
      // "the United States (I2U2)": the acronym names something else, mentioned on its own.
      acronym = undefined;
    }
    const named = this.longer.namedAfter(tokens, i, end, found.entity);
    if (named) return named;
    const id = this.resolver.addKnown(found.entity, spanText(tokens.slice(i, end)));
    if (acronym) this.registry.alias(id, acronym.text);
    return mention(i, acronym?.end ?? end, [id]);
  }
}

/** Nouns for a state's government that "the" makes a reference ("the state" means too much else). */
const GOVERNMENTS = new Set(['government', 'administration', 'regime', 'junta']);

/** Names of waters that take a country's name after "of": "the Gulf of Oman", "the Sea of Japan". */
const WATERS = new Set(['Gulf', 'Sea', 'Bay', 'Strait', 'Straits', 'Channel', 'Ocean']);

/** What a lower-case word may start: a reference, description or titled name (an opener), or an issue. */
type LowerStart = 'opener' | 'issue';

const lowerStartCache = new WeakMap<KnowledgeBase, Map<string, LowerStart>>();

/**
 * The openers, and the first words of the names that may be written in lower case (issues), which need
 * only the known-name look-up: one map, as nearly every word is asked, and most are neither.
 */
function lowerStarts(kb: KnowledgeBase): Map<string, LowerStart> {
  let starts = lowerStartCache.get(kb);
  if (!starts) {
    starts = new Map();
    for (const e of kb.entities.values()) {
      if (e.kind !== 'Concept' && e.kind !== 'Initiative') continue;
      for (const name of [e.label, ...e.aliases])
        starts.set(name.split(/[\s-]/)[0]?.toLowerCase() ?? '', 'issue');
    }
    for (const word of OPENERS) starts.set(word, 'opener');
    lowerStartCache.set(kb, starts);
  }
  return starts;
}

/** A demonym ending at `end` used as a plural noun, for the people: "the Russians said", "hold Russians accountable". */
function isPeople(tokens: readonly Token[], end: number): boolean {
  const last = tokens[end - 1];
  const next = tokens[end]?.pos;
  return last?.lower.endsWith('s') === true && last.pos !== 'ADJ' && next !== 'NOUN' && next !== 'PROPN';
}
