// What the object phrase of a stance stands for: the entity at its head; the actor behind a head that
// stands for it ("Mahan's operations", "the government of Syria", "extremist forces in the United
// States"); the issue a process acts on ("the implementation of the consensus"); the agent of a hostile
// act ("Russia's missile strikes", never its victim); a description of an entity met before ("the deal");
// or, when no known entity fits, an open-vocabulary Concept or Initiative named by the phrase itself
// ("new restrictions on flights to Cuba").
import words from '../lexicon/targets.json' with { type: 'json' };
import type { EntityKind, Stance } from '../model.ts';
import { ActMemory, type ToldAct } from './act-memory.ts';
import { mentionAt, isActorId, type SentenceContext } from './context.ts';
import { ACTS } from './cues.ts';
import { lexicon } from './lexicon.ts';
import { HEADS, isAcronym, spanText } from './names.ts';
import type { Complement, NounPhrase } from './phrases.ts';
import type { Token } from './sentences.ts';

const TRANSPARENT = new Set(words.transparent);
const PROCESSES = new Set(words.processes);
const MUTUAL = new Set(words.mutual);
const LIGHT = new Set(words.light);
const PEOPLE = new Set(words.people);
const INSTRUMENTS = new Set(words.instruments);
const ISSUES = new Set(words.issues);
const UNLABELLED = new Set(words.unlabelled);
const THINGS = new Set(words.things);
const SPEECH = new Set(words.speech);
const PATIENT_ACTS = new Set(words.patientActs);
const REGIONS = new Set(words.regions);
const POSITIONS = new Set(words.positions);
const UNDERTAKINGS = new Set(words.undertakings);
const VAGUE = new Set(words.vague);
const LIGHT_VERBS = new Set(words.lightVerbs);
/** "No project can be implemented": a phrase opened by these names nothing. */
const NONE = new Set(['no', 'neither', 'none']);
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
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'such']);
/** Who acts: "attacks by X", "defamation from X". */
const AGENT_LINKS = new Set(['by', 'from']);
/** Whose a part, a doing or a word is: "the government of Syria", "forces in the US", "a statement by X". */
const OWNER_LINKS = new Set(['of', 'in', 'from', 'by']);
/** What a process acts on: "the docking of the BRI with the EAEU". */
const PROCESS_LINKS = new Set(['of', 'with']);
/** Who a bond joins: "ties between X and Y", "cooperation with X". */
const MUTUAL_LINKS = new Set(['between', 'among', 'with']);
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
function ownerActor(ctx: SentenceContext, np: NounPhrase): string[] {
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

/**
 * "the deal", "this agreement", "the bill": a definite description of an issue met before, whose head
 * shares a class with it (the latest such). Undefined when the phrase is no description; an empty list
 * when it is one but nothing fits (a vague "the deal" is no target of its own).
 */
function description(ctx: SentenceContext, np: NounPhrase, relation: Stance): string[] | undefined {
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
function openTarget(ctx: SentenceContext, np: NounPhrase, relation: Stance): string | undefined {
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
function isNamedInitiative(tokens: readonly Token[], np: NounPhrase): boolean {
  return HEADS.get(tokens[np.head]?.lower ?? '') === 'Initiative';
}

/** The words as written, the first in lower case unless it is a name or an acronym. */
function labelOf(span: readonly Token[]): string {
  const text = spanText(span);
  const first = span[0];
  if (!first || first.pos === 'PROPN' || isAcronym(first.text)) return text;
  return first.text.toLowerCase() + text.slice(first.text.length);
}
