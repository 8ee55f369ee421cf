// Who holds a position: the subject of the clause, a possessor or what else a noun names (owners.ts), the
// agent of an act, or the speaker or authors when the clause names nobody.
import type { Cue } from './cues.ts';
import { coordinatedGroups } from './groups.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';
import {
  isFinite,
  isThingSubject,
  phraseActors,
  subjectOfVerbBefore,
  subjectPhrases,
  verbSubject,
} from './subjects.ts';
import type { Token } from './sentences.ts';
import { actorOf, isSpeech, isThing, phraseTargets } from './targets.ts';
import {
  gerundOwner,
  isGerund,
  isVerbal,
  modifierHolder,
  nounAgents,
  owner,
  thanked,
  type Rule,
} from './owners.ts';
import { isActor, isActorId, type SentenceContext } from './context.ts';
import { addWords, CLAUSE_BREAK } from './word-classes.ts';

/** The first words of the clause breaks, a word class: most words start none. */
addWords(CLAUSE_BREAK, 'either', lexicon.clauseBreaks.firstWords());

/**
 * The actor a cue belongs to. The rules are tried in order; the first that applies decides, and an empty
 * list there means the text names a holder we cannot resolve ("they", "his critics"): no claim.
 */
export function holder(ctx: SentenceContext, cue: Cue): string[] {
  for (const rule of RULES) {
    const ids = rule(ctx, cue);
    if (ids) return ids;
  }
  return unnamedSubject(ctx, cue.at) ? [] : speakerOrAuthors(ctx);
}

/** "the China-proposed initiative" */
const compoundHolder: Rule = (ctx, cue) => compoundActor(ctx, cue);

/** "the China-proposed initiative", "an Iranian-backed militia": the name or demonym before the hyphen. */
export function compoundActor(ctx: SentenceContext, cue: Cue): string[] | undefined {
  const { tokens, mentions } = ctx;
  if (tokens[cue.at - 1]?.text !== '-') return undefined;
  const named = mentions.find((m) => m.end === cue.at - 1 && m.ids.length > 0);
  if (named) return named.ids;
  const word = tokens[cue.at - 2];
  const demonym = word ? ctx.kb.countryOfDemonym(word.text) : undefined;
  return demonym ? [ctx.registry.addKnown(demonym, word?.text ?? '').id] : undefined;
}

/** "Mahan had contributed to violence by supporting Assad": a means belongs to whoever does the deed. */
const means: Rule = (ctx, cue) => {
  const { tokens } = ctx;
  if (!isGerund(tokens[cue.at]) || tokens[cue.at - 1]?.lower !== 'by') return undefined;
  const doer = subjectOfVerbBefore(ctx, cue.at - 1);
  return doer && doer.length > 0 ? doer : undefined;
};

/**
 * "..., the statement by the UN Security Council, condemning X": a participle after a comma belongs to
 * the actor before it, not to one an "against" or "on" before it aims at.
 */
const participle: Rule = (ctx, cue) => {
  const { tokens, mentions } = ctx;
  if (cue.type !== 'verb' || !isGerund(tokens[cue.at]) || tokens[cue.at - 1]?.text !== ',') return undefined;
  if (continuesGerunds(tokens, cue.at - 1)) return undefined;
  const before = mentions.filter(
    (m) => m.end < cue.at && !m.reference && isActor(ctx, m) && !AIMED.has(tokens[m.start - 1]?.lower ?? ''),
  );
  const nearest = before[before.length - 1];
  return nearest && nearest.start >= clauseStart(ctx, cue.at) ? nearest.ids : undefined;
};

/**
 * "including supporting Ukraine, addressing the challenges posed by China, preventing Iran from ...": a
 * participle after a comma that follows another participle's phrase is the next item of a list, held by
 * whoever holds the list, not by an actor inside the item before.
 */
function continuesGerunds(tokens: readonly Token[], comma: number): boolean {
  let k = comma - 1;
  while (k > 0 && tokens[k - 1]?.text !== ',') k--;
  const first = tokens[k];
  return first !== undefined && first.pos === 'VERB' && isGerund(first);
}

/**
 * "the misuse of technology threatening human rights": a participle right after a phrase says what that
 * phrase does; weapons act for whoever fires them ("launched missiles targeting US troops").
 */
const reducedRelative: Rule = (ctx, cue) => {
  const { tokens, phrases } = ctx;
  const np = phrases.npOf(cue.at - 1);
  if (cue.type !== 'verb' || !isGerund(tokens[cue.at]) || !np || np.end !== cue.at) return undefined;
  const whole = phrases.outermost(np);
  // A weapon acts for whoever fires it (the clause's subject); a message for its author or its speaker
  // ("Pompeo posted a message on Twitter blaming Iran"); another thing for no one.
  if (isThing(ctx, whole)) return undefined;
  if (!isSpeech(ctx, whole)) return actorOf(ctx, whole);
  const author = ctx.phrases.nps[whole.owner];
  const ids = author ? actorOf(ctx, author) : (ctx.attribution.speaker?.ids ?? []);
  return ids.length > 0 ? ids : undefined;
};

/**
 * "action against companies engaging in backfill activities in support of Russia", "Cambodia co-sponsoring
 * resolutions to support Ukraine": a stance noun, "against" or an infinitive after a participle that follows
 * a phrase is that phrase's, not the clause subject's.
 */
const afterParticiple: Rule = (ctx, cue) => {
  const { tokens, phrases } = ctx;
  if (cue.type === 'verb' ? isFinite(tokens, cue.at) : cue.type !== 'noun' && cue.type !== 'against')
    return undefined;
  const from = clauseStart(ctx, cue.at);
  for (let g = cue.at - 1; g > from; g--) {
    const t = tokens[g];
    if (!t || t.text === ',' || isFinite(tokens, g)) return undefined;
    const np = phrases.npOf(g - 1);
    // The tagger calls some such participles adjectives ("companies engaging").
    if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || !isGerund(t) || !np || np.end !== g) continue;
    return isThing(ctx, np) ? undefined : actorOf(ctx, np);
  }
  return undefined;
};

/** "the weapons the Kremlin is deploying against Ukraine": "against" belongs to the verb before it. */
const againstVerb: Rule = (ctx, cue) => {
  if (cue.type !== 'against') return undefined;
  const { tokens } = ctx;
  for (let j = cue.at - 1; j >= ctx.attribution.start && tokens[j]?.text !== ','; j--) {
    if (tokens[j]?.pos === 'VERB') return isFinite(tokens, j) ? verbSubject(ctx, j) : undefined;
  }
  return undefined;
};

/**
 * "China's coercive behavior that runs counter to international law", "Iran, which backs the Houthis": the
 * verb right after a relative pronoun has the phrase before it for subject, when that phrase names an actor.
 */
const relativeSubject: Rule = (ctx, cue) => {
  const { tokens, phrases } = ctx;
  const clause = phrases.clauseOf(cue.at);
  if (!isVerbal(cue) || clause.kind !== 'relative') return undefined;
  let k = clause.start + 1;
  while (tokens[k]?.pos === 'ADV' || tokens[k]?.pos === 'AUX') k++;
  if (k !== cue.at) return undefined;
  const before = tokens[clause.start - 1]?.text === ',' ? clause.start - 2 : clause.start - 1;
  const np = phrases.npOf(before);
  const ids = np ? phraseActors(ctx, phrases.outermost(np)) : [];
  return ids.length > 0 ? ids : undefined;
};

/** A finite verb's subject stands right before it; an infinitive's is the main clause's ("urged allies to restrict X"). */
const finiteSubject: Rule = (ctx, cue) =>
  isVerbal(cue) && isFinite(ctx.tokens, cue.at) ? verbSubject(ctx, cue.at) : undefined;

const clauseSubject: Rule = (ctx, cue) => subject(ctx, cue.at);

const RULES: readonly Rule[] = [
  compoundHolder,
  thanked,
  owner,
  modifierHolder,
  nounAgents,
  means,
  gerundOwner,
  participle,
  reducedRelative,
  afterParticiple,
  againstVerb,
  relativeSubject,
  finiteSubject,
  clauseSubject,
];

/** Prepositions that aim at someone or belong to a phrase: an actor after them is no subject of what follows. */
const AIMED = new Set(['against', 'on', 'at', 'to', 'into', 'of']);

/** "some countries are politicizing ...", "the two discussed": the clause has a subject we cannot name. */
function unnamedSubject(ctx: SentenceContext, at: number): boolean {
  const from = clauseStart(ctx, at);
  let inPhrase = false;
  for (let k = from; k < at; k++) {
    const t = ctx.tokens[k];
    if (!t) break;
    if (lexicon.prepositions.has(t.lower) || t.pos === 'VERB') inPhrase = true;
    else if (t.text === ',') inPhrase = false;
    // "The two discussed": a number standing alone is a subject too.
    else if ((t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'NUM') && !inPhrase) return true;
  }
  return false;
}

/**
 * The subject of the clause holding `at`: the phrase before the nearest finite verb before `at` ("The
 * United States takes destructive steps", "urged allies to restrict X"), looking back through clauses that
 * have no subject of their own (", adding that", "and make plans"); else the first group of actors named
 * in the clause.
 */
export function subject(ctx: SentenceContext, at: number): string[] | undefined {
  const from = Math.max(ownSubjectStart(ctx, at), ctx.attribution.start);
  for (let j = at - 1; j >= from; j--) {
    // "She spoke about her husband, who was arrested in May, and promised": a relative clause's verb has
    // the relative's subject, and a verb after "and" may have none of its own.
    const kind = ctx.phrases.clauseOf(j).kind;
    if (!isFinite(ctx.tokens, j) || kind === 'relative') continue;
    // "The strike was aimed at deterring X, the Pentagon said": a thing holds nothing; its speaker does.
    if (isThingSubject(ctx, j)) return speakerOrAuthors(ctx);
    const ids = verbSubject(ctx, j);
    // A subject stands before its verb: the object's names are no subject ("Mr. Pyle launched the US-EU
    // Task Force to continue promoting ...").
    if (ids || kind !== 'coordinate') return ids ?? firstGroup(ctx, j);
  }
  return firstGroup(ctx, at);
}

/**
 * Who says what the clause at `k` says: the subject of the verb before it ("Greece deemed that ..."), or
 * of the clause that verb continues ("They called on Turkey ..., and deemed that ...").
 */
export function sayerBefore(ctx: SentenceContext, k: number): string[] | undefined {
  for (let j = k - 1; j >= ctx.attribution.start; j--)
    if (isFinite(ctx.tokens, j)) return verbSubject(ctx, j) ?? subject(ctx, j);
  return undefined;
}

/** Where the nearest clause before `at` that has a subject of its own starts. */
function ownSubjectStart(ctx: SentenceContext, at: number): number {
  const { phrases } = ctx;
  let clause = phrases.clauseOf(at);
  while ((SUBJECTLESS.has(clause.kind) || clause.kind === 'relative') && clause.start > 0)
    clause = phrases.clauseOf(clause.start - 1);
  return clause.start;
}

const SUBJECTLESS = new Set(['participle', 'coordinate', 'adjunct']);

/**
 * The first group of actors in the clause before `at` that is not inside a prepositional phrase; none
 * (an empty list) when that place holds a pronoun nobody could be found for: the position is not passed
 * to an actor named further on. An unresolved possessive ("their efforts") gives undefined instead: it
 * owns a noun and is no subject, so the caller falls back on the speaker or the authors.
 */
export function firstGroup(ctx: SentenceContext, at: number): string[] | undefined {
  const { tokens } = ctx;
  const from = clauseStart(ctx, at);
  const before = ctx.mentions.filter(
    (m) =>
      m.start >= from &&
      m.end <= at &&
      (m.ids.length > 0 || m.reference !== undefined) &&
      !inCondition(ctx, m),
  );
  for (const group of coordinatedGroups(tokens, before)) {
    const first = group[0];
    if (!first) continue;
    const prev = tokens[first.start - 1];
    if (prev && lexicon.prepositions.has(prev.lower)) continue;
    if (first.possessive && group.length === 1 && !isActor(ctx, first)) continue;
    if (group.every((m) => m.ids.length === 0)) return first.possessive ? undefined : [];
    const ids = group.flatMap((m) => m.ids).filter((id) => isActorId(ctx, id));
    if (ids.length > 0) return ids;
  }
  return undefined;
}

export function speakerOrAuthors(ctx: SentenceContext): string[] {
  const speaker = ctx.attribution.speaker?.ids ?? [];
  return speaker.length > 0 ? speaker : [...ctx.authors];
}

/** Where the clause holding `at` starts: after the last clause break before it. */
function clauseStart(ctx: SentenceContext, at: number): number {
  for (let k = at - 1; k > ctx.attribution.start; k--) {
    const t = ctx.tokens[k];
    if (!t) continue;
    // Most words start no clause break (their word class says so at once).
    const breaks = ((ctx.classes[k] ?? 0) & CLAUSE_BREAK) !== 0 && lexicon.clauseBreaks.has(ctx.tokens, k);
    if (t.lower !== 'as' && t.lower !== 'when' && breaks) return k + 1;
    if (startsClause(ctx, k)) return k + 1;
  }
  return ctx.attribution.start;
}

/**
 * "..., and Prime Minister Kishida pledged": ", and" before a subject and its verb starts a new clause,
 * whose actors are not objects of the cue before it.
 */
function startsClause(ctx: SentenceContext, k: number): boolean {
  if (ctx.tokens[k]?.lower !== 'and' || ctx.tokens[k - 1]?.text !== ',') return false;
  const subject = ctx.mentions.find((m) => m.start === k + 1);
  return subject !== undefined && !subject.possessive && ctx.tokens[subject.end]?.pos === 'VERB';
}

/** "If Russia invades Ukraine, NATO will ...": Russia is not the subject of the main clause. */
function inCondition(ctx: SentenceContext, m: Mention): boolean {
  for (let k = m.start - 1; k >= ctx.attribution.start; k--) {
    if (ctx.tokens[k]?.text === ',') return false;
    if (lexicon.conditional.has(ctx.tokens, k)) return true;
  }
  return false;
}

/** The subject judged by an evaluation, unless a stance verb stands between them (then that verb is the story). */
export function judgedSubject(ctx: SentenceContext, cue: Cue, cues: readonly Cue[]): string[] | undefined {
  const from = clauseStart(ctx, cue.at);
  if (cues.some((c) => c.type === 'verb' && c.at >= from && c.at < cue.at)) return undefined;
  const referred = ctx.mentions.some((m) => m.reference && m.start >= from && m.end <= cue.at);
  if (referred) return undefined;
  // "Ongoing Houthi attacks in the Red Sea are illegal": what the subject stands for (an act: its agent).
  const verb = ctx.tokens.findLastIndex((_, k) => k >= from && k < cue.at && isFinite(ctx.tokens, k));
  const phrases = verb < 0 ? undefined : subjectPhrases(ctx, verb);
  return phrases ? phrases.flatMap((np) => phraseTargets(ctx, np, cue.relation)) : firstGroup(ctx, cue.at);
}
