// Step 6: positions. Finds stance cues in what is said (cues.ts), then, by the kind of cue, who holds each
// position and what it is about: a verb's subject and object, a noun's owner and complement, a passive's
// agent and subject (here and in holders.ts, objects.ts, targets.ts), a hostile act's agent and victim
// (acts.ts), a judgement's speaker and whom it judges (judgements.ts).
import type { Modality, Stance } from '../model.ts';
import { ActMemory } from './act-memory.ts';
import type { Attribution } from './attribution.ts';
import { hostileAct, isHostile, patients, type Sides } from './acts.ts';
import { announcements } from './announcements.ts';
import { isActorId, mentionAt, type SentenceContext } from './context.ts';
import { ACTS, findCues, isConditional, negated, type Cue } from './cues.ts';
import { firstGroup, holder, sayerBefore, speakerOrAuthors } from './holders.ts';
import { nounAgents } from './owners.ts';
import { judgement } from './judgements.ts';
import { lexicon } from './lexicon.ts';
import { objectPhrases, passiveAgents } from './objects.ts';
import { directive } from './directives.ts';
import { relationalNoun } from './relational.ts';
import { cancelled, otherSense, withoutCompany } from './senses.ts';
import { isFinite, isThingSubject, subjectPhrases } from './subjects.ts';
import { isUnnamedPact } from './open-targets.ts';
import { actorOf, isMutual, phraseTargets } from './targets.ts';
import type { NounPhrase } from './phrases.ts';
import type { Token } from './sentences.ts';
import { ACT_NOUN, ACT_VERB } from './word-classes.ts';

export type { SentenceContext } from './context.ts';

export interface Position {
  source: string;
  relation: Stance;
  target: string;
  modality: Modality;
}

/** Pronouns that stand for what was said: "that is appreciated" ("which" and "it" mostly stand for a name). */
const CLAUSAL = new Set(['that', 'this', 'what']);

/** Words after a verb that make it reciprocal: "backed each other". */
const RECIPROCAL_WINDOW = 4;

/** The positions stated in one sentence. */
export function positions(ctx: SentenceContext): Position[] {
  const { tokens, attribution } = ctx;
  if (tokens[tokens.length - 1]?.text === '?') return [];
  // A sentence that names no one reads only the acts it tells of: a later sentence may refer back to
  // them ("Drones attacked Saudi oil facilities. The attack was claimed by the Houthis.").
  const holders = namesAnyone(ctx);
  if (!holders && !mayTellOfActs(ctx.classes, attribution)) return [];
  const candidates = [
    ...findCues(tokens, ctx.classes, attribution.start, attribution.end, (k) => inName(ctx, k)),
    ...(holders ? announcements(ctx) : []),
  ];
  if (candidates.length === 0) return [];
  const cues = candidates
    .filter((c) => holders || isRemembered(tokens, c))
    .filter(
      (c) =>
        !isConditional(tokens, ctx.classes, attribution, c.at) && !negated(tokens, c) && !cancelled(ctx, c),
    )
    .sort((a, b) => a.at - b.at);
  const found = new Map<string, Position>();
  for (const cue of cues) {
    const sides = sidesOf(ctx, cue, cues);
    const { sources, opposed = [] } = sides;
    const targets = withoutCompany(ctx, cue, sides.targets);
    // "Russia invaded Ukraine": an act a later "the invasion" refers back to.
    ctx.acts.note(actClass(tokens, cue), { agents: sources, patients: targets });
    // Read only for a cue that states a position (most have no holder or no target); it reads no state.
    let modality: Modality | undefined;
    const edges: [Stance, string[]][] = [
      [cue.relation, targets],
      ['OPPOSES', opposed],
    ];
    for (const [relation, ends] of edges) {
      for (const source of sources) {
        for (const target of ends) {
          if (!isTarget(ctx, target) || ctx.registry.principal(source) === ctx.registry.principal(target))
            continue;
          const key = `${source} ${relation} ${target}`;
          if (!found.has(key)) {
            modality ??= modalityOf(tokens, cue, attribution.start);
            found.set(key, { source, relation, target, modality });
          }
          if (relation === 'PROPOSES') ctx.acts.noteProposal(target, source);
        }
      }
    }
  }
  return [...found.values()];
}

/**
 * A position needs a holder: someone the sentence names, its speaker, the document's authors, or the
 * agent of an act told before. A third of all sentences have none of the first three.
 */
function namesAnyone(ctx: SentenceContext): boolean {
  return (
    ctx.attribution.speaker !== undefined ||
    ctx.authors.length > 0 ||
    ctx.mentions.some((m) => m.ids.length > 0)
  );
}

/**
 * Whether what is said holds a word of a hostile act ("attack") or a verb of one ("invaded"), where every
 * remembered cue stands: most sentences that name no one have none, and are not searched for cues.
 */
function mayTellOfActs(classes: readonly number[], attribution: Attribution): boolean {
  // A word of ACTS (on the form) or of ActMemory.verbClass (on the lemma), by its word classes.
  for (let k = attribution.start; k < attribution.end; k++)
    if (((classes[k] ?? 0) & (ACT_NOUN | ACT_VERB)) !== 0) return true;
  return false;
}

/** A hostile act, named by a noun or a verb, that later sentences may refer back to. */
function isRemembered(tokens: readonly Token[], cue: Cue): boolean {
  return cue.type === 'act' || actClass(tokens, cue) !== undefined;
}

/** The class of act a hostile verb tells of ("invaded": an invasion), which the act memory keeps. */
function actClass(tokens: readonly Token[], cue: Cue): string | undefined {
  return cue.type === 'verb' && cue.relation === 'OPPOSES'
    ? ActMemory.verbClass(tokens[cue.at]?.lemma ?? '')
    : undefined;
}

function sidesOf(ctx: SentenceContext, cue: Cue, cues: readonly Cue[]): Sides {
  if (cue.type === 'directive') return directive(ctx, cue);
  if (cue.type === 'relational') return relationalNoun(ctx, cue);
  if (cue.type === 'evaluation') return judgement(ctx, cue, cues);
  if (cue.type === 'act') return hostileAct(ctx, cue);
  if (cue.passive) {
    const by = passiveAgents(ctx, cue);
    const agents = by.length > 0 ? by : legalAuthority(ctx, cue);
    // "Trevor Reed, who is wrongfully detained": the speaker of an act done by no one named did not do it.
    if (agents.length === 0 && cue.material) return { sources: [], targets: [] };
    return { sources: agents.length > 0 ? agents : speakerOrAuthors(ctx), targets: subjectTargets(ctx, cue) };
  }
  const violation = cue.type === 'against' ? violated(ctx, cue) : undefined;
  if (violation) return violation;
  const sources = holder(ctx, cue);
  if (hasReciprocal(ctx.tokens, cue.end) || signedTogether(ctx, cue, sources))
    return { sources, targets: sources };
  let targets = objectTargets(ctx, cue, sources);
  // "announced new restrictions on flights to Cuba": proposing a hostile measure opposes whom it hits.
  const opposed =
    cue.relation === 'PROPOSES'
      ? objectPhrases(ctx, cue).flatMap((np) => (isHostile(ctx, np) ? patients(ctx, np) : []))
      : [];
  // "The plan met opposition from Brazil": the noun's holder follows it, what it is about is the subject
  // of the verb it is the object of (not of a manner phrase: "imposed in coordination by X and Y").
  if (targets.length === 0 && nounAgents(ctx, cue) && isVerbObject(ctx, cue))
    targets = subjectTargets(ctx, cue);
  const word = ctx.tokens[cue.at];
  if (word && (lexicon.actorTargetsOnly.has(word.lower) || lexicon.actorTargetsOnly.has(word.lemma)))
    targets = targets.filter((id) => isActorId(ctx, id));
  return { sources, targets, opposed };
}

/** Whether the phrase of a noun cue is the object of a verb ("met strong opposition"). */
function isVerbObject(ctx: SentenceContext, cue: Cue): boolean {
  const np = ctx.phrases.npOf(cue.at);
  return ctx.tokens[(np?.start ?? cue.at) - 1]?.pos === 'VERB';
}

/** Cues are found outside mentions, except inside a hostile act that is also a known concept ("invasion"). */
function inName(ctx: SentenceContext, k: number): boolean {
  return ctx.mentions.some((m) => m.start <= k && k < m.end && !ACTS.has(ctx.tokens[m.end - 1]?.lower ?? ''));
}

function isTarget(ctx: SentenceContext, id: string): boolean {
  const kind = ctx.registry.entities.get(id)?.kind;
  return kind !== undefined && kind !== 'Place';
}

function modalityOf(tokens: readonly Token[], cue: Cue, from: number): Modality {
  let modality: Modality = 'stated';
  // A pattern may open with its modal verb: "pledged support", "vowed revenge".
  // A directive's own "urge" or "call on" states the call; it obliges no one.
  const last = cue.end - cue.at > 1 && cue.type !== 'directive' ? cue.at + 1 : cue.at;
  for (let k = Math.max(from, cue.at - 8); k < last; k++) {
    if (lexicon.obligated.has(tokens, k)) return 'obligated';
    // "ready to", "plans to"; not "the G7 plan".
    if (lexicon.intended.has(tokens, k) && tokens[k]?.pos !== 'NOUN') modality = 'intended';
  }
  return modality;
}

function hasReciprocal(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + RECIPROCAL_WINDOW; k++) if (lexicon.reciprocal.has(tokens, k)) return true;
  return false;
}

/**
 * What the phrases a cue governs stand for. A group takes no stance on itself ("we ... our people"), but
 * its members do on each other through a bond ("their bilateral relationship").
 */
function objectTargets(ctx: SentenceContext, cue: Cue, sources: readonly string[]): string[] {
  const ids = objectPhrases(ctx, cue).flatMap((np) => {
    if (otherSense(ctx, cue, np)) return [];
    const ids = phraseTargets(ctx, np, cue.relation);
    // "killed Iranian general, Qasem Soleimani": a description that names no one, then the name.
    if (ids.length === 0) return namedAfter(ctx, np);
    return isMutual(ctx, np) ? ids : ids.filter((id) => !sources.includes(id));
  });
  // What is proposed is a thing to do; "I count on Turkey" proposes no country.
  return cue.relation === 'PROPOSES' ? ids.filter((id) => !isActorId(ctx, id)) : ids;
}

/** The person named in apposition right after a phrase: ", Qasem Soleimani". */
function namedAfter(ctx: SentenceContext, np: NounPhrase): string[] {
  // The tagger may leave a title word out of the phrase ("Iranian [general]").
  const comma = ctx.tokens[np.extent]?.text === ',' ? np.extent : np.extent + 1;
  if (ctx.tokens[comma]?.text !== ',' || ctx.tokens[comma - 1]?.pos === 'PUNCT') return [];
  // ", Wang said" names the speaker, outside what is said.
  if (comma + 1 >= ctx.attribution.end) return [];
  const next = ctx.phrases.npStartingAt(comma + 1);
  const named = next && mentionAt(ctx, next.head);
  return named?.ids.filter((id) => ctx.registry.entities.get(id)?.kind === 'Person') ?? [];
}

/**
 * What the subject of the clause holding a cue stands for: the phrase before its verb, else the first
 * names of the clause ("The irresponsible act of releasing “political virus” ... should be opposed").
 */
function subjectTargets(ctx: SentenceContext, cue: Cue): string[] {
  // "..., and that is appreciated": a pronoun that stands for what was said names no one.
  let k = cue.at - 1;
  while (ctx.tokens[k]?.pos === 'AUX' || ctx.tokens[k]?.pos === 'ADV') k--;
  const relative = ['NOUN', 'PROPN'].includes(ctx.tokens[k - 1]?.pos ?? ''); // "the deal that was signed"
  if (k < cue.at - 1 && CLAUSAL.has(ctx.tokens[k]?.lower ?? '') && !relative) return [];
  const verb = ctx.tokens.findLastIndex((_, k) => k <= cue.at && isFinite(ctx.tokens, k));
  const phrases = verb < 0 ? undefined : subjectPhrases(ctx, verb);
  const named = (phrases ?? []).flatMap((np) => phraseTargets(ctx, np, cue.relation));
  // A pronoun subject ("that is appreciated") or a phrase that names nothing stands for no one.
  if (named.length > 0 || phrases?.some((np) => np.pronoun)) return named;
  // "... alliances against missiles launched by North Korea, and the agreement ... is welcomed": the names
  // of another conjunct before the subject are not in it.
  const first = phrases?.[0];
  if (first && ctx.tokens[first.start - 1]?.lower === 'and') return [];
  return (
    firstGroup(ctx, cue.at) ??
    ctx.mentions.filter((m) => m.end <= cue.at && m.start >= ctx.attribution.start).flatMap((m) => m.ids)
  );
}

/** "The PKK is banned in Turkey": a ban, a designation, a prohibition in a country is the country's. */
function legalAuthority(ctx: SentenceContext, cue: Cue): string[] {
  const { tokens, phrases } = ctx;
  if (!lexicon.legal.has(tokens[cue.at]?.lemma ?? '') || tokens[cue.end]?.lower !== 'in') return [];
  const place = phrases.npStartingAt(cue.end + 1);
  return place ? actorOf(ctx, place).filter((id) => ctx.registry.entities.get(id)?.kind === 'Country') : [];
}

/**
 * "Cyprus and Egypt signed an alternative deal": parties to a deal with no name of its own back each
 * other (the annotation guidelines), not a node of its own.
 */
function signedTogether(ctx: SentenceContext, cue: Cue, sources: readonly string[]): boolean {
  if (sources.length < 2 || !lexicon.signing.has(ctx.tokens[cue.at]?.lemma ?? '')) return false;
  const objects = objectPhrases(ctx, cue);
  // "an agreement to construct the EastMed pipeline" is about what it names.
  const clause = ctx.phrases.clauseOf(cue.at);
  const namesIssue = ctx.mentions.some((m) => m.start > cue.at && m.end <= clause.end && isIssue(ctx, m.ids));
  return !namesIssue && objects.length > 0 && objects.every((np) => isUnnamedPact(ctx, np));
}

function isIssue(ctx: SentenceContext, ids: readonly string[]): boolean {
  return ids.some((id) => ['Initiative', 'Concept'].includes(ctx.registry.entities.get(id)?.kind ?? ''));
}

/**
 * "the agreement on sending troops goes against the resolution": a thing that goes against a rule is
 * opposed by whoever says so (the subject of the clause it is said in, else the speaker), not the rule.
 */
function violated(ctx: SentenceContext, cue: Cue): Sides | undefined {
  const { tokens } = ctx;
  const verb = cue.at - 1;
  // "..., which goes against everything we know": "which" may stand for a whole clause.
  if (!lexicon.going.has(tokens[verb]?.lemma ?? '') || tokens[verb - 1]?.lower === 'which') return undefined;
  if (!isThingSubject(ctx, verb)) return undefined;
  const things = subjectPhrases(ctx, verb) ?? [];
  const first = things[0];
  // "Greece deemed that the agreement goes against ...": whoever's verb the clause completes says so.
  const sayer = first ? sayerBefore(ctx, first.start) : undefined;
  return {
    sources: sayer && sayer.length > 0 ? sayer : speakerOrAuthors(ctx),
    targets: things.flatMap((np) => phraseTargets(ctx, np, 'OPPOSES')),
  };
}
