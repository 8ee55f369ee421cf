// Word classes of a sentence's tokens, each token looked up once. Several passes of the stance step ask
// of every token whether it is in a list of theirs: whether it starts a stance cue (lexicon.ts), is a
// word of a hostile act (cues.ts, act-memory.ts), an announcing or committing verb (announcements.ts),
// opens a noun phrase (chunker.ts) or a clause (clauses.ts). Each of those modules adds its words here
// under a bit of its own; the tokens of a sentence are then looked up once, on their lower-case form and
// their lemma, and each pass reads its bit instead of asking its sets again.
import type { Token } from './sentences.ts';

/** Bits 0 to 7: the lists a stance cue can start (lexicon.ts, CUE_BITS). */
export const CUE_LISTS = 0xff;
/** A noun of a hostile act ("attack"), on the form. */
export const ACT_NOUN = 1 << 8;
/** A verb of a hostile act ("invade"), on the lemma. */
export const ACT_VERB = 1 << 9;
/** A verb that announces a policy ("announce", "unveil"), on the lemma. */
export const ANNOUNCING = 1 << 10;
/** A verb of committing to an act ("promise", "pledge"), on the lemma. */
export const COMMITTING = 1 << 11;
/** A word that can open a noun phrase before its body (a determiner, an owner, a pronoun), on the form. */
export const PHRASE_OPENER = 1 << 12;
/** A word that can open a clause or start a phrase that does, on the form or the lemma. */
export const CLAUSE_OPENER = 1 << 13;
/** A word that can open a condition ("if", "should") or say what would be under one ("would"). */
export const CONDITION = 1 << 14;
/** A word that can start a clause break of the lexicon ("while", "because"), on the form or the lemma. */
export const CLAUSE_BREAK = 1 << 15;

/** Which of a token's words a class is matched on. */
type Match = 'form' | 'lemma' | 'either';

const classes = new Map<string, number>();
/** The classes matched on the form, and those matched on the lemma. */
let onForm = 0;
let onLemma = 0;

/** Puts words in a class (a bit of the constants above, or bits of CUE_LISTS). */
export function addWords(bits: number, match: Match, words: Iterable<string>): void {
  for (const word of words) classes.set(word, (classes.get(word) ?? 0) | bits);
  if (match !== 'lemma') onForm |= bits;
  if (match !== 'form') onLemma |= bits;
}

/** The classes a single word is in, whatever it is matched on. */
export function classesOf(word: string): number {
  return classes.get(word) ?? 0;
}

/** The classes of a token: one look-up of its form, and one of its lemma where that differs. */
export function tokenClasses(t: Token): number {
  const form = classesOf(t.lower);
  const lemma = t.lemma === t.lower ? form : classesOf(t.lemma);
  return (form & onForm) | (lemma & onLemma);
}

/** The classes of each token of a sentence. */
export function wordClasses(tokens: readonly Token[]): number[] {
  const found: number[] = [];
  for (const t of tokens) found.push(tokenClasses(t));
  return found;
}
