// Hostile acts named by a noun ("Russia's invasion of Ukraine", "EU sanctions on Iran", "attacks by the
// Houthis"): whoever acts opposes whom the act hits. Who is under an act ("Turkey is under EU
// sanctions") is hit by it too.
import type { SentenceContext } from './context.ts';
import { ACTS, type Cue } from './cues.ts';
import { isActorId } from './context.ts';
import type { NounPhrase } from './phrases.ts';
import { subjectOfVerbBefore } from './subjects.ts';
import { agentOf, phraseTargets } from './targets.ts';

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
  const named = agentOf(ctx, np);
  // "Iran was responsible for the deaths of ...", "claimed responsibility for the attack": the subject acts.
  const agent =
    named.length > 0 || !isResponsibility(ctx, np) ? named : (subjectOfVerbBefore(ctx, np.start) ?? []);
  const sources = agent.filter((id) => isActorId(ctx, id));
  return { sources, targets: sources.length > 0 ? patients(ctx, np) : [] };
}

function isResponsibility(ctx: SentenceContext, np: NounPhrase): boolean {
  const { tokens } = ctx;
  return tokens[np.start - 1]?.lower === 'for' && RESPONSIBLE.has(tokens[np.start - 2]?.lower ?? '');
}

const RESPONSIBLE = new Set(['responsible', 'responsibility', 'credit']);

/** "sanctions", "new restrictions on flights": a hostile act or measure. */
export function isHostile(ctx: SentenceContext, np: NounPhrase): boolean {
  return ACTS.has(ctx.tokens[np.head]?.lower ?? '');
}

/** Whom an act hits: "attacks on X", "restrictions on flights to X" (through the chain, for actors). */
export function patients(ctx: SentenceContext, np: NounPhrase): string[] {
  const { tokens, phrases } = ctx;
  // "Turkey is already under EU sanctions": the subject is hit.
  if (tokens[np.start - 1]?.lower === 'under') return subjectOfVerbBefore(ctx, np.start) ?? [];
  const found: string[] = [];
  for (const c of np.complements) {
    const object = phrases.nps[c.np];
    if (!object || !PATIENT_LINKS.has(tokens[c.at]?.lower ?? '')) continue;
    for (const each of phrases.coordinated(object)) found.push(...phraseTargets(ctx, each, 'OPPOSES'));
    if (found.length === 0) found.push(...patients(ctx, object).filter((id) => isActorId(ctx, id)));
  }
  return found;
}
