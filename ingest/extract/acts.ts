// Hostile acts named by a noun ("Russia's invasion of Ukraine", "EU sanctions on Iran", "attacks by the
// Houthis"): whoever acts opposes whom the act hits. Who is under an act ("Turkey is under EU
// sanctions") is hit by it too.
import type { SentenceContext } from './context.ts';
import { ACTS, type Cue } from './cues.ts';
import { isActorId } from './context.ts';
import { lexicon } from './lexicon.ts';
import type { NounPhrase } from './phrases.ts';
import { subjectOfVerbBefore } from './subjects.ts';
import { ActMemory } from './act-memory.ts';
import { actorOf, agentOf, isRegion, phraseTargets, told } from './targets.ts';

/** Prepositions before whom an act hits: "attacks on", "war against", "invasion of". */
const PATIENT_LINKS = new Set(['on', 'against', 'of', 'in', 'into', 'to', 'toward', 'towards', 'upon', 'at']);

export interface Sides {
  sources: string[];
  targets: string[];
  /** Whom the sources oppose besides, whatever the cue's relation ("called on Turkey to halt": Turkey). */
  opposed?: string[];
}

export function hostileAct(ctx: SentenceContext, cue: Cue): Sides {
  const np = ctx.phrases.npOf(cue.at);
  if (!np) return { sources: [], targets: [] };
  // The act itself is told once, where its agent is named or owns up to it: a later "the attack" is no
  // new statement of it.
  const doer = agentOf(ctx, np, false);
  const named = doer.length > 0 ? doer : conductor(ctx, np);
  const claimer = named.length > 0 ? [] : claimant(ctx, np);
  const sources = (named.length > 0 ? named : claimer).filter((id) => isActorId(ctx, id));
  // An act whose agent is not named yet is still remembered with its victims, for a later "The attack
  // was claimed by the Houthis".
  const hit =
    sources.length > 0 || ctx.acts.latest(ActMemory.nounClass(ctx.tokens[np.head]?.lower ?? '')) === undefined
      ? patients(ctx, np)
      : [];
  const targets = hit.length > 0 || claimer.length === 0 ? hit : [...(told(ctx, np)?.patients ?? [])];
  ctx.acts.note(ActMemory.nounClass(ctx.tokens[np.head]?.lower ?? ''), {
    agents: sources,
    patients: targets,
  });
  return { sources, targets };
}

/**
 * Who owns up to an act: "Iran was responsible for the deaths", "claimed responsibility for the attack",
 * "claimed the attack", "The attack was claimed by the Houthis".
 */
function claimant(ctx: SentenceContext, np: NounPhrase): string[] {
  const { tokens, phrases } = ctx;
  const before = tokens[np.start - 1];
  const owning =
    (before?.lower === 'for' && RESPONSIBLE.has(tokens[np.start - 2]?.lower ?? '')) ||
    before?.lemma === 'claim';
  if (owning) return subjectOfVerbBefore(ctx, np.start) ?? [];
  let k = np.extent;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'ADV') k++;
  if (tokens[k]?.lemma !== 'claim' || tokens[k + 1]?.lower !== 'by') return [];
  const by = phrases.npStartingAt(k + 2);
  return by ? phrases.coordinated(by).flatMap((each) => actorOf(ctx, each)) : [];
}

/** "Turkey began a military offensive", "carried out airstrikes on": the subject of a verb of doing it. */
function conductor(ctx: SentenceContext, np: NounPhrase): string[] {
  const { tokens } = ctx;
  let k = np.start - 1;
  if (PARTICLES.has(tokens[k]?.lower ?? '')) k--;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB' || !lexicon.conducting.has(verb.lemma)) return [];
  return subjectOfVerbBefore(ctx, k + 1) ?? [];
}

/** "carried out", "stepped up". */
const PARTICLES = new Set(['out', 'up']);

const RESPONSIBLE = new Set(['responsible', 'responsibility', 'credit']);

/** "sanctions", "new restrictions on flights": a hostile act or measure. */
export function isHostile(ctx: SentenceContext, np: NounPhrase): boolean {
  return ACTS.has(ctx.tokens[np.head]?.lower ?? '');
}

/**
 * Whom an act hits: "attacks on X", "restrictions on flights to X" (through the chain, for actors; not a
 * region where a thing hit stands: "strikes against a facility in eastern Syria" hit no Syria).
 */
export function patients(ctx: SentenceContext, np: NounPhrase, nested = false): string[] {
  const { tokens, phrases } = ctx;
  // "Turkey is already under EU sanctions", "Mahan has been the subject of US sanctions": the subject is hit.
  if (isUnder(ctx, np)) return subjectOfVerbBefore(ctx, np.start) ?? [];
  const found: string[] = [];
  for (const c of np.complements) {
    const object = phrases.nps[c.np];
    const link = tokens[c.at]?.lower ?? '';
    if (!object || !PATIENT_LINKS.has(link) || (nested && link === 'in' && isRegion(ctx, object))) continue;
    for (const each of phrases.coordinated(object)) found.push(...phraseTargets(ctx, each, 'OPPOSES'));
    if (found.length === 0) found.push(...patients(ctx, object, true).filter((id) => isActorId(ctx, id)));
  }
  return found;
}

/** "under EU sanctions", "the subject of US sanctions", "a target of Russian attacks". */
function isUnder(ctx: SentenceContext, np: NounPhrase): boolean {
  const { tokens } = ctx;
  if (tokens[np.start - 1]?.lower === 'under') return true;
  return tokens[np.start - 1]?.lower === 'of' && FRAMES.has(tokens[np.start - 2]?.lower ?? '');
}

const FRAMES = new Set(['subject', 'target', 'victim', 'victims', 'targets']);
