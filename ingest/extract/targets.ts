// What the object phrase of a stance stands for: the entity at its head; the actor behind a head that
// stands for it ("Mahan's operations", "the government of Syria", "extremist forces in the United
// States"); the issue a process acts on ("the implementation of the consensus"); the agent of a hostile
// act ("Russia's missile strikes", never its victim); or, when no known entity fits, an issue named by the
// phrase (open-targets.ts: "the deal" met before, "new restrictions on flights to Cuba").
import words from '../lexicon/targets.json' with { type: 'json' };
import type { Stance } from '../model.ts';
import { ActMemory, type ToldAct } from './act-memory.ts';
import { mentionAt, isActorId, type SentenceContext } from './context.ts';
import { ACTS } from './cues.ts';
import { lexicon } from './lexicon.ts';
import { spanText } from './names.ts';
import {
  AGENT_LINKS,
  DEFINITE,
  INSTRUMENTS,
  ISSUES,
  MUTUAL,
  PEOPLE,
  THINGS,
  TRANSPARENT,
} from './target-words.ts';
import { description, isNamedInitiative, openTarget } from './open-targets.ts';
import type { Complement, NounPhrase } from './phrases.ts';
import type { Token } from './sentences.ts';

const PROCESSES = new Set(words.processes);
const SPEECH = new Set(words.speech);
const PATIENT_ACTS = new Set(words.patientActs);
const REGIONS = new Set(words.regions);
const UNDERTAKINGS = new Set(words.undertakings);
/** "No project can be implemented": a phrase opened by these names nothing. */
const NONE = new Set(['no', 'neither', 'none']);
/** Whose a part, a doing or a word is: "the government of Syria", "forces in the US", "a statement by X". */
const OWNER_LINKS = new Set(['of', 'in', 'from', 'by']);
/** What a process acts on: "the docking of the BRI with the EAEU". */
const PROCESS_LINKS = new Set(['of', 'with']);
/** Who a bond joins: "ties between X and Y", "cooperation with X". */
const MUTUAL_LINKS = new Set(['between', 'among', 'with']);

/** The entities a phrase governed by a stance cue stands for (empty when it names nothing clearly). */
export function phraseTargets(ctx: SentenceContext, np: NounPhrase, relation: Stance): string[] {
  const { tokens } = ctx;
  const head = tokens[np.head];
  if (!head || NONE.has(tokens[np.start]?.lower ?? '')) return [];
  const word = head.lower;
  // What is proposed is a thing to do, never an actor behind it ("called for G7 action").
  const proposal = relation === 'PROPOSES';
  // "Russia's invasion", "Iranian attack plans": a hostile act stands for who acts, even where "invasion"
  // is a known concept.
  if ((ACTS.has(word) || hasActModifier(ctx, np)) && !proposal) return agentOf(ctx, np);
  // "welcomed China's commitment to X", "condemned Iran's support for Russia": a stance on a stance is a
  // stance on its holder; "condemned Turkish drilling": on an activity, on whoever does it.
  const activity = isStanceNoun(head) || ISSUES.has(word);
  if ((TRANSPARENT.has(word) || activity) && !np.pronoun && !proposal) {
    const owner = ownerActor(ctx, np);
    if (owner.length > 0) return owner;
  }
  const named = mentionAt(ctx, np.head);
  if (named) return named.ids;
  if (np.pronoun) return [];
  if (PROCESSES.has(word)) {
    const inner = processObjects(ctx, np).flatMap((object) => phraseTargets(ctx, object, relation));
    if (inner.length > 0) return inner;
  }
  if (MUTUAL.has(word)) {
    const partners = linked(ctx, np, MUTUAL_LINKS);
    if (partners.length > 0) return partners;
  }
  if ((TRANSPARENT.has(word) || MUTUAL.has(word) || PEOPLE.has(word)) && !proposal) {
    const actors = ownerActor(ctx, np);
    if (actors.length > 0) return actors;
  }
  const described = description(ctx, np, relation);
  if (described !== undefined) return described;
  const open = openTarget(ctx, np, relation);
  return open ? [open] : [];
}

/** "commitment", "support", "condemnation": a noun that states a position for or against (a plan is a thing). */
function isStanceNoun(t: Token): boolean {
  const relation = lexicon.nouns.match([t], 0)?.value;
  return relation === 'SUPPORTS' || relation === 'OPPOSES';
}

function hasActModifier(ctx: SentenceContext, np: NounPhrase): boolean {
  for (let k = np.body; k < np.head; k++) if (ACTS.has(ctx.tokens[k]?.lower ?? '')) return true;
  return false;
}

/**
 * A phrase that names no actor and no one: "the strike", "term limits", not "some countries", "they" or
 * "the Syrian government".
 */
export function isInanimate(ctx: SentenceContext, np: NounPhrase): boolean {
  const word = ctx.tokens[np.head]?.lower ?? '';
  // "The two discussed": a number standing for its noun counts the people or parties said before.
  if (np.pronoun || PEOPLE.has(word) || TRANSPARENT.has(word) || ctx.tokens[np.head]?.pos === 'NUM')
    return false;
  return !ctx.mentions.some((m) => m.start <= np.head && np.head < m.end && m.ids.length > 0);
}

/** "the maritime border agreement", "new lockdown measures": a policy or an issue of its own. */
export function isInstrument(ctx: SentenceContext, np: NounPhrase): boolean {
  const head = ctx.tokens[np.head];
  if (!head) return false;
  return INSTRUMENTS.has(head.lower) || ISSUES.has(head.lower) || isNamedInitiative(ctx.tokens, np);
}

/** "a message", "the statement": words someone says or writes, which stand for their author's stance. */
export function isSpeech(ctx: SentenceContext, np: NounPhrase): boolean {
  return SPEECH.has(ctx.tokens[np.head]?.lower ?? '');
}

/** "Iraq's efforts", "Ukraine's right": an owner's will, attempt or duty, whose infinitive the owner does. */
export function isUndertaking(ctx: SentenceContext, np: NounPhrase): boolean {
  return UNDERTAKINGS.has(ctx.tokens[np.head]?.lower ?? '');
}

/** "missiles", "weapons": objects, which act for whoever uses them. */
export function isThing(ctx: SentenceContext, np: NounPhrase): boolean {
  return THINGS.has(ctx.tokens[np.head]?.lower ?? '');
}

/** "their bilateral relationship", "ties between X and Y": a bond, whose parties each take the stance on the others. */
export function isMutual(ctx: SentenceContext, np: NounPhrase): boolean {
  return MUTUAL.has(ctx.tokens[np.head]?.lower ?? '');
}

/**
 * The actor a phrase stands for: the name at its head; else for a head that stands for whose it is
 * ("the Syrian government", "Mahan's permit", "forces in the United States"), that owner.
 */
export function actorOf(ctx: SentenceContext, np: NounPhrase): string[] {
  const named = actorsAt(ctx, np.head);
  if (named.length > 0 || !TRANSPARENT.has(ctx.tokens[np.head]?.lower ?? '')) return named;
  return ownerActor(ctx, np);
}

/**
 * Whose a phrase is: its owner, a name or demonym before its head, or the actor of an "of" phrase. A name
 * says more than a pronoun owner: "our G7 partners" are the G7.
 */
export function ownerActor(ctx: SentenceContext, np: NounPhrase): string[] {
  const owner = ctx.phrases.nps[np.owner];
  const modifier = modifierActor(ctx, np);
  if (owner && !(owner.pronoun && modifier.length > 0)) return actorOf(ctx, owner);
  return modifier.length > 0 ? modifier : linked(ctx, np, OWNER_LINKS);
}

/** Whose a phrase is by its owner or the names before its head: "Iraq's efforts", "U.S. support". */
export function possessorActor(ctx: SentenceContext, np: NounPhrase): string[] {
  const owner = ctx.phrases.nps[np.owner];
  return owner ? actorOf(ctx, owner) : modifierActor(ctx, np);
}

/** Names and demonyms before the head: "US troops", "the Syrian government", "China-Russia relations". */
function modifierActor(ctx: SentenceContext, np: NounPhrase): string[] {
  const found: string[] = [];
  for (let k = np.body; k < np.head; k++) {
    const actors = actorsAt(ctx, k);
    const demonym = actors.length > 0 ? undefined : ctx.kb.matchDemonym(ctx.texts, k);
    if (demonym) {
      const surface = spanText(ctx.tokens.slice(k, k + demonym.length));
      actors.push(ctx.registry.addKnown(demonym.country, surface).id);
    }
    for (const id of actors) if (!found.includes(id)) found.push(id);
    k = Math.max(k, (mentionAt(ctx, k)?.end ?? k + (demonym?.length ?? 1)) - 1);
  }
  return found;
}

/**
 * The actors named by some prepositions after a phrase, each of a list: "between China and Russia". A
 * region is a place, not its state: "a facility in eastern Syria" is not Syria's.
 */
function linked(ctx: SentenceContext, np: NounPhrase, prepositions: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const c of np.complements) {
    const object = ctx.phrases.nps[c.np];
    const link = ctx.tokens[c.at]?.lower ?? '';
    if (!object || !prepositions.has(link) || (link === 'in' && isRegion(ctx, object))) continue;
    for (const each of ctx.phrases.coordinated(object)) found.push(...actorOf(ctx, each));
  }
  return found;
}

/**
 * "Russia's strikes", "Russian strikes", "strikes by Russia": who acts, never whom it hits. The owner of
 * a killing is its victim ("his murder"), so only "by" names its agent there.
 */
export function agentOf(ctx: SentenceContext, np: NounPhrase, remembered = true): string[] {
  const owner = ctx.phrases.nps[np.owner];
  const patient = PATIENT_ACTS.has(ctx.tokens[np.head]?.lower ?? '');
  if (owner && !patient) return actorOf(ctx, owner);
  const modifier = modifierActor(ctx, np);
  if (modifier.length > 0) return modifier;
  // "the murder of the journalist by Saudi agents": "by" may close the whole chain of complements.
  for (const c of deepComplements(ctx, np)) {
    const object = ctx.phrases.nps[c.np];
    if (object && AGENT_LINKS.has(ctx.tokens[c.at]?.lower ?? '')) return actorOf(ctx, object);
  }
  // "condemned the invasion": the latest act of its kind told just before.
  return remembered && isDefinite(ctx, np) ? [...(told(ctx, np)?.agents ?? [])] : [];
}

/** The act of the same class told before, for a later mention that names no one. */
export function told(ctx: SentenceContext, np: NounPhrase): ToldAct | undefined {
  const word = ctx.tokens[np.head]?.lower ?? '';
  return ctx.acts.latest(ActMemory.nounClass(word));
}

/** "the attack", "this strike", "the air strike": a definite phrase with no owner. */
function isDefinite(ctx: SentenceContext, np: NounPhrase): boolean {
  return np.owner < 0 && DEFINITE.has(ctx.tokens[np.start]?.lower ?? '');
}

function* deepComplements(ctx: SentenceContext, np: NounPhrase): Generator<Complement> {
  for (const c of np.complements) {
    yield c;
    const object = ctx.phrases.nps[c.np];
    if (object) yield* deepComplements(ctx, object);
  }
}

/** What a process acts on: the "of" phrase (and a "with" phrase after it, "the docking of X with Y"). */
function processObjects(ctx: SentenceContext, np: NounPhrase): NounPhrase[] {
  const found: NounPhrase[] = [];
  for (const c of np.complements) {
    const object = ctx.phrases.nps[c.np];
    if (!object || !PROCESS_LINKS.has(ctx.tokens[c.at]?.lower ?? '')) continue;
    found.push(...ctx.phrases.coordinated(object));
    for (const inner of object.complements) {
      const partner = ctx.phrases.nps[inner.np];
      if (partner && ctx.tokens[inner.at]?.lower === 'with') found.push(...ctx.phrases.coordinated(partner));
    }
  }
  return found;
}

/** "eastern Syria", "northern Iraq": a compass word before a country's name makes it a region. */
export function isRegion(ctx: SentenceContext, np: NounPhrase): boolean {
  const before = (mentionAt(ctx, np.head)?.start ?? np.head) - 1;
  return before >= np.body && REGIONS.has(ctx.tokens[before]?.lower ?? '');
}

function actorsAt(ctx: SentenceContext, k: number): string[] {
  return (mentionAt(ctx, k)?.ids ?? []).filter((id) => isActorId(ctx, id));
}
