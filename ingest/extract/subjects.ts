// The subject of a verb, read off the phrases: the phrase (and those coordinated with it) right before
// the verb group, or the phrase a relative pronoun stands for ("the Houthis, who are aligned with Iran").
import { ACTS } from './cues.ts';
import { actorOf, agentOf, isInanimate as isThing } from './targets.ts';
import type { SentenceContext } from './context.ts';
import { startsUpper } from './names.ts';
import type { NounPhrase } from './phrases.ts';
import type { Token } from './sentences.ts';

const RELATIVES = new Set(['who', 'which', 'that']);
/** What opens a relative clause set off by commas: "X, who ..., said", "the deal, where ..., goes". */
const INSERTED = new Set(['who', 'which', 'where', 'whose']);
const GROUP = new Set(['AUX', 'ADV', 'PART']);
const PERFECT = new Set(['have', 'has', 'had']);
const QUOTES = new Set(['"', '“', '”']);
const JOINERS = new Set([',', 'and', 'or']);

/**
 * The actors of the subject of the verb at `verb`, or undefined when no phrase stands right before its
 * verb group (the caller then looks further). An empty list means a subject that names nobody: an
 * unresolved pronoun, "some countries".
 */
export function verbSubject(ctx: SentenceContext, verb: number): string[] | undefined {
  const phrases = subjectPhrases(ctx, verb);
  return phrases && phrases.flatMap((np) => phraseActors(ctx, np));
}

/** Who a subject phrase stands for; "the US airstrike that killed Soleimani": an act acts for its agent. */
export function phraseActors(ctx: SentenceContext, np: NounPhrase): string[] {
  return isAct(ctx, np) ? agentOf(ctx, np) : actorOf(ctx, np);
}

function isAct(ctx: SentenceContext, np: NounPhrase): boolean {
  return ACTS.has(ctx.tokens[np.head]?.lower ?? '');
}

/** Whether the subject of the verb at `verb` is a thing or an event ("The strike was aimed at ..."). */
export function isThingSubject(ctx: SentenceContext, verb: number): boolean {
  const phrases = subjectPhrases(ctx, verb);
  return phrases !== undefined && phrases.every((np) => isThing(ctx, np));
}

/** The actors of the subject of the nearest finite verb before k: "Iran had contributed ... by supporting". */
export function subjectOfVerbBefore(ctx: SentenceContext, k: number): string[] | undefined {
  const { tokens } = ctx;
  for (let j = k - 1; j >= ctx.attribution.start; j--) {
    if (isFinite(tokens, j)) return verbSubject(ctx, j);
  }
  return undefined;
}

/** A verb that heads a clause: not "to support", not a participle without an auxiliary ("Recognizing"). */
export function isFinite(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  let b = j - 1;
  while (tokens[b]?.pos === 'ADV') b--;
  const before = tokens[b];
  if (before?.lower === 'to') return false;
  if (t?.pos === 'AUX') return t.lemma === 'be' && isCopula(tokens, j);
  // "have alleged": a participle the tagger called an adjective (cues.ts reads it as the verb too).
  if (t?.pos === 'ADJ' && t.lower.endsWith('ed') && PERFECT.has(before?.lower ?? '')) return true;
  if (t?.pos !== 'VERB') return false;
  // "the Inflation Reduction Act": a capitalised word after a name's capitalised word ends the name.
  if (before?.pos === 'PROPN' && startsUpper(t.text) && startsUpper(before.text)) return false;
  // "the threat posed by climate change": a participle after a noun, before "by", is a reduced passive.
  if (before?.pos === 'NOUN' && tokens[j + 1]?.lower === 'by' && /(?:ed|en)$/.test(t.lower)) return false;
  return !t.lower.endsWith('ing') || before?.pos === 'AUX';
}

/** "Turkey is already under EU sanctions": "be" as the verb of its clause, no other verb after it. */
function isCopula(tokens: readonly Token[], j: number): boolean {
  let k = j + 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
  const next = tokens[k];
  return next !== undefined && next.pos !== 'VERB' && next.pos !== 'AUX';
}

/** The phrases of the subject of the verb at `verb` (a list: "China, India and Russia"). */
export function subjectPhrases(ctx: SentenceContext, verb: number): NounPhrase[] | undefined {
  const { tokens, phrases } = ctx;
  let g = verb;
  while (
    g > ctx.attribution.start &&
    (GROUP.has(tokens[g - 1]?.pos ?? '') || QUOTES.has(tokens[g - 1]?.text ?? ''))
  )
    g--;
  if (g <= ctx.attribution.start) return undefined;
  const before = tokens[g - 1] as Token;
  // "the Houthis, who are aligned with Iran"
  if (RELATIVES.has(before.lower) && before.pos !== 'SCONJ') {
    const comma = tokens[g - 2]?.text === ',' ? 1 : 0;
    const antecedent = phrases.npOf(g - 2 - comma);
    return antecedent && antecedent.end === g - 1 - comma ? group(ctx, antecedent) : undefined;
  }
  // "Brett McGurk, who was Trump's envoy until December, also criticized", "the agreement on sending
  // soldiers to Libya, where a civil war is underway, goes against": a relative clause set off by commas
  // stands between the subject that opens its clause and its verb (not "the Countries stick to X,
  // protect Y", a list of verbs after a relative clause).
  if (before.text === ',') {
    const open = tokens.findLastIndex((t, c) => c < g - 1 && c > ctx.attribution.start && t.text === ',');
    // "Both he and the Commissioner Stephen Mold, urged": a comma after a subject that opens the sentence.
    if (open < 0) return openingSubject(ctx, g - 2);
    const antecedent =
      open > 0 && INSERTED.has(tokens[open + 1]?.lower ?? '') ? phrases.npOf(open - 1) : undefined;
    const subject = antecedent?.end === open ? phrases.outermost(antecedent) : undefined;
    const opens = subject !== undefined && opensClause(ctx, subject.start);
    return opens ? group(ctx, subject) : undefined;
  }
  const np = phrases.npOf(g - 1);
  if (!np || np.end !== g || np.start < ctx.attribution.start) return undefined;
  // "the statement by the Security Council has ...": the subject is the phrase the complement belongs to.
  return group(ctx, phrases.outermost(np));
}

/** The list of phrases ending at k when it opens the sentence (after "both" at most). */
function openingSubject(ctx: SentenceContext, k: number): NounPhrase[] | undefined {
  const np = ctx.phrases.npOf(k);
  if (np?.end !== k + 1) return undefined;
  const list = group(ctx, ctx.phrases.outermost(np));
  const first = list[0]?.start ?? k;
  return first === ctx.attribution.start ||
    (first === ctx.attribution.start + 1 && ctx.tokens[first - 1]?.lower === 'both')
    ? list
    : undefined;
}

/** Whether a phrase starting at k opens its clause ("that the agreement ..."). */
function opensClause(ctx: SentenceContext, k: number): boolean {
  const from = Math.max(ctx.attribution.start, ctx.phrases.clauseOf(k).start);
  return k === from || (k === from + 1 && ctx.tokens[from]?.lower === 'that');
}

/**
 * The phrases coordinated with `last`, which ends the list: "China, India and Russia". The list needs its
 * "and" or "or" before the last phrase: "If Russia invades Ukraine, NATO" is no list.
 */
function group(ctx: SentenceContext, last: NounPhrase): NounPhrase[] {
  const { tokens, phrases } = ctx;
  const list = [last];
  let first = last;
  for (;;) {
    // "General Soleimani and his Quds Force": a conjunct's owner stands between it and the joiner.
    let k = (phrases.nps[first.owner]?.start ?? first.start) - 1;
    const joiner = tokens[k]?.lower ?? '';
    if (!JOINERS.has(joiner) || (joiner === ',' && list.length === 1)) break;
    const serial = joiner !== ',' && tokens[k - 1]?.text === ',';
    if (serial) k--;
    const prev = phrases.npOf(k - 1);
    if (!prev || prev.extent !== k || phrases.clauseOf(prev.start) !== phrases.clauseOf(last.start)) break;
    // ", and" closes a list of three or more ("A, B, and C"); after one phrase it joins clauses ("X, and we").
    if (serial && tokens[prev.start - 1]?.text !== ',') break;
    list.unshift(prev);
    first = prev;
  }
  return list;
}
