// Stance cues in a sentence: the words that carry a position ("supports", "condemnation", "destructive",
// "against"), whether a verb is passive, and which cues negation or a condition cancels.
import stanceLexicon from '../lexicon/stance.json' with { type: 'json' };
import type { Stance } from '../model.ts';
import type { Attribution } from './attribution.ts';
import { lexicon, startsCue } from './lexicon.ts';
import { startsUpper } from './names.ts';
import type { Token } from './sentences.ts';
import { ACT_NOUN, addWords, CONDITION, CUE_LISTS, tokenClasses } from './word-classes.ts';

type CueType = 'verb' | 'directive' | 'noun' | 'relational' | 'act' | 'evaluation' | 'against';

export interface Cue {
  at: number;
  end: number;
  relation: Stance;
  type: CueType;
  passive: boolean;
  /** A preposition that must follow a verb cue and introduces its object ("cooperate with"). */
  requires: string | undefined;
  /** A verb of an act done, not of words said ("detained", "struck"; the coder's code says which). */
  material: boolean;
}

export const ACTS = new Set(stanceLexicon.acts);
addWords(ACT_NOUN, 'form', ACTS);

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  "'s",
  '’s',
]);

/** "the airstrike that killed X": "that" before a verb is a relative pronoun, not a determiner. */
function isDeterminer(t: Token): boolean {
  return DETERMINERS.has(t.lower) && (!DEMONSTRATIVES.has(t.lower) || t.pos === 'DET');
}

const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);

const SUBJECT_PRONOUNS = new Set(['we', 'they', 'i', 'he', 'she', 'you']);

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/** The cues in tokens[start, end); `classes` are the tokens' word classes (word-classes.ts). */
export function findCues(
  tokens: readonly Token[],
  classes: readonly number[],
  start: number,
  end: number,
  inMention: (k: number) => boolean,
): Cue[] {
  const cues: Cue[] = [];
  for (let k = start; k < end; k++) {
    // Mentions are asked about only where a cue starts: most words start none.
    const cue = cueAt(tokens, k, (classes[k] ?? 0) & CUE_LISTS);
    if (cue && !inMention(k)) {
      cues.push(cue);
      k = cue.end - 1;
    }
  }
  return cues;
}

/** The cue at token k, which starts a phrase of the cue lists `lists` (its word classes' CUE_LISTS). */
function cueAt(tokens: readonly Token[], k: number, lists: number): Cue | undefined {
  const participle = perfectParticiple(tokens, k);
  if (participle) return cueAt(participle, k, tokenClasses(participle[k] as Token) & CUE_LISTS);
  const t = tokens[k];
  // Each list is looked up only when the word starts a phrase of it (a listed infinitive is a verb cue).
  if (!t || lists === 0) return undefined;
  const prev = tokens[k - 1];
  // After "will", "to", "should" or a subject pronoun a word is a verb, whatever the tagger says
  // ("will sanction Russia", "we also welcome").
  const afterAuxiliary =
    prev !== undefined &&
    (prev.pos === 'AUX' ||
      prev.lower === 'to' ||
      (startsCue(lists, 'verbs') && isListedInfinitive(tokens, k)));
  const afterSubject = SUBJECT_PRONOUNS.has(wordBefore(tokens, k)?.lower ?? '');
  const nominal =
    !afterAuxiliary &&
    !afterSubject &&
    (t.pos === 'NOUN' ||
      t.pos === 'ADJ' ||
      (prev !== undefined && isDeterminer(prev)) ||
      isTitleWord(t, prev));
  // "urged the US to waive immunity", "called on Turkey to halt": what is called for after the addressee.
  const directive =
    nominal || !startsCue(lists, 'directives') ? undefined : lexicon.directives.match(tokens, k);
  if (directive && t.pos !== 'NOUN') return cue(k, directive.length, 'PROPOSES', 'directive');
  const completed =
    nominal || !startsCue(lists, 'objectComplements') ? undefined : completedAfterObject(tokens, k);
  if (completed) return cue(k, 1, completed, 'verb');
  const verb = startsCue(lists, 'verbs') ? lexicon.verbs.match(tokens, k) : undefined;
  if (
    verb &&
    !nominal &&
    (!verb.value.requires || follows(tokens, k + verb.length, verb.value.requires)) &&
    !controls(tokens, k + verb.length)
  ) {
    // "is opposed to", "had been allied with": a participle of state, whose subject holds the stance.
    const state = isPassive(tokens, k) ? stateComplement(tokens, k + verb.length) : undefined;
    const passive = isPassive(tokens, k) && state === undefined;
    return cue(
      k,
      verb.length,
      foughtFor(tokens, k, verb.value.relation),
      'verb',
      passive,
      state ?? verb.value.requires,
      verb.value.material,
    );
  }
  // "a critic of Putin", "Iran's allies": a noun for someone by their stance.
  const relational = startsCue(lists, 'relational') ? lexicon.relational.match(tokens, k) : undefined;
  if (relational && t.pos !== 'VERB') return cue(k, relational.length, relational.value, 'relational');
  const noun = startsCue(lists, 'nouns') ? lexicon.nouns.match(tokens, k) : undefined;
  if (noun && t.pos !== 'VERB') {
    if (ACTS.has(t.lower)) return cue(k, noun.length, noun.value, 'act');
    // "the Joint Initiative on Climate Change": a capitalised noun after a capitalised word names a thing.
    if (!(startsUpper(t.text) && prev && startsUpper(prev.text)))
      return cue(k, noun.length, foughtFor(tokens, k, noun.value), 'noun');
  }
  const evaluation = startsCue(lists, 'evaluations') ? lexicon.evaluations.match(tokens, k) : undefined;
  if (evaluation) return cue(k, evaluation.length, evaluation.value, 'evaluation');
  // "against the backdrop" is a circumstance; "aggression against X" names the victim of the act, and
  // "plots against dissidents" what the plots are about: "against" after a noun opposes only where that
  // noun states a position itself ("coordination against disinformation").
  const against = startsCue(lists, 'against') && lexicon.against.has(tokens, k);
  if (against && !lexicon.adjuncts.has(tokens, k) && !ownedByNoun(prev))
    return cue(k, 1, 'OPPOSES', 'against');
  const support = startsCue(lists, 'inSupportOf') ? lexicon.inSupportOf.match(tokens, k) : undefined;
  if (support) return cue(k, support.length, 'SUPPORTS', 'against');
  return undefined;
}

/** Most words of an object between a verb and the word that completes it ("hold the DPRK accountable"). */
const OBJECT_WINDOW = 6;

/** "held the Russian government accountable": the stance of a verb completed after its object. */
function completedAfterObject(tokens: readonly Token[], k: number): Stance | undefined {
  const t = tokens[k];
  const complements = t && lexicon.objectComplements.get(t.lemma);
  if (!complements) return undefined;
  for (let j = k + 1; j <= k + OBJECT_WINDOW; j++) {
    const w = tokens[j];
    if (!w || w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX') return undefined;
    const relation = complements.get(w.lower);
    if (relation && j > k + 1) return relation;
  }
  return undefined;
}

/** Most words looked back through from an item of a list to the infinitive that opens it. */
const INFINITIVE_WINDOW = 12;

/**
 * "to defend against authoritarianism, combat corruption, and advance human rights": a word that opens
 * an item of a list of infinitives is a verb with an object of its own, though the tagger may call a bare
 * "combat" or "advance" a noun.
 */
export function isListedInfinitive(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.pos !== 'NOUN' || !lexicon.verbs.match(tokens, k)) return false;
  let j = k - 1;
  if (tokens[j]?.lower === 'and' || tokens[j]?.lower === 'or') j--;
  if (tokens[j]?.text !== ',') return false;
  for (let i = j - 1; i >= Math.max(0, j - INFINITIVE_WINDOW); i--) {
    const t = tokens[i];
    if (t?.pos === 'PUNCT' && t.text !== ',') return false;
    if (t?.lower === 'to' && tokens[i + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** Struggles: what one fights against is opposed, what one fights for is supported. */
const STRUGGLES = new Set(['fight', 'struggle', 'battle', 'campaign']);

/** "our fight for democracy", "fought for independence": a struggle for something supports it. */
function foughtFor(tokens: readonly Token[], k: number, relation: Stance): Stance {
  const t = tokens[k];
  return t && STRUGGLES.has(t.lemma) && tokens[k + 1]?.lower === 'for' ? 'SUPPORTS' : relation;
}

/** Where a text opens anew: a capitalised word after them may be a verb ("PRESIDENT BIDEN: Welcome"). */
const OPENERS = new Set([':', '“', '"', '—', '(']);

/** "Bjoern Seibert, Head of Cabinet to ...": a capitalised name word inside a sentence is no verb. */
function isTitleWord(t: Token, prev: Token | undefined): boolean {
  return t.pos === 'PROPN' && startsUpper(t.text) && prev !== undefined && !OPENERS.has(prev.text);
}

const PERFECT = new Set(['have', 'has', 'had']);

/**
 * "have alleged Iranian involvement": after "have" a word in "-ed" is a participle, though the tagger may
 * call it an adjective of its own lemma. The tokens with it read as the verb, when that verb is a cue.
 */
function perfectParticiple(tokens: readonly Token[], k: number): Token[] | undefined {
  const t = tokens[k];
  if (t?.pos !== 'ADJ' || !t.lower.endsWith('ed') || !PERFECT.has(wordBefore(tokens, k)?.lower ?? ''))
    return undefined;
  const lemma = [t.lower.slice(0, -1), t.lower.slice(0, -2)].find((w) => lexicon.cueListsOf(w) !== 0);
  if (lemma === undefined) return undefined;
  const repaired = tokens.slice();
  repaired[k] = { ...t, pos: 'VERB', lemma };
  return repaired;
}

/** Every cue is made here, with all its fields in one order (one object shape, see mention.ts). */
export function cue(
  at: number,
  length: number,
  relation: Stance,
  type: CueType,
  passive = false,
  requires?: string,
  material = false,
): Cue {
  return { at, end: at + length, relation, type, passive, requires, material };
}

/** "against" after a noun that is no supporting stance noun belongs to the noun ("fight against X" says it already). */
function ownedByNoun(prev: Token | undefined): boolean {
  if (prev?.pos !== 'NOUN') return false;
  return lexicon.nouns.match([prev], 0)?.value !== 'SUPPORTS';
}

/** "commit to imposing", "help build", "pledge to work": the stance is in the verb that follows. */
function controls(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after]?.lower === 'to' ? tokens[after + 1] : tokens[after];
  return (
    next !== undefined && next.pos === 'VERB' && (next.lower.endsWith('ing') || next.lower === next.lemma)
  );
}

/** The word before k, skipping adverbs ("we also welcome"). */
function wordBefore(tokens: readonly Token[], k: number): Token | undefined {
  let j = k - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  return tokens[j];
}

function follows(tokens: readonly Token[], from: number, word: string): boolean {
  for (let j = from; j < from + 3; j++) if (tokens[j]?.lower === word) return true;
  return false;
}

/** Prepositions after a participle of state: "opposed to", "allied with", "committed to". */
const STATE_PREPOSITIONS = new Set(['to', 'with', 'toward', 'towards']);

/** The preposition after a passive form that makes it a state ("is opposed to X"), skipping adverbs. */
function stateComplement(tokens: readonly Token[], after: number): string | undefined {
  let j = after;
  while (tokens[j]?.pos === 'ADV') j++;
  const word = tokens[j]?.lower ?? '';
  return STATE_PREPOSITIONS.has(word) && tokens[j]?.pos === 'ADP' ? word : undefined;
}

function isPassive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // A past participle: "opposed", "undermined", "withheld"; not "are politicizing" nor "supports".
  const participle = t.lower.endsWith('ed') || (t.lower !== t.lemma && !/(ing|s)$/.test(t.lower));
  if (!participle) return false;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const w = tokens[j];
    if (!w) break;
    if (BE.has(w.lower)) return true;
    if (w.pos !== 'ADV') break;
  }
  return false;
}

/** "did not condemn", "never supported", "no support for" (but "not only"). */
export function negated(tokens: readonly Token[], cue: Cue): boolean {
  const first = firstOfVerbs(tokens, cue.at);
  for (let j = first - 1; j >= first - 3 && j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.text === ',') return false;
    if (lexicon.negators.has(tokens, j) && tokens[j + 1]?.lower !== 'only') return true;
  }
  return false;
}

/** "will not select, endorse, or recommend X": the first verb of a list of verbs, whose negation they share. */
function firstOfVerbs(tokens: readonly Token[], at: number): number {
  let first = at;
  for (;;) {
    let k = first - 1;
    if (LIST_CONJUNCTIONS.has(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.text === ',') k--;
    // The tagger may take the verb right after "not" for an adjective ("will not select").
    if (k === first - 1 || (tokens[k]?.pos !== 'VERB' && !lexicon.negators.has(tokens, k - 1))) return first;
    first = k;
  }
}

/** Conjunctions of a list of verbs under one negation ("not select or endorse", "neither ... nor"). */
const LIST_CONJUNCTIONS = new Set(['or', 'nor']);

const SUBJECT_START = new Set(['PRON', 'PROPN', 'DET']);
const PROVIDED = new Set(['provided', 'providing']);
/** Modals of what would happen under a condition, unlike the "will" of a commitment. */
const HYPOTHETICAL = new Set(['would', 'could', 'might']);
/** Every word opensCondition or HYPOTHETICAL looks at first: a token of none of them is neither. */
addWords(CONDITION, 'either', [...lexicon.conditional.firstWords(), 'should', ...PROVIDED, ...HYPOTHETICAL]);

/**
 * Whether the cue at `at` is said in an "if"/"unless" clause, or in what "would", "could" or "might" says
 * in a sentence with such a clause ("If elected, Trump would oppose NATO"): what is said there is
 * hypothetical. "If Russia invades, NATO will sanction Russia" states what NATO commits to. A condition or
 * a modal holds up to the next comma, so only the words back to the comma before the cue are read (most
 * sentences have no condition).
 */
export function isConditional(
  tokens: readonly Token[],
  classes: readonly number[],
  attribution: Attribution,
  at: number,
): boolean {
  if (at >= attribution.end) return false;
  let hypothetical = false;
  for (let k = at; k >= attribution.start && tokens[k]?.text !== ','; k--) {
    // Most words are in no list of a condition (their word class says so at once).
    if (((classes[k] ?? 0) & CONDITION) === 0) continue;
    if (opensCondition(tokens, attribution, k)) return true;
    if (HYPOTHETICAL.has(tokens[k]?.lower ?? '')) hypothetical = true;
  }
  if (!hypothetical) return false;
  for (let k = attribution.start; k < attribution.end; k++)
    if (((classes[k] ?? 0) & CONDITION) !== 0 && opensCondition(tokens, attribution, k)) return true;
  return false;
}

/** "if ...", "unless ...", and the inverted "should they continue to ...", "should Russia invade". */
function opensCondition(tokens: readonly Token[], attribution: Attribution, k: number): boolean {
  if (lexicon.conditional.has(tokens, k)) return true;
  const word = tokens[k]?.lower ?? '';
  const next = tokens[k + 1];
  // "should" before its subject.
  if (word === 'should') return k > attribution.start && SUBJECT_START.has(next?.pos ?? '');
  // "provided they respect international law": a condition; not "provided weapons".
  return PROVIDED.has(word) && (next?.lower === 'that' || SUBJECT_PRONOUNS.has(next?.lower ?? ''));
}
