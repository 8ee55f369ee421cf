// Issues no known entity names, for the object phrase of a stance (targets.ts): a definite description
// of an issue met before ("the deal", "the call"), else a Concept or an Initiative labelled by the phrase
// itself ("new restrictions on flights to Cuba"), or an act called for, named by its words ("waive
// diplomatic immunity"). Each label is cut to what says what the issue is about.
import words from '../lexicon/targets.json' with { type: 'json' };
import type { EntityKind, Stance } from '../model.ts';
import type { SentenceContext } from './context.ts';
import { HEADS, isAcronym, spanText } from './names.ts';
import type { NounPhrase } from './phrases.ts';
import type { Token } from './sentences.ts';
import { DEFINITE, INSTRUMENTS, ISSUES, MUTUAL, PEOPLE, THINGS, TRANSPARENT } from './target-words.ts';
import { ownerActor } from './targets.ts';

const LIGHT = new Set(words.light);
const UNLABELLED = new Set(words.unlabelled);
const POSITIONS = new Set(words.positions);
const VAGUE = new Set(words.vague);
const LIGHT_VERBS = new Set(words.lightVerbs);
/** Each head word to the first word of its class: "deal" and "pact" both give "agreement". */
const DESCRIPTION_CLASS = new Map(words.descriptions.flatMap((group) => group.map((w) => [w, group[0]])));
/** Nouns for a proposal made in words, which a later mention refers back to. */
const CALLS = new Set([
  'call',
  'calls',
  'request',
  'recommendation',
  'suggestion',
  'appeal',
  'proposal',
  'demand',
]);
/** Complements that belong in a label ("restrictions on flights to Cuba"; not "... in May"). */
const LABEL_LINKS = new Set([
  'of',
  'on',
  'for',
  'to',
  'against',
  'with',
  'between',
  'about',
  'into',
  'from',
  'by',
]);
/** Fewest words of an act called for: "waive diplomatic immunity", not "start businesses". */
const MIN_ACTION = 3;
/** Longest label of an open target, in tokens: longer phrases are cut after their base. */
const MAX_LABEL = 12;

/**
 * "the deal", "this agreement", "the bill": a definite description of an issue met before, whose head
 * shares a class with it (the latest such). Undefined when the phrase is no description; an empty list
 * when it is one but nothing fits (a vague "the deal" is no target of its own).
 */
export function description(ctx: SentenceContext, np: NounPhrase, relation: Stance): string[] | undefined {
  const { tokens } = ctx;
  const head = tokens[np.head];
  const det = tokens[np.start];
  // "the deal", "this agreement", "his decision".
  const definite = np.owner >= 0 || (det !== undefined && DEFINITE.has(det.lower));
  if (!head || !definite || np.complements.length > 0) return undefined;
  // "the call", "Macron's recommendation": what was last proposed, and who proposed it.
  const proposed = CALLS.has(head.lower) ? ctx.acts.latestProposal() : undefined;
  // "The call was seconded by Merkel": whoever made the call is backed with it (declining a request is
  // no stance on whoever made it).
  if (proposed) {
    const owner = ownerActor(ctx, np);
    const makers = relation === 'SUPPORTS' ? proposed.proposers : [];
    return [proposed.target, ...(owner.length > 0 ? owner : makers)];
  }
  const group = DESCRIPTION_CLASS.get(head.lower) ?? DESCRIPTION_CLASS.get(head.lemma);
  if (group === undefined) return undefined;
  for (let k = np.body; k < np.head; k++) if (tokens[k]?.pos === 'PROPN') return undefined;
  // "the maritime border agreement" refers back only to an issue that shares a word of its description;
  // else it names one of its own.
  const modifiers = tokens
    .slice(np.body, np.head)
    .map((t) => t.lower)
    .filter((w) => !UNLABELLED.has(w));
  const found = ctx.registry.latest((e) => {
    if (e.kind !== 'Initiative' && e.kind !== 'Concept') return false;
    const names = [e.label, ...e.aliases];
    if (!names.some((name) => classOf(name) === group)) return false;
    return modifiers.every((w) => names.some((name) => name.toLowerCase().includes(w)));
  });
  if (!found) return modifiers.length > 0 ? undefined : [];
  ctx.registry.seen(found, spanText(tokens.slice(np.start, np.end)));
  return [found.id];
}

function classOf(name: string): string | undefined {
  return DESCRIPTION_CLASS.get(name.split(/\s+/).at(-1)?.toLowerCase() ?? '');
}

/**
 * An issue no known entity names, as a Concept or an Initiative labelled by the phrase: a proposal may
 * be anything ("called for restraint"); a position for or against must be a policy, an instrument or an
 * issue ("opposes deep-sea mining", "rejected the draft resolution on sanctions").
 */
export function openTarget(ctx: SentenceContext, np: NounPhrase, relation: Stance): string | undefined {
  const { tokens } = ctx;
  const head = tokens[np.head];
  if (!head || (head.pos !== 'NOUN' && !isNamedInitiative(tokens, np))) return undefined;
  const word = head.lower;
  // "called for a regional cooperation": a bond is proposed as a thing to do, never supported as an issue.
  if (
    LIGHT.has(word) ||
    PEOPLE.has(word) ||
    THINGS.has(word) ||
    (MUTUAL.has(word) && relation !== 'PROPOSES')
  )
    return undefined;
  if ((TRANSPARENT.has(word) && relation !== 'PROPOSES') || POSITIONS.has(word)) return undefined;
  const issue = ISSUES.has(word) || ISSUES.has(head.lemma);
  const instrument = INSTRUMENTS.has(word) || INSTRUMENTS.has(head.lemma);
  if (relation !== 'PROPOSES' && !issue && !instrument) return undefined;
  // The label runs from the first word after determiners and vague modifiers to the end of the
  // complements that name what it is about, or of the base phrase when they run long.
  let from = np.body;
  // "completely fair elections" is labelled "fair elections".
  while (
    from < np.head &&
    (UNLABELLED.has(tokens[from]?.lower ?? '') ||
      DEFINITE.has(tokens[from]?.lower ?? '') ||
      tokens[from]?.pos === 'ADV')
  )
    from++;
  const about = relation === 'PROPOSES' ? calledForEnd(ctx, labelEnd(ctx, np)) : labelEnd(ctx, np);
  const to = about - from <= MAX_LABEL ? about : np.end;
  const label = labelOf(tokens.slice(from, to));
  // "a mechanism", "an agreement", "two new initiatives": a lone count noun says too little; "restraint",
  // "any moratorium" say enough.
  if (!label || (contentWords(tokens, from, to) <= 1 && !saysEnoughAlone(ctx, np, issue, relation)))
    return undefined;
  const kind: EntityKind = HEADS.get(word) === 'Initiative' ? 'Initiative' : 'Concept';
  const registry = ctx.registry;
  const entity = registry.byNameKey(label) ?? registry.addNamed(label, kind, label);
  registry.seen(entity, spanText(tokens.slice(np.start, to)));
  if (to > np.end) registry.alias(entity.id, labelOf(tokens.slice(from, np.end)));
  return entity.id;
}

/**
 * An act called for, named by its words: "waive diplomatic immunity for the diplomat" (the verb at `verb`
 * and its object), with the verb and the base of its object as an alias ("waive diplomatic immunity").
 */
export function actionTarget(ctx: SentenceContext, verb: number): string | undefined {
  const { tokens, phrases } = ctx;
  let k = verb + 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'PART') k++;
  let object = phrases.npStartingAt(k);
  // "halt its drilling operations": the owner opens the object.
  for (let owned = object && phrases.owned(object); owned; owned = phrases.owned(owned)) object = owned;
  if (!object || object.pronoun) return undefined;
  const about = labelEnd(ctx, object);
  const base = about - verb <= MAX_LABEL ? about : object.end;
  // "hold the DPRK accountable", "keep the region stable": an adjective after the object completes the act.
  const end = base === object.end && tokens[base]?.pos === 'ADJ' ? base + 1 : base;
  // "start businesses" says too little to be an issue of its own; "make new commitments", "do the same"
  // name no act.
  const said = contentWords(tokens, object.body, end);
  if (end - verb < MIN_ACTION || said === 0 || (said === 1 && LIGHT_VERBS.has(tokens[verb]?.lemma ?? '')))
    return undefined;
  const label = labelOf(tokens.slice(verb, end));
  const registry = ctx.registry;
  const entity = registry.byNameKey(label) ?? registry.addNamed(label, 'Concept', label);
  registry.seen(entity, label);
  registry.alias(entity.id, labelOf([tokens[verb] as Token, ...tokens.slice(object.body, object.end)]));
  return entity.id;
}

/** "the immunity be waived": the act named by the participle's lemma and its object ("waive immunity"). */
export function passiveActionTarget(
  ctx: SentenceContext,
  participle: number,
  object: NounPhrase,
): string | undefined {
  const { tokens } = ctx;
  const verb = tokens[participle];
  if (!verb) return undefined;
  const label = `${verb.lemma} ${labelOf(tokens.slice(object.body, object.end))}`;
  const registry = ctx.registry;
  const entity = registry.byNameKey(label) ?? registry.addNamed(label, 'Concept', label);
  registry.seen(entity, spanText(tokens.slice(object.start, participle + 1)));
  return entity.id;
}

/**
 * The words of a label that say what it is: not determiners, counts in words, prepositions, vague or unlabelled
 * modifiers, nor light heads of its complements ("additional initiatives on this front" says one word).
 */
function contentWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // "two new initiatives" counts them; "the 2015 agreement" says which.
    const count = t?.pos === 'NUM' && /^\p{L}+$/u.test(t.text);
    if (!t || count || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PUNCT') continue;
    if (!VAGUE.has(t.lower) && !UNLABELLED.has(t.lower) && !DEFINITE.has(t.lower) && !LIGHT.has(t.lower)) n++;
  }
  return n;
}

/**
 * Whether one word names an issue: "any moratorium", "a ceasefire" (an issue not pointed back to),
 * "called for restraint" (a proposal without article); not "plans", "documents", "a mechanism".
 */
function saysEnoughAlone(ctx: SentenceContext, np: NounPhrase, issue: boolean, relation: Stance): boolean {
  const head = ctx.tokens[np.head];
  const definite = np.owner >= 0 || DEFINITE.has(ctx.tokens[np.start]?.lower ?? '');
  if (issue) return !definite;
  const bare = np.body === np.start && np.owner < 0;
  return relation === 'PROPOSES' && bare && head !== undefined && head.lower === head.lemma;
}

/**
 * "called for the killers of Khashoggi to be brought to justice": what is called for runs on through an
 * infinitive after the phrase, to the end of its clause.
 */
function calledForEnd(ctx: SentenceContext, end: number): number {
  const { tokens, phrases } = ctx;
  if (tokens[end]?.lower !== 'to' || !['VERB', 'AUX'].includes(tokens[end + 1]?.pos ?? '')) return end;
  const clause = phrases.clauseOf(end);
  let k = end + 1;
  while (k < clause.end && tokens[k]?.pos !== 'PUNCT') k++;
  return k;
}

/** "an alternative deal": an agreement named by no noun and no name of its own. */
export function isUnnamedPact(ctx: SentenceContext, np: NounPhrase): boolean {
  const { tokens } = ctx;
  if (DESCRIPTION_CLASS.get(tokens[np.head]?.lower ?? '') !== 'agreement') return false;
  for (let k = np.body; k < np.head; k++) {
    const pos = tokens[k]?.pos;
    if (pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM') return false;
  }
  return !ctx.mentions.some((m) => m.start <= np.head && np.head < m.end);
}

/** Where the complements that say what an issue is about end: "restrictions on flights to Cuba | in May". */
function labelEnd(ctx: SentenceContext, np: NounPhrase): number {
  let end = np.end;
  for (const c of np.complements) {
    const object = ctx.phrases.nps[c.np];
    if (!object || !LABEL_LINKS.has(ctx.tokens[c.at]?.lower ?? '')) break;
    // "memoranda of understanding between Turkey and Libya": the whole list belongs to the label.
    const last = ctx.phrases.coordinated(object).at(-1) ?? object;
    end = labelEnd(ctx, last);
  }
  return end;
}

/** "the Hormuz Peace Endeavour": a capitalised name whose head makes it an initiative. */
export function isNamedInitiative(tokens: readonly Token[], np: NounPhrase): boolean {
  return HEADS.get(tokens[np.head]?.lower ?? '') === 'Initiative';
}

/** The words as written, the first in lower case unless it is a name or an acronym. */
function labelOf(span: readonly Token[]): string {
  const text = spanText(span);
  const first = span[0];
  if (!first || first.pos === 'PROPN' || isAcronym(first.text)) return text;
  return first.text.toLowerCase() + text.slice(first.text.length);
}
