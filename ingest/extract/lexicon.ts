// The word lists of ingest/lexicon/ as fast phrase matchers over tokens.
import stance from '../lexicon/stance.json' with { type: 'json' };
import discourse from '../lexicon/discourse.json' with { type: 'json' };
import references from '../lexicon/references.json' with { type: 'json' };
import verbs from '../lexicon/verbs.json' with { type: 'json' };
import type { Stance } from '../model.ts';
import type { Token } from './sentences.ts';
import { verbCueEntries } from './verb-cues.ts';
import { addWords, classesOf, CUE_LISTS } from './word-classes.ts';

interface Phrase<V> {
  words: string[];
  value: V;
}

/** The phrases of one first word, longest first, and the words that can follow it. */
interface Bucket<V> {
  phrases: Phrase<V>[];
  /** Second words of the longer phrases: most tokens after a cue's first word are none of them. */
  seconds: Set<string>;
  /** Their lengths, a bit each (see lengthBit). */
  secondLengths: number;
}

/** A set of phrases (word sequences) matched at a token position on lemma or lower-case form. */
export class PhraseSet<V = true> {
  private readonly byFirst = new Map<string, Bucket<V>>();
  /** Last words of all phrases: where phrases are looked for backwards, a cheap gate. */
  private readonly lasts = new Set<string>();
  /**
   * The lengths of the first words, a bit each: most words asked about start no phrase, and most of
   * them are turned away by their length before the look-up.
   */
  private firstLengths = 0;

  add(phrase: string | readonly string[], value: V): this {
    const words = typeof phrase === 'string' ? phrase.toLowerCase().split(/\s+/) : [...phrase];
    const [first, second] = words;
    if (first === undefined) return this;
    const bucket = this.byFirst.get(first) ?? { phrases: [], seconds: new Set<string>(), secondLengths: 0 };
    // Longest first, so "put forward" wins over "put"; among equals, the first added.
    const at = bucket.phrases.findIndex((other) => other.words.length < words.length);
    bucket.phrases.splice(at < 0 ? bucket.phrases.length : at, 0, { words, value });
    if (second !== undefined) {
      bucket.seconds.add(second);
      bucket.secondLengths |= lengthBit(second);
    }
    this.byFirst.set(first, bucket);
    this.lasts.add(words[words.length - 1] ?? first);
    this.firstLengths |= lengthBit(first);
    return this;
  }

  /** Whether a phrase may end with the token (matched, as every word, on its lower-case form or lemma). */
  mayEndWith(t: Token | undefined): boolean {
    return t !== undefined && (this.lasts.has(t.lower) || this.lasts.has(t.lemma));
  }

  /** First words of all phrases. */
  firstWords(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /**
   * The longest phrase starting at tokens[i], matching each word on its lemma or its lower-case form;
   * phrases keyed by the form ("sought") are tried before those keyed by the lemma ("seek").
   */
  match(tokens: readonly Token[], i: number): { value: V; length: number } | undefined {
    const found = this.phraseAt(tokens, i);
    return found && { value: found.value, length: found.words.length };
  }

  /** Whether a phrase starts at tokens[i]; asked of most tokens, so it makes no object. */
  has(tokens: readonly Token[], i: number): boolean {
    return this.phraseAt(tokens, i) !== undefined;
  }

  private phraseAt(tokens: readonly Token[], i: number): Phrase<V> | undefined {
    const head = tokens[i];
    if (!head) return undefined;
    return (
      this.phraseFrom(this.bucketOf(head.lower), tokens, i) ??
      (head.lemma === head.lower ? undefined : this.phraseFrom(this.bucketOf(head.lemma), tokens, i))
    );
  }

  private bucketOf(first: string): Bucket<V> | undefined {
    return (this.firstLengths & lengthBit(first)) === 0 ? undefined : this.byFirst.get(first);
  }

  private phraseFrom(
    bucket: Bucket<V> | undefined,
    tokens: readonly Token[],
    i: number,
  ): Phrase<V> | undefined {
    if (!bucket) return undefined;
    const next = tokens[i + 1];
    // Most first words start no longer phrase: no look-up of the next word then.
    const longer = next !== undefined && (isSecond(bucket, next.lower) || isSecond(bucket, next.lemma));
    for (const phrase of bucket.phrases) {
      const { words } = phrase;
      if (words.length > 1 && !longer) continue;
      let ok = true;
      for (let k = 1; k < words.length && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && (t.lower === words[k] || t.lemma === words[k]);
      }
      if (ok) return phrase;
    }
    return undefined;
  }
}

/** Whether a word is the second word of a longer phrase of the bucket; most are turned away by their length. */
function isSecond<V>(bucket: Bucket<V>, word: string): boolean {
  return (bucket.secondLengths & lengthBit(word)) !== 0 && bucket.seconds.has(word);
}

/** A bit for the length of a word (all words of 31 letters or more share one). */
function lengthBit(word: string): number {
  return 1 << Math.min(word.length, 31);
}

export function phrases(list: readonly (string | readonly string[])[]): PhraseSet {
  const set = new PhraseSet();
  for (const p of list) set.add(p, true);
  return set;
}

export interface StanceCue {
  relation: Stance;
  /** A word that must follow within three tokens ("work with"), when the phrase ends in a preposition. */
  requires?: string;
  /** An act done, not words said ("detain", "strike"). */
  material?: boolean;
}

/** Verb cues: converted verbs and patterns with the hand overrides (verb-cues.ts). */
function verbCues(): PhraseSet<StanceCue> {
  const set = new PhraseSet<StanceCue>();
  for (const { words, ...cue } of verbCueEntries()) set.add(words, cue);
  return set;
}

/** "hold accountable": each verb to the words that complete it after its object, with the stance. */
function objectComplements(list: readonly string[], relation: Stance): Map<string, Map<string, Stance>> {
  const byVerb = new Map<string, Map<string, Stance>>();
  for (const phrase of list) {
    const [verb = '', complement = ''] = phrase.split(' ');
    byVerb.set(verb, (byVerb.get(verb) ?? new Map<string, Stance>()).set(complement, relation));
  }
  return byVerb;
}

function relationSet(groups: Partial<Record<Stance, string[]>>): PhraseSet<Stance> {
  const set = new PhraseSet<Stance>();
  for (const [relation, list] of Object.entries(groups) as [Stance, string[]][]) {
    for (const phrase of list) set.add(phrase, relation);
  }
  return set;
}

const sets = {
  verbs: verbCues(),
  directives: phrases(verbs.directives.PROPOSES),
  objectComplements: objectComplements(verbs.objectComplements.OPPOSES, 'OPPOSES'),
  nouns: relationSet(stance.nouns),
  evaluations: relationSet(stance.evaluations),
  relational: relationSet(stance.relational),
  against: phrases(stance.against),
  inSupportOf: phrases(stance.inSupportOf),
  reporting: phrases(discourse.reporting),
  negators: phrases(discourse.negators),
  cancelling: new Set(discourse.cancelling),
  judging: new Set(discourse.judging),
  announcing: new Set(discourse.announcing),
  committing: new Set(discourse.committing),
  legal: new Set(discourse.legal),
  signing: new Set(discourse.signing),
  going: new Set(discourse.going),
  conducting: new Set(discourse.conducting),
  thanking: new Set(discourse.thanking),
  intended: phrases(discourse.intended),
  obligated: phrases(discourse.obligated),
  conditional: phrases(discourse.conditional),
  clauseBreaks: phrases(discourse.clauseBreaks),
  prepositions: new Set(discourse.prepositions),
  adjuncts: phrases(discourse.adjuncts),
  actorTargetsOnly: new Set(stance.actorTargetsOnly),
  bodyTargetsOnly: new Set(stance.bodyTargetsOnly),
  placePrepositions: new Set(discourse.placePrepositions),
  adjunctPrepositions: new Set(discourse.adjunctPrepositions),
  partnerPrepositions: new Set(discourse.partnerPrepositions),
  timeWords: new Set(discourse.timeWords),
  meeting: phrases(discourse.meeting),
  reciprocal: phrases(discourse.reciprocal),
  membership: phrases(discourse.membership),
  personPronouns: new Set(references.person),
  groupReferences: phrases(references.group),
  authorPronouns: new Set(references.author),
  bodyPronouns: new Set(references.body),
  sideWords: new Set(references.sideWords),
};

/** The lists of stance cues, a bit each of the word classes' CUE_LISTS. */
const CUE_BITS = {
  verbs: 1,
  directives: 2,
  nouns: 4,
  relational: 8,
  evaluations: 16,
  against: 32,
  inSupportOf: 64,
  objectComplements: 128,
};

export type CueList = keyof typeof CUE_BITS;

/**
 * For each word that can start a stance cue, the lists it starts a phrase of, as word classes (on the
 * form or the lemma, as PhraseSet.match reads them): most tokens start none and skip all cue look-ups at
 * once, and the others skip the lists they start nothing of.
 */
for (const [list, bit] of Object.entries(CUE_BITS) as [CueList, number][]) {
  const words = list === 'objectComplements' ? sets.objectComplements.keys() : sets[list].firstWords();
  addWords(bit, 'either', words);
}

/** The cue lists a word starts a phrase of (0 for none). */
function cueListsOf(word: string): number {
  return classesOf(word) & CUE_LISTS;
}

/** Whether the lists of cueListsOf hold a list. */
export function startsCue(lists: number, list: CueList): boolean {
  return (lists & CUE_BITS[list]) !== 0;
}

export const lexicon = { ...sets, cueListsOf };
