// Step 5: positions. Finds stance cues in what is said (cues.ts), the actor holding each position
// (holders.ts) and what it is about: the entities the cue governs.
import type { Modality, Stance } from '../model.ts';
import {
  ACTS,
  conditionalTokens,
  findCues,
  isGerundAfterPreposition,
  listsExamples,
  negated,
  type Cue,
} from './cues.ts';
import { isActor, isActorId, type SentenceContext } from './context.ts';
import {
  agentIn,
  holder,
  judgedSubject,
  nounAgents,
  possessorBefore,
  speakerOrAuthors,
  startsClause,
  subject,
  AGENT_PREPOSITIONS,
} from './holders.ts';
import { objectPhrases, passiveAgents } from './objects.ts';
import { cancelled, inCompany } from './senses.ts';
import { isFinite, subjectPhrases } from './subjects.ts';
import { isMutual, phraseTargets } from './targets.ts';
import { lexicon } from './lexicon.ts';
import type { Mention } from './mention.ts';
import type { Token } from './sentences.ts';

export type { SentenceContext } from './context.ts';

export interface Position {
  source: string;
  relation: Stance;
  target: string;
  modality: Modality;
}

/** The cues of a sentence and, per token, the mention covering it. */
interface Scope {
  cues: readonly Cue[];
  inMention: readonly (Mention | undefined)[];
}

const PATIENT_PREPOSITIONS = new Set(['on', 'against', 'of', 'in', 'to', 'toward', 'towards', 'upon']);

/** The positions stated in one sentence. */
export function positions(ctx: SentenceContext): Position[] {
  const { tokens, attribution } = ctx;
  if (tokens[tokens.length - 1]?.text === '?') return [];
  const inMention = mentionIndex(ctx);
  const blocked = conditionalTokens(tokens, attribution);
  const cues = findCues(tokens, attribution.start, attribution.end, inMention).filter(
    (c) => !blocked[c.at] && !negated(tokens, c) && !cancelled(ctx, c),
  );
  const found = new Map<string, Position>();
  const scope: Scope = { cues, inMention };
  for (const cue of cues) {
    for (const p of cuePositions(ctx, cue, scope)) {
      if (p.source === p.target || ctx.registry.principal(p.source) === ctx.registry.principal(p.target))
        continue;
      const key = `${p.source} ${p.relation} ${p.target}`;
      if (!found.has(key)) found.set(key, p);
    }
  }
  return [...found.values()];
}

function mentionIndex(ctx: SentenceContext): (Mention | undefined)[] {
  const index = new Array<Mention | undefined>(ctx.tokens.length).fill(undefined);
  for (const m of ctx.mentions) if (!isAct(ctx, m)) for (let k = m.start; k < m.end; k++) index[k] = m;
  return index;
}

/**
 * Where the words governed by a cue end: the next verb cue, a clause break, or an adjunct ("in response
 * to", "amid"). A noun's object also ends where a circumstance starts ("cooperation in the area of").
 */
function regionEnd(ctx: SentenceContext, cue: Cue, scope: Scope): number {
  const { tokens, attribution } = ctx;
  // "the China-proposed initiative": a compound modifier, not a new clause.
  const next = scope.cues.find(
    (c) => c.at > cue.at && (c.type === 'verb' || cue.type !== 'verb') && tokens[c.at - 1]?.text !== '-',
  );
  // "concerns, including X, reports of Y": a list of examples runs on to the end of the clause.
  const listing = cue.type === 'noun' && listsExamples(tokens, cue.end);
  const end = listing ? attribution.end : Math.min(next?.at ?? attribution.end, attribution.end);
  const nominal = (cue.type === 'noun' || cue.type === 'act') && !listing;
  for (let k = cue.end; k < end; k++) {
    const t = tokens[k];
    if (!t) break;
    if (scope.inMention[k]) continue;
    if (t.text === ',' && isGerundAfterPreposition(tokens, cue)) return k;
    if (lexicon.clauseBreaks.has(tokens, k) && t.lower !== 'as') return k;
    if (startsOtherConstituent(tokens, k) || startsClause(ctx, k)) return k;
    if (lexicon.adjuncts.has(tokens, k)) return k;
    // A noun's object is a noun phrase: a circumstance or a new verb ends it.
    if (nominal && lexicon.topicPrepositions.has(t.lower) && !lexicon.inSupportOf.has(tokens, k)) return k;
    if (nominal && t.pos === 'VERB' && tokens[k - 1]?.text !== '-') return k;
  }
  return end;
}

/** "..., and on the shared challenges of": coordination of a new phrase, not of another object. */
function startsOtherConstituent(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || (t.lower !== 'and' && t.lower !== 'or')) return false;
  const next = tokens[k + 1];
  return next !== undefined && (next.pos === 'VERB' || (next.pos === 'ADP' && tokens[k - 1]?.text === ','));
}

/** Mentions that can be what a stance is about: "we"/"our" never is (the holder does not take a stance on itself). */
function mentionsIn(ctx: SentenceContext, from: number, to: number): Mention[] {
  return ctx.mentions.filter(
    (m) =>
      m.start >= from &&
      m.end <= to &&
      m.ids.length > 0 &&
      m.reference !== 'author' &&
      !isAct(ctx, m) &&
      !isModifier(ctx, m) &&
      !isOwned(ctx, m),
  );
}

/** "Ukraine's sovereignty": an issue owned by an actor stands for that actor, who is the target. */
function isOwned(ctx: SentenceContext, m: Mention): boolean {
  if (m.ids.some((id) => isActorId(ctx, id))) return false;
  return ctx.mentions.some((o) => o.possessive && o.end === m.start - 1 && isActor(ctx, o));
}

/** "human rights abuses", "data security concerns": an issue named as a modifier of another noun. */
function isModifier(ctx: SentenceContext, m: Mention): boolean {
  if (m.ids.some((id) => isActorId(ctx, id))) return false;
  const next = ctx.tokens[m.end];
  return next !== undefined && next.pos === 'NOUN' && !ctx.mentions.some((o) => o.start === m.end);
}

/** "Russia's invasion", "an act of aggression against": a hostile act is a cue about actors, not an issue. */
function isAct(ctx: SentenceContext, m: Mention): boolean {
  return ACTS.has(ctx.tokens[m.end - 1]?.lower ?? '');
}

function isTarget(ctx: SentenceContext, id: string): boolean {
  const kind = ctx.registry.entities.get(id)?.kind;
  return kind !== undefined && kind !== 'Place';
}

/** Who suffers a hostile act: "attacks on X", "war against X", "invasion of X". */
function actPatients(ctx: SentenceContext, cue: Cue, scope: Scope): Mention[] {
  const end = regionEnd(ctx, cue, scope);
  // The nearest preposition decides: "aggression against Ukraine", not "... with US support".
  return mentionsIn(ctx, cue.end, end).filter((m) => {
    for (let k = m.start - 1; k >= cue.end; k--) {
      const t = ctx.tokens[k];
      if (t && PATIENT_PREPOSITIONS.has(t.lower)) return true;
      if (t && (AGENT_PREPOSITIONS.has(t.lower) || t.pos === 'ADP')) return false;
    }
    return false;
  });
}

function modalityOf(tokens: readonly Token[], cue: Cue, from: number): Modality {
  let modality: Modality = 'stated';
  for (let k = Math.max(from, cue.at - 8); k < cue.at; k++) {
    if (lexicon.obligated.has(tokens, k)) return 'obligated';
    // "ready to", "plans to"; not "the G7 plan".
    if (lexicon.intended.has(tokens, k) && tokens[k]?.pos !== 'NOUN') modality = 'intended';
  }
  return modality;
}

function cuePositions(ctx: SentenceContext, cue: Cue, scope: Scope): Position[] {
  const { cues } = scope;
  const end = regionEnd(ctx, cue, scope);
  const governed = mentionsIn(ctx, cue.end, end);
  let sources: string[];
  let targets: string[];
  if (cue.type === 'evaluation') {
    // A judgement ("destructive steps", "brutal war"): the speaker opposes whom it judges, and their schemes.
    sources = speakerOrAuthors(ctx);
    const judged =
      possessorBefore(ctx, cue.at)?.ids ?? agentIn(ctx, governed) ?? judgedSubject(ctx, cue, cues) ?? [];
    // The schemes of whom it judges, named after the judgement ("destructive steps, follows the X strategy").
    const schemes = mentionsIn(ctx, cue.end, ctx.attribution.end)
      .flatMap((m) => m.ids)
      .filter((id) => ['Initiative', 'Concept'].includes(ctx.registry.entities.get(id)?.kind ?? ''));
    targets = cue.relation === 'OPPOSES' && judged.length > 0 ? [...judged, ...schemes] : judged;
  } else if (cue.type === 'act') {
    const modifier = ctx.mentions.find((m) => m.end === cue.at && m.ids.length > 0);
    const agent = possessorBefore(ctx, cue.at)?.ids ?? modifier?.ids ?? agentIn(ctx, governed);
    if (!agent) return [];
    sources = agent.filter((id) => isActorId(ctx, id));
    targets = actPatients(ctx, cue, scope).flatMap((m) => m.ids);
  } else if (cue.passive) {
    const by = passiveAgents(ctx, cue);
    sources = by.length > 0 ? by : speakerOrAuthors(ctx);
    targets =
      subject(ctx, cue.at) ??
      ctx.mentions.filter((m) => m.end <= cue.at && m.start >= ctx.attribution.start).flatMap((m) => m.ids);
  } else {
    sources = holder(ctx, cue);
    const reciprocal = governed.length === 0 && hasReciprocal(ctx.tokens, cue.end, end);
    targets = reciprocal ? sources : objectTargets(ctx, cue, sources);
    // "The plan met opposition from Brazil": the noun's holder follows it, what it is about is the subject.
    if (targets.length === 0 && nounAgents(ctx, cue)) targets = subjectTargets(ctx, cue);
    const word = ctx.tokens[cue.at];
    if (word && (lexicon.actorTargetsOnly.has(word.lower) || lexicon.actorTargetsOnly.has(word.lemma)))
      targets = targets.filter((id) => isActorId(ctx, id));
  }
  const modality = modalityOf(ctx.tokens, cue, ctx.attribution.start);
  const result: Position[] = [];
  for (const source of sources) {
    for (const target of targets) {
      if (isTarget(ctx, target)) result.push({ source, relation: cue.relation, target, modality });
    }
  }
  return result;
}

function hasReciprocal(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lexicon.reciprocal.has(tokens, k)) return true;
  return false;
}

/**
 * What the phrases a cue governs stand for. A group takes no stance on itself ("we ... our people"), but
 * its members do on each other through a bond ("their bilateral relationship").
 */
function objectTargets(ctx: SentenceContext, cue: Cue, sources: readonly string[]): string[] {
  return objectPhrases(ctx, cue).flatMap((np) => {
    if (inCompany(ctx, cue, np)) return [];
    const ids = phraseTargets(ctx, np, cue.relation);
    return isMutual(ctx, np) ? ids : ids.filter((id) => !sources.includes(id));
  });
}

/** What the subject of the clause holding a cue stands for. */
function subjectTargets(ctx: SentenceContext, cue: Cue): string[] {
  const verb = ctx.tokens.findLastIndex((t, k) => k < cue.at && isFinite(ctx.tokens, k));
  const subject = verb < 0 ? undefined : subjectPhrases(ctx, verb);
  return (subject ?? []).flatMap((np) => phraseTargets(ctx, np, cue.relation));
}
