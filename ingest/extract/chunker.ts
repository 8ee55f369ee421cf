// Base noun phrases from wink-nlp's tags: [determiners] [modifiers] head, an owner before "'s" or a
// possessive pronoun, then the prepositional complements that belong to each head.
import words from '../lexicon/phrases.json' with { type: 'json' };
import { phrases } from './lexicon.ts';
import { joinsWords } from './names.ts';
import type { Token } from './sentences.ts';
import { addWords, PHRASE_OPENER } from './word-classes.ts';

export interface Span {
  start: number;
  end: number;
}

export interface NounPhrase {
  /** Its place in the sentence's list of phrases. */
  index: number;
  /** Token range [start, end) of the base phrase: determiners, modifiers and the head. */
  start: number;
  end: number;
  /** The head: the last noun of the base phrase. */
  head: number;
  /** The first token after determiners, quantifiers and an owner: where a label starts. */
  body: number;
  /** The phrase that owns this one ("Russia" in "Russia's war", "their" in "their efforts"); -1 if none. */
  owner: number;
  /** Prepositional complements: "on flights" and "to Cuba" in "restrictions on flights to Cuba". */
  complements: Complement[];
  /** End of the phrase with its complements (and theirs). */
  extent: number;
  /** A personal or demonstrative pronoun standing alone ("he", "they", "this"). */
  pronoun: boolean;
}

export interface Complement {
  /** The preposition's token index. */
  at: number;
  /** The phrase it introduces, as an index into the sentence's phrases. */
  np: number;
}

const DETERMINERS = new Set(words.determiners);
const QUANTIFIERS = new Set(words.quantifiers);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
/**
 * The words that can open a phrase before its body, in one look-up (asked of most tokens): determiners
 * and quantifiers always, demonstratives only where tagged as determiners ("said that China").
 */
const DETERMINING = new Map<string, 'always' | 'tagged'>([
  ...[...DETERMINERS, ...QUANTIFIERS].map((w): [string, 'always'] => [w, 'always']),
  ...[...DEMONSTRATIVES].map((w): [string, 'tagged'] => [w, 'tagged']),
]);
const OWNERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PRONOUNS = new Set(words.personalPronouns);
/** Owners, pronouns and determiners, a word class (read once per token): most words are none of them. */
addWords(PHRASE_OPENER, 'form', [...OWNERS, ...PRONOUNS, ...DETERMINING.keys()]);
const DEGREE = new Set(words.degreeAdverbs);
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const COMPLEMENTS = new Set(words.complements);
const QUOTES = new Set(['“', '"', '‘']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** "Russia's strikes today": a time after a head is no part of its phrase. */
const TIMES = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now']);
/** Circumstances ("in response to", "during"): their phrase belongs to no noun. */
const ADJUNCTS = phrases(words.adjuncts);

/** A noun, a name or a number. Asked of most tokens: three comparisons cost less than a set look-up. */
export function isNominal(pos: string): boolean {
  return pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM';
}

/**
 * Chunks one sentence. `atoms` are spans kept whole as one noun (names found by the mention step);
 * `classes` the tokens' word classes. Gives the phrases and, for each token, the index of the base phrase
 * covering it (-1 for none).
 */
export function chunk(
  tokens: readonly Token[],
  atoms: readonly Span[],
  classes: readonly number[],
): { nps: NounPhrase[]; npAt: number[] } {
  const chunker = new Chunker(tokens, atoms, classes);
  const nps = chunker.phrases();
  chunker.attachComplements(nps);
  return { nps, npAt: chunker.npAt };
}

class Chunker {
  // Plain arrays, not typed ones: one of each is made per sentence, and a typed array costs far more to
  // make (its buffer lives outside the heap).
  private readonly atomEnd: number[];
  readonly npAt: number[];

  constructor(
    private readonly tokens: readonly Token[],
    atoms: readonly Span[],
    private readonly classes: readonly number[],
  ) {
    this.atomEnd = new Array<number>(tokens.length).fill(-1);
    for (const a of atoms) this.atomEnd[a.start] = a.end;
    this.npAt = new Array<number>(tokens.length).fill(-1);
  }

  phrases(): NounPhrase[] {
    const { tokens } = this;
    const nps: NounPhrase[] = [];
    const add = (start: number, end: number, head: number, body: number, owner: number, pronoun = false) => {
      const np: NounPhrase = {
        index: nps.length,
        start,
        end,
        head,
        body,
        owner,
        complements: [],
        extent: end,
        pronoun,
      };
      nps.push(np);
      // A loop, not fill(): most phrases are a word or two.
      for (let i = start; i < end; i++) this.npAt[i] = np.index;
      return np.index;
    };
    let owner = -1;
    let k = 0;
    while (k < tokens.length) {
      const t = tokens[k] as Token;
      const opening = ((this.classes[k] ?? 0) & PHRASE_OPENER) !== 0;
      // "their efforts", "our people": the pronoun owns the phrase after it.
      if (opening && OWNERS.has(t.lower) && this.continues(k + 1)) {
        owner = add(k, k + 1, k, k, -1, true);
        k++;
        continue;
      }
      // "said that the ...": a subordinating "that" is no pronoun.
      if (
        opening &&
        !this.isAtom(k) &&
        PRONOUNS.has(t.lower) &&
        t.pos !== 'SCONJ' &&
        (t.pos === 'PRON' || !this.continues(k + 1) || this.isParticipleOfThose(k))
      ) {
        add(k, k + 1, k, k, -1, true);
        owner = -1;
        k++;
        continue;
      }
      let j = k;
      if (opening) while (j < tokens.length && !this.isAtom(j) && this.isDeterminer(j)) j++;
      const body = j;
      let head = -1;
      while (j < tokens.length) {
        const w = tokens[j] as Token;
        const atom = this.atomEnd[j] ?? -1;
        if (atom > j) {
          head = atom - 1;
          j = atom;
        } else if (this.joinsWithin(j)) j++;
        else if (head >= 0 && (TIMES.has(w.lower) || this.isParticipleAfterName(j, head))) break;
        else if ((isNominal(w.pos) && !POSSESSIVE.has(w.text)) || this.isMistaggedNoun(j, k, head))
          head = j++;
        // "Kurdish-led": any word after a joining hyphen. An adverb after the head opens no modifier of
        // it: "the Department of State also designated the IRGC", "Hezbollah as terrorists".
        else if ((this.isModifier(j) && !(head >= 0 && w.pos === 'ADV')) || this.isHyphenJoin(j - 1)) j++;
        else break;
      }
      // "began a military offensive in Syria": an adjective after a determiner, with no noun after it, is
      // the head the tagger missed.
      if (head < 0 && body > k && tokens[j]?.pos === 'ADJ' && !this.continues(j + 1)) head = j;
      if (head < 0) {
        owner = -1;
        k = Math.max(j, k + 1);
        continue;
      }
      const index = add(k, head + 1, head, owner >= 0 ? k : body, owner);
      owner = -1;
      k = head + 1;
      if (POSSESSIVE.has(tokens[k]?.text ?? '')) {
        owner = index;
        k++;
      }
    }
    return nps;
  }

  /** Gives each phrase the phrases of its prepositions ("restrictions on flights to Cuba") and its extent. */
  attachComplements(nps: NounPhrase[]): void {
    const { tokens, npAt } = this;
    for (let i = nps.length - 1; i >= 0; i--) {
      const np = nps[i] as NounPhrase;
      if (np.pronoun) continue;
      let k = np.end;
      for (;;) {
        const prep = tokens[k];
        if (!prep || prep.pos !== 'ADP' || !COMPLEMENTS.has(prep.lower) || ADJUNCTS.has(tokens, k)) break;
        // "the agreement on sending Turkish soldiers to Libya": a gerund's object is the complement.
        const gerund = tokens[k + 1]?.pos === 'VERB' && tokens[k + 1]?.lower.endsWith('ing') ? 1 : 0;
        const object = nps[npAt[k + 1 + gerund] ?? -1];
        if (object?.start !== k + 1 + gerund) break;
        // "of their relationship", "of Russia's war": the complement is what the owner owns.
        let owned = object;
        while (nps[owned.index + 1]?.owner === owned.index) owned = nps[owned.index + 1] as NounPhrase;
        np.complements.push({ at: k, np: owned.index });
        k = owned.extent;
        // "the withdrawal of US troops from Syria": the next preposition belongs to the nearer head.
        if (owned.complements.length > 0) break;
      }
      np.extent = k;
    }
  }

  private isAtom(j: number): boolean {
    return (this.atomEnd[j] ?? -1) > j;
  }

  /** Whether a noun phrase can go on at token j: a name, a noun, a modifier, a quotation mark before one. */
  private continues(j: number): boolean {
    const t = this.tokens[j];
    if (!t) return false;
    return (
      this.isAtom(j) ||
      isNominal(t.pos) ||
      t.pos === 'ADJ' ||
      this.isModifier(j) ||
      (QUOTES.has(t.text) && this.continues(j + 1))
    );
  }

  private isDeterminer(j: number): boolean {
    const t = this.tokens[j] as Token;
    // "said that China": "that" is a determiner only where the tagger says so.
    const kind = DETERMINING.get(t.lower);
    const word = kind === 'always' || (kind === 'tagged' && t.pos === 'DET');
    return word && this.continues(j + 1);
  }

  /**
   * Words before a head: adjectives, numbers, participles before a noun ("the proposed change", "the
   * remaining signatories"), adverbs before an adjective ("a very large"). An adjective after a noun ends
   * the phrase ("keep the deal operational") unless a noun follows.
   */
  private isModifier(j: number): boolean {
    const { tokens } = this;
    const t = tokens[j] as Token;
    // Asked of most words: only these tags can modify, and need a look around.
    if (t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'VERB' && t.pos !== 'ADV') return false;
    const next = tokens[j + 1];
    const nounFollows =
      next !== undefined && (isNominal(next.pos) || next.pos === 'ADJ' || this.isAtom(j + 1));
    // What the word is before is asked first: most words modify nothing, whatever stands before them.
    let modifies: boolean;
    if (t.pos === 'ADJ' || t.pos === 'NUM')
      modifies = nounFollows || this.isHyphenJoin(j + 1) || this.isModifierConjunction(j + 1);
    // "designated the IRGC": a participle before a determiner is a verb with its object.
    else if (t.pos === 'VERB')
      modifies =
        nounFollows && /(ed|en|ing)$/.test(t.lower) && this.isOpened(j) && !DETERMINERS.has(next.lower);
    // An adverb: "a very large", "unlawfully detained vessels"; "as" is a preposition the tagger took
    // for an adverb.
    else
      modifies =
        t.lower !== 'as' &&
        next !== undefined &&
        (next.pos === 'ADJ' || /(ed|en)$/.test(next.lower)) &&
        this.isModifier(j + 1);
    return modifies && !this.isAfterSubjectPronoun(j) && !this.isParticipleOfThose(j - 1);
  }

  /**
   * "target those supporting efforts to ...", "those fomenting violence": "those" before a participle stands
   * for people, and the participle is what they do ("those who support"), not a modifier of a noun after it.
   */
  private isParticipleOfThose(k: number): boolean {
    const next = this.tokens[k + 1];
    return this.tokens[k]?.lower === 'those' && next !== undefined && next.lower.endsWith('ing');
  }

  /** "appreciation for Cambodia co-sponsoring resolutions": a name is no modifier; what follows is its act. */
  private isParticipleAfterName(j: number, head: number): boolean {
    const t = this.tokens[j] as Token;
    return (
      this.tokens[head]?.pos === 'PROPN' &&
      (t.pos === 'ADJ' || t.pos === 'VERB') &&
      t.lower.endsWith('ing') &&
      !this.isHyphenJoin(j - 1)
    );
  }

  /**
   * "the SolarWinds hack,": a verb in its base form after a determiner and a name, before the end of the
   * phrase, is the tagger's mistake for a noun.
   */
  private isMistaggedNoun(j: number, start: number, head: number): boolean {
    const { tokens } = this;
    const t = tokens[j] as Token;
    const after = tokens[j + 1];
    return (
      t.pos === 'VERB' &&
      t.lower === t.lemma &&
      head === j - 1 &&
      tokens[head]?.pos === 'PROPN' &&
      DETERMINERS.has(tokens[start]?.lower ?? '') &&
      (!after || after.pos === 'PUNCT' || after.pos === 'ADP' || after.pos === 'CCONJ')
    );
  }

  /** "we also welcome": after a subject pronoun comes a verb, whatever the tagger says. */
  private isAfterSubjectPronoun(j: number): boolean {
    let i = j - 1;
    while (this.tokens[i]?.pos === 'ADV') i--;
    return SUBJECTS.has(this.tokens[i]?.lower ?? '');
  }

  /**
   * A determiner or a modifier stands before token j: a participle there modifies a noun. An adverb does
   * when it qualifies a manner ("unlawfully detained vessels") or a degree ("much needed funding"), or is
   * itself opened ("a newly elected president"), not "also", "then" ("..., also criticized Iran", "had
   * also levied sanctions").
   */
  private isOpened(j: number): boolean {
    const prev = this.tokens[j - 1];
    if (prev?.pos === 'ADV')
      return prev.lower.endsWith('ly') || DEGREE.has(prev.lower) || this.isOpened(j - 1);
    return (
      prev !== undefined &&
      ((DETERMINERS.has(prev.lower) && !DEMONSTRATIVES.has(prev.lower)) ||
        prev.pos === 'ADJ' ||
        prev.pos === 'DET')
    );
  }

  /** A hyphen, a quotation mark or a conjunction inside a phrase. */
  private joinsWithin(j: number): boolean {
    const t = this.tokens[j] as Token;
    // Asked of every word of a phrase: all of them are one character long, or "and" or "or".
    if (t.text.length !== 1 && t.lower !== 'and' && t.lower !== 'or') return false;
    return this.isHyphenJoin(j) || this.isInnerQuote(j) || this.isModifierConjunction(j);
  }

  /** "EU-Japan", "Kurdish-led", "deep-sea", "U.S.-designated": a hyphen written between two words. */
  private isHyphenJoin(j: number): boolean {
    // Asked of every word of a phrase: a hyphen is one character, most words are longer.
    if (this.tokens[j]?.text.length !== 1) return false;
    return joinsWords(this.tokens, j) && /[\p{L}\d]/u.test(this.tokens[j + 1]?.text ?? '');
  }

  /** A quotation mark inside a phrase: the “Indo-Pacific strategy”, a “political virus”. */
  private isInnerQuote(j: number): boolean {
    return QUOTES.has(this.tokens[j]?.text ?? '') && this.continues(j + 1);
  }

  /** "the brave and proud people", "economic and trade relationship": adjectives joined before a noun. */
  private isModifierConjunction(j: number): boolean {
    const { tokens } = this;
    const t = tokens[j];
    const prev = tokens[j - 1];
    if (!t || !prev || (t.lower !== 'and' && t.lower !== 'or' && t.text !== ',')) return false;
    const next = tokens[j + 1];
    return prev.pos === 'ADJ' && (next?.pos === 'ADJ' || next?.pos === 'NOUN') && this.continues(j + 2);
  }
}
