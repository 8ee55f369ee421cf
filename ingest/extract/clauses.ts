// Clause boundaries: semicolons, subordinators ("while", "because"), relative pronouns ("which", "who"),
// a participle after a comma (", citing ..."), "and" or "but" before a new verb, and circumstances
// ("during", "amid") that no object of a stance runs into.
import words from '../lexicon/phrases.json' with { type: 'json' };
import { isNominal, type NounPhrase } from './chunker.ts';
import { phrases } from './lexicon.ts';
import type { Token } from './sentences.ts';
import { addWords, CLAUSE_OPENER } from './word-classes.ts';

export type ClauseKind = 'main' | 'subordinate' | 'relative' | 'participle' | 'coordinate' | 'adjunct';

export interface Clause {
  start: number;
  end: number;
  /** What opens it: a subordinator, a relative pronoun, a participle after a comma, "and" before a new verb, a circumstance. */
  kind: ClauseKind;
}

const SUBORDINATORS = phrases(words.subordinators);
const RELATIVES = new Set(words.relatives);
const ADJUNCTS = phrases(words.adjuncts);
/** The single words that open a clause below, besides the lists. */
const OPENERS = ['that', 'as', 'after', 'before', 'and', 'but'];
/**
 * Words that may open a clause by themselves or start a phrase that does, a word class (on the form or
 * the lemma, as the lists match): most words are none.
 */
addWords(CLAUSE_OPENER, 'either', [
  ...RELATIVES,
  ...SUBORDINATORS.firstWords(),
  ...ADJUNCTS.firstWords(),
  ...OPENERS,
]);

/** The clauses of a sentence; `classes` are its tokens' word classes (word-classes.ts). */
export function clausesOf(
  tokens: readonly Token[],
  nps: readonly NounPhrase[],
  npAt: readonly number[],
  classes: readonly number[],
): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { start: 0, end: tokens.length, kind: 'main' };
  const open = (at: number, kind: ClauseKind): void => {
    if (at <= current.start) {
      current.kind = kind === 'main' ? current.kind : kind;
      return;
    }
    current.end = at;
    clauses.push(current);
    current = { start: at, end: tokens.length, kind };
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const kind = opens(tokens, k, current.start, nps, npAt, (classes[k] ?? 0) & CLAUSE_OPENER);
    if (kind) open(k, kind);
    else if (t.text === ';' || t.text === ':' || (t.text === '—' && tokens[k + 1]?.pos !== 'PUNCT'))
      open(k + 1, 'main');
  }
  clauses.push(current);
  return clauses;
}

function opens(
  tokens: readonly Token[],
  k: number,
  clauseStart: number,
  nps: readonly NounPhrase[],
  npAt: readonly number[],
  opener: number,
): ClauseKind | undefined {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  // Asked of every token: its word class instead of a look-up in each list (words and phrases match on
  // the lemma too).
  const listed = opener !== 0;
  // ", citing security": a participle after a comma.
  const participle = prev?.text === ',' && t.pos === 'VERB' && t.lower.endsWith('ing');
  // Every other clause opens with a word of OPENING_WORDS.
  if (!listed) return participle ? 'participle' : undefined;
  if (RELATIVES.has(t.lower) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADV') && k > 0)
    return 'relative';
  // "the agreement that ended the war": "that" after a noun and before a verb.
  if (t.lower === 'that' && prev && isNominal(prev.pos) && isFiniteVerb(tokens, k + 1)) return 'relative';
  if (t.lower === 'that' && t.pos === 'SCONJ') return 'subordinate';
  if (SUBORDINATORS.has(tokens, k) && (t.pos === 'SCONJ' || t.pos === 'ADV' || t.lower !== 'since'))
    return 'subordinate';
  if ((t.lower === 'as' || t.lower === 'after' || t.lower === 'before') && t.pos === 'SCONJ')
    return 'subordinate';
  if (ADJUNCTS.has(tokens, k) && t.pos !== 'SCONJ' && k > 0) return 'adjunct';
  if (participle) return 'participle';
  // "China opposes NATO and Japan supports the US"; not "Task Force 75 and the P5 backed".
  if ((t.lower === 'and' || t.lower === 'but') && hasVerb(tokens, clauseStart, k)) {
    if (isFiniteVerb(tokens, k + 1)) return 'coordinate';
    const subject = nps[npAt[k + 1] ?? -1];
    if (subject?.start === k + 1 && isFiniteVerb(tokens, subject.extent)) return 'coordinate';
    if (t.lower === 'but' && prev?.text === ',') return 'coordinate';
  }
  return undefined;
}

/** A finite verb between from and to: not "to highlight", not a participle without auxiliary ("Recognizing"). */
function hasVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const t = tokens[j] as Token;
    if (t.pos !== 'VERB' || tokens[j - 1]?.lower === 'to') continue;
    if (!t.lower.endsWith('ing') || tokens[j - 1]?.pos === 'AUX') return true;
  }
  return false;
}

/** A verb that can head a clause, with auxiliaries and adverbs before it: "banned", "has been encouraging"; not "to highlight". */
export function isFiniteVerb(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (!t || t.lower === 'to') return false;
    if (t.pos === 'VERB') return true;
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}
